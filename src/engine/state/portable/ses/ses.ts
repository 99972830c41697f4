import * as SES from '@aws-sdk/client-ses';
import { canonicalJson } from '../../../pod/manifest.js';
import type { ServiceContext, ServiceModule } from '../../module.js';
import { captureV2, clearV2, hasContactLists, v2Handlers } from './sesv2.js';
import {
  chunks,
  clientOf,
  collect,
  eachRegion,
  nonEmpty,
  on,
  pagesOf,
  recordKind,
  regionsWhere,
  restoreRecords,
  sortBy,
  unlessMissing,
  unlessUnimplemented,
} from '../kit/index.js';

const client = clientOf(SES.SESClient);

/** Identities whose attributes are asked at once (SES takes up to 100). */
const ATTRIBUTE_BATCH = 100;

type NotificationType = 'Bounce' | 'Complaint' | 'Delivery';
const NOTIFICATION_TYPES: readonly NotificationType[] = ['Bounce', 'Complaint', 'Delivery'];

type IdentityData = {
  identity: string;
  /** An address, or a domain (verified as a domain, with DKIM when it had it). */
  domain: boolean;
  dkim?: boolean;
  topics?: Partial<Record<NotificationType, string>>;
  /** Bounces and complaints forwarded by email; SES's default, so kept only when turned off. */
  forwarding?: boolean;
  mailFrom?: { domain: string; behaviorOnMxFailure?: string };
};

type TemplateData = { name: string; subject?: string; text?: string; html?: string };

type ConfigurationSetData = { name: string; eventDestinations?: SES.EventDestination[] };

type RuleSetData = { name: string; active?: boolean; rules?: SES.ReceiptRule[] };

const IDENTITY = recordKind<IdentityData>('identity');
const TEMPLATE = recordKind<TemplateData>('template');
const CONFIGURATION_SET = recordKind<ConfigurationSetData>('configuration-set');
const RULE_SET = recordKind<RuleSetData>('receipt-rule-set');

async function identities(ses: SES.SESClient): Promise<string[]> {
  const pages = pagesOf(
    (NextToken) => ses.send(new SES.ListIdentitiesCommand({ NextToken })),
    (p) => p.NextToken,
  );
  return sortBy(await collect(pages, (p) => p.Identities), (i) => i);
}

/** Sorted names from a paged listing; none where the instance does not serve it (MiniStack serves part of SES). */
async function namesOf<P extends { NextToken?: string }>(
  ses: SES.SESClient,
  operation: string,
  page: (NextToken: string | undefined) => Promise<P>,
  names: (page: P) => string[],
): Promise<string[]> {
  const listed = await unlessUnimplemented(ses, operation, () =>
    collect(
      pagesOf(page, (p) => p.NextToken),
      names,
    ),
  );
  return sortBy(listed ?? [], (n) => n);
}

const templates = (ses: SES.SESClient) =>
  namesOf(
    ses,
    'ListTemplates',
    (NextToken) => ses.send(new SES.ListTemplatesCommand({ NextToken })),
    (p) => (p.TemplatesMetadata ?? []).map((t) => t.Name!),
  );

const configurationSets = (ses: SES.SESClient) =>
  namesOf(
    ses,
    'ListConfigurationSets',
    (NextToken) => ses.send(new SES.ListConfigurationSetsCommand({ NextToken })),
    (p) => (p.ConfigurationSets ?? []).map((c) => c.Name!),
  );

const ruleSets = (ses: SES.SESClient) =>
  namesOf(
    ses,
    'ListReceiptRuleSets',
    (NextToken) => ses.send(new SES.ListReceiptRuleSetsCommand({ NextToken })),
    (p) => (p.RuleSets ?? []).map((r) => r.Name!),
  );

/** Every identity of the region (`all`) with its settings, asked for in batches. */
async function* captureIdentities(ses: SES.SESClient, region: string, all: readonly string[]) {
  for (const Identities of chunks(all, ATTRIBUTE_BATCH)) {
    const notifications =
      (
        await unlessUnimplemented(ses, 'GetIdentityNotificationAttributes', () =>
          ses.send(new SES.GetIdentityNotificationAttributesCommand({ Identities })),
        )
      )?.NotificationAttributes ?? {};
    const dkim =
      (await unlessUnimplemented(ses, 'GetIdentityDkimAttributes', () => ses.send(new SES.GetIdentityDkimAttributesCommand({ Identities }))))
        ?.DkimAttributes ?? {};
    const mailFrom =
      (
        await unlessUnimplemented(ses, 'GetIdentityMailFromDomainAttributes', () =>
          ses.send(new SES.GetIdentityMailFromDomainAttributesCommand({ Identities })),
        )
      )?.MailFromDomainAttributes ?? {};
    for (const identity of Identities) {
      const n = notifications[identity];
      const topics = Object.fromEntries(NOTIFICATION_TYPES.flatMap((type) => (n?.[`${type}Topic`] ? [[type, n[`${type}Topic`]!]] : [])));
      const from = mailFrom[identity];
      const data: IdentityData = {
        identity,
        domain: !identity.includes('@'),
        dkim: dkim[identity]?.DkimEnabled || undefined,
        topics: Object.keys(topics).length > 0 ? topics : undefined,
        forwarding: n?.ForwardingEnabled === false ? false : undefined,
        mailFrom: from?.MailFromDomain ? { domain: from.MailFromDomain, behaviorOnMxFailure: from.BehaviorOnMXFailure } : undefined,
      };
      yield IDENTITY.record(region, identity, data);
    }
  }
}

async function destinationsOf(ses: SES.SESClient, name: string): Promise<SES.EventDestination[]> {
  const described = await unlessUnimplemented(ses, 'DescribeConfigurationSet', () =>
    ses.send(new SES.DescribeConfigurationSetCommand({ ConfigurationSetName: name, ConfigurationSetAttributeNames: ['eventDestinations'] })),
  );
  return described?.EventDestinations ?? [];
}

async function captureRuleSet(ses: SES.SESClient, name: string, active: string | undefined): Promise<RuleSetData> {
  const described = await ses.send(new SES.DescribeReceiptRuleSetCommand({ RuleSetName: name }));
  return { name, active: name === active || undefined, rules: nonEmpty(described.Rules) };
}

const capture = eachRegion(async function* (context, region) {
  const ses = client(context, region);
  const all = await identities(ses);
  yield* captureIdentities(ses, region, all);
  for (const name of await templates(ses)) {
    const t = (await ses.send(new SES.GetTemplateCommand({ TemplateName: name }))).Template!;
    yield TEMPLATE.record(region, name, { name, subject: t.SubjectPart, text: t.TextPart, html: t.HtmlPart });
  }
  for (const name of await configurationSets(ses)) {
    yield CONFIGURATION_SET.record(region, name, { name, eventDestinations: nonEmpty(sortBy(await destinationsOf(ses, name), (d) => d.Name!)) });
  }
  const active = (await unlessUnimplemented(ses, 'DescribeActiveReceiptRuleSet', () => ses.send(new SES.DescribeActiveReceiptRuleSetCommand({}))))
    ?.Metadata?.Name;
  for (const name of await ruleSets(ses)) yield RULE_SET.record(region, name, await captureRuleSet(ses, name, active));
  yield* captureV2(context, region, all);
});

const regionsWithState = regionsWhere(async (context, region) => {
  const ses = client(context, region);
  // Each asked alone: an emulator may serve some of SES (MiniStack has no receipt rules).
  const [ids, tpl, sets, rules, contactLists] = await Promise.all([
    ses.send(new SES.ListIdentitiesCommand({ MaxItems: 1 })),
    unlessUnimplemented(ses, 'ListTemplates', () => ses.send(new SES.ListTemplatesCommand({ MaxItems: 1 }))),
    unlessUnimplemented(ses, 'ListConfigurationSets', () => ses.send(new SES.ListConfigurationSetsCommand({ MaxItems: 1 }))),
    unlessUnimplemented(ses, 'ListReceiptRuleSets', () => ses.send(new SES.ListReceiptRuleSetsCommand({}))),
    hasContactLists(context, region),
  ]);
  return contactLists || [ids.Identities, tpl?.TemplatesMetadata, sets?.ConfigurationSets, rules?.RuleSets].some((items) => (items?.length ?? 0) > 0);
});

async function clear(context: ServiceContext, region: string): Promise<void> {
  const ses = client(context, region);
  // SES deletes no active rule set.
  await unlessUnimplemented(ses, 'SetActiveReceiptRuleSet', () => ses.send(new SES.SetActiveReceiptRuleSetCommand({})));
  for (const RuleSetName of await ruleSets(ses)) await unlessMissing(ses.send(new SES.DeleteReceiptRuleSetCommand({ RuleSetName })));
  for (const ConfigurationSetName of await configurationSets(ses))
    await unlessMissing(ses.send(new SES.DeleteConfigurationSetCommand({ ConfigurationSetName })));
  for (const TemplateName of await templates(ses)) await unlessMissing(ses.send(new SES.DeleteTemplateCommand({ TemplateName })));
  const all = await identities(ses);
  for (const Identity of all) await unlessMissing(ses.send(new SES.DeleteIdentityCommand({ Identity })));
  await clearV2(context, region, all);
}

/** Verified again (emulators verify at once), then its notification topics, forwarding, DKIM and MAIL FROM domain. */
async function restoreIdentity(ses: SES.SESClient, i: IdentityData): Promise<void> {
  if (i.domain) await ses.send(new SES.VerifyDomainIdentityCommand({ Domain: i.identity }));
  else await ses.send(new SES.VerifyEmailIdentityCommand({ EmailAddress: i.identity }));
  if (i.dkim) await ses.send(new SES.VerifyDomainDkimCommand({ Domain: i.identity }));
  for (const type of NOTIFICATION_TYPES) {
    const SnsTopic = i.topics?.[type];
    if (SnsTopic) await ses.send(new SES.SetIdentityNotificationTopicCommand({ Identity: i.identity, NotificationType: type, SnsTopic }));
  }
  if (i.forwarding === false) await ses.send(new SES.SetIdentityFeedbackForwardingEnabledCommand({ Identity: i.identity, ForwardingEnabled: false }));
  if (i.mailFrom) {
    await ses.send(
      new SES.SetIdentityMailFromDomainCommand({
        Identity: i.identity,
        MailFromDomain: i.mailFrom.domain,
        BehaviorOnMXFailure: i.mailFrom.behaviorOnMxFailure as SES.BehaviorOnMXFailure | undefined,
      }),
    );
  }
}

async function restoreTemplate(ses: SES.SESClient, t: TemplateData): Promise<void> {
  const Template = { TemplateName: t.name, SubjectPart: t.subject, TextPart: t.text, HtmlPart: t.html };
  // Asked first: moto answers the deletion of a missing template, or configuration set, with an error page.
  if ((await templates(ses)).includes(t.name)) await ses.send(new SES.DeleteTemplateCommand({ TemplateName: t.name }));
  await ses.send(new SES.CreateTemplateCommand({ Template }));
}

async function restoreConfigurationSet(ses: SES.SESClient, c: ConfigurationSetData): Promise<void> {
  if ((await configurationSets(ses)).includes(c.name)) await ses.send(new SES.DeleteConfigurationSetCommand({ ConfigurationSetName: c.name }));
  await ses.send(new SES.CreateConfigurationSetCommand({ ConfigurationSet: { Name: c.name } }));
  // moto keeps a deleted set's destinations, and the new set has them: those are changed, not made.
  const present = new Map((await destinationsOf(ses, c.name)).map((d) => [d.Name, d]));
  for (const EventDestination of c.eventDestinations ?? []) {
    const existing = present.get(EventDestination.Name);
    if (!existing) await ses.send(new SES.CreateConfigurationSetEventDestinationCommand({ ConfigurationSetName: c.name, EventDestination }));
    else if (canonicalJson(existing).compare(canonicalJson(EventDestination)) !== 0) {
      await ses.send(new SES.UpdateConfigurationSetEventDestinationCommand({ ConfigurationSetName: c.name, EventDestination }));
    }
  }
}

/** Made anew with its rules in order, each after the one before it; then made active when it was. */
async function restoreRuleSet(ses: SES.SESClient, r: RuleSetData): Promise<void> {
  const RuleSetName = r.name;
  const active = (await unlessUnimplemented(ses, 'DescribeActiveReceiptRuleSet', () => ses.send(new SES.DescribeActiveReceiptRuleSetCommand({}))))
    ?.Metadata?.Name;
  if (active === RuleSetName) await ses.send(new SES.SetActiveReceiptRuleSetCommand({}));
  if ((await ruleSets(ses)).includes(RuleSetName)) await ses.send(new SES.DeleteReceiptRuleSetCommand({ RuleSetName }));
  await ses.send(new SES.CreateReceiptRuleSetCommand({ RuleSetName }));
  let after: string | undefined;
  for (const Rule of r.rules ?? []) {
    await ses.send(new SES.CreateReceiptRuleCommand({ RuleSetName, Rule, After: after }));
    after = Rule.Name;
  }
  if (r.active) await ses.send(new SES.SetActiveReceiptRuleSetCommand({ RuleSetName }));
}

/**
 * SES: identities (addresses and domains, with DKIM, notification topics, feedback forwarding
 * and MAIL FROM domain), templates, configuration sets with their event destinations, receipt
 * rule sets with their rules in order, and which one is active (v1 API); identities only SESv2
 * lists, contact lists with their contacts, dedicated IP pools, the suppression list and its
 * settings (SESv2, see `sesv2.ts`).
 */
export const ses: ServiceModule = {
  name: 'ses',
  // Notifications and event destinations name topics; receipt rules name topics, functions and buckets.
  dependsOn: ['sns', 'lambda', 's3'],
  capture,
  regionsWithState,
  clear,
  restore: (context, region, records) => {
    const api = client(context, region);
    // One at a time, in the pod's order: receipt rules go in after the rule before them.
    return restoreRecords(
      context,
      records,
      1,
      on(IDENTITY, (i) => restoreIdentity(api, i)),
      on(TEMPLATE, (t) => restoreTemplate(api, t)),
      on(CONFIGURATION_SET, (c) => restoreConfigurationSet(api, c)),
      on(RULE_SET, (r) => restoreRuleSet(api, r)),
      ...v2Handlers(context, region),
    );
  },
  requests: { signingName: 'ses' },
};
