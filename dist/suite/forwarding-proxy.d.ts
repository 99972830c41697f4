import type { RequestHead } from './changes.js';
/** A loopback endpoint that forwards every request to an instance, unchanged. */
export interface ForwardingProxy {
    /** `http://127.0.0.1:PORT`. */
    readonly url: string;
    close(): Promise<void>;
}
/** What the proxy shows each request to before forwarding it. */
export interface RequestObserver {
    /** Whether `observe` needs the request's body: such a body is read whole, then forwarded. */
    wantsBody?(head: RequestHead): boolean;
    observe(head: RequestHead, body: Buffer | undefined): void;
}
/**
 * Starts the proxy. Requests go to `instance` unchanged (the Host header too, so the URLs the
 * instance builds, such as queue URLs, point back here), and bodies stream through unless the
 * observer wants them. Written on `node:http` rather than a proxy library because the observer
 * must see each request before it is forwarded, and nothing more is needed.
 */
export declare function startForwardingProxy(instance: string, observer: RequestObserver): Promise<ForwardingProxy>;
