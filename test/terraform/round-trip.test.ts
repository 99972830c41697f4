import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { buffer } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { ZipFile } from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load, resolveOptions, RestoreIncompleteError, save } from '../../src/engine/index.js';
import { forEachLimit } from '../../src/engine/util/concurrency.js';
import { tempHome } from '../../src/test-support/engine.js';
import { startLocalStack } from '../../src/test-support/localstack.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';
import type { Server } from '../../src/test-support/processes.js';
import { requireTerraform, TERRAFORM_ACCOUNT, TerraformWorkspace } from '../../src/test-support/terraform.js';

/**
 * The acceptance test of fidelity: stacks written as applications use the services, applied
 * with Terraform, saved, loaded into an instance that never saw them, and planned again. A
 * clean plan (`-detailed-exitcode` 0) means Terraform cannot tell the loaded state from the
 * applied one. Each pod goes back into the emulator it came from and into the other one.
 */

const STACKS_DIR = fileURLToPath(new URL('./stacks/', import.meta.url));
/** `LOCALSTACK_PODS_TF_STACKS=a,b` runs only those stacks (while one is being written). */
const ONLY = process.env.LOCALSTACK_PODS_TF_STACKS?.split(',');
const STACKS = readdirSync(STACKS_DIR)
  .filter((stack) => !ONLY || ONLY.includes(stack))
  .sort();

type Emulator = 'moto' | 'localstack';
const EMULATORS: readonly Emulator[] = ['moto', 'localstack'];

/**
 * The emulators a stack is applied on: all, unless its folder's `emulators` file names some (a
 * stack holding resources the provider cannot create on one emulator says so in its comment).
 */
function emulatorsOf(stack: string): Emulator[] {
  const file = `${STACKS_DIR}${stack}/emulators`;
  if (!existsSync(file)) return [...EMULATORS];
  return readFileSync(file, 'utf8').split(/\s+/).filter((e): e is Emulator => (EMULATORS as string[]).includes(e));
}

/** Stacks applied at once: Terraform mostly waits on the instance (queue attributes, function states). */
const APPLY_CONCURRENCY = 8;

/** A Lambda package for the stacks that deploy functions (no zip provider runs offline). */
async function handlerZip(): Promise<Buffer> {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from('exports.handler = async (event) => ({ ok: true, event });\n'), 'index.js', { mtime: new Date(0), mode: 0o644 });
  zip.end();
  return buffer(zip.outputStream);
}

const home = tempHome();
/** The engine as a user runs it against these instances: the stacks' account. */
const engineOptions = (endpoint: string) =>
  resolveOptions(
    { endpoint, 'wait-timeout': '60' },
    { LOCALSTACK_PODS_HOME: home, AWS_ACCESS_KEY_ID: TERRAFORM_ACCOUNT, AWS_SECRET_ACCESS_KEY: 'test' },
  );

/**
 * Each stack's workspace, with the state Terraform kept when it applied the stack on each
 * emulator, or why the apply failed: that fails the stack's round trips, not the others'.
 */
const workspaces: Record<Emulator, Map<string, TerraformWorkspace | Error>> = { moto: new Map(), localstack: new Map() };

let motoSource: Moto;
let motoTarget: Moto;
let localstackSource: Server;
let localstackTarget: Server;
let localstackAcross: Server;

beforeAll(async () => {
  requireTerraform();
  [motoSource, motoTarget, localstackSource, localstackTarget, localstackAcross] = await Promise.all([
    startMoto(),
    startMoto(),
    startLocalStack(),
    startLocalStack(),
    startLocalStack(),
  ]);
  const files = { 'handler.zip': await handlerZip() };
  const sources: Record<Emulator, string> = { moto: motoSource.endpoint, localstack: localstackSource.endpoint };
  const applies = STACKS.flatMap((stack) => emulatorsOf(stack).map((emulator) => ({ stack, emulator })));
  await forEachLimit(applies, APPLY_CONCURRENCY, async ({ stack, emulator }) => {
    try {
      const workspace = await TerraformWorkspace.create(`${STACKS_DIR}${stack}`, files);
      await workspace.apply(sources[emulator]);
      // A stack the emulator cannot keep as applied says nothing about pods.
      const plan = await workspace.plan(sources[emulator]);
      if (plan.code !== 0) throw new Error(`${stack} does not plan clean on ${emulator} right after its apply, before any save:\n${plan.output}`);
      workspaces[emulator].set(stack, workspace);
    } catch (error) {
      workspaces[emulator].set(stack, error as Error);
    }
  });
  for (const emulator of EMULATORS) await save({ pod: `stacks-${emulator}`, options: engineOptions(sources[emulator]) });
}, 1_800_000);

afterAll(async () => {
  await Promise.all([motoSource?.stop(), motoTarget?.stop(), localstackSource?.stop(), localstackTarget?.stop(), localstackAcross?.stop()]);
});

const ROUND_TRIPS = STACKS.flatMap((stack) =>
  emulatorsOf(stack).flatMap((from) => emulatorsOf(stack).map((into) => [stack, from, into] as const)),
);

describe('Terraform stacks', () => {
  // Plans wait on Terraform's provider and the instances more than on the CPU: several at once.
  it.concurrent.each(ROUND_TRIPS)('%s, applied on %s, saved and loaded into a fresh %s, plans no change', async (stack, from, into) => {
    const workspace = workspaces[from].get(stack)!;
    if (workspace instanceof Error) throw workspace;
    const target = targetFor(from, into);
    await loadOnce(from, target);
    const plan = await workspace.plan(target);
    expect(plan.code, `${plan.output}\n${loadFailures.get(`${from} ${target}`) ?? ''}`).toBe(0);
  }, 600_000);
});

/** The instance a pod saved on `from` is loaded into: a fresh one of `into`'s kind. */
function targetFor(from: Emulator, into: Emulator): string {
  if (into === 'moto') return from === 'moto' ? motoTarget.endpoint : motoSource.endpoint;
  return from === 'localstack' ? localstackTarget.endpoint : localstackAcross.endpoint;
}

const loads = new Map<string, Promise<unknown>>();
/**
 * What a load could not restore, by pod and instance. A load of every stack's state goes on past
 * what the instance refuses (a function LocalStack cannot run offline); a stack whose own
 * resources were refused shows it in its plan, and these lines say why.
 */
const loadFailures = new Map<string, string>();

/**
 * Loads the pod saved on `from` into `endpoint` once, for all the stacks. The moto that served as
 * a source is reset first: it is the fresh moto the LocalStack pod goes into.
 */
function loadOnce(from: Emulator, endpoint: string): Promise<unknown> {
  const key = `${from} ${endpoint}`;
  if (!loads.has(key)) {
    const reset = endpoint === motoSource.endpoint ? motoSource.reset() : Promise.resolve();
    loads.set(
      key,
      reset
        .then(() => load({ pod: `stacks-${from}`, options: engineOptions(endpoint) }))
        .catch((error: unknown) => {
          if (!(error instanceof RestoreIncompleteError)) throw error;
          loadFailures.set(key, error.message);
        }),
    );
  }
  return loads.get(key)!;
}
