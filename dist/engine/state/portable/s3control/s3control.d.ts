import type { ServiceModule } from '../../module.js';
/**
 * S3 Control: the account's public access block, and access points (bucket, VPC, public access
 * block, policy). Multi-Region access points and Storage Lens configurations are not kept.
 */
export declare const s3control: ServiceModule;
