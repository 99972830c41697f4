import { NodeHttpHandler } from '@smithy/node-http-handler';
type Handle = NodeHttpHandler['handle'];
/**
 * The AWS SDK's HTTP handler with the request timeout: connecting, and any silence of the
 * server once connected (before or within its answer), take at most `timeoutMs`. A timeout
 * fails the call with RequestTimeoutError naming the server and the request, which the SDK
 * does not retry: a server silent for that long is not coming back within the retries.
 */
export declare class TimedHttpHandler extends NodeHttpHandler {
    readonly timeoutMs: number;
    constructor(timeoutMs: number, pool?: ConstructorParameters<typeof NodeHttpHandler>[0]);
    handle(...[request, options]: Parameters<Handle>): ReturnType<Handle>;
}
export {};
