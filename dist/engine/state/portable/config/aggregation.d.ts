import * as Config from '@aws-sdk/client-config-service';
import type { ServiceContext } from '../../module.js';
import { type Tag } from './tags.js';
type AggregatorData = {
    name: string;
    accountSources?: Config.AccountAggregationSource[];
    organizationSource?: Config.OrganizationAggregationSource;
    filters?: Config.AggregatorFilters;
    tags?: Tag[];
};
/** Another account's (and region's) leave to aggregate this one's data. */
type AuthorizationData = {
    account: string;
    region: string;
    tags?: Tag[];
};
export declare const AGGREGATOR: import("../kit/records.js").RecordKind<AggregatorData>;
export declare const AUTHORIZATION: import("../kit/records.js").RecordKind<AuthorizationData>;
/** Aggregators; none where the instance does not serve them (MiniStack). */
export declare function aggregators(c: Config.ConfigServiceClient): Promise<Config.ConfigurationAggregator[]>;
export declare function authorizations(c: Config.ConfigServiceClient): Promise<Config.AggregationAuthorization[]>;
export declare function captureAggregation(c: Config.ConfigServiceClient, region: string): AsyncGenerator<import("../../module.js").CapturedRecord, void, unknown>;
export declare function clearAggregation(context: ServiceContext, region: string): Promise<void>;
/** Made anew, so its tags are the pod's. */
export declare function restoreAggregator(c: Config.ConfigServiceClient, a: AggregatorData): Promise<void>;
export declare function restoreAuthorization(c: Config.ConfigServiceClient, a: AuthorizationData): Promise<void>;
export {};
