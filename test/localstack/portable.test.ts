import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aws, runCli, succeeded, userCli } from '../../src/test-support/cli.js';
import { startLocalStack } from '../../src/test-support/localstack.js';
import { startMiniStack } from '../../src/test-support/ministack.js';
import { startMoto, type Moto } from '../../src/test-support/moto.js';
import { podRecords } from '../../src/test-support/pod-records.js';
import type { Server } from '../../src/test-support/processes.js';
import { logRequests } from '../../src/test-support/request-log.js';
import { checkState, createState } from './state.js';

let source: Server;
let target: Server;
let moto: Moto;
const home = mkdtempSync(join(tmpdir(), 'ls-home-'));
const work = mkdtempSync(join(tmpdir(), 'ls-work-'));
const cli = userCli(home);

beforeAll(async () => {
  [source, target, moto] = await Promise.all([startLocalStack(), startLocalStack(), startMoto()]);
  await createState(source.endpoint, work);
  await succeeded(cli(source.endpoint, 'save', 'full', '-m', 'every service'));
}, 300_000);

afterAll(async () => {
  await Promise.all([source?.stop(), target?.stop(), moto?.stop()]);
});

// Each case moves a whole pod of every module through LocalStack and the AWS CLI: on two cores
// shared with the Terraform round trips, that takes longer than a unit of work usually does.
describe('portable pods on LocalStack 4.14', { timeout: 300_000 }, () => {
  it('round-trip every module: loaded into a fresh LocalStack, they save back to the same records', async () => {
    await succeeded(cli(target.endpoint, 'load', 'full'));
    await checkState(target.endpoint);
    await succeeded(cli(target.endpoint, 'save', 'again'));
    const [before, after] = await Promise.all([podRecords(home, 'full:1'), podRecords(home, 'again:1')]);
    // LocalStack's Kinesis stream behind the table's DynamoDB stream is the table's, not a user stream.
    expect(before.kinesis!.filter((r) => r.type === 'stream').map((r) => r.id)).toEqual(['clicks']);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    // LocalStack evaluates a metric alarm itself every period, stamping the state's reason data
    // with the time: the state a load set lasts until then (see the README's cloudwatch row).
    const unevaluated = (records: typeof before) =>
      Object.fromEntries(
        Object.entries(records).map(([service, rs]) => [
          service,
          rs.map((r) => (r.type === 'metric-alarm' ? { ...r, data: { ...r.data, state: undefined } } : r)),
        ]),
      );
    const [saved, again] = [unevaluated(before), unevaluated(after)];
    for (const service of Object.keys(saved)) expect(again[service], service).toEqual(saved[service]);
  });

  it('save again reading only the tags of objects LocalStack lists as the previous save read them', async () => {
    const log = await logRequests(source.endpoint);
    const objectReads = () => log.requests.filter((r) => /^(GET|HEAD) \/reports\/[^?]+(\?x-id=GetObject)?$/.test(r));
    try {
      await succeeded(cli(log.endpoint, 'save', 'again-from-source', '-s', 's3'));
      expect(objectReads()).toHaveLength(1);
      await aws(source.endpoint, [
        's3api',
        'put-object-tagging',
        '--bucket',
        'reports',
        '--key',
        '2026/report.csv',
        '--tagging',
        'TagSet=[{Key=year,Value=2026}]',
      ]);

      log.requests.length = 0;
      await succeeded(cli(log.endpoint, 'save', 'again-from-source', '-s', 's3'));
      expect(objectReads()).toEqual([]);
      const [first, second] = await Promise.all([podRecords(home, 'again-from-source:1'), podRecords(home, 'again-from-source:2')]);
      const report = (records: typeof first) => records.s3!.find((r) => r.id === 'reports/2026/report.csv')!;
      expect(report(second)).toEqual({ ...report(first), data: { ...report(first).data, tags: [{ Key: 'year', Value: '2026' }] } });

      await succeeded(cli(target.endpoint, 'load', 'again-from-source', '--strategy', 'overwrite'));
      expect((await aws(target.endpoint, ['s3api', 'get-object-tagging', '--bucket', 'reports', '--key', '2026/report.csv'])).json.TagSet).toEqual([
        { Key: 'year', Value: '2026' },
      ]);
      expect(await aws(target.endpoint, ['s3', 'cp', 's3://reports/2026/report.csv', '-']).then((r) => r.stdout)).toBe('id,total\n1,42\n');
    } finally {
      await log.close();
    }
  });

  it('save messages through the LocalStack listing: in-flight ones too, none received, none hidden', async () => {
    const sqs = (...args: string[]) => aws(source.endpoint, ['sqs', ...args]).then((r) => r.json);
    const url = (await sqs('create-queue', '--queue-name', 'peeked')).QueueUrl as string;
    await sqs('send-message', '--queue-url', url, '--message-body', 'first');
    await sqs('send-message', '--queue-url', url, '--message-body', 'second', '--message-attributes', 'blob={DataType=Binary,BinaryValue=AAEC}');
    // A consumer holds the first one.
    await sqs('receive-message', '--queue-url', url, '--visibility-timeout', '300');

    await succeeded(cli(source.endpoint, 'save', 'peeked', '-s', 'sqs'));

    const messages = (await podRecords(home, 'peeked:1')).sqs!.filter((r) => r.type === 'message' && r.data.queue === 'peeked');
    expect(messages.map((m) => m.data.body)).toEqual(['first', 'second']);
    const counts = (await sqs('get-queue-attributes', '--queue-url', url, '--attribute-names', 'All')).Attributes;
    expect([counts.ApproximateNumberOfMessages, counts.ApproximateNumberOfMessagesNotVisible]).toEqual(['1', '1']);
    const [second] = (
      await sqs('receive-message', '--queue-url', url, '--attribute-names', 'ApproximateReceiveCount', '--message-attribute-names', 'All')
    ).Messages;
    expect([second.Body, second.Attributes.ApproximateReceiveCount]).toEqual(['second', '1']);
    expect(messages[1]!.data.attributes).toEqual({ blob: { DataType: 'Binary', BinaryValue: second.MessageAttributes.blob.BinaryValue } });
  });

  it("move through MiniStack into moto, the way out of LocalStack's community edition, checked with the AWS CLI at each step", async () => {
    const ministack = await startMiniStack();
    try {
      await succeeded(cli(ministack.endpoint, 'load', 'full'));
      await checkState(ministack.endpoint);
      await succeeded(cli(ministack.endpoint, 'save', 'on-ministack'));
      await moto.reset();
      await succeeded(cli(moto.endpoint, 'load', 'on-ministack'));
      // MiniStack answers ListDashboards in a form the SDK cannot read, so no save from it holds them.
      await checkState(moto.endpoint, ['dashboards']);
    } finally {
      await ministack.stop();
    }
  });

  it('load into moto and from moto back into LocalStack, checked with the AWS CLI each time', async () => {
    await moto.reset();
    await succeeded(cli(moto.endpoint, 'load', 'full'));
    await checkState(moto.endpoint);
    // What moto holds now, saved there, is the pod moto makes of that state.
    await succeeded(cli(moto.endpoint, 'save', 'from-moto'));
    await succeeded(cli(target.endpoint, 'load', 'from-moto', '--strategy', 'overwrite'));
    await checkState(target.endpoint);
  });

  it('follow the getting-started walkthrough as written', async () => {
    // The walkthrough's services, as a user who keeps to them sets LOCALSTACK_PODS_SERVICES: the
    // round trip above moves every service, and each whole save or overwrite load here would ask
    // every service again in every region.
    const cli = (endpoint: string, ...args: string[]) =>
      runCli(args, {
        LOCALSTACK_PODS_HOME: home,
        LOCALSTACK_ENDPOINT: endpoint,
        LOCALSTACK_PODS_WAIT_TIMEOUT: '60',
        LOCALSTACK_PODS_SERVICES: 's3,sqs',
      });
    // Start from an empty instance: an empty pod loaded with overwrite resets everything.
    const empty = join(work, 'empty');
    await moto.reset();
    await succeeded(cli(moto.endpoint, 'save', `file://${empty}`));
    await succeeded(cli(target.endpoint, 'load', `file://${empty}`, '--strategy', 'overwrite'));
    expect((await aws(target.endpoint, ['s3api', 'list-buckets'])).json.Buckets).toEqual([]);

    await aws(target.endpoint, ['s3', 'mb', 's3://test-bucket']);
    await aws(target.endpoint, ['s3', 'cp', join(work, 'report.csv'), 's3://test-bucket/']);
    expect(await succeeded(cli(target.endpoint, 'save', 's3-test'))).toContain('Version: 1');
    await aws(target.endpoint, ['sqs', 'create-queue', '--queue-name', 'test-queue']);
    expect(await succeeded(cli(target.endpoint, 'save', 's3-test'))).toContain('Version: 2');

    const versions = JSON.parse(await succeeded(cli(target.endpoint, 'versions', 's3-test', '--json'))).versions;
    expect(versions.map((v: { version: number; config: { services: string[] } }) => [v.version, v.config.services])).toEqual([
      [1, ['s3']],
      [2, ['s3', 'sqs']],
    ]);

    await succeeded(cli(target.endpoint, 'load', 's3-test:1', '--strategy', 'overwrite'));
    expect((await aws(target.endpoint, ['sqs', 'list-queues'])).json?.QueueUrls ?? []).toEqual([]);
    expect((await aws(target.endpoint, ['s3', 'ls', 's3://test-bucket'])).stdout).toContain('report.csv');

    await succeeded(cli(target.endpoint, 'load', 's3-test', '--strategy', 'overwrite'));
    expect((await aws(target.endpoint, ['sqs', 'list-queues'])).json.QueueUrls).toEqual([expect.stringContaining('test-queue')]);
  });

  it('keep the service-specific credentials of a user, with the ids and passwords LocalStack draws anew, and say so when saving', async () => {
    const iam = (...args: string[]) => aws(target.endpoint, ['iam', ...args]);
    await iam('create-user', '--user-name', 'git-bot');
    const created = (await iam('create-service-specific-credential', '--user-name', 'git-bot', '--service-name', 'codecommit.amazonaws.com')).json;
    const id = created.ServiceSpecificCredential.ServiceSpecificCredentialId as string;
    await iam('update-service-specific-credential', '--user-name', 'git-bot', '--service-specific-credential-id', id, '--status', 'Inactive');

    const saved = await cli(target.endpoint, 'save', 'git-bot', '-s', 'iam');
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout + saved.stderr).toMatch(/git-bot.*1 service-specific credential\(s\) \(IAM draws their ids, user names and passwords/);
    await succeeded(cli(target.endpoint, 'load', 'git-bot', '--strategy', 'overwrite'));

    const loaded = (await iam('list-service-specific-credentials', '--user-name', 'git-bot', '--service-name', 'codecommit.amazonaws.com')).json
      .ServiceSpecificCredentials;
    expect(loaded.map((c: { ServiceName: string; Status: string }) => [c.ServiceName, c.Status])).toEqual([['codecommit.amazonaws.com', 'Inactive']]);
    expect(loaded[0].ServiceSpecificCredentialId).not.toBe(id);
  });
});
