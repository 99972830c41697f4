import { AddPermissionCommand, CreateAliasCommand, CreateEventSourceMappingCommand, CreateFunctionCommand, DeleteEventSourceMappingCommand, DeleteFunctionCommand, DeleteLayerVersionCommand, GetAliasCommand, GetFunctionCommand, GetLayerVersionCommand, GetPolicyCommand, LambdaClient, ListFunctionsCommand, ListLayersCommand, PublishLayerVersionCommand, PublishVersionCommand, RemovePermissionCommand, TagResourceCommand, UntagResourceCommand, UpdateAliasCommand, UpdateEventSourceMappingCommand, UpdateFunctionCodeCommand, UpdateFunctionConfigurationCommand, paginateListAliases, paginateListEventSourceMappings, paginateListFunctions, paginateListLayerVersions, paginateListLayers, paginateListVersionsByFunction, waitUntilFunctionActiveV2, waitUntilFunctionUpdatedV2, } from '@aws-sdk/client-lambda';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { mapOrdered } from '../../../util/concurrency.js';
import { unlessMissing } from '../aws-errors.js';
import { probeRegions } from '../regions.js';
/** Functions (or layer versions) whose details and code are read at once. */
const CODE_CONCURRENCY = 4;
/** How long a code download may take before the code counts as unavailable. */
const DOWNLOAD_TIMEOUT_MS = 120_000;
/** How long restore waits for a function to settle between updates (seconds). */
const SETTLE_SECONDS = 300;
/**
 * The package a function or layer gets when the pod holds no code for it: an empty zip
 * (its end-of-central-directory record only).
 */
const PLACEHOLDER_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
const NOT_FOUND = ['ResourceNotFoundException'];
/** Why a record has no payload: the emulator answered no code at the location it gave. */
const CODE_UNAVAILABLE = 'unavailable';
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sortedRecord(record) {
    if (!record || Object.keys(record).length === 0)
        return undefined;
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compare(a, b)));
}
function nonEmpty(values) {
    return values && values.length > 0 ? values : undefined;
}
async function collect(pages, items) {
    const all = [];
    for await (const page of pages)
        all.push(...(items(page) ?? []));
    return all;
}
function functionConfig(c) {
    return {
        packageType: c.PackageType === 'Image' ? 'Image' : undefined,
        runtime: c.Runtime,
        handler: c.Handler,
        role: c.Role,
        memorySize: c.MemorySize,
        timeout: c.Timeout,
        description: c.Description || undefined,
        environment: sortedRecord(c.Environment?.Variables),
        architectures: nonEmpty(c.Architectures),
        layers: nonEmpty((c.Layers ?? []).map((l) => l.Arn)),
        ephemeralStorage: c.EphemeralStorage?.Size,
        tracingMode: c.TracingConfig?.Mode,
    };
}
function sha256(bytes) {
    return createHash('sha256').update(bytes).digest('base64');
}
/** The bucket and key a code location names, virtual-hosted (`bucket.s3…`) or path-style. */
function s3Object(url) {
    const virtualHost = /^(.+)\.s3[.-](?:[a-z0-9-]+\.)?amazonaws\.com$/.exec(url.hostname);
    const path = virtualHost ? `${virtualHost[1]}${url.pathname}` : url.pathname.slice(1);
    const slash = path.indexOf('/');
    if (slash <= 0 || slash === path.length - 1)
        return undefined;
    return { Bucket: path.slice(0, slash), Key: decodeURIComponent(path.slice(slash + 1)) };
}
/**
 * Reads function and layer code from the location Lambda gives. When that address cannot serve
 * it (an unresolvable emulator host name, or a real-AWS host an emulator only names), the same
 * bucket and key are read from the instance's own S3.
 */
function codeReader(context, region) {
    let s3;
    const fromAddress = async (url) => {
        // An emulator's capture must never reach out to real AWS.
        if (context.target.brand !== 'aws' && url.hostname.endsWith('.amazonaws.com'))
            return undefined;
        const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
        return response.ok ? Buffer.from(await response.arrayBuffer()) : undefined;
    };
    const fromInstance = async (url) => {
        const object = s3Object(url);
        if (!object || context.target.brand === 'aws')
            return undefined;
        s3 ??= new S3Client({
            ...context.config(region),
            forcePathStyle: true,
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED',
        });
        const got = await s3.send(new GetObjectCommand(object), { abortSignal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
        return Buffer.from(await got.Body.transformToByteArray());
    };
    return {
        /** The code at `location` whose SHA-256 is `expected`, or undefined when none is served. */
        async read(location, expected) {
            let url;
            try {
                url = new URL(location ?? '');
            }
            catch {
                return undefined;
            }
            if (url.protocol !== 'http:' && url.protocol !== 'https:')
                return undefined;
            for (const source of [fromAddress, fromInstance]) {
                try {
                    const bytes = await source(url);
                    if (bytes && (!expected || sha256(bytes) === expected))
                        return bytes;
                }
                catch {
                    // Unreachable, refused or timed out: the next source may serve it.
                }
            }
            return undefined;
        },
        destroy() {
            s3?.destroy();
        },
    };
}
function payloadOf(bytes) {
    return { size: bytes.length, open: async () => Readable.from([bytes]) };
}
/** The code of one function version as record fields and payload, with what GetFunction says. */
async function functionCode(code, lambda, FunctionName, Qualifier) {
    const got = await lambda.send(new GetFunctionCommand({ FunctionName, Qualifier }));
    const configuration = got.Configuration;
    if (configuration.PackageType === 'Image')
        return { got, code: { imageUri: got.Code?.ImageUri } };
    const codeSha256 = configuration.CodeSha256;
    const bytes = await code.read(got.Code?.Location, codeSha256);
    if (!bytes)
        return { got, code: { codeSha256, code: CODE_UNAVAILABLE } };
    return { got, code: { codeSha256 }, payload: payloadOf(bytes) };
}
function permissionOf(statement) {
    const principal = statement.Principal;
    const condition = (statement.Condition ?? {});
    const equals = condition.StringEquals ?? {};
    return {
        sid: statement.Sid,
        action: Array.isArray(statement.Action) ? statement.Action[0] : statement.Action,
        principal: typeof principal === 'string' ? principal : (principal.Service ?? principal.AWS ?? '*'),
        sourceArn: condition.ArnLike?.['AWS:SourceArn'],
        sourceAccount: equals['AWS:SourceAccount'],
        principalOrgId: equals['aws:PrincipalOrgID'],
        eventSourceToken: equals['lambda:EventSourceToken'],
        functionUrlAuthType: equals['lambda:FunctionUrlAuthType'],
    };
}
async function permissions(lambda, FunctionName) {
    const got = await unlessMissing(lambda.send(new GetPolicyCommand({ FunctionName })), NOT_FOUND);
    if (!got?.Policy)
        return [];
    const statements = JSON.parse(got.Policy).Statement ?? [];
    return statements.map(permissionOf).sort((a, b) => compare(a.sid, b.sid));
}
/** A function's published versions, oldest first, each with its own code. */
async function captureVersions(code, lambda, region, name) {
    const listed = await collect(paginateListVersionsByFunction({ client: lambda }, { FunctionName: name }), (p) => p.Versions);
    const published = listed.filter((v) => v.Version !== '$LATEST').sort((a, b) => Number(a.Version) - Number(b.Version));
    const records = [];
    for (const v of published) {
        const read = await functionCode(code, lambda, name, v.Version);
        const data = {
            functionName: name,
            version: v.Version,
            versionDescription: v.Description || undefined,
            config: functionConfig(v),
            ...read.code,
        };
        const id = `${name}:${v.Version}`;
        records.push({ region, type: 'version', id, data: data, payload: read.payload });
    }
    return records;
}
async function captureLatest(code, lambda, region, name) {
    const [read, policy] = await Promise.all([functionCode(code, lambda, name), permissions(lambda, name)]);
    const data = {
        name,
        config: functionConfig(read.got.Configuration),
        tags: sortedRecord(read.got.Tags),
        permissions: nonEmpty(policy),
        ...read.code,
    };
    return [{ region, type: 'function', id: name, data: data, payload: read.payload }];
}
async function captureAliases(lambda, region, name) {
    const aliases = await collect(paginateListAliases({ client: lambda }, { FunctionName: name }), (p) => p.Aliases);
    return aliases
        .sort((a, b) => compare(a.Name, b.Name))
        .map((a) => {
        const data = {
            functionName: name,
            name: a.Name,
            functionVersion: a.FunctionVersion,
            description: a.Description || undefined,
            weights: sortedRecord(a.RoutingConfig?.AdditionalVersionWeights),
        };
        return { region, type: 'alias', id: `${name}:${a.Name}`, data: data };
    });
}
async function captureLayerVersions(code, lambda, region, LayerName) {
    const listed = await collect(paginateListLayerVersions({ client: lambda }, { LayerName }), (p) => p.LayerVersions);
    const records = [];
    for (const listedVersion of listed.sort((a, b) => a.Version - b.Version)) {
        const v = await lambda.send(new GetLayerVersionCommand({ LayerName, VersionNumber: listedVersion.Version }));
        const codeSha256 = v.Content?.CodeSha256;
        const bytes = await code.read(v.Content?.Location, codeSha256);
        const data = {
            layerName: LayerName,
            version: v.Version,
            arn: v.LayerVersionArn,
            description: v.Description || undefined,
            compatibleRuntimes: nonEmpty(v.CompatibleRuntimes),
            compatibleArchitectures: nonEmpty(v.CompatibleArchitectures),
            licenseInfo: v.LicenseInfo || undefined,
            codeSha256,
            ...(bytes ? {} : { code: CODE_UNAVAILABLE }),
        };
        records.push({
            region,
            type: 'layer-version',
            id: `${LayerName}:${v.Version}`,
            data: data,
            payload: bytes ? payloadOf(bytes) : undefined,
        });
    }
    return records;
}
function eventSourceMappingOf(m) {
    // arn:aws:lambda:region:account:function:name[:qualifier]
    const parts = m.FunctionArn.split(':');
    return {
        functionName: parts[6],
        qualifier: parts[7],
        eventSourceArn: m.EventSourceArn,
        batchSize: m.BatchSize,
        enabled: m.State === 'Enabled' || m.State === 'Enabling' || m.State === 'Creating' || m.State === 'Updating',
        startingPosition: m.StartingPosition,
        maximumBatchingWindowInSeconds: m.MaximumBatchingWindowInSeconds,
    };
}
function mappingId(m) {
    return `${m.functionName}${m.qualifier ? `:${m.qualifier}` : ''} ${m.eventSourceArn}`;
}
/** Says so when a version's code could not be read: the pod then holds its configuration only. */
function noteMissingCode(context, record) {
    if (record.data.code === CODE_UNAVAILABLE) {
        context.warn(`${record.type} ${record.id}`, 'the emulator does not serve its code (moto does not); the pod keeps its configuration, and a load gives it an empty placeholder package');
    }
}
async function* capture(context, regions) {
    for (const region of regions) {
        const lambda = new LambdaClient(context.config(region));
        const code = codeReader(context, region);
        try {
            const layers = await collect(paginateListLayers({ client: lambda }, {}), (p) => p.Layers);
            const layerNames = layers.map((l) => l.LayerName).sort(compare);
            for await (const records of mapOrdered(layerNames, CODE_CONCURRENCY, (name) => captureLayerVersions(code, lambda, region, name))) {
                for (const record of records) {
                    noteMissingCode(context, record);
                    yield record;
                    context.progress(`lambda layer ${record.id}`);
                }
            }
            const functions = await collect(paginateListFunctions({ client: lambda }, {}), (p) => p.Functions);
            const names = functions.map((f) => f.FunctionName).sort(compare);
            // Layers come before the functions using them, published versions before `$LATEST` (publishing
            // rewrites `$LATEST`), aliases after the versions they point at. One pass per type keeps that
            // order while only a few functions' code is held at once.
            const passes = [
                (name) => captureVersions(code, lambda, region, name),
                (name) => captureLatest(code, lambda, region, name),
                (name) => captureAliases(lambda, region, name),
            ];
            for (const pass of passes) {
                for await (const records of mapOrdered(names, CODE_CONCURRENCY, pass)) {
                    for (const record of records) {
                        noteMissingCode(context, record);
                        yield record;
                        context.progress(`lambda ${record.type} ${record.id}`);
                    }
                }
            }
            const mappings = await collect(paginateListEventSourceMappings({ client: lambda }, {}), (p) => p.EventSourceMappings);
            const data = mappings.map(eventSourceMappingOf).sort((a, b) => compare(mappingId(a), mappingId(b)));
            for (const m of data) {
                yield { region, type: 'event-source-mapping', id: mappingId(m), data: m };
                context.progress(`lambda event source mapping ${mappingId(m)}`);
            }
        }
        finally {
            code.destroy();
            lambda.destroy();
        }
    }
}
async function hasState(context, region) {
    const lambda = new LambdaClient(context.config(region));
    try {
        const [functions, layers] = await Promise.all([
            lambda.send(new ListFunctionsCommand({ MaxItems: 1 })),
            lambda.send(new ListLayersCommand({ MaxItems: 1 })),
        ]);
        return (functions.Functions ?? []).length > 0 || (layers.Layers ?? []).length > 0;
    }
    finally {
        lambda.destroy();
    }
}
function regionsWithState(context) {
    return probeRegions(context, hasState);
}
async function clear(context, region) {
    const lambda = new LambdaClient(context.config(region));
    try {
        const mappings = await collect(paginateListEventSourceMappings({ client: lambda }, {}), (p) => p.EventSourceMappings);
        for (const m of mappings) {
            await unlessMissing(lambda.send(new DeleteEventSourceMappingCommand({ UUID: m.UUID })), NOT_FOUND);
        }
        for (const f of await collect(paginateListFunctions({ client: lambda }, {}), (p) => p.Functions)) {
            await unlessMissing(lambda.send(new DeleteFunctionCommand({ FunctionName: f.FunctionName })), NOT_FOUND);
        }
        for (const layer of await collect(paginateListLayers({ client: lambda }, {}), (p) => p.Layers)) {
            const LayerName = layer.LayerName;
            for (const v of await collect(paginateListLayerVersions({ client: lambda }, { LayerName }), (p) => p.LayerVersions)) {
                await unlessMissing(lambda.send(new DeleteLayerVersionCommand({ LayerName, VersionNumber: v.Version })), NOT_FOUND);
            }
        }
    }
    finally {
        lambda.destroy();
    }
}
function versionOf(renumbering, functionName, version) {
    return renumbering.versions.get(functionName)?.get(version) ?? version;
}
async function codeOf(record, code) {
    if (code.imageUri)
        return { ImageUri: code.imageUri };
    return { ZipFile: record.payload ? await buffer(await record.payload.open()) : PLACEHOLDER_ZIP };
}
function configInput(config, renumbering) {
    return {
        Runtime: config.runtime,
        Handler: config.handler,
        Role: config.role,
        MemorySize: config.memorySize,
        Timeout: config.timeout,
        Description: config.description ?? '',
        Environment: { Variables: config.environment ?? {} },
        Layers: (config.layers ?? []).map((arn) => renumbering.layers.get(arn) ?? arn),
        EphemeralStorage: config.ephemeralStorage ? { Size: config.ephemeralStorage } : undefined,
        TracingConfig: config.tracingMode ? { Mode: config.tracingMode } : undefined,
    };
}
/**
 * Waits for a function to be created or updated. A waiter that gives up reports the whole last
 * response; the function's state and reason say what went wrong in one line.
 */
async function waitFor(lambda, FunctionName, what) {
    const waiter = what === 'active' ? waitUntilFunctionActiveV2 : waitUntilFunctionUpdatedV2;
    try {
        await waiter({ client: lambda, maxWaitTime: SETTLE_SECONDS }, { FunctionName });
    }
    catch (error) {
        const got = await lambda.send(new GetFunctionCommand({ FunctionName })).catch(() => undefined);
        const c = got?.Configuration;
        if (!c)
            throw error;
        const state = what === 'active' ? `${c.State}: ${c.StateReason ?? ''}` : `${c.LastUpdateStatus}: ${c.LastUpdateStatusReason ?? ''}`;
        throw new Error(`the function did not become ${what} (${state.trim()})`);
    }
}
async function settle(lambda, FunctionName) {
    await waitFor(lambda, FunctionName, 'updated');
}
async function existing(lambda, FunctionName) {
    return unlessMissing(lambda.send(new GetFunctionCommand({ FunctionName })), NOT_FOUND);
}
/**
 * Makes the function's `$LATEST` carry `config` and the record's code: created when missing,
 * updated otherwise. A record without code leaves the code of an existing function alone.
 */
async function putLatest(lambda, record, FunctionName, config, code, renumbering, tags) {
    if (!(await existing(lambda, FunctionName))) {
        await lambda.send(new CreateFunctionCommand({
            FunctionName,
            ...configInput(config, renumbering),
            PackageType: config.packageType ?? 'Zip',
            Architectures: config.architectures,
            Code: await codeOf(record, code),
            Tags: tags,
        }));
        await waitFor(lambda, FunctionName, 'active');
        return 'created';
    }
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName, ...configInput(config, renumbering) }));
    await settle(lambda, FunctionName);
    if (code.imageUri || record.payload) {
        const update = await codeOf(record, code);
        await lambda.send(new UpdateFunctionCodeCommand({
            FunctionName,
            ...update,
            Architectures: config.architectures,
        }));
        await settle(lambda, FunctionName);
    }
    return 'updated';
}
async function restoreLayerVersion(lambda, record, renumbering) {
    const l = record.data;
    const listed = await collect(paginateListLayerVersions({ client: lambda }, { LayerName: l.layerName }), (p) => p.LayerVersions);
    const same = listed.find((v) => v.Version === l.version);
    if (same) {
        const got = await lambda.send(new GetLayerVersionCommand({ LayerName: l.layerName, VersionNumber: l.version }));
        if (got.Content?.CodeSha256 === l.codeSha256) {
            renumbering.layers.set(l.arn, got.LayerVersionArn);
            return;
        }
    }
    const published = await lambda.send(new PublishLayerVersionCommand({
        LayerName: l.layerName,
        Description: l.description,
        Content: { ZipFile: record.payload ? await buffer(await record.payload.open()) : PLACEHOLDER_ZIP },
        CompatibleRuntimes: l.compatibleRuntimes,
        CompatibleArchitectures: l.compatibleArchitectures,
        LicenseInfo: l.licenseInfo,
    }));
    renumbering.layers.set(l.arn, published.LayerVersionArn);
}
async function restoreVersion(lambda, record, renumbering) {
    const v = record.data;
    const FunctionName = v.functionName;
    const numbers = renumbering.versions.get(FunctionName) ?? new Map();
    renumbering.versions.set(FunctionName, numbers);
    if (await existing(lambda, FunctionName)) {
        // Publishing again what the function holds already would only add a duplicate version.
        const published = await collect(paginateListVersionsByFunction({ client: lambda }, { FunctionName }), (p) => p.Versions);
        const same = published.find((p) => p.Version === v.version);
        if (same && v.codeSha256 && same.CodeSha256 === v.codeSha256) {
            numbers.set(v.version, v.version);
            return;
        }
    }
    await putLatest(lambda, record, FunctionName, v.config, v, renumbering);
    const published = await lambda.send(new PublishVersionCommand({ FunctionName, Description: v.versionDescription }));
    numbers.set(v.version, published.Version);
}
/** Makes the function's resource policy exactly the pod's statements. */
async function syncPermissions(lambda, FunctionName, wanted) {
    for (const current of await permissions(lambda, FunctionName)) {
        await unlessMissing(lambda.send(new RemovePermissionCommand({ FunctionName, StatementId: current.sid })), NOT_FOUND);
    }
    for (const p of wanted) {
        await lambda.send(new AddPermissionCommand({
            FunctionName,
            StatementId: p.sid,
            Action: p.action,
            Principal: p.principal,
            SourceArn: p.sourceArn,
            SourceAccount: p.sourceAccount,
            PrincipalOrgID: p.principalOrgId,
            EventSourceToken: p.eventSourceToken,
            FunctionUrlAuthType: p.functionUrlAuthType,
        }));
    }
}
async function restoreFunction(lambda, record, renumbering) {
    const f = record.data;
    const outcome = await putLatest(lambda, record, f.name, f.config, f, renumbering, f.tags);
    const { Configuration, Tags } = (await existing(lambda, f.name));
    if (outcome === 'updated') {
        const Resource = Configuration.FunctionArn;
        const stale = Object.keys(Tags ?? {}).filter((k) => !(k in (f.tags ?? {})));
        if (stale.length > 0)
            await lambda.send(new UntagResourceCommand({ Resource, TagKeys: stale }));
        if (f.tags)
            await lambda.send(new TagResourceCommand({ Resource, Tags: f.tags }));
    }
    await syncPermissions(lambda, f.name, f.permissions ?? []);
}
async function restoreAlias(lambda, record, renumbering) {
    const a = record.data;
    const weights = a.weights
        ? Object.fromEntries(Object.entries(a.weights).map(([v, w]) => [versionOf(renumbering, a.functionName, v), w]))
        : undefined;
    const input = {
        FunctionName: a.functionName,
        Name: a.name,
        FunctionVersion: versionOf(renumbering, a.functionName, a.functionVersion),
        Description: a.description ?? '',
        RoutingConfig: { AdditionalVersionWeights: weights ?? {} },
    };
    const alias = new GetAliasCommand({ FunctionName: a.functionName, Name: a.name });
    const current = await unlessMissing(lambda.send(alias), NOT_FOUND);
    if (current)
        await lambda.send(new UpdateAliasCommand(input));
    else
        await lambda.send(new CreateAliasCommand(input));
}
async function restoreEventSourceMapping(lambda, record, renumbering) {
    const m = record.data;
    const qualifier = m.qualifier ? versionOf(renumbering, m.functionName, m.qualifier) : undefined;
    const FunctionName = qualifier ? `${m.functionName}:${qualifier}` : m.functionName;
    const current = await collect(paginateListEventSourceMappings({ client: lambda }, { FunctionName, EventSourceArn: m.eventSourceArn }), (p) => p.EventSourceMappings);
    const settings = {
        BatchSize: m.batchSize,
        Enabled: m.enabled,
        MaximumBatchingWindowInSeconds: m.maximumBatchingWindowInSeconds,
    };
    const same = current.find((c) => c.EventSourceArn === m.eventSourceArn && c.FunctionArn?.endsWith(`:function:${FunctionName}`));
    if (same) {
        await lambda.send(new UpdateEventSourceMappingCommand({ UUID: same.UUID, FunctionName, ...settings }));
        return;
    }
    await lambda.send(new CreateEventSourceMappingCommand({
        FunctionName,
        EventSourceArn: m.eventSourceArn,
        StartingPosition: m.startingPosition,
        ...settings,
    }));
}
const RESTORE = {
    'layer-version': restoreLayerVersion,
    version: restoreVersion,
    function: restoreFunction,
    alias: restoreAlias,
    'event-source-mapping': restoreEventSourceMapping,
};
async function restore(context, region, records) {
    const lambda = new LambdaClient(context.config(region));
    const renumbering = { layers: new Map(), versions: new Map() };
    try {
        // One at a time, in capture order: versions are published in order, so numbers match where they can.
        for await (const record of records) {
            try {
                const restoreRecord = RESTORE[record.type];
                if (!restoreRecord)
                    throw new Error(`Unknown Lambda record type "${record.type}"`);
                await restoreRecord(lambda, record, renumbering);
                context.progress(`lambda ${record.type} ${record.id}`);
            }
            catch (error) {
                context.fail(`${record.type} ${record.id}`, error);
            }
        }
    }
    finally {
        lambda.destroy();
    }
}
/** Lambda: layers, functions (configuration, code, tags, permissions), versions, aliases, event source mappings. */
export const lambda = {
    name: 'lambda',
    dependsOn: ['iam', 's3', 'sqs', 'kinesis', 'dynamodb'],
    capture,
    regionsWithState,
    clear,
    restore,
};
