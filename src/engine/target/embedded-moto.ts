import { UnreachableError } from '../errors.js';
import { freePort, startServer, type Server } from './server-process.js';

/** A moto server this process started, on a loopback port of its own. */
export interface EmbeddedMoto extends Server {
  /** Empties every service of this server. */
  reset(): Promise<void>;
}

/**
 * Starts moto from the machine's Python (`python3 -m moto.server`) on a free loopback port and
 * waits until it answers; `stop()` ends it. For a test run that wants a fresh instance of its
 * own rather than one the user keeps running.
 */
export async function startEmbeddedMoto(options: { timeoutMs?: number } = {}): Promise<EmbeddedMoto> {
  const port = await freePort();
  const server = await startServer({
    name: 'moto',
    command: 'python3',
    args: ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)],
    port,
    ready: async (endpoint) => (await fetch(`${endpoint}/moto-api/config`)).ok,
    timeoutMs: options.timeoutMs ?? 30_000,
    hint: 'moto comes from the machine\'s Python: pip install "moto[server]".',
  });
  return {
    ...server,
    async reset() {
      const response = await fetch(`${server.endpoint}/moto-api/reset`, { method: 'POST' }).catch((error: unknown) => {
        throw new UnreachableError(`moto at ${server.endpoint} did not answer a reset.`, { cause: error });
      });
      if (!response.ok) throw new UnreachableError(`moto at ${server.endpoint} refused a reset: HTTP ${response.status}.`);
    },
  };
}
