import { ChangeLog } from './changes.js';
/** A loopback endpoint in front of the instance that notes which services each request may change. */
export interface ChangeProxy {
    /** `http://127.0.0.1:PORT`: the endpoint the tests are given. */
    readonly url: string;
    readonly changes: ChangeLog;
    close(): Promise<void>;
}
/**
 * Starts the proxy. Requests go to `instance` unchanged (the Host header too, so the URLs the
 * instance builds, such as queue URLs, point back here), bodies stream through, and only the
 * request line, headers, query-protocol forms and DynamoDB writes are looked at. Written on `node:http` rather
 * than a proxy library because it must see each request's classification before forwarding it
 * and nothing more.
 */
export declare function startChangeProxy(instance: string): Promise<ChangeProxy>;
