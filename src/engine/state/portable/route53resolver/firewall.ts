import * as R from '@aws-sdk/client-route53resolver';
import { collect, nonEmpty, recordKind, sortBy, unlessMissing, unlessUnimplemented } from '../kit/index.js';
import { requestId, tagsOf, type Tag } from './tags.js';

/**
 * DNS Firewall: domain lists, and rule groups with their rules, which name the lists. Where the
 * instance does not serve it (moto), there is none.
 */

export type DomainListData = { id: string; name?: string; domains?: string[]; tags?: Tag[] };

type FirewallRuleData = Omit<R.FirewallRule, 'FirewallRuleGroupId' | 'CreatorRequestId' | 'CreationTime' | 'ModificationTime'>;

export type RuleGroupData = { id: string; name?: string; rules?: FirewallRuleData[]; tags?: Tag[] };

export const DOMAIN_LIST = recordKind<DomainListData>('firewall-domain-list');
export const RULE_GROUP = recordKind<RuleGroupData>('firewall-rule-group');

/** The account's lists; not those AWS manages (`ManagedOwnerName` names AWS then). */
export async function domainLists(r: R.Route53ResolverClient, account: string): Promise<R.FirewallDomainListMetadata[]> {
  const all = await unlessUnimplemented(r, 'ListFirewallDomainLists', () =>
    collect(R.paginateListFirewallDomainLists({ client: r }, {}), (p) => p.FirewallDomainLists),
  );
  return sortBy(
    (all ?? []).filter((l) => !l.ManagedOwnerName || l.ManagedOwnerName === account),
    (l) => l.Id!,
  );
}

/** The account's groups; not those other accounts share with it. */
export async function ruleGroups(r: R.Route53ResolverClient, account: string): Promise<R.FirewallRuleGroupMetadata[]> {
  const all = await unlessUnimplemented(r, 'ListFirewallRuleGroups', () =>
    collect(R.paginateListFirewallRuleGroups({ client: r }, {}), (p) => p.FirewallRuleGroups),
  );
  return sortBy(
    (all ?? []).filter((g) => !g.OwnerId || g.OwnerId === account),
    (g) => g.Id!,
  );
}

export async function captureDomainList(r: R.Route53ResolverClient, l: R.FirewallDomainListMetadata): Promise<DomainListData> {
  const domains = await collect(R.paginateListFirewallDomains({ client: r }, { FirewallDomainListId: l.Id }), (p) => p.Domains);
  return { id: l.Id!, name: l.Name || undefined, domains: nonEmpty(sortBy(domains, (d) => d)), tags: await tagsOf(r, l.Arn!) };
}

export async function captureRuleGroup(r: R.Route53ResolverClient, g: R.FirewallRuleGroupMetadata): Promise<RuleGroupData> {
  const rules = await collect(R.paginateListFirewallRules({ client: r }, { FirewallRuleGroupId: g.Id }), (p) => p.FirewallRules);
  const kept = rules.map(({ FirewallRuleGroupId, CreatorRequestId, CreationTime, ModificationTime, ...rule }) => rule);
  return {
    id: g.Id!,
    name: g.Name || undefined,
    rules: nonEmpty(sortBy(kept, (x) => `${String(x.Priority).padStart(10, '0')}/${x.Name}`)),
    tags: await tagsOf(r, g.Arn!),
  };
}

export async function restoreDomainList(r: R.Route53ResolverClient, l: DomainListData): Promise<string> {
  const id = (await r.send(new R.CreateFirewallDomainListCommand({ CreatorRequestId: requestId(l.id), Name: l.name, Tags: l.tags })))
    .FirewallDomainList!.Id!;
  if (l.domains) await r.send(new R.UpdateFirewallDomainsCommand({ FirewallDomainListId: id, Operation: 'ADD', Domains: l.domains }));
  return id;
}

/** Made anew with its rules, which name the lists this load made in place of the pod's. */
export async function restoreRuleGroup(r: R.Route53ResolverClient, g: RuleGroupData, listOf: (id: string) => string): Promise<string> {
  const id = (await r.send(new R.CreateFirewallRuleGroupCommand({ CreatorRequestId: requestId(g.id), Name: g.name, Tags: g.tags })))
    .FirewallRuleGroup!.Id!;
  for (const rule of g.rules ?? []) {
    await r.send(
      new R.CreateFirewallRuleCommand({
        ...(rule as Omit<R.CreateFirewallRuleRequest, 'CreatorRequestId' | 'FirewallRuleGroupId'>),
        CreatorRequestId: requestId(`${g.id}-${rule.Name}`),
        FirewallRuleGroupId: id,
        FirewallDomainListId: listOf(rule.FirewallDomainListId!),
      }),
    );
  }
  return id;
}

/** The group without its rules: AWS deletes no group that holds some. */
export async function deleteRuleGroup(r: R.Route53ResolverClient, id: string): Promise<void> {
  const rules = (await unlessMissing(collect(R.paginateListFirewallRules({ client: r }, { FirewallRuleGroupId: id }), (p) => p.FirewallRules))) ?? [];
  for (const rule of rules) {
    await unlessMissing(r.send(new R.DeleteFirewallRuleCommand({ FirewallRuleGroupId: id, FirewallDomainListId: rule.FirewallDomainListId })));
  }
  await unlessMissing(r.send(new R.DeleteFirewallRuleGroupCommand({ FirewallRuleGroupId: id })));
}

export async function deleteDomainList(r: R.Route53ResolverClient, id: string): Promise<void> {
  await unlessMissing(r.send(new R.DeleteFirewallDomainListCommand({ FirewallDomainListId: id })));
}
