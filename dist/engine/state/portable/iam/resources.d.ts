/**
 * The kinds of IAM resources the module keeps, each with the shape of its record, how it is read
 * from the instance and how it is written back over whatever of the same name is there.
 */
import * as IAM from '@aws-sdk/client-iam';
import type { CapturedRecord } from '../../module.js';
import { type Handler } from '../kit/index.js';
import type { RecordType } from './listing.js';
/** IAM is global: its state lives in, and is captured from, this one region. */
export declare const IAM_REGION = "us-east-1";
/**
 * Capture and restore order: the password policy before the users whose passwords it rules,
 * policies and identity providers before the principals that name them, profiles after roles,
 * MFA devices after the users they are enabled for.
 */
export declare const TYPE_ORDER: readonly RecordType[];
/** Deletes non-default versions of a policy until at most `keep` of them are left. */
export declare function deleteOldVersions(iam: IAM.IAMClient, PolicyArn: string, keep: number): Promise<void>;
/** Makes a group's members exactly `wanted`. */
export declare function syncMembers(iam: IAM.IAMClient, GroupName: string, wanted: readonly string[]): Promise<void>;
/** How one kind of resource is captured (from the key its listing gives) and restored. */
export type Resource = {
    /** Its record, and what a load cannot give back as it was (for the save to warn of). */
    capture(iam: IAM.IAMClient, key: string): Promise<{
        record: CapturedRecord;
        label: string;
        caveat?: string;
    }>;
    /** The restore of its records into `account`. */
    handler(iam: IAM.IAMClient, account: string): Handler;
};
/** Every kind of resource the module keeps, by its records' type. */
export declare const RESOURCES: Readonly<Record<RecordType, Resource>>;
