import {
  AddTagsToResourceCommand,
  DeleteParametersCommand,
  DescribeParametersCommand,
  GetParametersCommand,
  ListTagsForResourceCommand,
  paginateDescribeParameters,
  PutParameterCommand,
  RemoveTagsFromResourceCommand,
  SSMClient,
  type ParameterMetadata,
  type ParameterTier,
  type ParameterType,
  type Tag,
} from '@aws-sdk/client-ssm';
import { forEachLimit, mapOrdered } from '../../../util/concurrency.js';
import { byGroup, type CapturedRecord, type PodRecord, type ServiceContext, type ServiceModule } from '../../module.js';
import { awsErrorName } from '../aws-errors.js';
import { probeRegions } from '../regions.js';

/** GetParameters and DeleteParameters take at most this many names. */
const BATCH = 10;
/** Batches of parameters read, or parameters written, at once. */
const CONCURRENCY = 4;
/** The key SSM encrypts a SecureString with when none is named. */
const DEFAULT_KEY = 'alias/aws/ssm';

interface ParameterData {
  name: string;
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
  tags?: Tag[];
}

/** `/aws/…` names are public parameters AWS (and the emulators) publish; nobody can write them. */
function isPublic(name: string): boolean {
  return name.startsWith('/aws/');
}

function sortTags(tags: Tag[] | undefined): Tag[] | undefined {
  if (!tags || tags.length === 0) return undefined;
  return [...tags].sort((a, b) => (a.Key! < b.Key! ? -1 : a.Key! > b.Key! ? 1 : 0));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function parameters(ssm: SSMClient): Promise<ParameterMetadata[]> {
  const found: ParameterMetadata[] = [];
  for await (const page of paginateDescribeParameters({ client: ssm }, { MaxResults: 50 })) {
    for (const p of page.Parameters ?? []) if (!isPublic(p.Name!)) found.push(p);
  }
  return found.sort((a, b) => (a.Name! < b.Name! ? -1 : a.Name! > b.Name! ? 1 : 0));
}

async function tagsOf(ssm: SSMClient, name: string): Promise<Tag[]> {
  return (await ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: name }))).TagList ?? [];
}

/** Moto answers a policy's text as a JSON object where AWS answers a string. */
function policyText(text: unknown): string {
  return typeof text === 'string' ? text : JSON.stringify(text);
}

async function captureBatch(ssm: SSMClient, batch: ParameterMetadata[]): Promise<ParameterData[]> {
  const [values, tags] = await Promise.all([
    ssm.send(new GetParametersCommand({ Names: batch.map((p) => p.Name!), WithDecryption: true })),
    Promise.all(batch.map((p) => tagsOf(ssm, p.Name!))),
  ]);
  const valueOf = new Map((values.Parameters ?? []).map((p) => [p.Name!, p.Value!]));
  const captured: ParameterData[] = [];
  batch.forEach((p, i) => {
    // A parameter deleted since it was listed is not captured.
    if (!valueOf.has(p.Name!)) return;
    const policies = (p.Policies ?? []).map((policy) => policyText(policy.PolicyText));
    captured.push({
      name: p.Name!,
      type: p.Type!,
      value: valueOf.get(p.Name!)!,
      description: p.Description || undefined,
      keyId: p.Type === 'SecureString' && p.KeyId !== DEFAULT_KEY ? p.KeyId : undefined,
      allowedPattern: p.AllowedPattern || undefined,
      tier: p.Tier,
      dataType: p.DataType,
      policies: policies.length > 0 ? policies : undefined,
      tags: sortTags(tags[i]),
    });
  });
  return captured;
}

async function* capture(context: ServiceContext, regions: readonly string[]): AsyncGenerator<CapturedRecord> {
  for (const region of regions) {
    const ssm = new SSMClient(context.config(region));
    try {
      const batches = mapOrdered(chunks(await parameters(ssm), BATCH), CONCURRENCY, (batch) => captureBatch(ssm, batch));
      for await (const batch of batches) {
        for (const p of batch) {
          yield { region, type: 'parameter', id: p.name, data: p as unknown as Record<string, unknown> };
          context.progress(`ssm parameter ${p.name}`);
        }
      }
    } finally {
      ssm.destroy();
    }
  }
}

async function hasParameters(context: ServiceContext, region: string): Promise<boolean> {
  const ssm = new SSMClient(context.config(region));
  try {
    let NextToken: string | undefined;
    do {
      const page = await ssm.send(new DescribeParametersCommand({ MaxResults: 50, NextToken }));
      if ((page.Parameters ?? []).some((p) => !isPublic(p.Name!))) return true;
      NextToken = page.NextToken;
    } while (NextToken);
    return false;
  } finally {
    ssm.destroy();
  }
}

function regionsWithState(context: ServiceContext): Promise<string[]> {
  return probeRegions(context, hasParameters);
}

/** Deletes the parameters of one region, or those of them named in `only`. */
async function clear(context: ServiceContext, region: string, only?: ReadonlySet<string>): Promise<void> {
  const ssm = new SSMClient(context.config(region));
  try {
    const names = (await parameters(ssm)).map((p) => p.Name!).filter((name) => !only || only.has(name));
    await forEachLimit(chunks(names, BATCH), CONCURRENCY, async (Names) => {
      await ssm.send(new DeleteParametersCommand({ Names }));
    });
  } finally {
    ssm.destroy();
  }
}

/** SSM refuses tags on an overwrite, so an existing parameter gets its tags set apart. */
async function replaceTags(ssm: SSMClient, name: string, tags: Tag[] | undefined): Promise<void> {
  const current = await tagsOf(ssm, name);
  const wanted = new Set((tags ?? []).map((t) => t.Key));
  const extra = current.map((t) => t.Key!).filter((k) => !wanted.has(k));
  if (extra.length > 0) {
    await ssm.send(new RemoveTagsFromResourceCommand({ ResourceType: 'Parameter', ResourceId: name, TagKeys: extra }));
  }
  if (tags) await ssm.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: name, Tags: tags }));
}

async function restoreParameter(ssm: SSMClient, p: ParameterData): Promise<void> {
  const input = {
    Name: p.name,
    Value: p.value,
    Type: p.type as ParameterType,
    KeyId: p.keyId,
    AllowedPattern: p.allowedPattern,
    Tier: p.tier as ParameterTier | undefined,
    DataType: p.dataType,
    Policies: p.policies ? `[${p.policies.join(',')}]` : undefined,
  };
  try {
    await ssm.send(new PutParameterCommand({ ...input, Description: p.description, Tags: p.tags }));
  } catch (error) {
    if (awsErrorName(error) !== 'ParameterAlreadyExists') throw error;
    // An omitted description would keep the existing one.
    await ssm.send(new PutParameterCommand({ ...input, Description: p.description ?? '', Overwrite: true }));
    await replaceTags(ssm, p.name, p.tags);
  }
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const ssm = new SSMClient(context.config(region));
  try {
    await forEachLimit(records, CONCURRENCY, async (record) => {
      try {
        await restoreParameter(ssm, record.data as unknown as ParameterData);
        context.progress(`ssm parameter ${record.id}`);
      } catch (error) {
        context.fail(`parameter ${record.id}`, error);
      }
    });
  } finally {
    ssm.destroy();
  }
}

/** SSM Parameter Store: parameters of every type (SecureString values decrypted) with their settings, policies and tags. */
export const ssm: ServiceModule = {
  name: 'ssm',
  dependsOn: ['kms'],
  capture,
  regionsWithState,
  clear,
  // A parameter is a group of its own.
  partial: { select: byGroup((record) => record.id), clear },
  restore,
};
