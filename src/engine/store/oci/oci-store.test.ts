import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { copyVersion, publish } from '../../copy.js';
import { DigestMismatchError, StoreError } from '../../errors.js';
import { digestOf } from '../../pod/digest.js';
import type { Descriptor } from '../../pod/manifest.js';
import { OCI_MANIFEST, PAYLOAD_LAYER, POD_ARTIFACT_TYPE } from '../../pod/media-types.js';
import { FileStore } from '../file/file-store.js';
import { openStoreUrl } from '../registry.js';
import { isManaged, type ManagedStore } from '../store.js';
import { startFaultProxy } from '../../../test-support/fault-proxy.js';
import { freePort } from '../../../test-support/processes.js';
import { logRequests, type RequestLog } from '../../../test-support/request-log.js';
import { startRegistry, type Registry, type RegistryAuth } from '../../../test-support/registry.js';
import { storeContract, storeManifest } from '../../../test-support/store-contract.js';
import { parseChallenge } from './auth.js';
import { EMPTY_CONFIG, EMPTY_CONFIG_BYTES, newClaim } from './claims.js';
import { OciStore } from './oci-store.js';
import { parseRegistryUrl } from './remote.js';

let namespaces = 0;
/** A namespace of its own per store, so tests sharing a registry never see each other's pods. */
const freshNamespace = () => `t${process.pid}x${++namespaces}/pods`;

async function openRemote(template: string, env: NodeJS.ProcessEnv = {}): Promise<ManagedStore> {
  const store = await openStoreUrl(template, 'write', env);
  if (!isManaged(store)) throw new Error('the oras store is not a managed store');
  return store;
}

const blob = (bytes: Buffer): { descriptor: Descriptor; bytes: Buffer } => ({
  bytes,
  descriptor: { mediaType: PAYLOAD_LAYER, digest: digestOf(bytes), size: bytes.length },
});

/** The requests the registry received through `log` while `action` ran, as `METHOD path?query`. */
async function requestsDuring(log: RequestLog, action: () => Promise<unknown>): Promise<string[]> {
  const before = log.requests.length;
  await action();
  return log.requests.slice(before);
}

for (const auth of ['none', 'htpasswd', 'token'] as const satisfies readonly RegistryAuth[]) {
  describe(`OCI registry store, ${auth} auth`, () => {
    let registry: Registry;
    beforeAll(async () => {
      registry = await startRegistry({ auth });
    });
    afterAll(async () => {
      await registry?.stop();
    });

    storeContract(`oras:// (${auth})`, async () => {
      const url = registry.url(freshNamespace());
      const store = await openRemote(url, registry.env);
      return { store, reopen: () => openRemote(url, registry.env), dispose: async () => undefined };
    });

    if (auth !== 'none') {
      it('refuses a wrong password with one line naming the remote, the password masked', async () => {
        const url = `oras://${registry.credentials!.username}:wrong-secret@${registry.host}/pods?plain-http=true`;
        const error = await openRemote(url).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreError);
        const message = (error as Error).message;
        expect(message).toBe(
          `Registry ${registry.host} refused the credentials for oras://${registry.credentials!.username}:***@${registry.host}/pods?plain-http=true (401).`,
        );
      });

      it('says credentials are needed when the URL has none', async () => {
        // A token registry lets anyone in with an empty token; the first repository request fails.
        const error = await openRemote(`oras://${registry.host}/pods?plain-http=true`)
          .then((store) => store.listVersions('pod'))
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreError);
        expect((error as Error).message).toMatch(/requires credentials .*\{oras_username\}:\{oras_password\}/);
      });
    }

    if (auth === 'token') {
      it('asks the token service for pull,push on the pod repository and for the catalog', async () => {
        const store = await openRemote(registry.url(freshNamespace()), registry.env);
        registry.tokenRequests.length = 0;
        const manifest = await storeManifest(store.forPod!('scoped'), 'scoped');
        await publish(store.forPod!('scoped'), 'scoped', manifest);
        expect(await store.listPods()).toEqual(['scoped']);
        const pod = registry.tokenRequests.filter((scopes) => scopes.some((s) => s.includes('/pods/scoped:')));
        // One token for the pod's repository serves every read and write of the save, and one
        // more removes the claim that took the version number.
        expect(pod).toHaveLength(2);
        expect(pod[0]).toContainEqual(expect.stringMatching(/^repository:t\d+x\d+\/pods\/scoped:pull,push$/));
        expect(pod[1]).toEqual([expect.stringMatching(/^repository:t\d+x\d+\/pods\/scoped:delete$/)]);
        expect(registry.tokenRequests.flat()).toContain('registry:catalog:*');
      });
    }
  });
}

describe('OCI registry store, behaviour', () => {
  let registry: Registry;
  let namespace: string;
  let store: OciStore;
  /** In front of the registry: the requests the store sends, as the registry gets them. */
  let log: RequestLog;
  const openDirect = (options: { chunkSize?: number } = {}) => {
    const url = registry.url(namespace).replace(registry.host, new URL(log.endpoint).host);
    return OciStore.open(parseRegistryUrl(new URL(url), url), { mode: 'write', ...options });
  };

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'none' });
    log = await logRequests(`http://${registry.host}`);
  });
  afterAll(async () => {
    await log?.close();
    await registry?.stop();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const fresh = async (options: { chunkSize?: number } = {}) => {
    namespace = freshNamespace();
    store = await openDirect(options);
    return store;
  };

  it('reports an unreachable registry in one line naming it', async () => {
    const port = await freePort();
    const error = await openRemote(`oras://127.0.0.1:${port}/pods?plain-http=true`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    const message = (error as Error).message;
    expect(message).toMatch(
      new RegExp(`^Cannot reach registry 127\\.0\\.0\\.1:${port} for oras://127\\.0\\.0\\.1:${port}/pods\\?plain-http=true: .*ECONNREFUSED`),
    );
    expect(message).not.toContain('\n');
  });

  it('hints at ?plain-http=true when HTTPS meets a plain HTTP registry', async () => {
    const error = await openRemote(`oras://${registry.host}/pods`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/add \?plain-http=true/);
  });

  it('uploads a blob larger than the chunk size in chunks, and refuses a bad one without committing it', async () => {
    await fresh({ chunkSize: 1024 * 1024 });
    const pod = store.forPod('chunky');
    const { descriptor, bytes } = blob(randomBytes(3 * 1024 * 1024 + 17));
    const requests = await requestsDuring(log, () => pod.push(descriptor, Readable.from([bytes.subarray(0, 100_000), bytes.subarray(100_000)])));
    expect(requests.filter((r) => r.startsWith('PATCH '))).toHaveLength(4);
    expect(requests.filter((r) => r.startsWith('PUT ') && r.includes(`digest=${encodeURIComponent(descriptor.digest)}`))).toHaveLength(1);
    expect((await buffer(await pod.fetch(descriptor))).equals(bytes)).toBe(true);

    const bad = blob(randomBytes(2 * 1024 * 1024 + 5));
    const tampered = Buffer.from(bad.bytes);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 1) ^ 1, tampered.length - 1);
    await expect(pod.push(bad.descriptor, Readable.from([tampered]))).rejects.toThrow(DigestMismatchError);
    expect(await pod.exists(bad.descriptor.digest)).toBe(false);
  });

  it('does not upload a blob the repository holds already', async () => {
    await fresh();
    const pod = store.forPod('once');
    const { descriptor, bytes } = blob(Buffer.from('stored once'));
    await pod.push(descriptor, Readable.from([bytes]));
    const requests = await requestsDuring(log, () => pod.push(descriptor, Readable.from([bytes])));
    expect(requests).toEqual([`HEAD /v2/${namespace}/once/blobs/${descriptor.digest}`]);
  });

  it('mounts a blob from another repository of the namespace instead of uploading it', async () => {
    await fresh();
    const { descriptor, bytes } = blob(randomBytes(64 * 1024));
    await store.forPod('first').push(descriptor, Readable.from([bytes]));
    const second = store.forPod('second');
    const requests = await requestsDuring(log, () => second.push(descriptor, Readable.from([bytes])));
    expect(requests).toEqual([
      `HEAD /v2/${namespace}/second/blobs/${descriptor.digest}`,
      `POST /v2/${namespace}/second/blobs/uploads/?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(`${namespace}/first`)}`,
    ]);
    expect(await second.exists(descriptor.digest)).toBe(true);
    expect((await buffer(await second.fetch(descriptor))).equals(bytes)).toBe(true);
  });

  it('uploads after all when the registry answers a mount with 202', async () => {
    await fresh();
    const { descriptor, bytes } = blob(randomBytes(32 * 1024));
    await store.forPod('gone').push(descriptor, Readable.from([bytes]));
    // The source loses the blob behind this process's back: distribution then opens an upload (202).
    const unlink = await fetch(`http://${registry.host}/v2/${namespace}/gone/blobs/${descriptor.digest}`, { method: 'DELETE' });
    expect(unlink.status).toBe(202);
    const target = store.forPod('fallback');
    const requests = await requestsDuring(log, () => target.push(descriptor, Readable.from([bytes])));
    expect(requests.map((r) => r.split(' ')[0])).toEqual(['HEAD', 'POST', 'PUT']);
    expect((await buffer(await target.fetch(descriptor))).equals(bytes)).toBe(true);
  });

  it('publishes a manifest that oras, skopeo and crane read as a pod artifact', async () => {
    await fresh();
    const pod = store.forPod('readable');
    const manifest = await storeManifest(pod, 'for other tools');
    expect(await publish(pod, 'readable', manifest)).toBe(1);
    const response = await fetch(`http://${registry.host}/v2/${namespace}/readable/manifests/1`, {
      headers: { accept: OCI_MANIFEST },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(OCI_MANIFEST);
    expect(response.headers.get('docker-content-digest')).toBe(manifest.digest);
    const body = (await response.json()) as { mediaType: string; artifactType: string; layers: unknown[] };
    expect(body.mediaType).toBe(OCI_MANIFEST);
    expect(body.artifactType).toBe(POD_ARTIFACT_TYPE);
    expect(body.layers).toHaveLength(1);
  });

  it('copies a pod in and out through pod views without the staging repository', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oci-copy-'));
    try {
      const source = await FileStore.open(join(dir, 'in'), { create: true });
      const manifest = await storeManifest(source, 'round trip');
      await source.tagIfAbsent('trip', 1, manifest);
      const [version] = await source.listVersions('trip');
      await fresh();
      expect((await copyVersion(source, version!, store, 'trip')).version).toBe(1);

      const reader = await openDirect();
      const [remote] = await reader.listVersions('trip');
      expect(remote!.descriptor.digest).toBe(manifest.digest);
      const target = await FileStore.open(join(dir, 'out'), { create: true });
      expect((await copyVersion(reader, remote!, target, 'trip')).version).toBe(1);
      expect((await target.listVersions('trip'))[0]!.descriptor.digest).toBe(manifest.digest);
      const catalog = (await (await fetch(`http://${registry.host}/v2/_catalog`)).json()) as { repositories: string[] };
      expect(catalog.repositories.filter((r) => r.startsWith(`${namespace}/`))).toEqual([`${namespace}/trip`]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('deleting one of two versions that share a manifest keeps the other', async () => {
    await fresh();
    const pod = store.forPod('twins');
    const manifest = await storeManifest(pod, 'twin');
    await publish(pod, 'twins', manifest);
    await publish(pod, 'twins', manifest);
    const outcome = await store.deleteVersion('twins', 1).then(
      () => 'deleted',
      (e: unknown) => e,
    );
    // distribution 2.8 cannot delete a tag alone; then nothing is deleted, and it says why.
    if (outcome !== 'deleted') {
      expect(outcome).toBeInstanceOf(StoreError);
      expect((outcome as Error).message).toMatch(/cannot delete the tag .*\/twins:1 alone .*would also delete twins:2 of/);
      expect((await store.listVersions('twins')).map((v) => v.version)).toEqual([1, 2]);
    } else {
      expect((await store.listVersions('twins')).map((v) => v.version)).toEqual([2]);
    }
  });

  it('lists only pods with versions, oldest version first, ignoring other tags', async () => {
    await fresh();
    const pod = store.forPod('tags');
    const manifest = await storeManifest(pod, 'tagged');
    const bytes = await buffer(await pod.fetch(manifest));
    for (const tag of ['10', '2', 'latest', '0', '07']) {
      const put = await fetch(`http://${registry.host}/v2/${namespace}/tags/manifests/${tag}`, {
        method: 'PUT',
        headers: { 'content-type': OCI_MANIFEST },
        body: bytes,
      });
      expect(put.status).toBe(201);
    }
    await storeManifest(store.forPod('untagged'), 'never tagged');
    expect((await store.listVersions('tags')).map((v) => v.version)).toEqual([2, 10]);
    expect(await store.listPods()).toEqual(['tags']);
  });

  it('takes the next number when another writer claims a version, ignores and removes a claim a killed writer left, and leaves no claim of its own', async () => {
    await fresh();
    const pod = store.forPod('claimed');
    const manifest = await storeManifest(pod, 'claimed');
    await pod.push(EMPTY_CONFIG, Readable.from([EMPTY_CONFIG_BYTES]));
    const rival = newClaim(1);
    const killed = newClaim(2, new Date(Date.now() - 2 * 3600_000));
    for (const claim of [rival, killed]) {
      const put = await fetch(`http://${registry.host}/v2/${namespace}/claimed/manifests/${claim.tag}`, {
        method: 'PUT',
        headers: { 'content-type': OCI_MANIFEST },
        body: claim.bytes,
      });
      expect(put.status).toBe(201);
    }

    expect(await publish(pod, 'claimed', manifest)).toBe(2);

    const tags = (await (await fetch(`http://${registry.host}/v2/${namespace}/claimed/tags/list`)).json()) as { tags: string[] };
    expect(tags.tags.sort()).toEqual(['2', rival.tag]);
    expect((await store.listVersions('claimed')).map((v) => v.version)).toEqual([2]);
  });

  it('leaves a version alone whose writer tagged it and withdrew its claim between the listing and the look-up of that claim', async () => {
    await fresh();
    const proxy = await startFaultProxy(`http://${registry.host}`);
    try {
      const url = registry.url(namespace).replace(registry.host, new URL(proxy.url).host);
      const racing = (await OciStore.open(parseRegistryUrl(new URL(url), url), { mode: 'write' })).forPod('raced');
      const pod = store.forPod('raced');
      const [ours, theirs] = await Promise.all([storeManifest(pod, 'ours'), storeManifest(pod, 'theirs')]);
      await pod.push(EMPTY_CONFIG, Readable.from([EMPTY_CONFIG_BYTES]));
      const theirBytes = await buffer(await pod.fetch(theirs));
      // Their claim sorts after ours, so ours waits for it rather than giving way.
      const rival = newClaim(1, new Date(Date.now() + 60_000));
      const at = (reference: string) => `http://${registry.host}/v2/${namespace}/raced/manifests/${reference}`;
      const put = (reference: string, bytes: Buffer) =>
        fetch(at(reference), { method: 'PUT', headers: { 'content-type': OCI_MANIFEST }, body: bytes });
      const claimed = async () => expect((await put(rival.tag, rival.bytes)).status).toBe(201);
      // What the rival does once ours has listed its claim: it tags the version, then withdraws.
      const tookIt = async () => {
        expect((await put('1', theirBytes)).status).toBe(201);
        expect((await fetch(at(rival.descriptor.digest), { method: 'DELETE' })).status).toBe(202);
      };
      const once = <T>(run: () => Promise<T>) => {
        let started: Promise<T> | undefined;
        return () => (started ??= run());
      };
      const [claimedOnce, tookItOnce] = [once(claimed), once(tookIt)];
      proxy.rules = [
        { when: (head) => head.method === 'PUT' && head.url.includes('/manifests/claim-1-'), fault: { kind: 'hold', until: claimedOnce }, times: 1 },
        {
          when: (head) => head.method === 'HEAD' && head.url.endsWith(`/manifests/${rival.tag}`),
          fault: { kind: 'hold', until: tookItOnce },
          times: 1,
        },
      ];

      expect(await publish(racing, 'raced', ours)).toBe(2);
      await tookItOnce();
      expect(proxy.applied.hold).toBe(2);
      const versions = await store.listVersions('raced');
      expect(versions.map((v) => [v.version, v.descriptor.digest])).toEqual([
        [1, theirs.digest],
        [2, ours.digest],
      ]);
    } finally {
      await proxy.close();
    }
  });
});

describe('OCI registry store, registry refusing deletes', () => {
  let registry: Registry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'none', deleteEnabled: false });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('says the registry does not allow deletes', async () => {
    const store = await openRemote(registry.url(freshNamespace()));
    const pod = store.forPod!('kept');
    await publish(pod, 'kept', await storeManifest(pod, 'kept'));
    await expect(store.deleteVersion('kept', 1)).rejects.toThrow(/does not allow deletes .*REGISTRY_STORAGE_DELETE_ENABLED=true/);
  });

  it('publishes one version after another though the claims that took their numbers cannot be removed', async () => {
    const store = await openRemote(registry.url(freshNamespace()));
    const pod = store.forPod!('claims');
    expect(await publish(pod, 'claims', await storeManifest(pod, 'first'))).toBe(1);
    expect(await publish(pod, 'claims', await storeManifest(pod, 'second'))).toBe(2);
    expect((await store.listVersions('claims')).map((v) => v.version)).toEqual([1, 2]);
  });
});

describe('OCI registry store, fake registries', () => {
  /** Serves `answer(path)` on a free port for the duration of `run`. */
  async function withFake(
    answer: (url: URL) => { status: number; body?: unknown; headers?: Record<string, string> },
    run: (host: string) => Promise<void>,
  ) {
    const { createServer } = await import('node:http');
    const server = createServer((request, response) => {
      const { status, body, headers } = answer(new URL(request.url ?? '/', 'http://fake'));
      response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body ?? {}));
    });
    const port = await freePort();
    await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
    try {
      await run(`127.0.0.1:${port}`);
    } finally {
      await new Promise((done) => server.close(done));
    }
  }

  it('follows catalog pages and lists only the repositories of the namespace that have versions', async () => {
    await withFake(
      (url) => {
        if (url.pathname === '/v2/_catalog' && !url.searchParams.has('last')) {
          return {
            status: 200,
            body: { repositories: ['team/a', 'team/deep/x', 'teammate/z'] },
            headers: { link: '</v2/_catalog?last=teammate%2Fz&n=1000>; rel="next"' },
          };
        }
        if (url.pathname === '/v2/_catalog') return { status: 200, body: { repositories: ['team/b', 'team/c'] } };
        if (url.pathname === '/v2/team/a/tags/list') return { status: 200, body: { tags: ['1', 'latest'] } };
        if (url.pathname === '/v2/team/b/tags/list') return { status: 200, body: { tags: ['latest'] } };
        if (url.pathname === '/v2/team/c/tags/list') return { status: 200, body: { tags: ['3'] } };
        return { status: url.pathname === '/v2/' ? 200 : 404 };
      },
      async (host) => {
        const store = await openRemote(`oras://${host}/team?plain-http=true`);
        expect(await store.listPods()).toEqual(['a', 'c']);
      },
    );
  });

  it('asks for the pod name when the registry has no catalog API', async () => {
    await withFake(
      (url) => ({ status: url.pathname === '/v2/' ? 200 : 404 }),
      async (host) => {
        const store = await openRemote(`oras://${host}/team?plain-http=true`);
        await expect(store.listPods()).rejects.toThrow(
          `Registry ${host} does not offer the catalog API (404 on /v2/_catalog), so the pods of oras://${host}/team?plain-http=true cannot be listed; name the pod: localstack-pods versions NAME oras://${host}/team?plain-http=true.`,
        );
      },
    );
  });
});

describe('WWW-Authenticate challenges', () => {
  it('reads quoted parameters with commas, and bare ones', () => {
    expect(parseChallenge('Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:a/b:pull,push' },
    });
    expect(parseChallenge('Basic realm=registry')).toEqual({ scheme: 'basic', params: { realm: 'registry' } });
    expect(parseChallenge('')).toEqual({ scheme: '', params: {} });
  });
});
