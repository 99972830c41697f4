import { describe, expect, it } from 'vitest';
import { rebaseAccount, renameReferences } from './rebase.js';

describe('rebasing a record to another account', () => {
  it('rewrites ARNs and queue URLs, nothing else', () => {
    const data = {
      arn: 'arn:aws:sqs:us-east-1:123456789012:jobs',
      url: 'http://localhost:4566/123456789012/jobs',
      policy: '{"Resource":"arn:aws:sns:eu-west-1:123456789012:topic"}',
      list: ['arn:aws:iam::123456789012:role/r'],
      note: 'order 1234567890123 and 123456789012 in text',
      n: 123456789012,
    };
    expect(rebaseAccount(data, '123456789012', '000000000000')).toEqual({
      arn: 'arn:aws:sqs:us-east-1:000000000000:jobs',
      url: 'http://localhost:4566/000000000000/jobs',
      policy: '{"Resource":"arn:aws:sns:eu-west-1:000000000000:topic"}',
      list: ['arn:aws:iam::000000000000:role/r'],
      note: 'order 1234567890123 and 123456789012 in text',
      n: 123456789012,
    });
  });
});

describe('renameReferences', () => {
  it('names a renamed identifier by its new name wherever a record names it, at any depth', () => {
    const renames = new Map([['1234abcd-0000-4000-8000-000000000001', '5678efab-0000-4000-8000-000000000002']]);
    const data = {
      keyId: '1234abcd-0000-4000-8000-000000000001',
      attributes: { KmsMasterKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-0000-4000-8000-000000000001' },
      list: ['other', 'alias/app'],
    };
    expect(renameReferences(data, renames)).toEqual({
      keyId: '5678efab-0000-4000-8000-000000000002',
      attributes: { KmsMasterKeyId: 'arn:aws:kms:us-east-1:123456789012:key/5678efab-0000-4000-8000-000000000002' },
      list: ['other', 'alias/app'],
    });
    expect(renameReferences(data, new Map())).toBe(data);
  });
});
