# Push notifications to Android devices through a mobile platform application, with its endpoint
# events on a topic and its delivery logged. (moto only: LocalStack keeps the application's
# credential and principal to itself, so a pod saved there can only give them back as stand-ins,
# which Terraform, holding the real ones, plans to change.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_iam_role" "push_logs" {
  name = "push-delivery-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_sns_topic" "push_endpoints" {
  name = "push-endpoint-events"
}

resource "aws_sns_platform_application" "android" {
  name                             = "notification-android"
  platform                         = "GCM"
  platform_credential              = "fcm-server-key"
  platform_principal               = "fcm-sender"
  event_endpoint_created_topic_arn = aws_sns_topic.push_endpoints.arn
  event_endpoint_deleted_topic_arn = aws_sns_topic.push_endpoints.arn
  success_feedback_role_arn        = aws_iam_role.push_logs.arn
  failure_feedback_role_arn        = aws_iam_role.push_logs.arn
  success_feedback_sample_rate     = 25
}
