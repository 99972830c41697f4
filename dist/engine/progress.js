/** What each phase is called, for people: the CLI's progress lines and the web page's. */
export const PHASE_LABEL = {
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
export function progressCounter(listener) {
    const done = new Map();
    return (phase, subject) => {
        const n = (done.get(phase) ?? 0) + 1;
        done.set(phase, n);
        listener?.({ phase, subject, done: n });
    };
}
/** The `onWait` of `connect`: says at once what is waited for, and for how long at most. */
export function waitingFor(options, progress) {
    return () => progress('wait', `${options.endpoint} (up to ${Math.round(options.waitTimeoutMs / 1000)} s)`);
}
