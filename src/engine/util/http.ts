import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { Agent, fetch as undiciFetch, type RequestInit as UndiciRequestInit } from 'undici';
import { PodsError } from '../errors.js';
import { REQUEST_TIMEOUT_ENV } from './request-timeout.js';

/** A server that accepted a request and then said nothing for the whole request timeout. */
export class RequestTimeoutError extends PodsError {
  constructor(what: string, timeoutMs: number, options?: { cause?: unknown }) {
    super(
      'TIMEOUT',
      `${what} did not answer within ${timeoutMs / 1000} s. Check that it is running and not overloaded, or allow longer with --request-timeout (${REQUEST_TIMEOUT_ENV}).`,
      options,
    );
  }
}

/** undici's codes for a connection, response headers or a response body that did not come in time. */
const UNDICI_TIMEOUTS = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Whether `error`, or an error it was caused by, is a request timeout. */
export function isTimeout(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (UNDICI_TIMEOUTS.has((e as NodeJS.ErrnoException).code ?? '') || e.name === 'TimeoutError') return true;
  }
  return false;
}

const agents = new Map<number, Agent>();

/**
 * The connection pool for one timeout: connecting, waiting for a response's headers once the
 * request is sent, and any pause within a response's body each take at most `timeoutMs`. A
 * large upload or download is not cut for taking long, only for stalling.
 */
function agentFor(timeoutMs: number): Agent {
  let agent = agents.get(timeoutMs);
  if (!agent) {
    agent = new Agent({ connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
    agents.set(timeoutMs, agent);
  }
  return agent;
}

/**
 * `fetch` with the request timeout, from undici itself: Node's own fetch waits five minutes
 * for headers and as long for each pause in a body, and takes no other pool from this undici.
 * A timeout rejects with RequestTimeoutError naming `what`; other failures are fetch's own.
 */
export async function timedFetch(url: string | URL, init: RequestInit, timeoutMs: number, what: string): Promise<Response> {
  try {
    const response = await undiciFetch(url, { ...(init as UndiciRequestInit), dispatcher: agentFor(timeoutMs) });
    return response as unknown as Response;
  } catch (error) {
    if (isTimeout(error)) throw new RequestTimeoutError(what, timeoutMs, { cause: error });
    throw error;
  }
}

/** A response's body as a stream whose stall fails with RequestTimeoutError naming `what`. */
export function bodyStream(response: Response, timeoutMs: number, what: string): Readable {
  const body = Readable.fromWeb(response.body as ReadableStream<Uint8Array>);
  async function* chunks() {
    try {
      yield* body;
    } catch (error) {
      if (isTimeout(error)) throw new RequestTimeoutError(what, timeoutMs, { cause: error });
      throw error;
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
