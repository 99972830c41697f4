import { o as __toESM } from "./rolldown-runtime.js";
import { i as s3ClientTryingOnce, r as s3Client, s as isReservedBucket, t as serverTime } from "./clock.js";
import { n as mapOrdered, t as forEachLimit } from "./concurrency.js";
import { c as isNamed, d as unlessMissing, l as isNotFound, u as isUnimplemented } from "./kit.js";
import { t as require_dist_cjs } from "./dist-cjs2.js";
import { a as sortBy, g as recordKind, h as payloadOf, i as nonEmpty, o as sortedRecord, p as restoreContainers } from "./values.js";
import { r as sleep } from "./wait.js";
import { n as sortedTags } from "./tags.js";
import { isIP } from "node:net";
import { createHash } from "node:crypto";
// src/engine/state/portable/s3/acl.ts
var import_dist_cjs = /* @__PURE__ */ __toESM(require_dist_cjs(), 1);
/**
* The ACL as read, unless it grants full control to the owner alone: every bucket's and object's
* ACL unless told otherwise.
*/
function aclOf(read) {
	const grants = read?.Grants ?? [];
	const ownerOnly = grants.length === 0 || grants.length === 1 && grants[0].Permission === "FULL_CONTROL" && grants[0].Grantee?.ID === read?.Owner?.ID;
	return read && !ownerOnly ? {
		Owner: read.Owner,
		Grants: grants
	} : void 0;
}
/** The pod's ACL on an instance whose owner is `owner`: the owner's canonical id is the instance's own, so grants to the pod's owner go to this one. */
function rebased({ Owner, Grants }, owner) {
	return {
		Owner: owner,
		Grants: Grants.map((g) => g.Grantee?.ID && g.Grantee.ID === Owner?.ID ? {
			...g,
			Grantee: {
				...g.Grantee,
				ID: owner?.ID
			}
		} : g)
	};
}
/** The request fields that grant each permission. */
const GRANT_FIELDS = {
	READ: "GrantRead",
	WRITE: "GrantWrite",
	READ_ACP: "GrantReadACP",
	WRITE_ACP: "GrantWriteACP",
	FULL_CONTROL: "GrantFullControl"
};
/**
* The pod's ACL (see `rebased`) as grant headers (`id="…"`, `uri="…"`): moto's PutObjectAcl
* ignores an access control policy in the body.
*/
function grantHeaders(acl, owner) {
	const fields = {};
	for (const { Grantee, Permission } of rebased(acl, owner).Grants ?? []) {
		const field = GRANT_FIELDS[Permission];
		const who = Grantee?.URI ? `uri="${Grantee.URI}"` : Grantee?.ID ? `id="${Grantee.ID}"` : Grantee?.EmailAddress ? `emailAddress="${Grantee.EmailAddress}"` : void 0;
		if (field && who) (fields[field] ??= []).push(who);
	}
	return Object.fromEntries(Object.entries(fields).map(([field, who]) => [field, who.join(", ")]));
}
// src/engine/state/portable/s3/settings.ts
/**
* A bucket's configurations: each read into the bucket's record when the bucket has it set, and
* written back, or removed from a bucket that has it when the pod does not. What an emulator does
* not implement is neither read nor written.
*/
/** Keeps a setting's field and value types together in the table. */
function setting(s) {
	return s;
}
/**
* What the call answers; undefined when the bucket has not set the configuration (`NoSuch…`,
* `…NotFoundError`) or the emulator does not keep it.
*/
async function unlessUnset(call) {
	try {
		return await call;
	} catch (error) {
		if (isUnimplemented(error) || isNotFound(error)) return void 0;
		throw error;
	}
}
/** A removal of what an emulator does not implement, or of what is not there, has nothing to do. */
async function ignoreUnset(call) {
	await unlessUnset(call);
}
/** The value when any of its fields is set; else undefined. */
function ifSet(value) {
	return value && Object.values(value).some((v) => v !== void 0) ? value : void 0;
}
/** A configuration S3 lists (analytics, inventory…), each by its id, written and deleted one at a time. */
function listed(field, list, put, remove) {
	const current = async (s3, Bucket) => sortBy(await unlessUnset(list(s3, Bucket)) ?? [], (c) => c.Id ?? "");
	const removeAll = async (s3, Bucket, keep) => {
		for (const config of await current(s3, Bucket)) if (!keep.some((k) => k.Id === config.Id)) await remove(s3, Bucket, config.Id);
	};
	return {
		field,
		read: async (s3, Bucket) => nonEmpty(await current(s3, Bucket)),
		write: async (s3, Bucket, wanted) => {
			await removeAll(s3, Bucket, wanted);
			for (const config of wanted) await put(s3, Bucket, config);
		},
		remove: (s3, Bucket) => removeAll(s3, Bucket, [])
	};
}
/**
* Key filter rules named `prefix` and `suffix`: S3 takes either case, LocalStack answers
* `Prefix`, and moto fails on anything but lower case.
*/
function lowerCaseFilterNames(notification) {
	const lower = (configs) => configs?.map((c) => ({
		...c,
		...c.Filter?.Key?.FilterRules ? { Filter: { Key: { FilterRules: c.Filter.Key.FilterRules.map((r) => ({
			...r,
			Name: r.Name?.toLowerCase()
		})) } } } : {}
	}));
	return {
		...notification,
		TopicConfigurations: lower(notification.TopicConfigurations),
		QueueConfigurations: lower(notification.QueueConfigurations),
		LambdaFunctionConfigurations: lower(notification.LambdaFunctionConfigurations)
	};
}
/** In their write order: versioning and object lock before the objects go in, references to others last. */
const SETTINGS = [
	setting({
		field: "tags",
		read: async (s3, Bucket) => sortedTags((await unlessUnset(s3.send(new import_dist_cjs.GetBucketTaggingCommand({ Bucket }))))?.TagSet, (t) => t.Key),
		write: (s3, Bucket, TagSet) => s3.send(new import_dist_cjs.PutBucketTaggingCommand({
			Bucket,
			Tagging: { TagSet }
		})),
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.DeleteBucketTaggingCommand({ Bucket }))
	}),
	setting({
		field: "policy",
		read: async (s3, Bucket) => (await unlessUnset(s3.send(new import_dist_cjs.GetBucketPolicyCommand({ Bucket }))))?.Policy,
		write: (s3, Bucket, Policy) => s3.send(new import_dist_cjs.PutBucketPolicyCommand({
			Bucket,
			Policy
		})),
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.DeleteBucketPolicyCommand({ Bucket }))
	}),
	setting({
		field: "cors",
		read: async (s3, Bucket) => (await unlessUnset(s3.send(new import_dist_cjs.GetBucketCorsCommand({ Bucket }))))?.CORSRules,
		write: (s3, Bucket, CORSRules) => s3.send(new import_dist_cjs.PutBucketCorsCommand({
			Bucket,
			CORSConfiguration: { CORSRules }
		})),
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.DeleteBucketCorsCommand({ Bucket }))
	}),
	setting({
		field: "versioning",
		read: async (s3, Bucket) => (await s3.send(new import_dist_cjs.GetBucketVersioningCommand({ Bucket }))).Status,
		write: (s3, Bucket, Status) => s3.send(new import_dist_cjs.PutBucketVersioningCommand({
			Bucket,
			VersioningConfiguration: { Status }
		}))
	}),
	setting({
		field: "objectLock",
		read: async (s3, Bucket) => {
			const config = (await unlessUnset(s3.send(new import_dist_cjs.GetObjectLockConfigurationCommand({ Bucket }))))?.ObjectLockConfiguration;
			const retention = config?.Rule?.DefaultRetention;
			if (!retention) return config;
			const { Mode, Days, Years } = retention;
			return {
				...config,
				Rule: { DefaultRetention: {
					Mode,
					...Days ? { Days } : {},
					...Years ? { Years } : {}
				} }
			};
		},
		write: (s3, Bucket, ObjectLockConfiguration) => s3.send(new import_dist_cjs.PutObjectLockConfigurationCommand({
			Bucket,
			ObjectLockConfiguration
		}))
	}),
	setting({
		field: "encryption",
		last: true,
		read: async (s3, Bucket) => ifSet((await unlessUnset(s3.send(new import_dist_cjs.GetBucketEncryptionCommand({ Bucket }))))?.ServerSideEncryptionConfiguration),
		write: (s3, Bucket, ServerSideEncryptionConfiguration) => s3.send(new import_dist_cjs.PutBucketEncryptionCommand({
			Bucket,
			ServerSideEncryptionConfiguration
		})),
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.DeleteBucketEncryptionCommand({ Bucket }))
	}),
	setting({
		field: "lifecycle",
		read: async (s3, Bucket) => {
			const rules = (await unlessUnset(s3.send(new import_dist_cjs.GetBucketLifecycleConfigurationCommand({ Bucket }))))?.Rules;
			return rules && rules.length > 0 ? { Rules: rules } : void 0;
		},
		write: (s3, Bucket, LifecycleConfiguration) => s3.send(new import_dist_cjs.PutBucketLifecycleConfigurationCommand({
			Bucket,
			LifecycleConfiguration
		})),
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.DeleteBucketLifecycleCommand({ Bucket }))
	}),
	setting({
		field: "publicAccessBlock",
		read: async (s3, Bucket) => ifSet((await unlessUnset(s3.send(new import_dist_cjs.GetPublicAccessBlockCommand({ Bucket }))))?.PublicAccessBlockConfiguration),
		write: (s3, Bucket, PublicAccessBlockConfiguration) => s3.send(new import_dist_cjs.PutPublicAccessBlockCommand({
			Bucket,
			PublicAccessBlockConfiguration
		})),
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.DeletePublicAccessBlockCommand({ Bucket }))
	}),
	setting({
		field: "ownershipControls",
		read: async (s3, Bucket) => (await unlessUnset(s3.send(new import_dist_cjs.GetBucketOwnershipControlsCommand({ Bucket }))))?.OwnershipControls,
		write: (s3, Bucket, OwnershipControls) => s3.send(new import_dist_cjs.PutBucketOwnershipControlsCommand({
			Bucket,
			OwnershipControls
		})),
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.DeleteBucketOwnershipControlsCommand({ Bucket }))
	}),
	setting({
		field: "acl",
		read: async (s3, Bucket) => aclOf(await unlessUnset(s3.send(new import_dist_cjs.GetBucketAclCommand({ Bucket })))),
		write: async (s3, Bucket, acl) => {
			const current = await s3.send(new import_dist_cjs.GetBucketAclCommand({ Bucket }));
			await s3.send(new import_dist_cjs.PutBucketAclCommand({
				Bucket,
				AccessControlPolicy: rebased(acl, current.Owner)
			}));
		},
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.PutBucketAclCommand({
			Bucket,
			ACL: "private"
		}))
	}),
	setting({
		field: "website",
		read: async (s3, Bucket) => {
			const { IndexDocument, ErrorDocument, RedirectAllRequestsTo, RoutingRules } = await unlessUnset(s3.send(new import_dist_cjs.GetBucketWebsiteCommand({ Bucket }))) ?? {};
			return ifSet({
				IndexDocument,
				ErrorDocument,
				RedirectAllRequestsTo,
				RoutingRules: RoutingRules?.length ? RoutingRules : void 0
			});
		},
		write: (s3, Bucket, WebsiteConfiguration) => s3.send(new import_dist_cjs.PutBucketWebsiteCommand({
			Bucket,
			WebsiteConfiguration
		})),
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.DeleteBucketWebsiteCommand({ Bucket }))
	}),
	setting({
		field: "accelerate",
		read: async (s3, Bucket) => {
			const Status = (await unlessUnset(s3.send(new import_dist_cjs.GetBucketAccelerateConfigurationCommand({ Bucket }))))?.Status;
			return Status ? { Status } : void 0;
		},
		write: (s3, Bucket, AccelerateConfiguration) => s3.send(new import_dist_cjs.PutBucketAccelerateConfigurationCommand({
			Bucket,
			AccelerateConfiguration
		}))
	}),
	setting({
		field: "requestPayment",
		read: async (s3, Bucket) => {
			const Payer = (await unlessUnset(s3.send(new import_dist_cjs.GetBucketRequestPaymentCommand({ Bucket }))))?.Payer;
			return Payer && Payer !== "BucketOwner" ? { Payer } : void 0;
		},
		write: (s3, Bucket, RequestPaymentConfiguration) => s3.send(new import_dist_cjs.PutBucketRequestPaymentCommand({
			Bucket,
			RequestPaymentConfiguration
		})),
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.PutBucketRequestPaymentCommand({
			Bucket,
			RequestPaymentConfiguration: { Payer: "BucketOwner" }
		}))
	}),
	listed("analytics", async (s3, Bucket) => (await s3.send(new import_dist_cjs.ListBucketAnalyticsConfigurationsCommand({ Bucket }))).AnalyticsConfigurationList, (s3, Bucket, AnalyticsConfiguration) => s3.send(new import_dist_cjs.PutBucketAnalyticsConfigurationCommand({
		Bucket,
		Id: AnalyticsConfiguration.Id,
		AnalyticsConfiguration
	})), (s3, Bucket, Id) => s3.send(new import_dist_cjs.DeleteBucketAnalyticsConfigurationCommand({
		Bucket,
		Id
	}))),
	listed("inventory", async (s3, Bucket) => {
		const listed = (await s3.send(new import_dist_cjs.ListBucketInventoryConfigurationsCommand({ Bucket }))).InventoryConfigurationList;
		return listed && Promise.all(listed.map(async ({ Id }) => (await s3.send(new import_dist_cjs.GetBucketInventoryConfigurationCommand({
			Bucket,
			Id
		}))).InventoryConfiguration));
	}, (s3, Bucket, InventoryConfiguration) => s3.send(new import_dist_cjs.PutBucketInventoryConfigurationCommand({
		Bucket,
		Id: InventoryConfiguration.Id,
		InventoryConfiguration
	})), (s3, Bucket, Id) => s3.send(new import_dist_cjs.DeleteBucketInventoryConfigurationCommand({
		Bucket,
		Id
	}))),
	listed("metrics", async (s3, Bucket) => (await s3.send(new import_dist_cjs.ListBucketMetricsConfigurationsCommand({ Bucket }))).MetricsConfigurationList, (s3, Bucket, MetricsConfiguration) => s3.send(new import_dist_cjs.PutBucketMetricsConfigurationCommand({
		Bucket,
		Id: MetricsConfiguration.Id,
		MetricsConfiguration
	})), (s3, Bucket, Id) => s3.send(new import_dist_cjs.DeleteBucketMetricsConfigurationCommand({
		Bucket,
		Id
	}))),
	listed("intelligentTiering", async (s3, Bucket) => (await s3.send(new import_dist_cjs.ListBucketIntelligentTieringConfigurationsCommand({ Bucket }))).IntelligentTieringConfigurationList, (s3, Bucket, IntelligentTieringConfiguration) => s3.send(new import_dist_cjs.PutBucketIntelligentTieringConfigurationCommand({
		Bucket,
		Id: IntelligentTieringConfiguration.Id,
		IntelligentTieringConfiguration
	})), (s3, Bucket, Id) => s3.send(new import_dist_cjs.DeleteBucketIntelligentTieringConfigurationCommand({
		Bucket,
		Id
	}))),
	setting({
		field: "logging",
		read: async (s3, Bucket) => {
			const LoggingEnabled = (await unlessUnset(s3.send(new import_dist_cjs.GetBucketLoggingCommand({ Bucket }))))?.LoggingEnabled;
			return LoggingEnabled ? { LoggingEnabled } : void 0;
		},
		write: (s3, Bucket, BucketLoggingStatus) => s3.send(new import_dist_cjs.PutBucketLoggingCommand({
			Bucket,
			BucketLoggingStatus
		})),
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.PutBucketLoggingCommand({
			Bucket,
			BucketLoggingStatus: {}
		})),
		last: true
	}),
	setting({
		field: "replication",
		read: async (s3, Bucket) => (await unlessUnset(s3.send(new import_dist_cjs.GetBucketReplicationCommand({ Bucket }))))?.ReplicationConfiguration,
		write: (s3, Bucket, ReplicationConfiguration) => s3.send(new import_dist_cjs.PutBucketReplicationCommand({
			Bucket,
			ReplicationConfiguration
		})),
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.DeleteBucketReplicationCommand({ Bucket })),
		last: true
	}),
	setting({
		field: "notification",
		read: async (s3, Bucket) => {
			const { TopicConfigurations, QueueConfigurations, LambdaFunctionConfigurations, EventBridgeConfiguration } = await unlessUnset(s3.send(new import_dist_cjs.GetBucketNotificationConfigurationCommand({ Bucket }))) ?? {};
			return ifSet({
				TopicConfigurations: nonEmpty(TopicConfigurations),
				QueueConfigurations: nonEmpty(QueueConfigurations),
				LambdaFunctionConfigurations: nonEmpty(LambdaFunctionConfigurations),
				EventBridgeConfiguration
			});
		},
		write: (s3, Bucket, notification) => s3.send(new import_dist_cjs.PutBucketNotificationConfigurationCommand({
			Bucket,
			NotificationConfiguration: lowerCaseFilterNames(notification),
			SkipDestinationValidation: true
		})),
		remove: (s3, Bucket) => s3.send(new import_dist_cjs.PutBucketNotificationConfigurationCommand({
			Bucket,
			NotificationConfiguration: {}
		})),
		last: true
	})
];
/** The configurations a bucket has set. */
async function readSettings(s3, Bucket) {
	const values = await Promise.all(SETTINGS.map((s) => s.read(s3, Bucket)));
	return Object.fromEntries(SETTINGS.flatMap((s, i) => values[i] === void 0 ? [] : [[s.field, values[i]]]));
}
/**
* Brings a bucket's configurations to `wanted`: written when it holds one, removed when it does
* not and the bucket existed before (a new bucket has none). `later` takes the configurations
* that wait for the rest of the load.
*/
async function writeSettings(s3, Bucket, wanted, existed, later) {
	for (const s of SETTINGS) {
		const value = wanted[s.field];
		const work = async () => {
			if (value !== void 0) await s.write(s3, Bucket, value);
			else if (existed && s.remove) await ignoreUnset(s.remove(s3, Bucket));
		};
		if (s.last) later(work);
		else await work();
	}
}
// src/engine/state/portable/s3/buckets.ts
/**
* Buckets: where each is (S3 lists every bucket from any region), the settings a bucket's record
* holds, and making buckets exist as the pod has them or go away with their objects.
*/
/** Buckets emptied and deleted at once by `clearBuckets`. */
const BUCKET_CONCURRENCY = 8;
/** Bucket records, identified by the bucket's name. */
const BUCKET = recordKind("bucket");
/** S3 answers an empty location for us-east-1 and `EU` for the oldest eu-west-1 buckets. */
function normaliseRegion(location) {
	if (!location) return "us-east-1";
	if (location === "EU") return "eu-west-1";
	return location;
}
/**
* The account's buckets, or those of them named in `only`, with their regions, by name. Every
* capture, probe and clear of buckets starts here, so localstack-pods' own bucket is left out
* here, once.
*/
async function bucketsByRegion(s3, only) {
	const names = ((await s3.send(new import_dist_cjs.ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name).filter((name) => !isReservedBucket(name) && (!only || only.has(name)));
	return Promise.all(sortBy(names, (name) => name).map(async (name) => {
		return {
			name,
			region: normaliseRegion((await s3.send(new import_dist_cjs.GetBucketLocationCommand({ Bucket: name }))).LocationConstraint)
		};
	}));
}
/** A bucket's record: its region and the configurations it has set. */
async function captureBucket(s3, name, region) {
	return {
		name,
		region,
		...await readSettings(s3, name)
	};
}
/**
* Creates the bucket unless the account has it (with object lock, which only a new bucket can
* turn on), then brings its configurations to the pod's; `later` takes those that wait for the
* rest of the load.
*/
async function restoreBucket(s3, bucket, later) {
	const { name: Bucket, region, ...settings } = bucket;
	const location = region === "us-east-1" ? {} : { CreateBucketConfiguration: { LocationConstraint: region } };
	const objectLock = bucket.objectLock?.ObjectLockEnabled === "Enabled" ? { ObjectLockEnabledForBucket: true } : {};
	const existed = await unlessMissing(s3.send(new import_dist_cjs.HeadBucketCommand({ Bucket }))) !== void 0;
	if (!existed) try {
		await s3.send(new import_dist_cjs.CreateBucketCommand({
			Bucket,
			...location,
			...objectLock
		}));
	} catch (error) {
		if (!isNamed(error, ["BucketAlreadyOwnedByYou"])) throw error;
	}
	if (settings.versioning === "Suspended") {
		settings.versioning = "Enabled";
		later(() => s3.send(new import_dist_cjs.PutBucketVersioningCommand({
			Bucket,
			VersioningConfiguration: { Status: "Suspended" }
		})));
	}
	await writeSettings(s3, Bucket, settings, existed, later);
}
/**
* Deletes every version and delete marker of a bucket's objects, a listing page at a time. Each
* round lists from the start: a listing that goes on from a marker while its keys are deleted
* can come back empty early (moto's does), leaving the bucket not empty. Once the bucket
* refuses a deletion, governance-mode retention is bypassed (only then: LocalStack refuses the
* bypass on a bucket without object lock) and legal holds are lifted; a version refused once its
* hold is lifted (compliance-mode retention) ends the clear.
*/
async function emptyBucket(s3, Bucket) {
	const lifted = /* @__PURE__ */ new Set();
	let locked = false;
	for (;;) {
		const page = await s3.send(new import_dist_cjs.ListObjectVersionsCommand({ Bucket }));
		const Objects = [...page.Versions ?? [], ...page.DeleteMarkers ?? []].map((v) => ({
			Key: v.Key,
			VersionId: v.VersionId
		}));
		if (Objects.length === 0) return;
		const bypass = locked ? { BypassGovernanceRetention: true } : {};
		const deleted = await s3.send(new import_dist_cjs.DeleteObjectsCommand({
			Bucket,
			Delete: {
				Objects,
				Quiet: true
			},
			...bypass
		}));
		if (!locked && deleted.Errors?.length) {
			locked = true;
			continue;
		}
		for (const { Key, VersionId, Message } of deleted.Errors ?? []) {
			const id = `${Key}@${VersionId}`;
			if (lifted.has(id)) throw new Error(`Bucket ${Bucket} refuses to delete version ${VersionId} of ${Key}: ${Message}`);
			await s3.send(new import_dist_cjs.PutObjectLegalHoldCommand({
				Bucket,
				Key,
				VersionId,
				LegalHold: { Status: "OFF" }
			}));
			lifted.add(id);
		}
	}
}
/** Deletes the buckets of one region, or those of them named in `only`, with their objects. */
async function clearBuckets(context, region, only) {
	const s3 = s3Client(context, region);
	const buckets = (await bucketsByRegion(s3, only)).filter((b) => b.region === region);
	await forEachLimit(buckets, BUCKET_CONCURRENCY, async (bucket) => {
		await emptyBucket(s3, bucket.name);
		await s3.send(new import_dist_cjs.DeleteBucketCommand({ Bucket: bucket.name }));
	});
}
// src/engine/state/portable/s3/listing.ts
async function* listObjects(s3, bucket) {
	for await (const page of import_dist_cjs.paginateListObjectsV2({ client: s3 }, { Bucket: bucket })) for (const o of page.Contents ?? []) yield {
		key: o.Key,
		size: o.Size ?? 0,
		etag: o.ETag,
		lastModified: o.LastModified
	};
}
const wholeSeconds = (date) => Math.floor(date.getTime() / 1e3);
/**
* An object's validator: its ETag, size and LastModified as the listing gives them. Any write
* of an object (new body, new headers or metadata through a copy) gives it a new
* LastModified; a change of tags does not, so tags are read on every save.
*/
function validatorOf(o) {
	return o.etag && o.lastModified ? `${o.etag}|${o.size}|${wholeSeconds(o.lastModified)}` : void 0;
}
/**
* Whether what a GET or HEAD read can be trusted under the listing's validator next time. The
* headers must describe the listed object (it did not change in between), and it must have
* been written at least two seconds before the instance's clock said capture began:
* LastModified has whole seconds, so an object written again within the second it was read
* could keep ETag and LastModified with other headers (git's "racily clean" files), and the
* second more covers a clock that rounds where the other truncates.
*/
function trustworthy(o, read, captureStart) {
	if (captureStart === void 0 || !o.lastModified || !read.LastModified) return false;
	return read.ETag === o.etag && (read.ContentLength === void 0 || read.ContentLength === o.size) && wholeSeconds(read.LastModified) === wholeSeconds(o.lastModified) && wholeSeconds(o.lastModified) <= Math.floor(captureStart / 1e3) - 2;
}
/**
* The history of each key of a versioned bucket, oldest entry first, key after key in the
* listing's order. S3 lists versions and delete markers apart, each newest first within a key,
* and a key's entries may run on into the next page.
*/
async function* listHistory(s3, bucket) {
	let key;
	let entries = [];
	const done = () => entries.sort((a, b) => Number(b.latest) - Number(a.latest) || time(b) - time(a)).reverse();
	let markers = {};
	for (let more = true; more;) {
		const page = await s3.send(new import_dist_cjs.ListObjectVersionsCommand({
			Bucket: bucket,
			...markers
		}));
		more = page.IsTruncated === true;
		markers = {
			KeyMarker: page.NextKeyMarker,
			VersionIdMarker: page.NextVersionIdMarker
		};
		const listed = [...(page.Versions ?? []).map((v) => ({
			...entry(v),
			etag: v.ETag,
			size: v.Size ?? 0,
			deleteMarker: false
		})), ...(page.DeleteMarkers ?? []).map((m) => ({
			...entry(m),
			size: 0,
			deleteMarker: true
		}))];
		const order = /* @__PURE__ */ new Map();
		for (const v of listed) if (!order.has(v.key)) order.set(v.key, order.size);
		listed.sort((a, b) => order.get(a.key) - order.get(b.key));
		for (const v of listed) {
			if (v.key !== key && key !== void 0) {
				yield done();
				entries = [];
			}
			key = v.key;
			entries.push(v);
		}
	}
	if (entries.length > 0) yield done();
}
function entry(v) {
	return {
		key: v.Key,
		versionId: v.VersionId,
		latest: v.IsLatest ?? false,
		lastModified: v.LastModified
	};
}
const time = (v) => v.lastModified?.getTime() ?? 0;
// src/engine/state/portable/s3/objects.ts
/**
* Objects: an object's record (headers, metadata, tags) and payload (its body), read again only
* when the listing says the object changed since the pod's latest version read it, and written
* back with one PutObject.
*/
/** Object records, identified as `bucket/key`: what a key reads as now. */
const OBJECT = recordKind("object");
/**
* The earlier versions of an object in a versioned bucket, `bucket/key@<n>` (n counts the key's
* history from 1, oldest first), and the delete markers among them (or hiding the key now):
* restored in that order before the object itself, so the key's history comes back in order.
*/
const VERSION = recordKind("object-version", "object version");
const DELETE_MARKER = recordKind("delete-marker", "delete marker");
/** Every kind of record of an object, in a bucket's restore. */
const OBJECT_KINDS = [
	OBJECT,
	VERSION,
	DELETE_MARKER
];
/**
* The content MD5 an ETag states: a single-part object's ETag is the MD5 of its content. A
* multipart ETag (`<md5 of the parts' MD5s>-<parts>`) states none.
*/
function md5OfEtag(etag) {
	return (/^"?([0-9a-fA-F]{32})"?$/.exec(etag ?? "")?.[1])?.toLowerCase();
}
/**
* A small object's headers and whole body from one GET: its body is inlined in the record
* anyway, and a HEAD first would cost a round trip per object, most objects being small.
*/
async function getSmall(s3, bucket, key, VersionId) {
	const got = await s3.send(new import_dist_cjs.GetObjectCommand({
		Bucket: bucket,
		Key: key,
		VersionId,
		ChecksumMode: "ENABLED"
	}));
	return {
		headers: got,
		body: Buffer.from(await got.Body.transformToByteArray())
	};
}
/** What changes of an object without a new LastModified: its tags and ACL. */
async function readGrants({ context, region, s3, bucket }, key, VersionId) {
	const [tagging, acl] = await Promise.all([s3.send(new import_dist_cjs.GetObjectTaggingCommand({
		Bucket: bucket,
		Key: key,
		VersionId
	})), s3ClientTryingOnce(context, region).send(new import_dist_cjs.GetObjectAclCommand({
		Bucket: bucket,
		Key: key,
		VersionId
	})).catch((error) => (error.$metadata?.httpStatusCode ?? 0) >= 500 ? void 0 : Promise.reject(error))]);
	return {
		tags: sortedTags(tagging.TagSet, (t) => t.Key),
		acl: aclOf(acl)
	};
}
const CHECKSUMS = [
	"CRC32",
	"CRC32C",
	"CRC64NVME",
	"SHA1",
	"SHA256"
];
function checksumOf(head) {
	for (const algorithm of CHECKSUMS) {
		const value = head[`Checksum${algorithm}`];
		if (value && !value.includes("-")) return {
			algorithm,
			value
		};
	}
}
/** How an object is stored, as its headers say, each left out when it is S3's default. */
function storageOf(head) {
	const lock = {
		mode: head.ObjectLockMode,
		retainUntil: head.ObjectLockRetainUntilDate?.toISOString().replace(".000Z", "Z"),
		legalHold: head.ObjectLockLegalHoldStatus === "ON" || void 0
	};
	return {
		storageClass: head.StorageClass && head.StorageClass !== "STANDARD" ? head.StorageClass : void 0,
		encryption: head.ServerSideEncryption ? {
			algorithm: head.ServerSideEncryption,
			kmsKeyId: head.SSEKMSKeyId,
			bucketKey: head.BucketKeyEnabled || void 0
		} : void 0,
		websiteRedirect: head.WebsiteRedirectLocation,
		lock: lock.mode || lock.legalHold ? lock : void 0,
		checksum: checksumOf(head)
	};
}
/** A large object's body, streamed from the instance only when the pod has no copy of it. */
function streamedBody(s3, bucket, key, size, head, VersionId) {
	const contentMd5 = md5OfEtag(head.ETag);
	return {
		size: head.ContentLength ?? size,
		...contentMd5 ? { contentMd5 } : {},
		async open() {
			return (await s3.send(new import_dist_cjs.GetObjectCommand({
				Bucket: bucket,
				Key: key,
				VersionId
			}))).Body;
		}
	};
}
/** An object (or one version of it) read from the instance: its record's data and its body. */
async function readObject(scope, listed, VersionId) {
	const { s3, bucket } = scope;
	const { key, size } = listed;
	const [fetched, grants] = await Promise.all([size <= 262144 ? getSmall(s3, bucket, key, VersionId) : s3.send(new import_dist_cjs.HeadObjectCommand({
		Bucket: bucket,
		Key: key,
		VersionId,
		ChecksumMode: "ENABLED"
	})).then((headers) => ({
		headers,
		body: void 0
	})), readGrants(scope, key, VersionId)]);
	const { headers: head, body } = fetched;
	return {
		data: {
			bucket,
			key,
			contentType: head.ContentType,
			contentEncoding: head.ContentEncoding,
			contentDisposition: head.ContentDisposition,
			contentLanguage: head.ContentLanguage,
			cacheControl: head.CacheControl,
			metadata: sortedRecord(head.Metadata),
			...grants,
			...storageOf(head)
		},
		payload: body ? payloadOf(body) : streamedBody(s3, bucket, key, size, head, VersionId),
		head
	};
}
/**
* An object's record: taken from the pod's latest version when the listing matches what that
* version read (only the tags read again), else read from the instance; its validator is kept
* only when what was read can be trusted under it next time.
*/
async function captureObject(scope, listed) {
	const { context, region, bucket } = scope;
	const { key } = listed;
	const id = `${bucket}/${key}`;
	const validator = validatorOf(listed);
	const earlier = validator && !scope.objectLock ? await context.earlier(region, OBJECT.type, id, validator) : void 0;
	if (earlier) {
		const data = {
			...earlier.data,
			...await readGrants(scope, key)
		};
		return {
			region,
			type: OBJECT.type,
			id,
			data,
			...earlier.payload ? { payload: earlier.payload } : {},
			validator
		};
	}
	const { data, payload, head } = await readObject(scope, listed);
	return OBJECT.record(region, id, data, {
		...validator && trustworthy(listed, head, scope.captureStart) ? { validator } : {},
		payload
	});
}
/**
* The records of a key's history in a versioned bucket, oldest first: its earlier versions and
* delete markers, then what it reads as now (the object, or the delete marker hiding it).
*/
async function captureHistory(scope, history) {
	const { region, bucket } = scope;
	return Promise.all(history.map(async (entry, i) => {
		const data = {
			bucket,
			key: entry.key
		};
		if (entry.deleteMarker) return DELETE_MARKER.record(region, `${bucket}/${entry.key}@${i + 1}`, data);
		if (entry.latest) return captureObject(scope, entry);
		const version = await readObject(scope, entry, entry.versionId);
		return VERSION.record(region, `${bucket}/${entry.key}@${i + 1}`, version.data, { payload: version.payload });
	}));
}
/** An object's tags in the query-string form PutObject takes. */
function tagging(tags) {
	if (!tags) return void 0;
	return new URLSearchParams(tags.map((t) => [t.Key, t.Value ?? ""])).toString();
}
/** Puts a delete marker on a key of a versioned bucket, as deleting it does. */
async function restoreDeleteMarker(s3, o) {
	await s3.send(new import_dist_cjs.DeleteObjectCommand({
		Bucket: o.bucket,
		Key: o.key
	}));
}
/**
* The body and the integrity header PutObject needs of it: the object's own checksum, or (where
* object lock asks for one and the object has none) the MD5 of the body, which is then read whole.
*/
async function bodyOf(o, payload) {
	const body = payload ? await payload.open() : void 0;
	if (o.checksum) return {
		Body: body ?? "",
		ChecksumAlgorithm: o.checksum.algorithm,
		[`Checksum${o.checksum.algorithm}`]: o.checksum.value
	};
	if (!o.lock) return { Body: body ?? "" };
	const bytes = body ? Buffer.concat(await body.toArray()) : Buffer.alloc(0);
	return {
		Body: bytes,
		ContentMD5: createHash("md5").update(bytes).digest("base64")
	};
}
/** Writes an object over any of the same key, body and all (in a versioned bucket, as its newest version). */
async function restoreObject(s3, o, payload) {
	const written = await s3.send(new import_dist_cjs.PutObjectCommand({
		Bucket: o.bucket,
		Key: o.key,
		...await bodyOf(o, payload),
		ContentLength: payload?.size ?? 0,
		ContentType: o.contentType,
		ContentEncoding: o.contentEncoding,
		ContentDisposition: o.contentDisposition,
		ContentLanguage: o.contentLanguage,
		CacheControl: o.cacheControl,
		Metadata: o.metadata,
		Tagging: tagging(o.tags),
		StorageClass: o.storageClass,
		ServerSideEncryption: o.encryption?.algorithm,
		SSEKMSKeyId: o.encryption?.kmsKeyId,
		BucketKeyEnabled: o.encryption?.bucketKey,
		WebsiteRedirectLocation: o.websiteRedirect,
		ObjectLockMode: o.lock?.mode,
		ObjectLockRetainUntilDate: o.lock?.retainUntil ? new Date(o.lock.retainUntil) : void 0,
		ObjectLockLegalHoldStatus: o.lock?.legalHold ? "ON" : void 0
	}));
	if (o.acl) {
		const VersionId = written.VersionId;
		const current = await s3.send(new import_dist_cjs.GetObjectAclCommand({
			Bucket: o.bucket,
			Key: o.key,
			VersionId
		}));
		await s3.send(new import_dist_cjs.PutObjectAclCommand({
			Bucket: o.bucket,
			Key: o.key,
			VersionId,
			...grantHeaders(o.acl, current.Owner)
		}));
	}
}
// src/engine/state/portable/s3/groups.ts
/**
* The groups of a partial load: `bucket` for a bucket with its objects, `bucket/key` for one
* object of a bucket that stays as it is (object ids are `bucket/key` too).
*/
const bucketOf = (id) => id.split("/", 1)[0];
function splitGroups(groups) {
	const buckets = new Set([...groups].filter((g) => !g.includes("/")));
	const objects = [...groups].filter((g) => g.includes("/") && !buckets.has(bucketOf(g)));
	return {
		buckets,
		objects: new Set(objects)
	};
}
/**
* Every record of the buckets named, and the records of the single objects named: those come
* without their bucket's record.
*/
function selectGroups(groups) {
	const { buckets, objects } = splitGroups(groups);
	return (record) => {
		if (buckets.has(bucketOf(record.id))) return true;
		const kind = OBJECT_KINDS.find((k) => k.is(record));
		if (!kind) return false;
		const { bucket, key } = kind.data(record);
		return objects.has(`${bucket}/${key}`);
	};
}
/** Deletes a key's every version and delete marker (in a bucket never versioned, its one object). */
async function deleteKey(s3, Bucket, Key) {
	for (;;) {
		const listed = await s3.send(new import_dist_cjs.ListObjectVersionsCommand({
			Bucket,
			Prefix: Key
		}));
		const entries = [...listed.Versions ?? [], ...listed.DeleteMarkers ?? []].filter((v) => v.Key === Key);
		if (entries.length === 0) return;
		const Objects = entries.map((v) => ({
			Key,
			VersionId: v.VersionId
		}));
		await s3.send(new import_dist_cjs.DeleteObjectsCommand({
			Bucket,
			Delete: {
				Objects,
				Quiet: true
			}
		}));
	}
}
/** Deletes the buckets of `groups` with their objects, and the single objects named in other buckets of the region. */
async function clearGroups(context, region, groups) {
	const { buckets, objects } = splitGroups(groups);
	if (buckets.size > 0) await clearBuckets(context, region, buckets);
	if (objects.size === 0) return;
	const s3 = s3Client(context, region);
	const named = new Set([...objects].map(bucketOf));
	const here = new Set((await bucketsByRegion(s3, named)).filter((b) => b.region === region).map((b) => b.name));
	await forEachLimit([...objects], 16, async (id) => {
		const bucket = bucketOf(id);
		if (here.has(bucket)) await deleteKey(s3, bucket, id.slice(bucket.length + 1));
	});
}
// src/engine/state/portable/s3/requests.ts
/**
* What an S3 write changes, by what a path-style request (`/bucket/key`) names: `bucket/key` for
* one object (a write of it, its tags, or a part of its upload), `bucket` for anything else of
* the bucket (settings, `DeleteObjects`). SDKs send path-style requests to an endpoint that is an
* IP address or `localhost`; a virtual-hosted one names the bucket in the host, and counts for
* every bucket.
*/
const s3Requests = {
	groups({ url, host }) {
		const name = host.replace(/^\[|\]$/g, "");
		if (!isIP(name) && name !== "localhost") return void 0;
		const [, bucket = "", ...key] = url.pathname.split("/");
		if (!bucket) return void 0;
		const object = key.join("/");
		return [decodeURIComponent(object ? `${bucket}/${object}` : bucket)];
	},
	deliversTo: [
		"sqs",
		"sns",
		"lambda",
		"events"
	]
};
// src/engine/state/portable/s3/s3.ts
/** Each bucket followed by its objects; buckets are listed once, whichever region they are in. */
async function* capture(context, regions) {
	const captureStart = await serverTime(context.target.endpoint);
	for (const { name, region } of await bucketsByRegion(s3Client(context, "us-east-1"))) {
		if (!regions.includes(region)) continue;
		const s3 = s3Client(context, region);
		const bucket = await captureBucket(s3, name, region);
		yield BUCKET.record(region, name, bucket);
		const scope = {
			context,
			s3,
			region,
			bucket: name,
			captureStart,
			objectLock: bucket.objectLock?.ObjectLockEnabled === "Enabled"
		};
		if (!bucket.versioning) {
			yield* mapOrdered(listObjects(s3, name), 16, (o) => captureObject(scope, o));
			continue;
		}
		let versions = 0;
		for await (const records of mapOrdered(listHistory(s3, name), 16, (history) => captureHistory(scope, history))) {
			versions += records.length;
			yield* records;
		}
		if (versions > 0) context.warn(BUCKET.label(name), "its objects come back with their versions in order, under version ids and dates the instance gives them anew");
	}
}
/**
* Writes an object's records one after another, each key's after the one before: in a versioned
* bucket they make the key's history, in order. Keys go side by side. S3 lists a key's versions
* and its delete markers apart, ordered only by LastModified, which has whole seconds: a delete
* marker after a version (or a version after a marker) is written in the next second, so the
* history reads back in its order.
*/
function inKeyOrder(write) {
	const last = /* @__PURE__ */ new Map();
	return (o, record) => {
		const key = `${o.bucket}/${o.key}`;
		const marker = DELETE_MARKER.is(record);
		const before = last.get(key);
		const pause = before && before.marker !== marker ? () => sleep(1e3) : async () => void 0;
		const done = (before?.done ?? Promise.resolve()).catch(() => void 0).then(pause).then(() => write(o, record));
		last.set(key, {
			done,
			marker
		});
		return done;
	};
}
async function regionsWithState(context) {
	return [...new Set((await bucketsByRegion(s3Client(context, "us-east-1"))).map((b) => b.region))].sort();
}
/**
* S3: buckets (region and every configuration: tags, policy, CORS, versioning, object lock,
* encryption, lifecycle, public access block, ownership, ACL, website, accelerate, request
* payment, analytics, inventory, metrics, intelligent tiering, logging, replication,
* notifications) and their objects (body, headers, metadata, tags), in a versioned bucket with
* every earlier version and delete marker in order.
*/
const s3 = {
	name: "s3",
	dependsOn: ["kms"],
	capture,
	regionsWithState,
	clear: (context, region) => clearBuckets(context, region),
	partial: {
		select: selectGroups,
		clear: clearGroups
	},
	restore: (context, region, records) => {
		const s3 = s3Client(context, region);
		const write = inKeyOrder((object, record) => DELETE_MARKER.is(record) ? restoreDeleteMarker(s3, object) : restoreObject(s3, object, record.payload));
		return restoreContainers(context, records, {
			container: BUCKET,
			content: OBJECT_KINDS,
			containerOf: (object) => object.bucket,
			restoreContainer: (bucket) => restoreBucket(s3, bucket, (work) => context.afterRestore(BUCKET.label(bucket.name), work)),
			restoreContent: (object, _bucket, record) => write(object, record),
			concurrency: 16
		});
	},
	namesSpanAccounts: true,
	requests: s3Requests
};
export { s3 };
