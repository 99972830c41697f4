import { CorruptPodError } from '../errors.js';
import { sortKeys } from '../util/sort-keys.js';
import { digestOf, isDigest, type Digest } from './digest.js';
import { ANNOTATION, ENCRYPTED, KEY_ENVELOPE, OCI_MANIFEST, PAYLOAD_LAYER, POD_ARTIFACT_TYPE, POD_CONFIG, STATE_LAYER } from './media-types.js';

/** An OCI content descriptor. */
export interface Descriptor {
  readonly mediaType: string;
  readonly digest: Digest;
  readonly size: number;
  readonly artifactType?: string;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** Where the state of a pod came from. */
export interface SourceInstance {
  readonly brand: string;
  readonly edition?: string;
  readonly version?: string;
}

/**
 * What a pod's state holds. It describes content only: two saves of unchanged state give the
 * same config blob, so nothing new is stored. What differs per version (number, time, message)
 * lives in the manifest's annotations.
 */
export interface PodConfig {
  /** The pod format's version (see pod/format.ts); pods written before it was recorded have none. */
  readonly formatVersion?: number;
  readonly format: 'portable' | 'native';
  readonly services: readonly string[];
  readonly accounts: readonly string[];
  /**
   * The account of the credentials that saved the pod. A load puts its state into the account of
   * the credentials that load it (LocalStack's 000000000000 and moto's 123456789012 alike);
   * other accounts keep their ids.
   */
  readonly account: string;
  readonly regions: readonly string[];
  /** Record count per service. */
  readonly resources: Readonly<Record<string, number>>;
  readonly source: SourceInstance;
  readonly engine: { readonly name: string; readonly version: string };
}

export interface PodManifest {
  readonly schemaVersion: 2;
  readonly mediaType: typeof OCI_MANIFEST;
  readonly artifactType: typeof POD_ARTIFACT_TYPE;
  readonly config: Descriptor;
  readonly layers: readonly Descriptor[];
  readonly annotations: Readonly<Record<string, string>>;
}

/** One version of a pod as a reader sees it: manifest annotations and config together. */
export interface PodVersionInfo {
  readonly name: string;
  readonly version: number;
  readonly digest: Digest;
  readonly created: string;
  readonly message: string;
  readonly config: PodConfig;
  readonly size: number;
  /** Who can open the version, when it is encrypted: `passphrase`, or its age recipients. */
  readonly encryptedFor?: 'passphrase' | readonly string[];
}

export interface EncodedJson {
  readonly bytes: Buffer;
  readonly descriptor: Descriptor;
}

/** Canonical JSON (sorted keys, no spaces) so equal content always has the same digest. */
export function canonicalJson(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(sortKeys(value)));
}

export function encodeJson(value: unknown, mediaType: string, extra: Partial<Descriptor> = {}): EncodedJson {
  const bytes = canonicalJson(value);
  return { bytes, descriptor: { ...extra, mediaType, digest: digestOf(bytes), size: bytes.length } };
}

export function encodeConfig(config: PodConfig): EncodedJson {
  return encodeJson(config, POD_CONFIG);
}

/**
 * What a manifest says of its snapshot. The pod's name and version number are not in it: they are
 * the tag, chosen when the version is published, so a copy to another name or store keeps the
 * manifest's digest.
 */
export interface SnapshotAnnotations {
  readonly created: string;
  readonly message: string;
  /** On an encrypted version: its key and holders (see `encryption.ts`). */
  readonly encryption?: string;
}

export function encodeManifest(config: Descriptor, layers: readonly Descriptor[], snapshot: SnapshotAnnotations): EncodedJson {
  const manifest: PodManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: POD_ARTIFACT_TYPE,
    config,
    layers,
    annotations: {
      [ANNOTATION.created]: snapshot.created,
      [ANNOTATION.description]: snapshot.message,
      ...(snapshot.encryption ? { [ANNOTATION.encryption]: snapshot.encryption } : {}),
    },
  };
  return encodeJson(manifest, OCI_MANIFEST, { artifactType: POD_ARTIFACT_TYPE });
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    throw new CorruptPodError(`${what} is not valid JSON.`, { cause: error });
  }
}

function checkDescriptor(value: unknown, what: string): Descriptor {
  const d = value as Descriptor | undefined;
  if (!d || typeof d.mediaType !== 'string' || typeof d.digest !== 'string' || !isDigest(d.digest) || !Number.isSafeInteger(d.size) || d.size < 0) {
    throw new CorruptPodError(`${what} is not a valid OCI descriptor.`);
  }
  return d;
}

const KNOWN_LAYERS = new Set([STATE_LAYER, PAYLOAD_LAYER, `${STATE_LAYER}${ENCRYPTED}`, `${PAYLOAD_LAYER}${ENCRYPTED}`, KEY_ENVELOPE]);

/** Parses and validates a pod manifest; anything else (another artifact, a container image) is refused. */
export function decodeManifest(bytes: Uint8Array): PodManifest {
  const m = parseJson(bytes, 'Pod manifest') as Partial<PodManifest>;
  if (m.schemaVersion !== 2 || m.mediaType !== OCI_MANIFEST) {
    throw new CorruptPodError('Not an OCI image manifest (schemaVersion 2).');
  }
  if (m.artifactType !== POD_ARTIFACT_TYPE) {
    throw new CorruptPodError(`Not a pod: artifactType is "${String(m.artifactType)}", expected "${POD_ARTIFACT_TYPE}".`);
  }
  const config = checkDescriptor(m.config, 'Manifest config');
  if (config.mediaType !== POD_CONFIG) throw new CorruptPodError(`Unknown pod config type "${config.mediaType}".`);
  if (!Array.isArray(m.layers)) throw new CorruptPodError('Manifest has no layers array.');
  const layers = m.layers.map((layer, i) => checkDescriptor(layer, `Layer ${i}`));
  for (const layer of layers) {
    if (!KNOWN_LAYERS.has(layer.mediaType)) {
      throw new CorruptPodError(`Unknown layer type "${layer.mediaType}": this pod needs a newer localstack-pods.`);
    }
  }
  return { ...(m as PodManifest), config, layers, annotations: m.annotations ?? {} };
}

export function decodeConfig(bytes: Uint8Array): PodConfig {
  const c = parseJson(bytes, 'Pod config') as Partial<PodConfig>;
  if ((c.format !== 'portable' && c.format !== 'native') || !Array.isArray(c.services)) {
    throw new CorruptPodError('Pod config lacks its format or services.');
  }
  return c as PodConfig;
}

/** The layers that hold records of a service, with the scope they cover. */
export interface StateLayer extends Scope {
  readonly descriptor: Descriptor;
  /** The layer is encrypted: its records need the version's key. */
  readonly encrypted: boolean;
}

/** One service in one account and region: what a state layer covers. */
export interface Scope {
  readonly service: string;
  readonly account: string;
  readonly region: string;
}

/** A scope as one string, for maps. */
export function scopeKey(scope: Scope): string {
  return `${scope.service}/${scope.account}/${scope.region}`;
}

/**
 * State layers a pod may hold: one per service, account and region, so far above any real
 * instance (40 services in 30 regions of 10 accounts is 12,000); a bound on the work a crafted
 * manifest can ask for.
 */
export const MAX_STATE_LAYERS = 20_000;

const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export function stateLayers(manifest: PodManifest): StateLayer[] {
  const layers = manifest.layers.filter((layer) => layer.mediaType === STATE_LAYER || layer.mediaType === `${STATE_LAYER}${ENCRYPTED}`);
  if (layers.length > MAX_STATE_LAYERS) {
    throw new CorruptPodError(
      `The pod has ${layers.length} state layers; a pod holds at most ${MAX_STATE_LAYERS} (one per service, account and region).`,
    );
  }
  return layers.map((descriptor) => {
    const a = descriptor.annotations ?? {};
    const service = a[ANNOTATION.service];
    const account = a[ANNOTATION.account];
    const region = a[ANNOTATION.region];
    if (!service || !account || !region) {
      throw new CorruptPodError(`State layer ${descriptor.digest} lacks its service, account or region annotation.`);
    }
    if (!ACCOUNT.test(account) || !REGION.test(region)) {
      throw new CorruptPodError(
        `State layer ${descriptor.digest} is for account "${account}" in region "${region}", which are not an AWS account id and region.`,
      );
    }
    return { descriptor, service, account, region, encrypted: descriptor.mediaType !== STATE_LAYER };
  });
}
