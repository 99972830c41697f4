import * as EC2 from '@aws-sdk/client-ec2';
import { collect, nonEmpty, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { filter, tagsOf } from './tags.js';
export const PREFIX_LIST = recordKind('prefix-list');
export async function userPrefixLists(ec2, account) {
    const lists = await collect(EC2.paginateDescribeManagedPrefixLists({ client: ec2 }, { Filters: [filter('owner-id', account)] }), (p) => p.PrefixLists);
    // Not every emulator applies the filter.
    return sortBy(lists.filter((l) => l.OwnerId === account), (l) => l.PrefixListId);
}
export async function capturePrefixList(ec2, l) {
    const entries = await collect(EC2.paginateGetManagedPrefixListEntries({ client: ec2 }, { PrefixListId: l.PrefixListId }), (p) => p.Entries);
    return {
        id: l.PrefixListId,
        name: l.PrefixListName,
        addressFamily: l.AddressFamily,
        maxEntries: l.MaxEntries,
        entries: nonEmpty(sortBy(entries.map((e) => ({ Cidr: e.Cidr, Description: e.Description || undefined })), (e) => e.Cidr)),
        tags: tagsOf(l.Tags),
    };
}
export async function restorePrefixList(ec2, ids, l) {
    const created = await ec2.send(new EC2.CreateManagedPrefixListCommand({
        PrefixListName: l.name,
        AddressFamily: l.addressFamily,
        MaxEntries: l.maxEntries,
        Entries: l.entries,
        TagSpecifications: l.tags ? [{ ResourceType: 'prefix-list', Tags: l.tags }] : undefined,
    }));
    ids.got(PREFIX_LIST, l.id, created.PrefixList.PrefixListId);
}
export async function deletePrefixList(ec2, PrefixListId) {
    await unlessMissing(ec2.send(new EC2.DeleteManagedPrefixListCommand({ PrefixListId })));
}
