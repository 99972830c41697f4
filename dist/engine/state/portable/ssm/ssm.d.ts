import { type ServiceModule } from '../../module.js';
/**
 * SSM: Parameter Store parameters of every type (SecureString values decrypted) with every
 * version SSM keeps, their labels, settings, policies and tags; the account's documents with
 * every version, sharing and tags; maintenance windows with their targets and tasks.
 */
export declare const ssm: ServiceModule;
