/** OCI media types, and the project's own (a pod is an OCI image-spec 1.1 artifact). */
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_LAYOUT_VERSION = '1.0.0';

export const POD_ARTIFACT_TYPE = 'application/vnd.localstack-pods.pod.v1';
export const POD_CONFIG = 'application/vnd.localstack-pods.pod.config.v1+json';
/** One service's records for one account and region: gzip-compressed JSON lines. */
export const STATE_LAYER = 'application/vnd.localstack-pods.state.v1.ndjson+gzip';
/** A large payload (an S3 object body, function code) kept as a blob of its own. */
export const PAYLOAD_LAYER = 'application/vnd.localstack-pods.payload.v1';

/** The suffix of an encrypted layer's media type (a state or payload layer, encrypted). */
export const ENCRYPTED = '+encrypted';
/** An encrypted version's data key, sealed with age for those who may open the version. */
export const KEY_ENVELOPE = 'application/vnd.localstack-pods.key-envelope.v1+age';

/** Annotation keys; `org.opencontainers.*` where the OCI spec has one. */
export const ANNOTATION = {
  refName: 'org.opencontainers.image.ref.name',
  created: 'org.opencontainers.image.created',
  description: 'org.opencontainers.image.description',
  title: 'org.opencontainers.image.title',
  service: 'dev.localstack-pods.service',
  account: 'dev.localstack-pods.account',
  region: 'dev.localstack-pods.region',
  records: 'dev.localstack-pods.records',
  /** On a state layer: the sha256 of its uncompressed records, so a save can tell an unchanged layer without compressing it. */
  recordsDigest: 'dev.localstack-pods.records-digest',
  /** On a payload layer: the MD5 of its content (hex), which S3 reports as an object's ETag. */
  contentMd5: 'dev.localstack-pods.content-md5',
  /** On an encrypted version's manifest: its key's id, and who holds it (JSON, see `encryption.ts`). */
  encryption: 'dev.localstack-pods.encryption',
  /** On an encrypted payload layer: a keyed digest of its plaintext's digest, which the records name. */
  keyedDigest: 'dev.localstack-pods.keyed-digest',
} as const;
