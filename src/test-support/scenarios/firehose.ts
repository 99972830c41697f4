import * as Firehose from '@aws-sdk/client-firehose';
import { expect } from 'vitest';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { accountOf, scenarioOf } from './scenario.js';

const services = { services: 'firehose' };

/** Clickstream delivery: to S3 with a prefix, buffering, compression and tags; and to an HTTP endpoint with an S3 backup. */
async function seedStreams(f: Firehose.FirehoseClient, account: string): Promise<void> {
  const role = `arn:aws:iam::${account}:role/firehose`;
  await f.send(
    new Firehose.CreateDeliveryStreamCommand({
      DeliveryStreamName: 'clicks',
      DeliveryStreamType: 'DirectPut',
      ExtendedS3DestinationConfiguration: {
        RoleARN: role,
        BucketARN: 'arn:aws:s3:::click-archive',
        Prefix: 'clicks/',
        ErrorOutputPrefix: 'errors/',
        BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 60 },
        CompressionFormat: 'GZIP',
      },
      Tags: [{ Key: 'team', Value: 'analytics' }],
    }),
  );
  await f.send(
    new Firehose.CreateDeliveryStreamCommand({
      DeliveryStreamName: 'partner-feed',
      DeliveryStreamType: 'DirectPut',
      HttpEndpointDestinationConfiguration: {
        EndpointConfiguration: { Url: 'https://partner.example/ingest', Name: 'partner' },
        RoleARN: role,
        S3BackupMode: 'FailedDataOnly',
        S3Configuration: { RoleARN: role, BucketARN: 'arn:aws:s3:::partner-failed' },
      },
    }),
  );
}

async function firehoseState(f: Firehose.FirehoseClient) {
  const streams = [];
  for (const name of ((await f.send(new Firehose.ListDeliveryStreamsCommand({}))).DeliveryStreamNames ?? []).sort()) {
    const d = (await f.send(new Firehose.DescribeDeliveryStreamCommand({ DeliveryStreamName: name }))).DeliveryStreamDescription!;
    const { CreateTimestamp, LastUpdateTimestamp, VersionId, DeliveryStreamARN, Destinations, ...stream } = d;
    const tags = (await f.send(new Firehose.ListTagsForDeliveryStreamCommand({ DeliveryStreamName: name }))).Tags;
    // Destination ids are the instance's own.
    streams.push({ ...stream, destinations: Destinations?.map(({ DestinationId, ...rest }) => rest), tags });
  }
  return JSON.parse(JSON.stringify(streams));
}

async function roundTrip(endpoint: string, account: string) {
  const f = new Firehose.FirehoseClient(sdkConfig(endpoint));
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    await seedStreams(f, account);
    const before = await firehoseState(f);
    expect(before.map((s: { DeliveryStreamName: string }) => s.DeliveryStreamName)).toEqual(['clicks', 'partner-feed']);
    const saved = await saveState(endpoint, home, 'delivery', services);
    expect(saved.resources).toEqual({ firehose: 2 });
    await emptyServices(endpoint, home, 'empty', services.services);
    expect(await firehoseState(f)).toEqual([]);
    await loadState(endpoint, home, 'delivery', services);
    expect(await firehoseState(f)).toEqual(before);
  } finally {
    f.destroy();
  }
}

export const firehoseScenario = scenarioOf(
  'firehose',
  'restores delivery streams to S3 and to an HTTP endpoint with their settings and tags',
  (endpoint, emulator) => roundTrip(endpoint, accountOf(emulator)),
);
