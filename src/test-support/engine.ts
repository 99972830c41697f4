import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, resolveOptions, save, type RawOptions } from '../engine/index.js';

/** A fresh, empty $LOCALSTACK_PODS_HOME. */
export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'pods-home-'));
}

export function options(endpoint: string, home: string, raw: RawOptions = {}) {
  return resolveOptions({ endpoint, 'wait-timeout': '20', ...raw }, { LOCALSTACK_PODS_HOME: home });
}

/** Saves the instance's state as the next version of `pod` in the home's local store. */
export function saveState(endpoint: string, home: string, pod: string, raw: RawOptions = {}) {
  return save({ pod, options: options(endpoint, home, raw) });
}

export function loadState(endpoint: string, home: string, pod: string, raw: RawOptions = {}) {
  return load({ pod, options: options(endpoint, home, raw) });
}

/** Empties `services` (a comma-separated list) in the instance: `pod`, saved before they held anything, loaded over them. */
export function emptyServices(endpoint: string, home: string, pod: string, services: string) {
  return load({ pod, options: options(endpoint, home, { strategy: 'overwrite' }), only: { services: services.split(',') } });
}

/** SDK client settings for tests: the instance, test credentials, path-style S3. */
export function sdkConfig(endpoint: string, region = 'us-east-1') {
  return {
    endpoint,
    region,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    forcePathStyle: true,
  };
}
