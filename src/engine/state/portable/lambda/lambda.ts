import {
  AddPermissionCommand,
  CreateAliasCommand,
  CreateEventSourceMappingCommand,
  CreateFunctionCommand,
  DeleteEventSourceMappingCommand,
  DeleteFunctionCommand,
  DeleteLayerVersionCommand,
  GetAliasCommand,
  GetFunctionCommand,
  GetLayerVersionCommand,
  GetPolicyCommand,
  LambdaClient,
  ListFunctionsCommand,
  ListLayersCommand,
  PublishLayerVersionCommand,
  PublishVersionCommand,
  RemovePermissionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
  UpdateEventSourceMappingCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  paginateListAliases,
  paginateListEventSourceMappings,
  paginateListFunctions,
  paginateListLayerVersions,
  paginateListLayers,
  paginateListVersionsByFunction,
  waitUntilFunctionActiveV2,
  waitUntilFunctionUpdatedV2,
  type Architecture,
  type EventSourcePosition,
  type FunctionCode,
  type FunctionConfiguration,
  type FunctionUrlAuthType,
  type PackageType,
  type Runtime,
  type TracingMode,
} from '@aws-sdk/client-lambda';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { mapOrdered } from '../../../util/concurrency.js';
import type { CapturedPayload, CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { unlessMissing } from '../kit/errors.js';
import { probeRegions } from '../kit/regions.js';

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
const PLACEHOLDER_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

const NOT_FOUND = ['ResourceNotFoundException'];

/** Why a record has no payload: the emulator answered no code at the location it gave. */
const CODE_UNAVAILABLE = 'unavailable';

interface FunctionConfig {
  packageType?: string;
  runtime?: string;
  handler?: string;
  role: string;
  memorySize?: number;
  timeout?: number;
  description?: string;
  environment?: Record<string, string>;
  architectures?: string[];
  layers?: string[];
  ephemeralStorage?: number;
  tracingMode?: string;
}

interface CodeData {
  codeSha256?: string;
  imageUri?: string;
  /** Set when the code could not be read: the payload is missing on purpose. */
  code?: typeof CODE_UNAVAILABLE;
}

interface Permission {
  sid: string;
  action: string;
  principal: string;
  sourceArn?: string;
  sourceAccount?: string;
  principalOrgId?: string;
  eventSourceToken?: string;
  functionUrlAuthType?: string;
}

interface FunctionData extends CodeData {
  name: string;
  config: FunctionConfig;
  tags?: Record<string, string>;
  permissions?: Permission[];
}

interface VersionData extends CodeData {
  functionName: string;
  version: string;
  /** The version's own description (PublishVersion's), which may differ from the config's. */
  versionDescription?: string;
  config: FunctionConfig;
}

interface LayerVersionData extends CodeData {
  layerName: string;
  version: number;
  arn: string;
  description?: string;
  compatibleRuntimes?: string[];
  compatibleArchitectures?: string[];
  licenseInfo?: string;
}

interface AliasData {
  functionName: string;
  name: string;
  functionVersion: string;
  description?: string;
  weights?: Record<string, number>;
}

interface EventSourceMappingData {
  functionName: string;
  /** The alias or version the mapping invokes, when not `$LATEST`. */
  qualifier?: string;
  eventSourceArn: string;
  batchSize?: number;
  enabled: boolean;
  startingPosition?: string;
  maximumBatchingWindowInSeconds?: number;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord<V>(record: Record<string, V> | undefined): Record<string, V> | undefined {
  if (!record || Object.keys(record).length === 0) return undefined;
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compare(a, b)));
}

function nonEmpty<T>(values: T[] | undefined): T[] | undefined {
  return values && values.length > 0 ? values : undefined;
}

async function collect<P, T>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...(items(page) ?? []));
  return all;
}

function functionConfig(c: FunctionConfiguration): FunctionConfig {
  return {
    packageType: c.PackageType === 'Image' ? 'Image' : undefined,
    runtime: c.Runtime,
    handler: c.Handler,
    role: c.Role!,
    memorySize: c.MemorySize,
    timeout: c.Timeout,
    description: c.Description || undefined,
    environment: sortedRecord(c.Environment?.Variables),
    architectures: nonEmpty(c.Architectures),
    layers: nonEmpty((c.Layers ?? []).map((l) => l.Arn!)),
    ephemeralStorage: c.EphemeralStorage?.Size,
    tracingMode: c.TracingConfig?.Mode,
  };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64');
}

/** The bucket and key a code location names, virtual-hosted (`bucket.s3…`) or path-style. */
function s3Object(url: URL): { Bucket: string; Key: string } | undefined {
  const virtualHost = /^(.+)\.s3[.-](?:[a-z0-9-]+\.)?amazonaws\.com$/.exec(url.hostname);
  const path = virtualHost ? `${virtualHost[1]}${url.pathname}` : url.pathname.slice(1);
  const slash = path.indexOf('/');
  if (slash <= 0 || slash === path.length - 1) return undefined;
  return { Bucket: path.slice(0, slash), Key: decodeURIComponent(path.slice(slash + 1)) };
}

/**
 * Reads function and layer code from the location Lambda gives. When that address cannot serve
 * it (an unresolvable emulator host name, or a real-AWS host an emulator only names), the same
 * bucket and key are read from the instance's own S3.
 */
function codeReader(context: ServiceContext, region: string) {
  let s3: S3Client | undefined;
  const fromAddress = async (url: URL): Promise<Buffer | undefined> => {
    // An emulator's capture must never reach out to real AWS.
    if (context.target.brand !== 'aws' && url.hostname.endsWith('.amazonaws.com')) return undefined;
    const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    return response.ok ? Buffer.from(await response.arrayBuffer()) : undefined;
  };
  const fromInstance = async (url: URL): Promise<Buffer | undefined> => {
    const object = s3Object(url);
    if (!object || context.target.brand === 'aws') return undefined;
    s3 ??= new S3Client({
      ...context.config(region),
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    const got = await s3.send(new GetObjectCommand(object), { abortSignal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    return Buffer.from(await got.Body!.transformToByteArray());
  };
  return {
    /** The code at `location` whose SHA-256 is `expected`, or undefined when none is served. */
    async read(location: string | undefined, expected: string | undefined): Promise<Buffer | undefined> {
      let url: URL;
      try {
        url = new URL(location ?? '');
      } catch {
        return undefined;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
      for (const source of [fromAddress, fromInstance]) {
        try {
          const bytes = await source(url);
          if (bytes && (!expected || sha256(bytes) === expected)) return bytes;
        } catch {
          // Unreachable, refused or timed out: the next source may serve it.
        }
      }
      return undefined;
    },
    destroy(): void {
      s3?.destroy();
    },
  };
}

type CodeReader = ReturnType<typeof codeReader>;

function payloadOf(bytes: Buffer): CapturedPayload {
  return { size: bytes.length, open: async () => Readable.from([bytes]) };
}

/** The code of one function version as record fields and payload, with what GetFunction says. */
async function functionCode(code: CodeReader, lambda: LambdaClient, FunctionName: string, Qualifier?: string) {
  const got = await lambda.send(new GetFunctionCommand({ FunctionName, Qualifier }));
  const configuration = got.Configuration!;
  if (configuration.PackageType === 'Image') return { got, code: { imageUri: got.Code?.ImageUri } as CodeData };
  const codeSha256 = configuration.CodeSha256;
  const bytes = await code.read(got.Code?.Location, codeSha256);
  if (!bytes) return { got, code: { codeSha256, code: CODE_UNAVAILABLE } as CodeData };
  return { got, code: { codeSha256 } as CodeData, payload: payloadOf(bytes) };
}

function permissionOf(statement: Record<string, unknown>): Permission {
  const principal = statement.Principal as string | { Service?: string; AWS?: string };
  const condition = (statement.Condition ?? {}) as Record<string, Record<string, string>>;
  const equals = condition.StringEquals ?? {};
  return {
    sid: statement.Sid as string,
    action: Array.isArray(statement.Action) ? (statement.Action as string[])[0]! : (statement.Action as string),
    principal: typeof principal === 'string' ? principal : (principal.Service ?? principal.AWS ?? '*'),
    sourceArn: condition.ArnLike?.['AWS:SourceArn'],
    sourceAccount: equals['AWS:SourceAccount'],
    principalOrgId: equals['aws:PrincipalOrgID'],
    eventSourceToken: equals['lambda:EventSourceToken'],
    functionUrlAuthType: equals['lambda:FunctionUrlAuthType'],
  };
}

async function permissions(lambda: LambdaClient, FunctionName: string): Promise<Permission[]> {
  const got = await unlessMissing(lambda.send(new GetPolicyCommand({ FunctionName })), NOT_FOUND);
  if (!got?.Policy) return [];
  const statements = (JSON.parse(got.Policy) as { Statement?: Record<string, unknown>[] }).Statement ?? [];
  return statements.map(permissionOf).sort((a, b) => compare(a.sid, b.sid));
}

/** A function's published versions, oldest first, each with its own code. */
async function captureVersions(code: CodeReader, lambda: LambdaClient, region: string, name: string) {
  const listed = await collect(paginateListVersionsByFunction({ client: lambda }, { FunctionName: name }), (p) => p.Versions);
  const published = listed.filter((v) => v.Version !== '$LATEST').sort((a, b) => Number(a.Version) - Number(b.Version));
  const records: CapturedRecord[] = [];
  for (const v of published) {
    const read = await functionCode(code, lambda, name, v.Version);
    const data: VersionData = {
      functionName: name,
      version: v.Version!,
      versionDescription: v.Description || undefined,
      config: functionConfig(v),
      ...read.code,
    };
    const id = `${name}:${v.Version}`;
    records.push({ region, type: 'version', id, data: data as unknown as Record<string, unknown>, payload: read.payload });
  }
  return records;
}

async function captureLatest(code: CodeReader, lambda: LambdaClient, region: string, name: string) {
  const [read, policy] = await Promise.all([functionCode(code, lambda, name), permissions(lambda, name)]);
  const data: FunctionData = {
    name,
    config: functionConfig(read.got.Configuration!),
    tags: sortedRecord(read.got.Tags),
    permissions: nonEmpty(policy),
    ...read.code,
  };
  return [{ region, type: 'function', id: name, data: data as unknown as Record<string, unknown>, payload: read.payload }];
}

async function captureAliases(lambda: LambdaClient, region: string, name: string): Promise<CapturedRecord[]> {
  const aliases = await collect(paginateListAliases({ client: lambda }, { FunctionName: name }), (p) => p.Aliases);
  return aliases
    .sort((a, b) => compare(a.Name!, b.Name!))
    .map((a): CapturedRecord => {
      const data: AliasData = {
        functionName: name,
        name: a.Name!,
        functionVersion: a.FunctionVersion!,
        description: a.Description || undefined,
        weights: sortedRecord(a.RoutingConfig?.AdditionalVersionWeights),
      };
      return { region, type: 'alias', id: `${name}:${a.Name}`, data: data as unknown as Record<string, unknown> };
    });
}

async function captureLayerVersions(
  code: CodeReader,
  lambda: LambdaClient,
  region: string,
  LayerName: string,
): Promise<CapturedRecord[]> {
  const listed = await collect(paginateListLayerVersions({ client: lambda }, { LayerName }), (p) => p.LayerVersions);
  const records: CapturedRecord[] = [];
  for (const listedVersion of listed.sort((a, b) => a.Version! - b.Version!)) {
    const v = await lambda.send(new GetLayerVersionCommand({ LayerName, VersionNumber: listedVersion.Version }));
    const codeSha256 = v.Content?.CodeSha256;
    const bytes = await code.read(v.Content?.Location, codeSha256);
    const data: LayerVersionData = {
      layerName: LayerName,
      version: v.Version!,
      arn: v.LayerVersionArn!,
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
      data: data as unknown as Record<string, unknown>,
      payload: bytes ? payloadOf(bytes) : undefined,
    });
  }
  return records;
}

function eventSourceMappingOf(m: {
  FunctionArn?: string;
  EventSourceArn?: string;
  BatchSize?: number;
  State?: string;
  StartingPosition?: string;
  MaximumBatchingWindowInSeconds?: number;
}): EventSourceMappingData {
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
  };
}

function mappingId(m: EventSourceMappingData): string {
  return `${m.functionName}${m.qualifier ? `:${m.qualifier}` : ''} ${m.eventSourceArn}`;
}

/** Says so when a version's code could not be read: the pod then holds its configuration only. */
function noteMissingCode(context: ServiceContext, record: CapturedRecord): void {
  if ((record.data as { code?: string }).code === CODE_UNAVAILABLE) {
    context.warn(
      `${record.type} ${record.id}`,
      'the emulator does not serve its code (moto does not); the pod keeps its configuration, and a load gives it an empty placeholder package',
    );
  }
}

async function* capture(context: ServiceContext, regions: readonly string[]): AsyncGenerator<CapturedRecord> {
  for (const region of regions) {
    const lambda = new LambdaClient(context.config(region));
    const code = codeReader(context, region);
    try {
      const layers = await collect(paginateListLayers({ client: lambda }, {}), (p) => p.Layers);
      const layerNames = layers.map((l) => l.LayerName!).sort(compare);
      for await (const records of mapOrdered(layerNames, CODE_CONCURRENCY, (name) =>
        captureLayerVersions(code, lambda, region, name),
      )) {
        for (const record of records) {
          noteMissingCode(context, record);
          yield record;
          context.progress(`lambda layer ${record.id}`);
        }
      }
      const functions = await collect(paginateListFunctions({ client: lambda }, {}), (p) => p.Functions);
      const names = functions.map((f) => f.FunctionName!).sort(compare);
      // Layers come before the functions using them, published versions before `$LATEST` (publishing
      // rewrites `$LATEST`), aliases after the versions they point at. One pass per type keeps that
      // order while only a few functions' code is held at once.
      const passes = [
        (name: string) => captureVersions(code, lambda, region, name),
        (name: string) => captureLatest(code, lambda, region, name),
        (name: string) => captureAliases(lambda, region, name),
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
        yield { region, type: 'event-source-mapping', id: mappingId(m), data: m as unknown as Record<string, unknown> };
        context.progress(`lambda event source mapping ${mappingId(m)}`);
      }
    } finally {
      code.destroy();
      lambda.destroy();
    }
  }
}

async function hasState(context: ServiceContext, region: string): Promise<boolean> {
  const lambda = new LambdaClient(context.config(region));
  try {
    const [functions, layers] = await Promise.all([
      lambda.send(new ListFunctionsCommand({ MaxItems: 1 })),
      lambda.send(new ListLayersCommand({ MaxItems: 1 })),
    ]);
    return (functions.Functions ?? []).length > 0 || (layers.Layers ?? []).length > 0;
  } finally {
    lambda.destroy();
  }
}

function regionsWithState(context: ServiceContext): Promise<string[]> {
  return probeRegions(context, hasState);
}

async function clear(context: ServiceContext, region: string): Promise<void> {
  const lambda = new LambdaClient(context.config(region));
  try {
    const mappings = await collect(paginateListEventSourceMappings({ client: lambda }, {}), (p) => p.EventSourceMappings);
    for (const m of mappings) {
      await unlessMissing(lambda.send(new DeleteEventSourceMappingCommand({ UUID: m.UUID! })), NOT_FOUND);
    }
    for (const f of await collect(paginateListFunctions({ client: lambda }, {}), (p) => p.Functions)) {
      await unlessMissing(lambda.send(new DeleteFunctionCommand({ FunctionName: f.FunctionName! })), NOT_FOUND);
    }
    for (const layer of await collect(paginateListLayers({ client: lambda }, {}), (p) => p.Layers)) {
      const LayerName = layer.LayerName!;
      for (const v of await collect(paginateListLayerVersions({ client: lambda }, { LayerName }), (p) => p.LayerVersions)) {
        await unlessMissing(lambda.send(new DeleteLayerVersionCommand({ LayerName, VersionNumber: v.Version! })), NOT_FOUND);
      }
    }
  } finally {
    lambda.destroy();
  }
}

/** Version numbers and layer ARNs as they came out on this instance, for what refers to them. */
interface Renumbering {
  layers: Map<string, string>;
  versions: Map<string, Map<string, string>>;
}

function versionOf(renumbering: Renumbering, functionName: string, version: string): string {
  return renumbering.versions.get(functionName)?.get(version) ?? version;
}

async function codeOf(record: PodRecord, code: CodeData): Promise<FunctionCode> {
  if (code.imageUri) return { ImageUri: code.imageUri };
  return { ZipFile: record.payload ? await buffer(await record.payload.open()) : PLACEHOLDER_ZIP };
}

function configInput(config: FunctionConfig, renumbering: Renumbering) {
  return {
    Runtime: config.runtime as Runtime | undefined,
    Handler: config.handler,
    Role: config.role,
    MemorySize: config.memorySize,
    Timeout: config.timeout,
    Description: config.description ?? '',
    Environment: { Variables: config.environment ?? {} },
    Layers: (config.layers ?? []).map((arn) => renumbering.layers.get(arn) ?? arn),
    EphemeralStorage: config.ephemeralStorage ? { Size: config.ephemeralStorage } : undefined,
    TracingConfig: config.tracingMode ? { Mode: config.tracingMode as TracingMode } : undefined,
  };
}

/**
 * Waits for a function to be created or updated. A waiter that gives up reports the whole last
 * response; the function's state and reason say what went wrong in one line.
 */
async function waitFor(lambda: LambdaClient, FunctionName: string, what: 'active' | 'updated'): Promise<void> {
  const waiter = what === 'active' ? waitUntilFunctionActiveV2 : waitUntilFunctionUpdatedV2;
  try {
    await waiter({ client: lambda, maxWaitTime: SETTLE_SECONDS }, { FunctionName });
  } catch (error) {
    const got = await lambda.send(new GetFunctionCommand({ FunctionName })).catch(() => undefined);
    const c = got?.Configuration;
    if (!c) throw error;
    const state = what === 'active' ? `${c.State}: ${c.StateReason ?? ''}` : `${c.LastUpdateStatus}: ${c.LastUpdateStatusReason ?? ''}`;
    throw new Error(`the function did not become ${what} (${state.trim()})`);
  }
}

async function settle(lambda: LambdaClient, FunctionName: string): Promise<void> {
  await waitFor(lambda, FunctionName, 'updated');
}

async function existing(lambda: LambdaClient, FunctionName: string) {
  return unlessMissing(lambda.send(new GetFunctionCommand({ FunctionName })), NOT_FOUND);
}

/**
 * Makes the function's `$LATEST` carry `config` and the record's code: created when missing,
 * updated otherwise. A record without code leaves the code of an existing function alone.
 */
async function putLatest(
  lambda: LambdaClient,
  record: PodRecord,
  FunctionName: string,
  config: FunctionConfig,
  code: CodeData,
  renumbering: Renumbering,
  tags?: Record<string, string>,
): Promise<'created' | 'updated'> {
  if (!(await existing(lambda, FunctionName))) {
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName,
        ...configInput(config, renumbering),
        PackageType: (config.packageType as PackageType | undefined) ?? 'Zip',
        Architectures: config.architectures as Architecture[] | undefined,
        Code: await codeOf(record, code),
        Tags: tags,
      }),
    );
    await waitFor(lambda, FunctionName, 'active');
    return 'created';
  }
  await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName, ...configInput(config, renumbering) }));
  await settle(lambda, FunctionName);
  if (code.imageUri || record.payload) {
    const update = await codeOf(record, code);
    await lambda.send(
      new UpdateFunctionCodeCommand({
        FunctionName,
        ...update,
        Architectures: config.architectures as Architecture[] | undefined,
      }),
    );
    await settle(lambda, FunctionName);
  }
  return 'updated';
}

async function restoreLayerVersion(lambda: LambdaClient, record: PodRecord, renumbering: Renumbering): Promise<void> {
  const l = record.data as unknown as LayerVersionData;
  const listed = await collect(paginateListLayerVersions({ client: lambda }, { LayerName: l.layerName }), (p) => p.LayerVersions);
  const same = listed.find((v) => v.Version === l.version);
  if (same) {
    const got = await lambda.send(new GetLayerVersionCommand({ LayerName: l.layerName, VersionNumber: l.version }));
    if (got.Content?.CodeSha256 === l.codeSha256) {
      renumbering.layers.set(l.arn, got.LayerVersionArn!);
      return;
    }
  }
  const published = await lambda.send(
    new PublishLayerVersionCommand({
      LayerName: l.layerName,
      Description: l.description,
      Content: { ZipFile: record.payload ? await buffer(await record.payload.open()) : PLACEHOLDER_ZIP },
      CompatibleRuntimes: l.compatibleRuntimes as Runtime[] | undefined,
      CompatibleArchitectures: l.compatibleArchitectures as Architecture[] | undefined,
      LicenseInfo: l.licenseInfo,
    }),
  );
  renumbering.layers.set(l.arn, published.LayerVersionArn!);
}

async function restoreVersion(lambda: LambdaClient, record: PodRecord, renumbering: Renumbering): Promise<void> {
  const v = record.data as unknown as VersionData;
  const FunctionName = v.functionName;
  const numbers = renumbering.versions.get(FunctionName) ?? new Map<string, string>();
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
  numbers.set(v.version, published.Version!);
}

/** Makes the function's resource policy exactly the pod's statements. */
async function syncPermissions(lambda: LambdaClient, FunctionName: string, wanted: Permission[]): Promise<void> {
  for (const current of await permissions(lambda, FunctionName)) {
    await unlessMissing(lambda.send(new RemovePermissionCommand({ FunctionName, StatementId: current.sid })), NOT_FOUND);
  }
  for (const p of wanted) {
    await lambda.send(
      new AddPermissionCommand({
        FunctionName,
        StatementId: p.sid,
        Action: p.action,
        Principal: p.principal,
        SourceArn: p.sourceArn,
        SourceAccount: p.sourceAccount,
        PrincipalOrgID: p.principalOrgId,
        EventSourceToken: p.eventSourceToken,
        FunctionUrlAuthType: p.functionUrlAuthType as FunctionUrlAuthType | undefined,
      }),
    );
  }
}

async function restoreFunction(lambda: LambdaClient, record: PodRecord, renumbering: Renumbering): Promise<void> {
  const f = record.data as unknown as FunctionData;
  const outcome = await putLatest(lambda, record, f.name, f.config, f, renumbering, f.tags);
  const { Configuration, Tags } = (await existing(lambda, f.name))!;
  if (outcome === 'updated') {
    const Resource = Configuration!.FunctionArn!;
    const stale = Object.keys(Tags ?? {}).filter((k) => !(k in (f.tags ?? {})));
    if (stale.length > 0) await lambda.send(new UntagResourceCommand({ Resource, TagKeys: stale }));
    if (f.tags) await lambda.send(new TagResourceCommand({ Resource, Tags: f.tags }));
  }
  await syncPermissions(lambda, f.name, f.permissions ?? []);
}

async function restoreAlias(lambda: LambdaClient, record: PodRecord, renumbering: Renumbering): Promise<void> {
  const a = record.data as unknown as AliasData;
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
  if (current) await lambda.send(new UpdateAliasCommand(input));
  else await lambda.send(new CreateAliasCommand(input));
}

async function restoreEventSourceMapping(lambda: LambdaClient, record: PodRecord, renumbering: Renumbering): Promise<void> {
  const m = record.data as unknown as EventSourceMappingData;
  const qualifier = m.qualifier ? versionOf(renumbering, m.functionName, m.qualifier) : undefined;
  const FunctionName = qualifier ? `${m.functionName}:${qualifier}` : m.functionName;
  const current = await collect(
    paginateListEventSourceMappings({ client: lambda }, { FunctionName, EventSourceArn: m.eventSourceArn }),
    (p) => p.EventSourceMappings,
  );
  const settings = {
    BatchSize: m.batchSize,
    Enabled: m.enabled,
    MaximumBatchingWindowInSeconds: m.maximumBatchingWindowInSeconds,
  };
  const same = current.find((c) => c.EventSourceArn === m.eventSourceArn && c.FunctionArn?.endsWith(`:function:${FunctionName}`));
  if (same) {
    await lambda.send(new UpdateEventSourceMappingCommand({ UUID: same.UUID!, FunctionName, ...settings }));
    return;
  }
  await lambda.send(
    new CreateEventSourceMappingCommand({
      FunctionName,
      EventSourceArn: m.eventSourceArn,
      StartingPosition: m.startingPosition as EventSourcePosition | undefined,
      ...settings,
    }),
  );
}

const RESTORE: Record<string, (lambda: LambdaClient, record: PodRecord, renumbering: Renumbering) => Promise<void>> = {
  'layer-version': restoreLayerVersion,
  version: restoreVersion,
  function: restoreFunction,
  alias: restoreAlias,
  'event-source-mapping': restoreEventSourceMapping,
};

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const lambda = new LambdaClient(context.config(region));
  const renumbering: Renumbering = { layers: new Map(), versions: new Map() };
  try {
    // One at a time, in capture order: versions are published in order, so numbers match where they can.
    for await (const record of records) {
      try {
        const restoreRecord = RESTORE[record.type];
        if (!restoreRecord) throw new Error(`Unknown Lambda record type "${record.type}"`);
        await restoreRecord(lambda, record, renumbering);
        context.progress(`lambda ${record.type} ${record.id}`);
      } catch (error) {
        context.fail(`${record.type} ${record.id}`, error);
      }
    }
  } finally {
    lambda.destroy();
  }
}

/** Lambda: layers, functions (configuration, code, tags, permissions), versions, aliases, event source mappings. */
export const lambda: ServiceModule = {
  name: 'lambda',
  dependsOn: ['iam', 's3', 'sqs', 'kinesis', 'dynamodb'],
  capture,
  regionsWithState,
  clear,
  restore,
  requests: { deliversTo: ['*'] },
};
