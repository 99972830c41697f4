import * as R from '@aws-sdk/client-route53resolver';
import { collect, type Network, nonEmpty, recordKind, sortBy, unlessMissing, type VpcRef } from '../kit/index.js';
import { requestId, tagsOf, type Tag } from './tags.js';

export type RuleData = {
  id: string;
  name?: string;
  /** As the instance answers it: the emulators add a final dot to what they were given. */
  domain: string;
  ruleType: string;
  targets?: R.TargetAddress[];
  endpoint?: string;
  tags?: Tag[];
};

export type RuleAssociationData = { id: string; rule: string; vpc: VpcRef; name?: string };

export const RULE = recordKind<RuleData>('resolver-rule');
export const RULE_ASSOCIATION = recordKind<RuleAssociationData>('resolver-rule-association');

/** The account's rules; not the Internet Resolver rule that AWS gives every account (`RECURSIVE`, owned by Route 53 Resolver). */
export async function rules(r: R.Route53ResolverClient): Promise<R.ResolverRule[]> {
  const all = await collect(R.paginateListResolverRules({ client: r }, {}), (p) => p.ResolverRules);
  return sortBy(
    all.filter((x) => x.RuleType !== 'RECURSIVE'),
    (x) => x.Id!,
  );
}

export async function ruleAssociations(r: R.Route53ResolverClient, ruleIds: ReadonlySet<string>): Promise<R.ResolverRuleAssociation[]> {
  const all = await collect(R.paginateListResolverRuleAssociations({ client: r }, {}), (p) => p.ResolverRuleAssociations);
  return sortBy(
    all.filter((a) => ruleIds.has(a.ResolverRuleId!)),
    (a) => a.Id!,
  );
}

export async function captureRule(r: R.Route53ResolverClient, x: R.ResolverRule): Promise<RuleData> {
  return {
    id: x.Id!,
    name: x.Name || undefined,
    domain: x.DomainName!,
    ruleType: x.RuleType!,
    targets: nonEmpty(x.TargetIps),
    endpoint: x.ResolverEndpointId,
    tags: await tagsOf(r, x.Arn!),
  };
}

export async function captureRuleAssociation(network: Network, a: R.ResolverRuleAssociation): Promise<RuleAssociationData> {
  return { id: a.Id!, rule: a.ResolverRuleId!, vpc: await network.vpcRef(a.VPCId!), name: a.Name || undefined };
}

/** Made anew for the endpoint this load made in place of the pod's; returns the id the instance drew. */
export async function restoreRule(r: R.Route53ResolverClient, x: RuleData, endpointOf: (id: string) => string): Promise<string> {
  const created = await r.send(
    new R.CreateResolverRuleCommand({
      CreatorRequestId: requestId(x.id),
      Name: x.name,
      // The dot the instance added when the rule was made, which it adds again.
      DomainName: x.domain.replace(/\.$/, ''),
      RuleType: x.ruleType as R.RuleTypeOption,
      TargetIps: x.targets,
      ResolverEndpointId: x.endpoint === undefined ? undefined : endpointOf(x.endpoint),
      Tags: x.tags,
    }),
  );
  return created.ResolverRule!.Id!;
}

export async function restoreRuleAssociation(
  r: R.Route53ResolverClient,
  network: Network,
  a: RuleAssociationData,
  ruleOf: (id: string) => string,
  label: string,
): Promise<void> {
  await r.send(new R.AssociateResolverRuleCommand({ ResolverRuleId: ruleOf(a.rule), VPCId: await network.vpc(a.vpc, label), Name: a.name }));
}

/** The rule without its associations: AWS deletes no rule still associated. */
export async function deleteRule(r: R.Route53ResolverClient, x: R.ResolverRule): Promise<void> {
  for (const a of await ruleAssociations(r, new Set([x.Id!]))) {
    await unlessMissing(r.send(new R.DisassociateResolverRuleCommand({ ResolverRuleId: x.Id, VPCId: a.VPCId })));
  }
  await unlessMissing(r.send(new R.DeleteResolverRuleCommand({ ResolverRuleId: x.Id })));
}
