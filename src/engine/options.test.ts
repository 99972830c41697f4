import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { namingOptionsByName, resolveOptions } from './options.js';
import { requestTimeoutMs } from './util/request-timeout.js';

describe('options', () => {
  it('default to a local instance, the local remote and account-region-merge', () => {
    const o = resolveOptions({}, {});
    expect(o.endpoint).toBe('http://localhost:4566');
    expect(o.remote).toBeUndefined();
    expect(o.strategy).toBe('account-region-merge');
    expect(o.waitTimeoutMs).toBe(60_000);
    expect(o.allowRealAws).toBe(false);
  });

  it('give every request a timeout, from the flag or LOCALSTACK_PODS_REQUEST_TIMEOUT, and hand it to the stores through env', () => {
    expect(resolveOptions({}, {}).requestTimeoutMs).toBe(60_000);
    const o = resolveOptions({ 'request-timeout': '5' }, { LOCALSTACK_PODS_REQUEST_TIMEOUT: '9' });
    expect(o.requestTimeoutMs).toBe(5000);
    expect(requestTimeoutMs(o.env)).toBe(5000);
    expect(resolveOptions({}, { LOCALSTACK_PODS_REQUEST_TIMEOUT: '9' }).requestTimeoutMs).toBe(9000);
    expect(() => resolveOptions({ 'request-timeout': '0' }, {})).toThrow(/above 0/);
    expect(() => resolveOptions({ 'request-timeout': 'soon' }, {})).toThrow(UsageError);
  });

  it('take a flag over LOCALSTACK_ENDPOINT over AWS_ENDPOINT_URL', () => {
    const env = { LOCALSTACK_ENDPOINT: 'http://ls:4566', AWS_ENDPOINT_URL: 'http://aws:1' };
    expect(resolveOptions({ endpoint: 'http://flag:1/' }, env).endpoint).toBe('http://flag:1');
    expect(resolveOptions({}, env).endpoint).toBe('http://ls:4566');
    expect(resolveOptions({}, { AWS_ENDPOINT_URL: 'http://aws:1' }).endpoint).toBe('http://aws:1');
  });

  it('read lists, booleans, seconds and strategy aliases', () => {
    const o = resolveOptions(
      { services: 's3, sqs', regions: 'us-east-1,eu-west-1', 'allow-real-aws': true, 'wait-timeout': '2.5', strategy: 'service-merge' },
      {},
    );
    expect(o.services).toEqual(['s3', 'sqs']);
    expect(o.regions).toEqual(['us-east-1', 'eu-west-1']);
    expect(o.allowRealAws).toBe(true);
    expect(o.waitTimeoutMs).toBe(2500);
    expect(o.strategy).toBe('merge');
    expect(resolveOptions({}, { LOCALSTACK_PODS_ALLOW_REAL_AWS: 'yes' }).allowRealAws).toBe(true);
  });

  it.each([
    [{ endpoint: 'ftp://x' }, 'only http:// and https://'],
    [{ endpoint: 'not a url' }, 'Invalid endpoint'],
    [{ strategy: 'replace' }, 'Invalid strategy "replace"'],
    [{ 'wait-timeout': 'soon' }, 'expected a number of seconds'],
    [{ regions: 'mars-1' }, 'Invalid region(s) mars-1'],
    [{ 'allow-real-aws': 'maybe' }, 'expected true or false'],
  ])('refuse %j with a message that says what is expected', (raw, message) => {
    expect(() => resolveOptions(raw, {})).toThrow(UsageError);
    expect(() => resolveOptions(raw, {})).toThrow(message);
  });

  it('name options as the Action and the test fronts do, for their messages', () => {
    expect(
      namingOptionsByName(
        'Point --endpoint (LOCALSTACK_ENDPOINT) at it, allow longer with --request-timeout, or pass --allow-real-aws; --remotes and --endpoints are no options.',
      ),
    ).toBe(
      'Point `endpoint` (LOCALSTACK_ENDPOINT) at it, allow longer with `request-timeout`, or pass `allow-real-aws`; --remotes and --endpoints are no options.',
    );
  });
});
