import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Api, type ApiContext } from './api.js';

/** The cookie the page's first load sets, so every later request (assets, API) carries the token. */
const COOKIE = 'localstack_pods_token';
/** The header scripts and tests may send the token in instead. */
export const TOKEN_HEADER = 'x-localstack-pods-token';

/** The page's files, built by scripts/build.mjs next to this module. */
const ASSETS: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/app.js': 'app.js',
  '/app.css': 'app.css',
};
const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

export interface UiServer {
  /** The page's address with its token: the one line the `ui` command prints. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...headers,
  });
  response.end(text);
}

/**
 * Serves the page and its API on 127.0.0.1 only. Every request needs the token (the `?token=`
 * of the printed URL, then its cookie): another local user or a web page cannot guess it. The
 * Host header must name this server and an Origin, when sent, must be the page's own, so a
 * DNS-rebound name or another site's page is refused even with the cookie.
 */
export async function startUiServer(
  context: ApiContext,
  { port = 0, assets = fileURLToPath(new URL('./page/', import.meta.url)) } = {},
): Promise<UiServer> {
  const token = randomBytes(24).toString('base64url');
  const api = new Api(context);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        send(response, 500, { error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  const hosts = new Set([`127.0.0.1:${bound}`, `localhost:${bound}`]);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hosts.has(request.headers.host ?? ''))
      return send(response, 403, { error: { code: 'FORBIDDEN', message: 'This server answers only to its own address.' } });
    const origin = request.headers.origin;
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
      return send(response, 403, { error: { code: 'FORBIDDEN', message: 'Requests from other sites are refused.' } });
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${bound}`);
    const fromQuery = url.searchParams.get('token') ?? undefined;
    const given = fromQuery ?? (request.headers[TOKEN_HEADER] as string | undefined) ?? cookie(request, COOKIE);
    if (!sameToken(given, token)) {
      return send(response, 401, {
        error: { code: 'UNAUTHORIZED', message: 'Open the address the `ui` command printed: it holds the token every request needs.' },
      });
    }
    if (url.pathname.startsWith('/api/')) {
      const answer = await api.handle(request, url);
      return send(response, answer.status, answer.body);
    }
    const file = ASSETS[url.pathname];
    if (!file || request.method !== 'GET') return send(response, 404, { error: { code: 'NOT_FOUND', message: `Nothing at ${url.pathname}.` } });
    const body = await readFile(`${assets}${file}`);
    response.writeHead(200, {
      'content-type': TYPES[file.split('.').pop()!]!,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // The page loads nothing from elsewhere, and no other page may frame it.
      'content-security-policy': "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      'x-frame-options': 'DENY',
      ...(fromQuery ? { 'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` } : {}),
    });
    response.end(body);
  }

  return {
    url: `http://127.0.0.1:${bound}/?token=${token}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
