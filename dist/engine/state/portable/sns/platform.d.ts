/** Platform applications (mobile push) and the region's SMS preferences. */
import * as SNS from '@aws-sdk/client-sns';
import { type PlatformApplicationData, type SmsPreferencesData } from './records.js';
/** Stands for a credential the instance does not give back, so the application can be created again. */
export declare const UNREADABLE_CREDENTIAL = "credential-not-readable";
/** The region's platform applications, sorted by platform and name. */
export declare function capturePlatformApplications(sns: SNS.SNSClient): Promise<PlatformApplicationData[]>;
export declare function platformApplicationId(a: PlatformApplicationData): string;
/**
 * Creates a platform application, or sets the attributes of one of that name. AWS (and
 * LocalStack) never give its credential back: one saved without it is created with a stand-in,
 * which the application must replace before it can push.
 */
export declare function restorePlatformApplication(sns: SNS.SNSClient, region: string, account: string, a: PlatformApplicationData): Promise<void>;
/**
 * The region's SMS preferences; LocalStack reports a MonthlySpendLimit of its own that it
 * refuses to have set, so there it is left out.
 */
export declare function captureSmsPreferences(sns: SNS.SNSClient, localstack: boolean): Promise<SmsPreferencesData | undefined>;
export declare function restoreSmsPreferences(sns: SNS.SNSClient, preferences: SmsPreferencesData): Promise<void>;
