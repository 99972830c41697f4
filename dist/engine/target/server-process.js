import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { UnreachableError } from '../errors.js';
/** A TCP port free on loopback right now. */
export function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}
// A server started here must not outlive the process that needs it, even when that process
// exits without stopping it (a test runner killed mid-run, an uncaught error).
const running = new Set();
process.once('exit', () => {
    for (const child of running)
        child.kill('SIGKILL');
});
/**
 * Starts `command` in its own process group and waits until `ready(endpoint)` holds. Fails
 * with the server's own output when it exits or does not come up in time.
 */
export async function startServer(options) {
    const endpoint = `http://127.0.0.1:${options.port}`;
    const child = spawn(options.command, [...options.args], {
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
    });
    running.add(child);
    let output = '';
    const keep = (chunk) => {
        output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let exited;
    child.on('exit', (code, signal) => {
        exited = `exited with ${code ?? signal}`;
        running.delete(child);
    });
    child.on('error', (error) => {
        exited = error.message;
    });
    const stop = async () => {
        if (exited)
            return;
        try {
            process.kill(-child.pid, 'SIGTERM');
        }
        catch {
            return;
        }
        for (let i = 0; i < 50 && !exited; i++)
            await sleep(100);
        if (!exited)
            process.kill(-child.pid, 'SIGKILL');
    };
    const deadline = Date.now() + options.timeoutMs;
    while (Date.now() < deadline) {
        if (exited)
            break;
        if (await options.ready(endpoint).catch(() => false))
            return { endpoint, process: child, stop };
        await sleep(200);
    }
    await stop();
    throw new UnreachableError(`${options.name} did not start on ${endpoint} (${exited ?? `not ready after ${options.timeoutMs / 1000}s`}). ${options.hint}\nIts output:\n${output}`);
}
