import { freePort, startServer, type Server } from './processes.js';

export interface Moto extends Server {
  /** Empties every service of this server. */
  reset(): Promise<void>;
}

/** Starts a moto server of its own on a free loopback port. */
export async function startMoto(): Promise<Moto> {
  const port = await freePort();
  const server = await startServer({
    name: 'moto',
    command: 'python3',
    args: ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)],
    port,
    ready: async (endpoint) => (await fetch(`${endpoint}/moto-api/config`)).ok,
    timeoutMs: 30_000,
    hint: 'moto comes from the machine\'s Python: pip install "moto[server]".',
  });
  return {
    ...server,
    async reset() {
      const response = await fetch(`${server.endpoint}/moto-api/reset`, { method: 'POST' });
      if (!response.ok) throw new Error(`moto reset failed: ${response.status}`);
    },
  };
}
