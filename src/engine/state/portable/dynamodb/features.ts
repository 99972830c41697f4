/**
 * Table settings that not every emulator implements (moto: no Kinesis streaming destinations, no
 * global tables; LocalStack 4.14: no resource policies): read as unset where the instance lacks
 * them, asked of each client once (`unlessUnimplemented`).
 */
import * as DynamoDB from '@aws-sdk/client-dynamodb';
import { pollUntil, sortBy, unlessUnimplemented } from '../kit/index.js';

/** How long a streaming destination may take to become ACTIVE. */
const DESTINATION_WAIT_MS = 60_000;

/** The table's resource policy, or undefined when it has none. */
export async function resourcePolicy(ddb: DynamoDB.DynamoDBClient, ResourceArn: string): Promise<string | undefined> {
  return (await unlessUnimplemented(ddb, 'GetResourcePolicy', () => ddb.send(new DynamoDB.GetResourcePolicyCommand({ ResourceArn }))))?.Policy;
}

/** Makes the table's resource policy the pod's: set, or removed from a table that has one. */
export async function restoreResourcePolicy(ddb: DynamoDB.DynamoDBClient, ResourceArn: string, Policy: string | undefined): Promise<void> {
  if (Policy) await ddb.send(new DynamoDB.PutResourcePolicyCommand({ ResourceArn, Policy }));
  else if (await resourcePolicy(ddb, ResourceArn)) await ddb.send(new DynamoDB.DeleteResourcePolicyCommand({ ResourceArn }));
}

/** The Kinesis streams the table's changes go to, sorted; undefined when none. */
export async function streamingDestinations(ddb: DynamoDB.DynamoDBClient, TableName: string): Promise<string[] | undefined> {
  const described = await unlessUnimplemented(ddb, 'DescribeKinesisStreamingDestination', () =>
    ddb.send(new DynamoDB.DescribeKinesisStreamingDestinationCommand({ TableName })),
  );
  const live = (described?.KinesisDataStreamDestinations ?? []).filter((d) => d.DestinationStatus === 'ACTIVE' || d.DestinationStatus === 'ENABLING');
  return live.length > 0
    ? sortBy(
        live.map((d) => d.StreamArn!),
        (arn) => arn,
      )
    : undefined;
}

/**
 * Makes the streams the table's changes go to the pod's, each new one waited for until ACTIVE.
 * Run after the whole load: the streams must exist, and the table's restored items must not be
 * streamed into them.
 */
export async function restoreStreamingDestinations(ddb: DynamoDB.DynamoDBClient, TableName: string, wanted: readonly string[] = []): Promise<void> {
  const current = (await streamingDestinations(ddb, TableName)) ?? [];
  for (const StreamArn of current.filter((arn) => !wanted.includes(arn))) {
    await ddb.send(new DynamoDB.DisableKinesisStreamingDestinationCommand({ TableName, StreamArn }));
  }
  for (const StreamArn of wanted.filter((arn) => !current.includes(arn))) {
    await ddb.send(new DynamoDB.EnableKinesisStreamingDestinationCommand({ TableName, StreamArn }));
    await pollUntil(
      async () => (await ddb.send(new DynamoDB.DescribeKinesisStreamingDestinationCommand({ TableName }))).KinesisDataStreamDestinations,
      (all) => all?.find((d) => d.StreamArn === StreamArn)?.DestinationStatus !== 'ENABLING',
      `Table ${TableName}'s streaming destination ${StreamArn}`,
      'ACTIVE',
      DESTINATION_WAIT_MS,
    );
  }
}
