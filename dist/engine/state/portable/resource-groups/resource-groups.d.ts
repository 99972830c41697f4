import type { ServiceModule } from '../../module.js';
/**
 * Resource Groups: groups with their description, resource query (tag filters or a
 * CloudFormation stack), configuration and tags. Their members are the other services'
 * resources, found again by the query.
 */
export declare const resourceGroups: ServiceModule;
