import * as SSM from '@aws-sdk/client-ssm';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import { byGroup } from '../../module.js';
import { captureDocument, deleteDocument, DOCUMENT, documentNames, restoreDocument } from './documents.js';
import { chunks, clientOf, createOrUpdate, eachRegion, on, recordKind, regionsWhere, replaceTags, restoreRecords, sortBy, sortedTags } from '../kit/index.js';
const client = clientOf(SSM.SSMClient);
/** GetParameters and DeleteParameters take at most this many names. */
const BATCH = 10;
/** Batches of parameters read, or parameters written, at once. */
const CONCURRENCY = 4;
/** The key SSM encrypts a SecureString with when none is named. */
const DEFAULT_KEY = 'alias/aws/ssm';
const PARAMETER = recordKind('parameter');
/** `/aws/…` names are public parameters AWS (and the emulators) publish; nobody can write them. */
function isPublic(name) {
    return name.startsWith('/aws/');
}
async function parameters(ssm) {
    const found = [];
    for await (const page of SSM.paginateDescribeParameters({ client: ssm }, { MaxResults: 50 })) {
        for (const p of page.Parameters ?? [])
            if (!isPublic(p.Name))
                found.push(p);
    }
    return sortBy(found, (p) => p.Name);
}
async function tagsOf(ssm, name) {
    return (await ssm.send(new SSM.ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: name }))).TagList ?? [];
}
/** Moto answers a policy's text as a JSON object where AWS answers a string. */
function policyText(text) {
    return typeof text === 'string' ? text : JSON.stringify(text);
}
async function captureBatch(ssm, batch) {
    const [values, tags] = await Promise.all([
        ssm.send(new SSM.GetParametersCommand({ Names: batch.map((p) => p.Name), WithDecryption: true })),
        Promise.all(batch.map((p) => tagsOf(ssm, p.Name))),
    ]);
    const valueOf = new Map((values.Parameters ?? []).map((p) => [p.Name, p.Value]));
    const captured = [];
    batch.forEach((p, i) => {
        // A parameter deleted since it was listed is not captured.
        if (!valueOf.has(p.Name))
            return;
        const policies = (p.Policies ?? []).map((policy) => policyText(policy.PolicyText));
        captured.push({
            name: p.Name,
            type: p.Type,
            value: valueOf.get(p.Name),
            description: p.Description || undefined,
            keyId: p.Type === 'SecureString' && p.KeyId !== DEFAULT_KEY ? p.KeyId : undefined,
            allowedPattern: p.AllowedPattern || undefined,
            tier: p.Tier,
            dataType: p.DataType,
            policies: policies.length > 0 ? policies : undefined,
            tags: sortedTags(tags[i], (t) => t.Key),
        });
    });
    return captured;
}
const capture = eachRegion(async function* (context, region) {
    const ssm = client(context, region);
    const batches = mapOrdered(chunks(await parameters(ssm), BATCH), CONCURRENCY, (batch) => captureBatch(ssm, batch));
    for await (const batch of batches) {
        for (const p of batch)
            yield PARAMETER.record(region, p.name, p);
    }
    for await (const d of mapOrdered(await documentNames(ssm), CONCURRENCY, (name) => captureDocument(ssm, name))) {
        if (d)
            yield DOCUMENT.record(region, d.name, d);
    }
});
const regionsWithState = regionsWhere(async (context, region) => {
    const ssm = client(context, region);
    let NextToken;
    do {
        const page = await ssm.send(new SSM.DescribeParametersCommand({ MaxResults: 50, NextToken }));
        if ((page.Parameters ?? []).some((p) => !isPublic(p.Name)))
            return true;
        NextToken = page.NextToken;
    } while (NextToken);
    return (await documentNames(ssm)).length > 0;
});
/** Deletes the parameters and documents of one region, or those of them named in `only`. */
async function clear(context, region, only) {
    const ssm = client(context, region);
    const wanted = (name) => !only || only.has(name);
    const names = (await parameters(ssm)).map((p) => p.Name).filter(wanted);
    await forEachLimit(chunks(names, BATCH), CONCURRENCY, async (Names) => {
        await ssm.send(new SSM.DeleteParametersCommand({ Names }));
    });
    await forEachLimit((await documentNames(ssm)).filter(wanted), CONCURRENCY, (name) => deleteDocument(ssm, name));
}
async function restoreParameter(ssm, p) {
    const input = {
        Name: p.name,
        Value: p.value,
        Type: p.type,
        KeyId: p.keyId,
        AllowedPattern: p.allowedPattern,
        Tier: p.tier,
        DataType: p.dataType,
        Policies: p.policies ? `[${p.policies.join(',')}]` : undefined,
    };
    await createOrUpdate(() => ssm.send(new SSM.PutParameterCommand({ ...input, Description: p.description, Tags: p.tags })), async () => {
        // An omitted description would keep the existing one; SSM refuses tags on an overwrite.
        await ssm.send(new SSM.PutParameterCommand({ ...input, Description: p.description ?? '', Overwrite: true }));
        await replaceTags((await tagsOf(ssm, p.name)).map((t) => t.Key), (p.tags ?? []).map((t) => t.Key), {
            untag: (TagKeys) => ssm.send(new SSM.RemoveTagsFromResourceCommand({ ResourceType: 'Parameter', ResourceId: p.name, TagKeys })),
            tag: () => ssm.send(new SSM.AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: p.name, Tags: p.tags })),
        });
    });
}
/**
 * SSM: Parameter Store parameters of every type (SecureString values decrypted) with their
 * settings, policies and tags; the account's documents with every version, sharing and tags.
 */
export const ssm = {
    name: 'ssm',
    dependsOn: ['kms'],
    capture,
    regionsWithState,
    clear,
    // A parameter, or a document, is a group of its own.
    partial: { select: byGroup((record) => record.id), clear },
    restore: (context, region, records) => restoreRecords(context, records, CONCURRENCY, on(PARAMETER, (p) => restoreParameter(client(context, region), p)), on(DOCUMENT, (d) => restoreDocument(client(context, region), d))),
    requests: {
        targetPrefix: 'AmazonSSM',
        // Parameters and documents, by name.
        groups: ({ operation, body }) => operation === 'DeleteParameters' ? (body?.Names ?? []) : [body?.Name ?? (body?.ResourceType === 'Parameter' ? body.ResourceId : undefined)],
    },
};
