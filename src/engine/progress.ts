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
export const PHASE_LABEL: Record<ProgressEvent['phase'], string> = {
  wait: 'Waiting for the instance at',
  connect: 'Connected to',
  capture: 'Capturing',
  store: 'Storing',
  verify: 'Verified',
  read: 'Reading',
  clear: 'Clearing',
  restore: 'Restoring',
};

/** Counts per phase and forwards to a listener; a no-op without one. */
export function progressCounter(listener: ProgressListener | undefined) {
  const done = new Map<ProgressEvent['phase'], number>();
  return (phase: ProgressEvent['phase'], subject: string): void => {
    const n = (done.get(phase) ?? 0) + 1;
    done.set(phase, n);
    listener?.({ phase, subject, done: n });
  };
}

/** The `onWait` of `connect`: says at once what is waited for, and for how long at most. */
export function waitingFor(options: { endpoint: string; waitTimeoutMs: number }, progress: (phase: 'wait', subject: string) => void): () => void {
  return () => progress('wait', `${options.endpoint} (up to ${Math.round(options.waitTimeoutMs / 1000)} s)`);
}
