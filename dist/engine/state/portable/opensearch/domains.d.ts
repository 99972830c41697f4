import type * as ES from '@aws-sdk/client-elasticsearch-service';
import type * as OS from '@aws-sdk/client-opensearch';
import { type Placement, type PlacementIds } from '../kit/index.js';
type Tag = {
    Key: string;
    Value: string;
};
/** The settings both APIs' domain statuses share, with the same names and shapes. */
type SharedSetting = 'EBSOptions' | 'AccessPolicies' | 'SnapshotOptions' | 'VPCOptions' | 'CognitoOptions' | 'EncryptionAtRestOptions' | 'NodeToNodeEncryptionOptions' | 'AdvancedOptions' | 'LogPublishingOptions' | 'DomainEndpointOptions' | 'AdvancedSecurityOptions';
/** The settings of a domain as OpenSearch's CreateDomain takes them, whichever API made it. */
export type DomainOptions = Pick<OS.CreateDomainRequest, 'ClusterConfig' | SharedSetting>;
/**
 * One domain, saved once whether the Elasticsearch or the OpenSearch API made it: its engine in
 * OpenSearch's spelling (`OpenSearch_2.11`, `Elasticsearch_7.10`), which also tells through
 * which API it is made again. A VPC domain's subnets and groups are its `placement`, kept with
 * what finds their counterparts where EC2 drew other ids (see `Network`), not in its options.
 */
export type DomainData = {
    name: string;
    engineVersion: string;
    options: DomainOptions;
    placement?: Placement;
    tags?: Tag[];
};
export declare const DOMAIN: import("../kit/records.js").RecordKind<DomainData>;
/** Whether the domain runs Elasticsearch, which the Elasticsearch API makes with its version kept. */
export declare const isElasticsearch: (d: DomainData) => boolean;
/** The fields both APIs' domain statuses share. */
type SharedStatus = Pick<OS.DomainStatus, SharedSetting>;
/** A domain's status, from either API, as the record keeps it. */
export declare function domainOf(name: string, engineVersion: string, cluster: OS.ClusterConfig | undefined, status: SharedStatus, tags: Tag[] | undefined): DomainData;
/** The status the Elasticsearch API gives, in OpenSearch's spelling. */
export declare function elasticsearchDomainOf(status: ES.ElasticsearchDomainStatus, tags: Tag[] | undefined): DomainData;
/** OpenSearch's CreateDomain of the domain, in the subnets and groups `vpc` found for its placement. */
export declare function createDomainInput(d: DomainData, vpc: PlacementIds | undefined): OS.CreateDomainRequest;
/** The Elasticsearch API's CreateElasticsearchDomain of a domain running Elasticsearch. */
export declare function createElasticsearchDomainInput(d: DomainData, vpc: PlacementIds | undefined): ES.CreateElasticsearchDomainRequest;
export {};
