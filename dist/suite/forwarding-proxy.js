import { Agent as HttpAgent, createServer, request as httpRequest, } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream/promises';
async function readBody(request) {
    const chunks = [];
    for await (const chunk of request)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
/**
 * Starts the proxy. Requests go to `instance` unchanged (the Host header too, so the URLs the
 * instance builds, such as queue URLs, point back here), and bodies stream through unless the
 * observer wants them. Written on `node:http` rather than a proxy library because the observer
 * must see each request before it is forwarded, and nothing more is needed.
 */
export async function startForwardingProxy(instance, observer) {
    const upstream = new URL(instance);
    const secure = upstream.protocol === 'https:';
    const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
    const send = secure ? httpsRequest : httpRequest;
    const forward = async (request, response) => {
        const head = { method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers };
        const buffered = observer.wantsBody?.(head) ? await readBody(request) : undefined;
        observer.observe(head, buffered);
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
        close: () => new Promise((resolve) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
