import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { succeeded, userCli } from '../../src/test-support/cli.js';
import { startMiniStack } from '../../src/test-support/ministack.js';
import { podRecords } from '../../src/test-support/pod-records.js';
import type { Server } from '../../src/test-support/processes.js';
import { checkState, createState } from '../localstack/state.js';

/**
 * MiniStack, the free emulator teams move to from LocalStack's community edition: the same
 * state as the LocalStack suite, made with the AWS CLI, saved and loaded back. (The LocalStack
 * suite moves its pod through MiniStack into moto.)
 */

let source: Server;
let target: Server;
const home = mkdtempSync(join(tmpdir(), 'ministack-home-'));
const work = mkdtempSync(join(tmpdir(), 'ministack-work-'));
const cli = userCli(home);

beforeAll(async () => {
  [source, target] = await Promise.all([startMiniStack(), startMiniStack()]);
  await createState(source.endpoint, work);
}, 300_000);

afterAll(async () => {
  await Promise.all([source?.stop(), target?.stop()]);
});

type Records = Record<string, { id: string; data: Record<string, unknown> }[]>;

/**
 * `after` with the identities MiniStack draws put back to those of `before`: it does not take
 * LocalStack's `_custom_id_` tag, so a loaded KMS key has another id (matched by description)
 * and a loaded secret another ARN suffix (matched by name), and so does every reference to them.
 */
function sameDrawnIds<T>(before: Records, after: T): T {
  const drawn = after as Records;
  const pairs = (service: string, key: (r: Records[string][number]) => unknown, value: (r: Records[string][number]) => unknown) => {
    const saved = new Map((before[service] ?? []).map((r) => [key(r), value(r)]));
    return (drawn[service] ?? []).flatMap((r) => {
      const [now, then] = [value(r), saved.get(key(r))];
      return typeof now === 'string' && typeof then === 'string' && now !== then ? [[now, then] as const] : [];
    });
  };
  let text = JSON.stringify(after);
  for (const [now, then] of [
    ...pairs(
      'kms',
      (r) => r.data.description,
      (r) => r.id,
    ),
    ...pairs(
      'secretsmanager',
      (r) => r.id,
      (r) => r.data.arnSuffix,
    ),
  ]) {
    text = text.replaceAll(now, then);
  }
  return JSON.parse(text) as T;
}

describe('portable pods on MiniStack', { timeout: 300_000 }, () => {
  it('round-trip every module: loaded into a fresh MiniStack, they save back to the same records', async () => {
    await succeeded(cli(source.endpoint, 'save', 'mini', '-m', 'every service'));
    const saved = JSON.parse(await succeeded(cli(source.endpoint, 'versions', 'mini', '--json'))).versions[0].config.source;
    expect(saved).toMatchObject({ brand: 'ministack', version: '1.5.33' });

    await succeeded(cli(target.endpoint, 'load', 'mini'));
    // MiniStack answers ListDashboards in a form the SDK cannot read, so no save from it holds them.
    await checkState(target.endpoint, ['dashboards']);
    await succeeded(cli(target.endpoint, 'save', 'mini-again'));
    const [before, drawn] = await Promise.all([podRecords(home, 'mini:1'), podRecords(home, 'mini-again:1')]);
    const after = sameDrawnIds(before, drawn);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const service of Object.keys(before)) expect(after[service], service).toEqual(before[service]);
  });
});
