import type { RequestProfile } from '../../module.js';
/**
 * What an S3 write changes, by what a path-style request (`/bucket/key`) names: `bucket/key` for
 * one object (a write of it, its tags, or a part of its upload), `bucket` for anything else of
 * the bucket (settings, `DeleteObjects`). SDKs send path-style requests to an endpoint that is an
 * IP address or `localhost`; a virtual-hosted one names the bucket in the host, and counts for
 * every bucket.
 */
export declare const s3Requests: RequestProfile;
