# A public catalogue API, described by its OpenAPI document, served under a custom domain.
# (The API is defined by its body: the emulators give resources, methods' authorizers,
# deployments, stages, API keys and usage plans new ids when a pod makes them anew, which
# Terraform's state names, so those resource types cannot plan clean after a load; the API
# keeps its id, and domains and base path mappings are named by what the stack gives them.
# moto imports no MOCK integration from a body, and drops binary media types when it imports
# one, so neither is here.)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

resource "aws_api_gateway_rest_api" "catalogue" {
  name        = "catalogue"
  description = "the public product catalogue"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
  tags = {
    team = "catalogue"
    # LocalStack's and moto's way to a stable API id (and so stable invoke URLs); a load keeps
    # an API's id either way, but only a stack that sets this tag itself plans clean after it:
    # neither emulator removes the tag from the API once it gave the id.
    _custom_id_ = "catalogue"
  }
  body = jsonencode({
    openapi = "3.0.1"
    info    = { title = "catalogue", version = "1.0" }
    paths = {
      "/products" = {
        get = {
          responses = { "200" = { description = "the products" } }
          x-amazon-apigateway-integration = {
            type       = "HTTP_PROXY"
            httpMethod = "GET"
            uri        = "https://catalogue.internal/products"
          }
        }
      }
      "/products/{id}" = {
        get = {
          parameters = [{ name = "id", in = "path", required = true, schema = { type = "string" } }]
          responses  = { "200" = { description = "one product" } }
          x-amazon-apigateway-integration = {
            type       = "HTTP_PROXY"
            httpMethod = "GET"
            uri        = "https://catalogue.internal/products/{id}"
            requestParameters = { "integration.request.path.id" = "method.request.path.id" }
          }
        }
      }
    }
  })
}

resource "aws_api_gateway_domain_name" "catalogue" {
  domain_name              = "catalogue.shop.test"
  regional_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/5c1b2d3e-0000-4000-8000-000000000001"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_base_path_mapping" "catalogue" {
  domain_name = aws_api_gateway_domain_name.catalogue.domain_name
  api_id      = aws_api_gateway_rest_api.catalogue.id
  base_path   = "v1"
}
