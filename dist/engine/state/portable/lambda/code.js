import * as S3 from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { labelOf } from '../../module.js';
import { clientOf, payloadOf } from '../kit/index.js';
import { isRealAws } from '../../../target/guard.js';
/** How long a code download may take before the code counts as unavailable. */
const DOWNLOAD_TIMEOUT_MS = 120_000;
/**
 * The package a function or layer gets when the pod holds no code for it: an empty zip
 * (its end-of-central-directory record only).
 */
const PLACEHOLDER_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
/** Why a record has no payload: the emulator answered no code at the location it gave. */
const CODE_UNAVAILABLE = 'unavailable';
/** The emulators serve buckets path-style only, and do not all take the SDK's default checksums. */
const s3 = clientOf(S3.S3Client, {
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
});
function sha256(bytes) {
    return createHash('sha256').update(bytes).digest('base64');
}
/** The bucket and key a code location names, virtual-hosted (`bucket.s3…`) or path-style. */
function s3Object(url) {
    const virtualHost = isRealAws(url) ? /^(.+)\.s3[.-]/.exec(url.hostname) : null;
    const path = virtualHost ? `${virtualHost[1]}${url.pathname}` : url.pathname.slice(1);
    const slash = path.indexOf('/');
    if (slash <= 0 || slash === path.length - 1)
        return undefined;
    return { Bucket: path.slice(0, slash), Key: decodeURIComponent(path.slice(slash + 1)) };
}
/**
 * Reads function and layer code from the location Lambda gives. When that address cannot serve
 * it (an unresolvable emulator host name, or a real-AWS host an emulator only names), the same
 * bucket and key are read from the instance's own S3.
 */
export function codeReader(context, region) {
    const fromAddress = async (url) => {
        // An emulator's capture must never reach out to real AWS.
        if (context.target.brand !== 'aws' && isRealAws(url))
            return undefined;
        const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
        return response.ok ? Buffer.from(await response.arrayBuffer()) : undefined;
    };
    const fromInstance = async (url) => {
        const object = s3Object(url);
        if (!object || context.target.brand === 'aws')
            return undefined;
        const got = await s3(context, region).send(new S3.GetObjectCommand(object), {
            abortSignal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
        });
        return Buffer.from(await got.Body.transformToByteArray());
    };
    return async (location, expected) => {
        let url;
        try {
            url = new URL(location ?? '');
        }
        catch {
            return undefined;
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return undefined;
        for (const source of [fromAddress, fromInstance]) {
            try {
                const bytes = await source(url);
                if (bytes && (!expected || sha256(bytes) === expected))
                    return bytes;
            }
            catch {
                // Unreachable, refused or timed out: the next source may serve it.
            }
        }
        return undefined;
    };
}
/** A zip package's record fields and payload, read from `location`; marked unavailable when it is not served. */
export async function zipCode(read, location, codeSha256) {
    const bytes = await read(location, codeSha256);
    if (!bytes)
        return { data: { codeSha256, code: CODE_UNAVAILABLE } };
    return { data: { codeSha256 }, payload: payloadOf(bytes) };
}
/** Says so when a record's code could not be read: the pod then holds its configuration only. */
export function warnIfUnavailable(context, record) {
    if (record.data.code === CODE_UNAVAILABLE) {
        context.warn(labelOf(record), 'the emulator does not serve its code (moto does not); the pod keeps its configuration, and a load gives it an empty placeholder package');
    }
}
/** A record's zip package: the pod's, or the empty placeholder when the pod holds none. */
export async function zipOf(record) {
    return record.payload ? buffer(await record.payload.open()) : PLACEHOLDER_ZIP;
}
/** A function version's code as CreateFunction and UpdateFunctionCode take it. */
export async function functionCodeOf(record, code) {
    if (code.imageUri)
        return { ImageUri: code.imageUri };
    return { ZipFile: await zipOf(record) };
}
