import * as ES from '@aws-sdk/client-elasticsearch-service';
import * as OS from '@aws-sdk/client-opensearch';
import { expect } from 'vitest';
import { isUnimplemented } from '../../engine/state/portable/kit/index.js';
import type { Emulator } from '../emulators.js';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { accountOf, scenarioOf } from './scenario.js';

const services = { services: 'opensearch' };

/**
 * A product catalog on OpenSearch with every setting a team sets, made through the OpenSearch
 * API, and an older log domain on Elasticsearch 7.10 made through the Elasticsearch API (through
 * OpenSearch's where the instance does not serve Elasticsearch's: MiniStack).
 */
async function seedDomains(os: OS.OpenSearchClient, es: ES.ElasticsearchServiceClient, account: string): Promise<void> {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:role/catalog` },
        Action: 'es:ESHttp*',
        Resource: `arn:aws:es:us-east-1:${account}:domain/catalog/*`,
      },
    ],
  };
  await os.send(
    new OS.CreateDomainCommand({
      DomainName: 'catalog',
      EngineVersion: 'OpenSearch_2.11',
      ClusterConfig: {
        InstanceType: 'r6g.large.search',
        InstanceCount: 2,
        DedicatedMasterEnabled: true,
        DedicatedMasterType: 'm6g.large.search',
        DedicatedMasterCount: 3,
      },
      EBSOptions: { EBSEnabled: true, VolumeType: 'gp3', VolumeSize: 50 },
      AccessPolicies: JSON.stringify(policy),
      SnapshotOptions: { AutomatedSnapshotStartHour: 3 },
      EncryptionAtRestOptions: { Enabled: true },
      NodeToNodeEncryptionOptions: { Enabled: true },
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
      AdvancedOptions: { 'rest.action.multi.allow_explicit_index': 'false' },
      LogPublishingOptions: {
        ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${account}:log-group:/search/catalog` },
      },
      TagList: [{ Key: 'team', Value: 'search' }],
    }),
  );
  const legacy = {
    DomainName: 'legacy-logs',
    EBSOptions: { EBSEnabled: true, VolumeType: 'gp2' as const, VolumeSize: 10 },
    TagList: [{ Key: 'team', Value: 'ops' }],
  };
  try {
    await es.send(
      new ES.CreateElasticsearchDomainCommand({
        ...legacy,
        ElasticsearchVersion: '7.10',
        ElasticsearchClusterConfig: { InstanceType: 'm5.large.elasticsearch', InstanceCount: 1 },
      }),
    );
  } catch (error) {
    if (!isUnimplemented(error)) throw error;
    await os.send(
      new OS.CreateDomainCommand({
        ...legacy,
        EngineVersion: 'Elasticsearch_7.10',
        ClusterConfig: { InstanceType: 'm5.large.search', InstanceCount: 1 },
      }),
    );
  }
}

/** What a user reads back: each domain through OpenSearch's API, and through Elasticsearch's where the instance serves it. */
async function opensearchState(os: OS.OpenSearchClient, es: ES.ElasticsearchServiceClient) {
  const domains = [];
  for (const { DomainName, EngineType } of (await os.send(new OS.ListDomainNamesCommand({}))).DomainNames ?? []) {
    // What changes as time goes on (software update dates, change progress).
    const { ServiceSoftwareOptions, ChangeProgressDetails, ...status } = (await os.send(new OS.DescribeDomainCommand({ DomainName }))).DomainStatus!;
    const tags = (await os.send(new OS.ListTagsCommand({ ARN: status.ARN }))).TagList;
    const viaEs = await es.send(new ES.DescribeElasticsearchDomainCommand({ DomainName })).catch((error: unknown) => {
      if (isUnimplemented(error)) return undefined;
      throw error;
    });
    const { ServiceSoftwareOptions: _, ...esStatus } = viaEs?.DomainStatus ?? {};
    domains.push({ EngineType, status, tags, esStatus });
  }
  const byName = (a: { status: { DomainName?: string } }, b: { status: { DomainName?: string } }) =>
    a.status.DomainName!.localeCompare(b.status.DomainName!);
  return JSON.parse(JSON.stringify(domains.sort(byName)));
}

async function roundTrip(endpoint: string, emulator: Emulator) {
  const os = new OS.OpenSearchClient(sdkConfig(endpoint));
  const es = new ES.ElasticsearchServiceClient(sdkConfig(endpoint));
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    await seedDomains(os, es, accountOf(emulator));
    const before = await opensearchState(os, es);
    // moto answers OpenSearch's DescribeDomain of a domain the Elasticsearch API made with its defaults (its version is right through Elasticsearch's).
    const legacyVersion = emulator === 'moto' ? 'OpenSearch_2.5' : 'Elasticsearch_7.10';
    expect(before.map((d: { status: { EngineVersion: string } }) => d.status.EngineVersion)).toEqual(['OpenSearch_2.11', legacyVersion]);
    const saved = await saveState(endpoint, home, 'search', services);
    expect(saved.resources).toEqual({ opensearch: 2 });
    await emptyServices(endpoint, home, 'empty', services.services);
    expect(await opensearchState(os, es)).toEqual([]);
    await loadState(endpoint, home, 'search', services);
    expect(await opensearchState(os, es)).toEqual(before);
  } finally {
    os.destroy();
    es.destroy();
  }
}

export const opensearchScenario = scenarioOf(
  'opensearch',
  'restores OpenSearch and Elasticsearch domains once each, through the API that keeps their engine, with every setting and their tags',
  roundTrip,
);
