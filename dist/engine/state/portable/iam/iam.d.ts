import type { ServiceModule } from '../../module.js';
/**
 * IAM (global, in us-east-1): the account's alias and password policy, customer managed
 * policies, identity providers, server certificates, users with their credentials, groups,
 * roles (service-linked ones too), instance profiles, their policies and tags.
 */
export declare const iam: ServiceModule;
