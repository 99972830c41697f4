import * as SWF from '@aws-sdk/client-swf';
import { collect, unlessMissing } from '../kit/index.js';
import { UNKNOWN } from './faults.js';
/** Every execution started since SWF began: the listing asks for a start-time window. */
const SINCE_EVER = { oldestDate: new Date(0) };
/** The open executions of a registered domain (SWF lists none in a deprecated one). */
async function openExecutions(s, domain) {
    const pages = SWF.paginateListOpenWorkflowExecutions({ client: s }, { domain, startTimeFilter: SINCE_EVER });
    return ((await unlessMissing(collect(pages, (p) => p.executionInfos?.map((e) => e.execution)), [...UNKNOWN, 'DomainDeprecatedFault'])) ?? []);
}
/**
 * Executions are not carried: started again, one gets a new run id and a fresh history, and its
 * decisions and activity tasks would run again. A save says how many it leaves behind.
 */
export async function warnOfOpenExecutions(context, s, domain) {
    const open = await openExecutions(s, domain);
    if (open.length > 0) {
        context.warn(`domain ${domain}`, `its ${open.length} open workflow execution(s) are not saved: an execution started again gets a new run id and a fresh history (closed executions and histories are not saved either)`);
    }
}
/** Ends the domain's open executions, since a loaded instance runs none of the pod's (they stay listed as closed, as SWF keeps history). */
export async function terminateOpenExecutions(s, domain) {
    for (const e of await openExecutions(s, domain)) {
        await unlessMissing(s.send(new SWF.TerminateWorkflowExecutionCommand({ domain, workflowId: e.workflowId, runId: e.runId, reason: 'state loaded' })), UNKNOWN);
    }
}
