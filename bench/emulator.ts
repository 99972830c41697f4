import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, ListEventBusesCommand } from '@aws-sdk/client-eventbridge';
import { IAMClient, ListRolesCommand } from '@aws-sdk/client-iam';
import { KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ListStateMachinesCommand, SFNClient } from '@aws-sdk/client-sfn';
import { ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DescribeParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import { startEmbeddedMoto } from '../dist/engine/index.js';

export type EmulatorKind = 'moto' | 'localstack';

/** A running emulator the bench started; `reset()` gives an empty instance (a new one for LocalStack). */
export interface Emulator {
  readonly kind: EmulatorKind;
  readonly version: string;
  endpoint(): string;
  /** CPU seconds the emulator's processes have used so far: how busy the instance is during a step. */
  cpuSeconds(): number;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

const ROOT = new URL('../..', import.meta.url).pathname;

async function startMoto(): Promise<Emulator> {
  const moto = await startEmbeddedMoto();
  const version = execFileSync('python3', ['-c', 'import moto; print(moto.__version__)'], { encoding: 'utf8' }).trim();
  return {
    kind: 'moto',
    version: `moto ${version}`,
    endpoint: () => moto.endpoint,
    cpuSeconds: () => cpuOf([moto.process.pid!]),
    reset: () => moto.reset(),
    stop: () => moto.stop(),
  };
}

/** Processes whose command line names `dir`: the DynamoDB Local and kinesis-mock a LocalStack started. */
function processesNaming(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dir)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** User and system CPU seconds of `pids` (from /proc/<pid>/stat), ignoring processes gone meanwhile. */
function cpuOf(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of new Set(pids)) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / TICKS;
}

/** A TCP port free on loopback right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface LocalStackProcess {
  readonly process: ChildProcess;
  readonly endpoint: string;
  readonly dataDir: string;
}

/** LocalStack 4.14 from the project's venv (scripts/localstack/install.sh), in a data folder of its own. */
async function launchLocalStack(): Promise<LocalStackProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-localstack-'));
  const endpoint = `http://127.0.0.1:${port}`;
  // Its own process group, so a stop reaches the whole launcher.
  const child = spawn('bash', [join(ROOT, 'scripts', 'localstack', 'start.sh'), String(port), dataDir], {
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`LocalStack exited (${child.exitCode}); install it with scripts/localstack/install.sh`);
    const ok = await fetch(`${endpoint}/_localstack/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { process: child, endpoint, dataDir };
    await sleep(250);
  }
  throw new Error(`LocalStack did not answer on ${endpoint} within 120 s`);
}

async function stopLocalStack({ process: child, dataDir }: LocalStackProcess): Promise<void> {
  // On SIGTERM LocalStack stops its DynamoDB Local and kinesis-mock itself, within seconds.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
  await Promise.race([exited, sleep(15_000)]);
  if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  // Those helpers run in sessions of their own; any left over are ours (they name our folder).
  for (const pid of processesNaming(dataDir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Asks every service the pods hold once, one after the other. LocalStack loads a service's
 * provider on its first request, and concurrent first requests race that loading: 4.14 then
 * answers 501 ("no handler for operation") or fails an import ("No module named
 * 'localstack.utils.tagging'"). A warmed-up instance measures the load, not that race.
 */
async function warmUp(endpoint: string): Promise<void> {
  const config = { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
  const calls: [{ send(c: unknown): Promise<unknown>; destroy(): void }, unknown][] = [
    [new S3Client({ ...config, forcePathStyle: true }), new ListBucketsCommand({})],
    [new SQSClient(config), new ListQueuesCommand({})],
    [new SNSClient(config), new ListTopicsCommand({})],
    [new DynamoDBClient(config), new ListTablesCommand({})],
    [new SSMClient(config), new DescribeParametersCommand({})],
    [new SecretsManagerClient(config), new ListSecretsCommand({})],
    [new KMSClient(config), new ListKeysCommand({})],
    [new IAMClient(config), new ListRolesCommand({})],
    [new LambdaClient(config), new ListFunctionsCommand({})],
    [new CloudWatchLogsClient(config), new DescribeLogGroupsCommand({})],
    [new EventBridgeClient(config), new ListEventBusesCommand({})],
    [new SFNClient(config), new ListStateMachinesCommand({})],
    [new KinesisClient(config), new ListStreamsCommand({})],
  ];
  for (const [client, command] of calls) {
    await client.send(command);
    client.destroy();
  }
}

async function startLocalStack(): Promise<Emulator> {
  let current = await launchLocalStack();
  await warmUp(current.endpoint);
  const health = (await (await fetch(`${current.endpoint}/_localstack/health`)).json()) as { version?: string };
  return {
    kind: 'localstack',
    version: `LocalStack ${health.version ?? '?'} (community, host install)`,
    endpoint: () => current.endpoint,
    cpuSeconds: () => cpuOf([current.process.pid!, ...processesNaming(current.dataDir)]),
    // Community 4.14 has no state reset API: a fresh instance is what CI starts with anyway.
    async reset() {
      await stopLocalStack(current);
      current = await launchLocalStack();
      await warmUp(current.endpoint);
    },
    stop: () => stopLocalStack(current),
  };
}

/** Starts an emulator of `kind` on a free loopback port. */
export function startEmulator(kind: EmulatorKind): Promise<Emulator> {
  return kind === 'moto' ? startMoto() : startLocalStack();
}
