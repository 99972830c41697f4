import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aws, runCli } from './cli.js';
import { installFixture, runIn, savePodAndReset, type RunResult } from './fixture-project.js';
import { startMoto, type Moto } from './moto.js';
import { startLocalStack } from './localstack.js';
import { freePort, type Server } from './processes.js';

/** How to drive one test front's fixture project. */
export interface TestFront {
  /** `test/fixtures/<fixture>`, configured with pod `s3-test` and `restore: 'each-file'`. */
  readonly fixture: string;
  /** The runner's command line, with another config file when given. */
  readonly command: (config?: string) => readonly string[];
  /** A config file loading a pod that does not exist: its name and its text. */
  readonly missingPodConfig: readonly [string, string];
  /** A config file with `isolate: 'account-per-worker'` and two workers: its name and its text. */
  readonly isolateConfig: readonly [string, string];
  /** A config file with `restore: 'each-file'` and two workers in one account. */
  readonly parallelRestoreConfig: readonly [string, string];
  /** A config file loading `s3-test` with no restore, running `a.test.js` alone. */
  readonly oneFileConfig: readonly [string, string];
  /**
   * Config files running `queues/*.isolated.js` in two workers at once with pod `queue-test`:
   * one with `isolate: 'account-per-worker'`, one without.
   */
  readonly queueConfigs: { readonly isolated: readonly [string, string]; readonly shared: readonly [string, string] };
  /** What the runner prints when both test files passed. */
  readonly passed: RegExp;
}

/**
 * The end-to-end behaviour both test fronts share, run for real: the package packed and
 * installed into a copy of the fixture project, the runner started as a user starts it.
 */
export function describeTestFront(title: string, front: TestFront): void {
  describe(title, () => {
    let project: string;
    let moto: Moto;
    let localstack: Server;
    let home: string;

    beforeAll(async () => {
      [project, moto, localstack] = await Promise.all([installFixture(front.fixture), startMoto(), startLocalStack()]);
      home = await savePodAndReset(moto);
      await aws(moto.endpoint, ['sqs', 'create-queue', '--queue-name', 'jobs']);
      const saved = await runCli(['save', 'queue-test', '-s', 'sqs'], { LOCALSTACK_PODS_HOME: home, LOCALSTACK_ENDPOINT: moto.endpoint });
      if (saved.code !== 0) throw new Error(`save failed: ${saved.stderr}`);
      await moto.reset();
      const configs = [
        front.missingPodConfig,
        front.isolateConfig,
        front.parallelRestoreConfig,
        front.oneFileConfig,
        front.queueConfigs.isolated,
        front.queueConfigs.shared,
      ];
      for (const [file, text] of configs) writeFileSync(join(project, file), text);
    }, 300_000);
    afterAll(async () => {
      await Promise.all([moto?.stop(), localstack?.stop()]);
    });

    const runner = (env: NodeJS.ProcessEnv, config?: string): Promise<RunResult> => {
      const [command, ...args] = front.command(config);
      return runIn(project, command!, args, { LOCALSTACK_PODS_HOME: home, ...env });
    };
    const timings = (run: RunResult) =>
      run.output
        .split('\n')
        .filter((l) => l.startsWith('localstack-pods: '))
        .join('\n');

    it('loads the pod before the first test, points the SDK at the instance, and restores the pod before each test file', async () => {
      await moto.reset();
      const run = await runner({ LOCALSTACK_ENDPOINT: moto.endpoint });
      expect(run.output).toMatch(front.passed);
      expect(run.code).toBe(0);
      expect(run.output).toMatch(/^localstack-pods: loaded s3-test:1 into http:\/\/127\.0\.0\.1:\d+ \(moto\) in \d+ ms$/m);
      expect(run.output).toMatch(/^localstack-pods: restored the pods before 1 test file\(s\), \d+ ms each on average$/m);
      console.log(`${title}:\n${timings(run)}`);
    });

    it('fails the run before any test, with one clear message and no stack, when a pod is missing', async () => {
      const run = await runner({ LOCALSTACK_ENDPOINT: moto.endpoint }, front.missingPodConfig[0]);
      expect(run.code).not.toBe(0);
      expect(run.output).toContain('localstack-pods: Pod "no-such-pod" does not exist in file://');
      // The reason comes before anything the runner says of the run (Vitest: "No test files found").
      const reason = run.output.indexOf('localstack-pods: Pod "no-such-pod"');
      expect(reason).toBeLessThan(run.output.includes('No test files found') ? run.output.indexOf('No test files found') : Infinity);
      expect(run.output).not.toMatch(/^\s+(at|❯) |Caused by/m);
      expect(run.output).not.toContain("sees the pod's bucket");
    });

    it('fails the run before any test when the instance does not answer', async () => {
      const endpoint = `http://127.0.0.1:${await freePort()}`;
      const run = await runner({ LOCALSTACK_ENDPOINT: endpoint, LOCALSTACK_PODS_WAIT_TIMEOUT: '1' });
      expect(run.code).not.toBe(0);
      expect(run.output).toContain(`localstack-pods: No instance answered at ${endpoint} within 1s`);
      // The option as the test fronts name it, not the CLI's flag.
      expect(run.output).toContain('point `endpoint` (LOCALSTACK_ENDPOINT) at a running one');
      expect(run.output).not.toMatch(/^\s+(at|❯) |Caused by/m);
      expect(run.output).not.toContain("sees the pod's bucket");
    });

    it("refuses restore 'each-file' with test files running at once in one account, before any test", async () => {
      const run = await runner({ LOCALSTACK_ENDPOINT: moto.endpoint }, front.parallelRestoreConfig[0]);
      expect(run.code).not.toBe(0);
      expect(run.output).toContain('localstack-pods: restore "each-file" needs the test files to run one at a time');
      expect(run.output).not.toContain("sees the pod's bucket");
    });

    it('gives the tests a localhost instance as 127.0.0.1, where an S3 client with no options reaches the buckets', async () => {
      await moto.reset();
      const run = await runner({ LOCALSTACK_ENDPOINT: moto.endpoint.replace('127.0.0.1', 'localhost') }, front.oneFileConfig[0]);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toMatch(/^localstack-pods: loaded s3-test:1 into http:\/\/localhost:\d+ \(moto\)/m);
    });

    it("starts a moto of its own with instance 'moto', and stops it after the run", async () => {
      const run = await runner({ LOCALSTACK_PODS_INSTANCE: 'moto' });
      expect(run.output).toMatch(front.passed);
      expect(run.code).toBe(0);
      const endpoint = /loaded s3-test:1 into (http:\/\/127\.0\.0\.1:\d+) \(moto\)/.exec(run.output)?.[1];
      expect(endpoint).toBeDefined();
      expect(endpoint).not.toBe(moto.endpoint);
      await expect(fetch(`${endpoint}/moto-api/config`)).rejects.toThrow();
    });

    it("refuses isolate 'account-per-worker' for a pod with S3 buckets on LocalStack, before any test", async () => {
      const run = await runner({ LOCALSTACK_ENDPOINT: localstack.endpoint }, front.isolateConfig[0]);
      expect(run.code).not.toBe(0);
      expect(run.output).toContain('localstack-pods: isolate "account-per-worker" cannot give each worker its own copy of s3-test');
      expect(run.output).not.toContain("sees the pod's bucket");
    });

    it("gives each worker an account of its own with isolate 'account-per-worker' on LocalStack", async () => {
      const isolated = await runner({ LOCALSTACK_ENDPOINT: localstack.endpoint }, front.queueConfigs.isolated[0]);
      expect(isolated.output).toMatch(front.passed);
      expect(isolated.code).toBe(0);
      // The same files sharing one account see each other's queue: the isolation is what passed them.
      const shared = await runner({ LOCALSTACK_ENDPOINT: localstack.endpoint }, front.queueConfigs.shared[0]);
      expect(shared.code).not.toBe(0);
      expect(shared.output).toMatch(/worker-[ab]/);
    });

    it('saves the state after the run when asked to', async () => {
      await moto.reset();
      const run = await runner({ LOCALSTACK_ENDPOINT: moto.endpoint, LOCALSTACK_PODS_SAVE: 'after-run', LOCALSTACK_PODS_SAVE_IF: 'always' });
      expect(run.code).toBe(0);
      expect(run.output).toMatch(/^localstack-pods: saved the instance's state as after-run:1 in file:\/\//m);
      const versions = await runCli(['versions', 'after-run', '--json'], { LOCALSTACK_PODS_HOME: home });
      // The last test file deleted the bucket: the saved state is the run's end, not the pod.
      expect(JSON.parse(versions.stdout).versions[0].config.resources).toEqual({});
    });
  });
}
