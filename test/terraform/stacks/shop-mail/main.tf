# The shop's mail: a sending domain and address, an order template, a configuration set whose
# events go to a topic, and an active receipt rule set sending support mail to a topic and
# archiving the rest in a bucket.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_sns_topic" "mail_events" {
  name = "shop-mail-events"
}

resource "aws_s3_bucket" "archive" {
  bucket = "shop-mail-archive"
}

resource "aws_ses_domain_identity" "shop" {
  domain = "mail.shop.test"
}

resource "aws_ses_email_identity" "orders" {
  email = "orders@mail.shop.test"
}

resource "aws_ses_template" "shipped" {
  name    = "order-shipped"
  subject = "Order {{id}} shipped"
  text    = "Hello {{name}}, your order {{id}} is on its way."
  html    = "<p>Hello {{name}}, your order {{id}} is on its way.</p>"
}

resource "aws_ses_configuration_set" "transactional" {
  name = "shop-transactional"
}

resource "aws_ses_event_destination" "to_topic" {
  name                   = "to-topic"
  configuration_set_name = aws_ses_configuration_set.transactional.name
  enabled                = true
  matching_types         = ["bounce", "delivery"]
  sns_destination {
    topic_arn = aws_sns_topic.mail_events.arn
  }
}

resource "aws_ses_receipt_rule_set" "inbound" {
  rule_set_name = "shop-inbound"
}

resource "aws_ses_receipt_rule" "support" {
  name          = "support"
  rule_set_name = aws_ses_receipt_rule_set.inbound.rule_set_name
  recipients    = ["support@mail.shop.test"]
  enabled       = true
  scan_enabled  = true
  sns_action {
    topic_arn = aws_sns_topic.mail_events.arn
    position  = 1
  }
}

resource "aws_ses_receipt_rule" "archive" {
  name          = "archive"
  rule_set_name = aws_ses_receipt_rule_set.inbound.rule_set_name
  after         = aws_ses_receipt_rule.support.name
  enabled       = true
  s3_action {
    bucket_name       = aws_s3_bucket.archive.bucket
    object_key_prefix = "in/"
    position          = 1
  }
}

resource "aws_ses_active_receipt_rule_set" "inbound" {
  rule_set_name = aws_ses_receipt_rule_set.inbound.rule_set_name
}
