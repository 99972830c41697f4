import { messageOf } from '../errors.js';
import { load } from '../load.js';
import { connect } from '../target/detect.js';
import { refuseRealAws } from '../target/guard.js';
/**
 * Waits for the instance, then loads each entry in order with the options' strategy. A pod
 * that fails is reported in its outcome and the next one loads: each pod is a scope of its own.
 */
export async function autoload(request) {
    const { options } = request;
    refuseRealAws(options.endpoint, options.allowRealAws);
    // Waited for once, before the first pod: a sidecar or hook starts with the instance, and a
    // pod that fails because the instance never came up says nothing about the next one.
    const target = await connect(options.endpoint, { timeoutMs: options.waitTimeoutMs });
    const outcomes = [];
    for (const entry of request.entries) {
        const outcome = await loadEntry(entry, request);
        outcomes.push(outcome);
        request.onOutcome?.(outcome);
    }
    return { target, outcomes };
}
async function loadEntry(entry, request) {
    try {
        const result = await load({
            pod: entry.pod,
            options: entry.remote === undefined ? request.options : { ...request.options, remote: entry.remote },
            onProgress: request.onProgress,
            onSourceMismatch: (mismatch) => request.onSourceMismatch?.(entry, mismatch),
        });
        return { entry, result };
    }
    catch (error) {
        return { entry, error: messageOf(error) };
    }
}
