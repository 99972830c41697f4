import type { ServiceModule } from '../../module.js';
/**
 * Redshift: clusters' configuration (nodes, database, master user, port, groups, security
 * groups, encryption, snapshots and maintenance, roles, tags), parameter groups with the
 * parameters set in them, subnet groups, snapshot copy grants and snapshot schedules. The
 * clusters' data is not kept, nor their master password, which is not readable.
 */
export declare const redshift: ServiceModule;
