# Compliance: a Config recorder of buckets and roles that records, its delivery channel into a
# bucket, two managed rules (one tagged, with input parameters and a frequency), and a resource
# group gathering the web tier by tag. S3 Control's settings are left out: the provider puts the
# account in the endpoint's host (123456789012.127.0.0.1), which no emulator's address takes.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

data "aws_caller_identity" "current" {}

resource "aws_iam_role" "config" {
  name = "compliance-config-recorder"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "config.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_s3_bucket" "history" {
  bucket = "compliance-config-history"
}

resource "aws_config_configuration_recorder" "main" {
  name     = "compliance"
  role_arn = aws_iam_role.config.arn
  recording_group {
    all_supported                 = false
    include_global_resource_types = false
    resource_types                = ["AWS::S3::Bucket", "AWS::IAM::Role"]
  }
}

resource "aws_config_delivery_channel" "main" {
  name           = "compliance"
  s3_bucket_name = aws_s3_bucket.history.bucket
  s3_key_prefix  = "snapshots"
  snapshot_delivery_properties {
    delivery_frequency = "Six_Hours"
  }
  depends_on = [aws_config_configuration_recorder.main]
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.main]
}

resource "aws_config_config_rule" "versioning" {
  name        = "compliance-bucket-versioning"
  description = "buckets keep their versions"
  source {
    owner             = "AWS"
    source_identifier = "S3_BUCKET_VERSIONING_ENABLED"
  }
  scope {
    compliance_resource_types = ["AWS::S3::Bucket"]
  }
  input_parameters            = jsonencode({ isMfaDeleteEnabled = "false" })
  maximum_execution_frequency = "TwentyFour_Hours"
  tags = {
    team = "security"
  }
  depends_on = [aws_config_configuration_recorder.main]
}

resource "aws_config_config_rule" "encryption" {
  name = "compliance-bucket-encryption"
  source {
    owner             = "AWS"
    source_identifier = "S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED"
  }
  depends_on = [aws_config_configuration_recorder.main]
}

resource "aws_resourcegroups_group" "web" {
  name        = "compliance-web-tier"
  description = "the web tier by tag"
  resource_query {
    query = jsonencode({ ResourceTypeFilters = ["AWS::AllSupported"], TagFilters = [{ Key = "tier", Values = ["web"] }] })
  }
  tags = {
    team = "web"
  }
}
