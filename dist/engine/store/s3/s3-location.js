import { UsageError } from '../../errors.js';
const KNOWN = new Set(['endpoint', 'region', 'access_key_id', 'secret_access_key', 'session_token', 'force_path_style', 'single_writer']);
/** Reads a filled-in `s3://` URL; unknown parameters are a UsageError, so typos do not pass silently. */
export function parseS3Url(url, display, env) {
    const bucket = url.hostname;
    if (!bucket)
        throw new UsageError(`Invalid remote ${display}: expected s3://bucket/prefix.`);
    const params = url.searchParams;
    const unknown = [...params.keys()].filter((k) => !KNOWN.has(k));
    if (unknown.length > 0) {
        throw new UsageError(`Invalid remote ${display}: unknown parameter(s) ${unknown.join(', ')}; known: ${[...KNOWN].join(', ')}.`);
    }
    const endpoint = params.get('endpoint') ?? undefined;
    const accessKeyId = params.get('access_key_id');
    const secretAccessKey = params.get('secret_access_key');
    if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
        throw new UsageError(`Invalid remote ${display}: give both access_key_id and secret_access_key, or neither.`);
    }
    const sessionToken = params.get('session_token');
    return {
        bucket,
        prefix: decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, ''),
        region: params.get('region') ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
        ...(endpoint ? { endpoint } : {}),
        forcePathStyle: params.has('force_path_style') ? params.get('force_path_style') === 'true' : Boolean(endpoint),
        singleWriter: params.get('single_writer') === 'true',
        ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } } : {}),
    };
}
