import { execFileSync } from 'node:child_process';
import { createSign, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server as HttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startServer } from './processes.js';

export type RegistryAuth = 'none' | 'htpasswd' | 'token';

export interface Registry {
  /** `127.0.0.1:PORT`. */
  readonly host: string;
  /** The user the registry (or its token server) accepts; none for 'none'. */
  readonly credentials?: { readonly username: string; readonly password: string };
  /** `oras://` URL of `namespace`, with `{oras_username}:{oras_password}` placeholders when the registry needs them. */
  url(namespace: string): string;
  /** ORAS_USERNAME and ORAS_PASSWORD for `url`'s placeholders. */
  readonly env: NodeJS.ProcessEnv;
  /** The scopes the token server was asked for, one array per token request ('token' only). */
  readonly tokenRequests: string[][];
  stop(): Promise<void>;
}

const CONFIG = resolve(dirname(fileURLToPath(import.meta.url)), '../../scripts/registry/config.yml');
const INSTALL_HINT = 'Install it: bash scripts/registry/install.sh (Debian package docker-registry).';
const SERVICE = 'localstack-pods-registry';
const ISSUER = 'localstack-pods-tests';
const USER = { username: 'pods-user', password: 'p@ss:w/rd secret' };

function registryBinary(): string {
  for (const candidate of ['/usr/bin/docker-registry', '/usr/local/bin/docker-registry']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`docker-registry (CNCF distribution) is not installed. ${INSTALL_HINT}`);
}

/** A bcrypt htpasswd line: distribution accepts no other hash. */
function htpasswdLine(username: string, password: string): string {
  try {
    return execFileSync('htpasswd', ['-nbB', username, password], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`htpasswd is not installed; it writes the bcrypt password file. ${INSTALL_HINT}`);
  }
}

/**
 * Starts distribution on a free loopback port with a fresh storage directory, as
 * scripts/registry/config.yml describes: without auth, with htpasswd auth, or with token auth
 * through a token server of the tests' own (`startTokenServer`). Never a system service.
 */
export async function startRegistry(options: { auth: RegistryAuth; deleteEnabled?: boolean }): Promise<Registry> {
  const binary = registryBinary();
  const dir = await mkdtemp(join(tmpdir(), 'registry-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    REGISTRY_HTTP_ADDR: `127.0.0.1:${port}`,
    REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY: join(dir, 'data'),
    REGISTRY_STORAGE_DELETE_ENABLED: String(options.deleteEnabled ?? true),
  };
  let tokens: TokenServer | undefined;
  if (options.auth === 'htpasswd') {
    await writeFile(join(dir, 'htpasswd'), `${htpasswdLine(USER.username, USER.password)}\n`);
    Object.assign(env, {
      REGISTRY_AUTH: 'htpasswd',
      REGISTRY_AUTH_HTPASSWD_REALM: 'localstack-pods-tests',
      REGISTRY_AUTH_HTPASSWD_PATH: join(dir, 'htpasswd'),
    });
  } else if (options.auth === 'token') {
    tokens = await startTokenServer(dir, USER);
    Object.assign(env, {
      REGISTRY_AUTH: 'token',
      REGISTRY_AUTH_TOKEN_REALM: tokens.realm,
      REGISTRY_AUTH_TOKEN_SERVICE: SERVICE,
      REGISTRY_AUTH_TOKEN_ISSUER: ISSUER,
      REGISTRY_AUTH_TOKEN_ROOTCERTBUNDLE: tokens.certificate,
    });
  }
  let server;
  try {
    server = await startServer({
      name: 'docker-registry',
      command: binary,
      args: ['serve', CONFIG],
      port,
      env,
      ready: async (endpoint) => [200, 401].includes((await fetch(`${endpoint}/v2/`)).status),
      timeoutMs: 30_000,
      hint: INSTALL_HINT,
    });
  } catch (error) {
    await tokens?.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const host = `127.0.0.1:${port}`;
  const secured = options.auth !== 'none';
  return {
    host,
    ...(secured ? { credentials: USER } : {}),
    url: (namespace) => `oras://${secured ? '{oras_username}:{oras_password}@' : ''}${host}/${namespace}?plain-http=true`,
    env: secured ? { ORAS_USERNAME: USER.username, ORAS_PASSWORD: USER.password } : {},
    tokenRequests: tokens?.requests ?? [],
    async stop() {
      await server.stop();
      await tokens?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

interface TokenServer {
  readonly realm: string;
  /** The PEM certificate the registry trusts (`auth.token.rootcertbundle`). */
  readonly certificate: string;
  readonly requests: string[][];
  close(): Promise<void>;
}

const base64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/**
 * A token service as distribution's token auth specifies it (docs/spec/auth/token.md, jwt.md):
 * `GET /token?service=…&scope=…` with Basic credentials answers `{token, access_token,
 * expires_in}`, a JWT signed RS256 whose `x5c` header carries a self-signed certificate the
 * registry trusts. Valid credentials get every action they ask for; none get no access.
 */
async function startTokenServer(dir: string, user: { username: string; password: string }): Promise<TokenServer> {
  const key = join(dir, 'token-key.pem');
  const certificate = join(dir, 'token-cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', certificate, '-days', '1', '-subj', '/CN=localstack-pods-token-issuer'],
    { stdio: 'pipe' },
  );
  const privateKey = await readFile(key, 'utf8');
  const der = (await readFile(certificate, 'utf8')).replace(/-----[A-Z ]+-----|\s/g, '');
  const requests: string[][] = [];
  const expected = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
  const server: HttpServer = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const scopes = url.searchParams
      .getAll('scope')
      .flatMap((s) => s.split(' '))
      .filter(Boolean);
    requests.push(scopes);
    const authorization = request.headers.authorization;
    if (authorization !== undefined && authorization !== expected) {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    const access = authorization
      ? scopes.map((scope) => {
          const first = scope.indexOf(':');
          const last = scope.lastIndexOf(':');
          return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions: scope.slice(last + 1).split(',') };
        })
      : [];
    const now = Math.floor(Date.now() / 1000);
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', x5c: [der] }));
    const claims = base64url(
      JSON.stringify({
        iss: ISSUER,
        sub: authorization ? user.username : '',
        aud: url.searchParams.get('service') ?? SERVICE,
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access,
      }),
    );
    const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(privateKey);
    const token = `${header}.${claims}.${base64url(signature)}`;
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date(now * 1000).toISOString() }));
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    realm: `http://127.0.0.1:${port}/token`,
    certificate,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
