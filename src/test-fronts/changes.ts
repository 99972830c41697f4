import { PORTABLE_MODULES } from '../engine/index.js';

/** Every service: what an unsigned request, or one to a service no module captures, may have changed. */
export const ALL_SERVICES = '*';

/** The service and caller a request names, and whether it may change the instance's state. */
export interface RequestEffect {
  /** A module's name, `*` when the request may change any service, or undefined when it changes none. */
  readonly service: string | undefined;
  /** The access key id it was signed with: LocalStack's account under `account-per-worker`. */
  readonly accessKey: string | undefined;
}

/** What a request looks like before its body: enough to classify most. */
export interface RequestHead {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** Signing names that differ from the module's name. */
const SIGNING_NAMES: Readonly<Record<string, string>> = { states: 'stepfunctions' };

/** Services whose requests never change state a pod holds. */
const STATELESS = new Set(['sts']);

/**
 * Operations that only read. Everything else counts as a change, including the reads that move
 * state (SQS `ReceiveMessage` hides a message), so a test that only reads costs no restore and
 * one that writes is never missed.
 */
const READ_ONLY = /^(Get|List|Describe|Head|Query|Scan|BatchGet|Lookup|Search|Filter|Simulate)/;

function header(head: RequestHead, name: string): string | undefined {
  const value = head.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `AKID/date/region/service/aws4_request` from a SigV4 header or a presigned URL. */
function credentialScope(head: RequestHead): { accessKey: string; service: string } | undefined {
  const authorization = header(head, 'authorization');
  const scope =
    authorization?.match(/Credential=([^,\s]+)/)?.[1] ??
    new URL(head.url, 'http://instance').searchParams.get('X-Amz-Credential') ??
    undefined;
  const [accessKey, , , service] = scope?.split('/') ?? [];
  return accessKey && service ? { accessKey, service } : undefined;
}

/** The operation of an RPC request: `X-Amz-Target: DynamoDB_20120810.GetItem`, or `Action=` of a query one. */
function operation(head: RequestHead, form: URLSearchParams | undefined): string | undefined {
  const target = header(head, 'x-amz-target');
  if (target) return target.slice(target.lastIndexOf('.') + 1);
  return form?.get('Action') ?? new URL(head.url, 'http://instance').searchParams.get('Action') ?? undefined;
}

/** Whether the request is a query-protocol one whose operation is in its form body (SQS, SNS, IAM). */
export function needsFormBody(head: RequestHead): boolean {
  return (
    head.method === 'POST' &&
    !header(head, 'x-amz-target') &&
    (header(head, 'content-type') ?? '').startsWith('application/x-www-form-urlencoded')
  );
}

/**
 * What a request may have changed. `form` is the body of a query-protocol request
 * (`needsFormBody`); other bodies are never read, so uploads stream through untouched.
 */
export function requestEffect(head: RequestHead, form?: URLSearchParams): RequestEffect {
  const scope = credentialScope(head);
  const name = scope ? (SIGNING_NAMES[scope.service] ?? scope.service) : undefined;
  const op = operation(head, form);
  const reads = op ? READ_ONLY.test(op) : ['GET', 'HEAD', 'OPTIONS'].includes(head.method);
  if (reads || (name && STATELESS.has(name))) return { service: undefined, accessKey: scope?.accessKey };
  const known = name !== undefined && PORTABLE_MODULES.some((m) => m.name === name);
  return { service: known ? name : ALL_SERVICES, accessKey: scope?.accessKey };
}

/**
 * Where a change to one service can reach by itself, through the deliveries AWS makes: bucket
 * notifications, subscriptions, event rules, event source mappings, subscription filters, and
 * code (functions, state machines) that may call anything.
 */
const DELIVERS_TO: Readonly<Record<string, readonly string[]>> = {
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
export const DELIVERY_TARGETS: readonly string[] = [
  ...new Set(Object.values(DELIVERS_TO).flatMap((targets) => targets.filter((t) => t !== ALL_SERVICES))),
];

/**
 * The services a set of changed ones may have changed in all: the deliveries of `DELIVERS_TO`,
 * followed only into services that hold state (`present`), since a delivery needs a target
 * (a queue, a function, a rule) to exist. `*` when that reaches every service.
 */
export function reachedServices(changed: Iterable<string>, present: ReadonlySet<string>): Set<string> | typeof ALL_SERVICES {
  const reached = new Set<string>();
  const pending = [...changed];
  while (pending.length > 0) {
    const service = pending.pop()!;
    if (service === ALL_SERVICES) return ALL_SERVICES;
    if (reached.has(service)) continue;
    reached.add(service);
    for (const next of DELIVERS_TO[service] ?? []) {
      if (next === ALL_SERVICES || present.has(next)) pending.push(next);
    }
  }
  return reached;
}

/**
 * The services changed since each account's last restore. A change signed by an unknown
 * caller counts for every account.
 */
export class ChangeLog {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly everyone: string[] = [];
  private readonly seenOfEveryone = new Map<string, number>();
  /** Every service changed during the run, by anyone: they hold state now. */
  readonly touched = new Set<string>();

  record(effect: RequestEffect): void {
    if (!effect.service) return;
    this.touched.add(effect.service);
    if (!effect.accessKey) {
      this.everyone.push(effect.service);
      return;
    }
    let services = this.byKey.get(effect.accessKey);
    if (!services) this.byKey.set(effect.accessKey, (services = new Set()));
    services.add(effect.service);
  }

  /**
   * Takes the changes of one caller (an access key id, which LocalStack takes as the account),
   * or of every caller when `accessKey` is undefined, and forgets them.
   */
  take(accessKey?: string): Set<string> {
    const keys = accessKey === undefined ? [...this.byKey.keys()] : [accessKey];
    const taken = new Set<string>();
    for (const key of keys) {
      for (const service of this.byKey.get(key) ?? []) taken.add(service);
      this.byKey.delete(key);
    }
    const seenKey = accessKey ?? ALL_SERVICES;
    for (const service of this.everyone.slice(this.seenOfEveryone.get(seenKey) ?? 0)) taken.add(service);
    this.seenOfEveryone.set(seenKey, this.everyone.length);
    return taken;
  }
}
