# A customer data store: DynamoDB tables with their indexes, TTL, recovery and items, the role
# and policies the service runs under, and the secrets it reads.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_dynamodb_table" "customers" {
  name         = "customers"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "tenant"
  range_key    = "customer_id"

  attribute {
    name = "tenant"
    type = "S"
  }
  attribute {
    name = "customer_id"
    type = "S"
  }
  attribute {
    name = "email"
    type = "S"
  }

  global_secondary_index {
    name            = "by-email"
    hash_key        = "email"
    projection_type = "ALL"
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }

  point_in_time_recovery {
    enabled = true
  }

  tags = { app = "customers" }
}

resource "aws_dynamodb_table" "sessions" {
  name           = "sessions"
  billing_mode   = "PROVISIONED"
  read_capacity  = 5
  write_capacity = 5
  hash_key       = "session_id"

  attribute {
    name = "session_id"
    type = "S"
  }
}

resource "aws_dynamodb_table_item" "acme" {
  table_name = aws_dynamodb_table.customers.name
  hash_key   = aws_dynamodb_table.customers.hash_key
  range_key  = aws_dynamodb_table.customers.range_key
  item = jsonencode({
    tenant      = { S = "acme" }
    customer_id = { S = "c-1" }
    email       = { S = "ada@acme.example" }
    visits      = { N = "3" }
    plans       = { SS = ["basic", "pro"] }
  })
}

resource "aws_iam_role" "service" {
  name = "customers-service"
  path = "/services/"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  tags = { app = "customers" }
}

resource "aws_iam_policy" "table_access" {
  name        = "customers-table-access"
  description = "read and write the customers table"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"]
      Resource = [aws_dynamodb_table.customers.arn, "${aws_dynamodb_table.customers.arn}/index/*"]
    }]
  })
}

resource "aws_iam_role_policy_attachment" "table_access" {
  role       = aws_iam_role.service.name
  policy_arn = aws_iam_policy.table_access.arn
}

resource "aws_iam_role_policy" "secret_read" {
  name = "secret-read"
  role = aws_iam_role.service.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["secretsmanager:GetSecretValue"]
      Resource = aws_secretsmanager_secret.database.arn
    }]
  })
}

resource "aws_secretsmanager_secret" "database" {
  name        = "customers/database"
  description = "connection settings"
  tags        = { app = "customers" }
}

resource "aws_secretsmanager_secret_version" "database" {
  secret_id     = aws_secretsmanager_secret.database.id
  secret_string = jsonencode({ host = "db.internal", user = "app", password = "s3cret" })
}

resource "aws_secretsmanager_secret" "untagged" {
  name = "customers/feature-flags"
}
