import { describe, expect, it } from 'vitest';
import { importTemplate, parseTemplate, pinnedTemplate, resourcesToImport } from './templates.js';

const template = {
  Resources: {
    Named: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'orders' } },
    Generated: { Type: 'AWS::SQS::Queue' },
    Topic: { Type: 'AWS::SNS::Topic', DeletionPolicy: 'Delete' },
    Policy: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: 'Named' }] } },
  },
  Outputs: { Url: { Value: { Ref: 'Generated' } } },
};
const resources = [
  { logicalId: 'Named', physicalId: 'http://host:4566/000000000000/orders', type: 'AWS::SQS::Queue' },
  { logicalId: 'Generated', physicalId: 'http://host:4566/000000000000/shop-Generated-AB12', type: 'AWS::SQS::Queue' },
  { logicalId: 'Topic', physicalId: 'arn:aws:sns:us-east-1:000000000000:shop-Topic-CD34', type: 'AWS::SNS::Topic' },
  { logicalId: 'Policy', physicalId: 'shop-Policy-1', type: 'AWS::SQS::QueuePolicy' },
];

describe('stack templates', () => {
  it('reads JSON templates only', () => {
    expect(parseTemplate(JSON.stringify(template))).toEqual(template);
    expect(parseTemplate('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n')).toBeUndefined();
  });

  it('writes the generated names in, leaving given names and nameless types as they are', () => {
    const { template: pinned, pinned: names, unpinned } = pinnedTemplate(template, resources);
    expect(names).toEqual(['Generated', 'Topic']);
    expect(unpinned).toEqual(['Policy']);
    expect(pinned.Resources!.Generated!.Properties).toEqual({ QueueName: 'shop-Generated-AB12' });
    expect(pinned.Resources!.Topic).toEqual({ Type: 'AWS::SNS::Topic', DeletionPolicy: 'Delete', Properties: { TopicName: 'shop-Topic-CD34' } });
    expect(pinned.Resources!.Named).toBe(template.Resources.Named);
  });

  it('imports the resources of known types, by their physical ids, without outputs, each with a deletion policy', () => {
    const toImport = resourcesToImport(resources);
    expect(toImport.map((r) => r.ResourceIdentifier)).toEqual([
      { QueueUrl: resources[0]!.physicalId },
      { QueueUrl: resources[1]!.physicalId },
      { TopicArn: resources[2]!.physicalId },
    ]);
    const imported = importTemplate(
      template,
      toImport.map((r) => r.LogicalResourceId),
    );
    expect(imported.Outputs).toBeUndefined();
    expect(Object.keys(imported.Resources!)).toEqual(['Named', 'Generated', 'Topic']);
    expect(Object.values(imported.Resources!).map((r) => r.DeletionPolicy)).toEqual(['Retain', 'Retain', 'Delete']);
  });
});
