import type { ServiceModule } from '../../module.js';
/**
 * OpenSearch Service domains, made through the OpenSearch or the Elasticsearch API: engine and
 * version, cluster, storage, access policy, encryption, endpoint, advanced and readable
 * fine-grained access control options, snapshots, VPC, Cognito, log publishing, tags. The
 * domains' indices and documents are not kept.
 */
export declare const opensearch: ServiceModule;
