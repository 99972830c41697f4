# A shop's network as far as Terraform can follow it through a load: the deploy key, imported
# (Terraform's id for it is its name, which the load keeps, with its public key). The rest of
# the network the `ec2` module keeps (VPC, subnets, gateways, elastic IP, route tables, security
# groups naming one another, ACL, S3 endpoint, DHCP options, prefix list) is left out, as Route
# 53 zones are: the instance draws every one of their ids and no API takes one, so Terraform's
# state names ids a loaded instance does not have and the plan makes them all again (see
# docs/fidelity.md). The module test round-trips that network on moto, MiniStack and LocalStack.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_key_pair" "deploy" {
  key_name   = "shop-deploy"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC4wH3rO5Nk3nzu8ym1SOf9RbzZjRtuZHBOixFyWotcj deploy@shop"
  tags = {
    team = "platform"
  }
}
