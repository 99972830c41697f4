# The checkout SLO: one page when both the error and the latency alarm fire, and not while the
# maintenance alarm says the shop is being deployed. (moto does not implement composite alarms:
# PutCompositeAlarm answers HTTP 500. Tags are left out: LocalStack ignores Tags on
# PutCompositeAlarm, which the provider sends them with.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_sns_topic" "page" {
  name = "slo-page"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "slo-errors"
  namespace           = "Shop/Checkout"
  metric_name         = "Errors"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "slo-latency"
  namespace           = "Shop/Checkout"
  metric_name         = "Latency"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 1
  threshold           = 500
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_metric_alarm" "deploying" {
  alarm_name          = "slo-deploying"
  namespace           = "Shop/Checkout"
  metric_name         = "Deploying"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
}

resource "aws_cloudwatch_composite_alarm" "slo" {
  alarm_name        = "checkout-slo"
  alarm_description = "errors and latency together"
  alarm_rule        = "ALARM(${aws_cloudwatch_metric_alarm.errors.alarm_name}) AND ALARM(${aws_cloudwatch_metric_alarm.latency.alarm_name})"
  alarm_actions     = [aws_sns_topic.page.arn]
  actions_suppressor {
    alarm            = aws_cloudwatch_metric_alarm.deploying.alarm_name
    extension_period = 120
    wait_period      = 60
  }
}
