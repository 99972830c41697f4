# A fulfilment workflow: a state machine that reserves stock and waits for the warehouse,
# logging to its own group, under the role it runs as. (moto does not answer
# ValidateStateMachineDefinition, which the provider calls before it creates a state machine;
# LocalStack 4.14 has no tags for activities, which the provider reads, so there is none.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_iam_role" "workflow" {
  name = "fulfilment-workflow"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "states.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_cloudwatch_log_group" "workflow" {
  name              = "/aws/states/fulfilment"
  retention_in_days = 30
}

resource "aws_sfn_state_machine" "fulfil" {
  name     = "fulfil-order"
  role_arn = aws_iam_role.workflow.arn
  definition = jsonencode({
    Comment = "fulfil an order"
    StartAt = "Reserve"
    States = {
      Reserve = { Type = "Pass", Result = { reserved = true }, Next = "Wait" }
      Wait    = { Type = "Wait", Seconds = 5, Next = "Done" }
      Done    = { Type = "Succeed" }
    }
  })
  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.workflow.arn}:*"
    include_execution_data = true
    level                  = "ERROR"
  }
  tags = { app = "fulfilment" }
}
