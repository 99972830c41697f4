/**
 * Putting a function's `$LATEST` in place: created or updated to carry a record's configuration
 * and code, waiting after each change until Lambda has settled it.
 */
import * as Lambda from '@aws-sdk/client-lambda';
import { labelOf, unlessMissing } from '../kit/index.js';
import { functionCodeOf } from './code.js';
import { configInput, vpcConfigOf } from './configuration.js';
/** How long restore waits for a function to settle between updates (seconds). */
const SETTLE_SECONDS = 300;
/** What GetFunction says of a function; undefined when it does not exist. */
export async function existing(lambda, FunctionName) {
    return unlessMissing(lambda.send(new Lambda.GetFunctionCommand({ FunctionName })));
}
/**
 * Waits for a function to be created or updated. A waiter that gives up reports the whole last
 * response; the function's state and reason say what went wrong in one line.
 */
async function waitFor(lambda, FunctionName, what) {
    const waiter = what === 'active' ? Lambda.waitUntilFunctionActiveV2 : Lambda.waitUntilFunctionUpdatedV2;
    try {
        await waiter({ client: lambda, maxWaitTime: SETTLE_SECONDS }, { FunctionName });
    }
    catch (error) {
        const got = await lambda.send(new Lambda.GetFunctionCommand({ FunctionName })).catch(() => undefined);
        const c = got?.Configuration;
        if (!c)
            throw error;
        const state = what === 'active' ? `${c.State}: ${c.StateReason ?? ''}` : `${c.LastUpdateStatus}: ${c.LastUpdateStatusReason ?? ''}`;
        throw new Error(`the function did not become ${what} (${state.trim()})`, { cause: error });
    }
}
/**
 * Makes the function's `$LATEST` carry the configuration and the record's code: created when
 * missing, updated otherwise. A record without code leaves the code of an existing function alone.
 */
export async function putLatest(lambda, record, FunctionName, latest) {
    const { config, code } = latest;
    const Architectures = config.architectures;
    const vpcConfig = config.vpc && (await vpcConfigOf(config.vpc, latest.network, labelOf(record)));
    const current = await existing(lambda, FunctionName);
    if (!current) {
        await lambda.send(new Lambda.CreateFunctionCommand({
            FunctionName,
            ...configInput(config, latest.layerArn, vpcConfig),
            PackageType: config.packageType ?? 'Zip',
            Architectures,
            Code: await functionCodeOf(record, code),
            Tags: latest.tags,
        }));
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
