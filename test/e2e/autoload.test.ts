import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aws, runCli, succeeded } from '../../src/test-support/cli.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';

let moto: Moto;
let home: string;
let work: string;
/** A folder store, named in pod lists as a file:// remote; it holds `first`. */
let teamStore: string;
/** The single-file pod `third`. */
let thirdPod: string;
/** A directory that does not exist: an init directory that names no pods. */
let noInitDir: string;

const cli = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
  runCli(args, { LOCALSTACK_PODS_HOME: home, LOCALSTACK_ENDPOINT: moto.endpoint, LOCALSTACK_PODS_WAIT_TIMEOUT: '10', AUTO_LOAD_POD: '', ...extra });

/** The services the pods hold: a save captures only these, and reads no other. */
const SERVICES = 's3,sqs,ssm';

/** Saves what `make` creates in an emptied moto as pod `pod` in each remote (none: the local store). */
async function savePod(pod: string, remotes: (string | undefined)[], make: () => Promise<unknown>): Promise<void> {
  await moto.reset();
  await make();
  for (const remote of remotes) await succeeded(cli(['save', pod, ...(remote ? [remote] : []), '-s', SERVICES]));
}

beforeAll(async () => {
  moto = await startMoto();
  home = mkdtempSync(join(tmpdir(), 'autoload-home-'));
  work = mkdtempSync(join(tmpdir(), 'autoload-work-'));
  teamStore = `file://${join(work, 'team-store')}`;
  thirdPod = join(work, 'third.zip');
  noInitDir = join(work, 'no-init-pods.d');
  // `first` and `second` both hold S3 in the same account and region: the one loaded later wins there.
  await savePod('first', [undefined, teamStore], async () => {
    await aws(moto.endpoint, ['s3', 'mb', 's3://first-bucket']);
    await aws(moto.endpoint, ['sqs', 'create-queue', '--queue-name', 'first-queue']);
  });
  await savePod('second', [undefined], () => aws(moto.endpoint, ['s3', 'mb', 's3://second-bucket']));
  await savePod(`file://${thirdPod}`, [undefined], () =>
    aws(moto.endpoint, ['ssm', 'put-parameter', '--name', '/third/value', '--value', 'three', '--type', 'String']),
  );
});
afterAll(async () => {
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
});

/** An init directory holding `lists` (file name → text) and, as `50-third.zip`, the pod `third`. */
function initDir(lists: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'init-pods-'));
  for (const [name, text] of Object.entries(lists)) writeFileSync(join(dir, name), text);
  copyFileSync(thirdPod, join(dir, '50-third.zip'));
  return dir;
}

async function buckets(): Promise<string[]> {
  return (await aws(moto.endpoint, ['s3api', 'list-buckets'])).json.Buckets.map((b: { Name: string }) => b.Name);
}

async function queues(): Promise<string[]> {
  return (await aws(moto.endpoint, ['sqs', 'list-queues'])).json?.QueueUrls ?? [];
}

async function thirdValue(): Promise<string> {
  return (await aws(moto.endpoint, ['ssm', 'get-parameter', '--name', '/third/value'])).json.Parameter.Value;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('localstack-pods autoload, as a sidecar runs it', () => {
  it('loads the pods of AUTO_LOAD_POD in order, a later pod replacing an earlier one in the same service, account and region', async () => {
    const out = await succeeded(cli(['autoload', '--init-dir', noInitDir], { AUTO_LOAD_POD: ' first , second' }));
    expect(out.split('\n')).toEqual([
      expect.stringMatching(/^Loaded `first:1` \(AUTO_LOAD_POD item 1\) from file:\/\/\S+: s3, sqs, 2 resource\(s\)$/),
      expect.stringMatching(/^Loaded `second:1` \(AUTO_LOAD_POD item 2\) from file:\/\/\S+: s3, 1 resource\(s\)$/),
      `Autoload: 2 of 2 pod(s) loaded into ${moto.endpoint} (moto) with account-region-merge.`,
      '',
    ]);
    // `second` replaced the S3 of `first`; the queue of `first` is in a service `second` does not hold.
    expect(await buckets()).toEqual(['second-bucket']);
    expect(await queues()).toEqual([expect.stringMatching(/\/first-queue$/)]);
  });

  it('loads an init directory: its .txt lists by file name, a pod in a file:// remote among them, then its .zip pod files', async () => {
    const dir = initDir({ '20-more.txt': `# the team's pods\n\nfirst,${teamStore}\n`, '10-base.txt': 'second\n', 'notes.md': 'Not A Pod' });
    const out = await succeeded(cli(['autoload', '--init-dir', dir]));
    expect(out.split('\n').filter((line) => line.startsWith('Loaded'))).toEqual([
      expect.stringMatching(new RegExp(`^Loaded \`second:1\` \\(${escape(dir)}/10-base\\.txt:1\\) `)),
      `Loaded \`first:1\` (${dir}/20-more.txt:3) from ${teamStore}: s3, sqs, 2 resource(s)`,
      `Loaded \`third:1\` (${dir}/50-third.zip) from file://${dir}/50-third.zip: ssm, 1 resource(s)`,
    ]);
    expect(await buckets()).toEqual(['first-bucket']);
    expect(await queues()).toEqual([expect.stringMatching(/\/first-queue$/)]);
    expect(await thirdValue()).toBe('three');
  });

  it('with --dry-run lists what it would load, the init directory before AUTO_LOAD_POD, and loads nothing', async () => {
    const dir = initDir({ 'pods.txt': `first,${teamStore}\nsecond:1\n` });
    const out = await succeeded(cli(['autoload', '--init-dir', dir, '--dry-run'], { AUTO_LOAD_POD: `second,file://${thirdPod}` }));
    const [summary, header, ...rows] = out.trimEnd().split('\n');
    expect(summary).toBe(`Dry run: would load 5 pod(s), in this order, into ${moto.endpoint} with account-region-merge; nothing was loaded.`);
    expect(header).toMatch(/^#\s+POD\s+REMOTE\s+FROM$/);
    expect(rows.map((row) => row.split(/\s{2,}/))).toEqual([
      ['1', 'first', teamStore, `${dir}/pods.txt:1`],
      ['2', 'second:1', 'local', `${dir}/pods.txt:2`],
      ['3', `file://${dir}/50-third.zip`, '-', `${dir}/50-third.zip`],
      ['4', 'second', 'local', 'AUTO_LOAD_POD item 1'],
      ['5', `file://${thirdPod}`, '-', 'AUTO_LOAD_POD item 2'],
    ]);
    expect(await buckets()).toEqual([]);
  });

  it('refuses a pod list with a line it cannot read, naming the file and line, and loads nothing', async () => {
    const dir = initDir({ 'pods.txt': 'second\n# next\nNot A Pod\nfirst,\n' });
    const result = await cli(['autoload', '--init-dir', dir]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('Error: 2 pod(s) named for autoload cannot be read; nothing was loaded:\n');
    expect(result.stderr).toContain(`  ${dir}/pods.txt:3: Invalid pod name "Not A Pod"`);
    expect(result.stderr).toContain(`  ${dir}/pods.txt:4: "first," names no remote after the comma.`);
    expect(await buckets()).toEqual([]);
  });

  it('goes on after a pod that fails, then says which failed and exits 1', async () => {
    const result = await cli(['autoload', '--init-dir', noInitDir], { AUTO_LOAD_POD: 'missing,second' });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/^Failed to load missing \(AUTO_LOAD_POD item 1\): .*missing/m);
    expect(result.stdout).toContain(`Autoload: 1 of 2 pod(s) loaded into ${moto.endpoint} (moto) with account-region-merge.\n`);
    expect(result.stderr).toContain('Error: 1 of 2 pod(s) could not be loaded: missing (AUTO_LOAD_POD item 1). The others were loaded.\n');
    expect(await buckets()).toEqual(['second-bucket']);
  });

  it('says so when nothing names a pod, and succeeds', async () => {
    const out = await succeeded(cli(['autoload', '--init-dir', noInitDir]));
    expect(out).toBe(`Nothing to load: AUTO_LOAD_POD names no pod and there is no ${noInitDir}.\n`);
  });

  it('explains the sources, their order and the formats in --help', async () => {
    const help = await succeeded(cli(['autoload', '--help']));
    for (const text of [
      'AUTO_LOAD_POD',
      '--init-dir',
      '/etc/localstack/init-pods.d',
      '*.txt',
      '*.zip',
      'NAME[:VERSION],REMOTE',
      '--dry-run',
      'account-region-merge',
      'exit 2',
    ]) {
      expect(help).toContain(text);
    }
  });
});
