import { type Server } from './server-process.js';
/** A moto server this process started, on a loopback port of its own. */
export interface EmbeddedMoto extends Server {
    /** Empties every service of this server. */
    reset(): Promise<void>;
}
/**
 * Starts moto from the machine's Python (`python3 -m moto.server`) on a free loopback port and
 * waits until it answers; `stop()` ends it. For a test run that wants a fresh instance of its
 * own rather than one the user keeps running.
 */
export declare function startEmbeddedMoto(options?: {
    timeoutMs?: number;
}): Promise<EmbeddedMoto>;
