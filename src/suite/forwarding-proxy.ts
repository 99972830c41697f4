import {
  Agent as HttpAgent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream/promises';
import type { RequestHead } from './changes.js';

/** A loopback endpoint that forwards every request to an instance, unchanged. */
export interface ForwardingProxy {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  close(): Promise<void>;
}

/** What the proxy shows each request to before forwarding it. */
export interface RequestObserver {
  /** Whether `observe` needs the request's body: such a body is read whole, then forwarded. */
  wantsBody?(head: RequestHead): boolean;
  observe(head: RequestHead, body: Buffer | undefined): void;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Starts the proxy. Requests go to `instance` unchanged (the Host header too, so the URLs the
 * instance builds, such as queue URLs, point back here), and bodies stream through unless the
 * observer wants them. Written on `node:http` rather than a proxy library because the observer
 * must see each request before it is forwarded, and nothing more is needed.
 */
export async function startForwardingProxy(instance: string, observer: RequestObserver): Promise<ForwardingProxy> {
  const upstream = new URL(instance);
  const secure = upstream.protocol === 'https:';
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const send = secure ? httpsRequest : httpRequest;

  const forward = async (request: IncomingMessage, response: ServerResponse) => {
    const head = { method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers };
    const buffered = observer.wantsBody?.(head) ? await readBody(request) : undefined;
    observer.observe(head, buffered);
    // The client's `Expect: 100-continue` was answered by this server already.
    const { expect: _answered, ...headers } = request.headers as OutgoingHttpHeaders;
    const outgoing = send({
      protocol: upstream.protocol,
      hostname: upstream.hostname,
      port: upstream.port,
      method: head.method,
      path: head.url,
      headers,
      agent,
    });
    const answered = new Promise<IncomingMessage>((resolve, reject) => {
      outgoing.once('response', resolve);
      outgoing.once('error', reject);
    });
    // Awaited below; a failure while the body is still streaming surfaces through the pipeline first.
    answered.catch(() => undefined);
    if (buffered) outgoing.end(buffered);
    else await pipeline(request, outgoing);
    const reply = await answered;
    response.writeHead(reply.statusCode ?? 502, reply.statusMessage, reply.headers);
    await pipeline(reply, response);
  };

  const server = createServer((request, response) => {
    forward(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy(error as Error);
        return;
      }
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`localstack-pods: the instance at ${instance} did not answer: ${(error as Error).message}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
