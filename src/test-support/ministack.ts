import { homedir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServer, type Server } from './processes.js';

/** The project's MiniStack (scripts/ministack/install.sh), its version in the venv's folder name. */
const VENV = process.env.LOCALSTACK_PODS_MINISTACK_VENV ?? join(homedir(), '.cache/localstack-pods/ministack-1.5.33');

/**
 * Starts MiniStack on a free loopback port from the project's virtual environment. It keeps
 * state in memory, so every server starts empty; `reset` empties it.
 */
export async function startMiniStack(): Promise<Server & { reset(): Promise<void> }> {
  const port = await freePort();
  const server = await startServer({
    name: 'MiniStack',
    command: join(VENV, 'bin/ministack'),
    args: [],
    port,
    env: { GATEWAY_PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'WARNING' },
    ready: async (endpoint) => (await fetch(`${endpoint}/_ministack/health`)).ok,
    timeoutMs: 60_000,
    hint: 'Install it with: bash scripts/ministack/install.sh (scripts/test.sh does).',
  });
  return {
    ...server,
    async reset() {
      const response = await fetch(`${server.endpoint}/_ministack/reset`, { method: 'POST' });
      if (!response.ok) throw new Error(`MiniStack reset answered ${response.status}`);
    },
  };
}
