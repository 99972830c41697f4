# A payment workflow: an express state machine that authorises and captures a payment, each
# change published as a version, and the "live" alias callers invoke, logging every execution
# to its own group. (moto does not answer ValidateStateMachineDefinition, which the provider
# calls before it creates a state machine; LocalStack 4.14 reports neither
# tracing_configuration nor encryption_configuration back, so both keep their defaults.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_iam_role" "payments" {
  name = "payment-workflow"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "states.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_cloudwatch_log_group" "payments" {
  name              = "/aws/states/payments"
  retention_in_days = 7
}

resource "aws_sfn_state_machine" "payments" {
  name     = "take-payment"
  type     = "EXPRESS"
  role_arn = aws_iam_role.payments.arn
  publish  = true
  definition = jsonencode({
    Comment = "authorise, then capture"
    StartAt = "Authorise"
    States = {
      Authorise = { Type = "Pass", Result = { authorised = true }, ResultPath = "$.auth", Next = "Capture" }
      Capture   = { Type = "Pass", Result = { captured = true }, ResultPath = "$.capture", End = true }
    }
  })
  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.payments.arn}:*"
    include_execution_data = false
    level                  = "ALL"
  }
  tags = { app = "payments" }
}

resource "aws_sfn_alias" "live" {
  name        = "live"
  description = "what checkout invokes"
  routing_configuration {
    state_machine_version_arn = aws_sfn_state_machine.payments.state_machine_version_arn
    weight                    = 100
  }
}
