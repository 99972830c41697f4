import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** What the proxy does to a request a rule matches. */
export type Fault =
  /** Accept the request and never answer it (the connection stays open). */
  | { readonly kind: 'hang' }
  /** Close the connection without an answer. */
  | { readonly kind: 'reset' }
  /** Forward it, then break the connection once half the answer's body is sent. */
  | { readonly kind: 'cut' }
  /** Answer with this status instead of forwarding. */
  | { readonly kind: 'status'; readonly status: number }
  /** Forward it after a pause. */
  | { readonly kind: 'delay'; readonly ms: number }
  /** Forward it once `until()` settles: what another client does meanwhile lands between two of the engine's requests. */
  | { readonly kind: 'hold'; readonly until: () => Promise<unknown> }
  /** Forward it without this request header (a service that ignores it). */
  | { readonly kind: 'strip'; readonly header: string };

export interface RequestHead {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

export interface FaultRule {
  readonly when: (head: RequestHead) => boolean;
  readonly fault: Fault;
  /** How many matching requests get the fault; every one when undefined. */
  readonly times?: number;
}

export interface FaultProxy {
  /** `http://127.0.0.1:PORT`: the upstream, with faults. */
  readonly url: string;
  /** The rules in force, first match wins; replace them at any time. */
  rules: FaultRule[];
  /** Faults applied so far, by kind. */
  readonly applied: Record<Fault['kind'], number>;
  close(): Promise<void>;
}

/**
 * A loopback proxy in front of an instance or a store that delays, cuts, hangs and fails the
 * requests its rules match, and forwards the rest unchanged (Host included). Its own
 * forwarding, not the suite's proxy: a fault must act on the answer mid-body.
 */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const sockets = new Set<Socket>();
  const remaining = new Map<FaultRule, number>();
  const applied: FaultProxy['applied'] = { hang: 0, reset: 0, cut: 0, status: 0, delay: 0, hold: 0, strip: 0 };
  const proxy: FaultProxy = { url: '', rules: [], applied, close };

  const faultFor = (head: RequestHead): Fault | undefined => {
    for (const rule of proxy.rules) {
      if (!rule.when(head)) continue;
      const left = remaining.get(rule) ?? rule.times ?? Infinity;
      if (left <= 0) continue;
      remaining.set(rule, left - 1);
      applied[rule.fault.kind] += 1;
      return rule.fault;
    }
    return undefined;
  };

  const forward = (request: IncomingMessage, response: ServerResponse, cut: boolean, strip?: string) => {
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name !== strip?.toLowerCase()));
    const outgoing = httpRequest({ hostname: target.hostname, port: target.port, method: request.method, path: request.url, headers });
    outgoing.on('error', () => response.destroy());
    outgoing.on('response', (reply) => {
      response.writeHead(reply.statusCode ?? 502, reply.statusMessage, reply.headers);
      const length = Number(reply.headers['content-length'] ?? 0);
      if (!cut || length < 2) return reply.pipe(response);
      let sent = 0;
      reply.on('data', (chunk: Buffer) => {
        const room = Math.floor(length / 2) - sent;
        if (room <= 0) return;
        response.write(chunk.subarray(0, room));
        sent += Math.min(room, chunk.length);
        if (sent >= Math.floor(length / 2)) {
          reply.destroy();
          response.socket?.destroy();
        }
      });
    });
    request.pipe(outgoing);
  };

  const server = createServer((request, response) => {
    const fault = faultFor({ method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers });
    if (fault?.kind === 'hang') return request.resume();
    if (fault?.kind === 'reset') return request.socket.destroy();
    if (fault?.kind === 'status') {
      request.resume();
      response.writeHead(fault.status, { 'content-type': 'text/plain' });
      return response.end(`fault injected: ${fault.status}`);
    }
    if (fault?.kind === 'delay') return void sleep(fault.ms).then(() => forward(request, response, false));
    if (fault?.kind === 'hold')
      return void fault
        .until()
        .catch(() => undefined)
        .then(() => forward(request, response, false));
    forward(request, response, fault?.kind === 'cut', fault?.kind === 'strip' ? fault.header : undefined);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (proxy as { url: string }).url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  function close(): Promise<void> {
    for (const socket of sockets) socket.destroy();
    return new Promise((resolve) => server.close(() => resolve()));
  }
  return proxy;
}
