import { ChangeLog, RequestProfiles } from './changes.js';
import { startForwardingProxy } from './forwarding-proxy.js';
/**
 * Bodies read to classify a request (query-protocol forms, DynamoDB writes) are looked at up
 * to this size; a larger one is forwarded all the same and counts for its whole service.
 */
const CLASSIFIED_BODY_LIMIT = 1024 * 1024;
/**
 * Starts the proxy. Only the request line, headers, query-protocol forms and DynamoDB writes
 * are looked at; everything else streams through.
 */
export async function startChangeProxy(instance) {
    const changes = new ChangeLog();
    const profiles = await RequestProfiles.ofEveryModule();
    const proxy = await startForwardingProxy(instance, {
        wantsBody: (head) => profiles.needsBody(head),
        observe: (head, body) => changes.record(profiles.effect(head, body && body.length <= CLASSIFIED_BODY_LIMIT ? body : undefined)),
    });
    return { ...proxy, changes, profiles };
}
