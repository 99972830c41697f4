import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeStateMachineCommand,
  ListStateMachinesCommand,
  ListTagsForResourceCommand,
  paginateListStateMachines,
  SFNClient,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateStateMachineCommand,
  type DescribeStateMachineOutput,
  type EncryptionConfiguration,
  type LoggingConfiguration,
  type StateMachineType,
  type Tag,
  type TracingConfiguration,
} from '@aws-sdk/client-sfn';
import { mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { eachRegion, probeRegions } from '../kit/regions.js';

/** State machines described at once. */
const DESCRIBE_CONCURRENCY = 8;

interface StateMachineData {
  name: string;
  type: string;
  definition: string;
  roleArn: string;
  loggingConfiguration?: LoggingConfiguration;
  tracingConfiguration?: TracingConfiguration;
  encryptionConfiguration?: EncryptionConfiguration;
  tags?: Tag[];
}

/** What an instance reports for a state machine created without these settings. */
const LOGGING_OFF: LoggingConfiguration = { level: 'OFF', includeExecutionData: false };
const TRACING_OFF: TracingConfiguration = { enabled: false };
const AWS_OWNED_KEY: EncryptionConfiguration = { type: 'AWS_OWNED_KEY' };

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compare(a, b))
      .map(([k, v]) => [k, sortKeys(v)]),
  ) as T;
}

/** The settings that differ from the defaults; defaults are left out so emulators compare equal. */
function significant(describe: DescribeStateMachineOutput) {
  const logging = describe.loggingConfiguration;
  const loggingOn = logging && (logging.level !== 'OFF' || logging.includeExecutionData || logging.destinations?.length);
  const encryption = describe.encryptionConfiguration;
  return {
    loggingConfiguration: loggingOn ? sortKeys(logging) : undefined,
    tracingConfiguration: describe.tracingConfiguration?.enabled ? sortKeys(describe.tracingConfiguration) : undefined,
    encryptionConfiguration: encryption && encryption.type !== 'AWS_OWNED_KEY' ? sortKeys(encryption) : undefined,
  };
}

async function listStateMachines(sfn: SFNClient): Promise<Map<string, string>> {
  const arns = new Map<string, string>();
  for await (const page of paginateListStateMachines({ client: sfn }, {})) {
    for (const sm of page.stateMachines ?? []) arns.set(sm.name!, sm.stateMachineArn!);
  }
  return arns;
}

async function listTags(sfn: SFNClient, arn: string): Promise<Tag[]> {
  return (await sfn.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags ?? [];
}

async function captureStateMachine(sfn: SFNClient, arn: string): Promise<StateMachineData> {
  const [described, tags] = await Promise.all([
    sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn })),
    listTags(sfn, arn),
  ]);
  return {
    name: described.name!,
    type: described.type ?? 'STANDARD',
    definition: described.definition!,
    roleArn: described.roleArn!,
    ...significant(described),
    tags: tags.length > 0 ? [...tags].sort((a, b) => compare(a.key!, b.key!)) : undefined,
  };
}

async function* captureRegion(context: ServiceContext, region: string): AsyncGenerator<CapturedRecord> {
  const sfn = new SFNClient(context.config(region));
  try {
    const arns = [...(await listStateMachines(sfn))].sort(([a], [b]) => compare(a, b)).map(([, arn]) => arn);
    for await (const data of mapOrdered(arns, DESCRIBE_CONCURRENCY, (arn) => captureStateMachine(sfn, arn))) {
      yield { region, type: 'state-machine', id: data.name, data: data as unknown as Record<string, unknown> };
      context.progress(`stepfunctions state machine ${data.name}`);
    }
  } finally {
    sfn.destroy();
  }
}

const capture = eachRegion(captureRegion);

async function hasState(context: ServiceContext, region: string): Promise<boolean> {
  const sfn = new SFNClient(context.config(region));
  try {
    return ((await sfn.send(new ListStateMachinesCommand({ maxResults: 1 }))).stateMachines ?? []).length > 0;
  } finally {
    sfn.destroy();
  }
}

function regionsWithState(context: ServiceContext): Promise<string[]> {
  return probeRegions(context, hasState);
}

async function clear(context: ServiceContext, region: string): Promise<void> {
  const sfn = new SFNClient(context.config(region));
  try {
    for (const arn of (await listStateMachines(sfn)).values()) {
      await sfn.send(new DeleteStateMachineCommand({ stateMachineArn: arn }));
    }
  } finally {
    sfn.destroy();
  }
}

async function syncTags(sfn: SFNClient, arn: string, tags: Tag[] | undefined): Promise<void> {
  const wanted = new Set((tags ?? []).map((t) => t.key!));
  const extra = (await listTags(sfn, arn)).map((t) => t.key!).filter((k) => !wanted.has(k));
  if (extra.length > 0) await sfn.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: extra }));
  if (tags && tags.length > 0) await sfn.send(new TagResourceCommand({ resourceArn: arn, tags }));
}

async function create(sfn: SFNClient, sm: StateMachineData): Promise<void> {
  await sfn.send(
    new CreateStateMachineCommand({
      name: sm.name,
      type: sm.type as StateMachineType,
      definition: sm.definition,
      roleArn: sm.roleArn,
      loggingConfiguration: sm.loggingConfiguration,
      tracingConfiguration: sm.tracingConfiguration,
      encryptionConfiguration: sm.encryptionConfiguration,
      tags: sm.tags,
    }),
  );
}

/** Updates a state machine of the same name in place; its type cannot change, so then it is replaced. */
async function upsert(sfn: SFNClient, arn: string, sm: StateMachineData): Promise<void> {
  const current = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
  if ((current.type ?? 'STANDARD') !== sm.type) {
    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn: arn }));
    await create(sfn, sm);
    return;
  }
  const encryptionDiffers =
    JSON.stringify(significant(current).encryptionConfiguration) !== JSON.stringify(sm.encryptionConfiguration);
  await sfn.send(
    new UpdateStateMachineCommand({
      stateMachineArn: arn,
      definition: sm.definition,
      roleArn: sm.roleArn,
      loggingConfiguration: sm.loggingConfiguration ?? LOGGING_OFF,
      tracingConfiguration: sm.tracingConfiguration ?? TRACING_OFF,
      ...(encryptionDiffers ? { encryptionConfiguration: sm.encryptionConfiguration ?? AWS_OWNED_KEY } : {}),
    }),
  );
  await syncTags(sfn, arn, sm.tags);
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const sfn = new SFNClient(context.config(region));
  try {
    // Some emulators answer CreateStateMachine for an existing name with its ARN, unchanged: look first.
    const existing = await listStateMachines(sfn);
    for await (const record of records) {
      const sm = record.data as unknown as StateMachineData;
      try {
        const arn = existing.get(sm.name);
        if (arn) await upsert(sfn, arn, sm);
        else await create(sfn, sm);
        context.progress(`stepfunctions state machine ${record.id}`);
      } catch (error) {
        context.fail(`state machine ${record.id}`, error);
      }
    }
  } finally {
    sfn.destroy();
  }
}

/** Step Functions: state machines (definition, type, role, logging, tracing, encryption, tags). */
export const stepfunctions: ServiceModule = {
  name: 'stepfunctions',
  dependsOn: ['iam', 'lambda', 'logs'],
  capture,
  regionsWithState,
  clear,
  restore,
  requests: { signingName: 'states', deliversTo: ['*'] },
};
