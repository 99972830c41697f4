import * as Config from '@aws-sdk/client-config-service';
export type Tag = {
    Key: string;
    Value: string;
};
/** A rule's, aggregator's or authorization's tags; none where the instance does not serve them (MiniStack). */
export declare function tagsOf(c: Config.ConfigServiceClient, arn: string | undefined): Promise<Tag[] | undefined>;
