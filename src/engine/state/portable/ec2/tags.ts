import * as EC2 from '@aws-sdk/client-ec2';
import { sortedTags } from '../kit/index.js';

export type Tag = { Key: string; Value: string };

/** LocalStack makes a security group under the id this tag names (moto and MiniStack keep it as a tag). */
export const CUSTOM_ID_TAG = '_custom_id_';

/** A resource's own tags, sorted: AWS's (`aws:`) and the id tag a load gave are not the user's. */
export function tagsOf(tags: readonly EC2.Tag[] | undefined): Tag[] | undefined {
  const own = (tags ?? []).filter((t) => t.Key !== CUSTOM_ID_TAG && !t.Key?.startsWith('aws:')) as Tag[];
  return sortedTags(
    own.map((t) => ({ Key: t.Key, Value: t.Value ?? '' })),
    (t) => t.Key,
  );
}

/** Sets the pod's tags on a resource the load made or took over. */
export async function tagResource(ec2: EC2.EC2Client, id: string, tags: readonly Tag[] | undefined): Promise<void> {
  if (tags) await ec2.send(new EC2.CreateTagsCommand({ Resources: [id], Tags: [...tags] }));
}

/** The tags to create a resource with, asking the instance for the pod's id. */
export function withPodId(type: EC2.ResourceType, id: string, tags: readonly Tag[] | undefined): EC2.TagSpecification[] {
  return [{ ResourceType: type, Tags: [...(tags ?? []), { Key: CUSTOM_ID_TAG, Value: id }] }];
}

/** Removes the id tag, which the instance keeps when it does not take ids from it. */
export async function dropPodId(ec2: EC2.EC2Client, id: string): Promise<void> {
  await ec2.send(new EC2.DeleteTagsCommand({ Resources: [id], Tags: [{ Key: CUSTOM_ID_TAG }] }));
}

/** A filter of a Describe call. */
export const filter = (name: string, ...values: string[]): EC2.Filter => ({ Name: name, Values: values });
