import type { ServiceModule } from '../../module.js';
/** S3: buckets (region, tags, policy, CORS, versioning) and their objects (body, headers, metadata, tags). */
export declare const s3: ServiceModule;
