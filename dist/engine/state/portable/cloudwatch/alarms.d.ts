import * as CW from '@aws-sdk/client-cloudwatch';
import type { CapturedRecord } from '../../module.js';
import { type RecordKind } from '../kit/index.js';
/** What PutMetricAlarm takes, as DescribeAlarms reports it. */
declare const METRIC_ALARM_SETTINGS: readonly ["AlarmName", "AlarmDescription", "ActionsEnabled", "OKActions", "AlarmActions", "InsufficientDataActions", "MetricName", "Namespace", "Statistic", "ExtendedStatistic", "Dimensions", "Period", "Unit", "EvaluationPeriods", "DatapointsToAlarm", "Threshold", "ComparisonOperator", "TreatMissingData", "EvaluateLowSampleCountPercentile", "Metrics", "ThresholdMetricId", "EvaluationWindow", "WarmUpConfiguration", "EvaluationCriteria", "EvaluationInterval", "ActionConfiguration"];
/** What PutCompositeAlarm takes, as DescribeAlarms reports it. */
declare const COMPOSITE_ALARM_SETTINGS: readonly ["AlarmName", "AlarmRule", "AlarmDescription", "ActionsEnabled", "OKActions", "AlarmActions", "InsufficientDataActions", "ActionsSuppressor", "ActionsSuppressorWaitPeriod", "ActionsSuppressorExtensionPeriod", "ActionConfiguration"];
type MetricAlarmSettings = Pick<CW.MetricAlarm, (typeof METRIC_ALARM_SETTINGS)[number]>;
type CompositeAlarmSettings = Pick<CW.CompositeAlarm, (typeof COMPOSITE_ALARM_SETTINGS)[number]>;
/** The state an alarm was last evaluated or set to. */
type AlarmState = {
    value: CW.StateValue;
    reason: string;
    reasonData?: string;
};
type AlarmData<S> = {
    settings: S;
    tags?: CW.Tag[];
    /** Absent for an alarm never evaluated. */
    state?: AlarmState;
};
type MetricAlarmData = AlarmData<MetricAlarmSettings>;
type CompositeAlarmData = AlarmData<CompositeAlarmSettings>;
export declare const METRIC_ALARM: RecordKind<MetricAlarmData>;
export declare const COMPOSITE_ALARM: RecordKind<CompositeAlarmData>;
/** The alarm ARN of `name`; alarms can be tagged only by ARN. */
export declare function alarmArn(account: string, region: string, name: string): string;
/** The region's metric alarms by name, and its composite alarms in the order they can be put. */
export declare function describeAlarms(cw: CW.CloudWatchClient): Promise<{
    metric: CW.MetricAlarm[];
    composite: CW.CompositeAlarm[];
}>;
/** Whether the region holds an alarm of either kind. */
export declare function hasAlarms(cw: CW.CloudWatchClient): Promise<boolean>;
/** The region's metric alarms, then its composite alarms after the alarms they need. */
export declare function captureAlarms(cw: CW.CloudWatchClient, region: string): AsyncGenerator<CapturedRecord>;
export declare function restoreMetricAlarm(cw: CW.CloudWatchClient, arn: string, alarm: MetricAlarmData): Promise<void>;
export declare function restoreCompositeAlarm(cw: CW.CloudWatchClient, arn: string, alarm: CompositeAlarmData): Promise<void>;
export {};
