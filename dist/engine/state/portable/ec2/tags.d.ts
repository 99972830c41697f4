import * as EC2 from '@aws-sdk/client-ec2';
export type Tag = {
    Key: string;
    Value: string;
};
/** LocalStack makes a security group under the id this tag names (moto and MiniStack keep it as a tag). */
export declare const CUSTOM_ID_TAG = "_custom_id_";
/** A resource's own tags, sorted: AWS's (`aws:`) and the id tag a load gave are not the user's. */
export declare function tagsOf(tags: readonly EC2.Tag[] | undefined): Tag[] | undefined;
/** Sets the pod's tags on a resource the load made or took over. */
export declare function tagResource(ec2: EC2.EC2Client, id: string, tags: readonly Tag[] | undefined): Promise<void>;
/** The tags to create a resource with, asking the instance for the pod's id. */
export declare function withPodId(type: EC2.ResourceType, id: string, tags: readonly Tag[] | undefined): EC2.TagSpecification[];
/** Removes the id tag, which the instance keeps when it does not take ids from it. */
export declare function dropPodId(ec2: EC2.EC2Client, id: string): Promise<void>;
/** A filter of a Describe call. */
export declare const filter: (name: string, ...values: string[]) => EC2.Filter;
