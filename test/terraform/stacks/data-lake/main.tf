# A data lake's raw zone: objects tiered to archive after three months, storage class analysis
# exported for the finance team, request metrics per prefix, and a daily inventory for the
# catalogue job. (moto keeps only inventories: its analytics, metrics and intelligent-tiering
# puts succeed and store nothing, so the provider finds nothing right after apply.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_s3_bucket" "raw" {
  bucket = "lake-raw"
}

resource "aws_s3_bucket" "reports" {
  bucket = "lake-reports"
}

resource "aws_s3_bucket_intelligent_tiering_configuration" "raw" {
  bucket = aws_s3_bucket.raw.id
  name   = "archive-cold"
  status = "Enabled"
  filter {
    prefix = "events/"
    tags   = { tier = "cold" }
  }
  tiering {
    access_tier = "ARCHIVE_ACCESS"
    days        = 90
  }
  tiering {
    access_tier = "DEEP_ARCHIVE_ACCESS"
    days        = 180
  }
}

resource "aws_s3_bucket_analytics_configuration" "raw" {
  bucket = aws_s3_bucket.raw.id
  name   = "storage-classes"
  filter {
    prefix = "events/"
  }
  storage_class_analysis {
    data_export {
      output_schema_version = "V_1"
      destination {
        s3_bucket_destination {
          bucket_arn = aws_s3_bucket.reports.arn
          prefix     = "analysis/"
          format     = "CSV"
        }
      }
    }
  }
}

resource "aws_s3_bucket_metric" "raw" {
  bucket = aws_s3_bucket.raw.id
  name   = "events"
  filter {
    prefix = "events/"
  }
}

resource "aws_s3_bucket_inventory" "raw" {
  bucket                   = aws_s3_bucket.raw.id
  name                     = "daily"
  included_object_versions = "Current"
  optional_fields          = ["Size", "LastModifiedDate", "StorageClass"]
  schedule {
    frequency = "Daily"
  }
  filter {
    prefix = "events/"
  }
  destination {
    bucket {
      bucket_arn = aws_s3_bucket.reports.arn
      format     = "CSV"
      prefix     = "inventory/"
    }
  }
}
