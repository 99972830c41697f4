/** What long work reports as it goes; fronts render it (a TTY line, log lines, nothing). */
export interface ProgressEvent {
    readonly phase: 'connect' | 'capture' | 'store' | 'verify' | 'clear' | 'restore';
    /** The service or blob being worked on. */
    readonly subject: string;
    /** Items done in this phase so far. */
    readonly done: number;
}
export type ProgressListener = (event: ProgressEvent) => void;
/** Counts per phase and forwards to a listener; a no-op without one. */
export declare function progressCounter(listener: ProgressListener | undefined): (phase: ProgressEvent["phase"], subject: string) => void;
