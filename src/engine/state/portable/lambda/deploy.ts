/**
 * Putting a function's `$LATEST` in place: created or updated to carry a record's configuration
 * and code, waiting after each change until Lambda has settled it.
 */
import * as Lambda from '@aws-sdk/client-lambda';
import type { PodRecord } from '../../module.js';
import { labelOf, type Network, unlessMissing } from '../kit/index.js';
import { functionCodeOf, type CodeData } from './code.js';
import { configInput, type FunctionConfig, vpcConfigOf } from './configuration.js';

/** How long restore waits for a function to settle between updates (seconds). */
const SETTLE_SECONDS = 300;

/** What GetFunction says of a function; undefined when it does not exist. */
export async function existing(lambda: Lambda.LambdaClient, FunctionName: string) {
  return unlessMissing(lambda.send(new Lambda.GetFunctionCommand({ FunctionName })));
}

/**
 * Waits for a function to be created or updated. A waiter that gives up reports the whole last
 * response; the function's state and reason say what went wrong in one line.
 */
async function waitFor(lambda: Lambda.LambdaClient, FunctionName: string, what: 'active' | 'updated'): Promise<void> {
  const waiter = what === 'active' ? Lambda.waitUntilFunctionActiveV2 : Lambda.waitUntilFunctionUpdatedV2;
  try {
    await waiter({ client: lambda, maxWaitTime: SETTLE_SECONDS }, { FunctionName });
  } catch (error) {
    const got = await lambda.send(new Lambda.GetFunctionCommand({ FunctionName })).catch(() => undefined);
    const c = got?.Configuration;
    if (!c) throw error;
    const state = what === 'active' ? `${c.State}: ${c.StateReason ?? ''}` : `${c.LastUpdateStatus}: ${c.LastUpdateStatusReason ?? ''}`;
    throw new Error(`the function did not become ${what} (${state.trim()})`, { cause: error });
  }
}

/** What a function's `$LATEST` is to carry. */
export type Latest = {
  config: FunctionConfig;
  code: CodeData;
  /** Set on creation only: an existing function's tags are the caller's to bring in line. */
  tags?: Record<string, string>;
  /** A layer version's ARN on this instance, for the pod's ARN. */
  layerArn(arn: string): string;
  /** The region's VPCs, subnets and groups, where the function's VPC settings are found. */
  network: Network;
};

/**
 * Makes the function's `$LATEST` carry the configuration and the record's code: created when
 * missing, updated otherwise. A record without code leaves the code of an existing function alone.
 */
export async function putLatest(
  lambda: Lambda.LambdaClient,
  record: PodRecord,
  FunctionName: string,
  latest: Latest,
): Promise<'created' | 'updated'> {
  const { config, code } = latest;
  const Architectures = config.architectures as Lambda.Architecture[] | undefined;
  const vpcConfig = config.vpc && (await vpcConfigOf(config.vpc, latest.network, labelOf(record)));
  const current = await existing(lambda, FunctionName);
  if (!current) {
    await lambda.send(
      new Lambda.CreateFunctionCommand({
        FunctionName,
        ...configInput(config, latest.layerArn, vpcConfig),
        PackageType: (config.packageType as Lambda.PackageType | undefined) ?? 'Zip',
        Architectures,
        Code: await functionCodeOf(record, code),
        Tags: latest.tags,
      }),
    );
    await waitFor(lambda, FunctionName, 'active');
    return 'created';
  }
  // A function in a VPC the pod's does not name leaves it: empty settings detach it.
  const detach = current.Configuration?.VpcConfig?.SubnetIds?.length ? { SubnetIds: [], SecurityGroupIds: [] } : undefined;
  await lambda.send(new Lambda.UpdateFunctionConfigurationCommand({ FunctionName, ...configInput(config, latest.layerArn, vpcConfig ?? detach) }));
  await waitFor(lambda, FunctionName, 'updated');
  if (code.imageUri || record.payload) {
    await lambda.send(new Lambda.UpdateFunctionCodeCommand({ FunctionName, ...(await functionCodeOf(record, code)), Architectures }));
    await waitFor(lambda, FunctionName, 'updated');
  }
  return 'updated';
}
