import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server as HttpServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCacheServer, type CacheServer } from '../../src/test-support/actions-cache.js';
import { newJob, runStep, type Job } from '../../src/test-support/action-runner.js';
import { aws, runCli } from '../../src/test-support/cli.js';
import { startFaultProxy } from '../../src/test-support/fault-proxy.js';
import { startLocalStack } from '../../src/test-support/localstack.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';
import { freePort, type Server } from '../../src/test-support/processes.js';

const SECRET = 'wJalrXUtnFEMI-action-very-secret';

let moto: Moto;
let storage: Moto;
let cacheServer: CacheServer;
/** A `file://` remote the pods are saved to before each test, named `team` through the `remotes` input. */
let remoteDir: string;
let remotes: string;

/** Saves the instance's state with the built CLI as the next version of `pod` in `remote`. */
async function savePod(endpoint: string, pod: string, remote: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'action-cli-home-'));
  const saved = await runCli(['save', pod, remote], { LOCALSTACK_PODS_HOME: home, LOCALSTACK_ENDPOINT: endpoint, ...env });
  if (saved.code !== 0) throw new Error(`save ${pod} failed: ${saved.stderr}`);
}

/** A bucket holding one object, on `endpoint`. */
async function seedBucket(endpoint: string, bucket: string, body = 'hello'): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'action-seed-')), 'a.txt');
  writeFileSync(file, body);
  await aws(endpoint, ['s3', 'mb', `s3://${bucket}`]);
  await aws(endpoint, ['s3', 'cp', file, `s3://${bucket}/a.txt`]);
}

async function objectBody(endpoint: string, bucket: string): Promise<string> {
  return (await aws(endpoint, ['s3', 'cp', `s3://${bucket}/a.txt`, '-'])).stdout;
}

async function buckets(endpoint: string): Promise<string[]> {
  return ((await aws(endpoint, ['s3api', 'list-buckets'])).json.Buckets as { Name: string }[]).map((b) => b.Name);
}

/** An HTTP server on `port` that forwards every request to `target`. */
async function forward(port: number, target: string): Promise<HttpServer> {
  const server = createServer((request, response) => {
    const upstream = httpRequest(`${target}${request.url}`, { method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

const annotations = (stdout: string, kind: 'error' | 'warning') => stdout.split('\n').filter((l) => l.startsWith(`::${kind}`));

beforeAll(async () => {
  // One moto is the job's instance; the other's S3 holds pods, as a team's bucket would.
  [moto, storage, cacheServer] = await Promise.all([startMoto(), startMoto(), startCacheServer()]);
  await aws(storage.endpoint, ['s3', 'mb', 's3://team-pods']);
});
afterAll(async () => {
  await Promise.all([moto?.stop(), storage?.stop(), cacheServer?.stop()]);
});
beforeEach(async () => {
  await moto.reset();
  remoteDir = mkdtempSync(join(tmpdir(), 'action-remote-'));
  remotes = `team=${pathToFileURL(remoteDir).href}`;
});

describe('the Action against moto', () => {
  it('loads pods in order, writes the outputs, the state and a summary table', async () => {
    await seedBucket(moto.endpoint, 'first');
    await savePod(moto.endpoint, 'base', pathToFileURL(remoteDir).href);
    await aws(moto.endpoint, ['sqs', 'create-queue', '--queue-name', 'jobs']);
    await savePod(moto.endpoint, 'queues', pathToFileURL(remoteDir).href);
    await moto.reset();

    const job = newJob();
    // The instance as `localhost`: later steps get it as 127.0.0.1, where S3 clients go path-style.
    const localhost = moto.endpoint.replace('127.0.0.1', 'localhost');
    const main = await runStep(
      'main',
      job,
      { endpoint: localhost, pods: 'base:1\nqueues', remote: 'team', remotes, 'export-aws-env': 'true' },
      { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: '', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' },
    );
    expect(main.code, main.stdout + main.stderr).toBe(0);
    // Later steps reach the instance; what the job set itself stays.
    expect(main.exported).toEqual({
      LOCALSTACK_ENDPOINT: moto.endpoint,
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_DEFAULT_REGION: 'eu-west-1',
    });
    expect(await buckets(moto.endpoint)).toEqual(['first']);
    expect(await objectBody(moto.endpoint, 'first')).toBe('hello');

    const loaded = JSON.parse(main.outputs.loaded!);
    expect(loaded.map((p: { ref: string; version: number }) => [p.ref, p.version])).toEqual([
      ['base:1', 1],
      ['queues', 1],
    ]);
    expect(loaded[1].services).toContain('sqs');
    expect(loaded[0].digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(main.outputs.endpoint).toBe(localhost);
    expect(readFileSync(job.state, 'utf8')).toContain(localhost);
    const summary = readFileSync(job.summary, 'utf8');
    expect(summary).toContain('<th>Pod</th><th>Version</th><th>Services</th><th>Resources</th><th>Time</th>');
    expect(summary).toMatch(/<tr><td>base:1<\/td><td>1<\/td><td>s3<\/td><td>2<\/td><td>[\d.]+ s<\/td><\/tr>/);
  });

  it('waits for an instance that is still starting, and gives up with a message after wait-timeout', async () => {
    await seedBucket(moto.endpoint, 'later');
    await savePod(moto.endpoint, 'later', pathToFileURL(remoteDir).href);
    await moto.reset();
    // The instance answers on its port only two seconds after the step starts, as a service
    // container that is still starting would.
    const port = await freePort();
    const running = runStep('main', newJob(), { endpoint: `http://127.0.0.1:${port}`, pods: 'later', remote: 'team', remotes, 'wait-timeout': '60' });
    await sleep(2000);
    const late = await forward(port, moto.endpoint);
    try {
      const result = await running;
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(await buckets(moto.endpoint)).toEqual(['later']);
    } finally {
      late.close();
    }
    const gaveUp = await runStep('main', newJob(), {
      endpoint: `http://127.0.0.1:${await freePort()}`,
      pods: 'later',
      remote: 'team',
      remotes,
      'wait-timeout': '1',
    });
    expect(gaveUp.code).toBe(1);
    expect(annotations(gaveUp.stdout, 'error').join('\n')).toMatch(/No instance answered at .* within 1s/);
    // The step's inputs name the option, not the CLI's flag.
    expect(annotations(gaveUp.stdout, 'error').join('\n')).toContain('point `endpoint` (LOCALSTACK_ENDPOINT) at a running one');
  });

  it('fails with an annotation that says what to do when a pod is missing and fail-on-missing is true', async () => {
    await seedBucket(moto.endpoint, 'kept');
    await savePod(moto.endpoint, 'kept', pathToFileURL(remoteDir).href);
    await moto.reset();
    const result = await runStep('main', newJob(), { endpoint: moto.endpoint, pods: 'absent,kept', remote: 'team', remotes });
    expect(result.code).toBe(1);
    const [error] = annotations(result.stdout, 'error');
    // Annotation properties are escaped as the runner expects (`:` is %3A).
    expect(error).toContain('title=localstack-pods%3A pod absent not found::');
    expect(error).toContain('Pod "absent" does not exist');
    expect(error).toContain('set `fail-on-missing: false`');
    // The step stops at the missing pod.
    expect(await buckets(moto.endpoint)).toEqual([]);
  });

  it('warns and loads the other pods when fail-on-missing is false', async () => {
    await seedBucket(moto.endpoint, 'kept');
    await savePod(moto.endpoint, 'kept', pathToFileURL(remoteDir).href);
    await moto.reset();
    const job = newJob();
    const result = await runStep('main', job, {
      endpoint: moto.endpoint,
      pods: 'absent:3,kept',
      remote: 'team',
      remotes,
      'fail-on-missing': 'false',
    });
    expect(result.code, result.stdout).toBe(0);
    expect(annotations(result.stdout, 'warning').join('\n')).toContain('Pod "absent" does not exist');
    expect(annotations(result.stdout, 'error')).toEqual([]);
    expect(JSON.parse(result.outputs.loaded!).map((p: { ref: string }) => p.ref)).toEqual(['kept']);
    expect(await buckets(moto.endpoint)).toEqual(['kept']);
    expect(readFileSync(job.summary, 'utf8')).toContain('<td>absent:3</td><td>missing</td>');
  });

  it.each([
    ['success', 'success', true],
    ['success', 'failure', false],
    ['failure', 'failure', true],
    ['failure', 'success', false],
    ['always', 'success', true],
    ['always', 'failure', true],
    ['never', 'failure', false],
  ])('post with save-if %s in a job that ended in %s saves: %s', async (saveIf, status, saves) => {
    const job = newJob();
    const inputs = { endpoint: moto.endpoint, remote: 'team', remotes, save: 'after-job', 'save-if': saveIf, message: 'left by the job' };
    const main = await runStep('main', job, inputs);
    expect(main.code, main.stdout).toBe(0);
    await seedBucket(moto.endpoint, 'made-by-the-job');
    const post = await runStep('post', job, { ...inputs, 'job-status': status });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    const summary = readFileSync(job.summary, 'utf8');
    if (saves) {
      expect(post.outputs['saved-version']).toBe('1');
      expect(post.outputs['saved-digest']).toMatch(/^sha256:/);
      expect(summary).toContain('<td>after-job</td><td>1</td><td>s3</td>');
      const versions = await runCli(['versions', 'after-job', pathToFileURL(remoteDir).href, '--json'], { LOCALSTACK_PODS_HOME: job.home });
      expect(JSON.parse(versions.stdout).versions[0].message).toBe('left by the job');
    } else {
      expect(post.outputs['saved-version']).toBeUndefined();
      expect(summary).toContain(`Did not save \`after-job\`: save-if is ${saveIf} and the job's status is ${status}.`);
    }
  });

  it('saves from the post step the state of the instance main waited for, with the services asked for', async () => {
    await aws(moto.endpoint, ['sqs', 'create-queue', '--queue-name', 'seeded']);
    await savePod(moto.endpoint, 'seed', pathToFileURL(remoteDir).href);
    await moto.reset();
    const job = newJob();
    const inputs = { endpoint: moto.endpoint, pods: 'seed', remote: 'team', remotes, save: 'only-queues', 'save-if': 'always', services: 'sqs' };
    expect((await runStep('main', job, inputs)).code).toBe(0);
    await seedBucket(moto.endpoint, 'not-saved');
    await aws(moto.endpoint, ['sqs', 'create-queue', '--queue-name', 'saved']);
    // The post step reads the endpoint from main's state, not from its input.
    const post = await runStep('post', job, { ...inputs, endpoint: 'http://127.0.0.1:9', 'job-status': 'success' });
    expect(post.code, post.stdout).toBe(0);
    const inspected = await runCli(['inspect', 'only-queues', pathToFileURL(remoteDir).href, '--json'], { LOCALSTACK_PODS_HOME: job.home });
    expect(JSON.parse(inspected.stdout).config.services).toEqual(['sqs']);
    // The summary says what the job started from, as main left it in the step state.
    expect(readFileSync(job.summary, 'utf8')).toContain('which started from seed (version 1), left behind (job success)');
  });

  it('masks every credential of an S3 remote before it logs anything, and loads through it', async () => {
    const storageEnv = { AWS_ACCESS_KEY_ID: 'AKIDACTIONTEST', AWS_SECRET_ACCESS_KEY: SECRET };
    const s3 = `s3://team-pods/action?endpoint=${storage.endpoint}&access_key_id={access_key_id}&secret_access_key={secret_access_key}`;
    await seedBucket(moto.endpoint, 'from-s3');
    await savePod(moto.endpoint, 'shared', s3, storageEnv);
    await moto.reset();
    const result = await runStep('main', newJob(), { endpoint: moto.endpoint, pods: 'shared', remote: 'team', remotes: `team=${s3}` }, storageEnv);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    const mask = lines.indexOf(`::add-mask::${SECRET}`);
    expect(mask).toBeGreaterThanOrEqual(0);
    // Masked before the step writes anything else.
    expect(lines.slice(0, mask).filter((l) => !l.startsWith('::add-mask::'))).toEqual([]);
    expect(result.stdout.replaceAll(`::add-mask::${SECRET}`, '')).not.toContain(SECRET);
    expect(await objectBody(moto.endpoint, 'from-s3')).toBe('hello');
  });

  it('saves an encrypted pod from the post step and loads it in main with the key, masked before anything is written', async () => {
    const KEY = 'action-passphrase-not-to-be-logged';
    await seedBucket(moto.endpoint, 'encrypted-bucket', 'top secret');
    const saving = newJob();
    const post = await runStep('post', saving, {
      endpoint: moto.endpoint,
      remote: 'team',
      remotes,
      save: 'sealed',
      'save-if': 'always',
      'encryption-key': KEY,
      'job-status': 'success',
    });
    expect(post.code, post.stdout).toBe(0);
    const inspected = JSON.parse(
      (await runCli(['inspect', 'sealed', pathToFileURL(remoteDir).href, '--json'], { LOCALSTACK_PODS_HOME: saving.home })).stdout,
    );
    expect(inspected.encryption.to).toBe('passphrase');
    await moto.reset();
    const refused = await runStep('main', newJob(), { endpoint: moto.endpoint, pods: 'sealed', remote: 'team', remotes });
    expect(refused.code).toBe(1);
    expect(annotations(refused.stdout, 'error').join('\n')).toContain('is encrypted: it opens with its passphrase. No key was given');
    const loaded = await runStep('main', newJob(), { endpoint: moto.endpoint, pods: 'sealed', remote: 'team', remotes, 'encryption-key': KEY });
    expect(loaded.code, loaded.stdout).toBe(0);
    const lines = loaded.stdout.split('\n');
    expect(lines.slice(0, lines.indexOf(`::add-mask::${KEY}`)).filter((l) => !l.startsWith('::add-mask::'))).toEqual([]);
    expect(loaded.stdout.replaceAll(`::add-mask::${KEY}`, '')).not.toContain(KEY);
    expect(await objectBody(moto.endpoint, 'encrypted-bucket')).toBe('top secret');
  });

  it('refuses a bad input before it waits for anything', async () => {
    const result = await runStep('main', newJob(), { endpoint: moto.endpoint, 'save-if': 'sometimes' });
    expect(result.code).toBe(1);
    expect(annotations(result.stdout, 'error')[0]).toContain('Invalid save-if "sometimes": expected failure or success or always or never.');
  });
});

describe('the GitHub Actions cache as a store', () => {
  const cacheJob = (ref: string, readRefs: string[] = []) => newJob(cacheServer.jobEnv(ref, readRefs));

  /** A job on `job`'s branch whose post step saves the instance's state to github-cache:// as `pod`. */
  async function saveToCache(job: Job, pod: string): Promise<string> {
    const inputs = { endpoint: moto.endpoint, save: pod, 'save-remote': 'github-cache://', 'save-if': 'always' };
    expect((await runStep('main', job, inputs)).code).toBe(0);
    const post = await runStep('post', job, { ...inputs, 'job-status': 'success' });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    return post.outputs['saved-version']!;
  }

  it('saves a pod in one job and loads it by name, latest by default, in a later job of the branch', async () => {
    const requestsBefore = cacheServer.requests.length;
    await seedBucket(moto.endpoint, 'cached', 'one');
    expect(await saveToCache(cacheJob('refs/heads/main'), 'cached-pod')).toBe('1');
    await seedBucket(moto.endpoint, 'cached-two', 'two');
    expect(await saveToCache(cacheJob('refs/heads/main'), 'cached-pod')).toBe('2');
    expect(cacheServer.entries.filter((e) => e.key.startsWith('localstack-pods/pods/cached-pod/')).map((e) => [e.scope, e.key])).toEqual([
      ['refs/heads/main', 'localstack-pods/pods/cached-pod/v1/'],
      ['refs/heads/main', 'localstack-pods/pods/cached-pod/v2/'],
    ]);

    await moto.reset();
    const latest = await runStep('main', cacheJob('refs/heads/main'), { endpoint: moto.endpoint, pods: 'cached-pod', remote: 'github-cache://' });
    expect(latest.code, latest.stdout + latest.stderr).toBe(0);
    expect(JSON.parse(latest.outputs.loaded!)[0].version).toBe(2);
    expect((await buckets(moto.endpoint)).sort()).toEqual(['cached', 'cached-two']);

    await moto.reset();
    const first = await runStep('main', cacheJob('refs/heads/main'), { endpoint: moto.endpoint, pods: 'cached-pod:1', remote: 'github-cache://' });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(JSON.parse(first.outputs.loaded!)[0].version).toBe(1);
    expect(await buckets(moto.endpoint)).toEqual(['cached']);

    // What went over the wire is what a runner sends: Twirp calls, a single-shot block blob
    // upload, then the Azure SDK's properties request and ranged reads.
    const requests = cacheServer.requests.slice(requestsBefore);
    expect(requests).toContain('CreateCacheEntry localstack-pods/pods/cached-pod/v1/');
    expect(requests).toContain('FinalizeCacheEntryUpload localstack-pods/pods/cached-pod/v1/');
    expect(requests).toContain('GetCacheEntryDownloadURL localstack-pods/pods/cached-pod/v1/');
    expect(requests.filter((r) => /^PUT blob \d+ BlockBlob$/.test(r))).toHaveLength(2);
    expect(requests.some((r) => /^HEAD blob \d+$/.test(r))).toBe(true);
    expect(requests.some((r) => /^GET blob \d+ bytes=0-\d+$/.test(r))).toBe(true);
  });

  it('reads the default branch from a feature branch, and writes to the feature branch only', async () => {
    await seedBucket(moto.endpoint, 'on-main');
    expect(await saveToCache(cacheJob('refs/heads/main'), 'scoped')).toBe('1');

    await moto.reset();
    const feature = cacheJob('refs/heads/feature', ['refs/heads/main']);
    const loaded = await runStep('main', feature, { endpoint: moto.endpoint, pods: 'scoped', remote: 'github-cache://' });
    expect(loaded.code, loaded.stdout).toBe(0);
    expect(await buckets(moto.endpoint)).toEqual(['on-main']);
    await seedBucket(moto.endpoint, 'on-feature');
    const post = await runStep('post', feature, {
      endpoint: moto.endpoint,
      save: 'scoped',
      'save-remote': 'github-cache://',
      'save-if': 'always',
      'job-status': 'success',
    });
    expect(post.outputs['saved-version'], post.stdout).toBe('2');
    expect(cacheServer.entries.filter((e) => e.key.startsWith('localstack-pods/pods/scoped/')).map((e) => e.scope)).toEqual([
      'refs/heads/main',
      'refs/heads/feature',
    ]);

    // main does not see the feature branch's version.
    await moto.reset();
    const onMain = await runStep('main', cacheJob('refs/heads/main'), { endpoint: moto.endpoint, pods: 'scoped', remote: 'github-cache://' });
    expect(JSON.parse(onMain.outputs.loaded!)[0].version).toBe(1);
  });

  it('says a pod is missing from the cache like any other missing pod', async () => {
    const result = await runStep('main', cacheJob('refs/heads/main'), { endpoint: moto.endpoint, pods: 'never-saved', remote: 'github-cache://' });
    expect(result.code).toBe(1);
    expect(annotations(result.stdout, 'error')[0]).toContain('Pod "never-saved" does not exist in github-cache://');
  });

  it('fails within the request timeout, naming the cache service, when the service stops answering', async () => {
    const hanging = await startFaultProxy(cacheServer.jobEnv('refs/heads/main').ACTIONS_RESULTS_URL!);
    try {
      hanging.rules = [{ when: (head) => head.url.endsWith('/GetCacheEntryDownloadURL'), fault: { kind: 'hang' } }];
      const job = cacheJob('refs/heads/main');
      const result = await runStep(
        'main',
        { ...job, env: { ...job.env, ACTIONS_RESULTS_URL: `${hanging.url}/` } },
        {
          endpoint: moto.endpoint,
          pods: 'unanswered',
          remote: 'github-cache://',
          'request-timeout': '1',
        },
      );
      expect(result.code, result.stdout + result.stderr).toBe(1);
      expect(annotations(result.stdout, 'error')[0]).toMatch(/The GitHub Actions cache service did not answer within 1 s/);
      // The cache client tries a call five times; each try was stopped after the timeout.
      expect(hanging.applied.hang).toBe(5);
    } finally {
      await hanging.close();
    }
  });

  it('keeps the blobs of a pod pulled from S3, so the next run restores them from the cache', async () => {
    const storageEnv = { AWS_ACCESS_KEY_ID: 'AKIDACTIONTEST', AWS_SECRET_ACCESS_KEY: SECRET };
    const s3 = `s3://team-pods/through?endpoint=${storage.endpoint}&access_key_id={access_key_id}&secret_access_key={secret_access_key}`;
    await seedBucket(moto.endpoint, 'through-cache', 'cached body');
    await savePod(moto.endpoint, 'through', s3, storageEnv);
    const inputs = { endpoint: moto.endpoint, pods: 'through', remote: 'team', remotes: `team=${s3}` };

    await moto.reset();
    const first = await runStep('main', cacheJob('refs/heads/main'), inputs, storageEnv);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const digest = JSON.parse(first.outputs.loaded!)[0].digest as string;
    expect(cacheServer.entries.map((e) => e.key)).toContain(`localstack-pods/blobs/${digest}`);

    // The bucket keeps the refs (S3 still says what is latest) but loses every blob.
    await aws(storage.endpoint, ['s3', 'rm', 's3://team-pods/through/blobs', '--recursive'], { env: storageEnv });
    await moto.reset();
    const second = await runStep('main', cacheJob('refs/heads/main'), inputs, storageEnv);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toContain(`Cache hit for: localstack-pods/blobs/${digest}`);
    expect(await objectBody(moto.endpoint, 'through-cache')).toBe('cached body');
  });
});

describe('the Action against LocalStack', () => {
  let localstack: Server;
  beforeAll(async () => {
    localstack = await startLocalStack();
  });
  afterAll(async () => {
    await localstack?.stop();
  });

  it('loads a pod saved from moto into LocalStack and saves what the job left behind', async () => {
    await seedBucket(moto.endpoint, 'moto-made');
    await savePod(moto.endpoint, 'portable', pathToFileURL(remoteDir).href);
    const job = newJob();
    const inputs = { endpoint: localstack.endpoint, pods: 'portable', remote: 'team', remotes, save: 'after-localstack', 'save-if': 'failure' };
    const main = await runStep('main', job, inputs);
    expect(main.code, main.stdout + main.stderr).toBe(0);
    expect(await objectBody(localstack.endpoint, 'moto-made')).toBe('hello');
    await aws(localstack.endpoint, ['sqs', 'create-queue', '--queue-name', 'failed-job']);
    const post = await runStep('post', job, { ...inputs, 'job-status': 'failure' });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(post.outputs['saved-version']).toBe('1');
    const inspected = await runCli(['inspect', 'after-localstack', pathToFileURL(remoteDir).href, '--json'], { LOCALSTACK_PODS_HOME: job.home });
    expect(JSON.parse(inspected.stdout).config.source.brand).toBe('localstack');
    expect(JSON.parse(inspected.stdout).config.services).toEqual(expect.arrayContaining(['s3', 'sqs']));
  });
});
