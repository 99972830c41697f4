import { ChangeLog, RequestProfiles } from './changes.js';
import { type ForwardingProxy } from './forwarding-proxy.js';
/**
 * A loopback endpoint in front of the instance (`url`, the endpoint the tests are given) that
 * notes which services each request may change.
 */
export interface ChangeProxy extends ForwardingProxy {
    readonly changes: ChangeLog;
    readonly profiles: RequestProfiles;
}
/**
 * Starts the proxy. Only the request line, headers, query-protocol forms and DynamoDB writes
 * are looked at; everything else streams through.
 */
export declare function startChangeProxy(instance: string): Promise<ChangeProxy>;
