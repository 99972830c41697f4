import type { ServiceModule } from '../../module.js';
/** IAM (global, in us-east-1): customer managed policies, users, groups, roles, instance profiles, their policies and tags. */
export declare const iam: ServiceModule;
