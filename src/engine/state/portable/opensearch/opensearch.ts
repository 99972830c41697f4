import * as ES from '@aws-sdk/client-elasticsearch-service';
import * as OS from '@aws-sdk/client-opensearch';
import type { ServiceContext, ServiceModule } from '../../module.js';
import {
  clientOf,
  eachRegion,
  Network,
  on,
  pollUntil,
  regionsWhere,
  restoreRecords,
  sortBy,
  sortedTags,
  unlessMissing,
  unlessUnimplemented,
} from '../kit/index.js';
import {
  createDomainInput,
  createElasticsearchDomainInput,
  DOMAIN,
  domainOf,
  elasticsearchDomainOf,
  isElasticsearch,
  type DomainData,
} from './domains.js';

const opensearchClient = clientOf(OS.OpenSearchClient);
const elasticsearchClient = clientOf(ES.ElasticsearchServiceClient);

const DELETE_TIMEOUT_MS = 60_000;

/**
 * The domains of the region with their engine type. Both APIs list the same domains (on AWS,
 * moto and LocalStack alike), so OpenSearch's listing names each domain once.
 */
async function domains(os: OS.OpenSearchClient): Promise<OS.DomainInfo[]> {
  return sortBy((await os.send(new OS.ListDomainNamesCommand({}))).DomainNames ?? [], (d) => d.DomainName!);
}

async function tagsOf(os: OS.OpenSearchClient, arn: string) {
  return sortedTags((await os.send(new OS.ListTagsCommand({ ARN: arn }))).TagList as { Key: string; Value: string }[] | undefined, (t) => t.Key);
}

/**
 * A domain running Elasticsearch is read through the Elasticsearch API where the instance
 * serves it: moto gives such a domain's version and cluster only there.
 */
async function captureDomain(context: ServiceContext, region: string, network: Network, info: OS.DomainInfo): Promise<DomainData> {
  const os = opensearchClient(context, region);
  const es = elasticsearchClient(context, region);
  const name = info.DomainName!;
  const asElasticsearch =
    info.EngineType === 'Elasticsearch'
      ? await unlessUnimplemented(es, 'DescribeElasticsearchDomain', () => es.send(new ES.DescribeElasticsearchDomainCommand({ DomainName: name })))
      : undefined;
  const status = asElasticsearch?.DomainStatus;
  if (status) return placed(network, elasticsearchDomainOf(status, await tagsOf(os, status.ARN!)), status.VPCOptions);
  const d = (await os.send(new OS.DescribeDomainCommand({ DomainName: name }))).DomainStatus!;
  return placed(network, domainOf(name, d.EngineVersion!, d.ClusterConfig, d, await tagsOf(os, d.ARN!)), d.VPCOptions);
}

/** The domain with the placement of its VPC options, if it sits in a VPC. */
async function placed(network: Network, d: DomainData, vpc: { SubnetIds?: string[]; SecurityGroupIds?: string[] } | undefined): Promise<DomainData> {
  return vpc?.SubnetIds?.length ? { ...d, placement: await network.placementOf(vpc.SubnetIds, vpc.SecurityGroupIds) } : d;
}

const capture = eachRegion(async function* (context, region) {
  const network = new Network(context, region);
  for (const info of await domains(opensearchClient(context, region))) {
    const d = await captureDomain(context, region, network, info);
    if (d.options.AdvancedSecurityOptions?.Enabled) {
      context.warn(
        DOMAIN.label(d.name),
        'its master user is not readable: a load makes the domain with fine-grained access control and no master user',
      );
    }
    yield DOMAIN.record(region, d.name, d);
  }
});

const regionsWithState = regionsWhere(async (context, region) => (await domains(opensearchClient(context, region))).length > 0);

/** Deleting takes a while on AWS; a domain of the same name can be made only after. */
async function deleteDomain(os: OS.OpenSearchClient, name: string): Promise<void> {
  if (!(await unlessMissing(os.send(new OS.DeleteDomainCommand({ DomainName: name }))))) return;
  const describe = () => unlessMissing(os.send(new OS.DescribeDomainCommand({ DomainName: name })));
  await pollUntil(describe, (current) => current === undefined, DOMAIN.label(name), 'deleted', DELETE_TIMEOUT_MS);
}

async function clear(context: ServiceContext, region: string): Promise<void> {
  const os = opensearchClient(context, region);
  for (const d of await domains(os)) await deleteDomain(os, d.DomainName!);
}

/**
 * Made anew with every setting and its tags in one call, through the API that keeps its engine
 * (Elasticsearch's for an Elasticsearch domain, where the instance serves it). Nothing that
 * follows needs the domain active, so the restore does not wait for it: LocalStack keeps a
 * domain processing until it has downloaded and started the engine.
 */
async function restoreDomain(context: ServiceContext, region: string, network: Network, d: DomainData): Promise<void> {
  const os = opensearchClient(context, region);
  const es = elasticsearchClient(context, region);
  const vpc = d.placement && (await network.placementIds(d.placement, DOMAIN.label(d.name)));
  await deleteDomain(os, d.name);
  const made =
    isElasticsearch(d) &&
    (await unlessUnimplemented(es, 'CreateElasticsearchDomain', () =>
      es.send(new ES.CreateElasticsearchDomainCommand(createElasticsearchDomainInput(d, vpc))),
    ));
  if (!made) await os.send(new OS.CreateDomainCommand(createDomainInput(d, vpc)));
}

/**
 * OpenSearch Service domains, made through the OpenSearch or the Elasticsearch API: engine and
 * version, cluster, storage, access policy, encryption, endpoint, advanced and readable
 * fine-grained access control options, snapshots, VPC, Cognito, log publishing, tags. The
 * domains' indices and documents are not kept.
 */
export const opensearch: ServiceModule = {
  name: 'opensearch',
  // Policies and Cognito options name roles; encryption names keys; logs go to log groups; a VPC domain sits in subnets and security groups.
  dependsOn: ['iam', 'kms', 'logs', 'ec2'],
  capture,
  regionsWithState,
  clear,
  restore: (context, region, records) => {
    const network = new Network(context, region);
    return restoreRecords(
      context,
      records,
      4,
      on(DOMAIN, (d) => restoreDomain(context, region, network, d)),
    );
  },
  // Both APIs sign as `es`.
  requests: { signingName: 'es' },
};
