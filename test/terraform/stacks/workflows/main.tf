# Workflows: the order domain of a shop's Simple Workflow, with its retention period and tags.
# On moto only: LocalStack's SWF serves no tags, which the provider reads after creating a
# domain. No Transcribe vocabulary either: no emulator serves Transcribe's tags, which the
# provider reads the same way.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_swf_domain" "orders" {
  name                                        = "orders"
  description                                 = "order flows"
  workflow_execution_retention_period_in_days = "7"
  tags = {
    team = "shop"
  }
}
