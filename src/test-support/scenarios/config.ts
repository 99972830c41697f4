import * as Config from '@aws-sdk/client-config-service';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { expect } from 'vitest';
import type { Emulator } from '../emulators.js';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { accountOf, scenarioOf, servedOrNot } from './scenario.js';

// The delivery channel's bucket comes back with it.
const services = { services: 's3,config' };

/**
 * An account's compliance set-up: a recorder of buckets and roles that records, its delivery
 * channel, two managed rules (one tagged), an aggregator, an authorization for an audit account,
 * and a retention period.
 */
async function seedCompliance(c: Config.ConfigServiceClient, endpoint: string, account: string): Promise<void> {
  const s3 = new S3Client({ ...sdkConfig(endpoint), forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: 'config-history' }));
  s3.destroy();
  await c.send(
    new Config.PutConfigurationRecorderCommand({
      ConfigurationRecorder: {
        name: 'default',
        roleARN: `arn:aws:iam::${account}:role/config-recorder`,
        recordingGroup: { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: ['AWS::S3::Bucket', 'AWS::IAM::Role'] },
        recordingMode: { recordingFrequency: 'DAILY' },
      },
    }),
  );
  await c.send(
    new Config.PutDeliveryChannelCommand({
      DeliveryChannel: {
        name: 'default',
        s3BucketName: 'config-history',
        s3KeyPrefix: 'snapshots',
        snsTopicARN: `arn:aws:sns:us-east-1:${account}:config-changes`,
        configSnapshotDeliveryProperties: { deliveryFrequency: 'Six_Hours' },
      },
    }),
  );
  await c.send(new Config.StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
  await c.send(
    new Config.PutConfigRuleCommand({
      ConfigRule: {
        ConfigRuleName: 'bucket-versioning',
        Description: 'buckets keep their versions',
        Source: { Owner: 'AWS', SourceIdentifier: 'S3_BUCKET_VERSIONING_ENABLED' },
        Scope: { ComplianceResourceTypes: ['AWS::S3::Bucket'] },
        InputParameters: JSON.stringify({ isMfaDeleteEnabled: 'false' }),
        MaximumExecutionFrequency: 'TwentyFour_Hours',
      },
      Tags: [{ Key: 'team', Value: 'security' }],
    }),
  );
  await c.send(
    new Config.PutConfigRuleCommand({
      ConfigRule: {
        ConfigRuleName: 'owner-tag',
        Source: { Owner: 'AWS', SourceIdentifier: 'REQUIRED_TAGS' },
        Scope: { TagKey: 'env', TagValue: 'prod' },
        InputParameters: JSON.stringify({ tag1Key: 'owner' }),
      },
    }),
  );
  await servedOrNot(
    c.send(
      new Config.PutConfigurationAggregatorCommand({
        ConfigurationAggregatorName: 'all-regions',
        AccountAggregationSources: [{ AccountIds: [account], AllAwsRegions: true }],
        Tags: [{ Key: 'team', Value: 'security' }],
      }),
    ),
  );
  await servedOrNot(c.send(new Config.PutAggregationAuthorizationCommand({ AuthorizedAccountId: '111122223333', AuthorizedAwsRegion: 'us-west-2' })));
  await servedOrNot(c.send(new Config.PutRetentionConfigurationCommand({ RetentionPeriodInDays: 400 })));
}

/** What a user reads back of it, without the ids and dates AWS draws. */
async function complianceState(c: Config.ConfigServiceClient) {
  const recorders = (await c.send(new Config.DescribeConfigurationRecordersCommand({}))).ConfigurationRecorders;
  const recording = ((await c.send(new Config.DescribeConfigurationRecorderStatusCommand({}))).ConfigurationRecordersStatus ?? []).map((s) => [
    s.name,
    s.recording,
  ]);
  const channels = (await c.send(new Config.DescribeDeliveryChannelsCommand({}))).DeliveryChannels;
  const rules = [];
  for (const { ConfigRuleArn, ConfigRuleId, ...rule } of (await c.send(new Config.DescribeConfigRulesCommand({}))).ConfigRules ?? []) {
    rules.push({ ...rule, tags: (await servedOrNot(c.send(new Config.ListTagsForResourceCommand({ ResourceArn: ConfigRuleArn }))))?.Tags });
  }
  const aggregators = [];
  const described = await servedOrNot(c.send(new Config.DescribeConfigurationAggregatorsCommand({})));
  for (const { ConfigurationAggregatorArn, CreationTime, LastUpdatedTime, ...aggregator } of described?.ConfigurationAggregators ?? []) {
    aggregators.push({
      ...aggregator,
      tags: (await c.send(new Config.ListTagsForResourceCommand({ ResourceArn: ConfigurationAggregatorArn }))).Tags,
    });
  }
  const authorizations = ((await servedOrNot(c.send(new Config.DescribeAggregationAuthorizationsCommand({}))))?.AggregationAuthorizations ?? []).map(
    (a) => `${a.AuthorizedAccountId}/${a.AuthorizedAwsRegion}`,
  );
  const retention = (await servedOrNot(c.send(new Config.DescribeRetentionConfigurationsCommand({}))))?.RetentionConfigurations;
  return JSON.parse(JSON.stringify({ recorders, recording, channels, rules, aggregators, authorizations, retention }));
}

async function roundTrip(endpoint: string, emulator: Emulator) {
  const c = new Config.ConfigServiceClient(sdkConfig(endpoint));
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    await seedCompliance(c, endpoint, accountOf(emulator));
    const before = await complianceState(c);
    expect(before.recording).toEqual([['default', true]]);
    expect(before.rules).toHaveLength(2);
    // MiniStack serves no aggregation, retention setting or tags; moto (behind LocalStack too) keeps no recording mode.
    const full = emulator !== 'ministack';
    expect(before.aggregators).toHaveLength(full ? 1 : 0);
    expect(before.recorders[0].recordingMode).toEqual(full ? undefined : { recordingFrequency: 'DAILY' });
    const saved = await saveState(endpoint, home, 'compliance', services);
    // A recorder, its channel and its recording, two rules; an aggregator, an authorization and the retention setting where served.
    expect(saved.resources?.config).toBe(full ? 8 : 5);
    await emptyServices(endpoint, home, 'empty', services.services);
    const emptied = await complianceState(c);
    expect(emptied.rules).toEqual([]);
    // MiniStack deletes no recorder: it stays, stopped, until the load writes over it.
    expect(emptied.recorders).toEqual(full ? [] : before.recorders);
    expect(emptied.recording).toEqual(full ? [] : [['default', false]]);
    await loadState(endpoint, home, 'compliance', services);
    expect(await complianceState(c)).toEqual(before);
  } finally {
    c.destroy();
  }
}

export const configScenario = scenarioOf(
  'config',
  'restores recorders that record, delivery channels, rules with their tags, aggregators and the retention setting',
  roundTrip,
);
