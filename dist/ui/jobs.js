import { randomUUID } from 'node:crypto';
import { messageOf, PodsError } from '../engine/index.js';
/** How many finished jobs are kept for the page to read; older ones are forgotten. */
const KEPT = 50;
/**
 * The server's jobs: each runs once, reports progress by phase and ends with a result or an
 * error. Polling a job is cheap, so the page needs no stream and a lost request loses nothing.
 */
export class Jobs {
    jobs = new Map();
    start(kind, work) {
        const id = randomUUID();
        const phases = new Map();
        const update = (change) => {
            this.jobs.set(id, { ...this.jobs.get(id), progress: [...phases.values()], ...change });
        };
        this.jobs.set(id, { id, kind, state: 'running', progress: [] });
        work((event) => {
            phases.set(event.phase, event);
            update({});
        }).then((result) => update({ state: 'done', result }), (error) => update({ state: 'failed', error: { code: error instanceof PodsError ? error.code : 'INTERNAL', message: messageOf(error) } }));
        for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEPT))) {
            if (this.jobs.get(old).state !== 'running')
                this.jobs.delete(old);
        }
        return this.jobs.get(id);
    }
    get(id) {
        return this.jobs.get(id);
    }
}
