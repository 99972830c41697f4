import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** The shape of one benchmark state: what the seeding scripts create and the pods hold. */
export interface StateSpec {
  readonly name: string;
  readonly buckets: number;
  readonly objects: number;
  /** Sum of the object sizes, in bytes. */
  readonly objectBytes: number;
  readonly minObject: number;
  readonly maxObject: number;
  readonly tables: number;
  readonly items: number;
  readonly queues: number;
  readonly messagesPerQueue: number;
  readonly parameters: number;
  readonly secrets: number;
}

const KB = 1024;
const MB = 1024 * KB;

/** The sizes `--sizes` names. `small` is the per-file restore state (10 buckets, 100 items). */
export const SIZES: Readonly<Record<string, StateSpec>> = {
  small: {
    name: 'small',
    buckets: 10,
    objects: 20,
    objectBytes: 160 * KB,
    minObject: 1 * KB,
    maxObject: 16 * KB,
    tables: 1,
    items: 100,
    queues: 1,
    messagesPerQueue: 10,
    parameters: 5,
    secrets: 2,
  },
  quick: {
    name: 'quick',
    buckets: 4,
    objects: 200,
    objectBytes: 20 * MB,
    minObject: 1 * KB,
    maxObject: 5 * MB,
    tables: 2,
    items: 2_000,
    queues: 3,
    messagesPerQueue: 20,
    parameters: 10,
    secrets: 5,
  },
  medium: {
    name: 'medium',
    buckets: 10,
    objects: 2_000,
    objectBytes: 200 * MB,
    minObject: 1 * KB,
    maxObject: 5 * MB,
    tables: 5,
    items: 10_000,
    queues: 5,
    messagesPerQueue: 100,
    parameters: 50,
    secrets: 20,
  },
  large: {
    name: 'large',
    buckets: 20,
    objects: 10_000,
    objectBytes: 1024 * MB,
    minObject: 1 * KB,
    maxObject: 5 * MB,
    tables: 5,
    items: 50_000,
    queues: 10,
    messagesPerQueue: 100,
    parameters: 100,
    secrets: 50,
  },
};

/** One object of the state: where its body lies on disk and where it goes. */
export interface ObjectFile {
  readonly bucket: string;
  readonly key: string;
  readonly path: string;
  readonly size: number;
}

/** A state ready to seed: object bodies written to `dir`, everything else generated on demand. */
export interface Dataset {
  readonly spec: StateSpec;
  /** `dir/<bucket>/<key>`: what `aws s3 sync` uploads, one folder per bucket. */
  readonly dir: string;
  readonly buckets: string[];
  readonly objects: ObjectFile[];
  readonly tables: string[];
  readonly queues: string[];
}

/** A small deterministic PRNG (mulberry32), so every run seeds the same sizes and items. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Object sizes from `min` to `max` summing to about `total`: `min·(max/min)^(u^k)` for uniform
 * `u`, with the skew `k` found by bisection. Many small objects and a few large ones, as
 * fixtures usually are, and both ends of the range are present.
 */
export function objectSizes(spec: StateSpec): number[] {
  const draws = Array.from({ length: spec.objects }, prng(42));
  const ratio = spec.maxObject / spec.minObject;
  const sizes = (k: number) => draws.map((u) => Math.round(spec.minObject * ratio ** (u ** k)));
  const sum = (k: number) => sizes(k).reduce((a, b) => a + b, 0);
  let low = 0.01;
  let high = 200;
  for (let i = 0; i < 60; i += 1) {
    const k = Math.sqrt(low * high);
    if (sum(k) > spec.objectBytes) low = k;
    else high = k;
  }
  return sizes(high);
}

/** The i-th item of table `t`: a realistic mix of attribute types, about 500 bytes. */
export function item(t: number, i: number): Record<string, AttributeValue> {
  const text = `record ${i} of table ${t} `.repeat(12);
  return {
    pk: { S: `tenant#${i % 97}` },
    sk: { N: String(i) },
    name: { S: `item-${t}-${i}` },
    score: { N: String((i * 7919) % 100_003) },
    active: { BOOL: i % 3 === 0 },
    tags: { SS: [`t${i % 5}`, `g${i % 11}`] },
    profile: { M: { city: { S: `city-${i % 251}` }, visits: { N: String(i % 1000) }, note: { NULL: true } } },
    history: { L: [{ N: String(i) }, { S: 'created' }, { BOOL: true }] },
    text: { S: text },
  };
}

/** The j-th message of a queue. */
export function message(q: number, j: number): string {
  return JSON.stringify({ queue: q, seq: j, payload: `event ${j} `.repeat(20) });
}

/** The SSM parameters and secrets of the state, by name. */
export function parameters(spec: StateSpec): { name: string; value: string }[] {
  return Array.from({ length: spec.parameters }, (_, i) => ({ name: `/bench/app/param-${i}`, value: `value-${i}-${'x'.repeat(64)}` }));
}

export function secrets(spec: StateSpec): { name: string; value: string }[] {
  return Array.from({ length: spec.secrets }, (_, i) => ({
    name: `bench/secret-${i}`,
    value: JSON.stringify({ user: `user-${i}`, password: `pw-${i}-${'s'.repeat(32)}` }),
  }));
}

/**
 * Writes the object bodies of `spec` under `root/<name>` (random bytes: worst case for gzip and
 * realistic for images and archives), or reuses them when an earlier run wrote the same spec.
 */
export async function prepareDataset(root: string, spec: StateSpec): Promise<Dataset> {
  const dir = join(root, spec.name);
  const sizes = objectSizes(spec);
  const buckets = Array.from({ length: spec.buckets }, (_, b) => `bench-${spec.name}-${b}`);
  const objects = sizes.map((size, i): ObjectFile => {
    const bucket = buckets[i % buckets.length]!;
    const key = `data/${String(i % 50).padStart(2, '0')}/object-${String(i).padStart(6, '0')}.bin`;
    return { bucket, key, path: join(dir, bucket, key), size };
  });
  const stamp = join(dir, '.spec.json');
  const wanted = JSON.stringify(spec);
  const ready = existsSync(stamp) && (await readFile(stamp, 'utf8')) === wanted;
  if (!ready) {
    await rm(dir, { recursive: true, force: true });
    for (const o of objects) {
      await mkdir(join(o.path, '..'), { recursive: true });
      await writeFile(o.path, randomBytes(o.size));
    }
    await writeFile(stamp, wanted);
  }
  return {
    spec,
    dir,
    buckets,
    objects,
    tables: Array.from({ length: spec.tables }, (_, t) => `bench-${spec.name}-table-${t}`),
    queues: Array.from({ length: spec.queues }, (_, q) => `bench-${spec.name}-queue-${q}`),
  };
}
