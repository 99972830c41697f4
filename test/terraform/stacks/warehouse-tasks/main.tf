# Warehouse tasks: pickers' handheld workers poll activities for the picks and packs a workflow
# hands them, and report what they did to a queue. (LocalStack 4.14 keeps no tags for activities
# and answers ListTagsForResource, which the provider calls on every read, with ResourceNotFound;
# the state machine that uses the activities is left out, as moto does not answer
# ValidateStateMachineDefinition.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_sfn_activity" "pick" {
  name = "warehouse-pick"
  tags = { app = "warehouse", step = "pick" }
}

resource "aws_sfn_activity" "pack" {
  name = "warehouse-pack"
}

resource "aws_sqs_queue" "done" {
  name                      = "warehouse-done"
  receive_wait_time_seconds = 20
}
