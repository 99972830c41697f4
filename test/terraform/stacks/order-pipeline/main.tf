# An order pipeline: uploads land in a bucket, the bucket notifies a queue, orders are published
# to a topic, and the services read their settings from Parameter Store. (No subscription: the
# emulators give a restored subscription an ARN of their own, which Terraform takes for another
# subscription. No redrive policy: moto answers it reformatted, which Terraform plans to change
# even before a save; queue-permissions has one.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_s3_bucket" "uploads" {
  bucket = "orders-uploads"
  tags   = { app = "orders", tier = "ingest" }
}

resource "aws_s3_bucket_versioning" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket                  = aws_s3_bucket.uploads.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_lifecycle_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  rule {
    id     = "expire-raw"
    status = "Enabled"
    filter {
      prefix = "raw/"
    }
    expiration {
      days = 30
    }
    noncurrent_version_expiration {
      noncurrent_days = 7
    }
  }
}

resource "aws_s3_bucket_cors_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  cors_rule {
    allowed_methods = ["GET", "PUT"]
    allowed_origins = ["https://shop.example.com"]
    allowed_headers = ["*"]
    max_age_seconds = 3000
  }
}

resource "aws_s3_object" "catalog" {
  bucket       = aws_s3_bucket.uploads.id
  key          = "config/catalog.json"
  content      = jsonencode({ currency = "EUR", skus = ["a-1", "b-2"] })
  content_type = "application/json"
  tags         = { kind = "config" }
}

resource "aws_sqs_queue" "intake" {
  name                       = "orders-intake"
  visibility_timeout_seconds = 60
  receive_wait_time_seconds  = 10
  message_retention_seconds  = 1209600
  tags                       = { app = "orders" }
}

resource "aws_sqs_queue_policy" "intake" {
  queue_url = aws_sqs_queue.intake.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "uploads"
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.intake.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_s3_bucket.uploads.arn } }
    }]
  })
}

resource "aws_s3_bucket_notification" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  queue {
    id            = "new-orders"
    queue_arn     = aws_sqs_queue.intake.arn
    events        = ["s3:ObjectCreated:*"]
    filter_prefix = "incoming/"
  }
  depends_on = [aws_sqs_queue_policy.intake]
}

resource "aws_sns_topic" "orders" {
  name         = "orders-placed"
  display_name = "Orders"
  tags         = { app = "orders" }
}

resource "aws_sqs_queue" "fulfilment" {
  name                       = "orders-fulfilment.fifo"
  fifo_queue                 = true
  content_based_deduplication = true
}

resource "aws_sns_topic_policy" "orders" {
  arn = aws_sns_topic.orders.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "publish"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "sns:Publish"
      Resource  = aws_sns_topic.orders.arn
    }]
  })
}

resource "aws_sqs_queue" "notifications" {
  name = "orders-notifications"
}

resource "aws_ssm_parameter" "batch_size" {
  name        = "/orders/batch-size"
  type        = "String"
  value       = "25"
  description = "orders handled per poll"
  tags        = { app = "orders" }
}

resource "aws_ssm_parameter" "api_key" {
  name  = "/orders/payment-api-key"
  type  = "SecureString"
  value = "pk_test_123"
}

resource "aws_ssm_parameter" "regions" {
  name  = "/orders/regions"
  type  = "StringList"
  value = "eu-west-1,us-east-1"
}
