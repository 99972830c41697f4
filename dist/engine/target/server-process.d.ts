import { type ChildProcess } from 'node:child_process';
/** A TCP port free on loopback right now. */
export declare function freePort(): Promise<number>;
export interface Server {
    readonly endpoint: string;
    readonly process: ChildProcess;
    stop(): Promise<void>;
}
/**
 * Starts `command` in its own process group and waits until `ready(endpoint)` holds. Fails
 * with the server's own output when it exits or does not come up in time.
 */
export declare function startServer(options: {
    name: string;
    command: string;
    args: readonly string[];
    port: number;
    env?: NodeJS.ProcessEnv;
    ready: (endpoint: string) => Promise<boolean>;
    timeoutMs: number;
    hint: string;
}): Promise<Server>;
