import { CreateBucketCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load, versions } from '../../src/engine/index.js';
import { startSuite } from '../../src/suite/suite.js';
import { options, saveState, sdkConfig, tempHome } from '../../src/test-support/engine.js';
import { startLocalStack } from '../../src/test-support/localstack.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';
import type { Server } from '../../src/test-support/processes.js';

let localstack: Server;
let moto: Moto;
const home = tempHome();

const buckets = async (endpoint: string) => {
  const s3 = new S3Client(sdkConfig(endpoint));
  try {
    return ((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name).sort();
  } finally {
    s3.destroy();
  }
};

async function saveBucket(endpoint: string, bucket: string, pod: string): Promise<void> {
  const s3 = new S3Client(sdkConfig(endpoint));
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  } finally {
    s3.destroy();
  }
  await saveState(endpoint, home, pod);
}

/** Loads `pod` into `endpoint`, keeping what the load warns of where the pod was saved. */
async function loadNoting(pod: string, endpoint: string): Promise<string[]> {
  const warnings: string[] = [];
  await load({ pod, options: options(endpoint, home), onSourceMismatch: (mismatch) => void warnings.push(mismatch.message) });
  return warnings;
}

beforeAll(async () => {
  [localstack, moto] = await Promise.all([startLocalStack(), startMoto()]);
  await saveBucket(moto.endpoint, 'made-on-moto', 'from-moto');
  await saveBucket(localstack.endpoint, 'made-on-localstack', 'from-localstack');
}, 300_000);

afterAll(async () => {
  await Promise.all([localstack?.stop(), moto?.stop()]);
});

describe('a load into another emulator than the pod was saved from', () => {
  it('from moto into LocalStack 4.14: warned, naming both, and loaded', async () => {
    expect(await loadNoting('from-moto', localstack.endpoint)).toEqual([
      expect.stringMatching(/^saved from moto, loading into LocalStack 4\.14\.\d+$/),
    ]);
    expect(await buckets(localstack.endpoint)).toContain('made-on-moto');
  });

  it("from LocalStack 4.14 into moto: the pod records LocalStack's version, and the warning names it", async () => {
    const [saved] = (await versions('from-localstack', options(localstack.endpoint, home))).versions;
    // Installed on the host rather than from its image, LocalStack does not know its edition.
    expect(saved!.config.source).toEqual({ brand: 'localstack', version: expect.stringMatching(/^4\.14\.\d+$/) });
    const warnings = await loadNoting('from-localstack', moto.endpoint);
    expect(warnings).toEqual([`saved from LocalStack ${saved!.config.source.version}, loading into moto`]);
    expect(await buckets(moto.endpoint)).toContain('made-on-localstack');
  });

  it('from LocalStack into the same LocalStack: nothing to warn of', async () => {
    expect(await loadNoting('from-localstack', localstack.endpoint)).toEqual([]);
  });

  it("through the test fronts: the warning is in the run's log, and the pod is loaded", async () => {
    const lines: string[] = [];
    const suite = await startSuite({ pods: 'from-moto' }, { LOCALSTACK_PODS_HOME: home, LOCALSTACK_ENDPOINT: localstack.endpoint }, (line) =>
      lines.push(line),
    );
    await suite.finish(false);
    expect(lines.filter((l) => l.includes('saved from'))).toEqual([
      expect.stringMatching(/^from-moto: saved from moto, loading into LocalStack 4\.14\.\d+$/),
    ]);
    expect(suite.info.loaded.map((p) => p.name)).toEqual(['from-moto']);
  });
});
