import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import * as SES from '@aws-sdk/client-ses';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { expect } from 'vitest';
import { isUnimplemented } from '../../engine/state/portable/kit/index.js';
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
  await servedOrNot(ses.send(new SES.SetIdentityMailFromDomainCommand({ Identity: 'shop.test', MailFromDomain: 'bounce.shop.test', BehaviorOnMXFailure: 'RejectMessage' })));
  await ses.send(new SES.VerifyEmailIdentityCommand({ EmailAddress: 'orders@shop.test' }));
  await ses.send(new SES.SetIdentityNotificationTopicCommand({ Identity: 'orders@shop.test', NotificationType: 'Bounce', SnsTopic: topic }));
  await ses.send(new SES.SetIdentityFeedbackForwardingEnabledCommand({ Identity: 'orders@shop.test', ForwardingEnabled: false }));
  await ses.send(
    new SES.CreateTemplateCommand({ Template: { TemplateName: 'order-shipped', SubjectPart: 'Order {{id}} shipped', TextPart: 'Hello {{name}}', HtmlPart: '<p>Hello {{name}}</p>' } }),
  );
  await ses.send(new SES.CreateConfigurationSetCommand({ ConfigurationSet: { Name: 'transactional' } }));
  await servedOrNot(ses.send(
    new SES.CreateConfigurationSetEventDestinationCommand({
      ConfigurationSetName: 'transactional',
      EventDestination: { Name: 'to-topic', Enabled: true, MatchingEventTypes: ['bounce', 'delivery'], SNSDestination: { TopicARN: topic } },
    }),
  ));
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

/** What `call` answers; undefined where the emulator does not serve it (MiniStack: MAIL FROM domains, event destinations). */
async function servedOrNot<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (isUnimplemented(error)) return undefined;
    throw error;
  }
}

/** What a user reads back of it. */
async function sesState(ses: SES.SESClient) {
  const identities = ((await ses.send(new SES.ListIdentitiesCommand({}))).Identities ?? []).sort();
  const notifications = identities.length ? (await servedOrNot(ses.send(new SES.GetIdentityNotificationAttributesCommand({ Identities: identities }))))?.NotificationAttributes : {};
  const mailFrom = identities.length ? (await servedOrNot(ses.send(new SES.GetIdentityMailFromDomainAttributesCommand({ Identities: identities }))))?.MailFromDomainAttributes : {};
  const templates = [];
  for (const t of (await ses.send(new SES.ListTemplatesCommand({}))).TemplatesMetadata ?? []) {
    templates.push((await ses.send(new SES.GetTemplateCommand({ TemplateName: t.Name }))).Template);
  }
  const sets = [];
  for (const c of (await ses.send(new SES.ListConfigurationSetsCommand({}))).ConfigurationSets ?? []) {
    const { $metadata, ...set } = await ses.send(new SES.DescribeConfigurationSetCommand({ ConfigurationSetName: c.Name, ConfigurationSetAttributeNames: ['eventDestinations'] }));
    sets.push(set);
  }
  const ruleSets = [];
  for (const r of (await ses.send(new SES.ListReceiptRuleSetsCommand({}))).RuleSets ?? []) {
    ruleSets.push({ name: r.Name, rules: (await ses.send(new SES.DescribeReceiptRuleSetCommand({ RuleSetName: r.Name }))).Rules });
  }
  const active = (await ses.send(new SES.DescribeActiveReceiptRuleSetCommand({}))).Metadata?.Name;
  return JSON.parse(JSON.stringify({ identities, notifications, mailFrom, templates, sets, ruleSets, active }));
}

async function roundTrip(endpoint: string, account: string) {
  const ses = new SES.SESClient(sdkConfig(endpoint));
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    await seedMail(ses, endpoint, account);
    const before = await sesState(ses);
    expect(before.active).toBe('inbound');
    expect(before.ruleSets[0].rules.map((r: { Name: string }) => r.Name)).toEqual(['support', 'archive']);
    const saved = await saveState(endpoint, home, 'mail', services);
    expect(saved.resources).toMatchObject({ ses: 5 });
    await emptyServices(endpoint, home, 'empty', services.services);
    expect((await sesState(ses)).identities).toEqual([]);
    await loadState(endpoint, home, 'mail');
    expect(await sesState(ses)).toEqual(before);
  } finally {
    ses.destroy();
  }
}

export const sesScenario = scenarioOf('ses', 'restores identities with DKIM, MAIL FROM, notification topics and forwarding, templates, configuration sets with event destinations, and the active receipt rule set with its rules in order',
    (endpoint, emulator) => roundTrip(endpoint, accountOf(emulator)),);
