import * as R from '@aws-sdk/client-route53resolver';
import { collect, sortedTags, unlessMissing } from '../kit/index.js';

export type Tag = { Key: string; Value: string };

/** A resource's tags, sorted; none where the instance keeps none for its kind (moto: query log configs). */
export async function tagsOf(r: R.Route53ResolverClient, arn: string): Promise<Tag[] | undefined> {
  const tags = await unlessMissing(collect(R.paginateListTagsForResource({ client: r }, { ResourceArn: arn }), (p) => p.Tags as Tag[] | undefined));
  return sortedTags(tags, (t) => t.Key);
}

/** A token for the create calls, which AWS takes to make them idempotent: one per call here. */
export const requestId = (id: string) => `localstack-pods-${id}-${Date.now()}`;
