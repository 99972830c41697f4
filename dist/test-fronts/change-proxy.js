import { Agent as HttpAgent, createServer, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream/promises';
import { ChangeLog, needsBody, requestEffect } from './changes.js';
/**
 * Bodies read to classify a request (query-protocol forms, DynamoDB writes) are looked at up
 * to this size; a larger one is forwarded all the same and counts for its whole service.
 */
const CLASSIFIED_BODY_LIMIT = 1024 * 1024;
async function readBody(request) {
    const chunks = [];
    for await (const chunk of request)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
/**
 * Starts the proxy. Requests go to `instance` unchanged (the Host header too, so the URLs the
 * instance builds, such as queue URLs, point back here), bodies stream through, and only the
 * request line, headers, query-protocol forms and DynamoDB writes are looked at. Written on `node:http` rather
 * than a proxy library because it must see each request's classification before forwarding it
 * and nothing more.
 */
export async function startChangeProxy(instance) {
    const upstream = new URL(instance);
    const secure = upstream.protocol === 'https:';
    const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
    const send = secure ? httpsRequest : httpRequest;
    const changes = new ChangeLog();
    const forward = async (request, response) => {
        const head = { method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers };
        const buffered = needsBody(head) ? await readBody(request) : undefined;
        changes.record(requestEffect(head, buffered && buffered.length <= CLASSIFIED_BODY_LIMIT ? buffered : undefined));
        // The client's `Expect: 100-continue` was answered by this server already.
        const { expect: _answered, ...headers } = request.headers;
        const outgoing = send({
            protocol: upstream.protocol,
            hostname: upstream.hostname,
            port: upstream.port,
            method: head.method,
            path: head.url,
            headers,
            agent,
        });
        const answered = new Promise((resolve, reject) => {
            outgoing.once('response', resolve);
            outgoing.once('error', reject);
        });
        // Awaited below; a failure while the body is still streaming surfaces through the pipeline first.
        answered.catch(() => undefined);
        if (buffered)
            outgoing.end(buffered);
        else
            await pipeline(request, outgoing);
        const reply = await answered;
        response.writeHead(reply.statusCode ?? 502, reply.statusMessage, reply.headers);
        await pipeline(reply, response);
    };
    const server = createServer((request, response) => {
        forward(request, response).catch((error) => {
            if (response.headersSent) {
                response.destroy(error);
                return;
            }
            response.writeHead(502, { 'content-type': 'text/plain' });
            response.end(`localstack-pods: the instance at ${instance} did not answer: ${error.message}`);
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        changes,
        close: () => new Promise((resolve) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
