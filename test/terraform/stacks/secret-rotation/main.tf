# A secret rotated by a function every 30 days: the function, its role and the rotation schedule,
# the first rotation left to the schedule.
# (LocalStack 4.14 offline cannot create functions: it downloads its Lambda runtime first.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_iam_role" "rotator" {
  name = "secret-rotator"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_lambda_function" "rotator" {
  function_name = "secret-rotator"
  role          = aws_iam_role.rotator.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "${path.module}/handler.zip"
}

resource "aws_secretsmanager_secret" "reporting" {
  name = "reporting/warehouse-login"
}

resource "aws_secretsmanager_secret_version" "reporting" {
  secret_id     = aws_secretsmanager_secret.reporting.id
  secret_string = jsonencode({ user = "reporting", password = "initial" })
}

resource "aws_secretsmanager_secret_rotation" "reporting" {
  secret_id           = aws_secretsmanager_secret.reporting.id
  rotation_lambda_arn = aws_lambda_function.rotator.arn
  # The first rotation waits for the schedule: the function only tests the secret now.
  rotate_immediately = false

  rotation_rules {
    automatically_after_days = 30
  }

  depends_on = [aws_secretsmanager_secret_version.reporting]
}
