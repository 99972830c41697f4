import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ENGINE_VERSION, type Strategy } from '../dist/engine/index.js';
import { prepareDataset, SIZES, type Dataset } from './dataset.js';
import { startEmulator, type Emulator, type EmulatorKind } from './emulator.js';
import { loadInProcess, loadWithCli, saveWithCli, type CliRun, type PodContext } from './pods.js';
import { alignedTable, formatMarkdown, formatTable, markdownTable, type Section, type Step } from './report.js';
import { benchServices, serviceRows, type ServiceTiming } from './services.js';
import { awsCliStartup, clients, seedNaive, seedTuned, syncWithAwsCli, tune, type SeedTimes, type Tuning } from './seed.js';
import { elapsed, median } from './util.js';
import { verifyState } from './verify.js';
import { TEST_FILES } from './test-files.js';
import { readFloor } from './floor.js';
import { benchStartup } from './startup.js';
import { startSuite, type Suite } from '../dist/suite/suite.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const STRATEGIES: readonly Strategy[] = ['account-region-merge', 'merge', 'deep-merge', 'overwrite'];

const HELP = `npm run bench -- [flags]

  --quick                 the quick state on moto only (under a minute)
  --sizes LIST            state sizes, comma-separated: ${Object.keys(SIZES).join(', ')} (default medium,large)
  --emulators LIST        moto, localstack (default both)
  --strategies LIST       load strategies measured (default all four)
  --populated LIST        strategies also loaded into an instance that holds the state
                          (default all; --quick: account-region-merge)
  --no-sync               skip baseline (c), aws s3 sync
  --no-per-file           skip the per-file restore of the small pod
  --no-services           skip the services beyond the data stores (API Gateway, Route 53)
  --startup               only the start-up of the commands that reach no instance
  --rounds N              runs of baseline (b) and of the first strategy's load into a reset
                          instance, taken in turns (median; default 3, --quick 1)
  --repeat N              runs of the per-file restore and its baseline (median; default 5)
  --cpu-prof              write a CPU profile of every save and load to .bench/profiles
  --markdown              print the tables as Markdown (for docs/benchmarks.md)
  --out FILE              results as JSON (default .bench/results/<time>.json)`;

interface Flags {
  sizes: string[];
  emulators: EmulatorKind[];
  strategies: Strategy[];
  populated: Strategy[];
  sync: boolean;
  perFile: boolean;
  services: boolean;
  startupOnly: boolean;
  rounds: number;
  repeat: number;
  quick: boolean;
  cpuProf: boolean;
  markdown: boolean;
  out: string;
}

function list(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseFlags(argv: string[]): Flags | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      emulators: { type: 'string' },
      strategies: { type: 'string' },
      populated: { type: 'string' },
      'no-sync': { type: 'boolean', default: false },
      'no-per-file': { type: 'boolean', default: false },
      'no-services': { type: 'boolean', default: false },
      startup: { type: 'boolean', default: false },
      rounds: { type: 'string' },
      repeat: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return undefined;
  const quick = values.quick;
  const sizes = list(values.sizes ?? (quick ? 'quick' : 'medium,large'));
  for (const s of sizes) if (!SIZES[s]) throw new Error(`Unknown size "${s}"; sizes: ${Object.keys(SIZES).join(', ')}.`);
  const emulators = list(values.emulators ?? (quick ? 'moto' : 'moto,localstack'));
  for (const e of emulators) if (e !== 'moto' && e !== 'localstack') throw new Error(`Unknown emulator "${e}".`);
  const strategies = list(values.strategies ?? STRATEGIES.join(',')) as Strategy[];
  for (const s of strategies) if (!STRATEGIES.includes(s)) throw new Error(`Unknown strategy "${s}".`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return {
    sizes,
    emulators: emulators as EmulatorKind[],
    strategies,
    // The quick run reloads into a populated instance with the default strategy only, to stay under a minute.
    populated: list(values.populated ?? (quick ? 'account-region-merge' : strategies.join(','))) as Strategy[],
    sync: !values['no-sync'],
    perFile: !values['no-per-file'],
    services: !values['no-services'],
    startupOnly: values.startup,
    rounds: Number(values.rounds ?? (quick ? 1 : 3)),
    repeat: Number(values.repeat ?? (quick ? 3 : 5)),
    quick,
    cpuProf: values['cpu-prof'],
    markdown: values.markdown,
    out: values.out ?? join(ROOT, '.bench', 'results', `${stamp}.json`),
  };
}

function log(text: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
}

/** Runs `work`, recording its time and the emulator's CPU time over it. */
async function measure<T>(emulator: Emulator, work: () => Promise<T>): Promise<{ seconds: number; emulatorCpu: number; result: T }> {
  const cpu = emulator.cpuSeconds();
  const start = process.hrtime.bigint();
  const result = await work();
  const seconds = elapsed(start);
  return { seconds, emulatorCpu: emulator.cpuSeconds() - cpu, result };
}

function cliStep(label: string, m: { seconds: number; emulatorCpu: number; result: CliRun }, extra: Partial<Step> = {}): Step {
  return {
    label,
    seconds: m.seconds,
    peakRssMb: m.result.peakRssMb,
    podsCpu: m.result.cpuSeconds,
    emulatorCpu: m.emulatorCpu,
    ...extra,
  };
}

function seedStep(label: string, times: SeedTimes, emulatorCpu: number, note?: string): Step {
  const parts = (['s3', 'dynamodb', 'sqs', 'ssm', 'secretsmanager'] as const).map((k) => `${k} ${times[k].toFixed(1)}`).join(', ');
  return { label, seconds: times.total, emulatorCpu, note: note ? `${note}; ${parts}` : parts };
}

/**
 * New blob bytes of a save besides its manifest: every save writes a manifest of its own (it
 * holds the creation time), so what tells whether state was written again is the rest.
 */
function stateBytes(store: string, save: CliRun): number {
  const digest = String(save.result.digest).replace('sha256:', '');
  return Number(save.result.newBytes) - statSync(join(store, 'blobs', 'sha256', digest)).size;
}

/** Baseline (b) on a reset instance. */
async function measureTuned(emulator: Emulator, data: Dataset, tuning: Tuning) {
  await emulator.reset();
  const run = await measure(emulator, () => seedTuned(emulator.endpoint(), data, tuning));
  return { ...run, seconds: run.result.total };
}

/** The run of median time (the lower middle one of an even count). */
function medianRun<T extends { seconds: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((x, y) => x.seconds - y.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function runsNote(runs: readonly { seconds: number }[]): string {
  return `median of ${runs.length}: ${runs.map((r) => r.seconds.toFixed(2)).join(', ')} s`;
}

/** Every measurement of one state size on one emulator. */
async function benchSize(emulator: Emulator, data: Dataset, flags: Flags, work: string): Promise<Section> {
  const store = join(work, `store-${emulator.kind}-${data.spec.name}`);
  rmSync(store, { recursive: true, force: true });
  const ctx: PodContext = {
    endpoint: '',
    remote: `file://${store}`,
    work,
    ...(flags.cpuProf ? { cpuProfileDir: join(ROOT, '.bench', 'profiles', `${emulator.kind}-${data.spec.name}`) } : {}),
  };
  const at = () => ({ ...ctx, endpoint: emulator.endpoint() });
  const steps: Step[] = [];
  const name = `bench-${data.spec.name}`;
  const sample = flags.quick ? { objects: 40, items: 500 } : { objects: 200, items: 2_000 };

  log(`${emulator.kind} ${data.spec.name}: tuning baseline (b)`);
  await emulator.reset();
  const tuning = await tune(emulator.endpoint(), data, sample);

  log(`${emulator.kind} ${data.spec.name}: baseline (a), naive seeding`);
  await emulator.reset();
  const a = await measure(emulator, () => seedNaive(emulator.endpoint(), data));
  const naive = a.result;
  steps.push(seedStep('baseline (a) naive seed', naive, a.emulatorCpu));

  log(`${emulator.kind} ${data.spec.name}: baseline (b), tuned seeding (s3 ×${tuning.s3}, dynamodb ×${tuning.dynamodb})`);
  // (b) runs again before each further load of the first strategy, in turns with it: the
  // emulator's own speed drifts over a run, and the target compares the two.
  const seedRuns = [await measureTuned(emulator, data, tuning)];
  const bIndex = steps.push(seedStep('baseline (b) tuned seed', seedRuns[0]!.result, seedRuns[0]!.emulatorCpu)) - 1;
  await verifyState(emulator.endpoint(), data);

  log(`${emulator.kind} ${data.spec.name}: saves`);
  const save1 = await measure(emulator, () => saveWithCli(at(), name));
  const first = save1.result;
  steps.push(cliStep('save (first)', save1, { newBytes: stateBytes(store, first) }));
  const save2 = await measure(emulator, () => saveWithCli(at(), name));
  const second = save2.result;
  steps.push(
    cliStep('save (unchanged state)', save2, {
      newBytes: stateBytes(store, second),
      note: `${((second.seconds / first.seconds) * 100).toFixed(0)}% of the first save`,
    }),
  );
  const floor = await measure(emulator, () => readFloor(emulator.endpoint(), data));
  steps.push({
    label: 'floor: reading the state once (tags, items)',
    seconds: floor.seconds,
    emulatorCpu: floor.emulatorCpu,
    note: `${((floor.seconds / first.seconds) * 100).toFixed(0)}% of the first save; no save can read less`,
  });
  let s3Only: CliRun | undefined;
  if (flags.sync) {
    s3Only = (await measure(emulator, () => saveWithCli(at(), `${name}-s3`, 's3'))).result;
  }

  for (const [index, strategy] of flags.strategies.entries()) {
    log(`${emulator.kind} ${data.spec.name}: load --strategy ${strategy}`);
    const loads = [];
    for (let round = 0; round < (index === 0 ? flags.rounds : 1); round += 1) {
      if (round > 0) seedRuns.push(await measureTuned(emulator, data, tuning));
      await emulator.reset();
      loads.push(await measure(emulator, () => loadWithCli(at(), name, strategy)));
      await verifyState(emulator.endpoint(), data);
    }
    const fresh = medianRun(loads);
    steps.push(cliStep(`load ${strategy} (reset instance)`, fresh, { isLoad: true, ...(loads.length > 1 ? { note: runsNote(loads) } : {}) }));
    if (flags.populated.includes(strategy)) {
      const again = await measure(emulator, () => loadWithCli(at(), name, strategy));
      steps.push(cliStep(`load ${strategy} (populated)`, again, { isLoad: true }));
      await verifyState(emulator.endpoint(), data);
    }
  }

  let sync: number | undefined;
  if (flags.sync && s3Only) {
    log(`${emulator.kind} ${data.spec.name}: baseline (c), aws s3 sync, and the S3-only pod`);
    await emulator.reset();
    const c = await measure(emulator, () => syncWithAwsCli(emulator.endpoint(), data));
    sync = c.seconds;
    steps.push({ label: 'baseline (c) aws s3 sync', seconds: c.seconds, emulatorCpu: c.emulatorCpu, note: 'S3 only' });
    await emulator.reset();
    const m = await measure(emulator, () => loadWithCli(at(), `${name}-s3`, 'account-region-merge'));
    steps.push(cliStep('load S3-only pod (reset instance)', m, { isS3Only: true, note: 'S3 only' }));
  }

  const b = medianRun(seedRuns);
  const tuned = b.result;
  const settings = `s3 ×${tuning.s3}, dynamodb ×${tuning.dynamodb}`;
  steps[bIndex] = seedStep('baseline (b) tuned seed', tuned, b.emulatorCpu, seedRuns.length > 1 ? `${settings}; ${runsNote(seedRuns)}` : settings);
  return {
    emulator: emulator.version,
    size: data.spec,
    tuning,
    baselines: { a: naive.total, b: tuned.total, c: sync, aS3: naive.s3, bS3: tuned.s3 },
    steps,
  };
}

/** What a test worker does before each test file: asks the run's coordinator to prepare the instance. */
async function beforeTestFile(suite: Suite): Promise<void> {
  const response = await fetch(`${suite.env.LOCALSTACK_PODS_COORDINATOR}/test-file?worker=1`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`the restore before a test file failed: ${await response.text()}`);
}

/**
 * The per-file restore: loading a small pod again before a test file, against re-seeding it
 * naively. The whole pod (`restore: each-file-full`, in process through the engine's API), then
 * the test fronts' `restore: each-file` run as a test runner runs it, after test files that
 * read or write through the run's endpoint.
 */
async function benchPerFile(emulator: Emulator, data: Dataset, flags: Flags, work: string): Promise<Section> {
  const store = join(work, `store-${emulator.kind}-per-file`);
  rmSync(store, { recursive: true, force: true });
  const ctx = () => ({ endpoint: emulator.endpoint(), remote: `file://${store}`, work });
  const reseed: number[] = [];
  const reseedCpu: number[] = [];
  for (let i = 0; i < flags.repeat; i += 1) {
    await emulator.reset();
    const m = await measure(emulator, () => seedNaive(emulator.endpoint(), data));
    reseed.push(m.seconds);
    reseedCpu.push(m.emulatorCpu);
  }
  await saveWithCli(ctx(), 'bench-per-file');
  const a = median(reseed);
  const steps: Step[] = [{ label: 'baseline (a) naive seed', seconds: a, emulatorCpu: median(reseedCpu), note: `median of ${flags.repeat}` }];
  const restores: number[] = [];
  const restoreCpu: number[] = [];
  for (let i = 0; i < flags.repeat; i += 1) {
    const m = await measure(emulator, () => loadInProcess(ctx(), 'bench-per-file'));
    restores.push(m.seconds);
    restoreCpu.push(m.emulatorCpu);
  }
  steps.push({
    label: 'per-file restore, whole pod (each-file-full)',
    seconds: median(restores),
    emulatorCpu: median(restoreCpu),
    isPerFile: true,
    note: `median of ${flags.repeat}; account-region-merge into the populated instance; first ${restores[0]!.toFixed(2)} s`,
  });
  await verifyState(emulator.endpoint(), data);

  const env = { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', LOCALSTACK_PODS_HOME: work };
  const suite = await startSuite(
    { pods: 'bench-per-file', restore: 'each-file', endpoint: emulator.endpoint(), remote: ctx().remote },
    env,
    () => undefined,
  );
  const tests = clients(suite.info.endpoint);
  try {
    await beforeTestFile(suite);
    for (const file of TEST_FILES) {
      const times: number[] = [];
      const cpu: number[] = [];
      for (let round = 0; round < flags.repeat; round += 1) {
        await file.run(tests, data, round);
        const m = await measure(emulator, () => beforeTestFile(suite));
        times.push(m.seconds);
        cpu.push(m.emulatorCpu);
        await verifyState(emulator.endpoint(), data, { everyService: true });
      }
      steps.push({
        label: `per-file restore after a test file that ${file.name} (each-file)`,
        seconds: median(times),
        emulatorCpu: median(cpu),
        isPerFile: true,
        note: `median of ${flags.repeat}`,
      });
    }
  } finally {
    tests.destroy();
    await suite.finish(false);
  }
  return { emulator: emulator.version, size: data.spec, baselines: { a, b: undefined, c: undefined }, steps };
}

function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown';
  const version = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8' }).trim().split('\n')[0]!;
    } catch {
      return 'not found';
    }
  };
  return {
    cpus: cpus().length,
    cpu,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    engine: ENGINE_VERSION,
    aws: version('aws', ['--version']),
  };
}

/** Runs the benchmark; resolves with the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const flags = parseFlags(argv);
  if (!flags) {
    console.log(HELP);
    return 0;
  }
  const work = join(ROOT, '.bench', 'work');
  mkdirSync(work, { recursive: true });
  const fixtures = join(ROOT, '.bench', 'fixtures');
  const started = process.hrtime.bigint();
  const sections: Section[] = [];
  const services: ServiceTiming[] = [];
  const info = { ...machine(), awsStartup: await awsCliStartup() };
  log('start-up of the commands that reach no instance');
  const startup = benchStartup(work, flags.repeat * 2);
  process.stdout.write(
    `\nStart-up, CPU seconds (median of ${flags.repeat * 2}), and over a bare node's\n${alignedTable(
      ['command', 'cpu s', 'ratio'],
      startup.map((t) => [t.label, t.cpuSeconds.toFixed(3), `${t.ratio.toFixed(2)}×`]),
    )}\n`,
  );
  for (const kind of flags.startupOnly ? [] : flags.emulators) {
    log(`starting ${kind}`);
    const emulator = await startEmulator(kind);
    try {
      for (const size of flags.sizes) {
        log(`${kind} ${size}: writing the state's files`);
        const data = await prepareDataset(fixtures, SIZES[size]!);
        sections.push(await benchSize(emulator, data, flags, work));
        process.stdout.write(formatTable(sections.at(-1)!));
      }
      if (flags.perFile) {
        log(`${kind}: per-file restore of the small pod`);
        sections.push(await benchPerFile(emulator, await prepareDataset(fixtures, SIZES.small!), flags, work));
        process.stdout.write(formatTable(sections.at(-1)!));
      }
      if (flags.services) {
        const store = join(work, `store-${kind}-services`);
        rmSync(store, { recursive: true, force: true });
        const measured = await benchServices(emulator, () => ({ endpoint: emulator.endpoint(), remote: `file://${store}`, work }), log);
        services.push(...measured);
        const { head, rows } = serviceRows(measured);
        process.stdout.write(`\n${emulator.version}, services beyond the data stores\n${alignedTable(head, rows)}\n`);
      }
    } finally {
      await emulator.stop();
    }
  }
  const total = elapsed(started);
  mkdirSync(join(flags.out, '..'), { recursive: true });
  writeFileSync(flags.out, JSON.stringify({ machine: info, flags, startup, sections, services, seconds: total }, null, 2));
  if (flags.markdown) {
    process.stdout.write(formatMarkdown(sections));
    const table = serviceRows(services);
    if (services.length > 0) process.stdout.write(`\n### Services beyond the data stores\n\n${markdownTable(table.head, table.rows).join('\n')}\n`);
  }
  log(`done in ${total.toFixed(0)} s; results in ${flags.out}`);
  return 0;
}
