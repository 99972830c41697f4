import * as R from '@aws-sdk/client-route53resolver';
import { type Tag } from './tags.js';
/**
 * DNS Firewall: domain lists, and rule groups with their rules, which name the lists. Where the
 * instance does not serve it (moto), there is none.
 */
export type DomainListData = {
    id: string;
    name?: string;
    domains?: string[];
    tags?: Tag[];
};
type FirewallRuleData = Omit<R.FirewallRule, 'FirewallRuleGroupId' | 'CreatorRequestId' | 'CreationTime' | 'ModificationTime'>;
export type RuleGroupData = {
    id: string;
    name?: string;
    rules?: FirewallRuleData[];
    tags?: Tag[];
};
export declare const DOMAIN_LIST: import("../kit/records.js").RecordKind<DomainListData>;
export declare const RULE_GROUP: import("../kit/records.js").RecordKind<RuleGroupData>;
/** The account's lists; not those AWS manages (`ManagedOwnerName` names AWS then). */
export declare function domainLists(r: R.Route53ResolverClient, account: string): Promise<R.FirewallDomainListMetadata[]>;
/** The account's groups; not those other accounts share with it. */
export declare function ruleGroups(r: R.Route53ResolverClient, account: string): Promise<R.FirewallRuleGroupMetadata[]>;
export declare function captureDomainList(r: R.Route53ResolverClient, l: R.FirewallDomainListMetadata): Promise<DomainListData>;
export declare function captureRuleGroup(r: R.Route53ResolverClient, g: R.FirewallRuleGroupMetadata): Promise<RuleGroupData>;
export declare function restoreDomainList(r: R.Route53ResolverClient, l: DomainListData): Promise<string>;
/** Made anew with its rules, which name the lists this load made in place of the pod's. */
export declare function restoreRuleGroup(r: R.Route53ResolverClient, g: RuleGroupData, listOf: (id: string) => string): Promise<string>;
/** The group without its rules: AWS deletes no group that holds some. */
export declare function deleteRuleGroup(r: R.Route53ResolverClient, id: string): Promise<void>;
export declare function deleteDomainList(r: R.Route53ResolverClient, id: string): Promise<void>;
export {};
