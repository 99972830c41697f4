import * as V2 from '@aws-sdk/client-apigatewayv2';
import type { ServiceContext, ServiceModule } from '../../module.js';
import { clientOf, eachRegion, IdMap, on, regionsWhere, restoreRecords, unlessUnimplemented } from '../kit/index.js';
import { API, apis, captureApi } from './apis.js';
import { captureDomainName, DOMAIN_NAME, deleteDomainName, domainNames, restoreDomainName } from './domains.js';
import { deleteVpcLink, restoreVpcLink, VPC_LINK, vpcLinkOf, vpcLinks } from './links.js';
import { deleteApi, restoreApi } from './restore-api.js';

const client = clientOf(V2.ApiGatewayV2Client);

/** VPC links, then the APIs whose integrations name them, then the domains that map to the APIs. */
const capture = eachRegion(async function* (context, region) {
  const v2 = client(context, region);
  for (const link of await vpcLinks(v2)) yield VPC_LINK.record(region, link.VpcLinkId!, vpcLinkOf(link));
  const apiIds = new Set<string>();
  for (const api of await apis(v2)) {
    apiIds.add(api.ApiId!);
    yield API.record(region, api.ApiId!, await captureApi(v2, api));
  }
  for (const domain of await domainNames(v2)) yield DOMAIN_NAME.record(region, domain.DomainName!, await captureDomainName(v2, domain, apiIds));
});

const regionsWithState = regionsWhere(async (context, region) => {
  const v2 = client(context, region);
  const one = { MaxResults: '1' };
  const [apiPage, domainPage, linkPage] = await Promise.all([
    v2.send(new V2.GetApisCommand(one)),
    v2.send(new V2.GetDomainNamesCommand(one)),
    unlessUnimplemented(v2, 'GetVpcLinks', () => v2.send(new V2.GetVpcLinksCommand(one))),
  ]);
  return [apiPage, domainPage, linkPage].some((page) => (page?.Items?.length ?? 0) > 0);
});

/** Domains first (their mappings name APIs), then APIs, then the VPC links their integrations name. */
async function clear(context: ServiceContext, region: string): Promise<void> {
  const v2 = client(context, region);
  const apiIds = new Set((await apis(v2)).map((api) => api.ApiId!));
  for (const domain of await domainNames(v2)) await deleteDomainName(v2, domain.DomainName!, apiIds);
  for (const id of apiIds) await deleteApi(v2, id);
  for (const link of await vpcLinks(v2)) await deleteVpcLink(v2, link.VpcLinkId!);
}

/**
 * API Gateway's HTTP and WebSocket APIs (CORS, models, JWT and Lambda authorizers,
 * integrations and their responses, routes and their responses, deployments, stages with their
 * variables, route settings, access logs and tags), VPC links, custom domain names with their
 * API mappings.
 */
export const apigatewayv2: ServiceModule = {
  name: 'apigatewayv2',
  // Integrations and authorizers invoke functions, under roles; domains name certificates, and
  // are REST APIs' too where the instance keeps one set of them (see `DomainNameData`); VPC links
  // name subnets and security groups.
  dependsOn: ['iam', 'lambda', 'acm', 'apigateway', 'ec2'],
  capture,
  regionsWithState,
  clear,
  // One at a time, in the pod's order: APIs name the links restored before them, domains the APIs.
  restore: (context, region, records) => {
    const v2 = client(context, region);
    const ids = new IdMap();
    // What this load made: an API or link of the same name that comes later in the pod does not replace it.
    const restored = new Set<string>();
    const made = (from: string, to: string) => {
      ids.set(from, to);
      restored.add(to);
    };
    return restoreRecords(
      context,
      records,
      1,
      on(VPC_LINK, async (l) => {
        const id = await restoreVpcLink(v2, l, restored);
        made(l.id, id);
        if (id !== l.id) context.warn(VPC_LINK.label(l.id), `the instance gave it the id ${id}: the integrations restored with it name that one`);
      }),
      on(API, async (a) => made(a.id, await restoreApi(context, v2, region, a, restored, ids.of))),
      on(DOMAIN_NAME, async (d) => restoreDomainName(v2, region, d, new Set((await apis(v2)).map((a) => a.ApiId!)), ids.of)),
    );
  },
  // Signed as API Gateway's REST APIs are, under paths of their own; every write counts for the whole service.
  requests: { signingName: 'apigateway', pathPrefix: '/v2/' },
};
