import type { ServiceModule } from '../../module.js';
/**
 * Route 53 Resolver: endpoints (direction, addresses in their subnets, security groups), rules
 * (domain, type, target addresses, endpoint) and their VPC associations, query log configs and
 * their VPC associations, DNS Firewall domain lists and rule groups with their rules, and the
 * tags of each. The instance draws every id: a load makes each resource anew, and what names it
 * names the new one. VPCs, subnets and groups keep their ids where the instance has them, else
 * their counterparts stand in (see `Network`).
 */
export declare const route53resolver: ServiceModule;
