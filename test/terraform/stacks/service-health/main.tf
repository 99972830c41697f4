# Service health: the on-call topic is paged when the API's errors pass a threshold, when its
# error rate (metric math over errors and requests) stays high, and when the p99 latency
# breaches its target; the team's dashboard shows the three. (Alarm tags are left out:
# LocalStack ignores Tags on PutMetricAlarm, which the provider sends them with.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_sns_topic" "oncall" {
  name = "health-oncall"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "api-errors"
  alarm_description   = "more than 5 errors a minute, twice"
  namespace           = "Shop/API"
  metric_name         = "Errors"
  dimensions          = { Service = "checkout" }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 2
  datapoints_to_alarm = 2
  threshold           = 5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.oncall.arn]
  ok_actions          = [aws_sns_topic.oncall.arn]
}

resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "api-latency-p99"
  namespace           = "Shop/API"
  metric_name         = "Latency"
  dimensions          = { Service = "checkout" }
  extended_statistic  = "p99"
  unit                = "Milliseconds"
  period              = 300
  evaluation_periods  = 3
  threshold           = 800
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.oncall.arn]
}

resource "aws_cloudwatch_metric_alarm" "error_rate" {
  alarm_name          = "api-error-rate"
  alarm_description   = "errors over 2% of requests"
  evaluation_periods  = 3
  threshold           = 2
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.oncall.arn]

  metric_query {
    id          = "rate"
    expression  = "100 * errors / requests"
    label       = "Error rate (%)"
    return_data = true
  }
  metric_query {
    id = "errors"
    metric {
      namespace   = "Shop/API"
      metric_name = "Errors"
      dimensions  = { Service = "checkout" }
      stat        = "Sum"
      period      = 60
    }
  }
  metric_query {
    id = "requests"
    metric {
      namespace   = "Shop/API"
      metric_name = "Requests"
      dimensions  = { Service = "checkout" }
      stat        = "Sum"
      period      = 60
    }
  }
}

resource "aws_cloudwatch_dashboard" "checkout" {
  dashboard_name = "checkout"
  dashboard_body = jsonencode({
    widgets = [
      {
        type   = "metric"
        x      = 0
        y      = 0
        width  = 12
        height = 6
        properties = {
          title   = "Errors"
          region  = "us-east-1"
          metrics = [["Shop/API", "Errors", "Service", "checkout"]]
          stat    = "Sum"
          period  = 60
        }
      },
      {
        type       = "text"
        x          = 12
        y          = 0
        width      = 6
        height     = 6
        properties = { markdown = "Runbook: page the checkout on-call." }
      }
    ]
  })
}
