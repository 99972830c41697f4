/** What long work reports as it goes; fronts render it (a TTY line, log lines, nothing). */
export interface ProgressEvent {
    readonly phase: 'wait' | 'connect' | 'capture' | 'store' | 'verify' | 'read' | 'clear' | 'restore';
    /** The service or blob being worked on. */
    readonly subject: string;
    /** Items done in this phase so far. */
    readonly done: number;
}
export type ProgressListener = (event: ProgressEvent) => void;
/** What each phase is called, for people: the CLI's progress lines and the web page's. */
export declare const PHASE_LABEL: Record<ProgressEvent['phase'], string>;
/** Counts per phase and forwards to a listener; a no-op without one. */
export declare function progressCounter(listener: ProgressListener | undefined): (phase: ProgressEvent["phase"], subject: string) => void;
/** The `onWait` of `connect`: says at once what is waited for, and for how long at most. */
export declare function waitingFor(options: {
    endpoint: string;
    waitTimeoutMs: number;
}, progress: (phase: 'wait', subject: string) => void): () => void;
