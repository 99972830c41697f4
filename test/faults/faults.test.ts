import { CreateBucketCommand, ListBucketsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, ListQueuesCommand, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { check, deletePod, load, NotFoundError, save, versions, type RawOptions } from '../../src/engine/index.js';
import { copyBlobs, publish } from '../../src/engine/copy.js';
import { openStoreUrl } from '../../src/engine/store/registry.js';
import { podView, type WritableStore } from '../../src/engine/store/store.js';
import { BUILT_CLI } from '../../src/test-support/cli.js';
import { options, sdkConfig, tempHome } from '../../src/test-support/engine.js';
import { startFaultProxy, type Fault, type FaultProxy, type RequestHead } from '../../src/test-support/fault-proxy.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';
import { startRegistry, type Registry } from '../../src/test-support/registry.js';

/**
 * The fault-injection suite: a proxy between the engine and the instance, or the engine and a
 * store, delays, cuts, hangs and fails requests. Whatever happens, a command that reports
 * success has done all of its work (every version it published loads), and one that fails
 * leaves nothing half-done in sight (no version without its blobs; an instance untouched when
 * the pod could not be read).
 */

/** Seconds a request may go unanswered here: short, so a hang fails fast, and long enough for a busy machine. */
const REQUEST_TIMEOUT = '5';

let instance: Moto;
let storeMoto: Moto;
let registry: Registry;
let instanceProxy: FaultProxy;
let ociProxy: FaultProxy;
let s3Proxy: FaultProxy;
let s3: S3Client;
let sqs: SQSClient;
let home: string;

beforeAll(async () => {
  [instance, storeMoto, registry] = await Promise.all([startMoto(), startMoto(), startRegistry({ auth: 'none' })]);
  [instanceProxy, ociProxy, s3Proxy] = await Promise.all([
    startFaultProxy(instance.endpoint),
    startFaultProxy(`http://${registry.host}`),
    startFaultProxy(storeMoto.endpoint),
  ]);
  s3 = new S3Client(sdkConfig(instance.endpoint));
  sqs = new SQSClient(sdkConfig(instance.endpoint));
}, 120_000);

afterAll(async () => {
  s3?.destroy();
  sqs?.destroy();
  await Promise.all([instanceProxy?.close(), ociProxy?.close(), s3Proxy?.close()]);
  await Promise.all([instance?.stop(), storeMoto?.stop(), registry?.stop()]);
});

let storeCount = 0;
/** A fresh store of `kind`, as reached through its faulty proxy and directly. */
async function freshStore(kind: 'oci' | 's3'): Promise<{ faulty: string; direct: string; proxy: FaultProxy }> {
  storeCount += 1;
  if (kind === 'oci') {
    const url = registry.url(`faults${storeCount}`);
    return { faulty: url.replace(registry.host, new URL(ociProxy.url).host), direct: url, proxy: ociProxy };
  }
  const bucket = `pods-${storeCount}`;
  const store = new S3Client(sdkConfig(storeMoto.endpoint));
  await store.send(new CreateBucketCommand({ Bucket: bucket }));
  store.destroy();
  const url = (endpoint: string) =>
    `s3://${bucket}/pods?endpoint=${encodeURIComponent(endpoint)}&region=us-east-1&access_key_id=test&secret_access_key=test&force_path_style=true`;
  return { faulty: url(s3Proxy.url), direct: url(storeMoto.endpoint), proxy: s3Proxy };
}

beforeEach(async () => {
  for (const proxy of [instanceProxy, ociProxy, s3Proxy]) proxy.rules = [];
  await instance.reset();
  home = tempHome();
});

// The services the suite makes state in: the faults are in the transport, not in any one service.
const engine = (endpoint: string, raw: RawOptions = {}) =>
  options(endpoint, home, { 'request-timeout': REQUEST_TIMEOUT, services: 's3,sqs', ...raw });

async function someState(): Promise<void> {
  await s3.send(new CreateBucketCommand({ Bucket: 'orders' }));
  await s3.send(new PutObjectCommand({ Bucket: 'orders', Key: 'large.bin', Body: Buffer.alloc(700_000, 3) }));
  await s3.send(new PutObjectCommand({ Bucket: 'orders', Key: 'small.json', Body: '{"id":1}' }));
  await sqs.send(new CreateQueueCommand({ QueueName: 'jobs' }));
}

const buckets = async () => ((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name).sort();
const queues = async () => ((await sqs.send(new ListQueuesCommand({}))).QueueUrls ?? []).map((url) => url.split('/').pop()).sort();

/**
 * The versions of `pod` a store lists when reached directly; each must load whole (every blob
 * there, every digest right). Returns how many there are.
 */
async function everyListedVersionLoads(direct: string, pod: string): Promise<number> {
  let listed: number[];
  try {
    listed = (await versions(pod, engine(instance.endpoint, { remote: direct }))).versions.map((v) => v.version);
  } catch (error) {
    if (error instanceof NotFoundError) return 0;
    throw error;
  }
  for (const version of listed) {
    await load({ pod: `${pod}:${version}`, options: engine(instance.endpoint, { remote: direct, strategy: 'overwrite' }) });
  }
  return listed.length;
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not so within ${timeoutMs} ms`);
    await sleep(500);
  }
}

async function visibleMessages(url: string): Promise<number> {
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }));
  return Number(Attributes?.ApproximateNumberOfMessages ?? 0);
}

const sqsCall = (operation: string) => (head: RequestHead) => head.headers['x-amz-target'] === `AmazonSQS.${operation}`;
const path = (method: string, pattern: RegExp) => (head: RequestHead) => head.method === method && pattern.test(head.url);

describe('faults of the instance', () => {
  it('a save whose instance stops answering fails within the request timeout, naming the call, and publishes nothing', async () => {
    await someState();
    instanceProxy.rules = [{ when: sqsCall('ListQueues'), fault: { kind: 'hang' } }];

    await expect(save({ pod: 'hung', options: engine(instanceProxy.url) })).rejects.toThrow(
      /did not answer within 5 s.*--request-timeout|AmazonSQS.ListQueues.*did not answer/s,
    );

    expect(instanceProxy.applied.hang).toBeGreaterThan(0);
    await expect(versions('hung', engine(instance.endpoint))).rejects.toThrow(NotFoundError);
  });

  it('a load whose instance stops answering fails within the request timeout and does not report success', async () => {
    await someState();
    await save({ pod: 'to-load', options: engine(instance.endpoint) });
    await instance.reset();
    instanceProxy.rules = [{ when: sqsCall('CreateQueue'), fault: { kind: 'hang' } }];

    await expect(load({ pod: 'to-load', options: engine(instanceProxy.url) })).rejects.toThrow(/CreateQueue.*did not answer within 5 s/s);
  });

  it('a save killed (kill -9) while it reads a queue leaves the messages hidden for 30 s at most, not the queue visibility', async () => {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: 'backlog', Attributes: { VisibilityTimeout: '900' } }))).QueueUrl!;
    for (let batch = 0; batch < 3; batch += 1) {
      const Entries = Array.from({ length: 10 }, (_, i) => ({ Id: String(i), MessageBody: `job ${batch * 10 + i}` }));
      await sqs.send(new SendMessageBatchCommand({ QueueUrl: url, Entries }));
    }
    instanceProxy.rules = [{ when: sqsCall('ReceiveMessage'), fault: { kind: 'delay', ms: 3_000 } }];
    const saving = spawn(process.execPath, [BUILT_CLI, 'save', 'killed', '--endpoint', instanceProxy.url], {
      env: { ...process.env, LOCALSTACK_PODS_HOME: home },
      stdio: 'ignore',
    });
    // Killed once the first batch is received and hidden, while the second receive is under way.
    await until(() => instanceProxy.applied.delay >= 2, 60_000);
    await sleep(1_000);
    saving.kill('SIGKILL');
    const killedAt = Date.now();

    await until(async () => (await visibleMessages(url)) === 30, 60_000);

    expect(Date.now() - killedAt).toBeLessThan(45_000);
  }, 180_000);

  it.each<[string, Fault]>([
    ['connections reset', { kind: 'reset' }],
    ['server errors', { kind: 'status', status: 500 }],
    ['slow answers', { kind: 'delay', ms: 300 }],
  ])('a save and a load through %s (three in a row) succeed whole', async (_, fault) => {
    await someState();
    instanceProxy.rules = [{ when: () => true, fault, times: 3 }];
    await save({ pod: 'flaky', options: engine(instanceProxy.url) });
    await instance.reset();
    instanceProxy.rules = [{ when: () => true, fault, times: 3 }];

    await load({ pod: 'flaky', options: engine(instanceProxy.url) });

    expect(await buckets()).toEqual(['orders']);
    expect(await queues()).toEqual(['jobs']);
  });
});

describe('an S3-compatible store that ignores conditional writes', () => {
  it('is refused for saves, saying why, unless single_writer=true; no save reports success and then loses its version', async () => {
    const store = await freshStore('s3');
    await someState();
    store.proxy.rules = [{ when: (head) => head.method === 'PUT', fault: { kind: 'strip', header: 'if-none-match' } }];

    await expect(save({ pod: 'app', options: engine(instance.endpoint, { remote: store.faulty }) })).rejects.toThrow(
      /ignores conditional writes \(If-None-Match\), so two saves at once could overwrite each other's version.*single_writer=true/s,
    );
    expect(await everyListedVersionLoads(store.direct, 'app')).toBe(0);

    const vouched = `${store.faulty}&single_writer=true`;
    const saved = await save({ pod: 'app', options: engine(instance.endpoint, { remote: vouched }) });
    expect(saved.version).toBe(1);
    expect(store.proxy.applied.strip).toBeGreaterThan(0);
    expect(await everyListedVersionLoads(store.direct, 'app')).toBe(1);
  });
});

describe.each(['oci', 's3'] as const)('faults of the %s store', (kind) => {
  it('a load whose store stops answering a blob fails, naming the store, with the instance untouched', async () => {
    const store = await freshStore(kind);
    await someState();
    await save({ pod: 'app', options: engine(instance.endpoint, { remote: store.direct }) });
    await instance.reset();
    await s3.send(new CreateBucketCommand({ Bucket: 'kept' }));
    store.proxy.rules = [{ when: path('GET', /\/blobs\/sha256[:/]/), fault: { kind: 'hang' } }];

    await expect(load({ pod: 'app', options: engine(instance.endpoint, { remote: store.faulty, strategy: 'overwrite' }) })).rejects.toThrow(
      /did not answer within 5 s/,
    );

    expect(await buckets()).toEqual(['kept']);
  });

  it('a load whose store breaks off a blob mid-way fails or loads it whole, never half', async () => {
    const store = await freshStore(kind);
    await someState();
    await save({ pod: 'app', options: engine(instance.endpoint, { remote: store.direct }) });
    await instance.reset();
    await s3.send(new CreateBucketCommand({ Bucket: 'kept' }));
    store.proxy.rules = [{ when: path('GET', /\/blobs\/sha256[:/]/), fault: { kind: 'cut' } }];

    const loaded = await load({ pod: 'app', options: engine(instance.endpoint, { remote: store.faulty, strategy: 'overwrite' }) }).then(
      () => true,
      () => false,
    );

    expect(store.proxy.applied.cut).toBeGreaterThan(0);
    expect(await buckets()).toEqual(loaded ? ['orders'] : ['kept']);
  });

  it.each<[string, (head: RequestHead) => boolean, Fault]>([
    ['the version tag hangs', (head) => head.method === 'PUT' && /\/(manifests|refs)\//.test(head.url), { kind: 'hang' }],
    ['a blob upload is reset', (head) => ['PUT', 'PATCH', 'POST'].includes(head.method) && /\/blobs\//.test(head.url), { kind: 'reset' }],
    ['every request fails with 500', () => true, { kind: 'status', status: 500 }],
    ['the version tag fails with 503', (head) => head.method === 'PUT' && /\/(manifests|refs)\//.test(head.url), { kind: 'status', status: 503 }],
  ])('a save where %s fails, and the store lists no version that does not load', async (_, when, fault) => {
    const store = await freshStore(kind);
    await someState();
    store.proxy.rules = [{ when, fault }];

    await expect(save({ pod: 'app', options: engine(instance.endpoint, { remote: store.faulty }) })).rejects.toThrow();

    expect(await everyListedVersionLoads(store.direct, 'app')).toBe(0);
  });

  it('saves through a store that fails one request in three: each one that reports success loads, and none is lost', async () => {
    const store = await freshStore(kind);
    await someState();
    let n = 0;
    store.proxy.rules = [{ when: () => (n += 1) % 3 === 0, fault: { kind: 'status', status: 503 } }];

    let succeeded = 0;
    for (let i = 0; i < 3; i += 1) {
      await s3.send(new PutObjectCommand({ Bucket: 'orders', Key: `run-${i}`, Body: String(i) }));
      const saved = await save({ pod: 'app', options: engine(instance.endpoint, { remote: store.faulty }) }).then(
        () => true,
        () => false,
      );
      if (saved) succeeded += 1;
    }
    store.proxy.rules = [];

    expect(store.proxy.applied.status).toBeGreaterThan(0);
    expect(await everyListedVersionLoads(store.direct, 'app')).toBe(succeeded);
  });
});

/** The file of a blob in the local store. */
const blobFile = (digest: string) => join(home, 'store', 'blobs', 'sha256', digest.replace('sha256:', ''));

/** The layers of a version the local store holds, by media type. */
function layersOf(manifestDigest: string): { mediaType: string; digest: string }[] {
  return (JSON.parse(readFileSync(blobFile(manifestDigest), 'utf8')) as { layers: { mediaType: string; digest: string }[] }).layers;
}

describe('the local store', () => {
  it('check finds a damaged and a truncated blob, and the next save heals them instead of reusing them', async () => {
    await someState();
    const saved = await save({ pod: 'app', options: engine(instance.endpoint) });
    const layers = layersOf(saved.digest);
    const stateLayer = blobFile(layers.find((l) => l.mediaType.includes('state'))!.digest);
    const payload = blobFile(layers.find((l) => !l.mediaType.includes('state'))!.digest);
    const flipped = readFileSync(stateLayer);
    flipped[flipped.length >> 1]! ^= 1;
    writeFileSync(stateLayer, flipped);
    writeFileSync(payload, readFileSync(payload).subarray(0, 10));

    const quick = await check(engine(instance.endpoint));
    expect(quick.problems.map((p) => [p.pod, p.version, p.problem])).toEqual([
      ['app', 1, expect.stringMatching(/^10 bytes where the manifest says \d+$/)],
    ]);
    const deep = await check(engine(instance.endpoint), { readData: true });
    expect(deep.problems).toHaveLength(2);
    expect(deep.problems.every((p) => p.pod === 'app' && p.version === 1)).toBe(true);

    // Unchanged state: a save that reused the earlier blobs as they are would name the damaged ones.
    await save({ pod: 'app', options: engine(instance.endpoint) });
    await save({ pod: 'other', options: engine(instance.endpoint) });

    expect((await check(engine(instance.endpoint), { readData: true })).problems).toEqual([]);
    await instance.reset();
    await load({ pod: 'app:1', options: engine(instance.endpoint) });
    expect(await buckets()).toEqual(['orders']);
  });

  it('a save whose reused blobs a concurrent delete collects is withdrawn and fails, never published without them', async () => {
    await someState();
    await save({ pod: 'app', options: engine(instance.endpoint) });
    await save({ pod: 'app', options: engine(instance.endpoint) });
    // The capture is slow (the listing of the bucket's objects, which comes after the save has
    // chosen what to reuse); the versions it reuses are deleted (and their blobs collected) meanwhile.
    instanceProxy.rules = [{ when: path('GET', /^\/orders\/?\?/), fault: { kind: 'delay', ms: 4_000 }, times: 1 }];
    // A request timeout far above the delay: on a busy machine 4 s of delay plus the answer can pass 5 s.
    const saving = save({ pod: 'app', options: engine(instanceProxy.url, { 'request-timeout': '60' }) });
    saving.catch(() => undefined);
    await until(() => instanceProxy.applied.delay >= 1, 30_000);
    await deletePod('app:1', engine(instance.endpoint));
    await deletePod('app:2', engine(instance.endpoint));

    // Mostly the collection takes blobs the capture reuses, and the save is withdrawn; when the
    // capture is done first on a busy machine, the save publishes. Either way no listed version lacks a blob.
    const outcome = await saving.then(
      () => 'published',
      (error: Error) => error.message,
    );
    if (outcome !== 'published') expect(outcome).toMatch(/were removed from .* while it ran .* withdrawn\. Save again\./s);
    expect(await everyListedVersionLoads(`file://${join(home, 'store')}`, 'app')).toBe(outcome === 'published' ? 1 : 0);
    await save({ pod: 'app', options: engine(instance.endpoint) });
    expect(await everyListedVersionLoads(`file://${join(home, 'store')}`, 'app')).toBe(outcome === 'published' ? 2 : 1);
  });
});

describe('a registry, which has no compare-and-swap on tags', () => {
  it('two saves racing for one version, whose tag writes the network holds back unequally, each keep a version of their own', async () => {
    const store = await freshStore('oci');
    const second = await startFaultProxy(`http://${registry.host}`);
    await someState();
    await save({ pod: 'a', options: engine(instance.endpoint, { message: 'first' }) });
    await save({ pod: 'b', options: engine(instance.endpoint, { message: 'second' }) });
    const local = await openStoreUrl(`file://${join(home, 'store')}`, 'read');
    const [a] = await local.listVersions('a');
    const [b] = await local.listVersions('b');
    const early = podView((await openStoreUrl(store.faulty, 'write')) as WritableStore, 'race');
    const late = podView(
      (await openStoreUrl(store.faulty.replace(new URL(ociProxy.url).host, new URL(second.url).host), 'write')) as WritableStore,
      'race',
    );
    await copyBlobs(local, early, a!.descriptor);
    await copyBlobs(local, late, b!.descriptor);
    // Each writer's manifest writes by tag arrive late, the second's three times as late as
    // the first's, as a congested network holds requests: both look the tag up before either
    // write lands, and the second lands long after the first has read its own back.
    const tagWrite = (head: RequestHead) => head.method === 'PUT' && /\/manifests\/(?!sha256:)/.test(head.url);
    store.proxy.rules = [{ when: tagWrite, fault: { kind: 'delay', ms: 500 } }];
    second.rules = [{ when: tagWrite, fault: { kind: 'delay', ms: 1_500 } }];

    const [first, next] = await Promise.all([publish(early, 'race', a!.descriptor), publish(late, 'race', b!.descriptor)]);

    expect(second.applied.delay).toBeGreaterThan(0);
    expect(first).not.toBe(next);
    const listed = await early.listVersions('race');
    expect(listed.map((v) => [v.version, v.descriptor.digest]).sort()).toEqual(
      [
        [first, a!.descriptor.digest],
        [next, b!.descriptor.digest],
      ].sort(),
    );
    await Promise.all([local.close?.(), early.close?.(), late.close?.(), second.close()]);
  });
});
