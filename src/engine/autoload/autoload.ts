import { messageOf } from '../errors.js';
import { load, type LoadResult } from '../load.js';
import type { PodsOptions } from '../options.js';
import type { ProgressListener } from '../progress.js';
import { connect } from '../target/detect.js';
import { refuseRealAws } from '../target/guard.js';
import type { SourceMismatch } from '../target/source-mismatch.js';
import type { Target } from '../target/target.js';
import type { AutoloadEntry } from './entries.js';

/** How the load of one entry went: its result, or the message of its failure. */
export type AutoloadOutcome =
  { readonly entry: AutoloadEntry; readonly result: LoadResult } | { readonly entry: AutoloadEntry; readonly error: string };

export interface AutoloadRequest {
  readonly entries: readonly AutoloadEntry[];
  readonly options: PodsOptions;
  readonly onProgress?: ProgressListener;
  /** Called as each load ends, so a long autoload reports as it goes. */
  readonly onOutcome?: (outcome: AutoloadOutcome) => void;
  /** Called when a pod was saved from another emulator or version than the instance's; the load goes on. */
  readonly onSourceMismatch?: (entry: AutoloadEntry, mismatch: SourceMismatch) => void;
}

export interface AutoloadResult {
  readonly target: Target;
  readonly outcomes: readonly AutoloadOutcome[];
}

/**
 * Waits for the instance, then loads each entry in order with the options' strategy. A pod
 * that fails is reported in its outcome and the next one loads: each pod is a scope of its own.
 */
export async function autoload(request: AutoloadRequest): Promise<AutoloadResult> {
  const { options } = request;
  refuseRealAws(options.endpoint, options.allowRealAws);
  // Waited for once, before the first pod: a sidecar or hook starts with the instance, and a
  // pod that fails because the instance never came up says nothing about the next one.
  const target = await connect(options.endpoint, { timeoutMs: options.waitTimeoutMs });
  const outcomes: AutoloadOutcome[] = [];
  for (const entry of request.entries) {
    const outcome = await loadEntry(entry, request);
    outcomes.push(outcome);
    request.onOutcome?.(outcome);
  }
  return { target, outcomes };
}

async function loadEntry(entry: AutoloadEntry, request: AutoloadRequest): Promise<AutoloadOutcome> {
  try {
    const result = await load({
      pod: entry.pod,
      options: entry.remote === undefined ? request.options : { ...request.options, remote: entry.remote },
      onProgress: request.onProgress,
      onSourceMismatch: (mismatch) => request.onSourceMismatch?.(entry, mismatch),
    });
    return { entry, result };
  } catch (error) {
    return { entry, error: messageOf(error) };
  }
}
