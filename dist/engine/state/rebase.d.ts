/**
 * Moves references from one account to another in a record's data: ARNs
 * (`arn:aws:sqs:us-east-1:123456789012:queue`) and paths (`http://host/123456789012/queue`).
 * A pod saved in moto's default account loads into LocalStack's, and its SNS subscriptions still
 * point at the queues it restores.
 */
export declare function rebaseAccount<T>(value: T, from: string, to: string): T;
