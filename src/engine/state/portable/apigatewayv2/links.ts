import * as V2 from '@aws-sdk/client-apigatewayv2';
import { recordKind, sortBy, unlessMissing, unlessUnimplemented } from '../kit/index.js';
import { listAll, PAGE, settingsOf, type Settings } from './settings.js';

/** A VPC link, which integrations of type VPC_LINK name by the id the instance draws. */
export type VpcLinkData = Settings<V2.VpcLink, 'CreatedDate' | 'VpcLinkId' | 'VpcLinkStatus' | 'VpcLinkStatusMessage' | 'VpcLinkVersion'> & {
  id: string;
};

export const VPC_LINK = recordKind<VpcLinkData>('vpc-link', 'VPC link');

/** None where the instance does not serve them (MiniStack). */
export async function vpcLinks(v2: V2.ApiGatewayV2Client): Promise<V2.VpcLink[]> {
  const links = await unlessUnimplemented(v2, 'GetVpcLinks', () =>
    listAll((NextToken) => v2.send(new V2.GetVpcLinksCommand({ NextToken, MaxResults: PAGE }))),
  );
  return sortBy(links ?? [], (l) => l.VpcLinkId!);
}

export function vpcLinkOf(l: V2.VpcLink): VpcLinkData {
  return { id: l.VpcLinkId!, ...settingsOf(l, ['CreatedDate', 'VpcLinkId', 'VpcLinkStatus', 'VpcLinkStatusMessage', 'VpcLinkVersion']) };
}

export async function deleteVpcLink(v2: V2.ApiGatewayV2Client, VpcLinkId: string): Promise<void> {
  await unlessMissing(v2.send(new V2.DeleteVpcLinkCommand({ VpcLinkId })));
}

/**
 * Creates the link in place of any of its id or name (its id is drawn anew), but for those this
 * load made (`restored`); returns the new id.
 */
export async function restoreVpcLink(v2: V2.ApiGatewayV2Client, l: VpcLinkData, restored: ReadonlySet<string>): Promise<string> {
  for (const existing of await vpcLinks(v2)) {
    if ((existing.VpcLinkId === l.id || existing.Name === l.Name) && !restored.has(existing.VpcLinkId!)) await deleteVpcLink(v2, existing.VpcLinkId!);
  }
  const { id: _, ...settings } = l;
  return (await v2.send(new V2.CreateVpcLinkCommand({ ...settings }))).VpcLinkId!;
}
