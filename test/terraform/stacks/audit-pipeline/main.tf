# An audit pipeline: services publish audit events to their own bus, which a partner account may
# also write to; every event is archived, forwarded to the compliance team's webhook (an API
# destination behind an API-key connection), queued in order for the ledger, announced on a
# topic and written to a log group. The log group is subscribed to a stream, shared with the
# security account through a log destination, and a knowledge base's vended logs go to it.
# (The connection has no description: LocalStack does not read it back, so Terraform plans it
# again at once. No aws_cloudwatch_log_delivery: the instance draws its id, which a load cannot
# keep, so Terraform takes the restored delivery for another one.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

data "aws_caller_identity" "current" {}

resource "aws_cloudwatch_event_bus" "audit" {
  name = "audit"
  tags = { team = "compliance" }
}

resource "aws_cloudwatch_event_bus_policy" "audit" {
  event_bus_name = aws_cloudwatch_event_bus.audit.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PartnerPublishes"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "events:PutEvents"
      Resource  = aws_cloudwatch_event_bus.audit.arn
    }]
  })
}

# The security account may send to the account's default bus too.
resource "aws_cloudwatch_event_permission" "security" {
  principal    = "444455556666"
  statement_id = "SecurityAccount"
}

resource "aws_cloudwatch_event_archive" "audit" {
  name             = "audit-all"
  description      = "every audit event, for replays"
  event_source_arn = aws_cloudwatch_event_bus.audit.arn
  retention_days   = 90
  event_pattern    = jsonencode({ source = [{ prefix = "audit." }] })
}

resource "aws_cloudwatch_event_connection" "compliance" {
  name               = "compliance-webhook"
  authorization_type = "API_KEY"
  auth_parameters {
    api_key {
      key   = "x-api-key"
      value = "compliance-secret"
    }
  }
}

resource "aws_cloudwatch_event_api_destination" "compliance" {
  name                             = "compliance-webhook"
  description                      = "the compliance team's audit intake"
  invocation_endpoint              = "https://compliance.example.com/audit/*"
  http_method                      = "POST"
  invocation_rate_limit_per_second = 50
  connection_arn                   = aws_cloudwatch_event_connection.compliance.arn
}

resource "aws_iam_role" "events" {
  name = "audit-events"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "events.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_sqs_queue" "ledger" {
  name                        = "audit-ledger.fifo"
  fifo_queue                  = true
  content_based_deduplication = true
}

resource "aws_sqs_queue" "undelivered" {
  name = "audit-undelivered"
}

resource "aws_sns_topic" "alerts" {
  name = "audit-alerts"
}

resource "aws_cloudwatch_event_rule" "audit" {
  name           = "audit-events"
  event_bus_name = aws_cloudwatch_event_bus.audit.name
  description    = "every event of an audited service"
  event_pattern  = jsonencode({ source = [{ prefix = "audit." }] })
  tags           = { team = "compliance" }
}

resource "aws_cloudwatch_event_target" "webhook" {
  rule           = aws_cloudwatch_event_rule.audit.name
  event_bus_name = aws_cloudwatch_event_bus.audit.name
  target_id      = "compliance-webhook"
  arn            = aws_cloudwatch_event_api_destination.compliance.arn
  role_arn       = aws_iam_role.events.arn
  http_target {
    path_parameter_values   = ["ledger"]
    header_parameters       = { "x-audit-source" = "eventbridge" }
    query_string_parameters = { stage = "test" }
  }
  retry_policy {
    maximum_event_age_in_seconds = 3600
    maximum_retry_attempts       = 5
  }
  dead_letter_config {
    arn = aws_sqs_queue.undelivered.arn
  }
}

resource "aws_cloudwatch_event_target" "ledger" {
  rule           = aws_cloudwatch_event_rule.audit.name
  event_bus_name = aws_cloudwatch_event_bus.audit.name
  target_id      = "ledger"
  arn            = aws_sqs_queue.ledger.arn
  input_path     = "$.detail"
  sqs_target {
    message_group_id = "audit"
  }
}

resource "aws_cloudwatch_event_target" "alerts" {
  rule           = aws_cloudwatch_event_rule.audit.name
  event_bus_name = aws_cloudwatch_event_bus.audit.name
  target_id      = "alerts"
  arn            = aws_sns_topic.alerts.arn
  input          = jsonencode({ alert = "audited change" })
}

resource "aws_cloudwatch_event_target" "trail" {
  rule           = aws_cloudwatch_event_rule.audit.name
  event_bus_name = aws_cloudwatch_event_bus.audit.name
  target_id      = "trail"
  arn            = aws_cloudwatch_log_group.trail.arn
  input_transformer {
    input_paths    = { who = "$.detail.actor", what = "$.detail-type" }
    input_template = "{\"actor\": <who>, \"action\": <what>}"
  }
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "/audit/trail"
  retention_in_days = 365
  tags              = { team = "compliance" }
}

resource "aws_cloudwatch_log_stream" "ingest" {
  name           = "ingest"
  log_group_name = aws_cloudwatch_log_group.trail.name
}

resource "aws_cloudwatch_log_metric_filter" "denied" {
  name           = "access-denied"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "AccessDenied"
  metric_transformation {
    name      = "AccessDenied"
    namespace = "Audit"
    value     = "1"
  }
}

resource "aws_kinesis_stream" "trail" {
  name        = "audit-trail"
  shard_count = 1
}

resource "aws_iam_role" "logs" {
  name = "audit-logs-to-kinesis"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "logs.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_cloudwatch_log_subscription_filter" "trail" {
  name            = "to-stream"
  log_group_name  = aws_cloudwatch_log_group.trail.name
  filter_pattern  = ""
  destination_arn = aws_kinesis_stream.trail.arn
  role_arn        = aws_iam_role.logs.arn
}

# The security account subscribes its own log groups to the trail through this destination.
resource "aws_cloudwatch_log_destination" "security" {
  name       = "audit-trail"
  role_arn   = aws_iam_role.logs.arn
  target_arn = aws_kinesis_stream.trail.arn
}

resource "aws_cloudwatch_log_destination_policy" "security" {
  destination_name = aws_cloudwatch_log_destination.security.name
  access_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "444455556666" }
      Action    = "logs:PutSubscriptionFilter"
      Resource  = aws_cloudwatch_log_destination.security.arn
    }]
  })
}

resource "aws_cloudwatch_log_delivery_source" "assistant" {
  name         = "assistant-kb"
  log_type     = "APPLICATION_LOGS"
  resource_arn = "arn:aws:bedrock:us-east-1:${data.aws_caller_identity.current.account_id}:knowledge-base/AUDITKB001"
}

resource "aws_cloudwatch_log_delivery_destination" "trail" {
  name = "audit-trail"
  delivery_destination_configuration {
    destination_resource_arn = aws_cloudwatch_log_group.trail.arn
  }
}

resource "aws_cloudwatch_log_delivery_destination_policy" "trail" {
  delivery_destination_name = aws_cloudwatch_log_delivery_destination.trail.name
  delivery_destination_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "444455556666" }
      Action    = "logs:CreateDelivery"
      Resource  = aws_cloudwatch_log_delivery_destination.trail.arn
    }]
  })
}
