# Order reports: a reporting table that a resource policy opens to the reporting role, tagged for
# the finance team's cost centre, with a seed report.
# (moto only: LocalStack 4.14 answers PutResourcePolicy with UnknownOperationException.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_dynamodb_table" "reports" {
  name         = "order-reports"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "report"

  attribute {
    name = "report"
    type = "S"
  }

  # The cost centre is tagged by aws_dynamodb_tag, as the finance team's stack does.
  lifecycle {
    ignore_changes = [tags, tags_all]
  }
}

resource "aws_dynamodb_tag" "cost_centre" {
  resource_arn = aws_dynamodb_table.reports.arn
  key          = "cost-centre"
  value        = "finance"
}

resource "aws_dynamodb_resource_policy" "reporting" {
  resource_arn = aws_dynamodb_table.reports.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "reporting"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/reporting" }
      Action    = ["dynamodb:GetItem", "dynamodb:Query"]
      Resource  = aws_dynamodb_table.reports.arn
    }]
  })
}

resource "aws_dynamodb_table_item" "monthly" {
  table_name = aws_dynamodb_table.reports.name
  hash_key   = aws_dynamodb_table.reports.hash_key
  item = jsonencode({
    report = { S = "2026-11" }
    orders = { N = "1204" }
    ready  = { BOOL = true }
  })
}
