import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, truncate, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { beforeEach, describe, expect, it } from 'vitest';
import { copyVersion } from '../../copy.js';
import { CorruptPodError, DigestMismatchError, NotFoundError, UnsafePathError } from '../../errors.js';
import { digestOf } from '../../pod/digest.js';
import { PAYLOAD_LAYER } from '../../pod/media-types.js';
import { FileStore } from '../file/file-store.js';
import { blob, storeManifest } from '../../../test-support/store-contract.js';
import { ZipReader } from './zip-reader.js';
import { ZipWriter } from './zip-writer.js';

let dir: string;
let source: FileStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'single-file-'));
  source = await FileStore.open(join(dir, 'store'), { create: true });
});

async function version(text: string) {
  return { manifest: await storeManifest(source, text), layer: blob(text).descriptor };
}

async function writePod(path: string, text: string) {
  const v = await version(text);
  const writer = await ZipWriter.create(path);
  try {
    await copyVersion(source, { name: 'my-pod', version: 1, descriptor: v.manifest }, writer, 'my-pod', 1);
    await writer.commit();
  } finally {
    await writer.close();
  }
  return v;
}

describe('single-file pods', () => {
  it('hold an OCI layout in a zip, read back blob by blob', async () => {
    const path = join(dir, 'my-pod');
    const v = await writePod(path, 'payload');
    const entries = execFileSync('python3', ['-c', `import zipfile,sys;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))`, path])
      .toString()
      .trim()
      .split('\n');
    expect(entries).toContain('oci-layout');
    expect(entries).toContain('index.json');
    expect(entries).toContain(`blobs/sha256/${v.layer.digest.slice(7)}`);
    const reader = await ZipReader.open(path);
    expect(await reader.listPods()).toEqual(['my-pod']);
    expect((await reader.listVersions('my-pod'))[0]!.descriptor.digest).toBe(v.manifest.digest);
    expect((await buffer(await reader.fetch(v.layer))).toString()).toBe('payload');
    await reader.close();
  });

  it('are byte-identical for the same pod', async () => {
    await writePod(join(dir, 'a'), 'same');
    await writePod(join(dir, 'b'), 'same');
    expect((await readFile(join(dir, 'a'))).equals(await readFile(join(dir, 'b')))).toBe(true);
  });

  it('leave no file behind when writing fails', async () => {
    const path = join(dir, 'broken');
    const writer = await ZipWriter.create(path);
    const descriptor = { mediaType: PAYLOAD_LAYER, digest: digestOf('x'), size: 1 };
    await expect(writer.push(descriptor, Readable.from([Buffer.from('y')]))).rejects.toThrow(DigestMismatchError);
    await writer.close();
    await expect(stat(path)).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f.startsWith('.tmp'))).toEqual([]);
  });

  it('refuse a truncated file', async () => {
    const path = join(dir, 'cut');
    await writePod(path, 'x'.repeat(10_000));
    await truncate(path, (await stat(path)).size - 100);
    await expect(ZipReader.open(path)).rejects.toThrow(CorruptPodError);
  });

  it('refuse a file that is not a zip, and a zip that is not a pod', async () => {
    await writeFile(join(dir, 'text'), 'hello');
    await expect(ZipReader.open(join(dir, 'text'))).rejects.toThrow(CorruptPodError);
    execFileSync('python3', [
      '-c',
      'import zipfile,sys;z=zipfile.ZipFile(sys.argv[1],"w");z.writestr("a.txt","x");z.close()',
      join(dir, 'plain.zip'),
    ]);
    await expect(ZipReader.open(join(dir, 'plain.zip'))).rejects.toThrow(/not a pod/);
  });

  it.each(['../evil', '/abs/evil', 'blobs/../../evil'])('refuse a zip with the entry %j', async (entry) => {
    const path = join(dir, 'evil.zip');
    execFileSync('python3', [
      '-c',
      'import zipfile,sys;z=zipfile.ZipFile(sys.argv[1],"w");z.writestr("oci-layout","{}");z.writestr("index.json","{}");z.writestr(zipfile.ZipInfo(sys.argv[2]),"x");z.close()',
      path,
      entry,
    ]);
    await expect(ZipReader.open(path)).rejects.toThrow(UnsafePathError);
  });

  it('answer a missing file with NotFoundError', async () => {
    await expect(ZipReader.open(join(dir, 'absent'))).rejects.toThrow(NotFoundError);
  });
});
