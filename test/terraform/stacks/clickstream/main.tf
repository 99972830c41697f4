# A clickstream: events land in a Kinesis stream, the web tier's logs are forwarded to the stream
# by a subscription filter, and the log group's resource policy lets the delivery service write
# to it. (No tags on the stream, nor shard-level metrics: neither emulator reads them back as the
# provider wrote them, so Terraform plans them again at once. No consumer: a restored consumer's
# ARN ends in the time it was registered again, so Terraform takes it for another one.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_kinesis_stream" "clicks" {
  name             = "clicks"
  shard_count      = 2
  retention_period = 48
}

resource "aws_iam_role" "forwarder" {
  name = "logs-to-kinesis"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "logs.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_cloudwatch_log_group" "web" {
  name              = "/clickstream/web"
  retention_in_days = 7
}

resource "aws_cloudwatch_log_subscription_filter" "to_stream" {
  name            = "clicks"
  log_group_name  = aws_cloudwatch_log_group.web.name
  filter_pattern  = "CLICK"
  destination_arn = aws_kinesis_stream.clicks.arn
  role_arn        = aws_iam_role.forwarder.arn
}

resource "aws_cloudwatch_log_resource_policy" "delivery" {
  policy_name = "clickstream-delivery"
  policy_document = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "delivery.logs.amazonaws.com" }
      Action    = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource  = "${aws_cloudwatch_log_group.web.arn}:*"
    }]
  })
}
