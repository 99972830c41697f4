import * as Firehose from '@aws-sdk/client-firehose';
import type { ServiceContext, ServiceModule } from '../../module.js';
import {
  clientOf,
  collect,
  eachRegion,
  on,
  pagesOf,
  pollUntil,
  recordKind,
  regionsWhere,
  restoreRecords,
  sortBy,
  unlessMissing,
} from '../kit/index.js';

const client = clientOf(Firehose.FirehoseClient);

const DELETE_TIMEOUT_MS = 60_000;

type Tag = { Key: string; Value?: string };

/**
 * A delivery stream as CreateDeliveryStream takes it: its source, and its destination as the
 * configuration the description mirrors. S3 (extended) and HTTP endpoint destinations are
 * kept; a stream to another destination is saved with a warning and not restored.
 */
type StreamData = {
  name: string;
  type: string;
  kinesisSource?: { KinesisStreamARN?: string; RoleARN?: string };
  encryption?: { KeyType?: string; KeyARN?: string };
  s3?: Firehose.ExtendedS3DestinationConfiguration;
  http?: Firehose.HttpEndpointDestinationConfiguration;
  tags?: Tag[];
};

const STREAM = recordKind<StreamData>('delivery-stream');

async function streamNames(f: Firehose.FirehoseClient): Promise<string[]> {
  const pages = pagesOf(
    (start) => f.send(new Firehose.ListDeliveryStreamsCommand({ ExclusiveStartDeliveryStreamName: start, Limit: 100 })),
    (p) => (p.HasMoreDeliveryStreams ? p.DeliveryStreamNames?.at(-1) : undefined),
  );
  return sortBy(await collect(pages, (p) => p.DeliveryStreamNames), (n) => n);
}

/** A backup or plain S3 destination's description as the configuration it mirrors. */
function s3Configuration(d: Firehose.S3DestinationDescription): Firehose.S3DestinationConfiguration {
  const { RoleARN, BucketARN, Prefix, ErrorOutputPrefix, BufferingHints, CompressionFormat, EncryptionConfiguration, CloudWatchLoggingOptions } = d;
  return { RoleARN, BucketARN, Prefix, ErrorOutputPrefix, BufferingHints, CompressionFormat, EncryptionConfiguration, CloudWatchLoggingOptions };
}

function extendedS3Configuration(d: Firehose.ExtendedS3DestinationDescription): Firehose.ExtendedS3DestinationConfiguration {
  const { S3BackupDescription, ...rest } = d;
  return { ...rest, ...(S3BackupDescription ? { S3BackupConfiguration: s3Configuration(S3BackupDescription) } : {}) };
}

function httpConfiguration(d: Firehose.HttpEndpointDestinationDescription): Firehose.HttpEndpointDestinationConfiguration {
  const { EndpointConfiguration, S3DestinationDescription, ...rest } = d;
  return {
    ...rest,
    EndpointConfiguration: { Url: EndpointConfiguration?.Url, Name: EndpointConfiguration?.Name },
    // Required by AWS; an emulator may describe the stream without it.
    S3Configuration: S3DestinationDescription && s3Configuration(S3DestinationDescription),
  };
}

async function captureStream(context: ServiceContext, f: Firehose.FirehoseClient, name: string): Promise<StreamData> {
  const d = (await f.send(new Firehose.DescribeDeliveryStreamCommand({ DeliveryStreamName: name }))).DeliveryStreamDescription!;
  const destination = d.Destinations?.[0];
  const tags = (await f.send(new Firehose.ListTagsForDeliveryStreamCommand({ DeliveryStreamName: name }))).Tags as Tag[] | undefined;
  const encryption = d.DeliveryStreamEncryptionConfiguration?.Status === 'ENABLED' ? d.DeliveryStreamEncryptionConfiguration : undefined;
  const s3 = destination?.ExtendedS3DestinationDescription ?? destination?.S3DestinationDescription;
  const data: StreamData = {
    name,
    type: d.DeliveryStreamType!,
    kinesisSource: d.Source?.KinesisStreamSourceDescription && {
      KinesisStreamARN: d.Source.KinesisStreamSourceDescription.KinesisStreamARN,
      RoleARN: d.Source.KinesisStreamSourceDescription.RoleARN,
    },
    encryption: encryption && { KeyType: encryption.KeyType, KeyARN: encryption.KeyARN },
    s3: s3 && extendedS3Configuration(s3),
    http: destination?.HttpEndpointDestinationDescription && !s3 ? httpConfiguration(destination.HttpEndpointDestinationDescription) : undefined,
    tags: tags && tags.length > 0 ? sortBy(tags, (t) => t.Key) : undefined,
  };
  if (!data.s3 && !data.http)
    context.warn(STREAM.label(name), 'its destination is neither S3 nor an HTTP endpoint: it is saved, and a load reports it');
  return data;
}

const capture = eachRegion(async function* (context, region) {
  const f = client(context, region);
  for (const name of await streamNames(f)) yield STREAM.record(region, name, await captureStream(context, f, name));
});

const regionsWithState = regionsWhere(async (context, region) => {
  const listed = await client(context, region).send(new Firehose.ListDeliveryStreamsCommand({ Limit: 1 }));
  return (listed.DeliveryStreamNames?.length ?? 0) > 0;
});

/** Deleting takes a while on AWS (and on LocalStack); a stream of the same name can be made only after. */
async function deleteStream(f: Firehose.FirehoseClient, name: string): Promise<void> {
  if (!(await unlessMissing(f.send(new Firehose.DeleteDeliveryStreamCommand({ DeliveryStreamName: name, AllowForceDelete: true }))))) return;
  const describe = () => unlessMissing(f.send(new Firehose.DescribeDeliveryStreamCommand({ DeliveryStreamName: name })));
  await pollUntil(describe, (current) => current === undefined, STREAM.label(name), 'deleted', DELETE_TIMEOUT_MS);
}

async function clear(context: ServiceContext, region: string): Promise<void> {
  const f = client(context, region);
  for (const name of await streamNames(f)) await deleteStream(f, name);
}

async function restoreStream(f: Firehose.FirehoseClient, s: StreamData): Promise<void> {
  if (!s.s3 && !s.http) throw new Error('its destination is neither S3 nor an HTTP endpoint, which this module restores');
  await deleteStream(f, s.name);
  await f.send(
    new Firehose.CreateDeliveryStreamCommand({
      DeliveryStreamName: s.name,
      DeliveryStreamType: s.type as Firehose.DeliveryStreamType,
      KinesisStreamSourceConfiguration: s.kinesisSource as Firehose.KinesisStreamSourceConfiguration | undefined,
      DeliveryStreamEncryptionConfigurationInput: s.encryption as Firehose.DeliveryStreamEncryptionConfigurationInput | undefined,
      ExtendedS3DestinationConfiguration: s.s3,
      HttpEndpointDestinationConfiguration: s.http,
      Tags: s.tags,
    }),
  );
}

/**
 * Kinesis Data Firehose: delivery streams (direct or from a Kinesis stream, with encryption and
 * tags) to S3, extended S3 (processing, format conversion, dynamic partitioning, backup) or an
 * HTTP endpoint. Records in flight are not kept: Firehose has no API that reads them.
 */
export const firehose: ServiceModule = {
  name: 'firehose',
  // Streams read Kinesis streams and write to buckets, under roles, through functions.
  dependsOn: ['iam', 's3', 'kinesis', 'lambda', 'kms', 'logs'],
  capture,
  regionsWithState,
  clear,
  restore: (context, region, records) => {
    const f = client(context, region);
    return restoreRecords(
      context,
      records,
      4,
      on(STREAM, (s) => restoreStream(f, s)),
    );
  },
  requests: { signingName: 'firehose', targetPrefix: 'Firehose_20150804' },
};
