import * as Redshift from '@aws-sdk/client-redshift';
export declare const client: import("../kit/clients.js").ClientFactory<Redshift.RedshiftClient>;
export type Tag = {
    Key: string;
    Value: string;
};
/** A resource's tags as a record keeps them: sorted, undefined when none. */
export declare const tagsOf: (tags: Redshift.Tag[] | undefined) => Tag[] | undefined;
