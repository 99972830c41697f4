import * as R from '@aws-sdk/client-route53resolver';
import { collect, sortedTags, unlessMissing } from '../kit/index.js';
/** A resource's tags, sorted; none where the instance keeps none for its kind (moto: query log configs). */
export async function tagsOf(r, arn) {
    const tags = await unlessMissing(collect(R.paginateListTagsForResource({ client: r }, { ResourceArn: arn }), (p) => p.Tags));
    return sortedTags(tags, (t) => t.Key);
}
/** A token for the create calls, which AWS takes to make them idempotent: one per call here. */
export const requestId = (id) => `localstack-pods-${id}-${Date.now()}`;
