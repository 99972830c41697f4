import type { Target } from './target.js';
/** Validates and normalises an endpoint URL (no trailing slash). */
export declare function parseEndpoint(text: string): string;
export interface ConnectOptions {
    /** How long to wait for the instance to answer, in milliseconds. */
    readonly timeoutMs: number;
    /** Stops waiting: the caller no longer needs the answer. */
    readonly signal?: AbortSignal;
    /** Told once, when the first attempt finds no instance ready: the wait begins. */
    readonly onWait?: () => void;
}
/**
 * Waits until the instance at `endpoint` answers, then says what it is: LocalStack
 * (`/_localstack/health`), MiniStack (`/_ministack/health` as well), moto (`/moto-api/`) or
 * another AWS-compatible endpoint. A LocalStack
 * that is still starting (connection refused, or health not yet served) is waited for.
 */
export declare function connect(endpoint: string, options: ConnectOptions): Promise<Target>;
