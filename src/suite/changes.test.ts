import { describe, expect, it } from 'vitest';
import { ALL_SERVICES, ChangeLog, RequestProfiles, type RequestHead } from './changes.js';

const profiles = await RequestProfiles.ofEveryModule();
const requestEffect = (head: RequestHead, body?: Buffer) => profiles.effect(head, body);
const needsBody = (head: RequestHead) => profiles.needsBody(head);
const restoreLimit: RequestProfiles['restoreLimit'] = (...args) => profiles.restoreLimit(...args);

const signed = (service: string, accessKey = 'test') =>
  `AWS4-HMAC-SHA256 Credential=${accessKey}/20261124/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=00`;

function head(method: string, url: string, headers: RequestHead['headers']): RequestHead {
  return { method, url, headers };
}

describe('requestEffect', () => {
  it('counts REST writes as changes and REST reads as none', () => {
    expect(requestEffect(head('PUT', '/bucket/key', { authorization: signed('s3') }))).toEqual({ service: 's3', accessKey: 'test' });
    // API Gateway signs its REST APIs and its HTTP and WebSocket APIs alike: the path tells them apart.
    expect(requestEffect(head('POST', '/restapis', { authorization: signed('apigateway') })).service).toBe('apigateway');
    expect(requestEffect(head('POST', '/v2/apis', { authorization: signed('apigateway') })).service).toBe('apigatewayv2');
    expect(requestEffect(head('DELETE', '/bucket/key', { authorization: signed('s3') })).service).toBe('s3');
    expect(requestEffect(head('POST', '/bucket?delete', { authorization: signed('s3') })).service).toBe('s3');
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
    expect(needsBody(request)).toBe(true);
    expect(requestEffect(request, Buffer.from('Action=GetQueueUrl&QueueName=q')).service).toBeUndefined();
    expect(requestEffect(request, Buffer.from('Action=SendMessage&MessageBody=x')).service).toBe('sqs');
    // Receiving hides a message until its visibility timeout: a change.
    expect(requestEffect(request, Buffer.from('Action=ReceiveMessage')).service).toBe('sqs');
  });

  it('names the items of a DynamoDB item write, the table of any other write, and none for what it cannot read', () => {
    const write = (op: string, body: unknown) => {
      const request = head('POST', '/', { authorization: signed('dynamodb'), 'x-amz-target': `DynamoDB_20120810.${op}` });
      expect(needsBody(request)).toBe(true);
      return requestEffect(request, Buffer.from(JSON.stringify(body))).groups;
    };
    // Only attributes that could be key attributes (S, N or B, at most 2 KiB) name an item.
    const Item = { pk: { S: 'a' }, n: { N: '1' }, text: { S: 'x'.repeat(3000) }, flag: { BOOL: true } };
    expect(write('PutItem', { TableName: 'orders', Item })).toEqual(['orders/{"n":{"N":"1"},"pk":{"S":"a"}}']);
    const arn = 'arn:aws:dynamodb:us-east-1:000000000000:table/orders';
    expect(write('UpdateItem', { TableName: arn, Key: { pk: { S: 'a' } } })).toEqual(['orders/{"pk":{"S":"a"}}']);
    expect(write('DeleteItem', { TableName: 'orders', Key: { id: { B: 'AQI=' } } })).toEqual(['orders/{"id":{"B":"AQI="}}']);
    expect(write('DeleteTable', { TableName: arn })).toEqual(['orders']);
    expect(write('TagResource', { ResourceArn: arn, Tags: [] })).toEqual(['orders']);
    const RequestItems = { a: [{ PutRequest: { Item: { k: { S: '1' } } } }], b: [{ DeleteRequest: { Key: { k: { N: '2' } } } }] };
    expect(write('BatchWriteItem', { RequestItems })).toEqual(['a/{"k":{"S":"1"}}', 'b/{"k":{"N":"2"}}']);
    const TransactItems = [{ Put: { TableName: 'a', Item: { k: { S: '1' } } } }, { Delete: { TableName: 'b', Key: { k: { S: '2' } } } }];
    expect(write('TransactWriteItems', { TransactItems })).toEqual(['a/{"k":{"S":"1"}}', 'b/{"k":{"S":"2"}}']);
    expect(write('BatchWriteItem', { RequestItems: { a: [{}] } })).toBeUndefined();
    expect(write('ExecuteStatement', { Statement: 'UPDATE orders SET x = 1' })).toBeUndefined();
    const unread = head('POST', '/', { authorization: signed('dynamodb'), 'x-amz-target': 'DynamoDB_20120810.PutItem' });
    expect(requestEffect(unread)).toEqual({ service: 'dynamodb', accessKey: 'test' });
    expect(needsBody(head('POST', '/', { authorization: signed('dynamodb'), 'x-amz-target': 'DynamoDB_20120810.Query' }))).toBe(false);
  });

  it('names the parameters and secrets of SSM and Secrets Manager writes', () => {
    const write = (service: string, target: string, body: unknown) =>
      requestEffect(head('POST', '/', { authorization: signed(service), 'x-amz-target': target }), Buffer.from(JSON.stringify(body))).groups;
    expect(write('ssm', 'AmazonSSM.PutParameter', { Name: '/app/mode', Value: 'x', Overwrite: true })).toEqual(['/app/mode']);
    expect(write('ssm', 'AmazonSSM.DeleteParameters', { Names: ['/a', '/b'] })).toEqual(['/a', '/b']);
    expect(write('ssm', 'AmazonSSM.AddTagsToResource', { ResourceType: 'Parameter', ResourceId: '/a', Tags: [] })).toEqual(['/a']);
    expect(write('ssm', 'AmazonSSM.AddTagsToResource', { ResourceType: 'Document', ResourceId: 'doc', Tags: [] })).toBeUndefined();
    expect(write('secretsmanager', 'secretsmanager.PutSecretValue', { SecretId: 'app/db', SecretString: 'x' })).toEqual(['app/db']);
    const arn = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:app/db-AbC123';
    expect(write('secretsmanager', 'secretsmanager.DeleteSecret', { SecretId: arn })).toEqual(['app/db']);
    expect(write('secretsmanager', 'secretsmanager.CreateSecret', { Name: 'new' })).toEqual(['new']);
    expect(needsBody(head('POST', '/', { authorization: signed('ssm'), 'x-amz-target': 'AmazonSSM.GetParameter' }))).toBe(false);
  });

  it('maps signing names to module names, ignores STS and counts other services as any change', () => {
    const json = (service: string, target: string) => head('POST', '/', { authorization: signed(service), 'x-amz-target': target });
    expect(requestEffect(json('states', 'AWSStepFunctions.StartExecution')).service).toBe('stepfunctions');
    expect(requestEffect(head('POST', '/', { authorization: signed('sts') }), Buffer.from('Action=AssumeRole')).service).toBeUndefined();
    expect(requestEffect(json('glue', 'AWSGlue.CreateDatabase')).service).toBe(ALL_SERVICES);
  });

  it('names the object or bucket of a path-style S3 request, and no bucket for a virtual-hosted one', () => {
    const s3 = (host: string, url: string) => requestEffect(head('PUT', url, { authorization: signed('s3'), host }));
    expect(s3('127.0.0.1:4566', '/my-bucket/a/b.txt').groups).toEqual(['my-bucket/a/b.txt']);
    expect(s3('127.0.0.1:4566', '/my-bucket/a%20b%2Fc?tagging').groups).toEqual(['my-bucket/a b/c']);
    expect(s3('127.0.0.1:4566', '/my-bucket/').groups).toEqual(['my-bucket']);
    expect(s3('localhost:4566', '/my-bucket').groups).toEqual(['my-bucket']);
    expect(s3('[::1]:4566', '/my-bucket?tagging').groups).toEqual(['my-bucket']);
    expect(s3('my-bucket.s3.localhost.localstack.cloud:4566', '/a/b.txt').groups).toBeUndefined();
    expect(
      requestEffect(head('POST', '/', { authorization: signed('dynamodb'), host: '127.0.0.1:1', 'x-amz-target': 'X.PutItem' })).groups,
    ).toBeUndefined();
  });

  it('counts an unsigned write as a change to every service and a presigned one as its own', () => {
    expect(requestEffect(head('POST', '/moto-api/reset', {}))).toEqual({ service: ALL_SERVICES, accessKey: undefined });
    expect(requestEffect(head('GET', '/_localstack/health', {})).service).toBeUndefined();
    const presigned = '/bucket/key?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20261124%2Fus-east-1%2Fs3%2Faws4_request';
    expect(requestEffect(head('PUT', presigned, {}))).toEqual({ service: 's3', accessKey: 'AKID' });
  });
});

describe('restoreLimit', () => {
  const changes = (entries: [string, string[] | 'all'][]) => new Map(entries.map(([s, g]) => [s, g === 'all' ? 'all' : new Set(g)] as const));
  const podServices = ['s3', 'sqs', 'dynamodb', 'ssm'];

  it('limits a restore to the services changed, and to the buckets changed', () => {
    const present = new Set(podServices);
    expect(
      restoreLimit(
        changes([
          ['dynamodb', 'all'],
          ['ssm', 'all'],
        ]),
        present,
        podServices,
      ),
    ).toEqual({ services: ['dynamodb', 'ssm'], resources: {} });
    expect(restoreLimit(changes([['s3', ['b', 'a']]]), new Set(['s3', 'dynamodb']), podServices)).toEqual({
      services: ['s3'],
      resources: { s3: ['a', 'b'] },
    });
    expect(restoreLimit(new Map(), present, podServices)).toEqual({ services: [], resources: {} });
    // A service outside the pods needs no restore under a strategy that restores only the pods' services.
    expect(restoreLimit(changes([['kms', 'all']]), present, podServices)).toEqual({ services: [], resources: {} });
  });

  it('follows deliveries only into services that hold state, and restores those whole', () => {
    expect(restoreLimit(changes([['s3', ['a']]]), new Set(['s3', 'sqs']), podServices)).toEqual({
      services: ['s3', 'sqs'],
      resources: { s3: ['a'] },
    });
    expect(restoreLimit(changes([['sns', 'all']]), new Set(['sqs']), [...podServices, 'sns'])).toEqual({ services: ['sqs', 'sns'], resources: {} });
  });

  it('restores everything after a change that code or event rules carry anywhere', () => {
    expect(restoreLimit(changes([['sqs', 'all']]), new Set(['sqs', 'lambda']), podServices)).toBeUndefined();
    expect(restoreLimit(changes([['s3', ['a']]]), new Set(['events']), podServices)).toBeUndefined();
    expect(restoreLimit(changes([['stepfunctions', 'all']]), new Set(), podServices)).toBeUndefined();
    expect(restoreLimit(changes([[ALL_SERVICES, 'all']]), new Set(), podServices)).toBeUndefined();
  });
});

const changesOf = (entries: [string, Set<string> | 'all'][]) => new Map<string, Set<string> | 'all'>(entries);

describe('ChangeLog', () => {
  it('gives each caller its own changes once, and unsigned changes to every caller', () => {
    const log = new ChangeLog();
    log.record({ service: 's3', accessKey: '100000000001', groups: ['a'] });
    log.record({ service: 'sqs', accessKey: '100000000002' });
    log.record({ service: undefined, accessKey: '100000000002' });
    log.record({ service: ALL_SERVICES, accessKey: undefined });
    expect(log.take('100000000001')).toEqual(
      changesOf([
        ['s3', new Set(['a'])],
        [ALL_SERVICES, 'all'],
      ]),
    );
    expect(log.take('100000000001')).toEqual(new Map());
    expect(log.take('100000000002')).toEqual(
      new Map([
        ['sqs', 'all'],
        [ALL_SERVICES, 'all'],
      ]),
    );
    expect(log.touched).toEqual(new Set(['s3', 'sqs', ALL_SERVICES]));
  });

  it('gives every caller’s changes to a shared restore', () => {
    const log = new ChangeLog();
    log.record({ service: 's3', accessKey: 'test', groups: ['a'] });
    log.record({ service: 's3', accessKey: 'other', groups: ['b'] });
    log.record({ service: 'ssm', accessKey: 'other' });
    expect(log.take()).toEqual(
      changesOf([
        ['s3', new Set(['a', 'b'])],
        ['ssm', 'all'],
      ]),
    );
    expect(log.take()).toEqual(new Map());
  });

  it('counts a change to a whole service over changes to some of its groups', () => {
    const log = new ChangeLog();
    log.record({ service: 's3', accessKey: 'test', groups: ['a'] });
    log.record({ service: 's3', accessKey: 'test' });
    log.record({ service: 's3', accessKey: 'test', groups: ['b'] });
    expect(log.take()).toEqual(new Map([['s3', 'all']]));
  });
});
