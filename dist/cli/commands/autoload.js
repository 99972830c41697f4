import { Command } from 'commander';
import { AUTO_LOAD_ENV } from '../../engine/autoload/entries.js';
import { DEFAULT_INIT_DIR } from '../../engine/autoload/init-dir.js';
import { PodsError } from '../../engine/errors.js';
import { maskUrl } from '../../engine/store/url.js';
import { engine } from '../engine.js';
import { addOptions, podsOptions } from '../options.js';
import { formatTable, printJson, printWarnings, progressDisplay } from '../output.js';
export function autoloadCommand(io) {
    const command = new Command('autoload')
        .summary(`load the pods ${AUTO_LOAD_ENV} and an init directory name, in order`)
        .description('Loads the pods named for the instance, as LocalStack loads Cloud Pods when it\n' +
        'starts, in this order:\n' +
        '  1. each *.txt file of the init directory, by file name: one pod a line,\n' +
        '     NAME[:VERSION] (read from --remote), NAME[:VERSION],REMOTE (a remote name\n' +
        '     or URL), or a file:///, https:// or git:// pod location; blank lines and\n' +
        '     # comments are skipped\n' +
        '  2. each *.zip file of the init directory, by file name: a single-file pod\n' +
        '     (export, or save file:///...)\n' +
        `  3. ${AUTO_LOAD_ENV}: comma-separated NAME[:VERSION] (read from --remote) or\n` +
        '     pod locations, in order\n\n' +
        'It waits for the instance (--wait-timeout), then loads the pods one after the\n' +
        'other with --strategy: with the default, account-region-merge, a later pod\n' +
        'replaces what an earlier one holds in the same service, account and region.\n\n' +
        'A line or item that cannot be read stops the command before anything loads\n' +
        '(exit 2), naming its file and line. A pod that fails to load is reported and\n' +
        'the next one loads; a summary ends the run, and the exit code is 1 when any\n' +
        'pod failed. A missing init directory names no pods.\n\n' +
        'For a Docker Compose sidecar, and for a LocalStack ready hook\n' +
        '(/etc/localstack/init/ready.d): see the README.')
        .option('--init-dir <dir>', `directory of *.txt pod lists and *.zip pod files (default: ${DEFAULT_INIT_DIR})`)
        .option('--dry-run', 'list the pods in the order they would load; neither the instance nor a store is read')
        .option('--json', 'print the result as JSON');
    addOptions(command, ['endpoint', 'remote', 'strategy', 'wait-timeout', 'allow-real-aws']);
    return command.action(async (values) => {
        const options = podsOptions(values);
        const { planAutoload } = await engine();
        const plan = await planAutoload({
            autoLoadPod: process.env[AUTO_LOAD_ENV],
            initDir: typeof values.initDir === 'string' ? values.initDir : DEFAULT_INIT_DIR,
        });
        if (plan.entries.length === 0)
            return printNothing(io, plan, Boolean(values.json));
        if (values.dryRun)
            return printPlan(io, plan, options, Boolean(values.json));
        await loadPlan(io, plan, options, Boolean(values.json));
    });
}
/** The remote an entry is read from, as shown; none for a pod file or URL, told from a name by its `://` as `load` tells them. */
function remoteOf(entry, options) {
    if (entry.pod.includes('://'))
        return undefined;
    return maskUrl(entry.remote ?? options.remote ?? 'local');
}
function printNothing(io, plan, json) {
    if (json)
        return printJson(io, { pods: [] });
    const dir = plan.initDirFound ? `${plan.initDir} names none` : `there is no ${plan.initDir}`;
    io.out.write(`Nothing to load: ${AUTO_LOAD_ENV} names no pod and ${dir}.\n`);
}
function printPlan(io, plan, options, json) {
    const pods = plan.entries.map((entry) => ({ pod: maskUrl(entry.pod), remote: remoteOf(entry, options), origin: entry.origin }));
    if (json)
        return printJson(io, { dryRun: true, endpoint: options.endpoint, strategy: options.strategy, pods });
    io.out.write(`Dry run: would load ${pods.length} pod(s), in this order, into ${options.endpoint} with ${options.strategy}; nothing was loaded.\n`);
    io.out.write(formatTable(['#', 'POD', 'REMOTE', 'FROM'], pods.map((p, i) => [String(i + 1), p.pod, p.remote ?? '-', p.origin])));
}
async function loadPlan(io, plan, options, json) {
    const progress = progressDisplay(io);
    const { autoload } = await engine();
    const { target, outcomes } = await autoload({
        entries: plan.entries,
        options,
        onProgress: progress.listener,
        onSourceMismatch: (entry, mismatch) => {
            progress.done();
            io.err.write(`Warning: ${maskUrl(entry.pod)}: ${mismatch.message}\n`);
        },
        onOutcome: (outcome) => {
            progress.done();
            if (!json)
                printOutcome(io, outcome);
        },
    }).finally(progress.done);
    const failed = outcomes.filter((o) => 'error' in o);
    if (json) {
        printJson(io, {
            endpoint: target.endpoint,
            strategy: options.strategy,
            pods: outcomes.map((o) => 'error' in o
                ? { pod: maskUrl(o.entry.pod), origin: o.entry.origin, loaded: false, error: o.error }
                : {
                    pod: maskUrl(o.entry.pod),
                    origin: o.entry.origin,
                    loaded: true,
                    name: o.result.name,
                    version: o.result.version,
                    digest: o.result.digest,
                    remote: o.result.remote,
                    services: o.result.services,
                    resources: o.result.resources,
                    warnings: o.result.warnings,
                }),
        });
    }
    else {
        const instance = `${target.endpoint} (${target.brand}${target.version ? ` ${target.version}` : ''})`;
        io.out.write(`Autoload: ${outcomes.length - failed.length} of ${outcomes.length} pod(s) loaded into ${instance} with ${options.strategy}.\n`);
    }
    if (failed.length > 0) {
        const which = failed.map((o) => `${maskUrl(o.entry.pod)} (${o.entry.origin})`).join(', ');
        throw new PodsError('RESTORE_INCOMPLETE', `${failed.length} of ${outcomes.length} pod(s) could not be loaded: ${which}. The others were loaded.`);
    }
}
function printOutcome(io, outcome) {
    const { entry } = outcome;
    if ('error' in outcome) {
        io.err.write(`Failed to load ${maskUrl(entry.pod)} (${entry.origin}): ${outcome.error}\n`);
        return;
    }
    const { result } = outcome;
    const resources = Object.values(result.resources).reduce((a, b) => a + b, 0);
    io.out.write(`Loaded \`${result.name}:${result.version}\` (${entry.origin}) from ${result.remote}: ${result.services.join(', ') || 'no state'}, ${resources} resource(s)\n`);
    printWarnings(io, result.warnings);
}
