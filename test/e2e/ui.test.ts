import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/test-support/browser.js';
import { aws, BUILT_CLI, runCli } from '../../src/test-support/cli.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';

/**
 * The web page as a user runs it: the built CLI's `ui` command against moto, with the local
 * store and an S3 remote, driven in Debian's chromium by role and name, as a keyboard or a
 * screen reader user would reach each control.
 */

let moto: Moto;
let storage: Moto;
let ui: ChildProcess;
let url: string;
let browser: Browser;
let page: Page;
const home = mkdtempSync(join(tmpdir(), 'ui-home-'));
const work = mkdtempSync(join(tmpdir(), 'ui-work-'));
/** Where the README's screenshots are written, when asked (`LOCALSTACK_PODS_SCREENSHOTS=docs/ui`). */
const SCREENSHOTS = process.env.LOCALSTACK_PODS_SCREENSHOTS;

let env: NodeJS.ProcessEnv;
const cli = (...args: string[]) => runCli(args, env);

async function screenshot(name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Starts `localstack-pods ui --no-open` and resolves with the one line it prints: the page's address. */
function startUi(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BUILT_CLI, 'ui', '--no-open'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, url: line }));
    child.once('exit', (code) => reject(new Error(`ui exited ${code}: ${stderr}`)));
  });
}

/** A request to the server as another program sends it: any Host and Origin it likes. */
function raw(path: string, headers: Record<string, string>): Promise<number> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .once('error', reject)
      .end();
  });
}

beforeAll(async () => {
  [moto, storage] = await Promise.all([startMoto(), startMoto()]);
  env = {
    LOCALSTACK_PODS_HOME: home,
    LOCALSTACK_ENDPOINT: moto.endpoint,
    LOCALSTACK_PODS_SERVICES: 's3,sqs',
    LOCALSTACK_PODS_WAIT_TIMEOUT: '2',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'ui-very-secret',
  };
  writeFileSync(join(work, 'a.txt'), 'alpha');
  await aws(moto.endpoint, ['s3', 'mb', 's3://shop']);
  expect((await cli('save', 'shop', '-m', 'an empty bucket')).code).toBe(0);
  await aws(moto.endpoint, ['s3', 'cp', join(work, 'a.txt'), 's3://shop/a.txt']);
  await aws(moto.endpoint, ['sqs', 'create-queue', '--queue-name', 'jobs']);
  expect((await cli('save', 'shop', '-m', 'an object and a queue')).code).toBe(0);
  // A team remote in S3, holding the first version.
  await aws(storage.endpoint, ['s3', 'mb', 's3://team-pods']);
  const team = `s3://team-pods/ci?endpoint=${storage.endpoint}&access_key_id={access_key_id}&secret_access_key={secret_access_key}`;
  expect((await cli('remote', 'add', 'team', team)).code).toBe(0);
  expect((await cli('copy', 'shop:1', 'local', 'team')).code).toBe(0);
  ({ child: ui, url } = await startUi());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  ui?.kill('SIGTERM');
  await Promise.all([moto?.stop(), storage?.stop()]);
});

describe('the web page', () => {
  it('is served on 127.0.0.1 only to requests with the token, for its own host name, from its own page', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    const token = new URL(url).searchParams.get('token')!;
    const { port } = new URL(url);
    expect(await raw('/api/pods', {})).toBe(401);
    expect(await raw('/api/pods', { 'x-localstack-pods-token': 'not-the-token-not-the-token-xxxxx' })).toBe(401);
    expect(await raw('/', {})).toBe(401);
    expect(await raw('/api/pods', { 'x-localstack-pods-token': token })).toBe(200);
    // DNS rebinding: a name that resolves here, but is not this server's.
    expect(await raw('/api/pods', { 'x-localstack-pods-token': token, host: `attacker.example:${port}` })).toBe(403);
    // Another site's page, even with the cookie.
    expect(await raw('/api/pods', { cookie: `localstack_pods_token=${token}`, origin: 'http://attacker.example' })).toBe(403);
    expect(await raw('/api/pods', { cookie: `localstack_pods_token=${token}`, origin: `http://127.0.0.1:${port}` })).toBe(200);
  });

  it('lists the pods with their versions, latest change and size, and the storage use of the remote', async () => {
    await page.goto(url);
    await expect.poll(() => page.getByRole('heading', { name: 'Pods', exact: true }).isVisible()).toBe(true);
    // The token leaves the address bar once the page has its cookie.
    expect(page.url()).not.toContain('token');
    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'shop', exact: true }) });
    await expect.poll(() => row.textContent()).toContain('an object and a queue');
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('2');
    expect(await page.getByRole('region', { name: 'Storage use' }).textContent()).toMatch(
      /1 pod\(s\), 2 version\(s\): .+ stored for .+ the versions reference; deduplication saves .+\(\d+%\)/,
    );
    expect(await page.getByRole('img', { name: /^Stored .+ of .+ referenced$/ }).isVisible()).toBe(true);
    await screenshot('pods');
  });

  it("shows a pod's versions, a version's layers per service, and what changed between two versions", async () => {
    await page.getByRole('button', { name: 'shop', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Pod shop' }).isVisible()).toBe(true);
    const versions = page.getByRole('table', { name: 'Versions, oldest first' });
    await expect.poll(() => versions.getByRole('row').count()).toBe(3);
    expect(await versions.getByRole('row').nth(2).textContent()).toMatch(/^2\d{4}-.+Zan object and a queuemotos3, sqs3\d/);

    await page.getByRole('button', { name: 'Details of version 2' }).click();
    const layers = page.getByRole('table', { name: 'Layers per service' });
    await expect
      .poll(() => layers.getByRole('row').allTextContents())
      .toEqual([
        'ServiceAccountRegionResourcesSize',
        expect.stringMatching(/^s3123456789012us-east-12/),
        expect.stringMatching(/^sqs123456789012us-east-11/),
      ]);
    expect(await page.getByRole('table', { name: 'Accounts and regions' }).getByRole('row').nth(1).textContent()).toBe('123456789012us-east-13');

    await page.getByRole('combobox', { name: 'From version' }).selectOption('1');
    await page.getByRole('combobox', { name: 'To version' }).selectOption('2');
    await page.getByRole('button', { name: 'Diff' }).click();
    const diff = page.getByRole('table', { name: 'Resources created, changed and removed per service' });
    await expect
      .poll(() => diff.getByRole('row').allTextContents())
      .toEqual([
        'ServiceChangeTypeIdAccountRegion',
        's3createdobjectshop/a.txt123456789012us-east-1',
        expect.stringMatching(/^sqscreatedqueuejobs123456789012us-east-1$/),
      ]);
    await screenshot('pod');
  });

  it('loads a version after a dry-run preview, and shows the result', async () => {
    await moto.reset();
    await page.getByRole('button', { name: 'Load version 1' }).click();
    await page.getByRole('combobox', { name: 'Strategy' }).selectOption('overwrite');
    expect(await page.getByRole('button', { name: 'Load', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('table', { name: /^Loading shop:1 with overwrite would create 1, change 0 and delete 0 resource\(s\)$/ });
    await expect.poll(() => preview.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await preview.getByRole('row').nth(1).textContent()).toBe('creates3123456789012us-east-1bucketshop');
    // The preview changed nothing.
    expect((await aws(moto.endpoint, ['s3api', 'list-buckets'])).json.Buckets).toEqual([]);
    await screenshot('load');

    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Loaded shop:1' }).textContent(), { timeout: 60_000 })
      .toMatch(/^Loaded shop:1 into http:\/\/127\.0\.0\.1:\d+ \(moto\): 1 resource\(s\) of s3\./);
    expect((await aws(moto.endpoint, ['s3api', 'list-buckets'])).json.Buckets.map((b: { Name: string }) => b.Name)).toEqual(['shop']);
    expect((await aws(moto.endpoint, ['s3api', 'list-objects-v2', '--bucket', 'shop'])).json?.Contents ?? []).toEqual([]);
  });

  it("saves the instance's state as a new pod, with a message and the services chosen", async () => {
    await aws(moto.endpoint, ['s3', 'mb', 's3://fresh']);
    await page.getByRole('button', { name: 'All pods' }).click();
    // A name of a pod there, or a new one: the field offers the existing names.
    await page.getByRole('combobox', { name: 'Pod name' }).fill('from-page');
    await page.getByRole('textbox', { name: 'Message' }).fill('saved in the page');
    await page.getByRole('checkbox', { name: 's3', exact: true }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent(), { timeout: 60_000 })
      .toMatch(/^Saved from-page:1 \(s3; .+ new\)\.$/);
    const saved = JSON.parse((await cli('versions', 'from-page', '--json')).stdout).versions;
    expect(saved.map((v: { message: string; config: { services: string[] } }) => [v.message, v.config.services])).toEqual([
      ['saved in the page', ['s3']],
    ]);
    // The list shows it without a reload of the page.
    await expect.poll(() => page.getByRole('button', { name: 'from-page', exact: true }).isVisible()).toBe(true);
  });

  it('deletes a version, then a whole pod, each after a confirmation that names what goes', async () => {
    await page.getByRole('button', { name: 'shop', exact: true }).click();
    await page.getByRole('button', { name: 'Delete version 2' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete version shop:2?' });
    expect(await dialog.textContent()).toContain('Version 2 of shop goes');
    await dialog.getByRole('button', { name: 'Delete shop:2' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Deleted shop:2' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('table', { name: 'Versions, oldest first' }).getByRole('row').count()).toBe(2);

    await page.getByRole('button', { name: 'All pods' }).click();
    await page.getByRole('button', { name: 'Delete pod from-page' }).click();
    const whole = page.getByRole('dialog', { name: 'Delete pod from-page?' });
    // Cancel keeps it.
    await whole.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('button', { name: 'from-page', exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Delete pod from-page' }).click();
    await page.getByRole('dialog', { name: 'Delete pod from-page?' }).getByRole('button', { name: 'Delete from-page and its 1 version(s)' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'from-page', exact: true }).count()).toBe(0);
    expect(JSON.parse((await cli('list', '--json')).stdout).pods.map((p: { name: string; versions: number }) => [p.name, p.versions])).toEqual([
      ['shop', 1],
    ]);
  });

  it('shows which pod fed each service of the instance, and browses what it holds', async () => {
    await moto.reset();
    expect((await cli('load', 'shop:1', '--strategy', 'overwrite')).code).toBe(0);
    await page.getByRole('button', { name: 'Instance' }).click();
    const origins = page.getByRole('table', { name: 'Where the state of each service came from' });
    await expect.poll(() => origins.getByRole('row').allTextContents(), { timeout: 60_000 }).toContain('s3123456789012us-east-11shop:1 (overwrite)');
    await page.getByRole('combobox', { name: 'Service' }).selectOption('s3');
    await page.getByRole('button', { name: 'Browse' }).click();
    const resources = page.getByRole('table', { name: 'Resources the instance holds, as a save would keep them' });
    await expect
      .poll(() => resources.getByRole('row').allTextContents(), { timeout: 60_000 })
      .toEqual(['ServiceAccountRegionTypeId', 's3123456789012us-east-1bucketshop']);
    await screenshot('instance');
  });

  it('browses a remote in S3, its URL shown without a secret', async () => {
    await page.getByRole('combobox', { name: 'Remote' }).selectOption('team');
    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'shop', exact: true }) });
    await expect.poll(() => row.getByRole('cell').nth(1).textContent(), { timeout: 60_000 }).toBe('1');
    const shown = await page.content();
    expect(shown).toContain('s3://team-pods/ci');
    expect(shown).not.toContain('ui-very-secret');
  });
  it('shows encrypted versions, and asks for the passphrase only to load one', async () => {
    await moto.reset();
    await aws(moto.endpoint, ['s3', 'mb', 's3://sealed-bucket']);
    expect((await runCli(['save', 'sealed'], { ...env, LOCALSTACK_PODS_ENCRYPTION_KEY: 'page passphrase' })).code).toBe(0);
    await moto.reset();
    await page.getByRole('combobox', { name: 'Remote' }).selectOption('local');
    await page.getByRole('button', { name: 'sealed', exact: true }).click();
    const row = page.getByRole('table', { name: 'Versions, oldest first' }).getByRole('row').nth(1);
    await expect.poll(() => row.textContent()).toContain('with a passphrase');
    await page.getByRole('button', { name: 'Load version 1' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 60_000 })
      .toContain('is encrypted: it opens with its passphrase. No key was given');
    await page.getByLabel(/^Passphrase/).fill('page passphrase');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Load', exact: true }).isEnabled(), { timeout: 60_000 }).toBe(true);
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Loaded sealed:1' }).isVisible(), { timeout: 60_000 }).toBe(true);
    expect((await aws(moto.endpoint, ['s3api', 'list-buckets'])).json.Buckets.map((b: { Name: string }) => b.Name)).toEqual(['sealed-bucket']);
  });

  it('says why a load failed when the instance is gone', async () => {
    await page.getByRole('combobox', { name: 'Remote' }).selectOption('local');
    await page.getByRole('button', { name: 'shop', exact: true }).click();
    await page.getByRole('button', { name: 'Load version 1' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Load', exact: true }).isEnabled(), { timeout: 60_000 }).toBe(true);
    // The instance goes away between the preview and the load.
    await moto.stop();
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 60_000 })
      .toMatch(/^The instance rejected the load: No instance answered at http:\/\/127\.0\.0\.1:\d+ within 2s/);
  });
});
