import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { RequestTimeoutError } from '../engine/index.js';

/** The request timeout of one operation, and the error of the first request it stopped. */
interface Deadline {
  readonly timeoutMs: number;
  readonly what: string;
  stopped?: RequestTimeoutError;
}

const deadlines = new AsyncLocalStorage<Deadline>();
let watching = false;

/**
 * Gives every HTTP request that starts within the operation the deadline of the operation that
 * started it (the async context carries it): `setTimeout` on a client request is an idle limit,
 * so a request that connects, waits or pauses longer is destroyed, while a long transfer that
 * keeps moving is not.
 */
function onRequestStart(message: unknown): void {
  const deadline = deadlines.getStore();
  if (!deadline) return;
  const { request } = message as { request: ClientRequest };
  request.setTimeout(deadline.timeoutMs, () => {
    deadline.stopped ??= new RequestTimeoutError(deadline.what, deadline.timeoutMs);
    request.destroy(deadline.stopped);
  });
}

/**
 * Runs `operation` of a library that takes no request timeout (`@actions/cache`: its service
 * client and its uploads have none, so a cache service that stops answering would hold a job
 * until the runner kills it) with the request timeout applied to each HTTP request it makes,
 * found through Node's `http.client.request.start` diagnostics channel. Requests of other work
 * running meanwhile are not touched. The library retries a stopped request, and reports a
 * failure as a warning and a miss (`failed`): that outcome, after a request was stopped, is the
 * timeout, and is thrown as one naming `what`.
 */
export async function withRequestTimeout<T>(
  timeoutMs: number,
  what: string,
  operation: () => Promise<T>,
  failed: (result: T) => boolean,
): Promise<T> {
  if (!watching) {
    subscribe('http.client.request.start', onRequestStart);
    watching = true;
  }
  const deadline: Deadline = { timeoutMs, what };
  const result = await deadlines.run(deadline, operation);
  if (deadline.stopped && failed(result)) throw deadline.stopped;
  return result;
}
