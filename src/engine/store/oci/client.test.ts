import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { RegistryClient } from './client.js';
import { parseRegistryUrl } from './remote.js';

/** A server that asks for Basic credentials until it gets some, noting each request's headers. */
async function basicServer(seen: IncomingHttpHeaders[]): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    seen.push(request.headers);
    request.resume();
    if (!request.headers.authorization) response.writeHead(401, { 'www-authenticate': 'Basic realm="pods"' }).end();
    else response.writeHead(201).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

describe('the registry client', () => {
  it('sends the credentials to the registry and never to another origin an upload Location names', async () => {
    const registrySeen: IncomingHttpHeaders[] = [];
    const storageSeen: IncomingHttpHeaders[] = [];
    const registry = await basicServer(registrySeen);
    const storage = await basicServer(storageSeen);
    servers.push(registry.server, storage.server);
    const url = `oras://pods-user:hunter2@${new URL(registry.origin).host}/team?plain-http=true`;
    const client = new RegistryClient(parseRegistryUrl(new URL(url), url), 5_000);

    const own = await client.send({ method: 'PUT', url: '/v2/team/app/blobs/uploads/1', scope: 'repository:team/app:push', body: Buffer.from('x') });
    const other = await client.send({ method: 'PUT', url: `${storage.origin}/upload/1`, scope: 'repository:team/app:push', body: Buffer.from('x') });

    expect(own.status).toBe(201);
    expect(registrySeen.at(-1)!.authorization).toBe(`Basic ${Buffer.from('pods-user:hunter2').toString('base64')}`);
    expect(other.status).toBe(401);
    expect(storageSeen.length).toBeGreaterThan(0);
    expect(storageSeen.every((headers) => headers.authorization === undefined)).toBe(true);
  });
});
