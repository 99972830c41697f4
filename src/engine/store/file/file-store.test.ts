import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { CorruptPodError, DigestMismatchError, NotFoundError } from '../../errors.js';
import { publish } from '../../copy.js';
import { blob, storeContract, storeManifest } from '../../../test-support/store-contract.js';
import { FileStore } from './file-store.js';

let root: string;
let store: FileStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'file-store-'));
  store = await FileStore.open(root, { create: true });
});

const storedManifest = (text: string) => storeManifest(store, text);

storeContract('the file store', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'file-contract-'));
  return {
    store: await FileStore.open(dir, { create: true }),
    reopen: () => FileStore.open(dir, { create: false }),
    dispose: async () => undefined,
  };
});

describe('the file store', () => {
  it('is an OCI image layout directory', async () => {
    expect(JSON.parse(await readFile(join(root, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
    const manifest = await storedManifest('a');
    await publish(store, 'pod', manifest);
    const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
    expect(index.manifests[0].annotations['org.opencontainers.image.ref.name']).toBe('pod:1');
    expect(index.manifests[0].digest).toBe(manifest.digest);
    expect(await readdir(join(root, 'blobs', 'sha256'))).toContain(manifest.digest.slice(7));
  });

  it('verifies a blob in place, across reads of its buffer, and names what is wrong with an altered one', async () => {
    const content = Buffer.alloc(3 * 1024 * 1024 + 5, 'abc');
    const stored = await store.ingest(Readable.from([content]));
    const descriptor = { mediaType: 'application/octet-stream', ...stored };
    await store.verify(descriptor);
    const path = store.blobPath(stored.digest);
    await writeFile(path, Buffer.concat([content, Buffer.from('!')]));
    await expect(store.verify(descriptor)).rejects.toThrow(/larger than the 3145733 bytes/);
    await writeFile(path, content.subarray(1));
    await expect(store.verify(descriptor)).rejects.toThrow(/truncated: 3145732 of 3145733 bytes/);
    content[0] = 0;
    await writeFile(path, content);
    await expect(store.verify(descriptor)).rejects.toThrow(DigestMismatchError);
    await expect(store.verify({ ...descriptor, digest: `sha256:${'0'.repeat(64)}` })).rejects.toThrow(NotFoundError);
  });

  it('never tags a version whose manifest is not stored', async () => {
    await expect(store.tagIfAbsent('pod', 1, blob('missing').descriptor)).rejects.toThrow(/is not stored/);
    expect(await store.listPods()).toEqual([]);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const lock = join(root, 'index.json.lock');
    await mkdir(lock);
    await writeFile(join(lock, 'owner.json'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), acquired: Date.now() }));
    await publish(store, 'pod', await storedManifest('x'));
    expect((await store.listVersions('pod')).length).toBe(1);
  });

  it('refuses to work on a damaged index.json and leaves it as it is', async () => {
    await writeFile(join(root, 'index.json'), '{"manifests": [');
    await expect(store.listPods()).rejects.toThrow(CorruptPodError);
    await expect(publish(store, 'pod', await storedManifest('y'))).rejects.toThrow(CorruptPodError);
    expect(await readFile(join(root, 'index.json'), 'utf8')).toBe('{"manifests": [');
  });

  it('opens an existing layout for reading and refuses a missing one', async () => {
    await expect(FileStore.open(join(root, 'absent'), { create: false })).rejects.toThrow(NotFoundError);
    expect((await FileStore.open(root, { create: false })).root).toBe(root);
  });
});
