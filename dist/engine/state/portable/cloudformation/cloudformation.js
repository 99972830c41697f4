/**
 * CloudFormation stacks.
 *
 * What is captured, per stack that exists (DELETE_COMPLETE stacks are history, not state): the
 * template body as given (GetTemplate, Original stage), the parameters with their values, tags,
 * outputs (as the stack answered them), description, capabilities, notification ARNs,
 * termination protection, DisableRollback, timeout, service role, and the stack's resources
 * (logical id, physical id, type). The stack id, dates, statuses and events are not state.
 *
 * How restore works: the resources of a stack are restored by their own modules (s3, sqs, sns,
 * dynamodb, lambda, iam ...) under the same names, with their settings and contents, so this
 * module runs after every one of them (dependsOn) and makes only the stack, adopting what they
 * restored; it must never make a resource of the stack a second time.
 * 1. An IMPORT change set (`ResourcesToImport`: each resource's primary identifier, which is its
 *    physical id) with the template less its outputs and with a DeletionPolicy on every
 *    resource (an import refuses outputs, tags and resources without one); then an update to
 *    the template as it was, with the tags and notification ARNs. The stack then has the
 *    original template, so deploying it again finds no changes. MiniStack implements this.
 * 2. Where the instance cannot import, CreateStack over the restored resources: an emulator's
 *    CloudFormation that creates a resource under a name that exists adopts it (LocalStack does
 *    for buckets, queues and topics; moto for queues and topics, but refuses an existing bucket,
 *    so a stack holding a bucket is not made again on moto, with a warning). A name
 *    CloudFormation generated (`stack-Logical-RANDOM`, drawn at random by LocalStack and moto)
 *    is written into the template as the resource's name property, so the new stack finds the
 *    restored resource instead of drawing a new name; the template the stack keeps then differs
 *    from the original, which a warning says (a redeploy of the original would replace those
 *    resources). Where the template names everything, the stack is exact.
 * A stack the instance holds already at restore is kept as it is: replacing it would delete its
 * resources. Clear deletes every stack, which deletes its resources too; those the instance
 * cannot delete (a bucket with objects) are left to their own module's clear.
 *
 * What each emulator allows: MiniStack: IMPORT (path 1), exact but for the description, which
 * it leaves empty on every stack a change set makes (its generated queue and topic names are a
 * hash of stack and logical id, its bucket names random). LocalStack 4.14 community: no
 * IMPORT ("stack does not exist"), adoption by name (path 2); it does not report a stack's
 * Description. moto: no IMPORT (it would run the change set as a CREATE; not tried there),
 * adoption of queues and topics but not buckets, no UpdateTerminationProtection (it deletes a
 * protected stack anyway). A change set of the same template and parameters: MiniStack and
 * LocalStack answer FAILED, "didn't contain changes" (what `aws cloudformation deploy` reports
 * as no changes); moto does not compare and lists every resource as added, before a save too.
 *
 * What cannot be kept: templates in YAML (they cannot be edited for the import or the pinned
 * names without a YAML parser; reported, not restored); NoEcho parameters (the instance answers
 * `****`); stacks in a failed, rolled-back or in-progress state (the stack would have to fail
 * again the same way; reported at save); change sets pending on a stack, stack sets, drift
 * status and events (out of scope); the stack's ARN (Terraform's id), drawn anew by the instance.
 */
import * as CloudFormation from '@aws-sdk/client-cloudformation';
import { eachRegion, nonEmpty, on, recordKind, regionsWhere, restoreRecords, sortBy } from '../kit/index.js';
import { restoreStack } from './restore.js';
import { client, deleteStack, liveStacks, stackResources } from './stacks.js';
const STACK = recordKind('stack');
/** The states in which a stack holds its resources as its template says, which can be made again. */
const RESTORABLE = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE', 'IMPORT_ROLLBACK_COMPLETE']);
async function captureStack(cf, s) {
    const [template, resources] = await Promise.all([
        cf.send(new CloudFormation.GetTemplateCommand({ StackName: s.StackName, TemplateStage: 'Original' })),
        stackResources(cf, s.StackName),
    ]);
    return {
        name: s.StackName,
        templateBody: template.TemplateBody,
        description: s.Description || undefined,
        parameters: nonEmpty(sortBy((s.Parameters ?? []).map((p) => ({ ParameterKey: p.ParameterKey, ParameterValue: p.ParameterValue ?? '' })), (p) => p.ParameterKey)),
        tags: nonEmpty(sortBy((s.Tags ?? []), (t) => t.Key)),
        outputs: nonEmpty(sortBy((s.Outputs ?? []).map((o) => ({ OutputKey: o.OutputKey, OutputValue: o.OutputValue, ExportName: o.ExportName })), (o) => o.OutputKey)),
        capabilities: nonEmpty([...(s.Capabilities ?? [])].sort()),
        notificationArns: nonEmpty([...(s.NotificationARNs ?? [])].sort()),
        terminationProtection: s.EnableTerminationProtection || undefined,
        disableRollback: s.DisableRollback || undefined,
        timeoutInMinutes: s.TimeoutInMinutes,
        roleArn: s.RoleARN,
        resources: resources.map((r) => ({ logicalId: r.LogicalResourceId, physicalId: r.PhysicalResourceId ?? '', type: r.ResourceType })),
    };
}
const capture = eachRegion(async function* (context, region) {
    const cf = client(context, region);
    for (const s of await liveStacks(cf)) {
        if (!RESTORABLE.has(s.StackStatus)) {
            context.warn(`stack ${s.StackName}`, `not saved: it is in ${s.StackStatus}, which a load cannot make again`);
            continue;
        }
        const masked = (s.Parameters ?? []).filter((p) => p.ParameterValue === '****').map((p) => p.ParameterKey);
        if (masked.length > 0)
            context.warn(`stack ${s.StackName}`, `the NoEcho parameters ${masked.join(', ')} are saved as the instance shows them, ****`);
        yield STACK.record(region, s.StackName, await captureStack(cf, s));
    }
});
const regionsWithState = regionsWhere(async (context, region) => (await liveStacks(client(context, region))).length > 0);
/** Deleting a stack deletes its resources too; those it cannot (a bucket with objects) are their modules' to clear. */
async function clear(context, region) {
    const cf = client(context, region);
    for (const s of await liveStacks(cf))
        await deleteStack(cf, s);
}
export const cloudformation = {
    name: 'cloudformation',
    // A stack adopts the resources these modules restored: it is made after them.
    dependsOn: [
        's3',
        'sqs',
        'sns',
        'dynamodb',
        'lambda',
        'iam',
        'kms',
        'logs',
        'events',
        'stepfunctions',
        'kinesis',
        'ssm',
        'secretsmanager',
        'cloudwatch',
        'apigateway',
        'apigatewayv2',
        'scheduler',
        'firehose',
        'acm',
        'route53',
        'route53resolver',
        'ses',
        'ec2',
        'swf',
        'transcribe',
        'opensearch',
        'redshift',
        'config',
        's3control',
        'resource-groups',
    ],
    capture,
    regionsWithState,
    clear,
    // One stack at a time, in the pod's order: an export one stack makes may be imported by the next.
    restore: (context, region, records) => {
        const cf = client(context, region);
        return restoreRecords(context, records, 1, on(STACK, (s) => restoreStack(context, cf, s, STACK.label(s.name))));
    },
    // A stack's operations make and delete resources of any service.
    requests: { deliversTo: ['*'] },
};
