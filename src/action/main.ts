import * as core from '@actions/core';
import { connect, load, maskUrl, NotFoundError, resolveOptions } from '../engine/index.js';
import { loopbackAddress, testEnvironment } from '../suite/test-environment.js';
import { fail, log, maskedRemote, prepare } from './run.js';
import { total, writeSummary, type SummaryPod } from './summary.js';

/** What main leaves for the post step (`core.saveState`). */
export const STATE = { endpoint: 'endpoint', loaded: 'loaded' } as const;

/** A pod the step loaded, as the `loaded` output lists it. */
export interface LoadedOutput {
  readonly ref: string;
  readonly version: number;
  readonly digest: string;
  readonly services: readonly string[];
}

/**
 * The main step: waits for the instance (a service container may still be starting), loads the
 * pods in order, and writes the outputs, the state the post step reads and the job summary.
 */
/** What `setup-localstack` users expect of a step that starts the instance: later steps reach it. */
function exportAwsEnv(instance: string): void {
  // What the test fronts give their tests, by the same rule.
  const endpoint = loopbackAddress(instance);
  for (const [name, value] of Object.entries(testEnvironment(endpoint, process.env))) core.exportVariable(name, value);
  log.info(`Later steps reach ${endpoint} through AWS_ENDPOINT_URL`);
}

export async function run(): Promise<void> {
  try {
    const inputs = prepare();
    const remote = await maskedRemote(inputs.engine.remote, inputs);
    if (inputs.save) await maskedRemote(inputs.saveRemote ?? inputs.engine.remote, inputs);
    const options = resolveOptions({ ...inputs.engine, remote }, process.env);
    log.info(`Waiting up to ${options.waitTimeoutMs / 1000} s for ${options.endpoint}`);
    const target = await connect(options.endpoint, { timeoutMs: options.waitTimeoutMs });
    log.info(`${target.endpoint} is ${target.brand}${target.version ? ` ${target.version}` : ''}`);
    core.setOutput('endpoint', target.endpoint);
    core.saveState(STATE.endpoint, target.endpoint);
    if (inputs.exportAwsEnv) exportAwsEnv(target.endpoint);

    const loaded: LoadedOutput[] = [];
    const shown: SummaryPod[] = [];
    for (const ref of inputs.pods) {
      const started = performance.now();
      try {
        const result = await load({ pod: ref, options, onSourceMismatch: (mismatch) => log.warning(`${ref}: ${mismatch.message}`) });
        const ms = Math.round(performance.now() - started);
        loaded.push({ ref, version: result.version, digest: result.digest, services: result.services });
        shown.push({ ref, version: result.version, services: result.services, resources: total(result.resources), ms });
        log.info(`Loaded ${result.name}:${result.version} from ${result.remote} (${result.services.join(', ') || 'no state'}) in ${ms} ms`);
        for (const w of result.warnings) log.warning(`${ref}: ${w.service} ${w.resource}: ${w.message}`);
      } catch (error) {
        // A pod, version or pod file that does not exist; anything else fails the step.
        if (!(error instanceof NotFoundError)) throw error;
        const message = (error as Error).message;
        if (inputs.failOnMissing) {
          fail(
            `${message} Save the pod there first, fix the ref in \`pods\`, or set \`fail-on-missing: false\` to go on without it.`,
            `localstack-pods: pod ${ref} not found`,
          );
          break;
        }
        log.warning(`${message} Going on without it (fail-on-missing is false).`, { title: `localstack-pods: pod ${ref} not found` });
        shown.push({ ref, services: [], resources: 0, ms: Math.round(performance.now() - started) });
      }
    }
    core.setOutput('loaded', JSON.stringify(loaded));
    core.saveState(STATE.loaded, JSON.stringify(loaded));
    const count = loaded.length === 1 ? '1 pod' : `${loaded.length} pods`;
    await writeSummary('localstack-pods', `Loaded ${count} into ${target.endpoint} (${target.brand}) from ${maskUrl(remote)}.`, shown);
  } catch (error) {
    fail(error);
  }
}
