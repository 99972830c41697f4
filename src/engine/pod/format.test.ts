import { describe, expect, it } from 'vitest';
import { CorruptPodError, NewerFormatError } from '../errors.js';
import { ENGINE_VERSION } from '../version.js';
import { formatVersionOf, POD_FORMAT_VERSION, refuseNewerFormat } from './format.js';
import type { PodConfig } from './manifest.js';

const config: PodConfig = {
  formatVersion: POD_FORMAT_VERSION,
  format: 'portable',
  services: ['s3'],
  accounts: ['000000000000'],
  account: '000000000000',
  regions: ['us-east-1'],
  resources: { s3: 2 },
  source: { brand: 'moto' },
  engine: { name: 'localstack-pods', version: '0.1.0' },
};
const { formatVersion: _, ...unnumbered } = config;

describe('the pod format version', () => {
  it('is 1 for a pod written before the config recorded it', () => {
    expect(formatVersionOf(unnumbered)).toBe(1);
    expect(() => refuseNewerFormat(unnumbered, 'old:1')).not.toThrow();
  });

  it('lets through the format this engine writes', () => {
    expect(formatVersionOf(config)).toBe(POD_FORMAT_VERSION);
    expect(() => refuseNewerFormat(config, 'current:1')).not.toThrow();
  });

  it('refuses a newer format, naming it and the engine version that wrote it as the one to upgrade to', () => {
    const newer = { ...config, formatVersion: POD_FORMAT_VERSION + 1, engine: { name: 'localstack-pods', version: '9.0.0' } };
    expect(() => refuseNewerFormat(newer, 'future:3')).toThrow(NewerFormatError);
    expect(() => refuseNewerFormat(newer, 'future:3')).toThrow(
      `Pod future:3 is in pod format ${POD_FORMAT_VERSION + 1}, written by localstack-pods 9.0.0; localstack-pods ${ENGINE_VERSION} reads pod formats up to ${POD_FORMAT_VERSION}. Upgrade to localstack-pods 9.0.0 or later to load it.`,
    );
  });

  it('asks for a newer localstack-pods when the config does not say which engine wrote it', () => {
    const { engine: _engine, ...anonymous } = { ...config, formatVersion: POD_FORMAT_VERSION + 1 };
    expect(() => refuseNewerFormat(anonymous as PodConfig, 'future:1')).toThrow(
      /reads pod formats up to \d+\. Upgrade to a newer localstack-pods to load it\.$/,
    );
  });

  it.each([0, 1.5, -2, '2', null])('takes %o for a damaged config', (formatVersion) => {
    expect(() => formatVersionOf({ ...config, formatVersion } as unknown as PodConfig)).toThrow(CorruptPodError);
  });
});
