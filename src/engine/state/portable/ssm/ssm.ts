import * as SSM from '@aws-sdk/client-ssm';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import { byGroup, type ServiceContext, type ServiceModule, type WriteRequest } from '../../module.js';
import { captureDocument, deleteDocument, DOCUMENT, documentNames, restoreDocument } from './documents.js';
import { captureWindows, deleteWindow, MAINTENANCE_WINDOWS, restoreWindow, WINDOW, windowIds } from './windows.js';
import {
  chunks,
  clientOf,
  collect,
  createOrUpdate,
  eachRegion,
  nonEmpty,
  on,
  recordKind,
  regionsWhere,
  replaceTags,
  restoreRecords,
  sortBy,
  sortedTags,
  unlessMissing,
} from '../kit/index.js';

const client = clientOf(SSM.SSMClient);

/** DeleteParameters takes at most this many names. */
const BATCH = 10;
/** Parameters read, or written, at once. */
const CONCURRENCY = 4;
/** The key SSM encrypts a SecureString with when none is named. */
const DEFAULT_KEY = 'alias/aws/ssm';

/** One version of a parameter: what its PutParameter set, and the labels it bears. */
type VersionData = {
  type: string;
  /** Decrypted, for a SecureString. */
  value: string;
  description?: string;
  keyId?: string;
  allowedPattern?: string;
  tier?: string;
  dataType?: string;
  /** Each policy's JSON text. */
  policies?: string[];
  /** Sorted. */
  labels?: string[];
};

type NumberedVersion = VersionData & { version: number };

/** A parameter as its current version, with the versions before it. */
type ParameterData = VersionData & {
  name: string;
  tags?: SSM.Tag[];
  /** The current version's number; absent for 1, and in pods saved before versions were kept. */
  version?: number;
  /** The versions SSM keeps before the current one, oldest first; absent when there are none, and in those pods. */
  history?: NumberedVersion[];
};

const PARAMETER = recordKind<ParameterData>('parameter');

/** `/aws/…` names are public parameters AWS (and the emulators) publish; nobody can write them. */
function isPublic(name: string): boolean {
  return name.startsWith('/aws/');
}

async function parameters(ssm: SSM.SSMClient): Promise<SSM.ParameterMetadata[]> {
  const found: SSM.ParameterMetadata[] = [];
  for await (const page of SSM.paginateDescribeParameters({ client: ssm }, { MaxResults: 50 })) {
    for (const p of page.Parameters ?? []) if (!isPublic(p.Name!)) found.push(p);
  }
  return sortBy(found, (p) => p.Name!);
}

async function tagsOf(ssm: SSM.SSMClient, name: string): Promise<SSM.Tag[]> {
  return (await ssm.send(new SSM.ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: name }))).TagList ?? [];
}

/** Moto answers a policy's text as a JSON object where AWS answers a string. */
function policyText(text: unknown): string {
  return typeof text === 'string' ? text : JSON.stringify(text);
}

function versionData(v: SSM.ParameterHistory): NumberedVersion {
  const policies = (v.Policies ?? []).map((policy) => policyText(policy.PolicyText));
  return {
    version: v.Version!,
    type: v.Type!,
    value: v.Value!,
    description: v.Description || undefined,
    keyId: v.Type === 'SecureString' && v.KeyId !== DEFAULT_KEY ? v.KeyId : undefined,
    allowedPattern: v.AllowedPattern || undefined,
    tier: v.Tier,
    dataType: v.DataType,
    policies: policies.length > 0 ? policies : undefined,
    labels: nonEmpty(v.Labels)?.sort(),
  };
}

/** Every version SSM keeps of a parameter, decrypted, oldest first; undefined for one deleted since it was listed. */
async function historyOf(ssm: SSM.SSMClient, Name: string): Promise<NumberedVersion[] | undefined> {
  const pages = SSM.paginateGetParameterHistory({ client: ssm }, { Name, WithDecryption: true, MaxResults: 50 });
  const versions = await unlessMissing(collect(pages, (page) => page.Parameters));
  return versions?.map(versionData).sort((a, b) => a.version - b.version);
}

async function captureParameter(ssm: SSM.SSMClient, name: string): Promise<ParameterData | undefined> {
  const [versions, tags] = await Promise.all([historyOf(ssm, name), tagsOf(ssm, name)]);
  if (!versions?.length) return undefined;
  const { version, ...current } = versions.at(-1)!;
  return {
    name,
    ...current,
    tags: sortedTags(tags, (t) => t.Key!),
    version: version > 1 ? version : undefined,
    history: nonEmpty(versions.slice(0, -1)),
  };
}

const capture = eachRegion(async function* (context, region) {
  const ssm = client(context, region);
  const names = (await parameters(ssm)).map((p) => p.Name!);
  for await (const p of mapOrdered(names, CONCURRENCY, (name) => captureParameter(ssm, name))) {
    if (p) yield PARAMETER.record(region, p.name, p);
  }
  for await (const d of mapOrdered(await documentNames(ssm), CONCURRENCY, (name) => captureDocument(ssm, name))) {
    if (d) yield DOCUMENT.record(region, d.name, d);
  }
  yield* captureWindows(context, ssm, region);
});

const regionsWithState = regionsWhere(async (context, region) => {
  const ssm = client(context, region);
  let NextToken: string | undefined;
  do {
    const page = await ssm.send(new SSM.DescribeParametersCommand({ MaxResults: 50, NextToken }));
    if ((page.Parameters ?? []).some((p) => !isPublic(p.Name!))) return true;
    NextToken = page.NextToken;
  } while (NextToken);
  return (await documentNames(ssm)).length > 0 || (await windowIds(ssm)).length > 0;
});

/** Deletes the parameters, documents and maintenance windows of one region, or those of them in the groups `only` names. */
async function clear(context: ServiceContext, region: string, only?: ReadonlySet<string>): Promise<void> {
  const ssm = client(context, region);
  const wanted = (name: string) => !only || only.has(name);
  const names = (await parameters(ssm)).map((p) => p.Name!).filter(wanted);
  await forEachLimit(chunks(names, BATCH), CONCURRENCY, async (Names) => {
    await ssm.send(new SSM.DeleteParametersCommand({ Names }));
  });
  await forEachLimit((await documentNames(ssm)).filter(wanted), CONCURRENCY, (name) => deleteDocument(ssm, name));
  if (wanted(MAINTENANCE_WINDOWS)) await forEachLimit(await windowIds(ssm), CONCURRENCY, (id) => deleteWindow(ssm, id));
}

/**
 * The versions to put, one for each number from 1. SSM keeps a parameter's last 100 versions:
 * one whose history starts later gets its oldest kept version in place of each version gone,
 * which SSM drops again as the kept ones go in after it.
 */
function versionsToPut(kept: readonly NumberedVersion[]): VersionData[] {
  const oldest = kept[0]!;
  return [...Array<VersionData>(oldest.version - 1).fill(oldest), ...kept];
}

function putInput(name: string, v: VersionData): SSM.PutParameterCommandInput {
  return {
    Name: name,
    Value: v.value,
    Type: v.type as SSM.ParameterType,
    // Omitted, the description and the key would stay the previous version's.
    Description: v.description ?? '',
    KeyId: v.type === 'SecureString' ? (v.keyId ?? DEFAULT_KEY) : undefined,
    AllowedPattern: v.allowedPattern,
    Tier: v.tier as SSM.ParameterTier | undefined,
    DataType: v.dataType,
    Policies: v.policies ? `[${v.policies.join(',')}]` : undefined,
  };
}

/**
 * Makes the parameter anew (one the instance holds is deleted first, since versions can only be
 * added): its versions are put in order, so each gets its number again, then labelled. Its tags
 * are set apart: moto keeps the tags of a deleted parameter whose name has one level (`/name`),
 * and the new one would add the pod's to them.
 */
async function restoreParameter(ssm: SSM.SSMClient, p: ParameterData): Promise<void> {
  const { name, tags, version, history, ...current } = p;
  const kept = [...(history ?? []), { ...current, version: version ?? 1 }];
  const [first, ...later] = versionsToPut(kept);
  const putFirst = () => ssm.send(new SSM.PutParameterCommand(putInput(name, first!)));
  await createOrUpdate(putFirst, async () => {
    await unlessMissing(ssm.send(new SSM.DeleteParameterCommand({ Name: name })));
    await putFirst();
  });
  for (const v of later) await ssm.send(new SSM.PutParameterCommand({ ...putInput(name, v), Overwrite: true }));
  for (const v of kept) {
    if (v.labels) await ssm.send(new SSM.LabelParameterVersionCommand({ Name: name, ParameterVersion: v.version, Labels: v.labels }));
  }
  await replaceTags(
    (await tagsOf(ssm, name)).map((t) => t.Key!),
    (tags ?? []).map((t) => t.Key!),
    {
      untag: (TagKeys) => ssm.send(new SSM.RemoveTagsFromResourceCommand({ ResourceType: 'Parameter', ResourceId: name, TagKeys })),
      tag: () => ssm.send(new SSM.AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: name, Tags: tags })),
    },
  );
}

/**
 * The groups a write changes: a parameter or a document, by name, or every maintenance window
 * (see MAINTENANCE_WINDOWS).
 */
function groupsOf({ operation, body }: WriteRequest): readonly (string | undefined)[] {
  if (operation === 'CreateMaintenanceWindow' || body?.WindowId !== undefined || body?.ResourceType === 'MaintenanceWindow') {
    return [MAINTENANCE_WINDOWS];
  }
  if (operation === 'DeleteParameters') return body?.Names ?? [];
  return [body?.Name ?? (body?.ResourceType === 'Parameter' ? body.ResourceId : undefined)];
}

/**
 * SSM: Parameter Store parameters of every type (SecureString values decrypted) with every
 * version SSM keeps, their labels, settings, policies and tags; the account's documents with
 * every version, sharing and tags; maintenance windows with their targets and tasks.
 */
export const ssm: ServiceModule = {
  name: 'ssm',
  dependsOn: ['kms'],
  capture,
  regionsWithState,
  clear,
  // A parameter, or a document, is a group of its own; the maintenance windows are one group.
  partial: { select: byGroup((record) => (WINDOW.is(record) ? MAINTENANCE_WINDOWS : record.id)), clear },
  restore: (context, region, records) =>
    restoreRecords(
      context,
      records,
      CONCURRENCY,
      on(PARAMETER, (p) => restoreParameter(client(context, region), p)),
      on(DOCUMENT, (d) => restoreDocument(client(context, region), d)),
      on(WINDOW, (w, record) => restoreWindow(client(context, region), record.id, w)),
    ),
  requests: { targetPrefix: 'AmazonSSM', groups: groupsOf },
};
