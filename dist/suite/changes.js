import { loadModules } from '../engine/index.js';
/** Every service: what an unsigned request, or one to a service no module captures, may have changed. */
export const ALL_SERVICES = '*';
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
    const scope = authorization?.match(/Credential=([^,\s]+)/)?.[1] ?? new URL(head.url, 'http://instance').searchParams.get('X-Amz-Credential') ?? undefined;
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
    return (head.method === 'POST' && !header(head, 'x-amz-target') && (header(head, 'content-type') ?? '').startsWith('application/x-www-form-urlencoded'));
}
/** The JSON body of a request, or undefined when it is none: any AWS JSON input (see `WriteRequest.body`). */
/* eslint-disable @typescript-eslint/no-explicit-any */
function jsonBody(body) {
    if (!body)
        return undefined;
    try {
        const json = JSON.parse(body.toString('utf8'));
        return json && typeof json === 'object' && !Array.isArray(json) ? json : undefined;
    }
    catch {
        return undefined;
    }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
/**
 * The groups a write of `module` names; undefined when one of them cannot be told, or when the
 * module needs the body of a JSON write and does not have it.
 */
function groupsOf(module, head, op, body) {
    const profile = module.requests;
    if (!profile?.groups)
        return undefined;
    const json = profile.targetPrefix ? jsonBody(body) : undefined;
    if (profile.targetPrefix && !json)
        return undefined;
    const url = new URL(head.url, 'http://instance');
    const host = (header(head, 'host') ?? '').replace(/:\d+$/, '');
    const request = { operation: op, body: json, url, host };
    let groups;
    try {
        groups = profile.groups(request);
    }
    catch {
        // A body of an unexpected shape names nothing the module can tell.
        return undefined;
    }
    return groups && groups.length > 0 && groups.every((g) => typeof g === 'string' && g) ? groups : undefined;
}
/**
 * What the modules say of their requests (`ServiceModule.requests`), to tell what a request
 * changed and how far a change reaches.
 */
export class RequestProfiles {
    /** The modules by the service name their requests are signed with; a path tells apart those that share one (`RequestProfile.pathPrefix`). */
    bySigningName;
    /** The modules of JSON-protocol services whose writes name their groups in the body, by `X-Amz-Target` prefix. */
    byTargetPrefix;
    /** Where a change to each service can reach by itself, as its module declares (`RequestProfile.deliversTo`). */
    deliversTo;
    /** The services deliveries go into: whether they hold state decides how far a change reaches. */
    deliveryTargets;
    constructor(modules) {
        const bySigningName = new Map();
        for (const m of modules) {
            const name = m.requests?.signingName ?? m.name;
            bySigningName.set(name, [...(bySigningName.get(name) ?? []), m]);
        }
        // Those told apart by a path are tried first.
        for (const shared of bySigningName.values())
            shared.sort((a, b) => Number(!a.requests?.pathPrefix) - Number(!b.requests?.pathPrefix));
        this.bySigningName = bySigningName;
        this.byTargetPrefix = new Map(modules.filter((m) => m.requests?.targetPrefix && m.requests.groups).map((m) => [m.requests.targetPrefix, m]));
        this.deliversTo = new Map(modules.map((m) => [m.name, m.requests?.deliversTo ?? []]));
        this.deliveryTargets = [...new Set([...this.deliversTo.values()].flatMap((targets) => targets.filter((t) => t !== ALL_SERVICES)))];
    }
    /** The profiles of every module of the registry. */
    static async ofEveryModule() {
        return new RequestProfiles(await loadModules());
    }
    /**
     * Whether the body must be read to tell what the request changes: a query-protocol form, or a
     * write of a JSON service whose module reads groups from it. Both are small; every other body
     * (uploads above all) streams through unread.
     */
    needsBody(head) {
        return isForm(head) || this.jsonWriter(head) !== undefined;
    }
    /** The module of a JSON write whose body names the groups it changes. */
    jsonWriter(head) {
        const [prefix, op] = header(head, 'x-amz-target')?.split('.') ?? [];
        return prefix && op && !READ_ONLY.test(op) ? this.byTargetPrefix.get(prefix) : undefined;
    }
    /**
     * What a request may have changed. `body` is given when `needsBody` asked for it (and it was
     * small enough to read); without it, a request that needs it counts for its whole service.
     */
    effect(head, body) {
        const scope = credentialScope(head);
        const form = body && isForm(head) ? new URLSearchParams(body.toString('latin1')) : undefined;
        const op = operation(head, form);
        const reads = op ? READ_ONLY.test(op) : ['GET', 'HEAD', 'OPTIONS'].includes(head.method);
        if (reads || (scope && STATELESS.has(scope.service)))
            return { service: undefined, accessKey: scope?.accessKey };
        const path = new URL(head.url, 'http://instance').pathname;
        const module = scope ? this.bySigningName.get(scope.service)?.find((m) => path.startsWith(m.requests?.pathPrefix ?? '')) : undefined;
        const groups = module ? groupsOf(module, head, op, body) : undefined;
        return { service: module?.name ?? ALL_SERVICES, accessKey: scope?.accessKey, ...(groups ? { groups } : {}) };
    }
    /**
     * What a restore must load again after `changes`, among the services it restores: the services
     * changed, limited to the groups changed where those are known, and the services the changes
     * can reach by delivery, whole. A delivery needs a target (a queue, a function, a rule), so it
     * is followed only into services that hold state (`present`). Undefined when that reaches every
     * service; a limit with no services when nothing needs loading.
     */
    restoreLimit(changes, present, restored) {
        if (changes.has(ALL_SERVICES))
            return undefined;
        const delivered = this.deliveredInto(changes.keys(), present);
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
    /** The services deliveries from `from` can reach, following them only into services that hold state. */
    deliveredInto(from, present) {
        const reached = new Set();
        const pending = [...from].flatMap((service) => this.deliversTo.get(service) ?? []);
        while (pending.length > 0) {
            const service = pending.pop();
            if (service === ALL_SERVICES)
                return ALL_SERVICES;
            if (reached.has(service) || !present.has(service))
                continue;
            reached.add(service);
            pending.push(...(this.deliversTo.get(service) ?? []));
        }
        return reached;
    }
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
