/**
 * Reading a queue's messages through LocalStack's developer endpoint, which lists them without
 * receiving them: no visibility change, no receive count, nothing hidden if the save is killed.
 * Messages in flight with a consumer and delayed ones are listed too, which a receive cannot get.
 */
import type * as SQS from '@aws-sdk/client-sqs';
import type { AwsClientConfig } from '../../../target/aws.js';
import { timedFetch } from '../../../util/http.js';
import type { CapturedRecord } from '../../module.js';
import { messageData } from './messages.js';
import { MESSAGE, messageId } from './records.js';

/** A message as the endpoint answers it in the JSON protocol: binary attribute values in base64. */
type ListedMessage = Omit<SQS.Message, 'MessageAttributes'> & {
  MessageAttributes?: Record<string, Omit<SQS.MessageAttributeValue, 'BinaryValue'> & { BinaryValue?: string }>;
};

/**
 * Every message of the queue `name` at `url`, in flight and delayed included, in the queue's order.
 * A queue URL of AWS's shape names no region: LocalStack takes the region, and the account, from
 * the request's credential scope, as it does for a signed call (it checks no signature).
 */
export async function* peekMessages(
  endpoint: string,
  config: Pick<AwsClientConfig, 'credentials' | 'requestHandler'>,
  region: string,
  name: string,
  url: string,
): AsyncGenerator<CapturedRecord, number> {
  const scope = `${config.credentials.accessKeyId}/20240101/${region}/sqs/aws4_request`;
  const listing = `${endpoint}/_aws/sqs/messages`;
  const response = await timedFetch(
    `${listing}?ShowInvisible=true&ShowDelayed=true`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'AmazonSQS.ReceiveMessage',
        authorization: `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host, Signature=0`,
      },
      body: JSON.stringify({ QueueUrl: url, MessageAttributeNames: ['All'], MessageSystemAttributeNames: ['All'] }),
    },
    config.requestHandler.timeoutMs,
    `${listing} (the messages of queue ${name})`,
  );
  if (!response.ok)
    throw new Error(`LocalStack's message listing of queue ${name} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  const listed = ((await response.json()) as { Messages?: ListedMessage[] }).Messages ?? [];
  let index = 0;
  for (const m of listed) {
    const attributes = Object.entries(m.MessageAttributes ?? {}).map(([key, a]): [string, SQS.MessageAttributeValue] => [
      key,
      a.BinaryValue !== undefined ? { ...a, BinaryValue: Buffer.from(a.BinaryValue, 'base64') } : { ...a, BinaryValue: undefined },
    ]);
    index += 1;
    yield MESSAGE.record(region, messageId(name, index), messageData(name, { ...m, MessageAttributes: Object.fromEntries(attributes) }));
  }
  return index;
}
