import type { ServiceModule } from '../../module.js';
/**
 * Route 53 (global, in us-east-1): hosted zones, public and private (with their VPCs), every
 * record set but the SOA and apex NS records the instance makes with a zone (simple, weighted,
 * latency, failover, geolocation, multivalue, alias), health checks, and the tags of both.
 */
export declare const route53: ServiceModule;
