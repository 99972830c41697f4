import { describe, expect, it } from 'vitest';
import { rebaseAccount } from './rebase.js';

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
