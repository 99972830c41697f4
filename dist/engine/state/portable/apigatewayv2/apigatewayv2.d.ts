import type { ServiceModule } from '../../module.js';
/**
 * API Gateway's HTTP and WebSocket APIs (CORS, models, JWT and Lambda authorizers,
 * integrations and their responses, routes and their responses, deployments, stages with their
 * variables, route settings, access logs and tags), VPC links, custom domain names with their
 * API mappings.
 */
export declare const apigatewayv2: ServiceModule;
