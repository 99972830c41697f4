import * as IAM from '@aws-sdk/client-iam';
import { mapOrdered } from '../../../util/concurrency.js';
import { clientOf, eachRegion, restoreRecords, sortBy } from '../kit/index.js';
import { clearAccount } from './clear.js';
import { holdsState, listNames } from './listing.js';
import { IAM_REGION, RESOURCES, TYPE_ORDER } from './resources.js';
const client = clientOf(IAM.IAMClient);
/** Principals or policies whose details are read at once. */
const DETAIL_CONCURRENCY = 8;
const capture = eachRegion(async function* (context, region) {
    if (region !== IAM_REGION)
        return;
    const iam = client(context, IAM_REGION);
    const names = await listNames(iam);
    for (const type of TYPE_ORDER) {
        const records = [];
        const captured = mapOrdered(names[type], DETAIL_CONCURRENCY, (key) => RESOURCES[type].capture(iam, key));
        for await (const { record, label, caveat } of captured) {
            records.push(record);
            if (caveat)
                context.warn(label, caveat);
        }
        // Policies and providers are listed by ARN but identified by name, which is unique in an account.
        yield* sortBy(records, (record) => record.id);
    }
});
/**
 * IAM (global, in us-east-1): the account's alias and password policy, customer managed
 * policies, identity providers, server certificates, users with their credentials, groups,
 * roles (service-linked ones too), instance profiles, their policies and tags.
 */
export const iam = {
    name: 'iam',
    global: true,
    dependsOn: [],
    capture,
    // Global: only its own region can hold state, so no other is asked.
    regionsWithState: async (context) => ((await holdsState(client(context, IAM_REGION))) ? [IAM_REGION] : []),
    clear: async (context, region) => {
        if (region === IAM_REGION)
            await clearAccount(client(context, IAM_REGION));
    },
    // One at a time, in capture order: a principal's policies and providers and a profile's roles come first.
    restore: (context, _region, records) => {
        const iam = client(context, IAM_REGION);
        return restoreRecords(context, records, 1, ...TYPE_ORDER.map((type) => RESOURCES[type].handler(iam, context.account)));
    },
};
