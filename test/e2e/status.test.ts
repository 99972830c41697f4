import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aws, runCli, succeeded } from '../../src/test-support/cli.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';

let moto: Moto;
let home: string;

beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => {
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = mkdtempSync(join(tmpdir(), 'status-home-'));
});

/** The built CLI, each run a process of its own, as separate CI steps or machines run it. */
const cli = (...args: string[]) =>
  runCli(args, { LOCALSTACK_PODS_HOME: home, LOCALSTACK_ENDPOINT: moto.endpoint, LOCALSTACK_PODS_WAIT_TIMEOUT: '10' });

async function seedBucket(): Promise<void> {
  const file = join(home, 'hello.txt');
  writeFileSync(file, 'hello\n');
  await aws(moto.endpoint, ['s3', 'mb', 's3://test-bucket']);
  await aws(moto.endpoint, ['s3', 'cp', file, 's3://test-bucket/hello.txt']);
}

describe('status, as a user runs it', () => {
  it('shows the pod each service came from, and with -v the loads and saves, as a table and as JSON', async () => {
    await seedBucket();
    const fresh = await succeeded(cli('status', '-s', 's3'));
    expect(fresh).toContain('Operations recorded: none since the instance started, so no state came from a pod\n');
    expect(fresh).toMatch(/FROM\n123456789012\s+s3\s+us-east-1\s+2\s+no pod\n$/);

    await succeeded(cli('save', 'app'));
    await succeeded(cli('load', 'app', '--strategy', 'merge'));
    await aws(moto.endpoint, ['sqs', 'create-queue', '--queue-name', 'jobs', '--region', 'eu-west-1']);

    const table = await succeeded(cli('status', '--services', 's3,sqs'));
    expect(table).toMatch(/^Instance: moto at http:\/\/127\.0\.0\.1:\d+\nSession: none reported, so a restart that keeps the state cannot be told\n/);
    expect(table).toMatch(/^Operations recorded: 2 \(the last: load app:1 at \d{4}-\d\d-\d\dT[\d:.]+Z\)$/m);
    expect(table).toMatch(
      /\n\nACCOUNT\s+SERVICE\s+REGION\s+RESOURCES\s+FROM\n123456789012\s+s3\s+us-east-1\s+2\s+app:1\n123456789012\s+sqs\s+eu-west-1\s+1\s+no pod\n$/,
    );

    const verbose = await succeeded(cli('status', '-v', '--services', 's3,sqs'));
    const operations = verbose.split('\nOperations, oldest first:\n')[1]!.trimEnd().split('\n');
    expect(operations[0]).toMatch(/^TIME\s+OPERATION\s+POD\s+STRATEGY\s+SERVICES\s+REMOTE$/);
    expect(operations.slice(1).map((line) => line.split(/\s+/).slice(1))).toEqual([
      ['save', 'app:1', '-', 's3', `file://${home}/store`],
      ['load', 'app:1', 'merge', 's3', `file://${home}/store`],
    ]);

    const json = JSON.parse(await succeeded(cli('status', '--json', '-s', 's3,sqs')));
    expect(json.operations).toBeUndefined();
    expect(json.state).toEqual([
      {
        account: '123456789012',
        service: 's3',
        region: 'us-east-1',
        resources: 2,
        pods: [{ pod: expect.objectContaining({ name: 'app', version: 1 }), strategy: 'merge', at: expect.any(String) }],
      },
      { account: '123456789012', service: 'sqs', region: 'eu-west-1', resources: 1, pods: [] },
    ]);
    const verboseJson = JSON.parse(await succeeded(cli('status', '-v', '--json', '-s', 's3')));
    expect(verboseJson.operations.map((o: { kind: string; strategy?: string }) => [o.kind, o.strategy])).toEqual([
      ['save', undefined],
      ['load', 'merge'],
    ]);
  });

  it('keeps the record of every save and load that processes ran at once', async () => {
    await seedBucket();
    await succeeded(cli('save', 'shared', '-s', 's3'));
    const runs = await Promise.all([
      ...['one', 'two', 'three', 'four'].map((pod) => cli('save', pod, '-s', 's3')),
      cli('load', 'shared', '--strategy', 'deep-merge'),
      cli('load', 'shared', '--strategy', 'deep-merge'),
    ]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const status = JSON.parse(await succeeded(cli('status', '-v', '--json', '-s', 's3')));
    expect(status.operations.map((o: { kind: string; pod: { name: string } }) => `${o.kind} ${o.pod.name}`).sort()).toEqual(
      ['load shared', 'load shared', 'save four', 'save one', 'save shared', 'save three', 'save two'].sort(),
    );
  });

  it('says nothing came from a pod after moto was reset', async () => {
    await seedBucket();
    await succeeded(cli('save', 'app', '-s', 's3'));
    await succeeded(cli('load', 'app'));
    await moto.reset();
    await seedBucket();
    const table = await succeeded(cli('status', '-s', 's3'));
    expect(table).toContain('Operations recorded: none since the instance started, so no state came from a pod\n');
    expect(table).toMatch(/\s+s3\s+us-east-1\s+2\s+no pod\n$/);
  });

  it('explains itself in --help', async () => {
    const help = await succeeded(cli('status', '--help'));
    expect(help).toContain('Usage: localstack-pods status [options]');
    expect(help).toContain('-v, --verbose');
    expect(help).toContain('localstack-pods-status');
    expect(await succeeded(cli('--help'))).toMatch(
      /^ {2}status \[options\]\s+show which pod version each service of the\s+running instance came from$/m,
    );
  });
});
