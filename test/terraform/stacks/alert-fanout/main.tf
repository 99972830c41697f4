# Alert fan-out: alerts published to a topic that logs every delivery's status, signs with
# SHA256, is traced, and masks e-mail addresses; an ordered audit topic that archives its
# messages; the queue the on-call tooling reads, whose dead-letter queue takes messages from it
# alone. (moto keeps none of the topic's delivery status, signature, tracing or archive
# settings, does not answer GetDataProtectionPolicy, keeps no RedriveAllowPolicy, and drops a
# queue's policy when the redrive policy is set apart. No subscription: the emulators give a
# restored subscription an ARN of their own, which Terraform then cannot find.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_iam_role" "feedback" {
  name = "alerts-delivery-feedback"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_sns_topic" "alerts" {
  name                                     = "alerts"
  display_name                             = "Alerts"
  signature_version                        = 2
  tracing_config                           = "Active"
  sqs_success_feedback_role_arn            = aws_iam_role.feedback.arn
  sqs_failure_feedback_role_arn            = aws_iam_role.feedback.arn
  sqs_success_feedback_sample_rate         = 50
  lambda_success_feedback_role_arn         = aws_iam_role.feedback.arn
  lambda_failure_feedback_role_arn         = aws_iam_role.feedback.arn
  http_failure_feedback_role_arn           = aws_iam_role.feedback.arn
  firehose_failure_feedback_role_arn       = aws_iam_role.feedback.arn
  application_success_feedback_sample_rate = 100
  application_success_feedback_role_arn    = aws_iam_role.feedback.arn
  tags                                     = { app = "alerts" }
}

resource "aws_sns_topic_data_protection_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Name        = "mask-emails"
    Description = "no e-mail address leaves the topic"
    Version     = "2021-06-01"
    Statement = [{
      Sid            = "mask"
      DataDirection  = "Outbound"
      Principal      = ["*"]
      DataIdentifier = ["arn:aws:dataprotection::aws:data-identifier/EmailAddress"]
      Operation      = { Deidentify = { MaskConfig = { MaskWithCharacter = "#" } } }
    }]
  })
}

resource "aws_sns_topic" "audit" {
  name                        = "alerts-audit.fifo"
  fifo_topic                  = true
  content_based_deduplication = true
  archive_policy              = jsonencode({ MessageRetentionPeriod = 30 })
}

resource "aws_sqs_queue" "oncall_dlq" {
  name = "alerts-oncall-dlq"
}

resource "aws_sqs_queue" "oncall" {
  name                      = "alerts-oncall"
  receive_wait_time_seconds = 20
}

resource "aws_sqs_queue_redrive_policy" "oncall" {
  queue_url = aws_sqs_queue.oncall.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.oncall_dlq.arn
    maxReceiveCount     = 3
  })
}

resource "aws_sqs_queue_redrive_allow_policy" "oncall_dlq" {
  queue_url = aws_sqs_queue.oncall_dlq.id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.oncall.arn]
  })
}

resource "aws_sqs_queue_policy" "oncall" {
  queue_url = aws_sqs_queue.oncall.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "alerts"
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.oncall.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.alerts.arn } }
    }]
  })
}
