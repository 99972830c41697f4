# Partner exports: nightly extracts that partners pull from a bucket where they pay for their
# own requests, kept 90 days. (moto does not implement request payment: its
# GetBucketRequestPayment answers a bucket listing, so the provider reads no payer.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_s3_bucket" "exports" {
  bucket = "partner-exports"
}

resource "aws_s3_bucket_request_payment_configuration" "exports" {
  bucket = aws_s3_bucket.exports.id
  payer  = "Requester"
}

resource "aws_s3_bucket_lifecycle_configuration" "exports" {
  bucket = aws_s3_bucket.exports.id
  rule {
    id     = "expire-extracts"
    status = "Enabled"
    filter {
      prefix = "extracts/"
    }
    expiration {
      days = 90
    }
  }
}

resource "aws_s3_object" "manifest" {
  bucket       = aws_s3_bucket.exports.id
  key          = "extracts/manifest.json"
  content      = jsonencode({ files = ["orders.csv.gz"] })
  content_type = "application/json"
}
