import { dumpDynamoDb } from './dynamodb.js';
import { dumpEvents } from './events.js';
import { dumpIam } from './iam.js';
import { dumpKinesis } from './kinesis.js';
import { dumpKms } from './kms.js';
import { dumpLambda } from './lambda.js';
import { dumpLogs } from './logs.js';
import { plain, type DumpTarget, type Json } from './read.js';
import { dumpS3 } from './s3.js';
import { dumpSecretsManager } from './secretsmanager.js';
import { dumpSfn } from './stepfunctions.js';
import { dumpSns } from './sns.js';
import { dumpSqs } from './sqs.js';
import { dumpSsm } from './ssm.js';

export { compareDumps, type Difference, type PathRule, type Comparison } from './compare.js';
export type { DumpTarget, Json } from './read.js';

/** The services read region by region. */
const REGIONAL: Record<string, (target: DumpTarget, region: string) => Promise<Json>> = {
  dynamodb: dumpDynamoDb,
  events: dumpEvents,
  kinesis: dumpKinesis,
  lambda: dumpLambda,
  logs: dumpLogs,
  secretsmanager: dumpSecretsManager,
  sns: dumpSns,
  sqs: dumpSqs,
  ssm: dumpSsm,
  stepfunctions: dumpSfn,
};

/** The services whose listing is the account's whatever the region (S3 lists every bucket, IAM is global). */
const GLOBAL: Record<string, (target: DumpTarget) => Promise<Json>> = { iam: dumpIam, s3: dumpS3 };

/** Every service the dump reads. */
export const DUMPED_SERVICES = [...Object.keys(GLOBAL), 'kms', ...Object.keys(REGIONAL)].sort();

/**
 * What the thirteen services' read calls return on `target`, in `regions`: `{ service: { region:
 * ... } }` (S3 and IAM: `{ service: ... }`), every list keyed by a stable identity and sorted.
 * KMS keys are named by their aliases (or description) everywhere they appear, and the
 * instance's own address is written `<endpoint>`, so dumps of two instances compare.
 */
export async function sdkDump(target: DumpTarget, regions: readonly string[]): Promise<Record<string, Json>> {
  const keyNames = new Map<string, string>();
  const kms = Object.fromEntries(await Promise.all(regions.map(async (r) => [r, await named('kms', dumpKms(target, r, keyNames))] as const)));
  const dump: Record<string, Json> = { kms };
  await Promise.all([
    ...Object.entries(GLOBAL).map(async ([service, read]) => (dump[service] = await named(service, read(target)))),
    ...Object.entries(REGIONAL).map(async ([service, read]) => {
      dump[service] = Object.fromEntries(
        await Promise.all(regions.map(async (r) => [r, await named(`${service} in ${r}`, read(target, r))] as const)),
      );
    }),
  ]);
  const host = new URL(target.endpoint).host;
  const names = [...keyNames].sort(([a], [b]) => b.length - a.length);
  const rename = (text: string) => {
    let renamed = text.split(host).join('<endpoint>');
    for (const [id, name] of names) if (renamed.includes(id)) renamed = renamed.split(id).join(name);
    return renamed;
  };
  return plain(rewrite(dump, rename)) as Record<string, Json>;
}

/** A service's dump, or an error that says which service failed. */
function named<T>(service: string, dumping: Promise<T>): Promise<T> {
  return dumping.catch((error: Error) => {
    throw new Error(`dumping ${service}: ${error.name}: ${error.message}`, { cause: error });
  });
}

/** `value` with `change` applied to every string, keys included. */
function rewrite(value: Json, change: (text: string) => string): Json {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((v) => rewrite(v, change));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [change(k), rewrite(v, change)]));
  return value;
}
