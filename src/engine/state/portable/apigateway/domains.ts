import * as AG from '@aws-sdk/client-api-gateway';
import { collect, isUnimplemented, nonEmpty, recordKind, sortBy, sortedRecord, unlessMissing } from '../kit/index.js';

/** A custom domain name with its base path mappings, which name APIs and their stages. */
export type DomainNameData = {
  domainName: string;
  certificateName?: string;
  certificateArn?: string;
  regionalCertificateName?: string;
  regionalCertificateArn?: string;
  endpointConfiguration?: { types?: string[] };
  securityPolicy?: string;
  tags?: Record<string, string>;
  mappings?: { basePath: string; restApiId: string; stage?: string }[];
};

export const DOMAIN_NAME = recordKind<DomainNameData>('domain-name');

const PAGE = 500;
/** How AWS names the mapping of a domain's root. */
const ROOT_PATH = '(none)';

export async function domainNames(ag: AG.APIGatewayClient): Promise<AG.DomainName[]> {
  return sortBy(await collect(AG.paginateGetDomainNames({ client: ag, pageSize: PAGE }, {}), (p) => p.items), (d) => d.domainName!);
}

/** A domain's mappings; none when it has none, which moto answers with an error page (HTTP 500). */
async function mappingsOf(ag: AG.APIGatewayClient, domainName: string): Promise<AG.BasePathMapping[]> {
  try {
    return (await unlessMissing(collect(AG.paginateGetBasePathMappings({ client: ag, pageSize: PAGE }, { domainName }), (p) => p.items))) ?? [];
  } catch (error) {
    if (isUnimplemented(error)) return [];
    throw error;
  }
}

export async function captureDomainName(ag: AG.APIGatewayClient, d: AG.DomainName): Promise<DomainNameData> {
  const domainName = d.domainName!;
  const mappings = await mappingsOf(ag, domainName);
  return {
    domainName,
    certificateName: d.certificateName,
    certificateArn: d.certificateArn,
    regionalCertificateName: d.regionalCertificateName,
    regionalCertificateArn: d.regionalCertificateArn,
    endpointConfiguration: d.endpointConfiguration && { types: nonEmpty(d.endpointConfiguration.types) },
    securityPolicy: d.securityPolicy,
    tags: sortedRecord(d.tags),
    mappings: nonEmpty(
      sortBy(
        mappings.map((m) => ({ basePath: m.basePath ?? ROOT_PATH, restApiId: m.restApiId!, stage: m.stage })),
        (m) => m.basePath,
      ),
    ),
  };
}

/** Its mappings go first: moto keeps a deleted domain's mappings, and refuses them when the domain is made again. */
export async function deleteDomainName(ag: AG.APIGatewayClient, domainName: string): Promise<void> {
  for (const { basePath } of await mappingsOf(ag, domainName))
    await unlessMissing(ag.send(new AG.DeleteBasePathMappingCommand({ domainName, basePath })));
  await unlessMissing(ag.send(new AG.DeleteDomainNameCommand({ domainName })));
}

/** Creates the domain (in place of one of the same name) and its mappings, to the APIs under the ids this load gave them. */
export async function restoreDomainName(ag: AG.APIGatewayClient, d: DomainNameData, apiIdOf: (id: string) => string): Promise<void> {
  await deleteDomainName(ag, d.domainName);
  const { mappings, ...settings } = d;
  await ag.send(
    new AG.CreateDomainNameCommand({
      ...settings,
      endpointConfiguration: settings.endpointConfiguration as AG.EndpointConfiguration | undefined,
      securityPolicy: settings.securityPolicy as AG.SecurityPolicy | undefined,
    }),
  );
  for (const m of mappings ?? []) {
    await ag.send(
      new AG.CreateBasePathMappingCommand({
        domainName: d.domainName,
        basePath: m.basePath === ROOT_PATH ? undefined : m.basePath,
        restApiId: apiIdOf(m.restApiId),
        stage: m.stage,
      }),
    );
  }
}
