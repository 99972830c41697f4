/**
 * Every error the engine throws on purpose is a PodsError with a fixed `code`, so fronts can
 * decide what to do (exit code, annotation, retry) without reading message text.
 */
export type ErrorCode = 'USAGE' | 'NOT_FOUND' | 'DIGEST_MISMATCH' | 'CORRUPT_POD' | 'UNSAFE_PATH' | 'UNREACHABLE' | 'REAL_AWS_REFUSED' | 'NEWER_FORMAT' | 'DECLINED' | 'RESTORE_INCOMPLETE' | 'TIMEOUT' | 'STORE' | 'KEY_NEEDED';
export declare class PodsError extends Error {
    readonly code: ErrorCode;
    constructor(code: ErrorCode, message: string, options?: {
        cause?: unknown;
    });
}
/** Bad input from the user: an invalid name, option or argument. Fronts exit with 2. */
export declare class UsageError extends PodsError {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** An encrypted version, and no key (or the wrong one) to open it: nothing was read or changed. */
export declare class NeedsKeyError extends PodsError {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** A pod, version, remote or blob that does not exist where it was looked for. */
export declare class NotFoundError extends PodsError {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** Content whose sha256 or size differs from the descriptor that names it. */
export declare class DigestMismatchError extends PodsError {
    constructor(message: string);
}
/** A pod file or store that cannot be read as a pod: truncated, not a zip, bad JSON. */
export declare class CorruptPodError extends PodsError {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** A name or archive entry that would escape its directory (`..`, absolute paths). */
export declare class UnsafePathError extends PodsError {
    constructor(message: string);
}
/** The instance did not answer, or did not become ready in time. */
export declare class UnreachableError extends PodsError {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** A load aimed at real AWS without an explicit opt-in. */
export declare class RealAwsRefusedError extends PodsError {
    constructor(message: string);
}
/** A pod written in a pod format newer than this engine reads. */
export declare class NewerFormatError extends PodsError {
    constructor(message: string);
}
/** Work a front asked the user to confirm, and the user did not: nothing was changed. */
export declare class DeclinedError extends PodsError {
    constructor(message: string);
}
/** A store operation that failed for a reason other than a missing item. */
export declare class StoreError extends PodsError {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** A resource a load could not restore, or a save could not keep exactly, and why. */
export interface ResourceFailure {
    service: string;
    resource: string;
    message: string;
}
/** A load that restored what it could but had resources the instance rejected. */
export declare class RestoreIncompleteError extends PodsError {
    readonly failures: readonly ResourceFailure[];
    constructor(failures: readonly ResourceFailure[]);
}
/**
 * The message of any thrown value, for one-line reports; an instance's refusal is preceded by
 * the operation it refused (see the service clients), and an answer the AWS SDK could not read
 * (moto's error pages) says so instead of quoting the parser.
 */
export declare function messageOf(error: unknown): string;
