import { d as require_dist_cjs } from "./util.js";
import { r as isTimeout, t as RequestTimeoutError } from "./http.js";
// src/engine/util/sdk-http.ts
var import_dist_cjs = require_dist_cjs();
/**
* The AWS SDK's HTTP handler with the request timeout: connecting, and any silence of the
* server once connected (before or within its answer), take at most `timeoutMs`. A timeout
* fails the call with RequestTimeoutError naming the server and the request, which the SDK
* does not retry: a server silent for that long is not coming back within the retries.
*/
var TimedHttpHandler = class extends import_dist_cjs.NodeHttpHandler {
	timeoutMs;
	constructor(timeoutMs, pool = {}) {
		super({
			...pool,
			connectionTimeout: timeoutMs,
			socketTimeout: timeoutMs
		});
		this.timeoutMs = timeoutMs;
	}
	async handle(...[request, options]) {
		try {
			return await super.handle(request, options);
		} catch (error) {
			if (!isTimeout(error)) throw error;
			const port = request.port ? `:${request.port}` : "";
			const what = `${request.protocol}//${request.hostname}${port} (${request.method} ${request.path}${operationOf(request.headers)})`;
			throw new RequestTimeoutError(what, this.timeoutMs);
		}
	}
};
/** The operation of a JSON-protocol call (`X-Amz-Target: AmazonSQS.ReceiveMessage`), for messages. */
function operationOf(headers) {
	const target = Object.entries(headers).find(([name]) => name.toLowerCase() === "x-amz-target")?.[1];
	return target ? ` ${target}` : "";
}
export { TimedHttpHandler as t };
