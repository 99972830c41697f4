import * as V2 from '@aws-sdk/client-sesv2';
import { mapOrdered } from '../../../util/concurrency.js';
import { clientOf, collect, nonEmpty, on, readingIsoTimestamps, recordKind, sortBy, sortedTags, unlessMissing, unlessUnimplemented, } from '../kit/index.js';
/**
 * What only the SESv2 API keeps: contact lists with their topics and contacts, dedicated IP
 * pools, the account's suppression list and its suppression settings, and the identities made
 * through SESv2 that the v1 API does not list (MiniStack keeps the two apart). Each is read
 * where the instance serves it (moto: contact lists and pools; MiniStack: pools and identities;
 * LocalStack community: none of SESv2), and none elsewhere.
 */
const client = readingIsoTimestamps(clientOf(V2.SESv2Client));
const EMAIL_IDENTITY = recordKind('email-identity', 'SESv2 identity');
const CONTACT_LIST = recordKind('contact-list');
const CONTACT = recordKind('contact');
const POOL = recordKind('dedicated-ip-pool');
const SUPPRESSED = recordKind('suppressed-destination');
const SUPPRESSION = recordKind('account-suppression', 'account suppression settings');
const arnOf = (context, region, kind, name) => `arn:aws:ses:${region}:${context.account}:${kind}/${name}`;
async function tagsOf(ses, arn) {
    const tags = await unlessUnimplemented(ses, 'ListTagsForResource', () => ses.send(new V2.ListTagsForResourceCommand({ ResourceArn: arn })));
    return sortedTags(tags?.Tags, (t) => t.Key);
}
/** Sorted names from a listing; none where the instance does not serve it. */
async function listed(ses, operation, pages, names) {
    return sortBy((await unlessUnimplemented(ses, operation, () => collect(pages(), names))) ?? [], (n) => n);
}
/** The identities SESv2 lists that the v1 API, which lists `v1`, does not. */
async function v2Identities(ses, v1) {
    const all = await listed(ses, 'ListEmailIdentities', () => V2.paginateListEmailIdentities({ client: ses }, {}), (p) => p.EmailIdentities?.map((i) => i.IdentityName));
    const known = new Set(v1);
    return all.filter((i) => !known.has(i));
}
const contactLists = (ses) => listed(ses, 'ListContactLists', () => V2.paginateListContactLists({ client: ses }, {}), (p) => p.ContactLists?.map((l) => l.ContactListName));
const pools = (ses) => listed(ses, 'ListDedicatedIpPools', () => V2.paginateListDedicatedIpPools({ client: ses }, {}), (p) => p.DedicatedIpPools);
const suppressed = (ses) => listed(ses, 'ListSuppressedDestinations', () => V2.paginateListSuppressedDestinations({ client: ses }, {}), (p) => p.SuppressedDestinationSummaries?.map((d) => d.EmailAddress));
/** Contacts read at once. */
const CONTACT_CONCURRENCY = 8;
async function* captureContacts(ses, region, list) {
    const contacts = sortBy(await collect(V2.paginateListContacts({ client: ses }, { ContactListName: list }), (p) => p.Contacts), (c) => c.EmailAddress);
    yield* mapOrdered(contacts, CONTACT_CONCURRENCY, async (c) => {
        const full = await ses.send(new V2.GetContactCommand({ ContactListName: list, EmailAddress: c.EmailAddress }));
        const data = {
            list,
            email: c.EmailAddress,
            topics: nonEmpty(sortBy(full.TopicPreferences ?? [], (t) => t.TopicName)),
            unsubscribeAll: full.UnsubscribeAll || undefined,
            attributes: full.AttributesData || undefined,
        };
        return CONTACT.record(region, `${list}/${c.EmailAddress}`, data);
    });
}
/** The reasons the account suppresses addresses for; none where the instance does not keep them. */
async function suppressionReasons(ses) {
    const account = await unlessUnimplemented(ses, 'GetAccount', () => ses.send(new V2.GetAccountCommand({})));
    return sortBy(account?.SuppressionAttributes?.SuppressedReasons ?? [], (r) => r);
}
/**
 * The identities only SESv2 lists, contact lists, each followed by its contacts, then pools,
 * the suppression list and the account's suppression settings. `v1` are the identities the v1
 * API lists, which the v1 records keep.
 */
export async function* captureV2(context, region, v1) {
    const ses = client(context, region);
    for (const identity of await v2Identities(ses, v1)) {
        const found = await ses.send(new V2.GetEmailIdentityCommand({ EmailIdentity: identity }));
        yield EMAIL_IDENTITY.record(region, identity, { identity, tags: sortedTags(found.Tags, (t) => t.Key) });
    }
    for (const name of await contactLists(ses)) {
        const list = await ses.send(new V2.GetContactListCommand({ ContactListName: name }));
        const topics = nonEmpty(sortBy(list.Topics ?? [], (t) => t.TopicName));
        const tags = await tagsOf(ses, arnOf(context, region, 'contact-list', name));
        yield CONTACT_LIST.record(region, name, { name, description: list.Description || undefined, topics, tags });
        yield* captureContacts(ses, region, name);
    }
    for (const name of await pools(ses)) {
        const pool = (await ses.send(new V2.GetDedicatedIpPoolCommand({ PoolName: name }))).DedicatedIpPool;
        yield POOL.record(region, name, {
            name,
            scalingMode: pool?.ScalingMode,
            tags: await tagsOf(ses, arnOf(context, region, 'dedicated-ip-pool', name)),
        });
    }
    for (const email of await suppressed(ses)) {
        const found = await ses.send(new V2.GetSuppressedDestinationCommand({ EmailAddress: email }));
        yield SUPPRESSED.record(region, email, { email, reason: found.SuppressedDestination.Reason });
    }
    const reasons = await suppressionReasons(ses);
    if (reasons.length > 0)
        yield SUPPRESSION.record(region, 'account', { reasons });
}
/** The one SESv2 listing that tells a region holds state: contact lists (see the README for what it misses). */
export async function hasContactLists(context, region) {
    const ses = client(context, region);
    const page = await unlessUnimplemented(ses, 'ListContactLists', () => ses.send(new V2.ListContactListsCommand({ PageSize: 1 })));
    return (page?.ContactLists?.length ?? 0) > 0;
}
/** Clears what only SESv2 keeps; `v1` are the identities the v1 API lists (and deletes). */
export async function clearV2(context, region, v1) {
    const ses = client(context, region);
    for (const EmailIdentity of await v2Identities(ses, v1))
        await unlessMissing(ses.send(new V2.DeleteEmailIdentityCommand({ EmailIdentity })));
    for (const ContactListName of await contactLists(ses))
        await unlessMissing(ses.send(new V2.DeleteContactListCommand({ ContactListName })));
    for (const PoolName of await pools(ses))
        await unlessMissing(ses.send(new V2.DeleteDedicatedIpPoolCommand({ PoolName })));
    for (const EmailAddress of await suppressed(ses))
        await unlessMissing(ses.send(new V2.DeleteSuppressedDestinationCommand({ EmailAddress })));
    // No settings is what a pod without them holds.
    if ((await suppressionReasons(ses)).length > 0)
        await ses.send(new V2.PutAccountSuppressionAttributesCommand({ SuppressedReasons: [] }));
}
/** Made anew (emulators verify at once), with its tags. */
async function restoreEmailIdentity(ses, i) {
    await unlessMissing(ses.send(new V2.DeleteEmailIdentityCommand({ EmailIdentity: i.identity })));
    await ses.send(new V2.CreateEmailIdentityCommand({ EmailIdentity: i.identity, Tags: i.tags }));
}
async function restoreContactList(ses, l) {
    // Made anew: its contacts follow it in the pod.
    await unlessMissing(ses.send(new V2.DeleteContactListCommand({ ContactListName: l.name })));
    await ses.send(new V2.CreateContactListCommand({ ContactListName: l.name, Description: l.description, Topics: l.topics, Tags: l.tags }));
}
async function restoreContact(ses, c) {
    await ses.send(new V2.CreateContactCommand({
        ContactListName: c.list,
        EmailAddress: c.email,
        TopicPreferences: c.topics,
        UnsubscribeAll: c.unsubscribeAll,
        AttributesData: c.attributes,
    }));
}
async function restorePool(ses, p) {
    if ((await pools(ses)).includes(p.name))
        await ses.send(new V2.DeleteDedicatedIpPoolCommand({ PoolName: p.name }));
    await ses.send(new V2.CreateDedicatedIpPoolCommand({ PoolName: p.name, ScalingMode: p.scalingMode, Tags: p.tags }));
}
/** How the SESv2 records are restored, in the pod's order (a list before its contacts). */
export function v2Handlers(context, region) {
    const ses = client(context, region);
    return [
        on(EMAIL_IDENTITY, (i) => restoreEmailIdentity(ses, i)),
        on(CONTACT_LIST, (l) => restoreContactList(ses, l)),
        on(CONTACT, (c) => restoreContact(ses, c)),
        on(POOL, (p) => restorePool(ses, p)),
        on(SUPPRESSED, (d) => ses.send(new V2.PutSuppressedDestinationCommand({ EmailAddress: d.email, Reason: d.reason }))),
        on(SUPPRESSION, (s) => ses.send(new V2.PutAccountSuppressionAttributesCommand({ SuppressedReasons: s.reasons }))),
    ];
}
