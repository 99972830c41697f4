import { type RestoreLimit, type ServiceModule } from '../engine/index.js';
/** Every service: what an unsigned request, or one to a service no module captures, may have changed. */
export declare const ALL_SERVICES = "*";
/** The service and caller a request names, and whether it may change the instance's state. */
export interface RequestEffect {
    /** A module's name, `*` when the request may change any service, or undefined when it changes none. */
    readonly service: string | undefined;
    /** The access key id it was signed with: LocalStack's account under `account-per-worker`. */
    readonly accessKey: string | undefined;
    /** The resource groups it may change (see `RequestProfile.groups`), when known. */
    readonly groups?: readonly string[];
}
/** What a request looks like before its body: enough to classify most. */
export interface RequestHead {
    readonly method: string;
    readonly url: string;
    readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}
/** The services changed, each with the resource groups changed, or all of its resources. */
export type Changes = ReadonlyMap<string, ReadonlySet<string> | 'all'>;
/**
 * What the modules say of their requests (`ServiceModule.requests`), to tell what a request
 * changed and how far a change reaches.
 */
export declare class RequestProfiles {
    /** The modules by the service name their requests are signed with; a path tells apart those that share one (`RequestProfile.pathPrefix`). */
    private readonly bySigningName;
    /** The modules of JSON-protocol services whose writes name their groups in the body, by `X-Amz-Target` prefix. */
    private readonly byTargetPrefix;
    /** Where a change to each service can reach by itself, as its module declares (`RequestProfile.deliversTo`). */
    private readonly deliversTo;
    /** The services deliveries go into: whether they hold state decides how far a change reaches. */
    readonly deliveryTargets: readonly string[];
    constructor(modules: readonly ServiceModule[]);
    /** The profiles of every module of the registry. */
    static ofEveryModule(): Promise<RequestProfiles>;
    /**
     * Whether the body must be read to tell what the request changes: a query-protocol form, or a
     * write of a JSON service whose module reads groups from it. Both are small; every other body
     * (uploads above all) streams through unread.
     */
    needsBody(head: RequestHead): boolean;
    /** The module of a JSON write whose body names the groups it changes. */
    private jsonWriter;
    /**
     * What a request may have changed. `body` is given when `needsBody` asked for it (and it was
     * small enough to read); without it, a request that needs it counts for its whole service.
     */
    effect(head: RequestHead, body?: Buffer): RequestEffect;
    /**
     * What a restore must load again after `changes`, among the services it restores: the services
     * changed, limited to the groups changed where those are known, and the services the changes
     * can reach by delivery, whole. A delivery needs a target (a queue, a function, a rule), so it
     * is followed only into services that hold state (`present`). Undefined when that reaches every
     * service; a limit with no services when nothing needs loading.
     */
    restoreLimit(changes: Changes, present: ReadonlySet<string>, restored: readonly string[]): RestoreLimit | undefined;
    /** The services deliveries from `from` can reach, following them only into services that hold state. */
    private deliveredInto;
}
/**
 * The services changed since each account's last restore. A change signed by an unknown
 * caller counts for every account.
 */
export declare class ChangeLog {
    private readonly byKey;
    private readonly everyone;
    private readonly seenOfEveryone;
    /** Every service changed during the run, by anyone: they hold state now. */
    readonly touched: Set<string>;
    record(effect: RequestEffect): void;
    /**
     * Takes the changes of one caller (an access key id, which LocalStack takes as the account),
     * or of every caller when `accessKey` is undefined, and forgets them.
     */
    take(accessKey?: string): Changes;
}
