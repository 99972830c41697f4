/**
 * A bucket's configurations: each read into the bucket's record when the bucket has it set, and
 * written back, or removed from a bucket that has it when the pod does not. What an emulator does
 * not implement is neither read nor written.
 */
import * as S3 from '@aws-sdk/client-s3';
import { isNotFound, isUnimplemented, nonEmpty, sortBy, sortedTags } from '../kit/index.js';
import { aclOf, rebased, type Acl } from './acl.js';

/** A bucket's configurations as its record holds them, each in the API's own shape. */
export type BucketSettings = {
  tags?: S3.Tag[];
  policy?: string;
  cors?: S3.CORSRule[];
  versioning?: string;
  objectLock?: S3.ObjectLockConfiguration;
  encryption?: S3.ServerSideEncryptionConfiguration;
  lifecycle?: S3.BucketLifecycleConfiguration;
  publicAccessBlock?: S3.PublicAccessBlockConfiguration;
  ownershipControls?: S3.OwnershipControls;
  acl?: Acl;
  website?: S3.WebsiteConfiguration;
  accelerate?: S3.AccelerateConfiguration;
  requestPayment?: S3.RequestPaymentConfiguration;
  logging?: S3.BucketLoggingStatus;
  replication?: S3.ReplicationConfiguration;
  notification?: S3.NotificationConfiguration;
  analytics?: S3.AnalyticsConfiguration[];
  inventory?: S3.InventoryConfiguration[];
  metrics?: S3.MetricsConfiguration[];
  intelligentTiering?: S3.IntelligentTieringConfiguration[];
};

/** One of a bucket's configurations, `field` of its record. */
type Setting<F extends keyof BucketSettings> = {
  readonly field: F;
  /** The configuration, or undefined when the bucket has none set (or only S3's default). */
  read(s3: S3.S3Client, Bucket: string): Promise<BucketSettings[F] | undefined>;
  write(s3: S3.S3Client, Bucket: string, value: NonNullable<BucketSettings[F]>): Promise<unknown>;
  /** Takes the configuration away; absent where a bucket cannot be without it (versioning). */
  remove?(s3: S3.S3Client, Bucket: string): Promise<unknown>;
  /**
   * Written once every module of the load is restored (see `ServiceContext.afterRestore`): it
   * names other buckets, or resources of other services.
   */
  readonly last?: boolean;
};

/** Keeps a setting's field and value types together in the table. */
function setting<F extends keyof BucketSettings>(s: Setting<F>): Setting<F> {
  return s;
}

/**
 * What the call answers; undefined when the bucket has not set the configuration (`NoSuch…`,
 * `…NotFoundError`) or the emulator does not keep it.
 */
async function unlessUnset<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (isUnimplemented(error) || isNotFound(error)) return undefined;
    throw error;
  }
}

/** A removal of what an emulator does not implement, or of what is not there, has nothing to do. */
async function ignoreUnset(call: Promise<unknown>): Promise<void> {
  await unlessUnset(call);
}

/** The value when any of its fields is set; else undefined. */
function ifSet<T extends object>(value: T | undefined): T | undefined {
  return value && Object.values(value).some((v) => v !== undefined) ? value : undefined;
}

type Listed = 'analytics' | 'inventory' | 'metrics' | 'intelligentTiering';
type ConfigOf<F extends Listed> = NonNullable<BucketSettings[F]>[number];

/** A configuration S3 lists (analytics, inventory…), each by its id, written and deleted one at a time. */
function listed<F extends Listed>(
  field: F,
  list: (s3: S3.S3Client, Bucket: string) => Promise<ConfigOf<F>[] | undefined>,
  put: (s3: S3.S3Client, Bucket: string, config: ConfigOf<F>) => Promise<unknown>,
  remove: (s3: S3.S3Client, Bucket: string, Id: string) => Promise<unknown>,
): Setting<F> {
  const current = async (s3: S3.S3Client, Bucket: string) => sortBy((await unlessUnset(list(s3, Bucket))) ?? [], (c) => c.Id ?? '');
  const removeAll = async (s3: S3.S3Client, Bucket: string, keep: readonly ConfigOf<F>[]) => {
    for (const config of await current(s3, Bucket)) if (!keep.some((k) => k.Id === config.Id)) await remove(s3, Bucket, config.Id!);
  };
  return {
    field,
    read: async (s3, Bucket) => nonEmpty(await current(s3, Bucket)) as BucketSettings[F],
    write: async (s3, Bucket, wanted) => {
      await removeAll(s3, Bucket, wanted);
      for (const config of wanted) await put(s3, Bucket, config);
    },
    remove: (s3, Bucket) => removeAll(s3, Bucket, []),
  };
}

/**
 * Key filter rules named `prefix` and `suffix`: S3 takes either case, LocalStack answers
 * `Prefix`, and moto fails on anything but lower case.
 */
function lowerCaseFilterNames(notification: S3.NotificationConfiguration): S3.NotificationConfiguration {
  const lower = <T extends { Filter?: S3.NotificationConfigurationFilter }>(configs: T[] | undefined) =>
    configs?.map((c) => ({
      ...c,
      ...(c.Filter?.Key?.FilterRules
        ? { Filter: { Key: { FilterRules: c.Filter.Key.FilterRules.map((r) => ({ ...r, Name: r.Name?.toLowerCase() as S3.FilterRuleName })) } } }
        : {}),
    }));
  return {
    ...notification,
    TopicConfigurations: lower(notification.TopicConfigurations),
    QueueConfigurations: lower(notification.QueueConfigurations),
    LambdaFunctionConfigurations: lower(notification.LambdaFunctionConfigurations),
  };
}

/** In their write order: versioning and object lock before the objects go in, references to others last. */
const SETTINGS = [
  setting({
    field: 'tags',
    read: async (s3, Bucket) => sortedTags((await unlessUnset(s3.send(new S3.GetBucketTaggingCommand({ Bucket }))))?.TagSet, (t) => t.Key!),
    write: (s3, Bucket, TagSet) => s3.send(new S3.PutBucketTaggingCommand({ Bucket, Tagging: { TagSet } })),
    remove: (s3, Bucket) => s3.send(new S3.DeleteBucketTaggingCommand({ Bucket })),
  }),
  setting({
    field: 'policy',
    read: async (s3, Bucket) => (await unlessUnset(s3.send(new S3.GetBucketPolicyCommand({ Bucket }))))?.Policy,
    write: (s3, Bucket, Policy) => s3.send(new S3.PutBucketPolicyCommand({ Bucket, Policy })),
    remove: (s3, Bucket) => s3.send(new S3.DeleteBucketPolicyCommand({ Bucket })),
  }),
  setting({
    field: 'cors',
    read: async (s3, Bucket) => (await unlessUnset(s3.send(new S3.GetBucketCorsCommand({ Bucket }))))?.CORSRules,
    write: (s3, Bucket, CORSRules) => s3.send(new S3.PutBucketCorsCommand({ Bucket, CORSConfiguration: { CORSRules } })),
    remove: (s3, Bucket) => s3.send(new S3.DeleteBucketCorsCommand({ Bucket })),
  }),
  setting({
    field: 'versioning',
    read: async (s3, Bucket) => (await s3.send(new S3.GetBucketVersioningCommand({ Bucket }))).Status,
    write: (s3, Bucket, Status) =>
      s3.send(new S3.PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: Status as S3.BucketVersioningStatus } })),
  }),
  setting({
    field: 'objectLock',
    read: async (s3, Bucket) => {
      const config = (await unlessUnset(s3.send(new S3.GetObjectLockConfigurationCommand({ Bucket }))))?.ObjectLockConfiguration;
      const retention = config?.Rule?.DefaultRetention;
      if (!retention) return config;
      // moto answers Years: 0 beside Days; S3 (and LocalStack) take one of the two.
      const { Mode, Days, Years } = retention;
      return { ...config, Rule: { DefaultRetention: { Mode, ...(Days ? { Days } : {}), ...(Years ? { Years } : {}) } } };
    },
    // Object lock itself is turned on when the bucket is created (see `restoreBucket`); this sets its default retention.
    write: (s3, Bucket, ObjectLockConfiguration) => s3.send(new S3.PutObjectLockConfigurationCommand({ Bucket, ObjectLockConfiguration })),
  }),
  setting({
    field: 'encryption',
    // After the objects, each restored with the encryption it reported: MiniStack reports its
    // default encryption on objects written after the bucket's is set, not before.
    last: true,
    read: async (s3, Bucket) => ifSet((await unlessUnset(s3.send(new S3.GetBucketEncryptionCommand({ Bucket }))))?.ServerSideEncryptionConfiguration),
    write: (s3, Bucket, ServerSideEncryptionConfiguration) =>
      s3.send(new S3.PutBucketEncryptionCommand({ Bucket, ServerSideEncryptionConfiguration })),
    remove: (s3, Bucket) => s3.send(new S3.DeleteBucketEncryptionCommand({ Bucket })),
  }),
  setting({
    field: 'lifecycle',
    read: async (s3, Bucket) => {
      const rules = (await unlessUnset(s3.send(new S3.GetBucketLifecycleConfigurationCommand({ Bucket }))))?.Rules;
      return rules && rules.length > 0 ? { Rules: rules } : undefined;
    },
    write: (s3, Bucket, LifecycleConfiguration) => s3.send(new S3.PutBucketLifecycleConfigurationCommand({ Bucket, LifecycleConfiguration })),
    remove: (s3, Bucket) => s3.send(new S3.DeleteBucketLifecycleCommand({ Bucket })),
  }),
  setting({
    field: 'publicAccessBlock',
    read: async (s3, Bucket) => ifSet((await unlessUnset(s3.send(new S3.GetPublicAccessBlockCommand({ Bucket }))))?.PublicAccessBlockConfiguration),
    write: (s3, Bucket, PublicAccessBlockConfiguration) => s3.send(new S3.PutPublicAccessBlockCommand({ Bucket, PublicAccessBlockConfiguration })),
    remove: (s3, Bucket) => s3.send(new S3.DeletePublicAccessBlockCommand({ Bucket })),
  }),
  setting({
    field: 'ownershipControls',
    read: async (s3, Bucket) => (await unlessUnset(s3.send(new S3.GetBucketOwnershipControlsCommand({ Bucket }))))?.OwnershipControls,
    write: (s3, Bucket, OwnershipControls) => s3.send(new S3.PutBucketOwnershipControlsCommand({ Bucket, OwnershipControls })),
    remove: (s3, Bucket) => s3.send(new S3.DeleteBucketOwnershipControlsCommand({ Bucket })),
  }),
  setting({
    field: 'acl',
    read: async (s3, Bucket) => aclOf(await unlessUnset(s3.send(new S3.GetBucketAclCommand({ Bucket })))),
    write: async (s3, Bucket, acl) => {
      const current = await s3.send(new S3.GetBucketAclCommand({ Bucket }));
      await s3.send(new S3.PutBucketAclCommand({ Bucket, AccessControlPolicy: rebased(acl, current.Owner) }));
    },
    remove: (s3, Bucket) => s3.send(new S3.PutBucketAclCommand({ Bucket, ACL: 'private' })),
  }),
  setting({
    field: 'website',
    read: async (s3, Bucket) => {
      const site = await unlessUnset(s3.send(new S3.GetBucketWebsiteCommand({ Bucket })));
      const { IndexDocument, ErrorDocument, RedirectAllRequestsTo, RoutingRules } = site ?? {};
      return ifSet({ IndexDocument, ErrorDocument, RedirectAllRequestsTo, RoutingRules: RoutingRules?.length ? RoutingRules : undefined });
    },
    write: (s3, Bucket, WebsiteConfiguration) => s3.send(new S3.PutBucketWebsiteCommand({ Bucket, WebsiteConfiguration })),
    remove: (s3, Bucket) => s3.send(new S3.DeleteBucketWebsiteCommand({ Bucket })),
  }),
  setting({
    field: 'accelerate',
    read: async (s3, Bucket) => {
      const Status = (await unlessUnset(s3.send(new S3.GetBucketAccelerateConfigurationCommand({ Bucket }))))?.Status;
      return Status ? { Status } : undefined;
    },
    write: (s3, Bucket, AccelerateConfiguration) => s3.send(new S3.PutBucketAccelerateConfigurationCommand({ Bucket, AccelerateConfiguration })),
  }),
  setting({
    field: 'requestPayment',
    read: async (s3, Bucket) => {
      const Payer = (await unlessUnset(s3.send(new S3.GetBucketRequestPaymentCommand({ Bucket }))))?.Payer;
      // The bucket owner pays unless told otherwise.
      return Payer && Payer !== 'BucketOwner' ? { Payer } : undefined;
    },
    write: (s3, Bucket, RequestPaymentConfiguration) => s3.send(new S3.PutBucketRequestPaymentCommand({ Bucket, RequestPaymentConfiguration })),
    remove: (s3, Bucket) => s3.send(new S3.PutBucketRequestPaymentCommand({ Bucket, RequestPaymentConfiguration: { Payer: 'BucketOwner' } })),
  }),
  listed(
    'analytics',
    async (s3, Bucket) => (await s3.send(new S3.ListBucketAnalyticsConfigurationsCommand({ Bucket }))).AnalyticsConfigurationList,
    (s3, Bucket, AnalyticsConfiguration) =>
      s3.send(new S3.PutBucketAnalyticsConfigurationCommand({ Bucket, Id: AnalyticsConfiguration.Id, AnalyticsConfiguration })),
    (s3, Bucket, Id) => s3.send(new S3.DeleteBucketAnalyticsConfigurationCommand({ Bucket, Id })),
  ),
  listed(
    'inventory',
    async (s3, Bucket) => {
      const listed = (await s3.send(new S3.ListBucketInventoryConfigurationsCommand({ Bucket }))).InventoryConfigurationList;
      // moto lists every optional field as "Field"; each configuration read alone is right.
      return (
        listed &&
        Promise.all(
          listed.map(async ({ Id }) => (await s3.send(new S3.GetBucketInventoryConfigurationCommand({ Bucket, Id }))).InventoryConfiguration!),
        )
      );
    },
    (s3, Bucket, InventoryConfiguration) =>
      s3.send(new S3.PutBucketInventoryConfigurationCommand({ Bucket, Id: InventoryConfiguration.Id, InventoryConfiguration })),
    (s3, Bucket, Id) => s3.send(new S3.DeleteBucketInventoryConfigurationCommand({ Bucket, Id })),
  ),
  listed(
    'metrics',
    async (s3, Bucket) => (await s3.send(new S3.ListBucketMetricsConfigurationsCommand({ Bucket }))).MetricsConfigurationList,
    (s3, Bucket, MetricsConfiguration) =>
      s3.send(new S3.PutBucketMetricsConfigurationCommand({ Bucket, Id: MetricsConfiguration.Id, MetricsConfiguration })),
    (s3, Bucket, Id) => s3.send(new S3.DeleteBucketMetricsConfigurationCommand({ Bucket, Id })),
  ),
  listed(
    'intelligentTiering',
    async (s3, Bucket) => (await s3.send(new S3.ListBucketIntelligentTieringConfigurationsCommand({ Bucket }))).IntelligentTieringConfigurationList,
    (s3, Bucket, IntelligentTieringConfiguration) =>
      s3.send(
        new S3.PutBucketIntelligentTieringConfigurationCommand({ Bucket, Id: IntelligentTieringConfiguration.Id, IntelligentTieringConfiguration }),
      ),
    (s3, Bucket, Id) => s3.send(new S3.DeleteBucketIntelligentTieringConfigurationCommand({ Bucket, Id })),
  ),
  setting({
    field: 'logging',
    read: async (s3, Bucket) => {
      const LoggingEnabled = (await unlessUnset(s3.send(new S3.GetBucketLoggingCommand({ Bucket }))))?.LoggingEnabled;
      return LoggingEnabled ? { LoggingEnabled } : undefined;
    },
    write: (s3, Bucket, BucketLoggingStatus) => s3.send(new S3.PutBucketLoggingCommand({ Bucket, BucketLoggingStatus })),
    remove: (s3, Bucket) => s3.send(new S3.PutBucketLoggingCommand({ Bucket, BucketLoggingStatus: {} })),
    last: true,
  }),
  setting({
    field: 'replication',
    read: async (s3, Bucket) => (await unlessUnset(s3.send(new S3.GetBucketReplicationCommand({ Bucket }))))?.ReplicationConfiguration,
    write: (s3, Bucket, ReplicationConfiguration) => s3.send(new S3.PutBucketReplicationCommand({ Bucket, ReplicationConfiguration })),
    remove: (s3, Bucket) => s3.send(new S3.DeleteBucketReplicationCommand({ Bucket })),
    last: true,
  }),
  setting({
    field: 'notification',
    read: async (s3, Bucket) => {
      const answer = await unlessUnset(s3.send(new S3.GetBucketNotificationConfigurationCommand({ Bucket })));
      const { TopicConfigurations, QueueConfigurations, LambdaFunctionConfigurations, EventBridgeConfiguration } = answer ?? {};
      return ifSet({
        TopicConfigurations: nonEmpty(TopicConfigurations),
        QueueConfigurations: nonEmpty(QueueConfigurations),
        LambdaFunctionConfigurations: nonEmpty(LambdaFunctionConfigurations),
        EventBridgeConfiguration,
      });
    },
    // Without the destinations' validation, which sends each an s3:TestEvent (moto sends it anyway).
    write: (s3, Bucket, notification) =>
      s3.send(
        new S3.PutBucketNotificationConfigurationCommand({
          Bucket,
          NotificationConfiguration: lowerCaseFilterNames(notification),
          SkipDestinationValidation: true,
        }),
      ),
    remove: (s3, Bucket) => s3.send(new S3.PutBucketNotificationConfigurationCommand({ Bucket, NotificationConfiguration: {} })),
    // Set once the objects are in, so restoring them fires no event, and once the queues, topics
    // and functions it names exist.
    last: true,
  }),
];

/** The configurations a bucket has set. */
export async function readSettings(s3: S3.S3Client, Bucket: string): Promise<BucketSettings> {
  const values = await Promise.all(SETTINGS.map((s) => s.read(s3, Bucket)));
  return Object.fromEntries(SETTINGS.flatMap((s, i) => (values[i] === undefined ? [] : [[s.field, values[i]]])));
}

/**
 * Brings a bucket's configurations to `wanted`: written when it holds one, removed when it does
 * not and the bucket existed before (a new bucket has none). `later` takes the configurations
 * that wait for the rest of the load.
 */
export async function writeSettings(
  s3: S3.S3Client,
  Bucket: string,
  wanted: BucketSettings,
  existed: boolean,
  later: (work: () => Promise<unknown>) => void,
): Promise<void> {
  for (const s of SETTINGS) {
    const value = wanted[s.field];
    const work = async () => {
      if (value !== undefined) await s.write(s3, Bucket, value as never);
      else if (existed && s.remove) await ignoreUnset(s.remove(s3, Bucket));
    };
    if (s.last) later(work);
    else await work();
  }
}
