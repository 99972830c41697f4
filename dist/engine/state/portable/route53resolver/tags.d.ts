import * as R from '@aws-sdk/client-route53resolver';
export type Tag = {
    Key: string;
    Value: string;
};
/** A resource's tags, sorted; none where the instance keeps none for its kind (moto: query log configs). */
export declare function tagsOf(r: R.Route53ResolverClient, arn: string): Promise<Tag[] | undefined>;
/** A token for the create calls, which AWS takes to make them idempotent: one per call here. */
export declare const requestId: (id: string) => string;
