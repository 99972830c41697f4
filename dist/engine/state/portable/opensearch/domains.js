import { recordKind, sortedRecord } from '../kit/index.js';
export const DOMAIN = recordKind('domain');
const ELASTICSEARCH = 'Elasticsearch_';
/** Whether the domain runs Elasticsearch, which the Elasticsearch API makes with its version kept. */
export const isElasticsearch = (d) => d.engineVersion.startsWith(ELASTICSEARCH);
/** The two APIs name the same instance types with different suffixes (`r5.large.search`, `r5.large.elasticsearch`). */
const SUFFIXES = { opensearch: '.search', es: '.elasticsearch' };
function instanceTypeIn(type, to) {
    const from = to === 'es' ? SUFFIXES.opensearch : SUFFIXES.es;
    return (type?.endsWith(from) ? type.slice(0, -from.length) + SUFFIXES[to] : type);
}
/** A cluster's settings with its instance types named as `api` names them (the two shapes differ in nothing else this reads). */
function clusterIn(config, api) {
    if (!config)
        return undefined;
    const { InstanceType, DedicatedMasterType, WarmType, ...rest } = config;
    return {
        ...rest,
        InstanceType: instanceTypeIn(InstanceType, api),
        DedicatedMasterType: instanceTypeIn(DedicatedMasterType, api),
        WarmType: instanceTypeIn(WarmType, api),
    };
}
/**
 * What can be read of fine-grained access control: the master user (name and password, or
 * role) is never given back.
 */
function securityOf(s) {
    if (!s)
        return undefined;
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
export function domainOf(name, engineVersion, cluster, status, tags) {
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
export function elasticsearchDomainOf(status, tags) {
    const { ElasticsearchVersion, ElasticsearchClusterConfig, ...shared } = status;
    return domainOf(status.DomainName, ELASTICSEARCH + ElasticsearchVersion, ElasticsearchClusterConfig, shared, tags);
}
/** OpenSearch's CreateDomain of the domain, in the subnets and groups `vpc` found for its placement. */
export function createDomainInput(d, vpc) {
    return { DomainName: d.name, EngineVersion: d.engineVersion, ...d.options, VPCOptions: vpc, TagList: d.tags };
}
/** The Elasticsearch API's CreateElasticsearchDomain of a domain running Elasticsearch. */
export function createElasticsearchDomainInput(d, vpc) {
    const { ClusterConfig, ...options } = d.options;
    return {
        DomainName: d.name,
        ElasticsearchVersion: d.engineVersion.slice(ELASTICSEARCH.length),
        ElasticsearchClusterConfig: clusterIn(ClusterConfig, 'es'),
        ...options,
        VPCOptions: vpc,
        TagList: d.tags,
    };
}
