# Nightly jobs: a schedule group of the finance team with a nightly report schedule invoking a
# queue, an hourly sync in the default group, and a delivery stream archiving clicks in S3.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

data "aws_caller_identity" "current" {}

resource "aws_iam_role" "scheduler" {
  name = "nightly-jobs-scheduler"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "scheduler.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_sqs_queue" "reports" {
  name = "nightly-reports"
}

resource "aws_scheduler_schedule_group" "finance" {
  name = "finance"
  tags = {
    team = "finance"
  }
}

resource "aws_scheduler_schedule" "nightly_report" {
  name                         = "nightly-report"
  group_name                   = aws_scheduler_schedule_group.finance.name
  description                  = "the nightly sales report"
  schedule_expression          = "cron(0 2 * * ? *)"
  schedule_expression_timezone = "Europe/Paris"
  flexible_time_window {
    mode                      = "FLEXIBLE"
    maximum_window_in_minutes = 15
  }
  target {
    arn      = aws_sqs_queue.reports.arn
    role_arn = aws_iam_role.scheduler.arn
    input    = jsonencode({ report = "sales" })
    retry_policy {
      maximum_retry_attempts       = 3
      maximum_event_age_in_seconds = 3600
    }
  }
}

resource "aws_scheduler_schedule" "hourly_sync" {
  name                = "hourly-sync"
  schedule_expression = "rate(1 hour)"
  state               = "DISABLED"
  flexible_time_window {
    mode = "OFF"
  }
  target {
    arn      = aws_sqs_queue.reports.arn
    role_arn = aws_iam_role.scheduler.arn
  }
}

resource "aws_iam_role" "firehose" {
  name = "nightly-jobs-firehose"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "firehose.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_s3_bucket" "clicks" {
  bucket = "nightly-jobs-clicks"
}

resource "aws_kinesis_firehose_delivery_stream" "clicks" {
  name        = "nightly-clicks"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn            = aws_iam_role.firehose.arn
    bucket_arn          = aws_s3_bucket.clicks.arn
    prefix              = "clicks/"
    error_output_prefix = "errors/"
    buffering_size      = 5
    buffering_interval  = 60
    compression_format  = "GZIP"
  }
  tags = {
    team = "analytics"
  }
}
