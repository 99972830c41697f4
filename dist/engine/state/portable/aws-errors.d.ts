/** The error name an AWS SDK v3 client gives a service error (`NoSuchBucket`, `ResourceNotFoundException`…). */
export declare function awsErrorName(error: unknown): string;
/** Resolves to undefined when the call fails with one of `names` (a setting that is not set). */
export declare function unlessMissing<T>(call: Promise<T>, names: readonly string[]): Promise<T | undefined>;
