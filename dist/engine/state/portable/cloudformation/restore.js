import * as CloudFormation from '@aws-sdk/client-cloudformation';
import { awsErrorName, isUnimplemented, pollUntil } from '../kit/index.js';
import { describeStack, deleteStack, settled } from './stacks.js';
import { importTemplate, parseTemplate, pinnedTemplate, resourcesToImport } from './templates.js';
const IMPORT_CHANGE_SET = 'restore-import';
/** Said of the resources of types this restore cannot adopt, which the stack makes itself. */
const twiceMaybe = 'were made again by the stack (this restore cannot adopt their type): where one has an identity of its own (more than a policy or a setting of another resource), the instance may now hold it twice';
/** The settings every way of making the stack passes alike. */
function common(stack) {
    return {
        StackName: stack.name,
        Parameters: stack.parameters,
        Capabilities: stack.capabilities,
        RoleARN: stack.roleArn,
    };
}
const isNoUpdate = (error) => awsErrorName(error) === 'ValidationError' && /No updates are to be performed/.test(error.message);
/** The change set once the instance has worked it out. */
async function changeSetReady(cf, stack) {
    const done = await pollUntil(() => cf.send(new CloudFormation.DescribeChangeSetCommand({ StackName: stack, ChangeSetName: IMPORT_CHANGE_SET })), (c) => c !== undefined && !['CREATE_PENDING', 'CREATE_IN_PROGRESS'].includes(c.Status), `change set ${IMPORT_CHANGE_SET} of stack ${stack}`, 'ready', 60_000);
    return done;
}
/**
 * Adopts the resources the other modules restored into a new stack with an IMPORT change set,
 * then updates it to the template as it was (outputs, deletion policies) with its tags and
 * notification topics, which an import may not set. False when the instance cannot import
 * (LocalStack says the stack does not exist; an instance that takes the change set for a CREATE
 * lists its resources as added, and would make them anew): nothing is left behind then.
 */
async function importStack(context, cf, stack, template, label) {
    const toImport = resourcesToImport(stack.resources);
    if (toImport.length === 0)
        return false;
    const imported = toImport.map((r) => r.LogicalResourceId);
    try {
        await cf.send(new CloudFormation.CreateChangeSetCommand({
            ...common(stack),
            ChangeSetName: IMPORT_CHANGE_SET,
            ChangeSetType: 'IMPORT',
            TemplateBody: JSON.stringify(importTemplate(template, imported)),
            ResourcesToImport: toImport,
        }));
    }
    catch (error) {
        if (isUnimplemented(error) || (awsErrorName(error) === 'ValidationError' && /does not exist/.test(error.message)))
            return false;
        throw error;
    }
    const changeSet = await changeSetReady(cf, stack.name);
    if (changeSet.Status !== 'CREATE_COMPLETE' || (changeSet.Changes ?? []).some((c) => c.ResourceChange?.Action !== 'Import')) {
        const made = await describeStack(cf, stack.name);
        if (made)
            await deleteStack(cf, made);
        if (changeSet.Status !== 'CREATE_COMPLETE')
            throw new Error(`the import was refused: ${changeSet.StatusReason}`);
        return false;
    }
    await cf.send(new CloudFormation.ExecuteChangeSetCommand({ StackName: stack.name, ChangeSetName: IMPORT_CHANGE_SET }));
    await settled(cf, stack.name, ['IMPORT_COMPLETE']);
    try {
        await cf.send(new CloudFormation.UpdateStackCommand({
            ...common(stack),
            TemplateBody: stack.templateBody,
            Tags: stack.tags,
            NotificationARNs: stack.notificationArns,
        }));
        await settled(cf, stack.name, ['UPDATE_COMPLETE']);
    }
    catch (error) {
        if (!isNoUpdate(error))
            throw error;
    }
    if (stack.terminationProtection) {
        await cf.send(new CloudFormation.UpdateTerminationProtectionCommand({ StackName: stack.name, EnableTerminationProtection: true }));
    }
    const made = stack.resources.filter((r) => !imported.includes(r.logicalId)).map((r) => r.logicalId);
    if (made.length > 0) {
        context.warn(label, `${made.join(', ')} ${twiceMaybe}`);
    }
    return true;
}
/**
 * Creates the stack over the resources the other modules restored, with the names
 * CloudFormation generated written into the template: the instance's CloudFormation finds each
 * resource under its name instead of making another (LocalStack; moto for queues and topics).
 */
async function createPinned(context, cf, stack, template, label) {
    const { template: pinned, pinned: names, unpinned } = pinnedTemplate(template, stack.resources);
    await cf.send(new CloudFormation.CreateStackCommand({
        ...common(stack),
        TemplateBody: names.length > 0 ? JSON.stringify(pinned) : stack.templateBody,
        Tags: stack.tags,
        NotificationARNs: stack.notificationArns,
        DisableRollback: stack.disableRollback,
        TimeoutInMinutes: stack.timeoutInMinutes,
        EnableTerminationProtection: stack.terminationProtection,
    }));
    await settled(cf, stack.name, ['CREATE_COMPLETE']);
    if (names.length > 0) {
        context.warn(label, `this instance cannot import resources into a stack, so the stack was made again with the names CloudFormation had generated for ${names.join(', ')} written into its template: GetTemplate shows them, and deploying the original template again would see those names change and replace the resources`);
    }
    if (unpinned.length > 0) {
        context.warn(label, `${unpinned.join(', ')} ${twiceMaybe}`);
    }
}
/** Makes a stack again around the resources the other modules restored (see the module's comment). */
export async function restoreStack(context, cf, stack, label) {
    // Deleting a stack deletes its resources, which the other modules have just restored.
    if (await describeStack(cf, stack.name)) {
        context.warn(label, 'kept as the instance has it: a stack that exists cannot be replaced without deleting its resources');
        return;
    }
    const template = parseTemplate(stack.templateBody);
    if (!template) {
        context.warn(label, 'not restored: its template is YAML, which cannot be adapted to adopt the restored resources (only JSON templates can)');
        return;
    }
    // moto runs an IMPORT as a CREATE, and a CREATE of a bucket under an existing name fails, leaving
    // a stack it can no longer list: the stack is not made at all there.
    if (context.target.brand === 'moto' && stack.resources.some((r) => r.type === 'AWS::S3::Bucket')) {
        context.warn(label, "not restored: moto's CloudFormation can neither import the restored buckets nor make a stack over them");
        return;
    }
    if (context.target.brand !== 'moto' && (await importStack(context, cf, stack, template, label)))
        return;
    await createPinned(context, cf, stack, template, label);
}
