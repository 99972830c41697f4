import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort, startServer, type Server } from './processes.js';

const START = fileURLToPath(new URL('../../scripts/localstack/start.sh', import.meta.url));

export interface LocalStackOptions {
  /**
   * Its file tree (FILESYSTEM_ROOT), which the caller may fill first: LocalStack's init hooks
   * live in `etc/localstack/init/` below it. A new temporary folder when undefined.
   */
  readonly dataDir?: string;
  /** Added to the environment LocalStack, and the init hooks it runs, start with. */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Starts LocalStack community 4.14 on the host (no Docker) on a free loopback port, from the
 * project's virtual environment (scripts/localstack/install.sh), with a data directory of its own.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<Server> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'localstack-'));
  const server = await startServer({
    name: 'LocalStack 4.14',
    command: 'bash',
    args: [START, String(port), dataDir],
    port,
    env: options.env,
    ready: async (endpoint) => (await fetch(`${endpoint}/_localstack/health`)).ok,
    timeoutMs: 120_000,
    hint: 'Install it with: bash scripts/localstack/install.sh (scripts/test.sh does).',
  });
  return {
    ...server,
    async stop() {
      // LocalStack stops its DynamoDB and Kinesis processes itself on SIGTERM, within a few seconds.
      const exited = new Promise((resolve) => server.process.once('exit', resolve));
      try {
        process.kill(-server.process.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, sleep(15_000)]);
      await server.stop();
      // Those processes run in sessions of their own; their command lines name the data dir.
      try {
        execFileSync('pkill', ['-KILL', '-f', dataDir]);
      } catch {
        // none left
      }
    },
  };
}
