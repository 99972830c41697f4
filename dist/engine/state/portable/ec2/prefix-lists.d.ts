import * as EC2 from '@aws-sdk/client-ec2';
import type { Renames } from './ids.js';
import { type Tag } from './tags.js';
/** Managed prefix lists the account made (AWS's own, for S3 and DynamoDB, come with every region). */
export type PrefixListData = {
    id: string;
    name: string;
    addressFamily: string;
    maxEntries: number;
    entries?: {
        Cidr: string;
        Description?: string;
    }[];
    tags?: Tag[];
};
export declare const PREFIX_LIST: import("../kit/records.js").RecordKind<PrefixListData>;
export declare function userPrefixLists(ec2: EC2.EC2Client, account: string): Promise<EC2.ManagedPrefixList[]>;
export declare function capturePrefixList(ec2: EC2.EC2Client, l: EC2.ManagedPrefixList): Promise<PrefixListData>;
export declare function restorePrefixList(ec2: EC2.EC2Client, ids: Renames, l: PrefixListData): Promise<void>;
export declare function deletePrefixList(ec2: EC2.EC2Client, PrefixListId: string): Promise<void>;
