# A log processor: a function receives the web tier's error logs through a subscription filter,
# a scheduled rule invokes it every hour with a fixed input to compact what it gathered, and the
# archive bucket tells it of every compacted file written under `compacted/`.
# (LocalStack 4.14 offline cannot create functions: it downloads its Lambda runtime first.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_iam_role" "processor" {
  name = "log-processor"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_lambda_function" "processor" {
  function_name    = "log-processor"
  role             = aws_iam_role.processor.arn
  handler          = "index.handler"
  runtime          = "nodejs20.x"
  filename         = "${path.module}/handler.zip"
  source_code_hash = filebase64sha256("${path.module}/handler.zip")
}

resource "aws_cloudwatch_log_group" "web" {
  name              = "/web/errors"
  retention_in_days = 30
}

resource "aws_lambda_permission" "logs" {
  statement_id  = "logs"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.processor.function_name
  principal     = "logs.amazonaws.com"
  source_arn    = "${aws_cloudwatch_log_group.web.arn}:*"
}

resource "aws_cloudwatch_log_subscription_filter" "errors" {
  name            = "errors-to-processor"
  log_group_name  = aws_cloudwatch_log_group.web.name
  filter_pattern  = "?ERROR ?FATAL"
  destination_arn = aws_lambda_function.processor.arn
  distribution    = "ByLogStream"
  depends_on      = [aws_lambda_permission.logs]
}

resource "aws_cloudwatch_event_rule" "compact" {
  name                = "compact-errors"
  description         = "hourly compaction of gathered errors"
  schedule_expression = "rate(1 hour)"
}

resource "aws_lambda_permission" "events" {
  statement_id  = "events"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.processor.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.compact.arn
}

resource "aws_cloudwatch_event_target" "compact" {
  rule      = aws_cloudwatch_event_rule.compact.name
  target_id = "processor"
  arn       = aws_lambda_function.processor.arn
  input     = jsonencode({ task = "compact" })
  retry_policy {
    maximum_event_age_in_seconds = 600
    maximum_retry_attempts       = 2
  }
}

resource "aws_s3_bucket" "archive" {
  bucket = "log-archive"
}

resource "aws_lambda_permission" "archive" {
  statement_id  = "archive"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.processor.function_name
  principal     = "s3.amazonaws.com"
  source_arn    = aws_s3_bucket.archive.arn
}

resource "aws_s3_bucket_notification" "archive" {
  bucket = aws_s3_bucket.archive.id
  lambda_function {
    id                  = "compacted"
    lambda_function_arn = aws_lambda_function.processor.arn
    events              = ["s3:ObjectCreated:Put", "s3:ObjectCreated:CompleteMultipartUpload"]
    filter_prefix       = "compacted/"
    filter_suffix       = ".gz"
  }
  depends_on = [aws_lambda_permission.archive]
}
