/**
 * The instance's own time, in milliseconds, from the `Date` header every HTTP server with a
 * clock sends (whole seconds); undefined when it sends none or does not answer within 5 s.
 * Times the instance reports (S3's LastModified) are compared with this, never with ours.
 */
export declare function serverTime(endpoint: string): Promise<number | undefined>;
