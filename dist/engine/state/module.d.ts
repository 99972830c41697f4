import type { Readable } from 'node:stream';
import type { Descriptor } from '../pod/manifest.js';
import type { AwsClientConfig } from '../target/aws.js';
import type { Target } from '../target/target.js';
/** A payload a module hands over during capture: opened once, streamed into the pod. */
export interface CapturedPayload {
    readonly size: number;
    /**
     * The MD5 of the content (hex) as the instance reports it without sending the content, as S3
     * does in a single-part object's ETag: a payload of this MD5 and size that an earlier version
     * of the pod stored is taken from there, and `open` is not called.
     */
    readonly contentMd5?: string;
    open(): Promise<Readable>;
}
/**
 * A payload as the pod's latest version stored it (inline, or its blob), for a record taken
 * from that version (see `ServiceContext.earlier`): kept as it is.
 */
export interface EarlierPayload {
    readonly size: number;
    readonly stored: {
        readonly size: number;
        readonly inline: string;
    } | Descriptor;
}
/** A payload as a module gets it back during restore: verified content from the pod. */
export interface RestoredPayload {
    readonly size: number;
    open(): Promise<Readable>;
}
/** A resource as a module captures it. Records of one region come out in a stable order. */
export interface CapturedRecord {
    readonly region: string;
    readonly type: string;
    readonly id: string;
    readonly data: Readonly<Record<string, unknown>>;
    readonly payload?: CapturedPayload | EarlierPayload;
    /**
     * What the instance says about the resource without sending it, which changes whenever the
     * resource does (S3: an object's ETag, size and LastModified). Set only when this record was
     * read in a way that matches it; the next save passes it to `ServiceContext.earlier`.
     */
    readonly validator?: string;
}
/** A record of the pod's latest version, as `ServiceContext.earlier` hands it back. */
export interface EarlierRecord {
    readonly data: Readonly<Record<string, unknown>>;
    readonly payload?: EarlierPayload;
}
/** A resource as a module restores it. */
export interface PodRecord {
    readonly type: string;
    readonly id: string;
    readonly data: Readonly<Record<string, unknown>>;
    readonly payload?: RestoredPayload;
}
/** What a module works with: one instance, one account. */
export interface ServiceContext {
    readonly target: Target;
    readonly account: string;
    /** The SDK client configuration for `region` (endpoint, credentials of the account). */
    config(region: string): AwsClientConfig;
    /** Reports a resource the instance rejected; the load goes on and fails at the end. */
    fail(resource: string, error: unknown): void;
    /** Reports what could not be kept exactly (code an emulator does not serve, messages in flight); the work goes on. */
    warn(resource: string, message: string): void;
    /** Reports one resource captured or restored, for progress displays. */
    progress(resource: string): void;
    /**
     * During a load: runs `work` once every module of the load has restored its records, for
     * what must come last (S3's bucket notifications, which would fire on the restored objects
     * and name queues, topics and functions that other modules restore). A failure is reported
     * under `resource`. During a save, `work` never runs.
     */
    afterRestore(resource: string, work: () => Promise<unknown>): void;
    /**
     * During a load: the instance gave a restored resource the identifier `to` where the pod has
     * `from` (moto draws KMS key ids). Records of the modules restored after this one (those that
     * depend on it) name `to` wherever they named `from`. During a save, nothing happens.
     */
    renamed(from: string, to: string): void;
    /**
     * During a save: the record of the pod's latest version for `type`/`id` in `region`, when
     * the save of that version, from this instance, read it with this same `validator`; else
     * undefined, and the module reads the resource. Calls for one region come in capture order.
     */
    earlier(region: string, type: string, id: string, validator: string): Promise<EarlierRecord | undefined>;
}
/** A request to the instance that may change state, as the per-file restores of the test fronts see it. */
export interface WriteRequest {
    /** The operation (`X-Amz-Target`'s, or a form's `Action`); undefined for a REST request (S3). */
    readonly operation: string | undefined;
    /** The body of a JSON-protocol request, parsed; undefined for other requests. */
    readonly body: Readonly<Record<string, any>> | undefined;
    /** The request's path and query. */
    readonly url: URL;
    /** The Host header, without its port. */
    readonly host: string;
}
/**
 * What a module tells the per-file restores of the test fronts about the requests that change
 * its state, so they restore no more than the tests changed.
 */
export interface RequestProfile {
    /** The service in the requests' SigV4 credential scope, when it is not the module's name (`states`). */
    readonly signingName?: string;
    /**
     * REST services signed under the same name as another module's: the path their requests start
     * with (API Gateway's HTTP and WebSocket APIs, `/v2/`, beside its REST APIs).
     */
    readonly pathPrefix?: string;
    /**
     * JSON-protocol services: the `X-Amz-Target` prefix of their operations (`DynamoDB_20120810`).
     * The bodies of their writes are read for `groups`.
     */
    readonly targetPrefix?: string;
    /**
     * The resource groups (see `ServiceModule.partial`) a write changes. Undefined, or a list with
     * a group it cannot tell (undefined), when the write may change any resource of the service.
     */
    groups?(request: WriteRequest): readonly (string | undefined)[] | undefined;
    /**
     * Services a change to this one can reach by itself, through deliveries AWS makes (bucket
     * notifications, subscriptions, event source mappings); `*` when it can reach any service
     * (code that runs: functions, state machines, rule targets).
     */
    readonly deliversTo?: readonly string[];
}
/**
 * One AWS service, at the AWS API level: works on every edition of LocalStack and on moto.
 * Every module lives in `portable/<service>/` and is one line of `portable/registry.ts`.
 */
export interface ServiceModule {
    /** The service's name as users type it in `--services` (`s3`, `sqs`…). */
    readonly name: string;
    /** Services whose resources this one refers to: they are restored before it, cleared after it. */
    readonly dependsOn: readonly string[];
    /**
     * A global service (IAM) keeps its state in one region whatever `--regions` says, so a save
     * limited to other regions still captures it.
     */
    readonly global?: boolean;
    /**
     * Names are unique across the accounts of an instance, as S3's bucket names are: one resource
     * cannot be loaded into several accounts at once.
     */
    readonly namesSpanAccounts?: boolean;
    /** What the requests that change this service's state change (see `RequestProfile`). */
    readonly requests?: RequestProfile;
    /**
     * Yields every resource of the account in `regions`, each region's records in a stable order
     * (sorted by identity), so unchanged state gives identical layers. Capture never changes the
     * instance.
     */
    capture(context: ServiceContext, regions: readonly string[]): AsyncIterable<CapturedRecord>;
    /** The regions of the account that hold state of this service (see the kit's `regionsWhere`). */
    regionsWithState(context: ServiceContext): Promise<string[]>;
    /** Deletes every resource of the service in one region of the account. */
    clear(context: ServiceContext, region: string): Promise<void>;
    /**
     * Restoring part of the service, for modules whose resources fall into independent groups
     * (S3: a bucket and its objects; DynamoDB: a table, or single items). A load limited to some
     * groups clears and restores only those; modules without it are restored whole.
     */
    readonly partial?: {
        /**
         * Which records of a layer, read in order, the restore of `groups` writes. The predicate
         * may keep what it learns from earlier records (a table's key schema, for its items).
         */
        select(groups: ReadonlySet<string>): (record: PodRecord) => boolean;
        /** Deletes the resources of `groups` in one region of the account. */
        clear(context: ServiceContext, region: string, groups: ReadonlySet<string>): Promise<void>;
    };
    /**
     * Recreates `records` in one region; an existing resource with the same identity is
     * overwritten. A rejected resource goes to `context.fail`, and the rest goes on.
     */
    restore(context: ServiceContext, region: string, records: AsyncIterable<PodRecord>): Promise<void>;
}
/** `partial.select` for modules whose every record belongs to one group, named by `groupOf`. */
export declare function byGroup(groupOf: (record: PodRecord) => string): (groups: ReadonlySet<string>) => (record: PodRecord) => boolean;
/** How a resource is named in progress and failure reports (the service goes before it): its record's type and id. */
export declare function labelOf(record: {
    readonly type: string;
    readonly id: string;
}): string;
