import * as core from '@actions/core';
import { resolveOptions, save } from '../engine/index.js';
import { shouldSave } from '../suite/options.js';
import { STATE, type LoadedOutput } from './main.js';
import { fail, log, maskedRemote, prepare } from './run.js';
import { total, writeSummary } from './summary.js';

/**
 * The post step (`post-if: always()`, so it runs whatever happened before): decides from
 * `save-if` and the job's status whether to save, and saves the state the job left behind as
 * the next version of `save`.
 */
export async function run(): Promise<void> {
  try {
    const inputs = prepare();
    if (!inputs.save) return;
    // A cancelled job counts as failed: its state is as worth a look as a failed one's.
    const failed = inputs.jobStatus === 'failure' || inputs.jobStatus === 'cancelled';
    if (!shouldSave(inputs.saveIf, failed)) {
      const why = `save-if is ${inputs.saveIf} and the job's status is ${inputs.jobStatus || 'unknown'}`;
      log.info(`Not saving ${inputs.save}: ${why}.`);
      await writeSummary('localstack-pods', `Did not save \`${inputs.save}\`: ${why}.`, []);
      return;
    }
    const remote = await maskedRemote(inputs.saveRemote ?? inputs.engine.remote, inputs);
    const endpoint = core.getState(STATE.endpoint) || inputs.engine.endpoint;
    const options = resolveOptions({ ...inputs.engine, endpoint, remote }, process.env);
    const started = performance.now();
    const result = await save({ pod: inputs.save, options });
    const ms = Math.round(performance.now() - started);
    core.setOutput('saved-version', String(result.version));
    core.setOutput('saved-digest', result.digest);
    log.info(`Saved ${result.name}:${result.version} to ${result.remote} (${result.services.join(', ') || 'no state'}) in ${ms} ms`);
    for (const w of result.warnings) log.warning(`${result.name}: ${w.service} ${w.resource}: ${w.message}`);
    const loaded = (JSON.parse(core.getState(STATE.loaded) || '[]') as LoadedOutput[]).map((p) => `${p.ref} (version ${p.version})`);
    const from = loaded.length > 0 ? `, which started from ${loaded.join(', ')},` : '';
    await writeSummary(
      'localstack-pods',
      `Saved the state the job${from} left behind (job ${inputs.jobStatus || 'status unknown'}) to ${result.remote}.`,
      [{ ref: result.name, version: result.version, services: result.services, resources: total(result.resources), ms }],
    );
  } catch (error) {
    fail(error);
  }
}
