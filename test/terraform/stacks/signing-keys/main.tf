# The keys of a payments platform: a data key whose policy is managed apart from it, a key
# awaiting material the team imports from its HSM, and a multi-Region key (one of KMS's own
# material, one of imported material) replicated to the standby region, with a token sealed
# under the data key. (moto draws a new id for every key it creates, so a key it loads is
# another key to Terraform, and its multi-Region primary reads back as a replica once it has
# one. A grant is left out: both emulators draw grant ids, so a loaded grant is another grant.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0", configuration_aliases = [aws.west] }
  }
}

data "aws_caller_identity" "current" {}

resource "aws_kms_key" "data" {
  description             = "payments data"
  deletion_window_in_days = 7
}

resource "aws_kms_key_policy" "data" {
  key_id = aws_kms_key.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Id      = "payments-data"
    Statement = [{
      Sid       = "AccountAdmin"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "aws_kms_external_key" "hsm" {
  description             = "payments HSM import"
  deletion_window_in_days = 7
  tags                    = { source = "hsm" }
}

resource "aws_kms_key" "global" {
  description             = "payments, every region"
  multi_region            = true
  deletion_window_in_days = 7
}

resource "aws_kms_replica_key" "global" {
  provider                = aws.west
  primary_key_arn         = aws_kms_key.global.arn
  description             = "payments, standby region"
  deletion_window_in_days = 7
  # No tags: LocalStack 4.14 never shows a replica's tags where the provider waits for them
  # ("waiting for KMS Replica Key tag update: timeout").
}

resource "aws_kms_external_key" "global_hsm" {
  description             = "payments HSM import, every region"
  multi_region            = true
  deletion_window_in_days = 7
}

resource "aws_kms_replica_external_key" "global_hsm" {
  provider                = aws.west
  primary_key_arn         = aws_kms_external_key.global_hsm.arn
  description             = "payments HSM import, standby region"
  deletion_window_in_days = 7
}

resource "aws_kms_ciphertext" "token" {
  key_id    = aws_kms_key.data.key_id
  plaintext = "settlement-token"
}
