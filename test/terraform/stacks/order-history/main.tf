# An order history: orders kept in a DynamoDB table whose changes are streamed to Kinesis for
# analytics, tagged for the finance team's cost centre, with seed items. (The stream has no tags:
# LocalStack does not always read back the tags a stream is created with.)
# (LocalStack only: moto does not implement EnableKinesisStreamingDestination, drops the tags
# CreateStream is given, and gives a restored KMS key a new id. No contributor
# insights: neither emulator implements UpdateContributorInsights.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_kms_key" "changes" {
  description = "order change feed"
}

resource "aws_kinesis_stream" "changes" {
  name            = "order-changes"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.changes.arn
}

resource "aws_dynamodb_table" "orders" {
  name             = "order-history"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "customer"
  range_key        = "placed_at"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "customer"
    type = "S"
  }
  attribute {
    name = "placed_at"
    type = "N"
  }

  # The cost centre is tagged by aws_dynamodb_tag, as the finance team's stack does.
  lifecycle {
    ignore_changes = [tags, tags_all]
  }
}

resource "aws_dynamodb_tag" "cost_centre" {
  resource_arn = aws_dynamodb_table.orders.arn
  key          = "cost-centre"
  value        = "analytics"
}

resource "aws_dynamodb_kinesis_streaming_destination" "changes" {
  table_name = aws_dynamodb_table.orders.name
  stream_arn = aws_kinesis_stream.changes.arn
}

resource "aws_dynamodb_table_item" "first" {
  table_name = aws_dynamodb_table.orders.name
  hash_key   = aws_dynamodb_table.orders.hash_key
  range_key  = aws_dynamodb_table.orders.range_key
  item = jsonencode({
    customer  = { S = "c-1" }
    placed_at = { N = "1700000000" }
    total     = { N = "42.5" }
    lines     = { L = [{ M = { sku = { S = "a-1" }, qty = { N = "2" } } }] }
  })
}
