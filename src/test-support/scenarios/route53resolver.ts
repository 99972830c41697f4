import * as EC2 from '@aws-sdk/client-ec2';
import * as R from '@aws-sdk/client-route53resolver';
import { expect } from 'vitest';
import type { Emulator } from '../emulators.js';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { expectNothingSaved, scenarioOf, servedAtAll } from './scenario.js';

const services = { services: 'route53resolver' };
const tags = [{ Key: 'team', Value: 'network' }];

/** The default VPC, two of its subnets and its default security group: every emulator makes them in every region. */
async function defaultNetwork(endpoint: string) {
  const ec2 = new EC2.EC2Client(sdkConfig(endpoint));
  try {
    const vpc = (await ec2.send(new EC2.DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }))).Vpcs![0]!.VpcId!;
    const subnets = (await ec2.send(new EC2.DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpc] }] }))).Subnets!;
    const groups = (await ec2.send(new EC2.DescribeSecurityGroupsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpc] }] }))).SecurityGroups!;
    const sorted = subnets.map((s) => s.SubnetId!).sort();
    return { vpc, subnets: sorted.slice(0, 2), group: groups.find((g) => g.GroupName === 'default')!.GroupId! };
  } finally {
    ec2.destroy();
  }
}

/**
 * A private DNS setup: an outbound endpoint in two subnets, a forwarding rule through it for the
 * corporate domain, associated with the default VPC, a query log config logging that VPC, and
 * (where DNS Firewall is served) a blocked-domain list and a rule group blocking it.
 */
async function seedDns(r: R.Route53ResolverClient, endpoint: string, firewall: boolean): Promise<void> {
  const net = await defaultNetwork(endpoint);
  const token = (name: string) => `${name}-${Date.now()}`;
  const created = await r.send(
    new R.CreateResolverEndpointCommand({
      CreatorRequestId: token('endpoint'),
      Name: 'to-corp',
      Direction: 'OUTBOUND',
      SecurityGroupIds: [net.group],
      IpAddresses: [{ SubnetId: net.subnets[0] }, { SubnetId: net.subnets[1] }],
      Tags: tags,
    }),
  );
  const rule = await r.send(
    new R.CreateResolverRuleCommand({
      CreatorRequestId: token('rule'),
      Name: 'corp',
      RuleType: 'FORWARD',
      DomainName: 'corp.example',
      TargetIps: [
        { Ip: '10.0.0.10', Port: 53 },
        { Ip: '10.0.0.11', Port: 5353 },
      ],
      ResolverEndpointId: created.ResolverEndpoint!.Id,
      Tags: tags,
    }),
  );
  await r.send(new R.AssociateResolverRuleCommand({ ResolverRuleId: rule.ResolverRule!.Id, VPCId: net.vpc, Name: 'corp-in-default' }));
  const logs = await r.send(
    new R.CreateResolverQueryLogConfigCommand({
      CreatorRequestId: token('logs'),
      Name: 'dns-logs',
      DestinationArn: 'arn:aws:s3:::dns-query-logs',
      Tags: tags,
    }),
  );
  await r.send(new R.AssociateResolverQueryLogConfigCommand({ ResolverQueryLogConfigId: logs.ResolverQueryLogConfig!.Id, ResourceId: net.vpc }));
  if (!firewall) return;
  const list = await r.send(new R.CreateFirewallDomainListCommand({ CreatorRequestId: token('list'), Name: 'blocked', Tags: tags }));
  const FirewallDomainListId = list.FirewallDomainList!.Id;
  await r.send(new R.UpdateFirewallDomainsCommand({ FirewallDomainListId, Operation: 'ADD', Domains: ['malware.example.', 'phish.example.'] }));
  const group = await r.send(new R.CreateFirewallRuleGroupCommand({ CreatorRequestId: token('group'), Name: 'egress', Tags: tags }));
  await r.send(
    new R.CreateFirewallRuleCommand({
      CreatorRequestId: token('block'),
      FirewallRuleGroupId: group.FirewallRuleGroup!.Id,
      FirewallDomainListId,
      Name: 'block-bad',
      Priority: 100,
      Action: 'BLOCK',
      BlockResponse: 'NXDOMAIN',
    }),
  );
}

const tagsOf = async (r: R.Route53ResolverClient, arn: string) => (await r.send(new R.ListTagsForResourceCommand({ ResourceArn: arn }))).Tags;

/** What a user reads back, every id replaced by the name of what it names. */
async function dnsState(r: R.Route53ResolverClient, firewall: boolean) {
  const endpoints = (await r.send(new R.ListResolverEndpointsCommand({}))).ResolverEndpoints ?? [];
  const rules = (await r.send(new R.ListResolverRulesCommand({}))).ResolverRules ?? [];
  const configs = (await r.send(new R.ListResolverQueryLogConfigsCommand({}))).ResolverQueryLogConfigs ?? [];
  const nameOf = (id: string | undefined) => [...endpoints, ...rules, ...configs].find((x) => x.Id === id)?.Name;
  const state = {
    endpoints: await Promise.all(
      endpoints.map(async (e) => ({
        name: e.Name,
        direction: e.Direction,
        groups: e.SecurityGroupIds,
        vpc: e.HostVPCId,
        addresses: ((await r.send(new R.ListResolverEndpointIpAddressesCommand({ ResolverEndpointId: e.Id }))).IpAddresses ?? [])
          .map((a) => [a.SubnetId, a.Ip])
          .sort(),
        tags: await tagsOf(r, e.Arn!),
      })),
    ),
    rules: await Promise.all(
      rules.map(async (x) => ({
        name: x.Name,
        domain: x.DomainName,
        type: x.RuleType,
        targets: x.TargetIps,
        endpoint: nameOf(x.ResolverEndpointId),
        tags: await tagsOf(r, x.Arn!),
      })),
    ),
    ruleAssociations: ((await r.send(new R.ListResolverRuleAssociationsCommand({}))).ResolverRuleAssociations ?? []).map((a) => ({
      name: a.Name,
      rule: nameOf(a.ResolverRuleId),
      vpc: a.VPCId,
    })),
    queryLogs: configs.map((c) => ({ name: c.Name, destination: c.DestinationArn })),
    queryLogAssociations: ((await r.send(new R.ListResolverQueryLogConfigAssociationsCommand({}))).ResolverQueryLogConfigAssociations ?? []).map(
      (a) => ({
        config: nameOf(a.ResolverQueryLogConfigId),
        vpc: a.ResourceId,
      }),
    ),
    firewall: firewall ? await firewallState(r) : undefined,
  };
  return JSON.parse(JSON.stringify(state));
}

async function firewallState(r: R.Route53ResolverClient) {
  const lists = (await r.send(new R.ListFirewallDomainListsCommand({}))).FirewallDomainLists ?? [];
  const listName = (id: string | undefined) => lists.find((l) => l.Id === id)?.Name;
  const groups = (await r.send(new R.ListFirewallRuleGroupsCommand({}))).FirewallRuleGroups ?? [];
  return {
    lists: await Promise.all(
      lists.map(async (l) => ({
        name: l.Name,
        domains: (await r.send(new R.ListFirewallDomainsCommand({ FirewallDomainListId: l.Id }))).Domains,
        tags: await tagsOf(r, l.Arn!),
      })),
    ),
    groups: await Promise.all(
      groups.map(async (g) => ({
        name: g.Name,
        tags: await tagsOf(r, g.Arn!),
        rules: ((await r.send(new R.ListFirewallRulesCommand({ FirewallRuleGroupId: g.Id }))).FirewallRules ?? []).map((x) => ({
          name: x.Name,
          priority: x.Priority,
          action: x.Action,
          blockResponse: x.BlockResponse,
          list: listName(x.FirewallDomainListId),
        })),
      })),
    ),
  };
}

async function roundTrip(endpoint: string, emulator: Emulator) {
  const r = new R.Route53ResolverClient(sdkConfig(endpoint));
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    if (!(await servedAtAll(r.send(new R.ListResolverRulesCommand({}))))) {
      // MiniStack does not serve Route 53 Resolver: the module saves nothing there, and fails nothing.
      expect(emulator).toBe('ministack');
      await expectNothingSaved(endpoint, home, services);
      return;
    }
    // moto does not serve DNS Firewall.
    const firewall = emulator === 'localstack';
    await seedDns(r, endpoint, firewall);
    const before = await dnsState(r, firewall);
    expect(before.rules[0].domain).toBe('corp.example.');
    const saved = await saveState(endpoint, home, 'dns', services);
    expect(saved.resources).toEqual({ route53resolver: firewall ? 7 : 5 });
    await emptyServices(endpoint, home, 'empty', services.services);
    const emptied = await dnsState(r, firewall);
    expect(emptied.rules).toEqual([]);
    // moto cannot delete query log configs (it serves neither DeleteResolverQueryLogConfig nor
    // DisassociateResolverQueryLogConfig): they stay, and the load takes them for the pod's.
    expect(emptied.queryLogs).toEqual(emulator === 'moto' ? before.queryLogs : []);
    await loadState(endpoint, home, 'dns', services);
    expect(await dnsState(r, firewall)).toEqual(before);
  } finally {
    r.destroy();
  }
}

export const route53resolverScenario = scenarioOf(
  'route53resolver',
  'restores resolver endpoints in their subnets, forwarding rules with their VPC associations, query log configs with theirs, and DNS Firewall lists and rule groups',
  roundTrip,
);
