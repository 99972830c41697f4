import * as Config from '@aws-sdk/client-config-service';
import { sortedTags, unlessUnimplemented } from '../kit/index.js';
/** A rule's, aggregator's or authorization's tags; none where the instance does not serve them (MiniStack). */
export async function tagsOf(c, arn) {
    if (!arn)
        return undefined;
    const listed = await unlessUnimplemented(c, 'ListTagsForResource', () => c.send(new Config.ListTagsForResourceCommand({ ResourceArn: arn })));
    return sortedTags(listed?.Tags, (t) => t.Key);
}
