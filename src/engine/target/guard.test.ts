import { describe, expect, it } from 'vitest';
import { RealAwsRefusedError } from '../errors.js';
import { isRealAws, refuseRealAws } from './guard.js';

describe('the real-AWS guard', () => {
  it.each([
    'https://sqs.us-east-1.amazonaws.com',
    'https://sqs.us-east-1.amazonaws.com.',
    'https://SQS.US-EAST-1.AMAZONAWS.COM..',
    'https://s3.cn-north-1.amazonaws.com.cn',
    'https://sqs.us-east-1.api.aws',
    'https://abc.lambda-url.us-east-1.on.aws/',
    'https://sqs.eusc-de-east-1.amazonaws.eu',
    'https://sqs.us-iso-east-1.c2s.ic.gov',
    'https://sqs.us-isob-east-1.sc2s.sgov.gov',
    'https://sqs.eu-isoe-west-1.cloud.adc-e.uk',
    'https://sqs.us-isof-south-1.csp.hci.ic.gov',
    'https://s3.dualstack.cn-north-1.amazonwebservices.com.cn',
    'https://%73qs.us-east-1.%61mazonaws.com',
  ])('knows %s for AWS and refuses to load into it', (endpoint) => {
    expect(isRealAws(endpoint)).toBe(true);
    expect(() => refuseRealAws(endpoint, false)).toThrow(RealAwsRefusedError);
    expect(() => refuseRealAws(endpoint, true)).not.toThrow();
  });

  it.each([
    'http://localhost:4566',
    'http://localhost.localstack.cloud:4566',
    'http://127.0.0.1:5000',
    'http://amazonaws.com.example.org',
    'http://notamazonaws.com',
    'http://my-on.aws.internal:4566',
  ])('lets %s through', (endpoint) => {
    expect(isRealAws(endpoint)).toBe(false);
    expect(() => refuseRealAws(endpoint, false)).not.toThrow();
  });
});
