import * as R from '@aws-sdk/client-route53resolver';
import { type Network, type VpcRef } from '../kit/index.js';
import { type Tag } from './tags.js';
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
export type RuleAssociationData = {
    id: string;
    rule: string;
    vpc: VpcRef;
    name?: string;
};
export declare const RULE: import("../kit/records.js").RecordKind<RuleData>;
export declare const RULE_ASSOCIATION: import("../kit/records.js").RecordKind<RuleAssociationData>;
/** The account's rules; not the Internet Resolver rule that AWS gives every account (`RECURSIVE`, owned by Route 53 Resolver). */
export declare function rules(r: R.Route53ResolverClient): Promise<R.ResolverRule[]>;
export declare function ruleAssociations(r: R.Route53ResolverClient, ruleIds: ReadonlySet<string>): Promise<R.ResolverRuleAssociation[]>;
export declare function captureRule(r: R.Route53ResolverClient, x: R.ResolverRule): Promise<RuleData>;
export declare function captureRuleAssociation(network: Network, a: R.ResolverRuleAssociation): Promise<RuleAssociationData>;
/** Made anew for the endpoint this load made in place of the pod's; returns the id the instance drew. */
export declare function restoreRule(r: R.Route53ResolverClient, x: RuleData, endpointOf: (id: string) => string): Promise<string>;
export declare function restoreRuleAssociation(r: R.Route53ResolverClient, network: Network, a: RuleAssociationData, ruleOf: (id: string) => string, label: string): Promise<void>;
/** The rule without its associations: AWS deletes no rule still associated. */
export declare function deleteRule(r: R.Route53ResolverClient, x: R.ResolverRule): Promise<void>;
