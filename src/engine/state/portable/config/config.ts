import * as Config from '@aws-sdk/client-config-service';
import type { ServiceContext, ServiceModule } from '../../module.js';
import { eachRegion, on, regionsWhere, restoreRecords, unlessUnimplemented } from '../kit/index.js';
import { AGGREGATOR, AUTHORIZATION, captureAggregation, clearAggregation, restoreAggregator, restoreAuthorization } from './aggregation.js';
import { configClient } from './client.js';
import {
  CHANNEL,
  captureRecording,
  clearRecording,
  RECORDER,
  RECORDING,
  restoreChannel,
  restoreRecorder,
  restoreRecordingOn,
  restoreRetention,
  RETENTION,
} from './recording.js';
import { captureRules, clearRules, restoreRule, RULE } from './rules.js';

const capture = eachRegion(async function* (context, region) {
  const c = configClient(context, region);
  yield* captureRecording(c, region);
  yield* captureRules(c, region);
  yield* captureAggregation(c, region);
});

/** Side by side: a region may hold rules, aggregators or a retention setting without a recorder. */
const regionsWithState = regionsWhere(async (context, region) => {
  const c = configClient(context, region);
  const [recorders, rules, aggregators, authorizations, retention] = await Promise.all([
    c.send(new Config.DescribeConfigurationRecordersCommand({})),
    c.send(new Config.DescribeConfigRulesCommand({})),
    unlessUnimplemented(c, 'DescribeConfigurationAggregators', () => c.send(new Config.DescribeConfigurationAggregatorsCommand({ Limit: 1 }))),
    unlessUnimplemented(c, 'DescribeAggregationAuthorizations', () => c.send(new Config.DescribeAggregationAuthorizationsCommand({ Limit: 1 }))),
    unlessUnimplemented(c, 'DescribeRetentionConfigurations', () => c.send(new Config.DescribeRetentionConfigurationsCommand({}))),
  ]);
  return [
    recorders.ConfigurationRecorders,
    rules.ConfigRules,
    aggregators?.ConfigurationAggregators,
    authorizations?.AggregationAuthorizations,
    retention?.RetentionConfigurations,
  ].some((items) => (items?.length ?? 0) > 0);
});

async function clear(context: ServiceContext, region: string): Promise<void> {
  await clearRules(context, region);
  await clearAggregation(context, region);
  await clearRecording(context, region);
}

/**
 * AWS Config: configuration recorders (role, recording group and mode) and whether they
 * record, delivery channels (bucket, prefix, key, topic, snapshot frequency), the retention
 * setting, config rules (managed and custom: source, scope, input parameters, frequency, state,
 * tags), aggregators and aggregation authorizations with their tags. Evaluation results,
 * compliance and configuration history are what the recorder and rules make: not kept.
 */
export const config: ServiceModule = {
  name: 'config',
  // Recorders take roles; channels name buckets, keys and topics; custom rules name functions.
  dependsOn: ['iam', 's3', 'kms', 'sns', 'lambda'],
  capture,
  regionsWithState,
  clear,
  // In the pod's order: a recorder, its channel, then its start.
  restore: (context, region, records) => {
    const c = configClient(context, region);
    return restoreRecords(
      context,
      records,
      1,
      on(RECORDER, (r) => restoreRecorder(c, r)),
      on(CHANNEL, (d) => restoreChannel(c, d)),
      on(RECORDING, (r) => restoreRecordingOn(c, r)),
      on(RETENTION, (r) => restoreRetention(c, r)),
      on(RULE, (r) => restoreRule(c, r)),
      on(AGGREGATOR, (a) => restoreAggregator(c, a)),
      on(AUTHORIZATION, (a) => restoreAuthorization(c, a)),
    );
  },
  requests: { signingName: 'config', targetPrefix: 'StarlingDoveService' },
};
