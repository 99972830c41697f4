# A media library: originals kept under object lock and encrypted with KMS (the default key:
# moto gives a restored customer key a new id, so Terraform would plan the key again),
# replicated to a second bucket, access logged to a log bucket, a static site served from a
# website bucket, and the publishing topic told of every upload.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_s3_bucket" "originals" {
  bucket              = "media-originals"
  object_lock_enabled = true
}

resource "aws_s3_bucket_versioning" "originals" {
  bucket = aws_s3_bucket.originals.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_object_lock_configuration" "originals" {
  bucket = aws_s3_bucket.originals.id
  rule {
    default_retention {
      mode = "GOVERNANCE"
      days = 30
    }
  }
  depends_on = [aws_s3_bucket_versioning.originals]
}

resource "aws_s3_bucket_ownership_controls" "originals" {
  bucket = aws_s3_bucket.originals.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_object" "master" {
  bucket                        = aws_s3_bucket.originals.id
  key                           = "films/intro.mov"
  content                       = "not really a film"
  content_type                  = "video/quicktime"
  storage_class                 = "STANDARD_IA"
  server_side_encryption        = "aws:kms"
  checksum_algorithm            = "SHA256"
  object_lock_mode              = "GOVERNANCE"
  object_lock_retain_until_date = "2030-01-01T00:00:00Z"
  object_lock_legal_hold_status = "ON"
  metadata                      = { camera = "a7s", take = "3" }
  tags                          = { rights = "owned" }
  depends_on                    = [aws_s3_bucket_object_lock_configuration.originals]
}

resource "aws_s3_object" "poster" {
  bucket             = aws_s3_bucket.site.id
  key                = "films/intro.jpg"
  content            = "a poster"
  content_type       = "image/jpeg"
  storage_class      = "GLACIER_IR"
  acl                = "public-read"
  checksum_algorithm = "CRC32"
  depends_on         = [aws_s3_bucket_ownership_controls.site]
}

resource "aws_s3_bucket" "site" {
  bucket = "media-site"
}

resource "aws_s3_bucket_ownership_controls" "site" {
  bucket = aws_s3_bucket.site.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "site" {
  bucket     = aws_s3_bucket.site.id
  acl        = "public-read"
  depends_on = [aws_s3_bucket_ownership_controls.site]
}

resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  index_document {
    suffix = "index.html"
  }
  error_document {
    key = "error.html"
  }
  routing_rule {
    condition {
      key_prefix_equals = "old/"
    }
    redirect {
      replace_key_prefix_with = "films/"
    }
  }
}

resource "aws_s3_object" "index" {
  bucket       = aws_s3_bucket.site.id
  key          = "index.html"
  content      = "<h1>media</h1>"
  content_type = "text/html"
}

resource "aws_s3_object" "moved" {
  bucket           = aws_s3_bucket.site.id
  key              = "latest.html"
  content          = ""
  website_redirect = "/index.html"
}

resource "aws_s3_object_copy" "index_backup" {
  bucket = aws_s3_bucket.site.id
  key    = "backup/index.html"
  source = "${aws_s3_bucket.site.id}/${aws_s3_object.index.key}"
}

resource "aws_s3_bucket" "logs" {
  bucket = "media-access-logs"
}

# The log delivery service writes through the bucket policy: moto reads back one permission per
# ACL grantee, so a log-delivery-write ACL comes back without READ_ACP and moto then refuses the
# logging configuration.
resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "delivery"
      Effect    = "Allow"
      Principal = { Service = "logging.s3.amazonaws.com" }
      Action    = "s3:PutObject"
      Resource  = "${aws_s3_bucket.logs.arn}/*"
    }]
  })
}

resource "aws_s3_bucket_logging" "site" {
  bucket        = aws_s3_bucket.site.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "site/"
  depends_on    = [aws_s3_bucket_policy.logs]
}

resource "aws_s3_bucket" "replica" {
  bucket = "media-originals-replica"
}

resource "aws_s3_bucket_versioning" "replica" {
  bucket = aws_s3_bucket.replica.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_role" "replication" {
  name = "media-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_s3_bucket_replication_configuration" "originals" {
  bucket = aws_s3_bucket.originals.id
  role   = aws_iam_role.replication.arn
  rule {
    id     = "all"
    status = "Enabled"
    filter {}
    delete_marker_replication {
      status = "Disabled"
    }
    destination {
      bucket        = aws_s3_bucket.replica.arn
      storage_class = "STANDARD_IA"
    }
  }
  depends_on = [aws_s3_bucket_versioning.originals, aws_s3_bucket_versioning.replica]
}

resource "aws_sns_topic" "uploads" {
  name = "media-uploads"
}

resource "aws_sns_topic_policy" "uploads" {
  arn = aws_sns_topic.uploads.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = aws_sns_topic.uploads.arn
      Condition = { ArnLike = { "aws:SourceArn" = aws_s3_bucket.originals.arn } }
    }]
  })
}

resource "aws_s3_bucket_notification" "originals" {
  bucket = aws_s3_bucket.originals.id
  topic {
    id            = "new-films"
    topic_arn     = aws_sns_topic.uploads.arn
    events        = ["s3:ObjectCreated:*"]
    filter_suffix = ".mov"
  }
  depends_on = [aws_sns_topic_policy.uploads]
}

resource "aws_s3_bucket_object" "credits" {
  bucket  = aws_s3_bucket.site.id
  key     = "credits.txt"
  content = "made by the media team"
}

# Uploads from far away go through the accelerated endpoint.
resource "aws_s3_bucket_accelerate_configuration" "originals" {
  bucket = aws_s3_bucket.originals.id
  status = "Enabled"
}

# The rights team reconciles the originals against a weekly inventory in the log bucket.
resource "aws_s3_bucket_inventory" "originals" {
  bucket                   = aws_s3_bucket.originals.id
  name                     = "weekly"
  included_object_versions = "All"
  optional_fields          = ["Size", "ObjectLockMode", "ObjectLockRetainUntilDate"]
  schedule {
    frequency = "Weekly"
  }
  destination {
    bucket {
      bucket_arn = aws_s3_bucket.logs.arn
      format     = "CSV"
      prefix     = "inventory/"
    }
  }
}
