# Keys and what they protect: a customer key with its alias and policy, and the secret,
# parameter and queue encrypted with it. (moto draws a new id for a key it creates, so a key it
# loads is another key to Terraform; LocalStack keeps the id.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_kms_key" "app" {
  description             = "application data"
  deletion_window_in_days = 7
  enable_key_rotation     = true
  tags                    = { app = "keys" }
}

resource "aws_kms_alias" "app" {
  name          = "alias/app-data"
  target_key_id = aws_kms_key.app.key_id
}

resource "aws_kms_key" "signing" {
  description              = "release signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
  deletion_window_in_days  = 7
}

resource "aws_secretsmanager_secret" "api" {
  name       = "keys/api-token"
  kms_key_id = aws_kms_key.app.arn
}

resource "aws_secretsmanager_secret_version" "api" {
  secret_id     = aws_secretsmanager_secret.api.id
  secret_string = "tok_live_abc"
}

resource "aws_ssm_parameter" "db_password" {
  name   = "/keys/db-password"
  type   = "SecureString"
  value  = "hunter2"
  key_id = aws_kms_key.app.key_id
}

resource "aws_sqs_queue" "encrypted" {
  name              = "keys-encrypted"
  kms_master_key_id = aws_kms_alias.app.name
}

resource "aws_iam_policy" "key_use" {
  name = "app-key-use"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
      Resource = aws_kms_key.app.arn
    }]
  })
}
