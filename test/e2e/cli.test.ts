import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aws, BUILT_CLI, runCli, runCliOnTerminal, spawnCli } from '../../src/test-support/cli.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';
import { startFaultProxy } from '../../src/test-support/fault-proxy.js';
import { freePort } from '../../src/test-support/processes.js';
import { rewriteConfig } from '../../src/test-support/pod-records.js';

let moto: Moto;
let home: string;
let work: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => {
  await moto.stop();
});
beforeEach(async () => {
  await moto.reset();
  home = mkdtempSync(join(tmpdir(), 'cli-home-'));
  work = mkdtempSync(join(tmpdir(), 'cli-work-'));
  // The services these tests make state in: a save of every service asks each of them in every
  // region, which the services' own suites cover, and these tests check the CLI.
  env = {
    LOCALSTACK_PODS_HOME: home,
    LOCALSTACK_ENDPOINT: moto.endpoint,
    LOCALSTACK_PODS_WAIT_TIMEOUT: '10',
    LOCALSTACK_PODS_SERVICES: 's3,sqs,ssm',
  };
});

const cli = (...args: string[]) => runCli(args, env);

async function seedBucket(): Promise<string> {
  const file = join(work, 'hello.txt');
  writeFileSync(file, 'hello from the getting-started guide\n');
  await aws(moto.endpoint, ['s3', 'mb', 's3://test-bucket']);
  await aws(moto.endpoint, ['s3', 'cp', file, 's3://test-bucket/hello.txt']);
  return file;
}

describe('the CLI, as a user runs it', () => {
  it('saves a bucket and object made with the AWS CLI, and loads them back after a reset', async () => {
    const file = await seedBucket();
    const saved = await cli('save', 's3-test', '-m', 'first state');
    expect(saved.stderr).not.toMatch(/Error/);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain('Cloud Pod `s3-test` successfully created');
    expect(saved.stdout).toContain('Version: 1');
    expect(saved.stdout).toContain('Services: s3');
    expect(saved.stdout).toContain(`Remote: file://${home}/store`);

    await moto.reset();
    expect((await aws(moto.endpoint, ['s3api', 'list-buckets'])).json.Buckets).toEqual([]);

    const loaded = await cli('load', 's3-test');
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain('Cloud Pod `s3-test:1` successfully loaded');
    const copy = join(work, 'copy.txt');
    await aws(moto.endpoint, ['s3', 'cp', 's3://test-bucket/hello.txt', copy]);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(file, 'utf8'));
  });

  it('shows what the running instance holds with state inspect, as a table and as JSON, saving nothing', async () => {
    await seedBucket();
    await aws(moto.endpoint, ['sqs', 'create-queue', '--queue-name', 'jobs', '--region', 'eu-west-1']);

    const json = await cli('state', 'inspect', '--json');
    expect(json.code, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.instance.brand).toBe('moto');
    expect(result.state).toEqual([
      { account: '123456789012', service: 's3', region: 'us-east-1', resources: 2 },
      { account: '123456789012', service: 'sqs', region: 'eu-west-1', resources: 1 },
    ]);
    const table = await cli('state', 'inspect', '--services', 'sqs');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^Instance: moto at http:\/\/127\.0\.0\.1:\d+\n/);
    expect(table.stdout).toMatch(/ACCOUNT\s+SERVICE\s+REGION\s+RESOURCES\n123456789012\s+sqs\s+eu-west-1\s+1\n$/);
    // Nothing was saved where the user keeps pods.
    expect(JSON.parse((await cli('list', '--json')).stdout).pods).toEqual([]);
  });

  it('lists, shows versions and inspects, as tables and as JSON', async () => {
    await seedBucket();
    await cli('save', 'app', '-m', 'one');
    await cli('save', 'app', '-m', 'two');

    const table = await cli('versions', 'app');
    expect(table.stdout).toMatch(/^VERSION\s+CREATED\s+SIZE\s+SERVICES\s+MESSAGE$/m);
    expect(table.stdout).toMatch(/^2\s+\S+\s+.+\s+s3\s+two$/m);

    const versions = JSON.parse((await cli('versions', 'app', '--json')).stdout);
    expect(versions.versions.map((v: { version: number; message: string }) => [v.version, v.message])).toEqual([
      [1, 'one'],
      [2, 'two'],
    ]);
    expect(versions.versions[0].config.services).toEqual(['s3']);

    const list = JSON.parse((await cli('list', '--json')).stdout);
    expect(list.pods.map((p: { name: string; versions: number }) => [p.name, p.versions])).toEqual([['app', 2]]);

    const inspected = JSON.parse((await cli('inspect', 'app:1', '--json')).stdout);
    expect(inspected.version).toBe(1);
    expect(inspected.layers).toEqual([expect.objectContaining({ service: 's3', region: 'us-east-1', resources: 2, account: '123456789012' })]);
    expect((await cli('inspect', 'app')).stdout).toMatch(/^Pod: app:2$/m);

    // The remote named with --remote, as the other fronts name it, or as an argument.
    const byFlag = JSON.parse((await cli('versions', 'app', '--remote', 'local', '--json')).stdout);
    expect(byFlag.versions).toHaveLength(2);
    expect(JSON.parse((await cli('list', '--remote', 'local', '--json')).stdout).pods).toHaveLength(1);
  });

  it('writes and reads single-file pods, and exports and imports them', async () => {
    await seedBucket();
    const file = join(work, 'my-pod');
    const saved = await cli('save', `file://${file}`);
    expect(saved.code).toBe(0);
    expect(saved.stdout).not.toContain('Replaced');
    expect(existsSync(file)).toBe(true);
    expect((await cli('save', `file://${file}`)).stdout).toContain(`Replaced the file that was at file://${file}`);
    const missing = await cli('save', `file://${join(work, 'missing', 'my-pod')}`);
    expect([missing.code, missing.stderr]).toEqual([
      1,
      `Error: Cannot write file://${join(work, 'missing', 'my-pod')}: the folder ${join(work, 'missing')} does not exist. Create it, or name a file in a folder that exists.\n`,
    ]);
    await moto.reset();
    expect((await cli('load', `file://${file}`)).code).toBe(0);
    expect((await aws(moto.endpoint, ['s3api', 'list-objects-v2', '--bucket', 'test-bucket'])).json.Contents).toHaveLength(1);

    await cli('save', 'shared');
    const exported = await cli('export', 'shared:1', join(work, 'shared.zip'));
    expect(exported.stdout).toContain('Cloud Pod `shared:1` exported to');
    const missingFolder = await cli('export', 'shared:1', join(work, 'missing', 'shared.zip'));
    expect([missingFolder.code, missingFolder.stderr]).toEqual([
      1,
      `Error: Cannot write file://${join(work, 'missing', 'shared.zip')}: the folder ${join(work, 'missing')} does not exist. Create it, or name a file in a folder that exists.\n`,
    ]);
    expect((await cli('export', 'shared:1', join(work, 'shared.zip'))).stdout).toContain(', replacing the file that was there');
    const imported = await cli('import', join(work, 'shared.zip'), 'copied');
    expect(imported.stdout).toContain('Cloud Pod `copied` imported as version 1');
    const [original, copy] = await Promise.all([cli('inspect', 'shared:1', '--json'), cli('inspect', 'copied:1', '--json')]);
    expect(JSON.parse(copy.stdout).digest).toBe(JSON.parse(original.stdout).digest);
  });

  it('prints what a dry-run load would do, as a table and as JSON, and changes nothing', async () => {
    await seedBucket();
    await cli('save', 'plan');
    await aws(moto.endpoint, ['s3', 'mb', 's3://extra']);
    await aws(moto.endpoint, ['s3', 'rm', 's3://test-bucket/hello.txt']);

    const table = await cli('load', 'plan', '--dry-run');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain(
      'Dry run: loading `plan:1` with account-region-merge would create 1, change 0 and delete 1 resource(s); nothing was changed.',
    );
    expect(table.stdout).toMatch(/^ACTION\s+SERVICE\s+ACCOUNT\s+REGION\s+TYPE\s+ID$/m);
    expect(table.stdout).toMatch(/^create\s+s3\s+123456789012\s+us-east-1\s+object\s+test-bucket\/hello\.txt$/m);
    expect(table.stdout).toMatch(/^delete\s+s3\s+123456789012\s+us-east-1\s+bucket\s+extra$/m);
    const planned = JSON.parse((await cli('load', 'plan', '--dry-run', '--json')).stdout).planned;
    expect(planned).toHaveLength(2);
    const buckets = (await aws(moto.endpoint, ['s3api', 'list-buckets'])).json.Buckets.map((b: { Name: string }) => b.Name);
    expect(buckets.sort()).toEqual(['extra', 'test-bucket']);
  });

  it('deletes one version, then the whole pod, and frees their blobs', async () => {
    await seedBucket();
    await cli('save', 'gone');
    await aws(moto.endpoint, ['s3', 'mb', 's3://second']);
    await cli('save', 'gone');
    const one = await cli('delete', 'gone:1');
    expect(one.stdout).toContain('Cloud Pod `gone` version(s) 1 deleted');
    expect(JSON.parse((await cli('versions', 'gone', '--json')).stdout).versions.map((v: { version: number }) => v.version)).toEqual([2]);
    expect((await cli('delete', 'gone')).code).toBe(0);
    expect(JSON.parse((await cli('list', '--json')).stdout).pods).toEqual([]);
    const blobs = readdirSync(join(home, 'store', 'blobs', 'sha256'));
    expect(blobs).toEqual([]);
  });

  it('gives ten concurrent saves of one pod the versions 1 to 10', async () => {
    await seedBucket();
    const results = await Promise.all(Array.from({ length: 10 }, () => cli('save', 'busy')));
    expect(results.map((r) => r.code)).toEqual(Array(10).fill(0));
    const numbers = results.map((r) => Number(/Version: (\d+)/.exec(r.stdout)![1])).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const listed = JSON.parse((await cli('versions', 'busy', '--json')).stdout).versions;
    expect(listed).toHaveLength(10);
  });

  it('leaves no visible version when a save is killed half-way', async () => {
    await aws(moto.endpoint, ['s3', 'mb', 's3://large']);
    const big = join(work, 'big.bin');
    writeFileSync(big, Buffer.alloc(40 * 1024 * 1024, 7));
    await aws(moto.endpoint, ['s3', 'cp', big, 's3://large/big.bin']);
    const child = spawnCli(['save', 'killed'], env);
    const ingest = join(home, 'store', 'ingest');
    await child.until(() => existsSync(ingest) && readdirSync(ingest).length > 0);
    await child.kill();
    // Killed while a blob was being written: its temp file is still there.
    expect(readdirSync(ingest).length).toBeGreaterThan(0);

    const versions = await cli('versions', 'killed');
    expect(versions.code).toBe(1);
    expect(versions.stderr).toContain('Pod "killed" does not exist');
    // The next save works, and garbage collection removes what the killed one left.
    await cli('save', 'other');
    await cli('delete', 'other');
    expect(readdirSync(ingest)).toEqual([]);
  });

  it('keeps what a save captured in private temporary files, and removes those a killed save left', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'cli-tmp-'));
    const tempEnv = { ...env, TMPDIR: temp };
    await aws(moto.endpoint, ['ssm', 'put-parameter', '--name', '/db/password', '--type', 'SecureString', '--value', 'hunter2']);
    const files = join(work, 'many');
    mkdirSync(files);
    for (let i = 10; i < 30; i++) writeFileSync(join(files, `o${i}.txt`), `object ${i}\n`);
    await aws(moto.endpoint, ['s3', 'mb', 's3://many']);
    await aws(moto.endpoint, ['s3', 'cp', '--recursive', files, 's3://many/']);
    expect((await runCli(['save', 'private'], tempEnv)).code).toBe(0);
    expect(readdirSync(temp)).toEqual([]);

    // A second save compares each layer with the first one's through a temporary file, which
    // stays open while the save waits on the bucket's last object, held back by the proxy.
    const proxy = await startFaultProxy(moto.endpoint);
    try {
      proxy.rules = [{ when: (head) => head.method === 'GET' && head.url.startsWith('/many/o29.txt'), fault: { kind: 'hang' } }];
      const child = spawnCli(['save', 'private'], { ...tempEnv, LOCALSTACK_ENDPOINT: proxy.url });
      const own = () => readdirSync(temp).map((name) => join(temp, name));
      const layers = () =>
        own().flatMap((dir) =>
          readdirSync(dir)
            .filter((f) => f.startsWith('layer-'))
            .map((f) => join(dir, f)),
        );
      await child.until(() => proxy.applied.hang > 0 && layers().length > 0);
      const modes = layers().map((file) => statSync(file).mode & 0o777);
      await child.kill();
      expect(new Set(modes)).toEqual(new Set([0o600]));
      expect(own().map((dir) => statSync(dir).mode & 0o777)).toEqual([0o700]);
    } finally {
      await proxy.close();
    }

    // The next run that needs temporary files removes the killed one's, and leaves none of its own.
    expect((await runCli(['save', 'private'], tempEnv)).code).toBe(0);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('refuses a pod whose blob was altered, before touching the instance', async () => {
    await seedBucket();
    await cli('save', 'tampered');
    const inspected = JSON.parse((await cli('inspect', 'tampered', '--json')).stdout);
    const layer = join(home, 'store', 'blobs', 'sha256', inspected.layers[0].digest.slice(7));
    const bytes = readFileSync(layer);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0xff, bytes.length - 5);
    writeFileSync(layer, bytes);
    await moto.reset();
    await aws(moto.endpoint, ['s3', 'mb', 's3://untouched']);

    const loaded = await cli('load', 'tampered', '--strategy', 'overwrite');
    expect(loaded.code).toBe(1);
    expect(loaded.stderr).toMatch(/^Error: Content does not match its digest: expected sha256:[0-9a-f]{64}, got sha256:[0-9a-f]{64}\.$/m);
    const buckets = (await aws(moto.endpoint, ['s3api', 'list-buckets'])).json.Buckets.map((b: { Name: string }) => b.Name);
    expect(buckets).toEqual(['untouched']);
  });

  it('keeps earlier versions intact when the disk fills up during a save', async () => {
    const disk = mkdtempSync(join(tmpdir(), 'full-disk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk]);
    try {
      env.LOCALSTACK_PODS_HOME = disk;
      await seedBucket();
      expect((await cli('save', 'tight')).code).toBe(0);
      const big = join(work, 'big.bin');
      writeFileSync(big, Buffer.alloc(4 * 1024 * 1024, 1));
      await aws(moto.endpoint, ['s3', 'cp', big, 's3://test-bucket/big.bin']);

      const full = await cli('save', 'tight');
      expect(full.code).toBe(1);
      expect(full.stderr).toContain('No space left on the device');
      expect(readdirSync(join(disk, 'store', 'ingest'))).toEqual([]);
      const versions = JSON.parse((await cli('versions', 'tight', '--json')).stdout).versions;
      expect(versions.map((v: { version: number }) => v.version)).toEqual([1]);
      await moto.reset();
      expect((await cli('load', 'tight')).code).toBe(0);
      expect((await aws(moto.endpoint, ['s3api', 'list-objects-v2', '--bucket', 'test-bucket'])).json.Contents).toHaveLength(1);
    } finally {
      execFileSync('umount', [disk]);
    }
  });
});

describe('the CLI on bad input', () => {
  it.each([
    [['save', 'Bad_Name'], 'Invalid pod name "Bad_Name": a name must match [a-z0-9][a-z0-9._-]{0,127}'],
    [['load', 'pod:0'], 'Invalid pod version "0" in "pod:0"'],
    [['list', '--bogus'], "error: unknown option '--bogus'"],
    [['load'], "error: missing required argument 'ref'"],
    [['load', 'pod', '--strategy', 'nuke'], 'Invalid strategy "nuke"'],
    [['save', 'pod', '-s', 'nosuchservice'], 'Unknown service(s): nosuchservice'],
    [['list', 'local', '--remote', 'team'], 'Two remotes given, local and --remote team: name the remote once'],
  ])('exits with 2 on %j and says what is wrong', async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('answers --json with one JSON object, also when it fails: a code for scripts and a message for people', async () => {
    const missing = await cli('versions', 'nothing', '--json');
    expect([missing.code, JSON.parse(missing.stdout).error.code, missing.stderr]).toEqual([1, 'NOT_FOUND', '']);
    expect(JSON.parse(missing.stdout).error.message).toContain('Pod "nothing" does not exist');
    const usage = await cli('versions', '--bogus', '--json');
    expect([usage.code, JSON.parse(usage.stdout), usage.stderr]).toEqual([2, { error: { code: 'USAGE', message: "unknown option '--bogus'" } }, '']);
  });

  it('says at once what it waits for, and in one line that a server is no AWS endpoint', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const waited = await cli('save', 'pod', '--endpoint', closed, '--wait-timeout', '1');
    expect(waited.code).toBe(1);
    expect(waited.stderr).toMatch(new RegExp(`^Waiting for the instance at ${closed} \\(up to 1 s\\)\\n`));
    const web = createServer((_request, response) => response.end('<html><head><meta charset="utf-8"></head><body>a web page</body></html>'));
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    try {
      const page = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
      const notAws = await cli('save', 'pod', '--endpoint', page);
      expect(notAws.code).toBe(1);
      expect(notAws.stderr).toContain(
        `Error: The server at ${page} does not answer as AWS does (STS GetCallerIdentity got HTTP 200 and a body that is no AWS response).`,
      );
      expect(notAws.stderr).not.toContain('XML');
    } finally {
      web.close();
    }
  });

  it('exits with 1 and names what exists when a pod or version is missing', async () => {
    const missing = await cli('load', 'nothing');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Error: Pod "nothing" does not exist in file://');
    await seedBucket();
    await cli('save', 'one');
    const version = await cli('load', 'one:7');
    expect(version.code).toBe(1);
    expect(version.stderr).toContain('Pod "one" has no version 7');
    expect(version.stderr).toContain('it has 1.');
  });

  it('says what it waited for when no instance answers', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const result = await runCli(['save', 'pod', '--endpoint', closed, '--wait-timeout', '1'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Error: No instance answered at ${closed} within 1s (waited for GET ${closed}/_localstack/health: ECONNREFUSED). Start LocalStack or moto there, or point --endpoint (LOCALSTACK_ENDPOINT) at a running one.`,
    );
  });

  it('refuses to load into real AWS unless allowed, whatever partition or spelling names it', async () => {
    await seedBucket();
    await cli('save', 'pod');
    for (const endpoint of ['https://s3.us-east-1.amazonaws.com', 'https://SQS.us-east-1.amazonaws.com.', 'https://sqs.us-iso-east-1.c2s.ic.gov']) {
      const result = await cli('load', 'pod', '--endpoint', endpoint);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Refusing to load into ${endpoint.toLowerCase()}: it is real AWS`);
      expect(result.stderr).toContain('--allow-real-aws');
    }
  });

  it('shows text from a pod with its control characters escaped, on the line it belongs to', async () => {
    await seedBucket();
    const forged = 'Cloud Pod `prod:1` successfully loaded';
    const message = `first\x1b[2J\x1b[H\n${forged}\n::warning::forged\u202e`;
    expect((await cli('save', 'hostile', '-m', message)).code).toBe(0);
    for (const args of [
      ['versions', 'hostile'],
      ['inspect', 'hostile'],
    ]) {
      const { stdout, code } = await cli(...args);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(/[\x1b\u202e]/);
      expect(stdout.split('\n').filter((line) => line.trim() === forged || line.startsWith('::'))).toEqual([]);
      expect(stdout).toContain(`first\\x1b[2J\\x1b[H\\n${forged}\\n::warning::forged\\u202e`);
    }
  });

  it('refuses a pod file with an entry that escapes its directory', async () => {
    const file = join(work, 'evil');
    execFileSync('python3', [
      '-c',
      'import zipfile,sys;z=zipfile.ZipFile(sys.argv[1],"w");z.writestr("oci-layout","{}");z.writestr("../../etc/evil","x");z.close()',
      file,
    ]);
    const result = await cli('load', `file://${file}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('entry "../../etc/evil" would escape its directory');
  });

  it('refuses a truncated pod file', async () => {
    await seedBucket();
    const file = join(work, 'cut');
    await cli('save', `file://${file}`);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 200));
    const result = await cli('load', `file://${file}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is (not a readable pod file|damaged)/);
  });

  it('explains every command in --help', async () => {
    for (const command of ['save', 'load', 'list', 'versions', 'inspect', 'delete', 'export', 'import']) {
      const help = await cli(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: localstack-pods ${command}`);
    }
    const load = (await cli('load', '--help')).stdout;
    expect(load).toContain('deep-merge            resources are merged one by one');
    // Commander wraps help to the width of the output.
    const unwrapped = load.replace(/\s+/g, ' ');
    expect(unwrapped).toContain('-y, --yes do not ask before loading a pod saved from another emulator or version');
    expect(unwrapped).toContain('on a terminal, load first asks whether to continue, and --yes continues without asking.');
  });
});

describe('remotes', () => {
  it('keep placeholders, never a secret, and show URLs masked', async () => {
    const dir = join(work, 'team-store');
    mkdirSync(dir);
    expect((await cli('remote', 'add', 'team', `file://${dir}`)).code).toBe(0);
    for (const leaky of ['s3://bucket/p?secret_access_key=hunter2', 's3://bucket/p?%73ecret_access_key=hunter2']) {
      const refused = await cli('remote', 'add', 'leaky', leaky);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('holds a secret in clear text');
    }
    expect(existsSync(join(home, 'remotes.json')) && readFileSync(join(home, 'remotes.json'), 'utf8')).not.toContain('hunter2');
    const remotes = JSON.parse((await cli('remote', 'list', '--json')).stdout);
    expect(remotes).toEqual([
      { name: 'local', url: expect.stringContaining('/store'), from: '(built in)' },
      { name: 'team', url: `file://${dir}`, from: join(home, 'remotes.json') },
    ]);

    await seedBucket();
    expect((await cli('save', 'shared', 'team')).stdout).toContain(`Remote: file://${dir}`);
    expect(JSON.parse((await cli('list', 'team', '--json')).stdout).pods[0].name).toBe('shared');
    await moto.reset();
    expect((await cli('load', 'shared', 'team')).code).toBe(0);
    expect((await cli('remote', 'delete', 'team')).code).toBe(0);
    // A pod URL's token, a presigned URL's signature and user information never reach the terminal.
    for (const url of [
      'http://127.0.0.1:9/app.zip?token=hunter2',
      'http://user:hunter2@127.0.0.1:9/app.zip',
      'http://127.0.0.1:9/app.zip?X-Amz-Signature=hunter2',
    ]) {
      const failed = await cli('load', url);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain('127.0.0.1:9');
      expect(failed.stdout + failed.stderr).not.toContain('hunter2');
    }
    const gone = await cli('list', 'team');
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('No remote named "team"');
  });
});

describe('encrypted pods', () => {
  it('are saved for age recipients, shown as such without a key, and loaded with an identity file', async () => {
    const { generateX25519Identity, identityToRecipient } = await import('age-encryption');
    const [alice, eve] = await Promise.all([generateX25519Identity(), generateX25519Identity()]);
    const recipient = await identityToRecipient(alice);
    await seedBucket();
    const saved = await cli('save', 'sealed', '--recipient', recipient);
    expect(saved.stdout).toContain(`Encrypted for: ${recipient}`);
    const shown = await cli('inspect', 'sealed');
    expect(shown.stdout).toContain(`Encrypted: yes, for ${recipient}`);
    expect(shown.stdout).toMatch(/^s3\s+123456789012\s+us-east-1\s+2\s+\S+ \S+\s+yes$/m);
    await moto.reset();
    const keyFile = (identity: string) => {
      const file = join(work, `${identity.slice(-8)}.txt`);
      writeFileSync(file, `${identity}\n`);
      return file;
    };
    const refused = await cli('load', 'sealed', '--encryption-key-file', keyFile(eve));
    expect([refused.code, refused.stderr]).toEqual([
      1,
      expect.stringContaining(`it opens with the identity of one of its recipients (${recipient}). The key given does not open it`),
    ]);
    expect((await cli('load', 'sealed', '--encryption-key-file', keyFile(alice))).code).toBe(0);
    expect((await aws(moto.endpoint, ['s3', 'ls', 's3://test-bucket'])).stdout).toContain('hello.txt');
  });
});

describe("a project's config file", () => {
  it('gives the options and remotes of every command run in the project, under the flags and the environment', async () => {
    const project = join(work, 'app');
    const team = join(work, 'team-store');
    mkdirSync(join(project, 'src'), { recursive: true });
    mkdirSync(team);
    const { LOCALSTACK_ENDPOINT: endpoint, ...rest } = env;
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({
        name: 'app',
        'localstack-pods': { endpoint, remote: 'team', services: ['sqs'], message: 'from the config', remotes: { team: `file://${team}` } },
      }),
    );
    // The environment of a user who set neither the endpoint nor the services.
    const inProject = (...args: string[]) => runCli(args, { ...rest, LOCALSTACK_PODS_SERVICES: '' }, { cwd: join(project, 'src') });
    await seedBucket();
    await aws(moto.endpoint, ['sqs', 'create-queue', '--queue-name', 'jobs']);

    const saved = await inProject('save', 'app', '--json');
    expect(saved.code, saved.stderr).toBe(0);
    expect(JSON.parse(saved.stdout)).toMatchObject({ remote: `file://${team}`, services: ['sqs'] });
    const versions = JSON.parse((await inProject('versions', 'app', '--json')).stdout).versions;
    expect(versions.map((v: { message: string }) => v.message)).toEqual(['from the config']);
    // A flag wins over the file.
    expect(JSON.parse((await inProject('save', 'app', '-m', 'flag', '--json')).stdout).version).toBe(2);
    expect(JSON.parse((await inProject('versions', 'app', '--json')).stdout).versions[1].message).toBe('flag');

    const remotes = JSON.parse((await inProject('remote', 'list', '--json')).stdout);
    expect(remotes).toContainEqual({ name: 'team', url: `file://${team}`, from: join(project, 'package.json') });
    // Outside the project the name means nothing.
    expect((await cli('list', 'team')).stderr).toContain('No remote named "team"');

    // The nearest file wins, and a bad one stops the command before it does anything.
    const nearest = join(project, 'src', 'localstack-pods.config.json');
    writeFileSync(nearest, '{"strategy": "nuke"}');
    const bad = await inProject('load', 'app');
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('Invalid strategy "nuke"')]);
    writeFileSync(nearest, '{"stratgy": "merge"}');
    expect((await inProject('list')).stderr).toContain(`Unknown option "stratgy" in ${nearest}`);
  });
});

describe('shell completion', () => {
  const shims = mkdtempSync(join(tmpdir(), 'completion-bin-'));
  writeFileSync(join(shims, 'localstack-pods'), `#!/bin/sh\nexec "${process.execPath}" "${BUILT_CLI}" "$@"\n`, { mode: 0o755 });
  const shell = (command: string, args: readonly string[]) =>
    execFileSync(command, args, { env: { ...process.env, ...env, PATH: `${shims}:${process.env.PATH}` }, encoding: 'utf8' });

  beforeEach(async () => {
    await aws(moto.endpoint, ['sqs', 'create-queue', '--queue-name', 'jobs']);
    expect((await cli('save', 'seeded-app')).code).toBe(0);
    expect((await cli('remote', 'add', 'team', `file://${work}`)).code).toBe(0);
  });

  it('completes commands, strategies, remotes and local pods in bash', () => {
    const complete = (...words: string[]) =>
      shell('bash', [
        '-c',
        'source /usr/share/bash-completion/bash_completion; source <(localstack-pods completion bash); ' +
          'COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; __localstack_pods_complete; printf "%s\\n" "${COMPREPLY[@]}"',
        'bash',
        'localstack-pods',
        ...words,
      ])
        .split('\n')
        .filter(Boolean);
    expect(complete('ver')).toEqual(['versions']);
    expect(complete('load', 'x', '--strategy', '')).toEqual(['account-region-merge', 'merge', 'service-merge', 'deep-merge', 'overwrite']);
    expect(complete('list', '')).toEqual(['local', 'team']);
    expect(complete('load', 'seed')).toEqual(['seeded-app']);
  });

  it('completes in fish, and gives zsh a completion function', () => {
    const fish = shell('fish', [
      '-c',
      'localstack-pods completion fish | source; complete -C"localstack-pods load seeded-app --rem"; complete -C"localstack-pods inspect "',
    ]);
    expect(fish).toMatch(/^--remote\t/m);
    expect(fish).toMatch(/^seeded-app\tpod in the local store$/m);
    const zsh = shell('zsh', [
      '-c',
      'autoload -U compinit; compinit -u; source <(localstack-pods completion zsh); whence -w _localstack-pods; echo $_comps[localstack-pods]',
    ]);
    expect(zsh).toBe('_localstack-pods: function\n_localstack-pods\n');
  });
});

describe('check', () => {
  it('passes a healthy store, and names the pod, version and blob of each problem with exit 1', async () => {
    await seedBucket();
    expect((await cli('save', 'checked')).code).toBe(0);
    const healthy = await cli('check');
    expect(healthy.code).toBe(0);
    expect(healthy.stdout).toMatch(/Checked 1 pods, 1 versions and \d+ blobs in .*\.\nNo problems found\./);

    const manifest = JSON.parse((await cli('inspect', 'checked', '--json')).stdout).digest as string;
    const blobs = join(home, 'store', 'blobs', 'sha256');
    const layer = (JSON.parse(readFileSync(join(blobs, manifest.slice(7)), 'utf8')) as { layers: { digest: string }[] }).layers[0]!.digest;
    writeFileSync(join(blobs, layer.slice(7)), 'damaged');

    const damaged = await cli('check', '--read-data', '--json');
    expect(damaged.code).toBe(1);
    expect(JSON.parse(damaged.stdout).problems).toEqual([{ pod: 'checked', version: 1, blob: layer, problem: expect.any(String) }]);
    const text = await cli('check');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`checked  1        ${layer}`);
    expect(text.stderr).toContain('1 problem(s)');
  });
});

describe('a load into another emulator than the pod was saved from', () => {
  const WARNING = 'Warning: saved from LocalStack 4.14.0, loading into moto';
  const PROMPT = 'Do you want to continue? [y/N]';
  const onTerminal = async (answer: string, ...args: string[]) => {
    const run = await runCliOnTerminal(args, env, { prompt: PROMPT, answer });
    // What a person reads: without the progress line's control sequences and carriage returns.
    return { code: run.code, shown: run.output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '') };
  };
  const buckets = async () => (await aws(moto.endpoint, ['s3api', 'list-buckets'])).json.Buckets.map((b: { Name: string }) => b.Name);

  // moto saves the pod; its config then says LocalStack, as one saved there does.
  beforeEach(async () => {
    await seedBucket();
    expect((await cli('save', 'seed')).code).toBe(0);
    await rewriteConfig(home, 'seed', 'from-localstack', (config) => ({
      ...config,
      source: { brand: 'localstack', edition: 'community', version: '4.14.0' },
    }));
    await moto.reset();
  });

  it('warns and loads without asking where no one is at a terminal', async () => {
    const loaded = await cli('load', 'from-localstack');
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(loaded.stderr).toContain(`${WARNING}\n`);
    expect(loaded.stderr).not.toContain('Do you want to continue?');
    expect(loaded.stdout).toContain('Cloud Pod `from-localstack:1` successfully loaded');
    expect(await buckets()).toEqual(['test-bucket']);
  });

  it('asks on a terminal: no aborts with nothing loaded, yes loads', async () => {
    const declined = await onTerminal('n', 'load', 'from-localstack');
    expect(declined.code, declined.shown).toBe(1);
    expect(declined.shown).toContain(
      `${WARNING}\n${PROMPT} n\nError: Load of from-localstack aborted: nothing was loaded and the instance was not changed. Pass --yes to load without asking.\n`,
    );
    expect(declined.shown).not.toContain('successfully loaded');
    expect(await buckets()).toEqual([]);

    const accepted = await onTerminal('y', 'load', 'from-localstack');
    expect(accepted.code, accepted.shown).toBe(0);
    expect(accepted.shown).toContain(`${WARNING}\n${PROMPT} y\n`);
    expect(accepted.shown).toContain('Cloud Pod `from-localstack:1` successfully loaded');
    expect(await buckets()).toEqual(['test-bucket']);
  });

  it('does not ask on a terminal with --yes', async () => {
    const loaded = await onTerminal('n', 'load', 'from-localstack', '--yes');
    expect(loaded.code, loaded.shown).toBe(0);
    expect(loaded.shown).toContain(`${WARNING}\n`);
    expect(loaded.shown).not.toContain(PROMPT);
    expect(await buckets()).toEqual(['test-bucket']);
  });

  it('neither warns nor asks on a terminal when the pod comes from the same emulator', async () => {
    const loaded = await onTerminal('n', 'load', 'seed');
    expect(loaded.code, loaded.shown).toBe(0);
    expect(loaded.shown).not.toContain('Warning');
    expect(loaded.shown).not.toContain(PROMPT);
    expect(await buckets()).toEqual(['test-bucket']);
  });
});
