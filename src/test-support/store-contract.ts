import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publish, pushBytes } from '../engine/copy.js';
import { DigestMismatchError, NotFoundError } from '../engine/errors.js';
import { digestOf } from '../engine/pod/digest.js';
import { encodeConfig, encodeManifest, type Descriptor } from '../engine/pod/manifest.js';
import { PAYLOAD_LAYER } from '../engine/pod/media-types.js';
import { MAX_POD_VERSION } from '../engine/pod/ref.js';
import type { ManagedStore } from '../engine/store/store.js';

export interface StoreUnderTest {
  readonly store: ManagedStore;
  /** Another handle on the same storage, as a second process would open it. */
  reopen(): Promise<ManagedStore>;
  dispose(): Promise<void>;
}

/** A payload blob holding `text`. */
export const blob = (text: string): { descriptor: Descriptor; bytes: Buffer } => {
  const bytes = Buffer.from(text);
  return { bytes, descriptor: { mediaType: PAYLOAD_LAYER, digest: digestOf(bytes), size: bytes.length } };
};

/** Stores a manifest with one payload layer holding `text`; returns its descriptor. */
export async function storeManifest(store: ManagedStore, text: string): Promise<Descriptor> {
  const layer = blob(text);
  await pushBytes(store, layer.descriptor, layer.bytes);
  const config = encodeConfig({
    format: 'portable',
    services: [],
    accounts: [],
    account: '000000000000',
    regions: [],
    resources: {},
    source: { brand: 'moto' },
    engine: { name: 'localstack-pods', version: '0' },
  });
  await pushBytes(store, config.descriptor, config.bytes);
  const manifest = encodeManifest(config.descriptor, [layer.descriptor], { created: text, message: '' });
  await pushBytes(store, manifest.descriptor, manifest.bytes);
  return manifest.descriptor;
}

/**
 * The behaviour every writable store shares; each store's test file runs it against its real
 * server (restic's backend test suite, oras-go's storage tests).
 */
export function storeContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`${name} (store contract)`, () => {
    let subject: StoreUnderTest;
    let store: ManagedStore;
    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(async () => {
      await subject.dispose();
    });

    it('stores a blob under its digest and reads it back', async () => {
      const { descriptor, bytes } = blob(`hello ${name}`);
      expect(await store.exists(descriptor.digest)).toBe(false);
      await store.push(descriptor, Readable.from([bytes]));
      expect(await store.exists(descriptor.digest)).toBe(true);
      expect((await buffer(await store.fetch(descriptor))).equals(bytes)).toBe(true);
      await store.push(descriptor, Readable.from([bytes]));
      // `check` compares stored sizes with the manifest's where a store tells them.
      if (store.sizeOf) {
        expect(await store.sizeOf(descriptor.digest)).toBe(bytes.length);
        expect(await store.sizeOf(blob('absent').descriptor.digest)).toBeUndefined();
      }
    });

    it('stores a blob of several megabytes', async () => {
      const bytes = Buffer.alloc(12 * 1024 * 1024 + 3, 'x');
      const descriptor = { mediaType: PAYLOAD_LAYER, digest: digestOf(bytes), size: bytes.length };
      await store.push(descriptor, Readable.from([bytes.subarray(0, 5_000_000), bytes.subarray(5_000_000)]));
      expect((await buffer(await store.fetch(descriptor))).equals(bytes)).toBe(true);
    });

    it('refuses content that does not match its digest, and keeps nothing of it', async () => {
      const { descriptor } = blob('expected content');
      await expect(store.push(descriptor, Readable.from([Buffer.from('other content!!!')]))).rejects.toThrow(DigestMismatchError);
      expect(await store.exists(descriptor.digest)).toBe(false);
    });

    it('answers a missing blob with NotFoundError', async () => {
      await expect(store.fetch(blob('absent').descriptor)).rejects.toThrow(NotFoundError);
    });

    it('tags a version only if it is absent, and lists pods and versions', async () => {
      const first = await storeManifest(store, 'one');
      const second = await storeManifest(store, 'two');
      expect(await store.tagIfAbsent('alpha', 1, first)).toBe(true);
      expect(await store.tagIfAbsent('alpha', 1, second)).toBe(false);
      expect(await store.tagIfAbsent('alpha', 2, second)).toBe(true);
      expect(await store.tagIfAbsent('beta', 1, first)).toBe(true);
      expect(await store.listPods()).toEqual(['alpha', 'beta']);
      const versions = await store.listVersions('alpha');
      expect(versions.map((v) => [v.version, v.descriptor.digest])).toEqual([
        [1, first.digest],
        [2, second.digest],
      ]);
      expect(await store.listVersions('absent')).toEqual([]);
    });

    it('gives ten concurrent saves of one pod the versions 1 to 10', async () => {
      const manifests = await Promise.all(Array.from({ length: 10 }, (_, i) => storeManifest(store, `v${i}`)));
      const others = await Promise.all(manifests.map(() => subject.reopen()));
      const versions = await Promise.all(manifests.map((m, i) => publish(others[i]!, 'busy', m)));
      await Promise.all(others.map((o) => o.close?.()));
      expect([...versions].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const listed = await store.listVersions('busy');
      expect(listed.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(new Set(listed.map((v) => v.descriptor.digest)).size).toBe(10);
    });

    it('takes the next number when the listing lags behind a tag, and stops at the highest version', async () => {
      const [first, second, third] = await Promise.all(['one', 'two', 'three'].map((text) => storeManifest(store, text)));
      expect(await store.tagIfAbsent('lagging', 1, first!)).toBe(true);
      const lagging: ManagedStore = Object.assign(Object.create(store) as ManagedStore, { listVersions: async () => [] });
      expect(await publish(lagging, 'lagging', second!)).toBe(2);
      expect(await store.tagIfAbsent('top', MAX_POD_VERSION, first!)).toBe(true);
      await expect(publish(store, 'top', third!)).rejects.toThrow(/top has reached version 999999999.*delete old versions/);
      expect((await store.listVersions('top')).map((v) => v.version)).toEqual([MAX_POD_VERSION]);
    });

    it('shows no version of a save that stored its blobs but was stopped before tagging', async () => {
      await storeManifest(store, 'never tagged');
      expect(await store.listPods()).toEqual([]);
    });

    it('deletes versions and collects only the blobs no version references', async () => {
      const first = await storeManifest(store, 'first');
      const second = await storeManifest(store, 'second');
      await publish(store, 'pod', first);
      await publish(store, 'pod', second);
      await store.deleteVersion('pod', 1);
      await store.collectGarbage();
      expect(await store.exists(first.digest)).toBe(false);
      expect(await store.exists(blob('first').descriptor.digest)).toBe(false);
      expect(await store.exists(second.digest)).toBe(true);
      expect(await store.exists(blob('second').descriptor.digest)).toBe(true);
      expect((await store.listVersions('pod')).map((v) => v.version)).toEqual([2]);
      await expect(store.deleteVersion('pod', 1)).rejects.toThrow(NotFoundError);
    });
  });
}
