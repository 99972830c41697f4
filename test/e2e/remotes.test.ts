import { copyFileSync, createReadStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aws, runCli } from '../../src/test-support/cli.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';
import { rewritePod } from '../../src/test-support/pod-records.js';
import { startRegistry } from '../../src/test-support/registry.js';

let moto: Moto;
let storage: Moto;
let home: string;
let work: string;
let env: NodeJS.ProcessEnv;
let files: HttpServer;
let filesUrl: string;
const requested: string[] = [];

beforeAll(async () => {
  // One moto is the instance whose state is saved; the other's S3 holds the pods, as a team's bucket would.
  [moto, storage] = await Promise.all([startMoto(), startMoto()]);
  await aws(storage.endpoint, ['s3', 'mb', 's3://team-pods']);
  files = createServer((request, response) => {
    requested.push(request.url!);
    const path = join(work, decodeURIComponent(request.url!.replace(/^\/+/, '')));
    const stream = createReadStream(path);
    stream.on('error', () => {
      response.statusCode = 404;
      response.end();
    });
    stream.pipe(response);
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as { port: number }).port}`;
});
afterAll(async () => {
  files.close();
  await Promise.all([moto.stop(), storage.stop()]);
});
beforeEach(async () => {
  await moto.reset();
  home = mkdtempSync(join(tmpdir(), 'remotes-home-'));
  work = mkdtempSync(join(tmpdir(), 'remotes-work-'));
  env = {
    LOCALSTACK_PODS_HOME: home,
    LOCALSTACK_ENDPOINT: moto.endpoint,
    LOCALSTACK_PODS_WAIT_TIMEOUT: '10',
    // The services these tests make state in (see the CLI suite).
    LOCALSTACK_PODS_SERVICES: 's3,ssm',
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI-very-secret',
  };
});

const cli = (...args: string[]) => runCli(args, env);
const s3Url = () => `s3://team-pods/ci?endpoint=${storage.endpoint}&access_key_id={access_key_id}&secret_access_key={secret_access_key}`;

async function seed(bucket = 'data'): Promise<void> {
  await aws(moto.endpoint, ['s3', 'mb', `s3://${bucket}`]);
  writeFileSync(join(work, 'a.txt'), 'alpha');
  await aws(moto.endpoint, ['s3', 'cp', join(work, 'a.txt'), `s3://${bucket}/a.txt`]);
}

describe('remotes through the CLI', () => {
  it('save to and load from an S3 remote named with placeholders, never showing the secret', async () => {
    await seed();
    expect((await cli('remote', 'add', 'team', s3Url())).code).toBe(0);
    const saved = await cli('save', 'shared', 'team', '--json');
    expect(saved.code, saved.stderr).toBe(0);
    expect(JSON.parse(saved.stdout).remote).toBe(s3Url());
    const everything = [saved.stdout, saved.stderr, (await cli('remote', 'list', '--json')).stdout, (await cli('list', 'team')).stdout].join('\n');
    expect(everything).not.toContain('very-secret');

    await moto.reset();
    const loaded = await cli('load', 'shared', 'team');
    expect(loaded.code, loaded.stderr).toBe(0);
    expect((await aws(moto.endpoint, ['s3', 'cp', 's3://data/a.txt', '-'])).stdout).toBe('alpha');
  });

  it('say in one line that a bucket is missing, naming the remote', async () => {
    await seed();
    const missing = s3Url().replace('team-pods', 'no-such-bucket');
    const result = await cli('save', 'x', missing);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Error: Bucket "no-such-bucket" does not exist (remote ${missing}).\n`);
  });

  it('copy versions between remotes without an instance, sending only what is missing', async () => {
    await seed();
    const dir = join(work, 'mirror');
    await cli('save', 'pod');
    await seed('more');
    await cli('save', 'pod');

    const first = await cli('copy', 'pod', 'local', s3Url(), '--all-versions', '--json');
    expect(first.code, first.stderr).toBe(0);
    const copied = JSON.parse(first.stdout).versions;
    expect(copied.map((v: { version: number; outcome: string }) => [v.version, v.outcome])).toEqual([
      [1, 'copied'],
      [2, 'copied'],
    ]);

    const again = JSON.parse((await cli('copy', 'pod', 'local', s3Url(), '--all-versions', '--json')).stdout).versions;
    expect(again.map((v: { outcome: string }) => v.outcome)).toEqual(['present', 'present']);

    const back = await cli('copy', 'pod:1', s3Url(), `file://${dir}`);
    expect(back.stdout).toContain('Cloud Pod `pod` copied from');
    const [original, mirrored] = await Promise.all([cli('inspect', 'pod:1', '--json'), cli('inspect', 'pod:1', `file://${dir}`, '--json')]);
    expect(JSON.parse(mirrored.stdout).digest).toBe(JSON.parse(original.stdout).digest);
  });

  it('load a single-file pod from an https URL and from a git:// path', async () => {
    await seed();
    await cli('save', `file://${join(work, 'seed.zip')}`);
    await moto.reset();
    const fromUrl = await cli('load', `${filesUrl}/seed.zip`);
    expect(fromUrl.code, fromUrl.stderr).toBe(0);
    expect(fromUrl.stdout).toContain('Cloud Pod `seed:1` successfully loaded');
    expect((await aws(moto.endpoint, ['s3', 'cp', 's3://data/a.txt', '-'])).stdout).toBe('alpha');

    // git://user/repo@branch/path reads <raw base>/user/repo/branch/path.
    const repo = join(work, 'acme', 'fixtures', 'release');
    mkdirSync(repo, { recursive: true });
    copyFileSync(join(work, 'seed.zip'), join(repo, 'seed.zip'));
    await moto.reset();
    const fromGit = await runCli(['load', 'git://acme/fixtures@release/seed.zip'], { ...env, LOCALSTACK_PODS_GIT_RAW_BASE: filesUrl });
    expect(fromGit.code, fromGit.stderr).toBe(0);
    expect(requested).toContain('/acme/fixtures/release/seed.zip');

    const missing = await runCli(['load', 'git://acme/fixtures/none.zip'], { ...env, LOCALSTACK_PODS_GIT_RAW_BASE: filesUrl });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No pod file at git://acme/fixtures/none.zip (404).');
  });

  it('refuse to save to a read-only URL', async () => {
    const result = await cli('save', `${filesUrl}/new.zip`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is read-only');
  });
});

describe('an OCI registry remote through the CLI', () => {
  it('saves with token auth, mirrors to S3, and loads back from both', async () => {
    const registry = await startRegistry({ auth: 'token' });
    try {
      const oras = registry.url('team');
      const withRegistry = { ...env, ...registry.env };
      await seed();
      const saved = await runCli(['save', 'seeded', oras, '-m', 'from CI'], withRegistry);
      expect(saved.code, saved.stderr).toBe(0);
      expect(saved.stdout).toContain(`Remote: ${oras}`);
      expect(saved.stdout + saved.stderr).not.toContain(registry.credentials!.password);
      const versions = JSON.parse((await runCli(['versions', 'seeded', oras, '--json'], withRegistry)).stdout).versions;
      expect(versions.map((v: { version: number; message: string }) => [v.version, v.message])).toEqual([[1, 'from CI']]);

      const mirrored = await runCli(['copy', 'seeded', oras, s3Url()], withRegistry);
      expect(mirrored.code, mirrored.stderr).toBe(0);

      for (const remote of [oras, s3Url()]) {
        await moto.reset();
        const loaded = await runCli(['load', 'seeded', remote], withRegistry);
        expect(loaded.code, loaded.stderr).toBe(0);
        expect((await aws(moto.endpoint, ['s3', 'cp', 's3://data/a.txt', '-'])).stdout).toBe('alpha');
      }

      const wrong = await runCli(['list', oras], { ...withRegistry, ORAS_PASSWORD: 'wrong-password' });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toMatch(
        /^Error: .*refused the credentials for oras:\/\/\{oras_username\}:\{oras_password\}@127\.0\.0\.1:\d+\/team\?plain-http=true.*$/m,
      );
      expect(wrong.stderr).not.toContain('wrong-password');
    } finally {
      await registry.stop();
    }
  });
});

describe('a load the instance partly rejects', () => {
  it('reports each rejected resource with its name and the emulator message, loads the rest, and exits 1', async () => {
    await aws(moto.endpoint, ['ssm', 'put-parameter', '--name', '/app/ok', '--type', 'String', '--value', 'fine']);
    await aws(moto.endpoint, ['ssm', 'put-parameter', '--name', '/app/reserved', '--type', 'String', '--value', 'x']);
    await cli('save', 'params', '-s', 'ssm');
    // Names under /aws are AWS's own: every emulator refuses to create one.
    await rewritePod(home, 'params', 'clash', (record) =>
      record.id === '/app/reserved' ? { ...record, id: '/aws/reserved', data: { ...record.data, name: '/aws/reserved' } } : record,
    );
    await moto.reset();

    const result = await cli('load', 'clash');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 resource(s) could not be restored; the rest of the pod was loaded:');
    expect(result.stderr).toMatch(/^ {2}ssm parameter \/aws\/reserved: .+$/m);
    expect((await aws(moto.endpoint, ['ssm', 'get-parameter', '--name', '/app/ok'])).json.Parameter.Value).toBe('fine');
  });
});
