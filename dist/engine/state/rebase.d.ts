/**
 * Moves references from one account to another in a record's data: ARNs
 * (`arn:aws:sqs:us-east-1:123456789012:queue`) and paths (`http://host/123456789012/queue`).
 * A pod saved in moto's default account loads into LocalStack's, and its SNS subscriptions still
 * point at the queues it restores.
 */
export declare function rebaseAccount<T>(value: T, from: string, to: string): T;
/**
 * Rewrites every occurrence of a renamed identifier in a record's data: a resource the instance
 * gave an identifier of its own (a KMS key id moto draws) is named by the new one wherever a
 * record restored after it names the old one. Identifiers are UUIDs and the like, which no other
 * text contains.
 */
export declare function renameReferences<T>(value: T, renames: ReadonlyMap<string, string>): T;
