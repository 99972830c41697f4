import * as Config from '@aws-sdk/client-config-service';
import { sortedTags, unlessUnimplemented } from '../kit/index.js';

export type Tag = { Key: string; Value: string };

/** A rule's, aggregator's or authorization's tags; none where the instance does not serve them (MiniStack). */
export async function tagsOf(c: Config.ConfigServiceClient, arn: string | undefined): Promise<Tag[] | undefined> {
  if (!arn) return undefined;
  const listed = await unlessUnimplemented(c, 'ListTagsForResource', () => c.send(new Config.ListTagsForResourceCommand({ ResourceArn: arn })));
  return sortedTags(listed?.Tags as Tag[] | undefined, (t) => t.Key);
}
