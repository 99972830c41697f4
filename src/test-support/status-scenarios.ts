import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  inspectState,
  instanceStatus,
  load,
  resolveOptions,
  save,
  STATUS_ACCOUNT,
  STATUS_BUCKET,
  type InstanceStatus,
  type RawOptions,
} from '../engine/index.js';
import { aws } from './cli.js';
import { FRONT_SERVICES, tempHome } from './engine.js';
import { podRecords } from './pod-records.js';

/** An instance as one test sees it: where it is, and credentials (AWS_* variables) that act in an account of the test's own. */
export interface StatusFixture {
  readonly endpoint: string;
  readonly account: string;
  readonly env: NodeJS.ProcessEnv;
  /** Credentials that act in `account` of the instance. */
  credentialsIn(account: string): Promise<NodeJS.ProcessEnv>;
}

/** The test's view: engine options, the AWS CLI and `status` rows, all in the fixture's account. */
export function statusHarness(fixture: StatusFixture, env: NodeJS.ProcessEnv = fixture.env) {
  const home = tempHome();
  const options = (raw: RawOptions = {}) =>
    resolveOptions({ endpoint: fixture.endpoint, 'wait-timeout': '30', services: FRONT_SERVICES, ...raw }, { LOCALSTACK_PODS_HOME: home, ...env });
  const cli = async (...args: string[]) => (await aws(fixture.endpoint, args, { env })).json;
  /** `service region resources from` per scope of `account` (the test's own by default) that holds state. */
  const rows = (status: InstanceStatus, account = fixture.account) =>
    status.state
      .filter((s) => s.account === account)
      .map((s) => `${s.service} ${s.region} ${s.resources} ${s.pods.map((c) => `${c.pod.name}:${c.pod.version}`).join('+') || 'no pod'}`);
  /** The recorded operations on the pods named, as `kind name:version strategy`. */
  const operationsOn = (status: InstanceStatus, ...pods: string[]) =>
    status.operations.filter((o) => pods.includes(o.pod.name)).map((o) => `${o.kind} ${o.pod.name}:${o.pod.version} ${o.strategy ?? '-'}`);
  return { home, options, cli, rows, operationsOn };
}

/** A name no other test of the run uses: S3 bucket names span the accounts of an instance. */
export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/**
 * What `status` must do on every emulator, the same scenarios on each (moto and LocalStack run
 * them); `prepare` gives each test an instance with an account no earlier test touched.
 */
export function statusScenarios(server: string, prepare: () => Promise<StatusFixture>): void {
  describe(`status on ${server}`, () => {
    it('names the pod version each service came from, and no pod for state made without one', async () => {
      const fixture = await prepare();
      const { options, cli, rows, operationsOn, home } = statusHarness(fixture);
      const status = (raw: RawOptions = {}) => instanceStatus(options(raw));
      const bucket = unique('status-data');
      const file = join(home, 'hello.txt');
      writeFileSync(file, 'hello\n');
      await cli('s3api', 'create-bucket', '--bucket', bucket);
      await cli('s3', 'cp', file, `s3://${bucket}/hello.txt`);
      await cli('sqs', 'create-queue', '--queue-name', 'jobs', '--region', 'eu-west-1');
      expect(rows(await status())).toEqual(['s3 us-east-1 2 no pod', 'sqs eu-west-1 1 no pod']);

      await save({ pod: 'base', options: options() });
      await load({ pod: 'base', options: options() });
      await cli('ssm', 'put-parameter', '--name', '/app/flag', '--value', 'on', '--type', 'String');
      let now = await status();
      expect(rows(now)).toEqual(['s3 us-east-1 2 base:1', 'sqs eu-west-1 1 base:1', 'ssm us-east-1 1 no pod']);
      expect(operationsOn(now, 'base')).toEqual(['save base:1 -', 'load base:1 account-region-merge']);
      const loaded = now.operations.filter((o) => o.pod.name === 'base').at(-1)!;
      expect(loaded.scopes.map((s) => `${s.service} ${s.account} ${s.region}`).sort()).toEqual([
        `s3 ${fixture.account} us-east-1`,
        `sqs ${fixture.account} eu-west-1`,
      ]);

      // A deep-merge adds its pod to what is there; a load that empties the scope replaces both.
      await cli('s3api', 'create-bucket', '--bucket', unique('status-extra'));
      await save({ pod: 'extra', options: options({ services: 's3' }) });
      await load({ pod: 'extra', options: options({ strategy: 'deep-merge' }) });
      expect(rows(await status({ services: 's3' }))).toEqual(['s3 us-east-1 3 base:1+extra:1']);
      await load({ pod: 'base', options: options({ services: 's3' }) });
      now = await status();
      expect(rows(now)).toEqual(['s3 us-east-1 2 base:1', 'sqs eu-west-1 1 base:1', 'ssm us-east-1 1 no pod']);
      expect(operationsOn(now, 'base', 'extra')).toEqual([
        'save base:1 -',
        'load base:1 account-region-merge',
        'save extra:1 -',
        'load extra:1 deep-merge',
        'load base:1 account-region-merge',
      ]);
    });

    it('keeps its record out of saves, state inspect, the bucket listing of the account and the clear of a load', async () => {
      const fixture = await prepare();
      const user = statusHarness(fixture);
      await user.cli('s3api', 'create-bucket', '--bucket', unique('status-user'));
      await save({ pod: 'user', options: user.options() });
      await load({ pod: 'user', options: user.options() });
      // The record exists now, and the account's own listing does not show it.
      const buckets = (await user.cli('s3api', 'list-buckets')).Buckets.map((b: { Name: string }) => b.Name);
      expect(buckets).not.toContain(STATUS_BUCKET);

      // In the record's own account, where the bucket is listed, every capture and clear skips it.
      const reserved = statusHarness(fixture, await fixture.credentialsIn(STATUS_ACCOUNT));
      const kept = unique('status-reserved');
      await reserved.cli('s3api', 'create-bucket', '--bucket', kept);
      const listed = (await reserved.cli('s3api', 'list-buckets')).Buckets.map((b: { Name: string }) => b.Name);
      expect(listed).toContain(STATUS_BUCKET);
      const inspected = await inspectState(reserved.options({ services: 's3' }));
      expect(inspected.state).toEqual([{ account: STATUS_ACCOUNT, service: 's3', region: 'us-east-1', resources: 1 }]);
      await save({ pod: 'reserved', options: reserved.options({ services: 's3' }) });
      expect((await podRecords(reserved.home, 'reserved')).s3!.map((r) => r.id)).toEqual([kept]);

      const before = (await instanceStatus(user.options({ services: 's3' }))).operations.length;
      await load({ pod: 'reserved', options: reserved.options({ strategy: 'overwrite' }) });
      expect((await reserved.cli('s3api', 'list-buckets')).Buckets.map((b: { Name: string }) => b.Name).sort()).toEqual([kept, STATUS_BUCKET].sort());
      const after = await instanceStatus(user.options({ services: 's3' }));
      expect(after.operations).toHaveLength(before + 1);
      expect(user.operationsOn(after, 'user', 'reserved')).toEqual([
        'save user:1 -',
        'load user:1 account-region-merge',
        'save reserved:1 -',
        'load reserved:1 overwrite',
      ]);
      expect(user.rows(after)).toEqual(['s3 us-east-1 1 user:1']);
      expect(user.rows(after, STATUS_ACCOUNT)).toEqual(['s3 us-east-1 1 reserved:1']);
    });
  });
}
