import * as EC2 from '@aws-sdk/client-ec2';
import { collect, nonEmpty, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import type { Renames } from './ids.js';
import { filter, tagsOf, type Tag } from './tags.js';

/** Managed prefix lists the account made (AWS's own, for S3 and DynamoDB, come with every region). */

export type PrefixListData = {
  id: string;
  name: string;
  addressFamily: string;
  maxEntries: number;
  entries?: { Cidr: string; Description?: string }[];
  tags?: Tag[];
};

export const PREFIX_LIST = recordKind<PrefixListData>('prefix-list');

export async function userPrefixLists(ec2: EC2.EC2Client, account: string): Promise<EC2.ManagedPrefixList[]> {
  const lists = await collect(
    EC2.paginateDescribeManagedPrefixLists({ client: ec2 }, { Filters: [filter('owner-id', account)] }),
    (p) => p.PrefixLists,
  );
  // Not every emulator applies the filter.
  return sortBy(
    lists.filter((l) => l.OwnerId === account),
    (l) => l.PrefixListId!,
  );
}

export async function capturePrefixList(ec2: EC2.EC2Client, l: EC2.ManagedPrefixList): Promise<PrefixListData> {
  const entries = await collect(EC2.paginateGetManagedPrefixListEntries({ client: ec2 }, { PrefixListId: l.PrefixListId }), (p) => p.Entries);
  return {
    id: l.PrefixListId!,
    name: l.PrefixListName!,
    addressFamily: l.AddressFamily!,
    maxEntries: l.MaxEntries!,
    entries: nonEmpty(
      sortBy(
        entries.map((e) => ({ Cidr: e.Cidr!, Description: e.Description || undefined })),
        (e) => e.Cidr,
      ),
    ),
    tags: tagsOf(l.Tags),
  };
}

export async function restorePrefixList(ec2: EC2.EC2Client, ids: Renames, l: PrefixListData): Promise<void> {
  const created = await ec2.send(
    new EC2.CreateManagedPrefixListCommand({
      PrefixListName: l.name,
      AddressFamily: l.addressFamily,
      MaxEntries: l.maxEntries,
      Entries: l.entries,
      TagSpecifications: l.tags ? [{ ResourceType: 'prefix-list', Tags: l.tags }] : undefined,
    }),
  );
  ids.got(PREFIX_LIST, l.id, created.PrefixList!.PrefixListId!);
}

export async function deletePrefixList(ec2: EC2.EC2Client, PrefixListId: string): Promise<void> {
  await unlessMissing(ec2.send(new EC2.DeleteManagedPrefixListCommand({ PrefixListId })));
}
