import { randomUUID } from 'node:crypto';
import { messageOf, PodsError, type ProgressEvent } from '../engine/index.js';

/** A long operation the page started (a load, a save), as the page polls it. */
export interface JobView {
  readonly id: string;
  readonly kind: string;
  readonly state: 'running' | 'done' | 'failed';
  /** The latest progress event of each phase, in the order the phases began. */
  readonly progress: readonly ProgressEvent[];
  readonly result?: unknown;
  readonly error?: { readonly code: string; readonly message: string };
}

/** How many finished jobs are kept for the page to read; older ones are forgotten. */
const KEPT = 50;

/**
 * The server's jobs: each runs once, reports progress by phase and ends with a result or an
 * error. Polling a job is cheap, so the page needs no stream and a lost request loses nothing.
 */
export class Jobs {
  private readonly jobs = new Map<string, JobView>();

  start(kind: string, work: (onProgress: (event: ProgressEvent) => void) => Promise<unknown>): JobView {
    const id = randomUUID();
    const phases = new Map<string, ProgressEvent>();
    const update = (change: Partial<JobView>) => {
      this.jobs.set(id, { ...this.jobs.get(id)!, progress: [...phases.values()], ...change });
    };
    this.jobs.set(id, { id, kind, state: 'running', progress: [] });
    work((event) => {
      phases.set(event.phase, event);
      update({});
    }).then(
      (result) => update({ state: 'done', result }),
      (error: unknown) =>
        update({ state: 'failed', error: { code: error instanceof PodsError ? error.code : 'INTERNAL', message: messageOf(error) } }),
    );
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEPT))) {
      if (this.jobs.get(old)!.state !== 'running') this.jobs.delete(old);
    }
    return this.jobs.get(id)!;
  }

  get(id: string): JobView | undefined {
    return this.jobs.get(id);
  }
}
