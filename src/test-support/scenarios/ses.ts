import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import * as SES from '@aws-sdk/client-ses';
import * as V2 from '@aws-sdk/client-sesv2';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { expect } from 'vitest';
import { isNotFound, isUnimplemented, readIsoTimestamps } from '../../engine/state/portable/kit/index.js';
import type { Emulator } from '../emulators.js';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { accountOf, scenarioOf } from './scenario.js';

// The topic and bucket the mail settings name come back with them.
const services = { services: 'sns,s3,ses' };

/**
 * A shop's mail: a sending domain with DKIM and a MAIL FROM domain, an address whose bounces go
 * to a topic with forwarding off, an order template, a configuration set sending events to a
 * topic, and an active receipt rule set with two rules in order.
 */
async function seedMail(ses: SES.SESClient, endpoint: string, account: string): Promise<void> {
  const sns = new SNSClient(sdkConfig(endpoint));
  const s3 = new S3Client(sdkConfig(endpoint));
  const topic = (await sns.send(new CreateTopicCommand({ Name: 'mail-events' }))).TopicArn!;
  await s3.send(new CreateBucketCommand({ Bucket: 'mail-archive' }));
  sns.destroy();
  s3.destroy();
  expect(topic).toContain(account);
  await ses.send(new SES.VerifyDomainIdentityCommand({ Domain: 'shop.test' }));
  await ses.send(new SES.VerifyDomainDkimCommand({ Domain: 'shop.test' }));
  await servedOrNot(
    ses.send(
      new SES.SetIdentityMailFromDomainCommand({ Identity: 'shop.test', MailFromDomain: 'bounce.shop.test', BehaviorOnMXFailure: 'RejectMessage' }),
    ),
  );
  await ses.send(new SES.VerifyEmailIdentityCommand({ EmailAddress: 'orders@shop.test' }));
  await ses.send(new SES.SetIdentityNotificationTopicCommand({ Identity: 'orders@shop.test', NotificationType: 'Bounce', SnsTopic: topic }));
  await ses.send(new SES.SetIdentityFeedbackForwardingEnabledCommand({ Identity: 'orders@shop.test', ForwardingEnabled: false }));
  await ses.send(
    new SES.CreateTemplateCommand({
      Template: { TemplateName: 'order-shipped', SubjectPart: 'Order {{id}} shipped', TextPart: 'Hello {{name}}', HtmlPart: '<p>Hello {{name}}</p>' },
    }),
  );
  await ses.send(new SES.CreateConfigurationSetCommand({ ConfigurationSet: { Name: 'transactional' } }));
  await servedOrNot(
    ses.send(
      new SES.CreateConfigurationSetEventDestinationCommand({
        ConfigurationSetName: 'transactional',
        EventDestination: { Name: 'to-topic', Enabled: true, MatchingEventTypes: ['bounce', 'delivery'], SNSDestination: { TopicARN: topic } },
      }),
    ),
  );
  await ses.send(new SES.CreateReceiptRuleSetCommand({ RuleSetName: 'inbound' }));
  await ses.send(
    new SES.CreateReceiptRuleCommand({
      RuleSetName: 'inbound',
      Rule: { Name: 'support', Enabled: true, Recipients: ['support@shop.test'], Actions: [{ SNSAction: { TopicArn: topic } }], ScanEnabled: true },
    }),
  );
  await ses.send(
    new SES.CreateReceiptRuleCommand({
      RuleSetName: 'inbound',
      After: 'support',
      Rule: { Name: 'archive', Enabled: false, Actions: [{ S3Action: { BucketName: 'mail-archive', ObjectKeyPrefix: 'in/' } }] },
    }),
  );
  await ses.send(new SES.SetActiveReceiptRuleSetCommand({ RuleSetName: 'inbound' }));
}

/**
 * What `call` answers; undefined where the emulator does not serve it (MiniStack: MAIL FROM
 * domains, event destinations, SESv2 contact lists; LocalStack community: SESv2).
 */
async function servedOrNot<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (isUnimplemented(error) || isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * What only SESv2 keeps: a tagged newsletter domain made through SESv2, a newsletter contact list with two topics, tags and two contacts (one
 * with topic preferences and attributes, one unsubscribed from all), two dedicated IP pools
 * (one managed and tagged), a suppressed address and the account's suppression settings.
 */
async function seedV2(v2: V2.SESv2Client): Promise<void> {
  await servedOrNot(v2.send(new V2.CreateEmailIdentityCommand({ EmailIdentity: 'news.shop.test', Tags: [{ Key: 'team', Value: 'growth' }] })));
  await servedOrNot(
    v2.send(
      new V2.CreateContactListCommand({
        ContactListName: 'newsletter',
        Description: 'the weekly newsletter',
        Topics: [
          { TopicName: 'deals', DisplayName: 'Deals', Description: 'weekly deals', DefaultSubscriptionStatus: 'OPT_OUT' },
          { TopicName: 'tips', DisplayName: 'Tips', DefaultSubscriptionStatus: 'OPT_IN' },
        ],
        Tags: [{ Key: 'team', Value: 'growth' }],
      }),
    ),
  );
  await servedOrNot(
    v2.send(
      new V2.CreateContactCommand({
        ContactListName: 'newsletter',
        EmailAddress: 'ann@customer.test',
        TopicPreferences: [{ TopicName: 'deals', SubscriptionStatus: 'OPT_IN' }],
        AttributesData: '{"name":"Ann"}',
      }),
    ),
  );
  await servedOrNot(v2.send(new V2.CreateContactCommand({ ContactListName: 'newsletter', EmailAddress: 'bob@customer.test', UnsubscribeAll: true })));
  await servedOrNot(
    v2.send(new V2.CreateDedicatedIpPoolCommand({ PoolName: 'bulk', ScalingMode: 'MANAGED', Tags: [{ Key: 'team', Value: 'growth' }] })),
  );
  await servedOrNot(v2.send(new V2.CreateDedicatedIpPoolCommand({ PoolName: 'transactional' })));
  await servedOrNot(v2.send(new V2.PutSuppressedDestinationCommand({ EmailAddress: 'gone@customer.test', Reason: 'BOUNCE' })));
  await servedOrNot(v2.send(new V2.PutAccountSuppressionAttributesCommand({ SuppressedReasons: ['BOUNCE', 'COMPLAINT'] })));
}

/** What a user reads back of the SESv2 state, without dates. */
async function v2State(v2: V2.SESv2Client, account: string) {
  const identities = [];
  for (const i of (await servedOrNot(v2.send(new V2.ListEmailIdentitiesCommand({}))))?.EmailIdentities ?? []) {
    identities.push({ name: i.IdentityName, tags: (await v2.send(new V2.GetEmailIdentityCommand({ EmailIdentity: i.IdentityName }))).Tags });
  }
  const lists = [];
  for (const l of (await servedOrNot(v2.send(new V2.ListContactListsCommand({}))))?.ContactLists ?? []) {
    const { $metadata, CreatedTimestamp, LastUpdatedTimestamp, ...list } = await v2.send(
      new V2.GetContactListCommand({ ContactListName: l.ContactListName }),
    );
    const tags = (
      await v2.send(new V2.ListTagsForResourceCommand({ ResourceArn: `arn:aws:ses:us-east-1:${account}:contact-list/${l.ContactListName}` }))
    ).Tags;
    const contacts = [];
    for (const c of (await v2.send(new V2.ListContactsCommand({ ContactListName: l.ContactListName }))).Contacts ?? []) {
      const {
        $metadata: m,
        CreatedTimestamp: c1,
        LastUpdatedTimestamp: c2,
        ...contact
      } = await v2.send(new V2.GetContactCommand({ ContactListName: l.ContactListName, EmailAddress: c.EmailAddress }));
      contacts.push(contact);
    }
    lists.push({ list, tags, contacts });
  }
  const pools = [];
  for (const name of (await servedOrNot(v2.send(new V2.ListDedicatedIpPoolsCommand({}))))?.DedicatedIpPools ?? []) {
    const pool = (await v2.send(new V2.GetDedicatedIpPoolCommand({ PoolName: name }))).DedicatedIpPool;
    const tags = (await v2.send(new V2.ListTagsForResourceCommand({ ResourceArn: `arn:aws:ses:us-east-1:${account}:dedicated-ip-pool/${name}` })))
      .Tags;
    pools.push({ pool, tags });
  }
  const suppressed = (await servedOrNot(v2.send(new V2.ListSuppressedDestinationsCommand({}))))?.SuppressedDestinationSummaries?.map((d) => [
    d.EmailAddress,
    d.Reason,
  ]);
  const suppression = (await servedOrNot(v2.send(new V2.GetAccountCommand({}))))?.SuppressionAttributes;
  return JSON.parse(JSON.stringify({ identities, lists, pools, suppressed, suppression }));
}

/** What each emulator keeps of the SESv2 state made: the rest it refuses or drops, and a load cannot bring back. */
function assertV2Limits(v2: Awaited<ReturnType<typeof v2State>>, emulator: Emulator): void {
  const served: Record<Emulator, string[]> = { moto: ['lists', 'pools'], ministack: ['pools'], localstack: [] };
  expect(v2.lists.length > 0).toBe(served[emulator].includes('lists'));
  expect(v2.pools.length > 0).toBe(served[emulator].includes('pools'));
  // Only MiniStack lists SESv2 identities (moto lists them through v1, without the tags CreateEmailIdentity took).
  expect(v2.identities.length > 0).toBe(emulator === 'ministack');
  // No emulator keeps a suppressed address: moto and LocalStack serve no suppression list, MiniStack lists an empty one and refuses additions.
  expect(v2.suppressed ?? []).toEqual([]);
  // MiniStack takes the account's suppression settings and answers none; the others serve no account settings.
  expect(v2.suppression?.SuppressedReasons ?? []).toEqual([]);
  // moto drops a contact's attributes.
  if (emulator === 'moto') expect(v2.lists[0].contacts.map((c: V2.GetContactResponse) => c.AttributesData)).toEqual([undefined, undefined]);
}

/** What a user reads back of it. */
async function sesState(ses: SES.SESClient) {
  const identities = ((await ses.send(new SES.ListIdentitiesCommand({}))).Identities ?? []).sort();
  const notifications = identities.length
    ? (await servedOrNot(ses.send(new SES.GetIdentityNotificationAttributesCommand({ Identities: identities }))))?.NotificationAttributes
    : {};
  const mailFrom = identities.length
    ? (await servedOrNot(ses.send(new SES.GetIdentityMailFromDomainAttributesCommand({ Identities: identities }))))?.MailFromDomainAttributes
    : {};
  const templates = [];
  for (const t of (await ses.send(new SES.ListTemplatesCommand({}))).TemplatesMetadata ?? []) {
    templates.push((await ses.send(new SES.GetTemplateCommand({ TemplateName: t.Name }))).Template);
  }
  const sets = [];
  for (const c of (await ses.send(new SES.ListConfigurationSetsCommand({}))).ConfigurationSets ?? []) {
    const { $metadata, ...set } = await ses.send(
      new SES.DescribeConfigurationSetCommand({ ConfigurationSetName: c.Name, ConfigurationSetAttributeNames: ['eventDestinations'] }),
    );
    sets.push(set);
  }
  const ruleSets = [];
  for (const r of (await ses.send(new SES.ListReceiptRuleSetsCommand({}))).RuleSets ?? []) {
    ruleSets.push({ name: r.Name, rules: (await ses.send(new SES.DescribeReceiptRuleSetCommand({ RuleSetName: r.Name }))).Rules });
  }
  const active = (await ses.send(new SES.DescribeActiveReceiptRuleSetCommand({}))).Metadata?.Name;
  return JSON.parse(JSON.stringify({ identities, notifications, mailFrom, templates, sets, ruleSets, active }));
}

/**
 * The records each emulator's SESv2 state makes: moto the domain (among the v1 identities), a
 * list, its two contacts and two pools; MiniStack the domain (which only SESv2 lists there) and two pools.
 */
const V2_RECORDS: Record<Emulator, number> = { moto: 6, ministack: 3, localstack: 0 };

async function roundTrip(endpoint: string, emulator: Emulator) {
  const account = accountOf(emulator);
  const ses = new SES.SESClient(sdkConfig(endpoint));
  // moto answers contact lists with ISO dates, which the SDK refuses as they come.
  const v2 = readIsoTimestamps(new V2.SESv2Client(sdkConfig(endpoint)));
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    await seedMail(ses, endpoint, account);
    await seedV2(v2);
    const before = await sesState(ses);
    const v2Before = await v2State(v2, account);
    expect(before.active).toBe('inbound');
    expect(before.ruleSets[0].rules.map((r: { Name: string }) => r.Name)).toEqual(['support', 'archive']);
    assertV2Limits(v2Before, emulator);
    const saved = await saveState(endpoint, home, 'mail', services);
    expect(saved.resources).toMatchObject({ ses: 5 + V2_RECORDS[emulator] });
    await emptyServices(endpoint, home, 'empty', services.services);
    expect((await sesState(ses)).identities).toEqual([]);
    expect((await v2State(v2, account)).pools).toEqual([]);
    await loadState(endpoint, home, 'mail', services);
    expect(await sesState(ses)).toEqual(before);
    expect(await v2State(v2, account)).toEqual(v2Before);
  } finally {
    ses.destroy();
    v2.destroy();
  }
}

export const sesScenario = scenarioOf(
  'ses',
  'restores identities with DKIM, MAIL FROM, notification topics and forwarding, templates, configuration sets with event destinations, the active receipt rule set with its rules in order, and through SESv2 the identities only it lists, contact lists with their contacts and dedicated IP pools',
  roundTrip,
);
