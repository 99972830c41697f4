import { Command } from 'commander';
import { STATUS_ACCOUNT, STATUS_BUCKET } from '../../engine/state/reserved.js';
import { engine } from '../engine.js';
import { oneLine } from '../../engine/util/safe-text.js';
import { addOptions, podsOptions } from '../options.js';
import { formatTable, printJson } from '../output.js';
const podRef = (pod) => `${pod.name}:${pod.version}`;
const origin = (pods) => pods.length === 0 ? 'no pod' : pods.map((c) => `${podRef(c.pod)}${c.beforeRestart ? ' (before restart)' : ''}`).join(', ');
/** The lines above the table: the instance, its session, and what the record holds. */
function header(status) {
    const source = [status.instance.brand, status.instance.edition, status.instance.version].filter(Boolean).join(' ');
    const lines = [`Instance: ${oneLine(source)} at ${status.endpoint}`];
    lines.push(status.session ? `Session: ${oneLine(status.session)}` : 'Session: none reported, so a restart that keeps the state cannot be told');
    if (status.restartedSince) {
        lines.push(`Restarted: after the operation of ${oneLine(status.restartedSince)}; what pods put in before comes from the state it kept`);
    }
    const last = status.operations.at(-1);
    lines.push(last
        ? `Operations recorded: ${status.operations.length} (the last: ${last.kind} ${oneLine(podRef(last.pod))} at ${oneLine(last.at)})`
        : 'Operations recorded: none since the instance started, so no state came from a pod');
    if (status.unreadable > 0)
        lines.push(`Unreadable: ${status.unreadable} object(s) of the record, written by a newer localstack-pods`);
    return `${lines.join('\n')}\n`;
}
/** `status`: where the running instance's state came from. */
export function statusCommand(io) {
    const command = new Command('status')
        .summary('show which pod version each service of the running instance came from')
        .description('Shows, per account, service and region of the running instance that holds state, the pod versions that state was\n' +
        'loaded from, or "no pod" when it came from none (made with the AWS CLI, an SDK or a test). The instance is read as\n' +
        '`state inspect` reads it; nothing in it changes.\n\n' +
        `Every load and save records itself in the instance (one object per operation in the S3 bucket ${STATUS_BUCKET},\n` +
        `kept in account ${STATUS_ACCOUNT} where the instance switches accounts, and never saved, inspected or cleared), so status\n` +
        'sees what any process or machine did to the instance. A load that empties a service, account and region replaces\n' +
        'what earlier loads put there; deep-merge and partial loads add to it. A reset, or a restart without persistence,\n' +
        'empties the record with the rest; a LocalStack that restarted keeping its state is told by its session id.\n\n' +
        '-v adds the loads (with their strategy) and saves, oldest first, with the services each touched.')
        .option('-v, --verbose', 'list every recorded load and save')
        .option('--json', 'print the result as JSON');
    addOptions(command, ['services', 'regions', 'accounts', 'endpoint', 'wait-timeout']);
    return command.action(async (values) => {
        const { instanceStatus, servicesTouched } = await engine();
        const status = await instanceStatus(podsOptions(values));
        const shown = values.verbose ? status : { ...status, operations: undefined };
        if (values.json)
            return printJson(io, shown);
        io.out.write(`${header(status)}\n`);
        if (status.state.length === 0)
            io.out.write('No state in the services and regions looked at.\n');
        else {
            io.out.write(formatTable(['ACCOUNT', 'SERVICE', 'REGION', 'RESOURCES', 'FROM'], status.state.map((s) => [s.account, s.service, s.region, String(s.resources), origin(s.pods)])));
        }
        if (!values.verbose || status.operations.length === 0)
            return;
        io.out.write('\nOperations, oldest first:\n');
        io.out.write(formatTable(['TIME', 'OPERATION', 'POD', 'STRATEGY', 'SERVICES', 'REMOTE'], status.operations.map((o) => [
            o.at,
            o.partial ? `${o.kind} (part)` : o.kind,
            podRef(o.pod),
            o.strategy ?? '-',
            servicesTouched(o).join(', ') || '-',
            o.pod.remote,
        ])));
    });
}
