import { setTimeout as sleep } from 'node:timers/promises';
import { UnreachableError, UsageError } from '../errors.js';
import { isRealAws } from './guard.js';
async function probe(url, timeoutMs, stop) {
    const timeout = AbortSignal.timeout(timeoutMs);
    const response = await fetch(url, { signal: stop ? AbortSignal.any([timeout, stop]) : timeout, redirect: 'manual' });
    const text = await response.text();
    let body = text;
    try {
        body = JSON.parse(text);
    }
    catch {
        // not JSON: the server is something else than it claims
    }
    return { status: response.status, body };
}
/** Validates and normalises an endpoint URL (no trailing slash). */
export function parseEndpoint(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new UsageError(`Invalid endpoint "${text}": expected a URL such as http://localhost:4566.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new UsageError(`Invalid endpoint "${text}": only http:// and https:// endpoints are supported.`);
    }
    return url.toString().replace(/\/+$/, '');
}
/** One attempt: identifies the server, or throws why it is not ready. */
async function identify(endpoint, stop) {
    if (isRealAws(endpoint))
        return { endpoint, brand: 'aws' };
    const health = await probe(`${endpoint}/_localstack/health`, 5000, stop);
    if (health.status === 200 && typeof health.body === 'object' && health.body && 'services' in health.body) {
        const h = health.body;
        // MiniStack answers LocalStack's health path too, and has one of its own.
        const mini = await probe(`${endpoint}/_ministack/health`, 5000, stop).catch(() => undefined);
        if (mini?.status === 200 && typeof mini.body === 'object') {
            return { endpoint, brand: 'ministack', ...(h.edition ? { edition: h.edition } : {}), ...(h.version ? { version: h.version } : {}) };
        }
        const info = await probe(`${endpoint}/_localstack/info`, 5000, stop).catch(() => undefined);
        const i = (info?.status === 200 ? info.body : {});
        const version = i.version ?? h.version;
        // LocalStack tells its edition by a marker file its images hold; elsewhere (installed on the
        // host) it says `unknown`, which names no edition.
        const edition = [i.edition, h.edition].find((e) => e && e !== 'unknown');
        return { endpoint, brand: 'localstack', ...(edition ? { edition } : {}), ...(version ? { version } : {}) };
    }
    // moto says nothing of its version: none of its /moto-api/ endpoints (the dashboard,
    // data.json, config, reset, seed, the recorder and the state manager) carries it, and its
    // Server header names Werkzeug and Python. So a moto target, and a pod saved from one, has a
    // brand and no version. The small config endpoint exists on every moto server.
    const moto = await probe(`${endpoint}/moto-api/config`, 5000, stop);
    if (moto.status >= 200 && moto.status < 300 && typeof moto.body === 'object')
        return { endpoint, brand: 'moto' };
    return { endpoint, brand: 'aws-compatible' };
}
/**
 * Waits until the instance at `endpoint` answers, then says what it is: LocalStack
 * (`/_localstack/health`), MiniStack (`/_ministack/health` as well), moto (`/moto-api/`) or
 * another AWS-compatible endpoint. A LocalStack
 * that is still starting (connection refused, or health not yet served) is waited for.
 */
export async function connect(endpoint, options) {
    const started = Date.now();
    let lastError;
    for (let attempt = 0;; attempt++) {
        try {
            return await identify(endpoint, options.signal);
        }
        catch (error) {
            lastError = error;
        }
        options.signal?.throwIfAborted();
        if (attempt === 0)
            options.onWait?.();
        const elapsed = Date.now() - started;
        if (elapsed >= options.timeoutMs)
            break;
        await sleep(Math.min(1000, 100 * 2 ** attempt, options.timeoutMs - elapsed), undefined, { signal: options.signal });
    }
    const cause = lastError?.cause;
    const reason = cause?.code ?? cause?.message ?? lastError?.message ?? 'no answer';
    throw new UnreachableError(`No instance answered at ${endpoint} within ${Math.round(options.timeoutMs / 1000)}s (waited for GET ${endpoint}/_localstack/health: ${reason}). Start LocalStack or moto there, or point --endpoint (LOCALSTACK_ENDPOINT) at a running one.`, { cause: lastError });
}
