import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aws } from '../../test-support/cli.js';
import { startFaultProxy } from '../../test-support/fault-proxy.js';
import { startMoto, type Moto } from '../../test-support/moto.js';
import { statusHarness, statusScenarios, unique, type StatusFixture } from '../../test-support/status-scenarios.js';
import { instanceStatus, load, save, STATUS_BUCKET } from '../index.js';

let moto: Moto;

beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => {
  await moto.stop();
});

/** moto takes the account of assumed-role credentials from the role's ARN. */
async function credentialsIn(account: string): Promise<NodeJS.ProcessEnv> {
  const role = `arn:aws:iam::${account}:role/status-test`;
  const { Credentials: c } = (await aws(moto.endpoint, ['sts', 'assume-role', '--role-arn', role, '--role-session-name', 'status'])).json;
  return { AWS_ACCESS_KEY_ID: c.AccessKeyId, AWS_SECRET_ACCESS_KEY: c.SecretAccessKey, AWS_SESSION_TOKEN: c.SessionToken };
}

async function freshMoto(): Promise<StatusFixture> {
  await moto.reset();
  return { endpoint: moto.endpoint, account: '123456789012', env: {}, credentialsIn };
}

statusScenarios('moto', freshMoto);

describe('status on moto, further', () => {
  let fixture: StatusFixture;
  beforeEach(async () => {
    fixture = await freshMoto();
  });

  it('says that no state came from a pod once the instance was reset', async () => {
    const { options, cli, rows } = statusHarness(fixture);
    await cli('s3api', 'create-bucket', '--bucket', unique('status-reset'));
    await save({ pod: 'before-reset', options: options() });
    await load({ pod: 'before-reset', options: options() });
    expect(rows(await instanceStatus(options()))).toEqual(['s3 us-east-1 1 before-reset:1']);

    await moto.reset();
    await cli('sqs', 'create-queue', '--queue-name', 'after-reset');
    const status = await instanceStatus(options());
    expect(status.operations).toEqual([]);
    expect(rows(status)).toEqual(['sqs us-east-1 1 no pod']);
    expect(status.session).toBeUndefined();
    expect(status.restartedSince).toBeUndefined();
  });

  it('warns once, and loads and saves all the same, when the record cannot be written', async () => {
    const proxy = await startFaultProxy(moto.endpoint);
    proxy.rules = [{ when: (head) => head.url.startsWith(`/${STATUS_BUCKET}`), fault: { kind: 'status', status: 403 } }];
    try {
      const { options, cli, rows } = statusHarness({ ...fixture, endpoint: proxy.url });
      await cli('s3api', 'create-bucket', '--bucket', unique('status-refused'));
      const saved = await save({ pod: 'unrecorded', options: options() });
      const loaded = await load({ pod: 'unrecorded', options: options() });
      for (const result of [saved, loaded]) {
        expect(result.warnings).toEqual([
          {
            service: 's3',
            resource: `bucket ${STATUS_BUCKET}`,
            message: expect.stringMatching(/is done, but could not be recorded in the instance/),
          },
        ]);
      }
      expect(saved.version).toBe(1);
      expect(proxy.applied.status).toBeGreaterThan(0);
      const status = await instanceStatus(statusHarness(fixture).options());
      expect(status.operations).toEqual([]);
      expect(rows(status)).toEqual([expect.stringMatching(/^s3 us-east-1 1 no pod$/)]);
    } finally {
      await proxy.close();
    }
  });
});
