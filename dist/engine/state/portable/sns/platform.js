/** Platform applications (mobile push) and the region's SMS preferences. */
import * as SNS from '@aws-sdk/client-sns';
import { collect, createOrUpdate, sortBy, unlessUnimplemented } from '../kit/index.js';
import { settable } from './records.js';
/** What the instance reports but takes from no one: whether it is enabled, the certificate's expiry. */
const REPORTED_ONLY = ['AppleCertificateExpiryDate', 'Enabled'];
/** Stands for a credential the instance does not give back, so the application can be created again. */
export const UNREADABLE_CREDENTIAL = 'credential-not-readable';
/** The region's platform applications, sorted by platform and name. */
export async function capturePlatformApplications(sns) {
    const listed = await collect(SNS.paginateListPlatformApplications({ client: sns }, {}), (page) => page.PlatformApplications);
    const applications = listed.map((a) => {
        // arn:aws:sns:region:account:app/PLATFORM/NAME
        const [, platform, name] = a.PlatformApplicationArn.split(':').at(-1).split('/');
        return { name: name, platform: platform, attributes: settable(a.Attributes, (n) => !REPORTED_ONLY.includes(n)) };
    });
    return sortBy(applications, platformApplicationId);
}
export function platformApplicationId(a) {
    return `${a.platform}/${a.name}`;
}
/**
 * Creates a platform application, or sets the attributes of one of that name. AWS (and
 * LocalStack) never give its credential back: one saved without it is created with a stand-in,
 * which the application must replace before it can push.
 */
export async function restorePlatformApplication(sns, region, account, a) {
    const Attributes = a.attributes.PlatformCredential
        ? a.attributes
        : { PlatformPrincipal: UNREADABLE_CREDENTIAL, ...a.attributes, PlatformCredential: UNREADABLE_CREDENTIAL };
    const PlatformApplicationArn = `arn:aws:sns:${region}:${account}:app/${platformApplicationId(a)}`;
    await createOrUpdate(() => sns.send(new SNS.CreatePlatformApplicationCommand({ Name: a.name, Platform: a.platform, Attributes })), () => sns.send(new SNS.SetPlatformApplicationAttributesCommand({ PlatformApplicationArn, Attributes })));
}
/**
 * The region's SMS preferences; LocalStack reports a MonthlySpendLimit of its own that it
 * refuses to have set, so there it is left out.
 */
export async function captureSmsPreferences(sns, localstack) {
    const answer = await unlessUnimplemented(sns, 'GetSMSAttributes', () => sns.send(new SNS.GetSMSAttributesCommand({})));
    if (!answer)
        return undefined;
    const kept = settable(answer.attributes, (name) => !(localstack && name === 'MonthlySpendLimit'));
    return Object.keys(kept).length > 0 ? { attributes: kept } : undefined;
}
export async function restoreSmsPreferences(sns, preferences) {
    await sns.send(new SNS.SetSMSAttributesCommand({ attributes: preferences.attributes }));
}
