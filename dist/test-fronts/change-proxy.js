import { Agent as HttpAgent, createServer, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream/promises';
import { ChangeLog, needsFormBody, requestEffect } from './changes.js';
/** Query-protocol bodies are read whole to find their `Action`; they are small, but a bound keeps a stray upload from being held. */
const FORM_LIMIT = 1024 * 1024;
async function readForm(request) {
    const chunks = [];
    let size = 0;
    for await (const chunk of request) {
        chunks.push(chunk);
        size += chunk.length;
    }
    const body = Buffer.concat(chunks);
    return { body, form: size <= FORM_LIMIT ? new URLSearchParams(body.toString('latin1')) : undefined };
}
/**
 * Starts the proxy. Requests go to `instance` unchanged (the Host header too, so the URLs the
 * instance builds, such as queue URLs, point back here), bodies stream through, and only the
 * request line, headers and query-protocol forms are looked at. Written on `node:http` rather
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
        const buffered = needsFormBody(head) ? await readForm(request) : undefined;
        changes.record(requestEffect(head, buffered?.form));
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
            outgoing.end(buffered.body);
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
