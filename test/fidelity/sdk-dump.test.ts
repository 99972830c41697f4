import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load, resolveOptions, RestoreIncompleteError, save } from '../../src/engine/index.js';
import { tempHome } from '../../src/test-support/engine.js';
import { startLocalStack } from '../../src/test-support/localstack.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';
import type { Server } from '../../src/test-support/processes.js';
import { compareDumps, sdkDump, type Json, type PathRule } from '../../src/test-support/sdk-dump/index.js';
import { ACCOUNT, createRichState, REGIONS } from './state.js';

/**
 * The second oracle of fidelity, beside the Terraform round trips: what the services' own read
 * calls return, dumped through the SDK before a save and after the pod is loaded into a fresh
 * instance, must be the same, less the fields listed below, each with its reason.
 */

type Emulator = 'moto' | 'localstack';
/** `LOCALSTACK_PODS_FIDELITY_TRIPS=moto->moto,...` runs only those round trips (while a rule is being written). */
const ONLY = process.env.LOCALSTACK_PODS_FIDELITY_TRIPS?.split(',');
/** The regions dumped: those holding state and one holding none, where a load must put nothing. */
const DUMP_REGIONS = [...REGIONS, 'ap-southeast-2'];

const MOTO_TRIP = ['moto->moto'];
const LOCALSTACK_TRIP = ['localstack->localstack'];

/** Fields a load cannot keep or need not: drawn at creation, or counted by the instance. */
const VOLATILE: PathRule[] = [
  { path: '**.CreationDate', why: 'creation times: a load creates the resource anew' },
  { path: '**.CreatedDate', why: 'creation times: a load creates the resource anew' },
  { path: '**.createdDate', why: 'creation times: a load creates the resource anew' },
  { path: '**.creationDate', why: 'creation times: a load creates the resource anew' },
  { path: '**.creationTime', why: 'creation times: a load creates the resource anew' },
  { path: '**.CreateDate', why: 'creation times: a load creates the resource anew' },
  { path: '**.CreationDateTime', why: 'creation times: a load creates the resource anew' },
  { path: '**.CreationTime', why: 'creation times: a load creates the resource anew' },
  { path: '**.LastModified', why: 'modification times: a load writes the resource anew' },
  { path: '**.LastModifiedDate', why: 'modification times: a load writes the resource anew' },
  { path: '**.LastUpdateDate', why: 'modification times: a load writes the resource anew' },
];

/** Real defects of the modules: what a pod should keep and does not. */
const KNOWN_GAPS: PathRule[] = [];

const home = tempHome();
const engineOptions = (endpoint: string) =>
  resolveOptions({ endpoint, 'wait-timeout': '60' }, { LOCALSTACK_PODS_HOME: home, AWS_ACCESS_KEY_ID: ACCOUNT, AWS_SECRET_ACCESS_KEY: 'test' });
const dump = (endpoint: string) => sdkDump({ endpoint, accessKeyId: ACCOUNT }, DUMP_REGIONS);

/** The directions of the round trips: each source's pod into a fresh instance of each kind. */
const TRIPS = (['moto', 'localstack'] as const)
  .flatMap((from) => (['moto', 'localstack'] as const).map((into) => [from, into] as const))
  .filter(([from, into]) => !ONLY || ONLY.includes(`${from}->${into}`));
const SOURCES = [...new Set(TRIPS.map(([from]) => from))];

const servers: Server[] = [];
const start = async (emulator: Emulator) => {
  const server = emulator === 'moto' ? await startMoto() : await startLocalStack();
  servers.push(server);
  return server;
};
/** Each source's dump, taken right after the state was made. */
const before = new Map<Emulator, Record<string, Json>>();
/** A fresh instance per trip. The moto source, once saved, is reset and serves as a fresh moto. */
const targets = new Map<string, () => Promise<string>>();
const work = mkdtempSync(join(tmpdir(), 'fidelity-'));

beforeAll(async () => {
  await Promise.all(
    SOURCES.map(async (from) => {
      const source = await start(from);
      await createRichState(source.endpoint, mkdtempSync(join(work, from)), { lambda: from === 'moto' });
      before.set(from, await dump(source.endpoint));
      await save({ pod: `dump-${from}`, options: engineOptions(source.endpoint) });
      if (from === 'moto') targets.set('localstack->moto', async () => (await (source as Moto).reset(), source.endpoint));
    }),
    ...TRIPS.filter(([from, into]) => !(from === 'localstack' && into === 'moto')).map(async ([from, into]) => {
      const fresh = await start(into);
      targets.set(`${from}->${into}`, async () => fresh.endpoint);
    }),
  );
}, 900_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

describe('state made with the AWS CLI, saved, loaded into a fresh instance', () => {
  it.each(TRIPS)('dumps the same through the SDK: %s pod loaded into %s', async (from, into) => {
    const direction = `${from}->${into}`;
    const endpoint = await targets.get(direction)!();
    let loadFailure = '';
    await load({ pod: `dump-${from}`, options: engineOptions(endpoint) }).catch((error: unknown) => {
      if (!(error instanceof RestoreIncompleteError)) throw error;
      loadFailure = error.message;
    });
    const after = await dump(endpoint);
    if (process.env.LOCALSTACK_PODS_FIDELITY_DUMPS) {
      for (const [name, value] of [['before', before.get(from)], ['after', after]] as const) {
        writeFileSync(join(process.env.LOCALSTACK_PODS_FIDELITY_DUMPS, `${direction}.${name}.json`), JSON.stringify(value, null, 1));
      }
    }
    const comparison = compareDumps(before.get(from)!, after, direction, VOLATILE, KNOWN_GAPS);
    expect(comparison.report, `${comparison.report}\n${loadFailure}`).toBe('');
  }, 300_000);
});
