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
import { byGroup, type ServiceContext, type ServiceModule } from '../../module.js';
import {
  chunks,
  clientOf,
  createOrUpdate,
  eachRegion,
  recordKind,
  regionsWhere,
  replaceTags,
  restoreEach,
  sortBy,
  sortedTags,
  type ClientFactory,
} from '../kit/index.js';

const client: ClientFactory<SSMClient> = clientOf(SSMClient);

/** GetParameters and DeleteParameters take at most this many names. */
const BATCH = 10;
/** Batches of parameters read, or parameters written, at once. */
const CONCURRENCY = 4;
/** The key SSM encrypts a SecureString with when none is named. */
const DEFAULT_KEY = 'alias/aws/ssm';

type ParameterData = {
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
};

const PARAMETER = recordKind<ParameterData>('parameter');

/** `/aws/…` names are public parameters AWS (and the emulators) publish; nobody can write them. */
function isPublic(name: string): boolean {
  return name.startsWith('/aws/');
}

async function parameters(ssm: SSMClient): Promise<ParameterMetadata[]> {
  const found: ParameterMetadata[] = [];
  for await (const page of paginateDescribeParameters({ client: ssm }, { MaxResults: 50 })) {
    for (const p of page.Parameters ?? []) if (!isPublic(p.Name!)) found.push(p);
  }
  return sortBy(found, (p) => p.Name!);
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
      tags: sortedTags(tags[i], (t) => t.Key!),
    });
  });
  return captured;
}

const capture = eachRegion(async function* (context, region) {
  const ssm = client(context, region);
  const batches = mapOrdered(chunks(await parameters(ssm), BATCH), CONCURRENCY, (batch) => captureBatch(ssm, batch));
  for await (const batch of batches) {
    for (const p of batch) yield PARAMETER.record(region, p.name, p);
  }
});

const regionsWithState = regionsWhere(async (context, region) => {
  const ssm = client(context, region);
  let NextToken: string | undefined;
  do {
    const page = await ssm.send(new DescribeParametersCommand({ MaxResults: 50, NextToken }));
    if ((page.Parameters ?? []).some((p) => !isPublic(p.Name!))) return true;
    NextToken = page.NextToken;
  } while (NextToken);
  return false;
});

/** Deletes the parameters of one region, or those of them named in `only`. */
async function clear(context: ServiceContext, region: string, only?: ReadonlySet<string>): Promise<void> {
  const ssm = client(context, region);
  const names = (await parameters(ssm)).map((p) => p.Name!).filter((name) => !only || only.has(name));
  await forEachLimit(chunks(names, BATCH), CONCURRENCY, async (Names) => {
    await ssm.send(new DeleteParametersCommand({ Names }));
  });
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
  await createOrUpdate(
    () => ssm.send(new PutParameterCommand({ ...input, Description: p.description, Tags: p.tags })),
    async () => {
      // An omitted description would keep the existing one; SSM refuses tags on an overwrite.
      await ssm.send(new PutParameterCommand({ ...input, Description: p.description ?? '', Overwrite: true }));
      await replaceTags((await tagsOf(ssm, p.name)).map((t) => t.Key!), (p.tags ?? []).map((t) => t.Key!), {
        untag: (TagKeys) => ssm.send(new RemoveTagsFromResourceCommand({ ResourceType: 'Parameter', ResourceId: p.name, TagKeys })),
        tag: () => ssm.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: p.name, Tags: p.tags })),
      });
    },
  );
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
  restore: (context, region, records) =>
    restoreEach(context, records, CONCURRENCY, (record) => restoreParameter(client(context, region), PARAMETER.data(record))),
  requests: {
    targetPrefix: 'AmazonSSM',
    // Parameters, by name.
    groups: ({ operation, body }) =>
      operation === 'DeleteParameters' ? (body?.Names ?? []) : [body?.Name ?? (body?.ResourceType === 'Parameter' ? body.ResourceId : undefined)],
  },
};
