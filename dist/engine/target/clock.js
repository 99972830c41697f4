/**
 * The instance's own time, in milliseconds, from the `Date` header every HTTP server with a
 * clock sends (whole seconds); undefined when it sends none or does not answer within 5 s.
 * Times the instance reports (S3's LastModified) are compared with this, never with ours.
 */
export async function serverTime(endpoint) {
    try {
        const response = await fetch(endpoint, { method: 'HEAD', signal: AbortSignal.timeout(5_000) });
        await response.body?.cancel();
        const date = Date.parse(response.headers.get('date') ?? '');
        return Number.isNaN(date) ? undefined : date;
    }
    catch {
        return undefined;
    }
}
