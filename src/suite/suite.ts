import { createServer, type Server } from 'node:http';
import {
  connect,
  load,
  messageOf,
  namingOptionsByName,
  PodsError,
  loadModules,
  save,
  SERVICE_NAMES,
  servicesReached,
  servicesWithState,
  startEmbeddedMoto,
  UsageError,
  type EmbeddedMoto,
  type PodsOptions,
  type RestoreLimit,
  type SourceMismatch,
  type Target,
} from '../engine/index.js';
import { safeText } from '../engine/util/safe-text.js';
import { startChangeProxy, type ChangeProxy } from './change-proxy.js';
import {
  refuseParallelRestores,
  resolveSuiteOptions,
  shouldSave,
  type LocalstackPodsOptions,
  type RunnerShape,
  type SuiteOptions,
} from './options.js';
import { loopbackAddress, testEnvironment } from './test-environment.js';
import { WORKER_ENV, workerAccount } from './worker.cjs';

/** A pod a run loaded before its first test. */
export interface LoadedPod {
  readonly name: string;
  readonly version: number;
  readonly digest: string;
  readonly services: readonly string[];
  /** How long the load took, in milliseconds. */
  readonly ms: number;
}

/** What tests learn about the run: the Vitest plugin provides it as `inject('localstackPods')`. */
export interface SuiteInfo {
  /** The endpoint tests use: with `restore: 'each-file'`, the run's proxy in front of the instance. */
  readonly endpoint: string;
  readonly brand: Target['brand'];
  readonly loaded: readonly LoadedPod[];
}

/** A run's instance, prepared before the first test; `finish` after the last. */
export interface Suite {
  readonly info: SuiteInfo;
  /** Variables the test workers need: the endpoint, default credentials and region, the coordinator. */
  readonly env: Readonly<Record<string, string>>;
  /** Saves the state when asked to (`save`, `save-if`), then stops what the run started. */
  finish(failed: boolean): Promise<void>;
}

/** One line of the run's output, on stderr so it never mixes with a reporter's stdout. */
export type Log = (line: string) => void;

const defaultLog: Log = (line) => process.stderr.write(`localstack-pods: ${safeText(line)}\n`);

/**
 * Loads the pods in order into the account of the credentials in `options.env`; with
 * `only`, only what it names of each pod; with `log`, a pod saved from another emulator or
 * version says so there.
 */
async function loadPods(pods: readonly string[], options: PodsOptions, { only, log }: { only?: RestoreLimit; log?: Log } = {}): Promise<LoadedPod[]> {
  const loaded: LoadedPod[] = [];
  for (const pod of pods) {
    const started = performance.now();
    const result = await load({
      pod,
      options,
      ...(only ? { only } : {}),
      ...(log ? { onSourceMismatch: (mismatch: SourceMismatch) => log(`${pod}: ${mismatch.message}`) } : {}),
    });
    loaded.push({
      name: result.name,
      version: result.version,
      digest: result.digest,
      services: result.services,
      ms: Math.round(performance.now() - started),
    });
  }
  return loaded;
}

/**
 * What of the pods a restore into `account` (undefined: the shared one) must load again:
 * undefined for all of it, a limit with no services when the tests changed nothing the pods hold.
 */
type RestoreScope = (account: string | undefined) => RestoreLimit | undefined;

/**
 * The restore scope of `restore: 'each-file'`: what the tests changed through the proxy since
 * the account's last restore, and what those changes can reach by delivery, among the services
 * the strategy restores.
 */
async function trackedScope(proxy: ChangeProxy, options: PodsOptions, loaded: readonly LoadedPod[]): Promise<RestoreScope> {
  const inPods = new Set(loaded.flatMap((p) => p.services));
  const present = new Set([...inPods, ...(await servicesWithState(options, proxy.profiles.deliveryTargets))]);
  const restored = servicesReached(options.strategy, [...inPods], SERVICE_NAMES);
  return (account) => proxy.profiles.restoreLimit(proxy.changes.take(account), new Set([...present, ...proxy.changes.touched]), restored);
}

/** The restores before test files: their times, and how many found nothing of the pods changed. */
interface RestoreTimings {
  readonly ms: number[];
  unchanged: number;
}

/**
 * Serves test workers' requests to prepare the instance before a test file. Loads into one
 * account run one at a time (a restore must not interleave with another); different accounts
 * (isolated workers) load side by side.
 */
async function startCoordinator(
  suite: SuiteOptions,
  options: PodsOptions,
  scope: RestoreScope,
  timings: RestoreTimings,
  log: Log,
): Promise<{ url: string; close(): Promise<void> }> {
  const queues = new Map<string, Promise<unknown>>();
  // The shared account was loaded by the global setup and nothing has run in it yet, so the first
  // test file needs no restore.
  const fresh = new Set<string>(suite.isolate === 'none' ? ['shared'] : []);
  const loaded = new Set<string>(suite.isolate === 'none' ? ['shared'] : []);
  const prepare = async (workerId: string) => {
    const account = suite.isolate === 'account-per-worker' ? workerAccount(workerId) : undefined;
    const key = account ?? 'shared';
    const run = async () => {
      // Taken on every file, so a worker's first load also starts its account's changes afresh.
      const only = scope(account);
      if (fresh.delete(key) || (loaded.has(key) && suite.restore === 'none')) return;
      const started = performance.now();
      const env = account ? { ...options.env, AWS_ACCESS_KEY_ID: account, AWS_SECRET_ACCESS_KEY: 'test' } : options.env;
      if (!loaded.has(key) || !only) await loadPods(suite.pods, { ...options, env });
      else if (only.services.length > 0) await loadPods(suite.pods, { ...options, env }, { only });
      else timings.unchanged += 1;
      const ms = performance.now() - started;
      if (loaded.has(key)) timings.ms.push(ms);
      else log(`loaded the pods into account ${account} for worker ${workerId} in ${Math.round(ms)} ms`);
      loaded.add(key);
    };
    const next = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(run);
    queues.set(key, next);
    await next;
  };
  const server: Server = createServer((request, response) => {
    const workerId = new URL(request.url ?? '/', 'http://localhost').searchParams.get('worker') ?? '1';
    prepare(workerId).then(
      () => response.writeHead(200).end(),
      (error: unknown) => response.writeHead(500).end(`localstack-pods: the pods could not be loaded before this test file: ${messageOf(error)}`),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Refuses `account-per-worker` for pods holding services whose names span accounts (S3 bucket
 * names): the workers' accounts cannot each hold a copy.
 */
async function refuseSharedNames(loaded: readonly LoadedPod[]): Promise<void> {
  const modules = await loadModules([...new Set(loaded.flatMap((p) => p.services))]);
  const spanning = new Set(modules.filter((m) => m.namesSpanAccounts).map((m) => m.name));
  const clashing = loaded.filter((p) => p.services.some((s) => spanning.has(s)));
  if (clashing.length === 0) return;
  const services = [...new Set(clashing.flatMap((p) => p.services.filter((s) => spanning.has(s))))].sort();
  throw new UsageError(
    `isolate "account-per-worker" cannot give each worker its own copy of ${clashing.map((p) => p.name).join(', ')}: the pod holds ${services.join(', ')} resources, whose names LocalStack keeps unique across accounts, as AWS does (S3 bucket names). Run the test files one at a time with restore "each-file" instead.`,
  );
}

/**
 * Prepares a test run, the work both test fronts share: starts moto when asked, waits for the
 * instance, loads the pods in order, and works out the variables the test workers need. Fails
 * before any test runs when a pod is missing, the instance does not answer or a load fails.
 */
export async function startSuite(
  given: LocalstackPodsOptions | undefined,
  env: NodeJS.ProcessEnv = process.env,
  log: Log = defaultLog,
  runner?: RunnerShape,
): Promise<Suite> {
  const suite = resolveSuiteOptions(given, env);
  refuseParallelRestores(suite, runner);
  // Loaded here, not with the engine: its loader cannot be bundled into the Action, which reads none.
  const { findConfig, resolveWithConfig } = await import('../engine/config-file.js');
  const config = findConfig();
  // Options are checked before a server is started, so a typo costs nothing.
  resolveWithConfig(suite.engine, env, config);
  const moto: EmbeddedMoto | undefined = suite.instance === 'moto' ? await startEmbeddedMoto() : undefined;
  try {
    const endpointOptions = resolveWithConfig({ ...suite.engine, ...(moto ? { endpoint: moto.endpoint } : {}) }, env, config);
    const options: PodsOptions = { ...endpointOptions, env: { ...env, ...testEnvironment(endpointOptions.endpoint, env) } };
    const target = await connect(options.endpoint, { timeoutMs: options.waitTimeoutMs });
    if (suite.isolate === 'account-per-worker' && target.brand !== 'localstack' && target.brand !== 'ministack') {
      throw new UsageError(
        `isolate "account-per-worker" needs LocalStack or MiniStack, which take the access key id as the account; ${target.endpoint} is ${target.brand}.`,
      );
    }
    const started = performance.now();
    // Only this first load warns of pods from another emulator: the restores before test files
    // load the same pods into the same instance.
    const loaded = await loadPods(suite.pods, options, { log });
    if (suite.isolate === 'account-per-worker') await refuseSharedNames(loaded);
    if (loaded.length > 0) {
      const refs = loaded.map((p) => `${p.name}:${p.version}`).join(', ');
      log(`loaded ${refs} into ${target.endpoint} (${target.brand}) in ${Math.round(performance.now() - started)} ms`);
    }
    const timings: RestoreTimings = { ms: [], unchanged: 0 };
    const perFile = suite.pods.length > 0 && (suite.restore !== 'none' || suite.isolate === 'account-per-worker');
    // Tests reach the instance through the proxy, which tells each restore what they changed.
    const proxy = perFile && suite.restore === 'each-file' ? await startChangeProxy(target.endpoint) : undefined;
    const scope: RestoreScope = proxy ? await trackedScope(proxy, options, loaded) : () => undefined;
    const coordinator = perFile ? await startCoordinator(suite, options, scope, timings, log) : undefined;
    const endpoint = proxy?.url ?? loopbackAddress(target.endpoint);
    const workerVars: Record<string, string> = {
      ...testEnvironment(endpoint, env),
      [WORKER_ENV.isolate]: suite.isolate,
      ...(coordinator ? { [WORKER_ENV.coordinator]: coordinator.url } : {}),
    };
    return {
      info: { endpoint, brand: target.brand, loaded },
      env: workerVars,
      async finish(failed) {
        try {
          if (timings.ms.length > 0) {
            const average = Math.round(timings.ms.reduce((a, b) => a + b, 0) / timings.ms.length);
            const unchanged = timings.unchanged > 0 ? ` (${timings.unchanged} found nothing of the pods changed)` : '';
            log(`restored the pods before ${timings.ms.length} test file(s), ${average} ms each on average${unchanged}`);
          }
          if (suite.save && shouldSave(suite.saveIf, failed)) {
            const saved = await save({ pod: suite.save, options });
            log(`saved the instance's state as ${saved.name}:${saved.version} in ${saved.remote}${failed ? ' (the run failed)' : ''}`);
          }
        } finally {
          await coordinator?.close();
          await proxy?.close();
          await moto?.stop();
        }
      },
    };
  } catch (error) {
    await moto?.stop();
    throw error;
  }
}

/**
 * The error a runner shows when the setup fails: for the engine's own errors, one line with no
 * stack and no cause (the message says what to do), since runners print an error's `stack` and
 * its causes' as they are.
 */
export function reportable(error: unknown): unknown {
  if (!(error instanceof PodsError)) return error;
  const clear = new Error(`localstack-pods: ${namingOptionsByName(error.message)}`);
  clear.name = error.name;
  clear.stack = clear.message;
  return clear;
}
