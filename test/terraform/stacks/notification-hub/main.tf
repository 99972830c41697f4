# A notification hub: device events, text messages with the account's SMS preferences, and the queues that buffer outgoing messages (encrypted,
# long-polled, delayed, FIFO per recipient). (No subscription: the
# emulators give a restored subscription an ARN of their own, which Terraform then cannot find.
# No delivery status logging, signature version, tracing, archive or data protection policy on
# the topic, and no redrive allow policy: moto does not keep them; alert-fanout has them. No
# redrive policy: moto answers it reformatted, which the queue resource plans to change even
# before a save. No monthly_spend_limit: LocalStack refuses to set it. The platform application
# is in mobile-push: LocalStack never reads its credential back.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_iam_role" "delivery_logs" {
  name = "notification-delivery-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_sns_topic" "device_events" {
  name = "notification-device-events"
  tags = { app = "notifications" }
}

resource "aws_sns_topic_policy" "device_events" {
  arn = aws_sns_topic.device_events.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "owner-publishes"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = ["sns:Publish", "sns:Subscribe"]
      Resource  = aws_sns_topic.device_events.arn
    }]
  })
}

resource "aws_sns_sms_preferences" "account" {
  default_sender_id                     = "Notify"
  default_sms_type                      = "Transactional"
  delivery_status_iam_role_arn          = aws_iam_role.delivery_logs.arn
  delivery_status_success_sampling_rate = 10
  usage_report_s3_bucket                = "notification-sms-usage"
}

resource "aws_sqs_queue" "outbox" {
  name                       = "notification-outbox"
  visibility_timeout_seconds = 120
  receive_wait_time_seconds  = 20
  delay_seconds              = 5
  max_message_size           = 65536
  sqs_managed_sse_enabled    = true
  tags                       = { app = "notifications" }
}

resource "aws_sqs_queue" "per_recipient" {
  name                        = "notification-per-recipient.fifo"
  fifo_queue                  = true
  content_based_deduplication = true
  deduplication_scope         = "messageGroup"
  fifo_throughput_limit       = "perMessageGroupId"
}

resource "aws_sqs_queue" "receipts" {
  name                              = "notification-receipts"
  kms_master_key_id                 = "alias/aws/sqs"
  kms_data_key_reuse_period_seconds = 3600
}

resource "aws_sqs_queue_policy" "receipts" {
  queue_url = aws_sqs_queue.receipts.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "device-events"
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.receipts.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.device_events.arn } }
    }]
  })
}
