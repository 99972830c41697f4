import { UnreachableError } from '../errors.js';
import { freePort, startServer } from './server-process.js';
/**
 * Starts moto from the machine's Python (`python3 -m moto.server`) on a free loopback port and
 * waits until it answers; `stop()` ends it. For a test run that wants a fresh instance of its
 * own rather than one the user keeps running.
 */
export async function startEmbeddedMoto(options = {}) {
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
            const response = await fetch(`${server.endpoint}/moto-api/reset`, { method: 'POST' }).catch((error) => {
                throw new UnreachableError(`moto at ${server.endpoint} did not answer a reset.`, { cause: error });
            });
            if (!response.ok)
                throw new UnreachableError(`moto at ${server.endpoint} refused a reset: HTTP ${response.status}.`);
        },
    };
}
