# An event-driven backend: an event bus whose rules route order events to a queue, a function
# that handles them with its log group and metric filter, and the role it runs under.
# (LocalStack 4.14 offline cannot create functions: it downloads its Lambda runtime first.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_cloudwatch_event_bus" "orders" {
  name = "orders-events"
  tags = { app = "backend" }
}

resource "aws_sqs_queue" "audit" {
  name = "backend-audit"
}

resource "aws_cloudwatch_event_rule" "placed" {
  name           = "order-placed"
  event_bus_name = aws_cloudwatch_event_bus.orders.name
  description    = "orders placed in the shop"
  event_pattern = jsonencode({
    source        = ["shop.orders"]
    "detail-type" = ["OrderPlaced"]
  })
  tags = { app = "backend" }
}

resource "aws_cloudwatch_event_target" "audit" {
  rule           = aws_cloudwatch_event_rule.placed.name
  event_bus_name = aws_cloudwatch_event_bus.orders.name
  target_id      = "audit"
  arn            = aws_sqs_queue.audit.arn
  input_transformer {
    input_paths    = { order = "$.detail.id" }
    input_template = "{\"order\": <order>}"
  }
}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "nightly-report"
  schedule_expression = "cron(0 2 * * ? *)"
  state               = "DISABLED"
}

resource "aws_iam_role" "handler" {
  name = "backend-handler"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_cloudwatch_log_group" "handler" {
  name              = "/aws/lambda/backend-handler"
  retention_in_days = 14
  tags              = { app = "backend" }
}

resource "aws_cloudwatch_log_metric_filter" "errors" {
  name           = "handler-errors"
  log_group_name = aws_cloudwatch_log_group.handler.name
  pattern        = "ERROR"
  metric_transformation {
    name      = "HandlerErrors"
    namespace = "Backend"
    value     = "1"
  }
}

resource "aws_lambda_function" "handler" {
  function_name    = "backend-handler"
  role             = aws_iam_role.handler.arn
  handler          = "index.handler"
  runtime          = "nodejs20.x"
  filename         = "${path.module}/handler.zip"
  source_code_hash = filebase64sha256("${path.module}/handler.zip")
  memory_size      = 256
  timeout          = 30
  environment {
    variables = { STAGE = "test", QUEUE = aws_sqs_queue.audit.name }
  }
  tags       = { app = "backend" }
  depends_on = [aws_cloudwatch_log_group.handler]
}
