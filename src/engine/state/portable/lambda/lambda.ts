import * as Lambda from '@aws-sdk/client-lambda';
import { mapOrdered } from '../../../util/concurrency.js';
import { labelOf, type CapturedRecord, type PodRecord, type ServiceContext, type ServiceModule } from '../../module.js';
import {
  clientOf,
  collect,
  eachRegion,
  Network,
  nonEmpty,
  on,
  recordKind,
  regionsWhere,
  replaceTags,
  restoreRecords,
  sortBy,
  sortedRecord,
  unlessMissing,
} from '../kit/index.js';
import { codeReader, warnIfUnavailable, zipCode, zipOf, type CapturedCode, type CodeData, type CodeReader } from './code.js';
import { functionConfig, type FunctionConfig } from './configuration.js';
import { existing, putLatest } from './deploy.js';
import { currentSource, mappingInput, mappingSettings, type MappingSettings } from './mappings.js';
import { layerPermissions, permissions, replaceLayerPermissions, replacePermissions, type Permission } from './permissions.js';
import { putQualifiedSettings, putReservedConcurrency, qualifiedSettings, reservedConcurrency, type QualifiedSettings } from './settings.js';

const client = clientOf(Lambda.LambdaClient);

/** Functions (or layers) whose details and code are read at once. */
const CODE_CONCURRENCY = 4;

type FunctionData = CodeData &
  QualifiedSettings & {
    name: string;
    config: FunctionConfig;
    tags?: Record<string, string>;
    permissions?: Permission[];
    reservedConcurrency?: number;
  };

type VersionData = CodeData & {
  functionName: string;
  version: string;
  /** The version's own description (PublishVersion's), which may differ from the config's. */
  versionDescription?: string;
  config: FunctionConfig;
  /** The version's own resource policy (AddPermission with the version as qualifier). */
  permissions?: Permission[];
};

type LayerVersionData = CodeData & {
  layerName: string;
  version: number;
  arn: string;
  description?: string;
  compatibleRuntimes?: string[];
  compatibleArchitectures?: string[];
  licenseInfo?: string;
  permissions?: Permission[];
};

type AliasData = QualifiedSettings & {
  functionName: string;
  name: string;
  functionVersion: string;
  description?: string;
  weights?: Record<string, number>;
  permissions?: Permission[];
};

type EventSourceMappingData = {
  functionName: string;
  /** The alias or version the mapping invokes, when not `$LATEST`. */
  qualifier?: string;
  eventSourceArn: string;
  batchSize?: number;
  enabled: boolean;
  startingPosition?: string;
  maximumBatchingWindowInSeconds?: number;
} & MappingSettings;

const FUNCTION = recordKind<FunctionData>('function');
const VERSION = recordKind<VersionData>('version');
const LAYER_VERSION = recordKind<LayerVersionData>('layer-version');
const ALIAS = recordKind<AliasData>('alias');
const EVENT_SOURCE_MAPPING = recordKind<EventSourceMappingData>('event-source-mapping');

/** The code of one function version, with what GetFunction says of it. */
async function functionCode(read: CodeReader, lambda: Lambda.LambdaClient, FunctionName: string, Qualifier?: string) {
  const got = await lambda.send(new Lambda.GetFunctionCommand({ FunctionName, Qualifier }));
  const configuration = got.Configuration!;
  const code: CapturedCode =
    configuration.PackageType === 'Image'
      ? { data: { imageUri: got.Code?.ImageUri } }
      : await zipCode(read, got.Code?.Location, configuration.CodeSha256);
  return { got, code };
}

/** What the capture of one region reads functions with. */
type RegionReaders = { read: CodeReader; lambda: Lambda.LambdaClient; network: Network; region: string };

/** A function's published versions, oldest first, each with its own code. */
async function captureVersions({ read, lambda, network, region }: RegionReaders, name: string): Promise<CapturedRecord[]> {
  const listed = await collect(Lambda.paginateListVersionsByFunction({ client: lambda }, { FunctionName: name }), (p) => p.Versions);
  const published = listed.filter((v) => v.Version !== '$LATEST').sort((a, b) => Number(a.Version) - Number(b.Version));
  const records: CapturedRecord[] = [];
  for (const v of published) {
    const [{ code }, policy] = await Promise.all([functionCode(read, lambda, name, v.Version), permissions(lambda, name, v.Version)]);
    const data: VersionData = {
      functionName: name,
      version: v.Version!,
      versionDescription: v.Description || undefined,
      config: await functionConfig(v, network),
      permissions: nonEmpty(policy),
      ...code.data,
    };
    records.push(VERSION.record(region, `${name}:${v.Version}`, data, { payload: code.payload }));
  }
  return records;
}

async function captureLatest({ read, lambda, network, region }: RegionReaders, name: string): Promise<CapturedRecord[]> {
  const [{ got, code }, policy, concurrency, settings] = await Promise.all([
    functionCode(read, lambda, name),
    permissions(lambda, name),
    reservedConcurrency(lambda, name),
    qualifiedSettings(lambda, name),
  ]);
  const data: FunctionData = {
    name,
    config: await functionConfig(got.Configuration!, network),
    tags: sortedRecord(got.Tags),
    permissions: nonEmpty(policy),
    reservedConcurrency: concurrency,
    ...settings,
    ...code.data,
  };
  return [FUNCTION.record(region, name, data, { payload: code.payload })];
}

async function captureAliases(lambda: Lambda.LambdaClient, region: string, name: string): Promise<CapturedRecord[]> {
  const aliases = await collect(Lambda.paginateListAliases({ client: lambda }, { FunctionName: name }), (p) => p.Aliases);
  return Promise.all(
    sortBy(aliases, (a) => a.Name!).map(async (a) => {
      const [policy, settings] = await Promise.all([permissions(lambda, name, a.Name), qualifiedSettings(lambda, name, a.Name)]);
      return ALIAS.record(region, `${name}:${a.Name}`, {
        functionName: name,
        name: a.Name!,
        functionVersion: a.FunctionVersion!,
        description: a.Description || undefined,
        weights: sortedRecord(a.RoutingConfig?.AdditionalVersionWeights),
        permissions: nonEmpty(policy),
        ...settings,
      });
    }),
  );
}

async function captureLayerVersions(read: CodeReader, lambda: Lambda.LambdaClient, region: string, LayerName: string): Promise<CapturedRecord[]> {
  const listed = await collect(Lambda.paginateListLayerVersions({ client: lambda }, { LayerName }), (p) => p.LayerVersions);
  const records: CapturedRecord[] = [];
  for (const listedVersion of listed.sort((a, b) => a.Version! - b.Version!)) {
    const v = await lambda.send(new Lambda.GetLayerVersionCommand({ LayerName, VersionNumber: listedVersion.Version }));
    const [code, policy] = await Promise.all([
      zipCode(read, v.Content?.Location, v.Content?.CodeSha256),
      layerPermissions(lambda, LayerName, v.Version!),
    ]);
    const data: LayerVersionData = {
      layerName: LayerName,
      version: v.Version!,
      arn: v.LayerVersionArn!,
      description: v.Description || undefined,
      compatibleRuntimes: nonEmpty(v.CompatibleRuntimes),
      compatibleArchitectures: nonEmpty(v.CompatibleArchitectures),
      licenseInfo: v.LicenseInfo || undefined,
      permissions: nonEmpty(policy),
      ...code.data,
    };
    records.push(LAYER_VERSION.record(region, `${LayerName}:${v.Version}`, data, { payload: code.payload }));
  }
  return records;
}

function eventSourceMappingOf(m: Lambda.EventSourceMappingConfiguration): EventSourceMappingData {
  // arn:aws:lambda:region:account:function:name[:qualifier]
  const parts = m.FunctionArn!.split(':');
  return {
    functionName: parts[6]!,
    qualifier: parts[7],
    eventSourceArn: m.EventSourceArn!,
    batchSize: m.BatchSize,
    enabled: m.State === 'Enabled' || m.State === 'Enabling' || m.State === 'Creating' || m.State === 'Updating',
    startingPosition: m.StartingPosition,
    maximumBatchingWindowInSeconds: m.MaximumBatchingWindowInSeconds,
    ...mappingSettings(m),
  };
}

function mappingId(m: EventSourceMappingData): string {
  return `${m.functionName}${m.qualifier ? `:${m.qualifier}` : ''} ${m.eventSourceArn}`;
}

/** Says so when a record holds a function URL: the instance draws its address anew at load. */
function warnIfDrawn(context: ServiceContext, record: CapturedRecord): void {
  if (record.data.url) {
    context.warn(labelOf(record), 'its function URL comes back at an address the instance draws (the URL id); its settings are kept');
  }
}

/** The records `capture` makes of each of `names`, a few names at a time, in the order of `names`. */
async function* eachName(
  context: ServiceContext,
  names: readonly string[],
  capture: (name: string) => Promise<CapturedRecord[]>,
): AsyncGenerator<CapturedRecord> {
  for await (const records of mapOrdered(names, CODE_CONCURRENCY, capture)) {
    for (const record of records) {
      warnIfUnavailable(context, record);
      warnIfDrawn(context, record);
      yield record;
    }
  }
}

const capture = eachRegion(async function* (context, region) {
  const lambda = client(context, region);
  const read = codeReader(context, region);
  const network = new Network(context, region);
  const layers = await collect(Lambda.paginateListLayers({ client: lambda }, {}), (p) => p.Layers);
  const layerNames = sortBy(layers, (l) => l.LayerName!).map((l) => l.LayerName!);
  yield* eachName(context, layerNames, (name) => captureLayerVersions(read, lambda, region, name));
  const functions = await collect(Lambda.paginateListFunctions({ client: lambda }, {}), (p) => p.Functions);
  const names = sortBy(functions, (f) => f.FunctionName!).map((f) => f.FunctionName!);
  // Layers come before the functions using them, published versions before `$LATEST` (publishing
  // rewrites `$LATEST`), aliases after the versions they point at. One pass per type keeps that
  // order while only a few functions' code is held at once.
  const readers: RegionReaders = { read, lambda, network, region };
  yield* eachName(context, names, (name) => captureVersions(readers, name));
  yield* eachName(context, names, (name) => captureLatest(readers, name));
  yield* eachName(context, names, (name) => captureAliases(lambda, region, name));
  const mappings = await collect(Lambda.paginateListEventSourceMappings({ client: lambda }, {}), (p) => p.EventSourceMappings);
  for (const m of sortBy(mappings.map(eventSourceMappingOf), mappingId)) {
    context.warn(
      EVENT_SOURCE_MAPPING.label(mappingId(m)),
      `it comes back under a UUID the instance draws: tools that kept its UUID, such as Terraform's state, see another mapping`,
    );
    yield EVENT_SOURCE_MAPPING.record(region, mappingId(m), m);
  }
});

const regionsWithState = regionsWhere(async (context, region) => {
  const lambda = client(context, region);
  const [functions, layers] = await Promise.all([
    lambda.send(new Lambda.ListFunctionsCommand({ MaxItems: 1 })),
    lambda.send(new Lambda.ListLayersCommand({ MaxItems: 1 })),
  ]);
  return (functions.Functions ?? []).length > 0 || (layers.Layers ?? []).length > 0;
});

async function clear(context: ServiceContext, region: string): Promise<void> {
  const lambda = client(context, region);
  const mappings = await collect(Lambda.paginateListEventSourceMappings({ client: lambda }, {}), (p) => p.EventSourceMappings);
  for (const m of mappings) {
    await unlessMissing(lambda.send(new Lambda.DeleteEventSourceMappingCommand({ UUID: m.UUID! })));
  }
  for (const f of await collect(Lambda.paginateListFunctions({ client: lambda }, {}), (p) => p.Functions)) {
    await unlessMissing(lambda.send(new Lambda.DeleteFunctionCommand({ FunctionName: f.FunctionName! })));
  }
  for (const layer of await collect(Lambda.paginateListLayers({ client: lambda }, {}), (p) => p.Layers)) {
    const LayerName = layer.LayerName!;
    for (const v of await collect(Lambda.paginateListLayerVersions({ client: lambda }, { LayerName }), (p) => p.LayerVersions)) {
      await unlessMissing(lambda.send(new Lambda.DeleteLayerVersionCommand({ LayerName, VersionNumber: v.Version! })));
    }
  }
}

/** Version numbers and layer ARNs as they came out on this instance, for what refers to them. */
type Renumbering = {
  layers: Map<string, string>;
  versions: Map<string, Map<string, string>>;
};

function versionOf(renumbering: Renumbering, functionName: string, version: string): string {
  return renumbering.versions.get(functionName)?.get(version) ?? version;
}

function layerArnOf(renumbering: Renumbering): (arn: string) => string {
  return (arn) => renumbering.layers.get(arn) ?? arn;
}

async function restoreLayerVersion(lambda: Lambda.LambdaClient, renumbering: Renumbering, l: LayerVersionData, record: PodRecord): Promise<void> {
  const listed = await collect(Lambda.paginateListLayerVersions({ client: lambda }, { LayerName: l.layerName }), (p) => p.LayerVersions);
  const same = listed.find((v) => v.Version === l.version);
  if (same) {
    const got = await lambda.send(new Lambda.GetLayerVersionCommand({ LayerName: l.layerName, VersionNumber: l.version }));
    if (got.Content?.CodeSha256 === l.codeSha256) {
      renumbering.layers.set(l.arn, got.LayerVersionArn!);
      await replaceLayerPermissions(lambda, l.layerName, l.version, l.permissions ?? []);
      return;
    }
  }
  const published = await lambda.send(
    new Lambda.PublishLayerVersionCommand({
      LayerName: l.layerName,
      Description: l.description,
      Content: { ZipFile: await zipOf(record) },
      CompatibleRuntimes: l.compatibleRuntimes as Lambda.Runtime[] | undefined,
      CompatibleArchitectures: l.compatibleArchitectures as Lambda.Architecture[] | undefined,
      LicenseInfo: l.licenseInfo,
    }),
  );
  renumbering.layers.set(l.arn, published.LayerVersionArn!);
  await replaceLayerPermissions(lambda, l.layerName, published.Version!, l.permissions ?? []);
}

async function restoreVersion(
  lambda: Lambda.LambdaClient,
  network: Network,
  renumbering: Renumbering,
  v: VersionData,
  record: PodRecord,
): Promise<void> {
  const FunctionName = v.functionName;
  const numbers = renumbering.versions.get(FunctionName) ?? new Map<string, string>();
  renumbering.versions.set(FunctionName, numbers);
  if (await existing(lambda, FunctionName)) {
    // Publishing again what the function holds already would only add a duplicate version.
    const published = await collect(Lambda.paginateListVersionsByFunction({ client: lambda }, { FunctionName }), (p) => p.Versions);
    const same = published.find((p) => p.Version === v.version);
    if (same && v.codeSha256 && same.CodeSha256 === v.codeSha256) {
      numbers.set(v.version, v.version);
      await replacePermissions(lambda, FunctionName, v.permissions ?? [], v.version);
      return;
    }
  }
  await putLatest(lambda, record, FunctionName, { config: v.config, code: v, layerArn: layerArnOf(renumbering), network });
  const published = await lambda.send(new Lambda.PublishVersionCommand({ FunctionName, Description: v.versionDescription }));
  numbers.set(v.version, published.Version!);
  await replacePermissions(lambda, FunctionName, v.permissions ?? [], published.Version!);
}

async function restoreFunction(
  lambda: Lambda.LambdaClient,
  network: Network,
  renumbering: Renumbering,
  f: FunctionData,
  record: PodRecord,
): Promise<void> {
  const latest = { config: f.config, code: f, tags: f.tags, layerArn: layerArnOf(renumbering), network };
  const outcome = await putLatest(lambda, record, f.name, latest);
  const { Configuration, Tags } = (await existing(lambda, f.name))!;
  if (outcome === 'updated') {
    const Resource = Configuration!.FunctionArn!;
    await replaceTags(Object.keys(Tags ?? {}), Object.keys(f.tags ?? {}), {
      untag: (TagKeys) => lambda.send(new Lambda.UntagResourceCommand({ Resource, TagKeys })),
      tag: () => lambda.send(new Lambda.TagResourceCommand({ Resource, Tags: f.tags })),
    });
  }
  await replacePermissions(lambda, f.name, f.permissions ?? []);
  await putReservedConcurrency(lambda, f.name, f.reservedConcurrency);
  await putQualifiedSettings(lambda, f.name, f);
}

async function restoreAlias(lambda: Lambda.LambdaClient, renumbering: Renumbering, a: AliasData): Promise<void> {
  const weights = a.weights
    ? Object.fromEntries(Object.entries(a.weights).map(([v, w]) => [versionOf(renumbering, a.functionName, v), w]))
    : undefined;
  const current = await unlessMissing(lambda.send(new Lambda.GetAliasCommand({ FunctionName: a.functionName, Name: a.name })));
  // Routing is sent only to set weights or clear them: moto keeps an empty one, which Terraform reads as a block.
  const routed = weights || Object.keys(current?.RoutingConfig?.AdditionalVersionWeights ?? {}).length > 0;
  const input = {
    FunctionName: a.functionName,
    Name: a.name,
    FunctionVersion: versionOf(renumbering, a.functionName, a.functionVersion),
    Description: a.description ?? '',
    RoutingConfig: routed ? { AdditionalVersionWeights: weights ?? {} } : undefined,
  };
  if (current) await lambda.send(new Lambda.UpdateAliasCommand(input));
  else await lambda.send(new Lambda.CreateAliasCommand(input));
  await replacePermissions(lambda, a.functionName, a.permissions ?? [], a.name);
  await putQualifiedSettings(lambda, a.functionName, a, a.name);
}

async function restoreEventSourceMapping(
  context: ServiceContext,
  region: string,
  renumbering: Renumbering,
  m: EventSourceMappingData,
): Promise<void> {
  const lambda = client(context, region);
  const qualifier = m.qualifier ? versionOf(renumbering, m.functionName, m.qualifier) : undefined;
  const FunctionName = qualifier ? `${m.functionName}:${qualifier}` : m.functionName;
  const EventSourceArn = await currentSource(context, region, m.eventSourceArn);
  const current = await collect(
    Lambda.paginateListEventSourceMappings({ client: lambda }, { FunctionName, EventSourceArn }),
    (p) => p.EventSourceMappings,
  );
  // Disabled while the load runs: an enabled mapping would invoke the function with the
  // messages and records the load restores into its source. Enabled last, as saved.
  const settings = {
    BatchSize: m.batchSize,
    Enabled: false,
    MaximumBatchingWindowInSeconds: m.maximumBatchingWindowInSeconds,
    ...mappingInput(m),
  };
  const same = current.find((c) => c.EventSourceArn === EventSourceArn && c.FunctionArn?.endsWith(`:function:${FunctionName}`));
  const UUID = same
    ? (await lambda.send(new Lambda.UpdateEventSourceMappingCommand({ UUID: same.UUID!, FunctionName, ...settings }))).UUID
    : (
        await lambda.send(
          new Lambda.CreateEventSourceMappingCommand({
            FunctionName,
            EventSourceArn,
            StartingPosition: m.startingPosition as Lambda.EventSourcePosition | undefined,
            ...settings,
          }),
        )
      ).UUID;
  if (m.enabled) {
    context.afterRestore(`event source mapping ${FunctionName} ${EventSourceArn}`, () =>
      lambda.send(new Lambda.UpdateEventSourceMappingCommand({ UUID, Enabled: true })),
    );
  }
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const lambda = client(context, region);
  const renumbering: Renumbering = { layers: new Map(), versions: new Map() };
  const network = new Network(context, region);
  // One at a time, in capture order: versions are published in order, so numbers match where they can.
  await restoreRecords(
    context,
    records,
    1,
    on(LAYER_VERSION, (l, record) => restoreLayerVersion(lambda, renumbering, l, record)),
    on(VERSION, (v, record) => restoreVersion(lambda, network, renumbering, v, record)),
    on(FUNCTION, (f, record) => restoreFunction(lambda, network, renumbering, f, record)),
    on(ALIAS, (a) => restoreAlias(lambda, renumbering, a)),
    on(EVENT_SOURCE_MAPPING, (m) => restoreEventSourceMapping(context, region, renumbering, m)),
  );
}

/** Lambda: layers, functions (configuration, code, tags, permissions), versions, aliases, event source mappings. */
export const lambda: ServiceModule = {
  name: 'lambda',
  // Functions run under roles, read event sources, and sit in subnets and security groups.
  dependsOn: ['iam', 's3', 'sqs', 'kinesis', 'dynamodb', 'ec2'],
  capture,
  regionsWithState,
  clear,
  restore,
  requests: { deliversTo: ['*'] },
};
