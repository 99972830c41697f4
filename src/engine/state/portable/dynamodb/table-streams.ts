/**
 * LocalStack keeps a table's stream as a Kinesis stream named after the table, and deletes it in
 * the background once the table is deleted. A table of that name created with a stream before
 * then fails (an internal error; the SDK's retry then finds the table made, half set up), so a
 * deletion there is finished only once that stream is gone.
 */
import * as Kinesis from '@aws-sdk/client-kinesis';
import type * as DynamoDB from '@aws-sdk/client-dynamodb';
import type { ServiceContext } from '../../module.js';
import { clientOf, pollUntil, TABLE_STREAM_PREFIX, unlessMissing } from '../kit/index.js';

const kinesis = clientOf(Kinesis.KinesisClient);

/** How long LocalStack may take to delete a deleted table's Kinesis stream. */
const STREAM_WAIT_MS = 60_000;

/** Waits until LocalStack has deleted the Kinesis stream behind the stream of `t`, a table deleted in `region`. */
export async function waitForTableStream(context: ServiceContext, region: string, t: DynamoDB.TableDescription): Promise<void> {
  if (context.target.brand !== 'localstack' || !t.StreamSpecification?.StreamEnabled) return;
  const kin = kinesis(context, region);
  const StreamName = `${TABLE_STREAM_PREFIX}${t.TableName}`;
  const summary = () => unlessMissing(kin.send(new Kinesis.DescribeStreamSummaryCommand({ StreamName })), ['ResourceNotFoundException']);
  await pollUntil(summary, (found) => found === undefined, `The Kinesis stream ${StreamName}`, 'deleted', STREAM_WAIT_MS);
}
