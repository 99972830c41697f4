import { isIP } from 'node:net';
/**
 * What an S3 write changes, by what a path-style request (`/bucket/key`) names: `bucket/key` for
 * one object (a write of it, its tags, or a part of its upload), `bucket` for anything else of
 * the bucket (settings, `DeleteObjects`). SDKs send path-style requests to an endpoint that is an
 * IP address or `localhost`; a virtual-hosted one names the bucket in the host, and counts for
 * every bucket.
 */
export const s3Requests = {
    groups({ url, host }) {
        const name = host.replace(/^\[|\]$/g, '');
        if (!isIP(name) && name !== 'localhost')
            return undefined;
        const [, bucket = '', ...key] = url.pathname.split('/');
        if (!bucket)
            return undefined;
        const object = key.join('/');
        return [decodeURIComponent(object ? `${bucket}/${object}` : bucket)];
    },
    deliversTo: ['sqs', 'sns', 'lambda', 'events'],
};
