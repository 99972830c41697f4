import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { fillPlaceholders, maskUrl, refuseLiteralSecrets } from './url.js';

describe('remote URLs', () => {
  it('fill placeholders from the environment, with the AWS and ORAS names', () => {
    const env = { AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 's/e+cret', ORAS_PASSWORD: 'pw', MY_BUCKET: 'b' };
    expect(fillPlaceholders('s3://{my_bucket}/p?access_key_id={access_key_id}&secret_access_key={secret_access_key}', env)).toBe(
      's3://b/p?access_key_id=AKID&secret_access_key=s%2Fe%2Bcret',
    );
    expect(fillPlaceholders('oras://u:{oras_password}@host/ns', env)).toBe('oras://u:pw@host/ns');
  });

  it('name the variable a missing placeholder needs', () => {
    expect(() => fillPlaceholders('s3://b?secret_access_key={secret_access_key}', {})).toThrow(
      'AWS_SECRET_ACCESS_KEY is not set',
    );
  });

  it('mask passwords and secret query values, keeping placeholders', () => {
    expect(maskUrl('oras://user:hunter2@registry.example/ns')).toBe('oras://user:***@registry.example/ns');
    expect(maskUrl('s3://b/p?region=eu-west-1&secret_access_key=abc&session_token=t')).toBe(
      's3://b/p?region=eu-west-1&secret_access_key=***&session_token=***',
    );
    expect(maskUrl('oras://{oras_username}:{oras_password}@host/ns')).toBe('oras://{oras_username}:{oras_password}@host/ns');
  });

  it('refuse literal secrets and accept placeholders', () => {
    expect(() => refuseLiteralSecrets('oras://user:hunter2@host/ns')).toThrow(UsageError);
    expect(() => refuseLiteralSecrets('s3://b?secret_access_key=abc')).toThrow(UsageError);
    expect(() => refuseLiteralSecrets('file:///tmp/pods')).not.toThrow();
  });
});
