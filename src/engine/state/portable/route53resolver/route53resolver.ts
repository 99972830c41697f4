import * as R from '@aws-sdk/client-route53resolver';
import type { ServiceContext, ServiceModule } from '../../module.js';
import { clientOf, eachRegion, IdMap, Network, on, regionsWhere, restoreRecords } from '../kit/index.js';
import { captureEndpoint, deleteEndpoint, ENDPOINT, endpoints, restoreEndpoint } from './endpoints.js';
import {
  captureDomainList,
  captureRuleGroup,
  deleteDomainList,
  deleteRuleGroup,
  DOMAIN_LIST,
  domainLists,
  restoreDomainList,
  restoreRuleGroup,
  RULE_GROUP,
  ruleGroups,
} from './firewall.js';
import {
  captureQueryLogAssociation,
  captureQueryLogConfig,
  deleteQueryLogConfig,
  QUERY_LOG_ASSOCIATION,
  QUERY_LOG_CONFIG,
  queryLogAssociations,
  queryLogConfigs,
  restoreQueryLogAssociation,
  restoreQueryLogConfig,
} from './query-logs.js';
import {
  captureRule,
  captureRuleAssociation,
  deleteRule,
  restoreRule,
  restoreRuleAssociation,
  RULE,
  RULE_ASSOCIATION,
  ruleAssociations,
  rules,
} from './rules.js';

const client = clientOf(R.Route53ResolverClient);

/** Each kind before the kinds that name it: endpoints, rules, their associations, query logs, firewall lists, firewall groups. */
const capture = eachRegion(async function* (context, region) {
  const r = client(context, region);
  const network = new Network(context, region);
  for (const e of await endpoints(r)) yield ENDPOINT.record(region, e.Id!, await captureEndpoint(r, network, e));
  const ruleList = await rules(r);
  for (const x of ruleList) yield RULE.record(region, x.Id!, await captureRule(r, x));
  for (const a of await ruleAssociations(r, new Set(ruleList.map((x) => x.Id!))))
    yield RULE_ASSOCIATION.record(region, a.Id!, await captureRuleAssociation(network, a));
  const configs = await queryLogConfigs(r, context.account);
  for (const c of configs) yield QUERY_LOG_CONFIG.record(region, c.Id!, await captureQueryLogConfig(r, c));
  for (const a of await queryLogAssociations(r, new Set(configs.map((c) => c.Id!)))) {
    yield QUERY_LOG_ASSOCIATION.record(region, a.Id!, await captureQueryLogAssociation(network, a));
  }
  for (const l of await domainLists(r, context.account)) yield DOMAIN_LIST.record(region, l.Id!, await captureDomainList(r, l));
  for (const g of await ruleGroups(r, context.account)) yield RULE_GROUP.record(region, g.Id!, await captureRuleGroup(r, g));
});

/**
 * Associations need a rule or config, so the kinds that stand alone tell, asked at once. Rules
 * are read whole: AWS lists its Internet Resolver rule in every account, which is not state.
 */
const regionsWithState = regionsWhere(async (context, region) => {
  const r = client(context, region);
  const found = await Promise.all([
    r.send(new R.ListResolverEndpointsCommand({ MaxResults: 1 })).then((p) => p.ResolverEndpoints),
    rules(r),
    r.send(new R.ListResolverQueryLogConfigsCommand({ MaxResults: 1 })).then((p) => p.ResolverQueryLogConfigs),
    domainLists(r, context.account),
    ruleGroups(r, context.account),
  ]);
  return found.some((items) => (items?.length ?? 0) > 0);
});

async function clear(context: ServiceContext, region: string): Promise<void> {
  const r = client(context, region);
  for (const c of await queryLogConfigs(r, context.account)) await deleteQueryLogConfig(context, r, c);
  for (const x of await rules(r)) await deleteRule(r, x);
  for (const e of await endpoints(r)) await deleteEndpoint(r, e.Id!);
  for (const g of await ruleGroups(r, context.account)) await deleteRuleGroup(r, g.Id!);
  for (const l of await domainLists(r, context.account)) await deleteDomainList(r, l.Id!);
}

/**
 * Route 53 Resolver: endpoints (direction, addresses in their subnets, security groups), rules
 * (domain, type, target addresses, endpoint) and their VPC associations, query log configs and
 * their VPC associations, DNS Firewall domain lists and rule groups with their rules, and the
 * tags of each. The instance draws every id: a load makes each resource anew, and what names it
 * names the new one. VPCs, subnets and groups keep their ids where the instance has them, else
 * their counterparts stand in (see `Network`).
 */
export const route53resolver: ServiceModule = {
  name: 'route53resolver',
  // Endpoints and associations name VPCs, subnets and groups (the ids the ec2 module's load
  // draws anew reach these records); query log configs log to a bucket, a log group or a delivery stream.
  dependsOn: ['ec2', 's3', 'logs', 'firehose'],
  capture,
  regionsWithState,
  clear,
  // One at a time, in the pod's order: each kind comes after the kinds it names.
  restore: (context, region, records) => {
    const r = client(context, region);
    const network = new Network(context, region);
    const ids = new IdMap();
    return restoreRecords(
      context,
      records,
      1,
      on(ENDPOINT, async (e) => ids.set(e.id, await restoreEndpoint(r, network, e, ENDPOINT.label(e.id)))),
      on(RULE, async (x) => ids.set(x.id, await restoreRule(r, x, ids.of))),
      on(RULE_ASSOCIATION, (a) => restoreRuleAssociation(r, network, a, ids.of, RULE_ASSOCIATION.label(a.id))),
      on(QUERY_LOG_CONFIG, async (c) => ids.set(c.id, await restoreQueryLogConfig(r, c, context.account))),
      on(QUERY_LOG_ASSOCIATION, (a) => restoreQueryLogAssociation(r, network, a, ids.of, QUERY_LOG_ASSOCIATION.label(a.id))),
      on(DOMAIN_LIST, async (l) => ids.set(l.id, await restoreDomainList(r, l))),
      on(RULE_GROUP, async (g) => ids.set(g.id, await restoreRuleGroup(r, g, ids.of))),
    );
  },
  requests: { signingName: 'route53resolver', targetPrefix: 'Route53Resolver' },
};
