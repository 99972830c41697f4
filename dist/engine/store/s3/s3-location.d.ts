/** Where an S3 remote lives and how to reach it, from `s3://bucket/prefix?endpoint=&region=&…`. */
export interface S3Location {
    readonly bucket: string;
    /** Key prefix without leading or trailing slash; may be empty. */
    readonly prefix: string;
    readonly region: string;
    readonly endpoint?: string;
    readonly forcePathStyle: boolean;
    readonly credentials?: {
        accessKeyId: string;
        secretAccessKey: string;
        sessionToken?: string;
    };
    /**
     * `single_writer=true`: the user vouches that one save at a time writes here, so a service
     * that ignores conditional writes (`If-None-Match`) is accepted (see `S3Store.checkBucket`).
     */
    readonly singleWriter: boolean;
}
/** Reads a filled-in `s3://` URL; unknown parameters are a UsageError, so typos do not pass silently. */
export declare function parseS3Url(url: URL, display: string, env: NodeJS.ProcessEnv): S3Location;
