import * as Redshift from '@aws-sdk/client-redshift';
import { clientOf, sortedTags } from '../kit/index.js';

export const client = clientOf(Redshift.RedshiftClient);

export type Tag = { Key: string; Value: string };

/** A resource's tags as a record keeps them: sorted, undefined when none. */
export const tagsOf = (tags: Redshift.Tag[] | undefined) => sortedTags(tags as Tag[] | undefined, (t) => t.Key);
