/** OCI media types, and the project's own (a pod is an OCI image-spec 1.1 artifact). */
export declare const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
export declare const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
export declare const OCI_LAYOUT_VERSION = "1.0.0";
export declare const POD_ARTIFACT_TYPE = "application/vnd.localstack-pods.pod.v1";
export declare const POD_CONFIG = "application/vnd.localstack-pods.pod.config.v1+json";
/** One service's records for one account and region: gzip-compressed JSON lines. */
export declare const STATE_LAYER = "application/vnd.localstack-pods.state.v1.ndjson+gzip";
/** A large payload (an S3 object body, function code) kept as a blob of its own. */
export declare const PAYLOAD_LAYER = "application/vnd.localstack-pods.payload.v1";
/** The suffix of an encrypted layer's media type (a state or payload layer, encrypted). */
export declare const ENCRYPTED = "+encrypted";
/** An encrypted version's data key, sealed with age for those who may open the version. */
export declare const KEY_ENVELOPE = "application/vnd.localstack-pods.key-envelope.v1+age";
/** Annotation keys; `org.opencontainers.*` where the OCI spec has one. */
export declare const ANNOTATION: {
    readonly refName: "org.opencontainers.image.ref.name";
    readonly created: "org.opencontainers.image.created";
    readonly description: "org.opencontainers.image.description";
    readonly title: "org.opencontainers.image.title";
    readonly service: "dev.localstack-pods.service";
    readonly account: "dev.localstack-pods.account";
    readonly region: "dev.localstack-pods.region";
    readonly records: "dev.localstack-pods.records";
    /** On a state layer: the sha256 of its uncompressed records, so a save can tell an unchanged layer without compressing it. */
    readonly recordsDigest: "dev.localstack-pods.records-digest";
    /** On a payload layer: the MD5 of its content (hex), which S3 reports as an object's ETag. */
    readonly contentMd5: "dev.localstack-pods.content-md5";
    /** On an encrypted version's manifest: its key's id, and who holds it (JSON, see `encryption.ts`). */
    readonly encryption: "dev.localstack-pods.encryption";
    /** On an encrypted payload layer: a keyed digest of its plaintext's digest, which the records name. */
    readonly keyedDigest: "dev.localstack-pods.keyed-digest";
};
