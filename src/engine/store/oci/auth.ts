import { StoreError } from '../../errors.js';
import type { RegistryRemote } from './remote.js';
import { networkError } from './network.js';
import { timedFetch } from '../../util/http.js';

/** A `WWW-Authenticate` challenge: its scheme, lower-cased, and its parameters. */
interface Challenge {
  readonly scheme: string;
  readonly params: Readonly<Record<string, string>>;
}

/** Parses the first challenge of a `WWW-Authenticate` header (`Bearer realm="…",service="…",scope="…"`). */
export function parseChallenge(header: string): Challenge {
  const match = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(header);
  if (!match) return { scheme: '', params: {} };
  const params: Record<string, string> = {};
  // Quoted values hold commas (scope="repository:a:pull,push"), so split on the pairs, not on commas.
  for (const pair of match[2]!.matchAll(/([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
    params[pair[1]!.toLowerCase()] = pair[2] !== undefined ? pair[2].replace(/\\(.)/g, '$1') : pair[3]!;
  }
  return { scheme: match[1]!.toLowerCase(), params };
}

interface Token {
  readonly value: string;
  readonly expiresAt: number;
}

/** Tokens are renewed this long before they expire, so a request never carries a stale one. */
const RENEW_MARGIN_MS = 10_000;
/** The lifetime the token spec presumes when a realm does not say (`expires_in` absent). */
const DEFAULT_TOKEN_SECONDS = 60;

/**
 * Answers a registry's 401 challenges the way docker, oras and crane do: anonymous first; then
 * HTTP Basic with the remote's credentials, or a bearer token from the challenge's realm (Docker
 * Hub, GHCR, ECR, distribution's token auth), cached per scope until shortly before it expires.
 */
export class Authenticator {
  private basic = false;
  private readonly tokens = new Map<string, Token>();

  constructor(
    private readonly remote: RegistryRemote,
    private readonly timeoutMs: number,
  ) {}

  /** The `Authorization` header for a request needing `scope`, when one is known; else none. */
  header(scope: string): string | undefined {
    if (this.basic) return this.basicHeader();
    const token = this.tokens.get(scope);
    if (token && token.expiresAt - RENEW_MARGIN_MS > Date.now()) return `Bearer ${token.value}`;
    return undefined;
  }

  /** Learns how to authenticate from a 401's challenge; a request for `scope` may then be retried. */
  async answer(header: string | null, scope: string): Promise<void> {
    const challenge = parseChallenge(header ?? '');
    if (challenge.scheme === 'basic') {
      if (!this.remote.credentials) throw this.credentialsNeeded();
      this.basic = true;
      return;
    }
    if (challenge.scheme !== 'bearer' || !challenge.params.realm) {
      throw new StoreError(
        `Registry ${this.remote.host} asks for an authentication this tool does not speak ("${header ?? ''}") for ${this.remote.display}.`,
      );
    }
    // The challenge's scope is what the registry demands for this very request (a mount also
    // needs pull on the source repository); ours is added so that one token serves the view's
    // reads and writes alike, instead of a pull token first and a pull,push one at the first write.
    const scopes = [...new Set(`${scope} ${challenge.params.scope ?? ''}`.split(' ').filter(Boolean))];
    this.tokens.set(scope, await this.fetchToken(challenge.params.realm, challenge.params.service, scopes));
  }

  private async fetchToken(realm: string, service: string | undefined, scopes: readonly string[]): Promise<Token> {
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new StoreError(`Registry ${this.remote.host} names an invalid token realm "${realm}" for ${this.remote.display}.`);
    }
    if (service) url.searchParams.set('service', service);
    for (const scope of scopes) url.searchParams.append('scope', scope);
    const headers: Record<string, string> = {};
    if (this.remote.credentials) headers.authorization = this.basicHeader();
    let response: Response;
    try {
      response = await timedFetch(url, { headers }, this.timeoutMs, `the token service ${url.host} of registry ${this.remote.host}`);
    } catch (error) {
      throw networkError(`the token service ${url.host} of registry ${this.remote.host}`, this.remote.display, error);
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw this.credentialsRefused(response.status);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new StoreError(`The token service ${url.host} of registry ${this.remote.host} answered ${response.status} for ${this.remote.display}.`);
    }
    const body = (await response.json().catch(() => ({}))) as { token?: string; access_token?: string; expires_in?: number };
    const value = body.token ?? body.access_token;
    if (!value) {
      throw new StoreError(`The token service ${url.host} of registry ${this.remote.host} sent no token for ${this.remote.display}.`);
    }
    const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_SECONDS;
    return { value, expiresAt: Date.now() + seconds * 1000 };
  }

  private basicHeader(): string {
    const { username, password } = this.remote.credentials!;
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }

  /** The error for a 401 that survived authentication. */
  refused(status: number): StoreError {
    return this.remote.credentials ? this.credentialsRefused(status) : this.credentialsNeeded();
  }

  private credentialsRefused(status: number): StoreError {
    return new StoreError(`Registry ${this.remote.host} refused the credentials for ${this.remote.display} (${status}).`);
  }

  private credentialsNeeded(): StoreError {
    return new StoreError(
      `Registry ${this.remote.host} requires credentials for ${this.remote.display} (401): put them in the URL as oras://{oras_username}:{oras_password}@${this.remote.host}/… and set ORAS_USERNAME and ORAS_PASSWORD.`,
    );
  }
}
