import { isIP } from 'node:net';
import { PORTABLE_MODULES } from '../engine/index.js';
import { itemGroup } from '../engine/state/portable/dynamodb/item-groups.js';
/** Every service: what an unsigned request, or one to a service no module captures, may have changed. */
export const ALL_SERVICES = '*';
/** Signing names that differ from the module's name. */
const SIGNING_NAMES = { states: 'stepfunctions' };
/** Services whose requests never change state a pod holds. */
const STATELESS = new Set(['sts']);
/**
 * Operations that only read. Everything else counts as a change, including the reads that move
 * state (SQS `ReceiveMessage` hides a message), so a test that only reads costs no restore and
 * one that writes is never missed.
 */
const READ_ONLY = /^(Get|List|Describe|Head|Query|Scan|BatchGet|Lookup|Search|Filter|Simulate)/;
function header(head, name) {
    const value = head.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** `AKID/date/region/service/aws4_request` from a SigV4 header or a presigned URL. */
function credentialScope(head) {
    const authorization = header(head, 'authorization');
    const scope = authorization?.match(/Credential=([^,\s]+)/)?.[1] ??
        new URL(head.url, 'http://instance').searchParams.get('X-Amz-Credential') ??
        undefined;
    const [accessKey, , , service] = scope?.split('/') ?? [];
    return accessKey && service ? { accessKey, service } : undefined;
}
/** The operation of an RPC request: `X-Amz-Target: DynamoDB_20120810.GetItem`, or `Action=` of a query one. */
function operation(head, form) {
    const target = header(head, 'x-amz-target');
    if (target)
        return target.slice(target.lastIndexOf('.') + 1);
    return form?.get('Action') ?? new URL(head.url, 'http://instance').searchParams.get('Action') ?? undefined;
}
/** A query-protocol request names its operation in its form body (SQS, SNS, IAM). */
function isForm(head) {
    return (head.method === 'POST' &&
        !header(head, 'x-amz-target') &&
        (header(head, 'content-type') ?? '').startsWith('application/x-www-form-urlencoded'));
}
/**
 * JSON-protocol services whose writes name, in the body, the resource groups they change (see
 * `ServiceModule.partial`), by their `X-Amz-Target` prefix. A write whose groups are not all
 * plain names (PartiQL, backups, batch operations by filter) counts for its whole service.
 */
const JSON_GROUPS = {
    // Items by the attributes or key a write names (see `item-groups.ts`); any other write, its
    // whole table: `TableName` or a table ARN.
    DynamoDB_20120810: (op, body) => {
        if (op === 'BatchWriteItem') {
            return Object.entries((body.RequestItems ?? {})).flatMap(([table, requests]) => requests.map((r) => itemOf(table, r.PutRequest?.Item ?? r.DeleteRequest?.Key)));
        }
        if (op === 'TransactWriteItems') {
            return (body.TransactItems ?? []).map((i) => {
                const action = i.Put ?? i.Update ?? i.Delete ?? i.ConditionCheck;
                return itemOf(tableOf(action?.TableName), action?.Item ?? action?.Key);
            });
        }
        if (ITEM_WRITES.has(op))
            return [itemOf(tableOf(body.TableName), body.Item ?? body.Key)];
        return [tableOf(body.TableName ?? body.ResourceArn)];
    },
    // Parameters, by name.
    AmazonSSM: (op, body) => op === 'DeleteParameters' ? (body.Names ?? []) : [body.Name ?? (body.ResourceType === 'Parameter' ? body.ResourceId : undefined)],
    // Secrets, by name: `SecretId` may be the ARN, which ends in `-` and six random characters.
    secretsmanager: (_op, body) => [(body.SecretId ?? body.Name)?.toString().replace(/^arn:[^:]+:secretsmanager:[^:]*:[^:]*:secret:(.+)-[A-Za-z0-9]{6}$/, '$1')],
};
function jsonWrite(head) {
    const [prefix, op] = header(head, 'x-amz-target')?.split('.') ?? [];
    const groupsOf = prefix ? JSON_GROUPS[prefix] : undefined;
    return groupsOf && op && !READ_ONLY.test(op) ? { groupsOf, op } : undefined;
}
/**
 * Whether the body must be read to tell what the request changes: a query-protocol form, or a
 * write of a service in `JSON_GROUPS`. Both are small; every other body (uploads above all)
 * streams through unread.
 */
export function needsBody(head) {
    return isForm(head) || jsonWrite(head) !== undefined;
}
/** DynamoDB writes of one item, named by its `Item` or `Key`. */
const ITEM_WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem']);
/** The group of one item; undefined (its whole service) when the write does not say which. */
function itemOf(table, attributes) {
    if (typeof table !== 'string' || !attributes || typeof attributes !== 'object')
        return undefined;
    return itemGroup(table, attributes);
}
/** The table of a DynamoDB `TableName` or `ResourceArn`, which may be an ARN. */
function tableOf(name) {
    if (typeof name !== 'string')
        return undefined;
    return name.replace(/^arn:[^:]+:dynamodb:[^:]*:[^:]*:table\//, '').split('/')[0];
}
/** The groups a JSON write names; undefined when one of them cannot be told. */
function jsonGroups(head, body) {
    const write = jsonWrite(head);
    if (!write)
        return undefined;
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
    const groups = write.groupsOf(write.op, json);
    return groups.length > 0 && groups.every((g) => typeof g === 'string' && g) ? groups : undefined;
}
/**
 * What a request may have changed. `body` is given when `needsBody` asked for it (and it was
 * small enough to read); without it, a request that needs it counts for its whole service.
 */
export function requestEffect(head, body) {
    const scope = credentialScope(head);
    const name = scope ? (SIGNING_NAMES[scope.service] ?? scope.service) : undefined;
    const form = body && isForm(head) ? new URLSearchParams(body.toString('latin1')) : undefined;
    const op = operation(head, form);
    const reads = op ? READ_ONLY.test(op) : ['GET', 'HEAD', 'OPTIONS'].includes(head.method);
    if (reads || (name && STATELESS.has(name)))
        return { service: undefined, accessKey: scope?.accessKey };
    const known = name !== undefined && PORTABLE_MODULES.some((m) => m.name === name);
    const s3Group = name === 's3' ? pathStyleGroup(head) : undefined;
    const groups = s3Group ? [s3Group] : body ? jsonGroups(head, body) : undefined;
    return { service: known ? name : ALL_SERVICES, accessKey: scope?.accessKey, ...(groups ? { groups } : {}) };
}
/**
 * What a path-style S3 request (`/bucket/key`) names: `bucket/key` for one object (a write of
 * it, its tags, or a part of its upload), `bucket` for anything else of the bucket (settings,
 * `DeleteObjects`). SDKs send path-style requests to an endpoint that is an IP address or
 * `localhost`; a virtual-hosted one names the bucket in the host, and counts for every bucket.
 */
function pathStyleGroup(head) {
    const host = (header(head, 'host') ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    if (!isIP(host) && host !== 'localhost')
        return undefined;
    const [, bucket = '', ...key] = new URL(head.url, 'http://instance').pathname.split('/');
    if (!bucket)
        return undefined;
    const object = key.join('/');
    return decodeURIComponent(object ? `${bucket}/${object}` : bucket);
}
/**
 * Where a change to one service can reach by itself, through the deliveries AWS makes: bucket
 * notifications, subscriptions, event rules, event source mappings, subscription filters, and
 * code (functions, state machines) that may call anything.
 */
const DELIVERS_TO = {
    s3: ['sqs', 'sns', 'lambda', 'events'],
    sns: ['sqs', 'lambda'],
    sqs: ['lambda'],
    dynamodb: ['lambda', 'kinesis'],
    kinesis: ['lambda'],
    logs: ['lambda', 'kinesis'],
    events: [ALL_SERVICES],
    lambda: [ALL_SERVICES],
    stepfunctions: [ALL_SERVICES],
};
/** The services deliveries go into: whether they hold state decides how far a change reaches. */
export const DELIVERY_TARGETS = [
    ...new Set(Object.values(DELIVERS_TO).flatMap((targets) => targets.filter((t) => t !== ALL_SERVICES))),
];
/** The services deliveries from `from` can reach, following them only into services that hold state. */
function deliveredInto(from, present) {
    const reached = new Set();
    const pending = [...from].flatMap((service) => DELIVERS_TO[service] ?? []);
    while (pending.length > 0) {
        const service = pending.pop();
        if (service === ALL_SERVICES)
            return ALL_SERVICES;
        if (reached.has(service) || !present.has(service))
            continue;
        reached.add(service);
        pending.push(...(DELIVERS_TO[service] ?? []));
    }
    return reached;
}
/**
 * What a restore must load again after `changes`, among the services it restores: the services
 * changed, limited to the groups changed where those are known, and the services the changes
 * can reach by delivery, whole. A delivery needs a target (a queue, a function, a rule), so it
 * is followed only into services that hold state (`present`). Undefined when that reaches every
 * service; a limit with no services when nothing needs loading.
 */
export function restoreLimit(changes, present, restored) {
    if (changes.has(ALL_SERVICES))
        return undefined;
    const delivered = deliveredInto(changes.keys(), present);
    if (delivered === ALL_SERVICES)
        return undefined;
    const services = restored.filter((s) => changes.has(s) || delivered.has(s));
    const resources = {};
    for (const service of services) {
        const groups = changes.get(service);
        if (groups && groups !== 'all' && !delivered.has(service))
            resources[service] = [...groups].sort();
    }
    return { services, resources };
}
/**
 * The services changed since each account's last restore. A change signed by an unknown
 * caller counts for every account.
 */
export class ChangeLog {
    byKey = new Map();
    everyone = [];
    seenOfEveryone = new Map();
    /** Every service changed during the run, by anyone: they hold state now. */
    touched = new Set();
    record(effect) {
        if (!effect.service)
            return;
        this.touched.add(effect.service);
        if (!effect.accessKey) {
            this.everyone.push(effect);
            return;
        }
        let changes = this.byKey.get(effect.accessKey);
        if (!changes)
            this.byKey.set(effect.accessKey, (changes = new Map()));
        add(changes, effect);
    }
    /**
     * Takes the changes of one caller (an access key id, which LocalStack takes as the account),
     * or of every caller when `accessKey` is undefined, and forgets them.
     */
    take(accessKey) {
        const keys = accessKey === undefined ? [...this.byKey.keys()] : [accessKey];
        const taken = new Map();
        for (const key of keys) {
            for (const [service, groups] of this.byKey.get(key) ?? []) {
                add(taken, { service, accessKey: key, ...(groups === 'all' ? {} : { groups: [...groups] }) });
            }
            this.byKey.delete(key);
        }
        const seenKey = accessKey ?? ALL_SERVICES;
        for (const effect of this.everyone.slice(this.seenOfEveryone.get(seenKey) ?? 0))
            add(taken, effect);
        this.seenOfEveryone.set(seenKey, this.everyone.length);
        return taken;
    }
}
function add(changes, effect) {
    const service = effect.service;
    const groups = changes.get(service);
    if (groups === 'all')
        return;
    if (!effect.groups)
        changes.set(service, 'all');
    else if (groups)
        for (const group of effect.groups)
            groups.add(group);
    else
        changes.set(service, new Set(effect.groups));
}
