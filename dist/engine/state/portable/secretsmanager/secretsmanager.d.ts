import { type ServiceModule } from '../../module.js';
/** Secrets Manager: secrets with every labelled version (value, id, labels), rotation, description, KMS key, tags and resource policy. */
export declare const secretsmanager: ServiceModule;
