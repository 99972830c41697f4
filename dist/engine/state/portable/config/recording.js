import * as Config from '@aws-sdk/client-config-service';
import { recordKind, sortBy, unlessMissing, unlessUnimplemented } from '../kit/index.js';
import { configClient } from './client.js';
export const RECORDER = recordKind('configuration-recorder');
export const CHANNEL = recordKind('delivery-channel');
export const RECORDING = recordKind('recording', 'recording of');
export const RETENTION = recordKind('retention-configuration');
export async function recorders(c) {
    return sortBy((await c.send(new Config.DescribeConfigurationRecordersCommand({}))).ConfigurationRecorders ?? [], (r) => r.name);
}
async function channels(c) {
    return sortBy((await c.send(new Config.DescribeDeliveryChannelsCommand({}))).DeliveryChannels ?? [], (d) => d.name);
}
/** Retention settings; none where the instance does not serve them (MiniStack). */
export async function retentions(c) {
    const described = await unlessUnimplemented(c, 'DescribeRetentionConfigurations', () => c.send(new Config.DescribeRetentionConfigurationsCommand({})));
    return sortBy(described?.RetentionConfigurations ?? [], (r) => r.Name);
}
async function recording(c) {
    const statuses = (await c.send(new Config.DescribeConfigurationRecorderStatusCommand({}))).ConfigurationRecordersStatus ?? [];
    return new Set(statuses.filter((s) => s.recording).map((s) => s.name));
}
/** Recorders, their channels, then which recorders record: the order they are restored in. */
export async function* captureRecording(c, region) {
    const all = await recorders(c);
    for (const r of all) {
        yield RECORDER.record(region, r.name, { name: r.name, roleArn: r.roleARN, recordingGroup: r.recordingGroup, recordingMode: r.recordingMode });
    }
    for (const d of await channels(c)) {
        const data = {
            name: d.name,
            bucket: d.s3BucketName,
            prefix: d.s3KeyPrefix || undefined,
            kmsKeyArn: d.s3KmsKeyArn,
            topicArn: d.snsTopicARN,
            snapshotDelivery: d.configSnapshotDeliveryProperties?.deliveryFrequency ? d.configSnapshotDeliveryProperties : undefined,
        };
        yield CHANNEL.record(region, d.name, data);
    }
    const on = all.length > 0 ? await recording(c) : new Set();
    for (const r of all)
        if (on.has(r.name))
            yield RECORDING.record(region, r.name, { recorder: r.name });
    for (const r of await retentions(c))
        yield RETENTION.record(region, r.Name, { days: r.RetentionPeriodInDays });
}
/**
 * Deletes what `remove` deletes; where the instance deletes none of that kind (MiniStack keeps
 * every recorder and channel), warns that it stays, and stopped, until the load writes over it.
 */
async function removeOrWarn(context, c, operation, label, remove) {
    const removed = await unlessUnimplemented(c, operation, async () => (await remove(), true));
    if (!removed)
        context.warn(label, 'The instance deletes none: it stays, stopped, unless the pod has one of its name.');
}
/** Recorders stopped first: AWS keeps the last delivery channel of a recorder that records. */
export async function clearRecording(context, region) {
    const c = configClient(context, region);
    const all = await recorders(c);
    for (const r of all)
        await unlessMissing(c.send(new Config.StopConfigurationRecorderCommand({ ConfigurationRecorderName: r.name })));
    for (const d of await channels(c)) {
        await removeOrWarn(context, c, 'DeleteDeliveryChannel', CHANNEL.label(d.name), () => c.send(new Config.DeleteDeliveryChannelCommand({ DeliveryChannelName: d.name })));
    }
    for (const r of all) {
        await removeOrWarn(context, c, 'DeleteConfigurationRecorder', RECORDER.label(r.name), () => c.send(new Config.DeleteConfigurationRecorderCommand({ ConfigurationRecorderName: r.name })));
    }
    for (const r of await retentions(c))
        await unlessMissing(c.send(new Config.DeleteRetentionConfigurationCommand({ RetentionConfigurationName: r.Name })));
}
/** Written over whatever recorder of that name the instance has, stopped until its `recording` record comes. */
export async function restoreRecorder(c, r) {
    await unlessMissing(c.send(new Config.StopConfigurationRecorderCommand({ ConfigurationRecorderName: r.name })));
    await c.send(new Config.PutConfigurationRecorderCommand({
        ConfigurationRecorder: { name: r.name, roleARN: r.roleArn, recordingGroup: r.recordingGroup, recordingMode: r.recordingMode },
    }));
}
export async function restoreChannel(c, d) {
    await c.send(new Config.PutDeliveryChannelCommand({
        DeliveryChannel: {
            name: d.name,
            s3BucketName: d.bucket,
            s3KeyPrefix: d.prefix,
            s3KmsKeyArn: d.kmsKeyArn,
            snsTopicARN: d.topicArn,
            configSnapshotDeliveryProperties: d.snapshotDelivery,
        },
    }));
}
export async function restoreRecordingOn(c, r) {
    await c.send(new Config.StartConfigurationRecorderCommand({ ConfigurationRecorderName: r.recorder }));
}
export async function restoreRetention(c, r) {
    await c.send(new Config.PutRetentionConfigurationCommand({ RetentionPeriodInDays: r.days }));
}
