import { type ProgressEvent } from '../engine/index.js';
/** A long operation the page started (a load, a save), as the page polls it. */
export interface JobView {
    readonly id: string;
    readonly kind: string;
    readonly state: 'running' | 'done' | 'failed';
    /** The latest progress event of each phase, in the order the phases began. */
    readonly progress: readonly ProgressEvent[];
    readonly result?: unknown;
    readonly error?: {
        readonly code: string;
        readonly message: string;
    };
}
/**
 * The server's jobs: each runs once, reports progress by phase and ends with a result or an
 * error. Polling a job is cheap, so the page needs no stream and a lost request loses nothing.
 */
export declare class Jobs {
    private readonly jobs;
    start(kind: string, work: (onProgress: (event: ProgressEvent) => void) => Promise<unknown>): JobView;
    get(id: string): JobView | undefined;
}
