# A platform team's account: the account's alias and password rules, single sign-on through a
# SAML identity provider, CI that deploys through an OpenID Connect provider, people who sign in
# with a password and an MFA device, a TLS certificate for the load balancer, and the service
# roles the platform runs with.
#
# Not here, for the emulators cannot hold them: a virtual MFA device (neither moto nor LocalStack
# implements ListMFADeviceTags, which the provider reads it with) and the security token service
# preferences (SetSecurityTokenServicePreferences is not implemented). SAML providers and server
# certificates carry no tags: neither emulator implements TagSAMLProvider or TagServerCertificate.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_iam_account_alias" "this" {
  account_alias = "acme-platform"
}

resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = false
  allow_users_to_change_password = true
  max_password_age               = 90
  password_reuse_prevention      = 5
}

# Single sign-on: people come in through the company's identity provider into an admin role.
resource "aws_iam_saml_provider" "sso" {
  name                   = "acme-sso"
  saml_metadata_document = file("${path.module}/saml-metadata.xml")
}

resource "aws_iam_role" "sso_admin" {
  name = "sso-admin"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_saml_provider.sso.arn }
      Action    = "sts:AssumeRoleWithSAML"
      Condition = { StringEquals = { "SAML:aud" = "https://signin.aws.amazon.com/saml" } }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "sso_admin" {
  role       = aws_iam_role.sso_admin.name
  policy_arn = aws_iam_policy.platform_admin.arn
}

# CI deploys through the build service's OpenID Connect tokens.
resource "aws_iam_openid_connect_provider" "ci" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1"]
  tags            = { owner = "platform" }
}

resource "aws_iam_role" "ci_deploy" {
  name = "ci-deploy"
  path = "/ci/"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.ci.arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:acme/*" } }
    }]
  })
}

resource "aws_iam_role_policy" "ci_deploy" {
  name = "deploy"
  role = aws_iam_role.ci_deploy.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["lambda:UpdateFunctionCode", "s3:PutObject"], Resource = "*" }]
  })
}

resource "aws_iam_role_policies_exclusive" "ci_deploy" {
  role_name    = aws_iam_role.ci_deploy.name
  policy_names = [aws_iam_role_policy.ci_deploy.name]
}

resource "aws_iam_role_policy_attachments_exclusive" "ci_deploy" {
  role_name   = aws_iam_role.ci_deploy.name
  policy_arns = [aws_iam_policy.deploy_artifacts.arn]
}

resource "aws_iam_policy" "platform_admin" {
  name        = "platform-admin"
  description = "what the platform team may do"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:*", "sts:*", "logs:*"], Resource = "*" }]
  })
}

resource "aws_iam_policy" "deploy_artifacts" {
  name = "deploy-artifacts"
  path = "/ci/"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-artifacts/*" }]
  })
}

resource "aws_iam_policy" "self_service" {
  name = "self-service"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:ChangePassword", "iam:EnableMFADevice", "iam:ResyncMFADevice"]
      Resource = "arn:aws:iam::*:user/$${aws:username}"
    }]
  })
}

# People: they sign in with a password they must change, and an MFA device.
resource "aws_iam_group" "operators" {
  name = "operators"
  path = "/people/"
}

resource "aws_iam_group_membership" "operators" {
  name  = "operators"
  group = aws_iam_group.operators.name
  users = [aws_iam_user.grace.name, aws_iam_user.linus.name]
}

resource "aws_iam_group_policy" "operators" {
  name  = "read-everything"
  group = aws_iam_group.operators.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["cloudwatch:Get*", "logs:Get*"], Resource = "*" }]
  })
}

resource "aws_iam_group_policies_exclusive" "operators" {
  group_name   = aws_iam_group.operators.name
  policy_names = [aws_iam_group_policy.operators.name]
}

resource "aws_iam_group_policy_attachments_exclusive" "operators" {
  group_name  = aws_iam_group.operators.name
  policy_arns = [aws_iam_policy.self_service.arn]
}

resource "aws_iam_user" "grace" {
  name = "grace"
  path = "/people/"
  tags = { team = "platform" }
}

resource "aws_iam_user" "linus" {
  name = "linus"
  path = "/people/"
}

resource "aws_iam_user_login_profile" "grace" {
  user                    = aws_iam_user.grace.name
  password_reset_required = true
}

resource "aws_iam_user_login_profile" "linus" {
  user                    = aws_iam_user.linus.name
  password_reset_required = false
}

resource "aws_iam_user_policy" "linus" {
  name = "on-call"
  user = aws_iam_user.linus.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "ssm:StartSession", Resource = "*" }]
  })
}

resource "aws_iam_user_policies_exclusive" "linus" {
  user_name    = aws_iam_user.linus.name
  policy_names = [aws_iam_user_policy.linus.name]
}

resource "aws_iam_user_policy_attachments_exclusive" "linus" {
  user_name   = aws_iam_user.linus.name
  policy_arns = [aws_iam_policy.self_service.arn]
}

# A machine user for the release tooling. Its credentials are not in this stack: an access key,
# an SSH public key, a signing certificate and a service-specific credential are restored with ids
# the instance draws (and an access key with a new secret), which Terraform's state cannot follow;
# the save warns of them.
resource "aws_iam_user" "release_bot" {
  name = "release-bot"
  path = "/machines/"
}

# Auditors, the release tooling and the admins may read the account's audit trail: one
# attachment holds every principal of that policy.
resource "aws_iam_policy" "audit_read" {
  name = "audit-read"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["cloudtrail:LookupEvents", "access-analyzer:List*"], Resource = "*" }]
  })
}

resource "aws_iam_group" "auditors" {
  name = "auditors"
}

resource "aws_iam_policy_attachment" "audit_read" {
  name       = "audit-read"
  policy_arn = aws_iam_policy.audit_read.arn
  users      = [aws_iam_user.release_bot.name]
  groups     = [aws_iam_group.auditors.name]
  roles      = [aws_iam_role.sso_admin.name]
}

# The TLS certificate the load balancer serves.
resource "aws_iam_server_certificate" "web" {
  name             = "app-example-internal"
  path             = "/cloudfront/"
  certificate_body = file("${path.module}/lb.pem")
  private_key      = file("${path.module}/lb.key")
}

# The service roles the platform runs with.
resource "aws_iam_service_linked_role" "autoscaling" {
  aws_service_name = "autoscaling.amazonaws.com"
  custom_suffix    = "platform"
  description      = "scales the platform's web fleet"
}

resource "aws_iam_role" "web" {
  name = "platform-web"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_instance_profile" "web" {
  name = "platform-web"
  role = aws_iam_role.web.name
}

resource "aws_iam_user_policy_attachment" "release_bot" {
  user       = aws_iam_user.release_bot.name
  policy_arn = aws_iam_policy.platform_admin.arn
}

resource "aws_iam_group_policy_attachment" "auditors" {
  group      = aws_iam_group.auditors.name
  policy_arn = aws_iam_policy.platform_admin.arn
}
