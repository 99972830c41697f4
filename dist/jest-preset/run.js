const KEY = Symbol.for('localstack-pods.jest-run');
/** This process's run, created on first use. */
export function jestRun() {
    const holder = globalThis;
    return (holder[KEY] ??= { failed: false });
}
