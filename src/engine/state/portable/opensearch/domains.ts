import type * as ES from '@aws-sdk/client-elasticsearch-service';
import type * as OS from '@aws-sdk/client-opensearch';
import { type Placement, type PlacementIds, recordKind, sortedRecord } from '../kit/index.js';

type Tag = { Key: string; Value: string };

/** The settings both APIs' domain statuses share, with the same names and shapes. */
type SharedSetting =
  | 'EBSOptions'
  | 'AccessPolicies'
  | 'SnapshotOptions'
  | 'VPCOptions'
  | 'CognitoOptions'
  | 'EncryptionAtRestOptions'
  | 'NodeToNodeEncryptionOptions'
  | 'AdvancedOptions'
  | 'LogPublishingOptions'
  | 'DomainEndpointOptions'
  | 'AdvancedSecurityOptions';

/** The settings of a domain as OpenSearch's CreateDomain takes them, whichever API made it. */
export type DomainOptions = Pick<OS.CreateDomainRequest, 'ClusterConfig' | SharedSetting>;

/**
 * One domain, saved once whether the Elasticsearch or the OpenSearch API made it: its engine in
 * OpenSearch's spelling (`OpenSearch_2.11`, `Elasticsearch_7.10`), which also tells through
 * which API it is made again. A VPC domain's subnets and groups are its `placement`, kept with
 * what finds their counterparts where EC2 drew other ids (see `Network`), not in its options.
 */
export type DomainData = { name: string; engineVersion: string; options: DomainOptions; placement?: Placement; tags?: Tag[] };

export const DOMAIN = recordKind<DomainData>('domain');

const ELASTICSEARCH = 'Elasticsearch_';

/** Whether the domain runs Elasticsearch, which the Elasticsearch API makes with its version kept. */
export const isElasticsearch = (d: DomainData) => d.engineVersion.startsWith(ELASTICSEARCH);

/** The two APIs name the same instance types with different suffixes (`r5.large.search`, `r5.large.elasticsearch`). */
const SUFFIXES = { opensearch: '.search', es: '.elasticsearch' } as const;

function instanceTypeIn<T extends string | undefined>(type: T, to: keyof typeof SUFFIXES): T {
  const from = to === 'es' ? SUFFIXES.opensearch : SUFFIXES.es;
  return (type?.endsWith(from) ? type.slice(0, -from.length) + SUFFIXES[to] : type) as T;
}

/** A cluster's settings with its instance types named as `api` names them (the two shapes differ in nothing else this reads). */
function clusterIn(config: OS.ClusterConfig | undefined, api: keyof typeof SUFFIXES): OS.ClusterConfig | undefined {
  if (!config) return undefined;
  const { InstanceType, DedicatedMasterType, WarmType, ...rest } = config;
  return {
    ...rest,
    InstanceType: instanceTypeIn(InstanceType, api),
    DedicatedMasterType: instanceTypeIn(DedicatedMasterType, api),
    WarmType: instanceTypeIn(WarmType, api),
  } as OS.ClusterConfig;
}

/** The fields both APIs' domain statuses share. */
type SharedStatus = Pick<OS.DomainStatus, SharedSetting>;

/**
 * What can be read of fine-grained access control: the master user (name and password, or
 * role) is never given back.
 */
function securityOf(s: OS.AdvancedSecurityOptions | undefined): OS.AdvancedSecurityOptionsInput | undefined {
  if (!s) return undefined;
  const saml = s.SAMLOptions;
  return {
    Enabled: s.Enabled,
    InternalUserDatabaseEnabled: s.InternalUserDatabaseEnabled,
    AnonymousAuthEnabled: s.AnonymousAuthEnabled,
    SAMLOptions: saml && {
      Enabled: saml.Enabled,
      Idp: saml.Idp,
      SubjectKey: saml.SubjectKey,
      RolesKey: saml.RolesKey,
      SessionTimeoutMinutes: saml.SessionTimeoutMinutes,
    },
  };
}

/** A domain's status, from either API, as the record keeps it. */
export function domainOf(
  name: string,
  engineVersion: string,
  cluster: OS.ClusterConfig | undefined,
  status: SharedStatus,
  tags: Tag[] | undefined,
): DomainData {
  return {
    name,
    engineVersion,
    options: {
      ClusterConfig: clusterIn(cluster, 'opensearch'),
      EBSOptions: status.EBSOptions,
      AccessPolicies: status.AccessPolicies || undefined,
      SnapshotOptions: status.SnapshotOptions,
      CognitoOptions: status.CognitoOptions,
      EncryptionAtRestOptions: status.EncryptionAtRestOptions,
      NodeToNodeEncryptionOptions: status.NodeToNodeEncryptionOptions,
      AdvancedOptions: sortedRecord(status.AdvancedOptions),
      LogPublishingOptions: sortedRecord(status.LogPublishingOptions),
      DomainEndpointOptions: status.DomainEndpointOptions,
      AdvancedSecurityOptions: securityOf(status.AdvancedSecurityOptions),
    },
    tags,
  };
}

/** The status the Elasticsearch API gives, in OpenSearch's spelling. */
export function elasticsearchDomainOf(status: ES.ElasticsearchDomainStatus, tags: Tag[] | undefined): DomainData {
  const { ElasticsearchVersion, ElasticsearchClusterConfig, ...shared } = status;
  return domainOf(
    status.DomainName!,
    ELASTICSEARCH + ElasticsearchVersion,
    ElasticsearchClusterConfig as OS.ClusterConfig,
    shared as SharedStatus,
    tags,
  );
}

/** OpenSearch's CreateDomain of the domain, in the subnets and groups `vpc` found for its placement. */
export function createDomainInput(d: DomainData, vpc: PlacementIds | undefined): OS.CreateDomainRequest {
  return { DomainName: d.name, EngineVersion: d.engineVersion, ...d.options, VPCOptions: vpc, TagList: d.tags };
}

/** The Elasticsearch API's CreateElasticsearchDomain of a domain running Elasticsearch. */
export function createElasticsearchDomainInput(d: DomainData, vpc: PlacementIds | undefined): ES.CreateElasticsearchDomainRequest {
  const { ClusterConfig, ...options } = d.options;
  return {
    DomainName: d.name,
    ElasticsearchVersion: d.engineVersion.slice(ELASTICSEARCH.length),
    ElasticsearchClusterConfig: clusterIn(ClusterConfig, 'es') as ES.ElasticsearchClusterConfig | undefined,
    ...(options as Omit<ES.CreateElasticsearchDomainRequest, 'DomainName'>),
    VPCOptions: vpc,
    TagList: d.tags,
  };
}
