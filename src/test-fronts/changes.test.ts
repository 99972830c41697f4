import { describe, expect, it } from 'vitest';
import { ALL_SERVICES, ChangeLog, needsFormBody, reachedServices, requestEffect, type RequestHead } from './changes.js';

const signed = (service: string, accessKey = 'test') =>
  `AWS4-HMAC-SHA256 Credential=${accessKey}/20261124/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=00`;

function head(method: string, url: string, headers: RequestHead['headers']): RequestHead {
  return { method, url, headers };
}

describe('requestEffect', () => {
  it('counts REST writes as changes and REST reads as none', () => {
    expect(requestEffect(head('PUT', '/bucket/key', { authorization: signed('s3') }))).toEqual({ service: 's3', accessKey: 'test' });
    expect(requestEffect(head('DELETE', '/bucket/key', { authorization: signed('s3') })).service).toBe('s3');
    expect(requestEffect(head('GET', '/bucket?list-type=2', { authorization: signed('s3') })).service).toBeUndefined();
    expect(requestEffect(head('HEAD', '/bucket/key', { authorization: signed('s3') })).service).toBeUndefined();
  });

  it('reads the operation of JSON-protocol requests from X-Amz-Target', () => {
    const rpc = (op: string) => head('POST', '/', { authorization: signed('dynamodb', '100000000001'), 'x-amz-target': `DynamoDB_20120810.${op}` });
    expect(requestEffect(rpc('GetItem')).service).toBeUndefined();
    expect(requestEffect(rpc('Scan')).service).toBeUndefined();
    expect(requestEffect(rpc('BatchGetItem')).service).toBeUndefined();
    expect(requestEffect(rpc('PutItem'))).toEqual({ service: 'dynamodb', accessKey: '100000000001' });
    expect(requestEffect(rpc('TransactWriteItems')).service).toBe('dynamodb');
  });

  it('reads the operation of query-protocol requests from their form body', () => {
    const form = { authorization: signed('sqs'), 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
    const request = head('POST', '/', form);
    expect(needsFormBody(request)).toBe(true);
    expect(requestEffect(request, new URLSearchParams('Action=GetQueueUrl&QueueName=q')).service).toBeUndefined();
    expect(requestEffect(request, new URLSearchParams('Action=SendMessage&MessageBody=x')).service).toBe('sqs');
    // Receiving hides a message until its visibility timeout: a change.
    expect(requestEffect(request, new URLSearchParams('Action=ReceiveMessage')).service).toBe('sqs');
  });

  it('maps signing names to module names, ignores STS and counts other services as any change', () => {
    const json = (service: string, target: string) => head('POST', '/', { authorization: signed(service), 'x-amz-target': target });
    expect(requestEffect(json('states', 'AWSStepFunctions.StartExecution')).service).toBe('stepfunctions');
    expect(requestEffect(head('POST', '/', { authorization: signed('sts') }), new URLSearchParams('Action=AssumeRole')).service).toBeUndefined();
    expect(requestEffect(json('cloudformation', 'CreateStack')).service).toBe(ALL_SERVICES);
  });

  it('counts an unsigned write as a change to every service and a presigned one as its own', () => {
    expect(requestEffect(head('POST', '/moto-api/reset', {}))).toEqual({ service: ALL_SERVICES, accessKey: undefined });
    expect(requestEffect(head('GET', '/_localstack/health', {})).service).toBeUndefined();
    const presigned = '/bucket/key?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20261124%2Fus-east-1%2Fs3%2Faws4_request';
    expect(requestEffect(head('PUT', presigned, {}))).toEqual({ service: 's3', accessKey: 'AKID' });
  });
});

describe('reachedServices', () => {
  it('follows deliveries only into services that hold state', () => {
    expect(reachedServices(['s3'], new Set(['s3', 'dynamodb']))).toEqual(new Set(['s3']));
    expect(reachedServices(['s3'], new Set(['s3', 'sqs']))).toEqual(new Set(['s3', 'sqs']));
    expect(reachedServices(['dynamodb', 'ssm'], new Set(['dynamodb', 'ssm', 'sqs']))).toEqual(new Set(['dynamodb', 'ssm']));
  });

  it('reaches every service through code or event rules', () => {
    expect(reachedServices(['sqs'], new Set(['sqs', 'lambda']))).toBe(ALL_SERVICES);
    expect(reachedServices(['s3'], new Set(['events']))).toBe(ALL_SERVICES);
    expect(reachedServices(['stepfunctions'], new Set())).toBe(ALL_SERVICES);
    expect(reachedServices([ALL_SERVICES], new Set())).toBe(ALL_SERVICES);
  });
});

describe('ChangeLog', () => {
  it('gives each caller its own changes once, and unsigned changes to every caller', () => {
    const log = new ChangeLog();
    log.record({ service: 's3', accessKey: '100000000001' });
    log.record({ service: 'sqs', accessKey: '100000000002' });
    log.record({ service: undefined, accessKey: '100000000002' });
    log.record({ service: ALL_SERVICES, accessKey: undefined });
    expect(log.take('100000000001')).toEqual(new Set(['s3', ALL_SERVICES]));
    expect(log.take('100000000001')).toEqual(new Set());
    expect(log.take('100000000002')).toEqual(new Set(['sqs', ALL_SERVICES]));
    expect(log.touched).toEqual(new Set(['s3', 'sqs', ALL_SERVICES]));
  });

  it('gives every caller’s changes to a shared restore', () => {
    const log = new ChangeLog();
    log.record({ service: 's3', accessKey: 'test' });
    log.record({ service: 'ssm', accessKey: 'other' });
    expect(log.take()).toEqual(new Set(['s3', 'ssm']));
    expect(log.take()).toEqual(new Set());
  });
});
