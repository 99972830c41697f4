import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, instanceStatus, load, save } from '../../src/engine/index.js';
import { appendOperation } from '../../src/engine/status/instance-log.js';
import type { RecordedOperation } from '../../src/engine/status/operation.js';
import { startLocalStack } from '../../src/test-support/localstack.js';
import type { Server } from '../../src/test-support/processes.js';
import { statusHarness, statusScenarios, unique, type StatusFixture } from '../../src/test-support/status-scenarios.js';

let localstack: Server;
let accounts = 0;

beforeAll(async () => {
  localstack = await startLocalStack();
}, 300_000);
afterAll(async () => {
  await localstack?.stop();
});

/** LocalStack takes a 12-digit access key id as the account. */
const keysOf = async (account: string) => ({ AWS_ACCESS_KEY_ID: account, AWS_SECRET_ACCESS_KEY: 'test' });

/** LocalStack 4.14 cannot be reset: each test works in an account no other test touched. */
async function freshAccount(): Promise<StatusFixture> {
  const account = String(200_000_000_000 + ++accounts);
  return { endpoint: localstack.endpoint, account, env: await keysOf(account), credentialsIn: keysOf };
}

statusScenarios('LocalStack 4.14', freshAccount);

describe('status on LocalStack 4.14, across restarts', () => {
  it('records the session of the instance, and tells a restart that kept the record', async () => {
    const fixture = await freshAccount();
    const { options, cli, rows } = statusHarness(fixture);
    const { session_id: session } = (await (await fetch(`${localstack.endpoint}/_localstack/info`)).json()) as { session_id: string };
    // What a LocalStack with persistence keeps across a restart: its state, and the record of
    // the load that made it, written in its earlier session.
    await cli('s3api', 'create-bucket', '--bucket', unique('status-kept'));
    const earlier: RecordedOperation = {
      kind: 'load',
      at: new Date().toISOString(),
      pod: { name: 'kept', version: 2, digest: `sha256:${'0'.repeat(64)}`, remote: 'file:///elsewhere' },
      strategy: 'account-region-merge',
      scopes: [{ service: 's3', account: fixture.account, region: 'us-east-1' }],
      cleared: [],
      session: 'an-earlier-session',
    };
    await appendOperation(await connect(localstack.endpoint, { timeoutMs: 30_000 }), fixture.env, earlier);

    let status = await instanceStatus(options({ services: 's3' }));
    expect(status.session).toBe(session);
    expect(status.restartedSince).toBe(earlier.at);
    const origins = status.state.filter((s) => s.account === fixture.account).map((s) => s.pods.map((c) => [c.pod.name, c.beforeRestart]));
    expect(origins).toEqual([[['kept', true]]]);

    await save({ pod: 'current', options: options({ services: 's3' }) });
    await load({ pod: 'current', options: options() });
    status = await instanceStatus(options({ services: 's3' }));
    expect(rows(status)).toEqual(['s3 us-east-1 1 current:1']);
    expect(status.operations.filter((o) => o.pod.name === 'current').map((o) => o.session)).toEqual([session, session]);
    expect(status.restartedSince).toBe(earlier.at);
  });
});
