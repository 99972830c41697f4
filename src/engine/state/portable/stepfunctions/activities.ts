/** Activities: a name and tags, read and created again; the workers that poll them are the application's. */
import * as SFN from '@aws-sdk/client-sfn';
import { collect, recordKind, replaceTags, sortBy, sortedTags, unlessMissing } from '../kit/index.js';

export type ActivityData = { name: string; tags?: SFN.Tag[] };

export const ACTIVITY = recordKind<ActivityData>('activity');

/** A region's activities, ARN by name, sorted by name. */
export async function activityArns(sfn: SFN.SFNClient): Promise<Map<string, string>> {
  const listed = await collect(SFN.paginateListActivities({ client: sfn }, {}), (page) => page.activities);
  return new Map(sortBy(listed, (a) => a.name!).map((a) => [a.name!, a.activityArn!]));
}

/** An activity's tags; LocalStack keeps none and answers that the activity is not found. */
async function activityTags(sfn: SFN.SFNClient, arn: string): Promise<SFN.Tag[]> {
  return (await unlessMissing(sfn.send(new SFN.ListTagsForResourceCommand({ resourceArn: arn }))))?.tags ?? [];
}

export async function captureActivity(sfn: SFN.SFNClient, name: string, arn: string): Promise<ActivityData> {
  return { name, tags: sortedTags(await activityTags(sfn, arn), (t) => t.key!) };
}

/** CreateActivity answers an existing name with its ARN, so only its tags are brought to the pod's. */
export async function restoreActivity(sfn: SFN.SFNClient, activity: ActivityData): Promise<void> {
  const { activityArn } = await sfn.send(new SFN.CreateActivityCommand({ name: activity.name, tags: activity.tags }));
  const current = await activityTags(sfn, activityArn!);
  await replaceTags(
    current.map((t) => t.key!),
    (activity.tags ?? []).map((t) => t.key!),
    {
      untag: (tagKeys) => sfn.send(new SFN.UntagResourceCommand({ resourceArn: activityArn, tagKeys })),
      tag: () => sfn.send(new SFN.TagResourceCommand({ resourceArn: activityArn, tags: activity.tags })),
    },
  );
}
