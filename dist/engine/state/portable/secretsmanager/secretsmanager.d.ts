import { type ServiceModule } from '../../module.js';
/** Secrets Manager: secrets with their current value, description, KMS key, tags and resource policy. */
export declare const secretsmanager: ServiceModule;
