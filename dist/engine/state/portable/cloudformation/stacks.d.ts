import * as CloudFormation from '@aws-sdk/client-cloudformation';
export declare const client: import("../kit/clients.js").ClientFactory<CloudFormation.CloudFormationClient>;
/** The stacks of the region that still exist (a deleted stack is history, not state), by name. */
export declare function liveStacks(cf: CloudFormation.CloudFormationClient): Promise<CloudFormation.Stack[]>;
/** The stack named or identified by `stack`, undefined when it does not exist. */
export declare function describeStack(cf: CloudFormation.CloudFormationClient, stack: string): Promise<CloudFormation.Stack | undefined>;
/**
 * Waits until the stack is done with what it was doing and returns it (undefined once it is
 * gone); throws with the stack's reason when it ended anywhere but in `success`.
 */
export declare function settled(cf: CloudFormation.CloudFormationClient, stack: string, success: readonly string[]): Promise<CloudFormation.Stack | undefined>;
/** The resources of a stack, by logical id. */
export declare function stackResources(cf: CloudFormation.CloudFormationClient, stack: string): Promise<CloudFormation.StackResourceSummary[]>;
/**
 * Deletes a stack and waits until it is gone. Resources the instance cannot delete (a bucket
 * with objects in it) are left behind on a second try: their own module clears them.
 */
export declare function deleteStack(cf: CloudFormation.CloudFormationClient, stack: CloudFormation.Stack): Promise<void>;
