# Orders served from two continents: the orders table replicated to the standby region (a
# replica block), and the customer table replicated by a replica resource of its own. (moto
# keeps no replicas: it accepts ReplicaUpdates and ignores them. A 2017 global table is left
# out: LocalStack's DescribeGlobalTable reports no status, so the provider waits for ACTIVE
# until it fails; the module's own test covers them.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0", configuration_aliases = [aws.west] }
  }
}

resource "aws_dynamodb_table" "orders" {
  name             = "global-orders"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  replica {
    region_name = "us-west-2"
  }
}

resource "aws_dynamodb_table_item" "first" {
  table_name = aws_dynamodb_table.orders.name
  hash_key   = aws_dynamodb_table.orders.hash_key
  item       = jsonencode({ id = { S = "o-1" }, total = { N = "42" } })
}

resource "aws_dynamodb_table" "customers" {
  name             = "global-customers"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  lifecycle {
    ignore_changes = [replica]
  }
}

resource "aws_dynamodb_table_replica" "customers" {
  provider         = aws.west
  global_table_arn = aws_dynamodb_table.customers.arn
  tags             = { role = "standby" }
}
