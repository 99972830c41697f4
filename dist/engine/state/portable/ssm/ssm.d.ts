import { type ServiceModule } from '../../module.js';
/**
 * SSM: Parameter Store parameters of every type (SecureString values decrypted) with their
 * settings, policies and tags; the account's documents with every version, sharing and tags.
 */
export declare const ssm: ServiceModule;
