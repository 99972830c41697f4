import type { ServiceModule } from '../../module.js';
/**
 * API Gateway's REST APIs (resources, methods, integrations and their responses, models,
 * request validators, authorizers, gateway responses, deployments, stages with their variables,
 * method settings and tags), API keys, usage plans with their keys, custom domain names with
 * their base path mappings.
 */
export declare const apigateway: ServiceModule;
