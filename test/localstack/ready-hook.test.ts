import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, GetObjectCommand, ListBucketsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { save } from '../../src/engine/index.js';
import { options, sdkConfig, tempHome } from '../../src/test-support/engine.js';
import { startLocalStack } from '../../src/test-support/localstack.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';
import type { Server } from '../../src/test-support/processes.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const TARGET = `linux-${process.arch}`;
/** The ELF machine (e_machine) of each target's executable. */
const MACHINES = { 'linux-x64': 0x3e, 'linux-arm64': 0xb7 };
/** Node's fuse of a single executable, which postject sets (`:1`) when it injects the CLI. */
const SEA_FUSE_SET = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1';

/** What `GET /_localstack/init` answers: each init script's stage and state, and which stages are done. */
interface InitStatus {
  completed: Record<string, boolean>;
  scripts: { stage: string; name: string; state: string }[];
}

let moto: Moto;
let localstack: Server | undefined;
let work: string;
/** LocalStack's file tree, holding a copy of a whole Node: removed after the run. */
let dataDir: string | undefined;

/**
 * LocalStack's file tree with the ready hook and the single executable in its ready.d, and an
 * init-pods.d beside init/ holding a pod list (naming a pod in a file:// remote) and a pod file.
 */
function dataDirWithHook(podList: string, podFile: string): string {
  const tree = mkdtempSync(join(tmpdir(), 'localstack-hook-'));
  const readyDir = join(tree, 'etc', 'localstack', 'init', 'ready.d');
  const initPods = join(tree, 'etc', 'localstack', 'init-pods.d');
  mkdirSync(readyDir, { recursive: true });
  mkdirSync(initPods, { recursive: true });
  for (const [from, to] of [
    [root('scripts/autoload/ready-hook.sh'), join(readyDir, 'autoload-pods.sh')],
    [root(`.sea/localstack-pods-${TARGET}`), join(readyDir, `localstack-pods-${TARGET}`)],
  ] as const) {
    copyFileSync(from, to);
    chmodSync(to, 0o755);
  }
  writeFileSync(join(initPods, 'pods.txt'), podList);
  copyFileSync(podFile, join(initPods, 'queues.zip'));
  return tree;
}

async function initStatus(endpoint: string): Promise<InitStatus> {
  return (await (await fetch(`${endpoint}/_localstack/init`)).json()) as InitStatus;
}

/** The init status once LocalStack has run every ready hook. */
async function readyStageDone(endpoint: string, timeoutMs: number): Promise<InitStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await initStatus(endpoint);
    if (status.completed.READY) return status;
    if (Date.now() > deadline) throw new Error(`LocalStack's ready hooks were not done within ${timeoutMs / 1000}s: ${JSON.stringify(status)}`);
    await sleep(500);
  }
}

beforeAll(async () => {
  // The executables, made from the built CLI as `npm run build:sea` makes them.
  execFileSync(process.execPath, [root('scripts/sea/build.mjs')], { stdio: 'pipe' });
  moto = await startMoto();
  work = mkdtempSync(join(tmpdir(), 'ready-hook-'));
  const home = tempHome();
  const s3 = new S3Client(sdkConfig(moto.endpoint));
  await s3.send(new CreateBucketCommand({ Bucket: 'hook-bucket' }));
  await s3.send(new PutObjectCommand({ Bucket: 'hook-bucket', Key: 'seed.txt', Body: 'loaded by the ready hook' }));
  await save({ pod: 'hook-list', options: options(moto.endpoint, home, { remote: `file://${join(work, 'store')}`, services: 's3' }) });
  await moto.reset();
  const sqs = new SQSClient(sdkConfig(moto.endpoint));
  await sqs.send(new CreateQueueCommand({ QueueName: 'hook-queue', Attributes: { VisibilityTimeout: '45' } }));
  await save({ pod: `file://${join(work, 'queues.zip')}`, options: options(moto.endpoint, home, { services: 'sqs' }) });
  dataDir = dataDirWithHook(`# loaded at start-up\nhook-list,file://${join(work, 'store')}\n`, join(work, 'queues.zip'));
  localstack = await startLocalStack({ dataDir, env: { LOCALSTACK_PODS_HOME: home } });
}, 600_000);
afterAll(async () => {
  await localstack?.stop();
  await moto?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the single executables', () => {
  it.each(Object.entries(MACHINES))('%s is a Node for its machine, holding the CLI', (target, machine) => {
    const executable = readFileSync(root(`.sea/localstack-pods-${target}`));
    expect(executable.readUInt16LE(18)).toBe(machine);
    expect(executable.includes(SEA_FUSE_SET)).toBe(true);
    expect(executable.includes('Loads the pods named for the instance')).toBe(true);
  });
});

describe('the ready hook in LocalStack 4.14 (its init directories below FILESYSTEM_ROOT)', () => {
  it('runs the single executable at the READY stage, which loads the pod list and the pod file of init-pods.d', async () => {
    const status = await readyStageDone(localstack!.endpoint, 180_000);
    expect(status.scripts).toEqual([{ stage: 'READY', name: 'autoload-pods.sh', state: 'SUCCESSFUL' }]);

    const s3 = new S3Client(sdkConfig(localstack!.endpoint));
    expect((await s3.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name)).toContain('hook-bucket');
    const object = await s3.send(new GetObjectCommand({ Bucket: 'hook-bucket', Key: 'seed.txt' }));
    expect(await object.Body!.transformToString()).toBe('loaded by the ready hook');

    const sqs = new SQSClient(sdkConfig(localstack!.endpoint));
    const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: 'hook-queue' }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['VisibilityTimeout'] }));
    expect(Attributes?.VisibilityTimeout).toBe('45');
  });
});
