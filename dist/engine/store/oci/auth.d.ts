import { StoreError } from '../../errors.js';
import type { RegistryRemote } from './remote.js';
/** A `WWW-Authenticate` challenge: its scheme, lower-cased, and its parameters. */
interface Challenge {
    readonly scheme: string;
    readonly params: Readonly<Record<string, string>>;
}
/** Parses the first challenge of a `WWW-Authenticate` header (`Bearer realm="…",service="…",scope="…"`). */
export declare function parseChallenge(header: string): Challenge;
/**
 * Answers a registry's 401 challenges the way docker, oras and crane do: anonymous first; then
 * HTTP Basic with the remote's credentials, or a bearer token from the challenge's realm (Docker
 * Hub, GHCR, ECR, distribution's token auth), cached per scope until shortly before it expires.
 */
export declare class Authenticator {
    private readonly remote;
    private readonly timeoutMs;
    private basic;
    private readonly tokens;
    constructor(remote: RegistryRemote, timeoutMs: number);
    /** The `Authorization` header for a request needing `scope`, when one is known; else none. */
    header(scope: string): string | undefined;
    /** Learns how to authenticate from a 401's challenge; a request for `scope` may then be retried. */
    answer(header: string | null, scope: string): Promise<void>;
    private fetchToken;
    private basicHeader;
    /** The error for a 401 that survived authentication. */
    refused(status: number): StoreError;
    private credentialsRefused;
    private credentialsNeeded;
}
export {};
