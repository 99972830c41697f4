import * as R from '@aws-sdk/client-route53resolver';
import type { ServiceContext } from '../../module.js';
import { type Network, type VpcRef } from '../kit/index.js';
import { type Tag } from './tags.js';
export type QueryLogConfigData = {
    id: string;
    name: string;
    destination: string;
    tags?: Tag[];
};
export type QueryLogAssociationData = {
    id: string;
    config: string;
    vpc: VpcRef;
};
export declare const QUERY_LOG_CONFIG: import("../kit/records.js").RecordKind<QueryLogConfigData>;
export declare const QUERY_LOG_ASSOCIATION: import("../kit/records.js").RecordKind<QueryLogAssociationData>;
/** The account's configs; not those other accounts share with it. */
export declare function queryLogConfigs(r: R.Route53ResolverClient, account: string): Promise<R.ResolverQueryLogConfig[]>;
export declare function queryLogAssociations(r: R.Route53ResolverClient, configIds: ReadonlySet<string>): Promise<R.ResolverQueryLogConfigAssociation[]>;
export declare function captureQueryLogConfig(r: R.Route53ResolverClient, c: R.ResolverQueryLogConfig): Promise<QueryLogConfigData>;
export declare function captureQueryLogAssociation(network: Network, a: R.ResolverQueryLogConfigAssociation): Promise<QueryLogAssociationData>;
/**
 * Made anew, unless the instance has a config of its name and destination: moto cannot delete
 * one, so a clear leaves it, and the load takes it rather than make a twin. Returns its id.
 */
export declare function restoreQueryLogConfig(r: R.Route53ResolverClient, c: QueryLogConfigData, account: string): Promise<string>;
/** Made unless the config logs the VPC already (a config a clear could not delete keeps its associations). */
export declare function restoreQueryLogAssociation(r: R.Route53ResolverClient, network: Network, a: QueryLogAssociationData, configOf: (id: string) => string, label: string): Promise<void>;
/**
 * The config without its associations (AWS deletes no config still in use); where the instance
 * cannot delete them (moto serves neither call), it says so and they stay.
 */
export declare function deleteQueryLogConfig(context: ServiceContext, r: R.Route53ResolverClient, c: R.ResolverQueryLogConfig): Promise<void>;
