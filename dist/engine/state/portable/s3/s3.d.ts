import type { ServiceModule } from '../../module.js';
/**
 * S3: buckets (region and every configuration: tags, policy, CORS, versioning, object lock,
 * encryption, lifecycle, public access block, ownership, ACL, website, accelerate, request
 * payment, analytics, inventory, metrics, intelligent tiering, logging, replication,
 * notifications) and their objects (body, headers, metadata, tags), in a versioned bucket with
 * every earlier version and delete marker in order.
 */
export declare const s3: ServiceModule;
