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
    expect(() => fillPlaceholders('s3://b?secret_access_key={secret_access_key}', {})).toThrow('AWS_SECRET_ACCESS_KEY is not set');
  });

  it('mask passwords and secret query values, keeping placeholders', () => {
    expect(maskUrl('oras://user:hunter2@registry.example/ns')).toBe('oras://user:***@registry.example/ns');
    expect(maskUrl('s3://b/p?region=eu-west-1&secret_access_key=abc&session_token=t')).toBe(
      's3://b/p?region=eu-west-1&secret_access_key=***&session_token=***',
    );
    expect(maskUrl('oras://{oras_username}:{oras_password}@host/ns')).toBe('oras://{oras_username}:{oras_password}@host/ns');
  });

  it.each([
    ['https://pods.example/app.zip?token=tok123', 'https://pods.example/app.zip?token=***'],
    [
      'https://b.s3.amazonaws.com/app.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F20260101&X-Amz-Signature=abcdef&X-Amz-Security-Token=st',
      'https://b.s3.amazonaws.com/app.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=***&X-Amz-Signature=***&X-Amz-Security-Token=***',
    ],
    ['https://acct.blob.core.windows.net/c/app.zip?sv=2024&sig=s1gn', 'https://acct.blob.core.windows.net/c/app.zip?sv=2024&sig=***'],
    ['https://user:pa55@pods.example/app.zip', 'https://user:***@pods.example/app.zip'],
    ['https://ghp_token123@pods.example/app.zip', 'https://***@pods.example/app.zip'],
    ['s3://b/p?%73ecret_access_key=abc', 's3://b/p?%73ecret_access_key=***'],
    ['s3://b/p?api-key=k&access_token=t', 's3://b/p?api-key=***&access_token=***'],
  ])('mask %s', (url, masked) => {
    expect(maskUrl(url)).toBe(masked);
  });

  it('refuse literal secrets and accept placeholders', () => {
    expect(() => refuseLiteralSecrets('oras://user:hunter2@host/ns')).toThrow(UsageError);
    expect(() => refuseLiteralSecrets('s3://b?secret_access_key=abc')).toThrow(UsageError);
    expect(() => refuseLiteralSecrets('s3://b?%73ecret_access_key=abc')).toThrow(UsageError);
    expect(() => refuseLiteralSecrets('s3://b?secret_access_key={secret_access_key}')).not.toThrow();
    expect(() => refuseLiteralSecrets('file:///tmp/pods')).not.toThrow();
  });
});
