/** The error name an AWS SDK v3 client gives a service error (`NoSuchBucket`, `ResourceNotFoundException`…). */
export declare function awsErrorName(error: unknown): string;
/** Whether `error` is a service error named one of `names`. */
export declare function isNamed(error: unknown, names: readonly string[]): boolean;
export declare function isNotFound(error: unknown): boolean;
export declare function isAlreadyExists(error: unknown): boolean;
/**
 * Resolves to undefined when the call fails because what it names is missing: with `names`, a
 * failure named one of them (a setting that is not set, such as `NoSuchBucketPolicy`); without,
 * any not-found error.
 */
export declare function unlessMissing<T>(call: Promise<T>, names?: readonly string[]): Promise<T | undefined>;
/**
 * Runs `create`; when the resource exists already (`exists` tells by the error), runs `update`
 * instead. Says which of the two happened.
 */
export declare function createOrUpdate(create: () => Promise<unknown>, update: () => Promise<unknown>, exists?: (error: unknown) => boolean): Promise<'created' | 'updated'>;
/**
 * A call the instance does not implement: LocalStack names it (or answers 501), MiniStack
 * answers InvalidAction (as AWS does for an action it does not know), or InvalidURI for an S3
 * path it has no route for (S3 Control's account settings), moto answers an HTML page with
 * status 500 (404 for a REST path), which the SDK cannot parse into a name.
 */
export declare function isUnimplemented(error: unknown): boolean;
/**
 * What `call` answers; undefined when what it reads is missing, or when the instance behind
 * `client` does not implement `operation` (remembered, so it is not asked again).
 */
export declare function unlessUnimplemented<T>(client: object, operation: string, call: () => Promise<T>): Promise<T | undefined>;
