import * as S3 from '@aws-sdk/client-s3';
export async function* listObjects(s3, bucket) {
    for await (const page of S3.paginateListObjectsV2({ client: s3 }, { Bucket: bucket })) {
        for (const o of page.Contents ?? [])
            yield { key: o.Key, size: o.Size ?? 0, etag: o.ETag, lastModified: o.LastModified };
    }
}
const wholeSeconds = (date) => Math.floor(date.getTime() / 1000);
/**
 * An object's validator: its ETag, size and LastModified as the listing gives them. Any write
 * of an object (new body, new headers or metadata through a copy) gives it a new
 * LastModified; a change of tags does not, so tags are read on every save.
 */
export function validatorOf(o) {
    return o.etag && o.lastModified ? `${o.etag}|${o.size}|${wholeSeconds(o.lastModified)}` : undefined;
}
/**
 * Whether what a GET or HEAD read can be trusted under the listing's validator next time. The
 * headers must describe the listed object (it did not change in between), and it must have
 * been written at least two seconds before the instance's clock said capture began:
 * LastModified has whole seconds, so an object written again within the second it was read
 * could keep ETag and LastModified with other headers (git's "racily clean" files), and the
 * second more covers a clock that rounds where the other truncates.
 */
export function trustworthy(o, read, captureStart) {
    if (captureStart === undefined || !o.lastModified || !read.LastModified)
        return false;
    return (read.ETag === o.etag &&
        (read.ContentLength === undefined || read.ContentLength === o.size) &&
        wholeSeconds(read.LastModified) === wholeSeconds(o.lastModified) &&
        wholeSeconds(o.lastModified) <= Math.floor(captureStart / 1000) - 2);
}
