import type { ProgressEvent } from '../../engine/progress.js';

/** An answer of the API that is an error: its message says what was wrong and what to do. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Calls the server's API (the token travels in the page's cookie) and gives its JSON. */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await response.json()) as T & { error?: { code: string; message: string } };
  if (!response.ok) throw new ApiError(answer.error?.code ?? String(response.status), answer.error?.message ?? response.statusText);
  return answer;
}

/** `?remote=` for a remote other than the command's. */
export function remoteQuery(remote: string | undefined, more: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...(remote ? { remote } : {}), ...more }).toString();
  return query ? `?${query}` : '';
}

/** A job of the server as it runs: a load, a preview or a save. */
export interface Job<R> {
  readonly id: string;
  readonly state: 'running' | 'done' | 'failed';
  readonly progress: readonly ProgressEvent[];
  readonly result?: R;
  readonly error?: { readonly code: string; readonly message: string };
}

/** Polls a job until it ends, handing each state to `onChange`. */
export async function follow<R>(started: Job<R>, onChange: (job: Job<R>) => void): Promise<Job<R>> {
  let job = started;
  onChange(job);
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 250));
    job = await call<Job<R>>('GET', `/jobs/${job.id}`);
    onChange(job);
  }
  return job;
}
