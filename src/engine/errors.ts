import { oneLine } from './util/safe-text.js';

/**
 * Every error the engine throws on purpose is a PodsError with a fixed `code`, so fronts can
 * decide what to do (exit code, annotation, retry) without reading message text.
 */
export type ErrorCode =
  | 'USAGE'
  | 'NOT_FOUND'
  | 'DIGEST_MISMATCH'
  | 'CORRUPT_POD'
  | 'UNSAFE_PATH'
  | 'UNREACHABLE'
  | 'REAL_AWS_REFUSED'
  | 'NEWER_FORMAT'
  | 'DECLINED'
  | 'RESTORE_INCOMPLETE'
  | 'TIMEOUT'
  | 'STORE'
  | 'KEY_NEEDED';

export class PodsError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Bad input from the user: an invalid name, option or argument. Fronts exit with 2. */
export class UsageError extends PodsError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('USAGE', message, options);
  }
}

/** An encrypted version, and no key (or the wrong one) to open it: nothing was read or changed. */
export class NeedsKeyError extends PodsError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('KEY_NEEDED', message, options);
  }
}

/** A pod, version, remote or blob that does not exist where it was looked for. */
export class NotFoundError extends PodsError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('NOT_FOUND', message, options);
  }
}

/** Content whose sha256 or size differs from the descriptor that names it. */
export class DigestMismatchError extends PodsError {
  constructor(message: string) {
    super('DIGEST_MISMATCH', message);
  }
}

/** A pod file or store that cannot be read as a pod: truncated, not a zip, bad JSON. */
export class CorruptPodError extends PodsError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CORRUPT_POD', message, options);
  }
}

/** A name or archive entry that would escape its directory (`..`, absolute paths). */
export class UnsafePathError extends PodsError {
  constructor(message: string) {
    super('UNSAFE_PATH', message);
  }
}

/** The instance did not answer, or did not become ready in time. */
export class UnreachableError extends PodsError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('UNREACHABLE', message, options);
  }
}

/** A load aimed at real AWS without an explicit opt-in. */
export class RealAwsRefusedError extends PodsError {
  constructor(message: string) {
    super('REAL_AWS_REFUSED', message);
  }
}

/** A pod written in a pod format newer than this engine reads. */
export class NewerFormatError extends PodsError {
  constructor(message: string) {
    super('NEWER_FORMAT', message);
  }
}

/** Work a front asked the user to confirm, and the user did not: nothing was changed. */
export class DeclinedError extends PodsError {
  constructor(message: string) {
    super('DECLINED', message);
  }
}

/** A store operation that failed for a reason other than a missing item. */
export class StoreError extends PodsError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE', message, options);
  }
}

/** A resource a load could not restore, or a save could not keep exactly, and why. */
export interface ResourceFailure {
  service: string;
  resource: string;
  message: string;
}

/** A load that restored what it could but had resources the instance rejected. */
export class RestoreIncompleteError extends PodsError {
  readonly failures: readonly ResourceFailure[];

  constructor(failures: readonly ResourceFailure[]) {
    const lines = failures.map((f) => `  ${f.service} ${oneLine(f.resource)}: ${oneLine(f.message)}`);
    super('RESTORE_INCOMPLETE', `${failures.length} resource(s) could not be restored; the rest of the pod was loaded:\n${lines.join('\n')}`);
    this.failures = failures;
  }
}

/**
 * The message of any thrown value, for one-line reports; an instance's refusal is preceded by
 * the operation it refused (see the service clients), and an answer the AWS SDK could not read
 * (moto's error pages) says so instead of quoting the parser.
 */
export function messageOf(error: unknown): string {
  const e = error as { operation?: unknown; $response?: { statusCode?: number } } | undefined;
  let message = error instanceof Error ? error.message : String(error);
  const status = e?.$response?.statusCode;
  if (status !== undefined && message.includes('Deserialization error')) {
    message = `the instance answered HTTP ${status} with a body the AWS SDK cannot read`;
  }
  return typeof e?.operation === 'string' ? `${e.operation}: ${message}` : message;
}
