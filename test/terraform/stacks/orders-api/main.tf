# An orders service: an API function published behind a `live` alias and its public URL, with a
# partner's gateway allowed to invoke the published version; a worker that the API and a retry
# schedule hand jobs to asynchronously (retries, and destinations for what succeeded and what
# failed); and a layer of shared helpers that the organization may use.
#
# moto only: LocalStack 4.14 offline cannot create functions (they end `Failed`: "Installation of
# lambda-runtime v0.1.41-pre failed"), and the provider waits for them to be Active.
# Not here, though an application would have them:
# - event source mappings (SQS, Kinesis, DynamoDB streams): a mapping is known by a UUID the
#   emulator draws and CreateEventSourceMapping cannot be given, so a loaded one is another
#   mapping to Terraform (a mapping on a DynamoDB stream also reads a stream named anew);
# - provisioned concurrency, runtime management, recursion and code signing configs: moto does not
#   serve PutProvisionedConcurrencyConfig, PutRuntimeManagementConfig, PutFunctionRecursionConfig
#   nor CreateCodeSigningConfig (404); LocalStack cannot make the function they configure, and
#   fails ListTags on a code signing config ("Resource tagging on CSC not yet implemented");
# - an invocation: moto runs functions in Docker, which this host has not.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_iam_role" "orders" {
  name = "orders-service"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_lambda_layer_version" "helpers" {
  layer_name               = "orders-helpers"
  description              = "money, ids and logging"
  filename                 = "${path.module}/handler.zip"
  source_code_hash         = filebase64sha256("${path.module}/handler.zip")
  compatible_runtimes      = ["nodejs20.x"]
  compatible_architectures = ["x86_64"]
  license_info             = "MIT"
}

resource "aws_lambda_layer_version_permission" "organization" {
  layer_name      = aws_lambda_layer_version.helpers.layer_name
  version_number  = aws_lambda_layer_version.helpers.version
  statement_id    = "organization-read"
  action          = "lambda:GetLayerVersion"
  principal       = "*"
  organization_id = "o-abcd123456"
}

resource "aws_sqs_queue" "fulfilled" {
  name = "orders-fulfilled"
}

resource "aws_sqs_queue" "failed" {
  name = "orders-fulfilment-failed"
}

resource "aws_lambda_function" "worker" {
  function_name    = "orders-fulfilment"
  role             = aws_iam_role.orders.arn
  handler          = "index.handler"
  runtime          = "nodejs20.x"
  filename         = "${path.module}/handler.zip"
  source_code_hash = filebase64sha256("${path.module}/handler.zip")
  layers           = [aws_lambda_layer_version.helpers.arn]
  timeout          = 60
  tags             = { app = "orders" }
}

resource "aws_lambda_function_event_invoke_config" "worker" {
  function_name                = aws_lambda_function.worker.function_name
  maximum_retry_attempts       = 1
  maximum_event_age_in_seconds = 600
  destination_config {
    on_success {
      destination = aws_sqs_queue.fulfilled.arn
    }
    on_failure {
      destination = aws_sqs_queue.failed.arn
    }
  }
}

resource "aws_lambda_function" "api" {
  function_name                  = "orders-api"
  description                    = "takes and lists orders"
  role                           = aws_iam_role.orders.arn
  handler                        = "index.handler"
  runtime                        = "nodejs20.x"
  filename                       = "${path.module}/handler.zip"
  source_code_hash               = filebase64sha256("${path.module}/handler.zip")
  layers                         = [aws_lambda_layer_version.helpers.arn]
  publish                        = true
  memory_size                    = 512
  timeout                        = 10
  reserved_concurrent_executions = 20
  tracing_config {
    mode = "Active"
  }
  environment {
    variables = { WORKER = aws_lambda_function.worker.function_name }
  }
  tags = { app = "orders" }
}

resource "aws_lambda_alias" "live" {
  name             = "live"
  description      = "what the public URL serves"
  function_name    = aws_lambda_function.api.function_name
  function_version = aws_lambda_function.api.version
}

resource "aws_lambda_function_url" "live" {
  function_name      = aws_lambda_function.api.function_name
  qualifier          = aws_lambda_alias.live.name
  authorization_type = "NONE"
  cors {
    allow_origins = ["https://shop.example.com"]
    allow_methods = ["GET", "POST"]
    allow_headers = ["content-type"]
    max_age       = 300
  }
}

resource "aws_lambda_permission" "url" {
  statement_id           = "public-url"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = aws_lambda_function.api.function_name
  qualifier              = aws_lambda_alias.live.name
  principal              = "*"
  function_url_auth_type = "NONE"
}

resource "aws_cloudwatch_event_rule" "retry" {
  name                = "orders-retry"
  description         = "retries orders stuck in fulfilment"
  schedule_expression = "rate(15 minutes)"
}

resource "aws_cloudwatch_event_target" "retry" {
  rule      = aws_cloudwatch_event_rule.retry.name
  target_id = "fulfilment"
  arn       = aws_lambda_function.worker.arn
}

resource "aws_lambda_permission" "retry" {
  statement_id   = "retry-schedule"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.worker.function_name
  principal      = "events.amazonaws.com"
  source_account = "123456789012"
  source_arn     = aws_cloudwatch_event_rule.retry.arn
}

resource "aws_lambda_permission" "partner_api" {
  statement_id  = "partner-gateway"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  qualifier     = aws_lambda_function.api.version
  principal     = "apigateway.amazonaws.com"
  source_arn    = "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/*/POST/orders"
}
