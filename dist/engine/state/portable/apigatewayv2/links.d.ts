import * as V2 from '@aws-sdk/client-apigatewayv2';
import { type Settings } from './settings.js';
/** A VPC link, which integrations of type VPC_LINK name by the id the instance draws. */
export type VpcLinkData = Settings<V2.VpcLink, 'CreatedDate' | 'VpcLinkId' | 'VpcLinkStatus' | 'VpcLinkStatusMessage' | 'VpcLinkVersion'> & {
    id: string;
};
export declare const VPC_LINK: import("../kit/records.js").RecordKind<VpcLinkData>;
/** None where the instance does not serve them (MiniStack). */
export declare function vpcLinks(v2: V2.ApiGatewayV2Client): Promise<V2.VpcLink[]>;
export declare function vpcLinkOf(l: V2.VpcLink): VpcLinkData;
export declare function deleteVpcLink(v2: V2.ApiGatewayV2Client, VpcLinkId: string): Promise<void>;
/**
 * Creates the link in place of any of its id or name (its id is drawn anew), but for those this
 * load made (`restored`); returns the new id.
 */
export declare function restoreVpcLink(v2: V2.ApiGatewayV2Client, l: VpcLinkData, restored: ReadonlySet<string>): Promise<string>;
