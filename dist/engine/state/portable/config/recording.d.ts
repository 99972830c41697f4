import * as Config from '@aws-sdk/client-config-service';
import type { ServiceContext } from '../../module.js';
/** What is recorded, under which role; whether it records is the `recording` record's. */
type RecorderData = {
    name: string;
    roleArn?: string;
    recordingGroup?: Config.RecordingGroup;
    recordingMode?: Config.RecordingMode;
};
type ChannelData = {
    name: string;
    bucket?: string;
    prefix?: string;
    kmsKeyArn?: string;
    topicArn?: string;
    snapshotDelivery?: Config.ConfigSnapshotDeliveryProperties;
};
/** A recorder that records: started once its delivery channel is back, as AWS starts none without. */
type RecordingData = {
    recorder: string;
};
type RetentionData = {
    days: number;
};
export declare const RECORDER: import("../kit/records.js").RecordKind<RecorderData>;
export declare const CHANNEL: import("../kit/records.js").RecordKind<ChannelData>;
export declare const RECORDING: import("../kit/records.js").RecordKind<RecordingData>;
export declare const RETENTION: import("../kit/records.js").RecordKind<RetentionData>;
export declare function recorders(c: Config.ConfigServiceClient): Promise<Config.ConfigurationRecorder[]>;
/** Retention settings; none where the instance does not serve them (MiniStack). */
export declare function retentions(c: Config.ConfigServiceClient): Promise<Config.RetentionConfiguration[]>;
/** Recorders, their channels, then which recorders record: the order they are restored in. */
export declare function captureRecording(c: Config.ConfigServiceClient, region: string): AsyncGenerator<import("../../module.js").CapturedRecord, void, unknown>;
/** Recorders stopped first: AWS keeps the last delivery channel of a recorder that records. */
export declare function clearRecording(context: ServiceContext, region: string): Promise<void>;
/** Written over whatever recorder of that name the instance has, stopped until its `recording` record comes. */
export declare function restoreRecorder(c: Config.ConfigServiceClient, r: RecorderData): Promise<void>;
export declare function restoreChannel(c: Config.ConfigServiceClient, d: ChannelData): Promise<void>;
export declare function restoreRecordingOn(c: Config.ConfigServiceClient, r: RecordingData): Promise<void>;
export declare function restoreRetention(c: Config.ConfigServiceClient, r: RetentionData): Promise<void>;
export {};
