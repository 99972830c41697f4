import * as Redshift from '@aws-sdk/client-redshift';
import { clientOf, sortedTags } from '../kit/index.js';
export const client = clientOf(Redshift.RedshiftClient);
/** A resource's tags as a record keeps them: sorted, undefined when none. */
export const tagsOf = (tags) => sortedTags(tags, (t) => t.Key);
