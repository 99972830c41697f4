import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { buffer } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { ZipFile } from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load, resolveOptions, RestoreIncompleteError, save } from '../../src/engine/index.js';
import { tempHome } from '../../src/test-support/engine.js';
import { startLocalStack } from '../../src/test-support/localstack.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';
import type { Server } from '../../src/test-support/processes.js';
import { requireTerraform, type StackPlan, TERRAFORM_ACCOUNT, TerraformWorkspace } from '../../src/test-support/terraform.js';

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
  return readFileSync(file, 'utf8')
    .split(/\s+/)
    .filter((e): e is Emulator => (EMULATORS as string[]).includes(e));
}

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
 * The stacks of each emulator as one Terraform configuration (one provider start and one
 * refresh for all of them), with the state Terraform kept when it applied them there.
 */
const workspaces = {} as Record<Emulator, TerraformWorkspace>;
/** Why a stack was not applied clean on an emulator: that fails the stack's round trips, not the others'. */
const notApplied: Record<Emulator, Map<string, string>> = { moto: new Map(), localstack: new Map() };

let motoSource: Moto;
let motoTarget: Moto;
let localstackSource: Server;
let localstackTarget: Server;
let localstackAcross: Server;

/**
 * Applies the stacks of `emulator` on `endpoint`, and notes those that do not plan clean right
 * after. A stack that does not is applied once more, as a user runs `terraform apply` again
 * after a refused request; one that still does not says nothing about pods.
 */
async function applyStacks(emulator: Emulator, endpoint: string, files: Record<string, Buffer>): Promise<void> {
  const workspace = await TerraformWorkspace.create(
    STACKS_DIR,
    STACKS.filter((stack) => emulatorsOf(stack).includes(emulator)),
    files,
  );
  workspaces[emulator] = workspace;
  const first = await workspace.apply(endpoint);
  const unclean = [...(await workspace.plan(endpoint))].filter(([, plan]) => !plan.clean).map(([stack]) => stack);
  if (unclean.length === 0) return;
  const second = await workspace.apply(endpoint, unclean);
  for (const [stack, plan] of await workspace.plan(endpoint, unclean)) {
    if (plan.clean) continue;
    // The apply's errors first: a test report shows the first lines of a failure.
    const errors = [first, second]
      .map((run, i) => `apply ${i + 1}: ${TerraformWorkspace.errorsOf(run.output, stack).replace(/\n\s*\n/g, '\n') || 'no error'}`)
      .join('\n');
    notApplied[emulator].set(stack, `${stack} does not plan clean on ${emulator} after two applies, before any save.\n${errors}\n${plan.output}`);
  }
}

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
  await Promise.all(EMULATORS.map((emulator) => applyStacks(emulator, sources[emulator], files)));
  for (const emulator of EMULATORS) await save({ pod: `stacks-${emulator}`, options: engineOptions(sources[emulator]) });
}, 1_800_000);

afterAll(async () => {
  await Promise.all([motoSource?.stop(), motoTarget?.stop(), localstackSource?.stop(), localstackTarget?.stop(), localstackAcross?.stop()]);
});

const ROUND_TRIPS = STACKS.flatMap((stack) => emulatorsOf(stack).flatMap((from) => emulatorsOf(stack).map((into) => [stack, from, into] as const)));

describe('Terraform stacks', () => {
  it.concurrent.each(ROUND_TRIPS)(
    '%s, applied on %s, saved and loaded into a fresh %s, plans no change',
    async (stack, from, into) => {
      const failure = notApplied[from].get(stack);
      if (failure) throw new Error(failure);
      const plan = (await planOnce(from, into)).get(stack)!;
      expect(plan.clean, `${plan.output}\n${loadFailures.get(`${from} ${targetFor(from, into)}`) ?? ''}`).toBe(true);
    },
    900_000,
  );
});

const plans = new Map<string, Promise<Map<string, StackPlan>>>();
/**
 * Loads the pod saved on `from` into a fresh `into` and plans, once, every stack applied clean
 * on `from` that `into` serves.
 */
function planOnce(from: Emulator, into: Emulator): Promise<Map<string, StackPlan>> {
  const key = `${from} ${into}`;
  if (!plans.has(key)) {
    const target = targetFor(from, into);
    const stacks = workspaces[from].stacks.filter((stack) => emulatorsOf(stack).includes(into) && !notApplied[from].has(stack));
    plans.set(
      key,
      loadInto(from, target).then(() => workspaces[from].plan(target, stacks)),
    );
  }
  return plans.get(key)!;
}

/** The instance a pod saved on `from` is loaded into: a fresh one of `into`'s kind. */
function targetFor(from: Emulator, into: Emulator): string {
  if (into === 'moto') return from === 'moto' ? motoTarget.endpoint : motoSource.endpoint;
  return from === 'localstack' ? localstackTarget.endpoint : localstackAcross.endpoint;
}

/**
 * What a load could not restore, by pod and instance. A load of every stack's state goes on past
 * what the instance refuses (a function LocalStack cannot run offline); a stack whose own
 * resources were refused shows it in its plan, and these lines say why.
 */
const loadFailures = new Map<string, string>();

/**
 * Loads the pod saved on `from` into `endpoint`, for all the stacks. The moto that served as a
 * source is reset first: it is the fresh moto the LocalStack pod goes into.
 */
async function loadInto(from: Emulator, endpoint: string): Promise<void> {
  if (endpoint === motoSource.endpoint) await motoSource.reset();
  try {
    await load({ pod: `stacks-${from}`, options: engineOptions(endpoint) });
  } catch (error) {
    if (!(error instanceof RestoreIncompleteError)) throw error;
    loadFailures.set(`${from} ${endpoint}`, error.message);
  }
}
