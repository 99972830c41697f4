# Queue permissions: a work queue whose dead-letter queue takes messages from it alone. (moto
# keeps no RedriveAllowPolicy, and the provider waits for it to read back as it was set.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_sqs_queue" "work_dlq" {
  name = "work-dlq"
}

resource "aws_sqs_queue" "work" {
  name = "work"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.work_dlq.arn
    maxReceiveCount     = 3
  })
}

resource "aws_sqs_queue_redrive_allow_policy" "work_dlq" {
  queue_url = aws_sqs_queue.work_dlq.id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.work.arn]
  })
}
