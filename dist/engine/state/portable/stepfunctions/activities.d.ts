/** Activities: a name and tags, read and created again; the workers that poll them are the application's. */
import * as SFN from '@aws-sdk/client-sfn';
export type ActivityData = {
    name: string;
    tags?: SFN.Tag[];
};
export declare const ACTIVITY: import("../kit/records.js").RecordKind<ActivityData>;
/** A region's activities, ARN by name, sorted by name. */
export declare function activityArns(sfn: SFN.SFNClient): Promise<Map<string, string>>;
export declare function captureActivity(sfn: SFN.SFNClient, name: string, arn: string): Promise<ActivityData>;
/** CreateActivity answers an existing name with its ARN, so only its tags are brought to the pod's. */
export declare function restoreActivity(sfn: SFN.SFNClient, activity: ActivityData): Promise<void>;
