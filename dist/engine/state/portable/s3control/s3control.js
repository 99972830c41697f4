import * as S3C from '@aws-sdk/client-s3-control';
import { canonicalDocument, collect, eachRegion, on, recordKind, regionsWhere, restoreRecords, sortBy, unlessMissing, unlessUnimplemented, } from '../kit/index.js';
import { s3controlClient as client } from './client.js';
/**
 * The region whose records hold the account's own settings (its public access block), which
 * belong to no region: AWS answers them in every one.
 */
const ACCOUNT_REGION = 'us-east-1';
const PUBLIC_ACCESS_BLOCK = recordKind('public-access-block', 'account public access block');
const ACCESS_POINT = recordKind('access-point');
/** The account's public access block; undefined when none is set, or the instance does not serve it (MiniStack). */
async function publicAccessBlock(s, account) {
    const got = await unlessUnimplemented(s, 'GetPublicAccessBlock', () => s.send(new S3C.GetPublicAccessBlockCommand({ AccountId: account })));
    return got?.PublicAccessBlockConfiguration;
}
/**
 * The access points of `region`: moto keeps them per account and lists them in every region,
 * so those whose ARN names another region are left to it.
 */
async function accessPoints(s, account, region) {
    const all = await collect(S3C.paginateListAccessPoints({ client: s }, { AccountId: account }), (p) => p.AccessPointList);
    return sortBy(all.filter((a) => a.AccessPointArn?.split(':')[3] === region), (a) => a.Name);
}
async function captureAccessPoint(s, account, a) {
    const got = await s.send(new S3C.GetAccessPointCommand({ AccountId: account, Name: a.Name }));
    const policy = await unlessMissing(s.send(new S3C.GetAccessPointPolicyCommand({ AccountId: account, Name: a.Name })));
    return {
        name: a.Name,
        bucket: got.Bucket,
        vpcId: got.VpcConfiguration?.VpcId,
        publicAccessBlock: got.PublicAccessBlockConfiguration,
        policy: canonicalDocument(policy?.Policy),
    };
}
const capture = eachRegion(async function* (context, region) {
    const s = client(context, region);
    if (region === ACCOUNT_REGION) {
        const configuration = await publicAccessBlock(s, context.account);
        if (configuration)
            yield PUBLIC_ACCESS_BLOCK.record(region, 'account', { configuration });
    }
    for (const a of await accessPoints(s, context.account, region)) {
        yield ACCESS_POINT.record(region, a.Name, await captureAccessPoint(s, context.account, a));
    }
});
const regionsWithState = regionsWhere(async (context, region) => {
    const s = client(context, region);
    if (region === ACCOUNT_REGION && (await publicAccessBlock(s, context.account)))
        return true;
    return (await accessPoints(s, context.account, region)).length > 0;
});
async function clear(context, region) {
    const s = client(context, region);
    const AccountId = context.account;
    for (const a of await accessPoints(s, AccountId, region))
        await unlessMissing(s.send(new S3C.DeleteAccessPointCommand({ AccountId, Name: a.Name })));
    if (region === ACCOUNT_REGION && (await publicAccessBlock(s, AccountId)))
        await s.send(new S3C.DeletePublicAccessBlockCommand({ AccountId }));
}
/** Made anew: an access point's bucket, network origin and public access block are set at creation only. */
async function restoreAccessPoint(s, AccountId, a) {
    await unlessMissing(s.send(new S3C.DeleteAccessPointCommand({ AccountId, Name: a.name })));
    await s.send(new S3C.CreateAccessPointCommand({
        AccountId,
        Name: a.name,
        Bucket: a.bucket,
        VpcConfiguration: a.vpcId ? { VpcId: a.vpcId } : undefined,
        PublicAccessBlockConfiguration: a.publicAccessBlock,
    }));
    if (a.policy)
        await s.send(new S3C.PutAccessPointPolicyCommand({ AccountId, Name: a.name, Policy: a.policy }));
}
/**
 * S3 Control: the account's public access block, and access points (bucket, VPC, public access
 * block, policy). Multi-Region access points and Storage Lens configurations are not kept.
 */
export const s3control = {
    name: 's3control',
    // Access points name buckets, and the VPC they are limited to.
    dependsOn: ['s3', 'ec2'],
    capture,
    regionsWithState,
    clear,
    restore: (context, region, records) => {
        const s = client(context, region);
        return restoreRecords(context, records, 1, on(PUBLIC_ACCESS_BLOCK, (p) => s.send(new S3C.PutPublicAccessBlockCommand({ AccountId: context.account, PublicAccessBlockConfiguration: p.configuration }))), on(ACCESS_POINT, (a) => restoreAccessPoint(s, context.account, a)));
    },
};
