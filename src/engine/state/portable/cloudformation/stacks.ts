import * as CloudFormation from '@aws-sdk/client-cloudformation';
import { awsErrorName, clientOf, collect, pollUntil, sortBy, unlessUnimplemented } from '../kit/index.js';

export const client = clientOf(CloudFormation.CloudFormationClient);

/** How long a stack may take to settle: every emulator works through a stack's resources in turn. */
const SETTLE_MS = 120_000;

/** CloudFormation names a missing stack with a ValidationError saying so. */
function isMissingStack(error: unknown): boolean {
  return awsErrorName(error) === 'ValidationError' && /does not exist/.test((error as Error).message);
}

/** The stacks of the region that still exist (a deleted stack is history, not state), by name. */
export async function liveStacks(cf: CloudFormation.CloudFormationClient): Promise<CloudFormation.Stack[]> {
  const stacks = await collect(CloudFormation.paginateDescribeStacks({ client: cf }, {}), (p) => p.Stacks);
  return sortBy(
    stacks.filter((s) => s.StackStatus !== 'DELETE_COMPLETE'),
    (s) => s.StackName!,
  );
}

/** The stack named or identified by `stack`, undefined when it does not exist. */
export async function describeStack(cf: CloudFormation.CloudFormationClient, stack: string): Promise<CloudFormation.Stack | undefined> {
  try {
    return (await cf.send(new CloudFormation.DescribeStacksCommand({ StackName: stack }))).Stacks?.[0];
  } catch (error) {
    if (isMissingStack(error)) return undefined;
    throw error;
  }
}

/**
 * Waits until the stack is done with what it was doing and returns it (undefined once it is
 * gone); throws with the stack's reason when it ended anywhere but in `success`.
 */
export async function settled(
  cf: CloudFormation.CloudFormationClient,
  stack: string,
  success: readonly string[],
): Promise<CloudFormation.Stack | undefined> {
  const done = await pollUntil(
    () => describeStack(cf, stack),
    (s) => s === undefined || !s.StackStatus!.endsWith('_IN_PROGRESS'),
    `stack ${stack}`,
    'settled',
    SETTLE_MS,
  );
  const status = done?.StackStatus ?? 'DELETE_COMPLETE';
  if (!success.includes(status)) {
    throw new Error(`stack ${stack} ended in ${status}${done?.StackStatusReason ? `: ${done.StackStatusReason}` : ''}`);
  }
  return done;
}

/** The resources of a stack, by logical id. */
export async function stackResources(cf: CloudFormation.CloudFormationClient, stack: string): Promise<CloudFormation.StackResourceSummary[]> {
  const all = await collect(CloudFormation.paginateListStackResources({ client: cf }, { StackName: stack }), (p) => p.StackResourceSummaries);
  return sortBy(all, (r) => r.LogicalResourceId!);
}

/**
 * Deletes a stack and waits until it is gone. Resources the instance cannot delete (a bucket
 * with objects in it) are left behind on a second try: their own module clears them.
 */
export async function deleteStack(cf: CloudFormation.CloudFormationClient, stack: CloudFormation.Stack): Promise<void> {
  const id = stack.StackId!;
  // moto does not implement it, and deletes a protected stack anyway.
  if (stack.EnableTerminationProtection) {
    await unlessUnimplemented(cf, 'UpdateTerminationProtection', () =>
      cf.send(new CloudFormation.UpdateTerminationProtectionCommand({ StackName: id, EnableTerminationProtection: false })),
    );
  }
  await cf.send(new CloudFormation.DeleteStackCommand({ StackName: id }));
  const after = await settled(cf, id, ['DELETE_COMPLETE', 'DELETE_FAILED']);
  if (after?.StackStatus !== 'DELETE_FAILED') return;
  const failed = (await stackResources(cf, id)).filter((r) => r.ResourceStatus === 'DELETE_FAILED').map((r) => r.LogicalResourceId!);
  await cf.send(new CloudFormation.DeleteStackCommand({ StackName: id, RetainResources: failed }));
  await settled(cf, id, ['DELETE_COMPLETE']);
}
