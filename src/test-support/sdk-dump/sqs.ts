import * as SQS from '@aws-sdk/client-sqs';
import { all, clientConfig, keyed, parsed, read, type DumpTarget, type Json } from './read.js';

/** Attributes holding JSON documents: compared parsed. */
const JSON_ATTRIBUTES = ['Policy', 'RedrivePolicy', 'RedriveAllowPolicy'];

/**
 * Every queue of the region by name, with all its attributes (the approximate counts read
 * without receiving anything) and tags.
 */
export async function dumpSqs(target: DumpTarget, region: string): Promise<Json> {
  const sqs = new SQS.SQSClient(clientConfig(target, region));
  const urls = await all<string>((NextToken) => sqs.send(new SQS.ListQueuesCommand({ NextToken })), 'QueueUrls', 'NextToken');
  return keyed(
    urls,
    (url) => url.slice(url.lastIndexOf('/') + 1),
    async (QueueUrl) => {
      const attributes = ((await read(sqs, new SQS.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }))) as any).Attributes ?? {};
      for (const name of JSON_ATTRIBUTES) if (name in attributes) attributes[name] = parsed(attributes[name]);
      return { attributes, tags: ((await read(sqs, new SQS.ListQueueTagsCommand({ QueueUrl }))) as any).Tags ?? {} };
    },
  );
}
