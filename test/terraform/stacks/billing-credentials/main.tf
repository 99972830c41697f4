# A billing service's credentials: its database login, readable by the service's role through
# the secret's policy and replicated to the standby region; and
# the run-command document its operators use to restart the service, shared with the auditors'
# account. (No next password staged beside the current one: a pod saved on moto and loaded into
# LocalStack loses a staged version that is not current yet; the module test keeps staged
# versions on one emulator.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_iam_role" "billing" {
  name = "billing-service"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_secretsmanager_secret" "db" {
  name                           = "billing/db-login"
  description                    = "billing database login"
  recovery_window_in_days        = 0
  force_overwrite_replica_secret = true
  tags                           = { app = "billing" }

  replica {
    region = "us-west-2"
  }
}

resource "aws_secretsmanager_secret_version" "current" {
  secret_id      = aws_secretsmanager_secret.db.id
  secret_string  = jsonencode({ user = "billing", password = "correct-horse" })
  version_stages = ["AWSCURRENT"]
}

# The next password, staged for the switch-over and not current yet.
resource "aws_secretsmanager_secret_version" "next" {
  secret_id      = aws_secretsmanager_secret.db.id
  secret_string  = jsonencode({ user = "billing", password = "battery-staple" })
  version_stages = ["NEXT"]
  depends_on     = [aws_secretsmanager_secret_version.current]
}

resource "aws_secretsmanager_secret_policy" "db" {
  secret_arn = aws_secretsmanager_secret.db.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "ServiceReads"
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.billing.arn }
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}

resource "aws_secretsmanager_secret" "api" {
  name                    = "billing/payment-api"
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "api" {
  secret_id     = aws_secretsmanager_secret.api.id
  secret_binary = base64encode("pk_live_0123456789")
}

resource "aws_ssm_document" "restart" {
  name            = "billing-restart"
  document_type   = "Command"
  document_format = "YAML"
  target_type     = "/AWS::EC2::Instance"
  content         = <<-DOC
    schemaVersion: '2.2'
    description: Restart the billing service
    parameters:
      delay:
        type: String
        default: '0'
    mainSteps:
      - action: aws:runShellScript
        name: restart
        inputs:
          runCommand:
            - sleep {{ delay }}
            - systemctl restart billing
  DOC

  permissions = {
    type        = "Share"
    account_ids = "111122223333"
  }
  tags = { app = "billing" }
}

resource "aws_ssm_document" "drain" {
  name          = "billing-drain"
  document_type = "Command"
  version_name  = "2026.1"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Drain the billing queue workers"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "drain"
      inputs = { runCommand = ["billingctl drain"] }
    }]
  })
}
