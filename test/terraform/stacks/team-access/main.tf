# A team's access: developers in a group, a deployer, the policies they are given directly and
# through their group, and a role for the build machines, held to a permissions boundary, with
# its instance profile. (moto keeps no permissions boundary on users.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_iam_policy" "boundary" {
  name        = "team-boundary"
  path        = "/team/"
  description = "the most any team principal may do"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:*", "sqs:*", "logs:*"], Resource = "*" }]
  })
  tags = { team = "platform" }
}

resource "aws_iam_policy" "read_logs" {
  name = "read-logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["logs:GetLogEvents", "logs:FilterLogEvents"], Resource = "*" }]
  })
}

resource "aws_iam_group" "developers" {
  name = "developers"
  path = "/team/"
}

resource "aws_iam_group_policy_attachment" "developers_logs" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.read_logs.arn
}

resource "aws_iam_group_policy" "developers_queues" {
  name  = "queues"
  group = aws_iam_group.developers.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sqs:ReceiveMessage", Resource = "*" }]
  })
}

resource "aws_iam_user" "ada" {
  name = "ada"
  path = "/team/"
  tags = { role = "developer" }
}

resource "aws_iam_user" "deployer" {
  name = "deployer"
}

resource "aws_iam_user_group_membership" "ada" {
  user   = aws_iam_user.ada.name
  groups = [aws_iam_group.developers.name]
}

resource "aws_iam_user_policy" "deployer_buckets" {
  name = "buckets"
  user = aws_iam_user.deployer.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:PutObject", Resource = "arn:aws:s3:::releases/*" }]
  })
}

resource "aws_iam_user_policy_attachment" "deployer_logs" {
  user       = aws_iam_user.deployer.name
  policy_arn = aws_iam_policy.read_logs.arn
}

resource "aws_iam_role" "builder" {
  name                 = "builder"
  description          = "build machines"
  max_session_duration = 7200
  permissions_boundary = aws_iam_policy.boundary.arn
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
  tags = { team = "platform" }
}

resource "aws_iam_instance_profile" "builder" {
  name = "builder"
  role = aws_iam_role.builder.name
  tags = { team = "platform" }
}
