import {
  CreateEventBusCommand,
  DeleteEventBusCommand,
  DeleteRuleCommand,
  DescribeEventBusCommand,
  EventBridgeClient,
  ListEventBusesCommand,
  ListRulesCommand,
  ListTagsForResourceCommand,
  ListTargetsByRuleCommand,
  PutPermissionCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemovePermissionCommand,
  RemoveTargetsCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateEventBusCommand,
  type DeadLetterConfig,
  type EventBus,
  type Rule,
  type RuleState,
  type Tag,
  type Target,
} from '@aws-sdk/client-eventbridge';
import { mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, PodRecord, ServiceContext, ServiceModule } from '../../module.js';
import { awsErrorName } from '../kit/errors.js';
import { eachRegion, probeRegions } from '../kit/regions.js';
import { restoreContainer } from '../kit/restore-compat.js';

/** Buses or rules whose details are read at once. */
const DETAIL_CONCURRENCY = 8;
/** PutTargets takes at most 10 targets a call, RemoveTargets at most 100 ids. */
const PUT_TARGETS_BATCH = 10;
const REMOVE_TARGETS_BATCH = 100;
const DEFAULT_BUS = 'default';

interface BusData {
  name: string;
  description?: string;
  kmsKeyIdentifier?: string;
  deadLetterConfig?: DeadLetterConfig;
  policy?: string;
  tags?: Tag[];
}

interface RuleData {
  bus: string;
  name: string;
  eventPattern?: string;
  scheduleExpression?: string;
  state?: string;
  description?: string;
  roleArn?: string;
  tags?: Tag[];
  targets: Target[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortTags(tags: Tag[] | undefined): Tag[] | undefined {
  if (!tags || tags.length === 0) return undefined;
  return [...tags].sort((a, b) => compare(a.Key!, b.Key!));
}

/** Objects with sorted keys, at every depth: maps such as InputPathsMap come in any order. */
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

/** A policy in a form two emulators' spellings of the same document compare equal in. */
function normalisePolicy(policy: string | undefined): string | undefined {
  if (!policy) return undefined;
  try {
    return JSON.stringify(sortKeys(JSON.parse(policy)));
  } catch {
    return policy;
  }
}

async function listBuses(eb: EventBridgeClient): Promise<EventBus[]> {
  const buses: EventBus[] = [];
  let NextToken: string | undefined;
  do {
    const page = await eb.send(new ListEventBusesCommand({ NextToken }));
    buses.push(...(page.EventBuses ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return buses.sort((a, b) => compare(a.Name!, b.Name!));
}

/** The rules of a bus that users own: rules managed by another service are recreated by it. */
async function listRules(eb: EventBridgeClient, bus: string): Promise<Rule[]> {
  const rules: Rule[] = [];
  let NextToken: string | undefined;
  do {
    const page = await eb.send(new ListRulesCommand({ EventBusName: bus, NextToken }));
    rules.push(...(page.Rules ?? []).filter((r) => !r.ManagedBy));
    NextToken = page.NextToken;
  } while (NextToken);
  return rules.sort((a, b) => compare(a.Name!, b.Name!));
}

async function listTargets(eb: EventBridgeClient, bus: string, rule: string): Promise<Target[]> {
  const targets: Target[] = [];
  let NextToken: string | undefined;
  do {
    const page = await eb.send(new ListTargetsByRuleCommand({ Rule: rule, EventBusName: bus, NextToken }));
    targets.push(...(page.Targets ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return targets;
}

async function listTags(eb: EventBridgeClient, arn: string): Promise<Tag[]> {
  return (await eb.send(new ListTagsForResourceCommand({ ResourceARN: arn }))).Tags ?? [];
}

async function captureBus(eb: EventBridgeClient, bus: EventBus): Promise<BusData | undefined> {
  const described = await eb.send(new DescribeEventBusCommand({ Name: bus.Name }));
  const policy = described.Policy ?? bus.Policy;
  // The default bus always exists: only a policy on it is state of the account.
  if (bus.Name === DEFAULT_BUS) return policy ? { name: DEFAULT_BUS, policy } : undefined;
  return {
    name: bus.Name!,
    description: described.Description,
    kmsKeyIdentifier: described.KmsKeyIdentifier,
    deadLetterConfig: described.DeadLetterConfig,
    policy,
    tags: sortTags(await listTags(eb, bus.Arn!)),
  };
}

async function captureRule(eb: EventBridgeClient, bus: string, rule: Rule): Promise<RuleData> {
  const [tags, targets] = await Promise.all([listTags(eb, rule.Arn!), listTargets(eb, bus, rule.Name!)]);
  return {
    bus,
    name: rule.Name!,
    eventPattern: rule.EventPattern,
    scheduleExpression: rule.ScheduleExpression,
    state: rule.State,
    description: rule.Description,
    roleArn: rule.RoleArn,
    tags: sortTags(tags),
    targets: targets.sort((a, b) => compare(a.Id!, b.Id!)).map(sortKeys),
  };
}

async function* captureRegion(context: ServiceContext, region: string): AsyncGenerator<CapturedRecord> {
  const eb = new EventBridgeClient(context.config(region));
  try {
    const buses = await listBuses(eb);
    for await (const data of mapOrdered(buses, DETAIL_CONCURRENCY, (bus) => captureBus(eb, bus))) {
      if (!data) continue;
      yield { region, type: 'bus', id: data.name, data: data as unknown as Record<string, unknown> };
      context.progress(`events bus ${data.name}`);
    }
    const rules: { bus: string; rule: Rule }[] = [];
    for (const bus of buses) {
      for (const rule of await listRules(eb, bus.Name!)) rules.push({ bus: bus.Name!, rule });
    }
    const captured = mapOrdered(rules, DETAIL_CONCURRENCY, ({ bus, rule }) => captureRule(eb, bus, rule));
    for await (const data of captured) {
      const id = `${data.bus}/${data.name}`;
      yield { region, type: 'rule', id, data: data as unknown as Record<string, unknown> };
      context.progress(`events rule ${id}`);
    }
  } finally {
    eb.destroy();
  }
}

const capture = eachRegion(captureRegion);

async function hasState(context: ServiceContext, region: string): Promise<boolean> {
  const eb = new EventBridgeClient(context.config(region));
  try {
    if ((await listBuses(eb)).some((b) => b.Name !== DEFAULT_BUS)) return true;
    if ((await listRules(eb, DEFAULT_BUS)).length > 0) return true;
    return (await eb.send(new DescribeEventBusCommand({ Name: DEFAULT_BUS }))).Policy !== undefined;
  } finally {
    eb.destroy();
  }
}

function regionsWithState(context: ServiceContext): Promise<string[]> {
  return probeRegions(context, hasState);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function removeTargets(eb: EventBridgeClient, bus: string, rule: string, ids: string[]): Promise<void> {
  for (const Ids of chunks(ids, REMOVE_TARGETS_BATCH)) {
    await eb.send(new RemoveTargetsCommand({ Rule: rule, EventBusName: bus, Ids, Force: true }));
  }
}

async function clear(context: ServiceContext, region: string): Promise<void> {
  const eb = new EventBridgeClient(context.config(region));
  try {
    for (const bus of await listBuses(eb)) {
      const name = bus.Name!;
      for (const rule of await listRules(eb, name)) {
        const targets = await listTargets(eb, name, rule.Name!);
        await removeTargets(eb, name, rule.Name!, targets.map((t) => t.Id!));
        await eb.send(new DeleteRuleCommand({ Name: rule.Name, EventBusName: name }));
      }
      if (name !== DEFAULT_BUS) {
        await eb.send(new DeleteEventBusCommand({ Name: name }));
      } else if (bus.Policy) {
        await eb.send(new RemovePermissionCommand({ EventBusName: name, RemoveAllPermissions: true }));
      }
    }
  } finally {
    eb.destroy();
  }
}

/** Makes the tags of `arn` exactly `tags`. */
async function syncTags(eb: EventBridgeClient, arn: string, tags: Tag[] | undefined): Promise<void> {
  const wanted = new Set((tags ?? []).map((t) => t.Key!));
  const extra = (await listTags(eb, arn)).map((t) => t.Key!).filter((k) => !wanted.has(k));
  if (extra.length > 0) await eb.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: extra }));
  if (tags && tags.length > 0) await eb.send(new TagResourceCommand({ ResourceARN: arn, Tags: tags }));
}

async function createBus(eb: EventBridgeClient, bus: BusData): Promise<void> {
  if (bus.name === DEFAULT_BUS) return;
  try {
    await eb.send(
      new CreateEventBusCommand({
        Name: bus.name,
        Description: bus.description,
        KmsKeyIdentifier: bus.kmsKeyIdentifier,
        DeadLetterConfig: bus.deadLetterConfig,
      }),
    );
  } catch (error) {
    if (awsErrorName(error) !== 'ResourceAlreadyExistsException') throw error;
  }
}

async function configureBus(eb: EventBridgeClient, bus: BusData): Promise<void> {
  const current = await eb.send(new DescribeEventBusCommand({ Name: bus.name }));
  // Only a bus that differs is updated: not every emulator implements UpdateEventBus.
  if (
    bus.name !== DEFAULT_BUS &&
    (current.Description !== bus.description ||
      current.KmsKeyIdentifier !== bus.kmsKeyIdentifier ||
      JSON.stringify(sortKeys(current.DeadLetterConfig)) !== JSON.stringify(sortKeys(bus.deadLetterConfig)))
  ) {
    await eb.send(
      new UpdateEventBusCommand({
        Name: bus.name,
        Description: bus.description,
        KmsKeyIdentifier: bus.kmsKeyIdentifier,
        DeadLetterConfig: bus.deadLetterConfig,
      }),
    );
  }
  // PutPermission with a policy adds statements on some emulators: replace the whole policy.
  if (normalisePolicy(current.Policy) !== normalisePolicy(bus.policy)) {
    if (current.Policy) await eb.send(new RemovePermissionCommand({ EventBusName: bus.name, RemoveAllPermissions: true }));
    if (bus.policy) await eb.send(new PutPermissionCommand({ EventBusName: bus.name, Policy: bus.policy }));
  }
  if (bus.name !== DEFAULT_BUS) await syncTags(eb, current.Arn!, bus.tags);
}

async function restoreRule(eb: EventBridgeClient, rule: RuleData): Promise<void> {
  const { RuleArn } = await eb.send(
    new PutRuleCommand({
      Name: rule.name,
      EventBusName: rule.bus,
      EventPattern: rule.eventPattern,
      ScheduleExpression: rule.scheduleExpression,
      State: rule.state as RuleState | undefined,
      Description: rule.description,
      RoleArn: rule.roleArn,
    }),
  );
  await syncTags(eb, RuleArn!, rule.tags);
  const wanted = new Set(rule.targets.map((t) => t.Id!));
  const extra = (await listTargets(eb, rule.bus, rule.name)).map((t) => t.Id!).filter((id) => !wanted.has(id));
  await removeTargets(eb, rule.bus, rule.name, extra);
  for (const Targets of chunks(rule.targets, PUT_TARGETS_BATCH)) {
    const put = await eb.send(new PutTargetsCommand({ Rule: rule.name, EventBusName: rule.bus, Targets }));
    const failed = put.FailedEntries ?? [];
    if (failed.length > 0) {
      throw new Error(`targets rejected: ${failed.map((f) => `${f.TargetId} (${f.ErrorCode}: ${f.ErrorMessage})`).join(', ')}`);
    }
  }
}

async function restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void> {
  const eb = new EventBridgeClient(context.config(region));
  const failedBuses = new Set<string>();
  try {
    for await (const record of records) {
      if (record.type === 'bus') {
        const bus = record.data as unknown as BusData;
        const created = await restoreContainer(context, `event bus ${record.id}`, () => createBus(eb, bus), () => configureBus(eb, bus));
        if (!created) failedBuses.add(bus.name);
        continue;
      }
      const rule = record.data as unknown as RuleData;
      if (failedBuses.has(rule.bus)) continue;
      try {
        await restoreRule(eb, rule);
        context.progress(`events rule ${record.id}`);
      } catch (error) {
        context.fail(`rule ${record.id}`, error);
      }
    }
  } finally {
    eb.destroy();
  }
}

/** EventBridge: custom buses (description, policy, tags), the default bus's policy, and rules with their targets and tags. */
export const events: ServiceModule = {
  name: 'events',
  dependsOn: ['sqs', 'sns', 'lambda', 'logs', 'kinesis', 'stepfunctions'],
  capture,
  regionsWithState,
  clear,
  restore,
  requests: { deliversTo: ['*'] },
};
