import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { digestOf } from '../../pod/digest.js';
import { ANNOTATION, OCI_MANIFEST } from '../../pod/media-types.js';
/**
 * Claims: how a save takes a version number in a registry, which has no compare-and-swap on
 * tags (a tag PUT overwrites, `If-None-Match` is ignored). A writer of version N first tags a
 * manifest of its own under a tag no other writer uses (`claim-N-<time>-<random>`), so no
 * claim is ever overwritten or lost; it then lists the tags and writes the tag `N` only when
 * its claim is the only one for N. Of two writers whose claims overlap, the later one to list
 * always sees the other's claim (or the tag `N`, which is written before a claim is removed),
 * so at most one writes `N`, however long the network holds either's requests. When each sees
 * the other, the claim that sorts first waits for the rest to withdraw and the rest withdraw.
 */
/** `claim-<version>-<seconds since 1970>-<16 hex>`: unique per try, and ordered. */
const CLAIM_TAG = /^claim-(\d+)-(\d+)-[0-9a-f]{16}$/;
/**
 * A claim older than this is one a writer left when it was killed: nobody waits for it. Far
 * longer than a claim lives (a few requests), so clocks of different machines may disagree by
 * much less than this without two writers both ignoring each other.
 */
export const STALE_CLAIM_SECONDS = 3600;
/** The OCI empty descriptor (image-spec 1.1): the config of a manifest that needs none. */
export const EMPTY_CONFIG = {
    mediaType: 'application/vnd.oci.empty.v1+json',
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
};
export const EMPTY_CONFIG_BYTES = Buffer.from('{}');
const CLAIM_ARTIFACT = 'application/vnd.localstack-pods.claim.v1';
/** A new claim on `version`: a manifest of its own (so deleting it deletes nothing else) and its tag. */
export function newClaim(version, now = new Date()) {
    const tag = `claim-${version}-${Math.floor(now.getTime() / 1000)}-${randomBytes(8).toString('hex')}`;
    const bytes = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: CLAIM_ARTIFACT,
        config: EMPTY_CONFIG,
        layers: [EMPTY_CONFIG],
        annotations: { [ANNOTATION.created]: now.toISOString(), [ANNOTATION.refName]: tag },
    }));
    return { tag, bytes, descriptor: { mediaType: OCI_MANIFEST, digest: digestOf(bytes), size: bytes.length } };
}
/** The live claims on `version` among `tags`, in the order that decides which one waits. */
export function claimsOn(tags, version, nowSeconds = Date.now() / 1000) {
    return tags.filter((t) => claimedVersion(t) === version && !isStale(t, nowSeconds)).sort();
}
/** The version a claim tag is on; undefined for any other tag. */
export function claimedVersion(tag) {
    const match = CLAIM_TAG.exec(tag);
    return match ? Number(match[1]) : undefined;
}
/** Whether the claim `tag` was left by a writer that is gone. */
export function isStale(tag, nowSeconds = Date.now() / 1000) {
    const match = CLAIM_TAG.exec(tag);
    return !!match && nowSeconds - Number(match[2]) > STALE_CLAIM_SECONDS;
}
