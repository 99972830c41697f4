import * as EC2 from '@aws-sdk/client-ec2';
import type { ServiceContext } from '../../module.js';
import { type Tag } from './tags.js';
/**
 * Key pairs, by name. The public key is kept and imported again, so the private key its owner
 * holds still fits; where the instance does not give the public key, a load makes a new pair.
 */
export type KeyPairData = {
    name: string;
    keyType?: string;
    publicKey?: string;
    tags?: Tag[];
};
export declare const KEY_PAIR: import("../kit/records.js").RecordKind<KeyPairData>;
export declare function keyPairs(ec2: EC2.EC2Client): Promise<EC2.KeyPairInfo[]>;
export declare function captureKeyPair(context: ServiceContext, k: EC2.KeyPairInfo): KeyPairData;
export declare function restoreKeyPair(ec2: EC2.EC2Client, k: KeyPairData): Promise<void>;
export declare function deleteKeyPair(ec2: EC2.EC2Client, KeyName: string): Promise<void>;
