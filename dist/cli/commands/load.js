import { Command } from 'commander';
import { DeclinedError } from '../../engine/errors.js';
import { engine } from '../engine.js';
import { canAsk, confirm } from '../confirm.js';
import { addOptions, podsOptions } from '../options.js';
import { formatTable, printJson, printWarnings, progressDisplay } from '../output.js';
export function loadCommand(io) {
    const command = new Command('load')
        .summary('load a pod version into the instance')
        .description('Loads version VERSION (default: latest) of pod NAME from REMOTE into the running instance.\n' +
        'REF may be file:///path/to/pod to load a single-file pod.\n\n' +
        'Strategies:\n' +
        "  account-region-merge  each (service, account, region) in the pod becomes the pod's; the rest stays (default)\n" +
        "  merge, service-merge  each service in the pod becomes the pod's; other services stay\n" +
        "  deep-merge            resources are merged one by one, the pod's version wins; nothing is deleted\n" +
        '  overwrite             the instance becomes exactly the pod; everything else is reset\n\n' +
        "A pod saved from another emulator or version than the instance's is loaded with a warning naming both " +
        '(saved from LocalStack 4.14.0, loading into moto); on a terminal, load first asks whether to continue, ' +
        'and --yes continues without asking.')
        .argument('<ref>', 'NAME[:VERSION] or file:///path/to/pod')
        .argument('[remote]', 'remote name or URL (default: local)')
        .option('--dry-run', 'print what the load would create, change and delete, and change nothing')
        .option('-y, --yes', 'do not ask before loading a pod saved from another emulator or version (only a terminal is asked; elsewhere load warns and continues)')
        .option('--json', 'print the result as JSON');
    addOptions(command, ['strategy', 'services', 'endpoint', 'wait-timeout', 'allow-real-aws', 'encryption-key-file']);
    return command.action(async (ref, remote, values) => {
        const progress = progressDisplay(io);
        const dryRun = Boolean(values.dryRun);
        const { load } = await engine();
        const result = await load({
            pod: ref,
            options: podsOptions(values, remote),
            onProgress: progress.listener,
            dryRun,
            // A dry run changes nothing, so it only warns.
            onSourceMismatch: warnOfSource(io, ref, progress.done, !values.yes && !dryRun),
        }).finally(progress.done);
        if (values.json)
            return printJson(io, result);
        if (result.planned) {
            const counts = (action) => result.planned.filter((c) => c.action === action).length;
            io.out.write(`Dry run: loading \`${result.name}:${result.version}\` with ${result.strategy} would create ${counts('create')}, change ${counts('change')} and delete ${counts('delete')} resource(s); nothing was changed.\n`);
            if (result.planned.length > 0) {
                io.out.write(formatTable(['ACTION', 'SERVICE', 'ACCOUNT', 'REGION', 'TYPE', 'ID'], result.planned.map((c) => [c.action, c.service, c.account, c.region, c.type, c.id])));
            }
            return;
        }
        const resources = Object.values(result.resources).reduce((a, b) => a + b, 0);
        io.out.write(`Cloud Pod \`${result.name}:${result.version}\` successfully loaded\n` +
            `Remote: ${result.remote}\n` +
            `Strategy: ${result.strategy}\n` +
            `Services: ${result.services.join(', ') || '(no state)'}\n` +
            `Resources: ${resources}\n` +
            `Instance: ${result.target.endpoint} (${result.target.brand}${result.target.version ? ` ${result.target.version}` : ''})\n`);
        printWarnings(io, result.warnings);
    });
}
/**
 * Warns that the pod comes from another emulator or version and, when `ask` and someone is at
 * the terminal, asks before the load changes anything; a no stops it there.
 */
function warnOfSource(io, ref, clearProgress, ask) {
    return async (mismatch) => {
        clearProgress();
        io.err.write(`Warning: ${mismatch.message}\n`);
        if (ask && canAsk(io) && !(await confirm(io, 'Do you want to continue?'))) {
            throw new DeclinedError(`Load of ${ref} aborted: nothing was loaded and the instance was not changed. Pass --yes to load without asking.`);
        }
    };
}
