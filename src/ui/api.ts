import type { IncomingMessage } from 'node:http';
import { namedRemotes, resolveWithConfig, type ConfigFile } from '../engine/config-file.js';
import {
  deletePod,
  diffVersions,
  formatRef,
  inspect,
  inspectState,
  instanceStatus,
  list,
  load,
  NotFoundError,
  PodsError,
  save,
  SERVICE_NAMES,
  storageUse,
  UsageError,
  versions,
  type PodsOptions,
  type RawOptions,
} from '../engine/index.js';
import { Jobs } from './jobs.js';

/** What a route answers: a status and a JSON body. */
export interface ApiAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** The options the `ui` command was started with; each request may name another remote. */
export interface ApiContext {
  readonly raw: RawOptions;
  readonly env: NodeJS.ProcessEnv;
  readonly config: ConfigFile | undefined;
}

/** A request body's largest size: forms of a few fields. */
const MAX_BODY = 64 * 1024;

async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new UsageError(`The request body is over ${MAX_BODY} bytes.`);
    chunks.push(chunk);
  }
  if (chunks.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new UsageError('The request body must be a JSON object.');
}

function text(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new UsageError(`"${name}" must be a string.`);
  return value;
}

function versionNumber(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`"${name}" must be a version number, not "${value}".`);
  return n;
}

/**
 * The page's JSON API: each route one engine function, so the page never talks AWS itself and
 * sees what the CLI would print with `--json`. Long work (load, save) runs as a job the page polls.
 */
export class Api {
  private readonly jobs = new Jobs();

  constructor(private readonly context: ApiContext) {}

  /** The engine's options for a request, with the remote it names (the command's otherwise). */
  private options(remote: string | undefined, extra: RawOptions = {}): PodsOptions {
    return resolveWithConfig({ ...this.context.raw, ...(remote ? { remote } : {}), ...extra }, this.context.env, this.context.config);
  }

  async handle(request: IncomingMessage, url: URL): Promise<ApiAnswer> {
    try {
      return { status: 200, body: await this.route(request, url) };
    } catch (error) {
      if (!(error instanceof PodsError)) throw error;
      const status = error instanceof UsageError ? 400 : error instanceof NotFoundError ? 404 : 500;
      return { status, body: { error: { code: error.code, message: error.message } } };
    }
  }

  private async route(request: IncomingMessage, url: URL): Promise<unknown> {
    const method = request.method ?? 'GET';
    const parts = url.pathname.split('/').slice(2).map(decodeURIComponent);
    const remote = url.searchParams.get('remote') ?? undefined;
    const at = `${method} /${parts.join('/')}`;
    switch (true) {
      case at === 'GET /overview': {
        const options = this.options(undefined);
        return {
          endpoint: options.endpoint,
          remote: options.remote ?? 'local',
          services: SERVICE_NAMES,
          remotes: await namedRemotes(this.context.config, this.context.env),
        };
      }
      case at === 'GET /pods': {
        const options = this.options(remote);
        const [listed, usage] = await Promise.all([list(options), storageUse(options)]);
        return { ...listed, usage };
      }
      case method === 'GET' && parts[0] === 'pods' && parts.length === 2:
        return versions(parts[1]!, this.options(remote));
      case method === 'GET' && parts[0] === 'pods' && parts.length === 3:
        return inspect(formatRef({ name: parts[1]!, version: versionNumber(parts[2], 'version') }), this.options(remote));
      case method === 'DELETE' && parts[0] === 'pods' && (parts.length === 2 || parts.length === 3): {
        const ref = parts.length === 3 ? formatRef({ name: parts[1]!, version: versionNumber(parts[2], 'version') }) : parts[1]!;
        return deletePod(ref, this.options(remote));
      }
      case at === 'GET /diff': {
        const name = text(url.searchParams.get('name'), 'name');
        if (!name) throw new UsageError('"name" is required.');
        return diffVersions(
          name,
          versionNumber(url.searchParams.get('from') ?? undefined, 'from'),
          versionNumber(url.searchParams.get('to') ?? undefined, 'to'),
          this.options(remote),
        );
      }
      case at === 'POST /load': {
        const body = await jsonBody(request);
        const ref = text(body.ref, 'ref');
        if (!ref) throw new UsageError('"ref" is required: NAME or NAME:VERSION.');
        const options = this.options(text(body.remote, 'remote'), {
          strategy: text(body.strategy, 'strategy'),
          services: text(body.services, 'services'),
          // For an encrypted version: the passphrase the page asked for (it is never stored or logged).
          'encryption-key': text(body.passphrase, 'passphrase'),
        });
        const dryRun = body.dryRun === true;
        return this.jobs.start(dryRun ? 'preview' : 'load', (onProgress) => load({ pod: ref, options, dryRun, onProgress }));
      }
      case at === 'POST /save': {
        const body = await jsonBody(request);
        const name = text(body.name, 'name');
        if (!name) throw new UsageError('"name" is required.');
        const options = this.options(text(body.remote, 'remote'), {
          message: text(body.message, 'message'),
          services: text(body.services, 'services'),
        });
        return this.jobs.start('save', (onProgress) => save({ pod: name, options, onProgress }));
      }
      case method === 'GET' && parts[0] === 'jobs' && parts.length === 2: {
        const job = this.jobs.get(parts[1]!);
        if (!job) throw new NotFoundError(`No job ${parts[1]}: it ended long ago, or the server restarted.`);
        return job;
      }
      case at === 'GET /instance/status':
        return instanceStatus(this.options(undefined));
      case at === 'GET /instance/resources':
        return inspectState(this.options(undefined, { services: text(url.searchParams.get('services'), 'services') }), { resources: true });
      default:
        throw new NotFoundError(`No API route ${at}.`);
    }
  }
}
