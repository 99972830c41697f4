# A platform team's shared library, published as a Lambda layer that any account may use.
# (Shared publicly rather than with one account or organization: LocalStack writes an account
# principal as it is where Lambda writes `arn:aws:iam::ACCOUNT:root`, and drops the organization
# condition, so the provider reads either back as `*` and plans to replace the permission; moto
# does the first too.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_lambda_layer_version" "sdk" {
  layer_name               = "platform-sdk"
  description              = "the platform team's client library"
  filename                 = "${path.module}/handler.zip"
  source_code_hash         = filebase64sha256("${path.module}/handler.zip")
  compatible_runtimes      = ["nodejs20.x", "nodejs22.x"]
  compatible_architectures = ["x86_64", "arm64"]
  license_info             = "Apache-2.0"
}

resource "aws_lambda_layer_version_permission" "public" {
  layer_name     = aws_lambda_layer_version.sdk.layer_name
  version_number = aws_lambda_layer_version.sdk.version
  statement_id   = "public-read"
  action         = "lambda:GetLayerVersion"
  principal      = "*"
}
