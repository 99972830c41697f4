# Device telemetry: readings land in a provisioned stream with shard-level metrics, bursts in
# an on-demand stream, and a resource policy lets the partner account read the readings. (No
# tags on the streams: moto drops the tags CreateStream is given, so Terraform plans them again
# at once; order-history has some. No encryption: moto gives a restored KMS key a new id, so
# Terraform plans the key again; order-history's stream is encrypted. No consumer: a restored
# consumer's ARN ends in the time it was registered again, so Terraform takes it for another.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_kinesis_stream" "readings" {
  name                = "device-readings"
  shard_count         = 1
  retention_period    = 72
  shard_level_metrics = ["IncomingBytes", "OutgoingRecords"]
}

resource "aws_kinesis_stream" "bursts" {
  name = "device-bursts"
  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kinesis_resource_policy" "partner" {
  resource_arn = aws_kinesis_stream.readings.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "partner-read"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = ["kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:DescribeStreamSummary", "kinesis:ListShards"]
      Resource  = aws_kinesis_stream.readings.arn
    }]
  })
}
