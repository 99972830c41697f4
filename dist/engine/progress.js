/** Counts per phase and forwards to a listener; a no-op without one. */
export function progressCounter(listener) {
    const done = new Map();
    return (phase, subject) => {
        const n = (done.get(phase) ?? 0) + 1;
        done.set(phase, n);
        listener?.({ phase, subject, done: n });
    };
}
