import { describe, expect, it } from 'vitest';
import { CorruptPodError } from '../errors.js';
import { digestOf } from './digest.js';
import { canonicalJson, decodeManifest, encodeConfig, encodeManifest, MAX_STATE_LAYERS, stateLayers, type PodConfig } from './manifest.js';
import { ANNOTATION, OCI_MANIFEST, POD_ARTIFACT_TYPE, STATE_LAYER } from './media-types.js';

const config: PodConfig = {
  format: 'portable',
  services: ['s3'],
  accounts: ['000000000000'],
  account: '000000000000',
  regions: ['us-east-1'],
  resources: { s3: 2 },
  source: { brand: 'moto' },
  engine: { name: 'localstack-pods', version: '0.1.0' },
};
const layer = {
  mediaType: STATE_LAYER,
  digest: digestOf('layer'),
  size: 5,
  annotations: { [ANNOTATION.service]: 's3', [ANNOTATION.account]: '000000000000', [ANNOTATION.region]: 'us-east-1' },
};

describe('pod manifests', () => {
  it('are OCI image manifests with the pod artifactType and a config of their own', () => {
    const encoded = encodeManifest(encodeConfig(config).descriptor, [layer], { created: '2026-01-01T00:00:00Z', message: 'm' });
    const manifest = decodeManifest(encoded.bytes);
    expect(manifest.mediaType).toBe(OCI_MANIFEST);
    expect(manifest.artifactType).toBe(POD_ARTIFACT_TYPE);
    expect(manifest.annotations[ANNOTATION.description]).toBe('m');
    expect(encoded.descriptor.digest).toBe(digestOf(encoded.bytes));
    expect(stateLayers(manifest)).toEqual([{ descriptor: layer, service: 's3', account: '000000000000', region: 'us-east-1', encrypted: false }]);
  });

  it('encode the same content to the same bytes whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3] } }).toString()).toBe('{"a":{"c":[3],"d":2},"b":1}');
    const reordered = { ...config, source: { brand: 'moto' }, accounts: ['000000000000'], format: 'portable' as const };
    expect(encodeConfig(reordered).descriptor.digest).toBe(encodeConfig(config).descriptor.digest);
  });

  it('refuse container images and other artifacts', () => {
    const image = {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf('x'), size: 1 },
      layers: [],
    };
    expect(() => decodeManifest(Buffer.from(JSON.stringify(image)))).toThrow(CorruptPodError);
    expect(() => decodeManifest(Buffer.from('not json'))).toThrow(CorruptPodError);
  });

  it('refuse layers of unknown types and descriptors with bad digests', () => {
    const base = JSON.parse(encodeManifest(encodeConfig(config).descriptor, [layer], { created: '', message: '' }).bytes.toString());
    expect(() => decodeManifest(Buffer.from(JSON.stringify({ ...base, layers: [{ ...layer, mediaType: 'x/y' }] })))).toThrow(/Unknown layer type/);
    expect(() => decodeManifest(Buffer.from(JSON.stringify({ ...base, layers: [{ ...layer, digest: 'sha256:zz' }] })))).toThrow(
      /not a valid OCI descriptor/,
    );
  });
});

describe('the state layers of a manifest', () => {
  const manifestOf = (layers: (typeof layer)[]) =>
    decodeManifest(encodeManifest(encodeConfig(config).descriptor, layers, { created: '2026-01-01T00:00:00Z', message: 'm' }).bytes);

  it('are at most MAX_STATE_LAYERS: a crafted manifest cannot ask a load for unbounded work', () => {
    expect(stateLayers(manifestOf(Array.from({ length: MAX_STATE_LAYERS }, () => layer)))).toHaveLength(MAX_STATE_LAYERS);
    expect(() => stateLayers(manifestOf(Array.from({ length: MAX_STATE_LAYERS + 1 }, () => layer)))).toThrow(/at most 20000/);
  });

  it.each([
    ['account', '../../x'],
    ['account', '12345'],
    ['region', 'us-east-1/../..'],
    ['region', ''],
  ])('name an AWS account id and region (%s %j is refused)', (key, value) => {
    const annotations = { ...layer.annotations, [key === 'account' ? ANNOTATION.account : ANNOTATION.region]: value };
    expect(() => stateLayers(manifestOf([{ ...layer, annotations }]))).toThrow(CorruptPodError);
  });

  it.each(['us-east-1', 'us-gov-west-1', 'cn-northwest-1', 'us-isob-east-1', 'ap-southeast-5'])('take the region %s', (region) => {
    const annotations = { ...layer.annotations, [ANNOTATION.region]: region };
    expect(stateLayers(manifestOf([{ ...layer, annotations }]))[0]!.region).toBe(region);
  });
});
