import * as V2 from '@aws-sdk/client-apigatewayv2';
import { nonEmpty, recordKind, replaceTags, sortBy, unlessMissing, unlessUnimplemented } from '../kit/index.js';
import { listAll, PAGE, settingsOf, type Settings } from './settings.js';

/** What the instance sets in a domain's endpoint configuration itself. */
const CONFIGURATION_STATUS = [
  'ApiGatewayDomainName',
  'CertificateUploadDate',
  'DomainNameStatus',
  'DomainNameStatusMessage',
  'HostedZoneId',
] as const;

type Mapping = Settings<V2.ApiMapping, 'ApiMappingId'>;

/**
 * A custom domain name with its API mappings to HTTP and WebSocket APIs, which name them by id.
 * AWS and MiniStack keep one set of domains for these APIs and REST APIs (moto keeps two): the
 * `apigateway` module saves the same domain with its mappings to REST APIs, so a restore leaves
 * a domain it finds in place, and replaces only its mappings to these APIs.
 */
export type DomainNameData = Settings<V2.DomainName, 'DomainNameArn' | 'ApiMappingSelectionExpression'> & { mappings?: Mapping[] };

export const DOMAIN_NAME = recordKind<DomainNameData>('domain-name');

export async function domainNames(v2: V2.ApiGatewayV2Client): Promise<V2.DomainName[]> {
  return sortBy(await listAll((NextToken) => v2.send(new V2.GetDomainNamesCommand({ NextToken, MaxResults: PAGE }))), (d) => d.DomainName!);
}

function mappingsOf(v2: V2.ApiGatewayV2Client, DomainName: string): Promise<V2.ApiMapping[]> {
  return listAll((NextToken) => v2.send(new V2.GetApiMappingsCommand({ DomainName, NextToken, MaxResults: PAGE })));
}

/** The domain as the pod keeps it, with its mappings to the APIs of `apiIds` (the others are REST APIs'). */
export async function captureDomainName(v2: V2.ApiGatewayV2Client, d: V2.DomainName, apiIds: ReadonlySet<string>): Promise<DomainNameData> {
  const mappings = (await mappingsOf(v2, d.DomainName!)).filter((m) => apiIds.has(m.ApiId!)).map((m) => settingsOf(m, ['ApiMappingId']));
  const settings = settingsOf(d, ['DomainNameArn', 'ApiMappingSelectionExpression']);
  return {
    ...settings,
    DomainNameConfigurations: nonEmpty(settings.DomainNameConfigurations?.map((c) => settingsOf(c, CONFIGURATION_STATUS))),
    MutualTlsAuthentication: settings.MutualTlsAuthentication && settingsOf(settings.MutualTlsAuthentication, ['TruststoreWarnings']),
    mappings: nonEmpty(sortBy(mappings, (m) => `${m.ApiMappingKey ?? ''}/${m.ApiId}/${m.Stage}`)),
  };
}

/**
 * Deletes the domain's mappings to the APIs of `apiIds`, then the domain unless it still maps
 * REST APIs (a set of domains shared with them, as on MiniStack, keeps those for the
 * `apigateway` module). Mappings go first: AWS deletes no API a domain maps to.
 */
export async function deleteDomainName(v2: V2.ApiGatewayV2Client, DomainName: string, apiIds: ReadonlySet<string>): Promise<void> {
  const mappings = (await unlessMissing(mappingsOf(v2, DomainName))) ?? [];
  const own = mappings.filter((m) => apiIds.has(m.ApiId!));
  for (const m of own) await unlessMissing(v2.send(new V2.DeleteApiMappingCommand({ DomainName, ApiMappingId: m.ApiMappingId! })));
  if (own.length === mappings.length) await unlessMissing(v2.send(new V2.DeleteDomainNameCommand({ DomainName })));
}

/** Brings a domain the instance has to the pod's settings and tags (moto changes no domain). */
async function updateDomainName(
  v2: V2.ApiGatewayV2Client,
  region: string,
  d: DomainNameData,
  current: { Tags?: Record<string, string> },
): Promise<void> {
  const DomainName = d.DomainName!;
  await unlessUnimplemented(v2, 'UpdateDomainName', () =>
    v2.send(
      new V2.UpdateDomainNameCommand({
        DomainName,
        DomainNameConfigurations: d.DomainNameConfigurations,
        MutualTlsAuthentication: d.MutualTlsAuthentication,
      }),
    ),
  );
  const ResourceArn = `arn:aws:apigateway:${region}::/domainnames/${DomainName}`;
  await replaceTags(Object.keys(current.Tags ?? {}), Object.keys(d.Tags ?? {}), {
    untag: (TagKeys) => unlessUnimplemented(v2, 'UntagResource', () => v2.send(new V2.UntagResourceCommand({ ResourceArn, TagKeys }))),
    tag: () => unlessUnimplemented(v2, 'TagResource', () => v2.send(new V2.TagResourceCommand({ ResourceArn, Tags: d.Tags }))),
  });
}

/**
 * Makes the domain the pod's: created when the instance lacks it, else updated with its
 * mappings to the APIs of `apiIds` removed; then its mappings are made, to the APIs under the
 * ids this load gave them (`apiIdOf`).
 */
export async function restoreDomainName(
  v2: V2.ApiGatewayV2Client,
  region: string,
  d: DomainNameData,
  apiIds: ReadonlySet<string>,
  apiIdOf: (id: string) => string,
): Promise<void> {
  const DomainName = d.DomainName!;
  const { mappings, ...settings } = d;
  const current = await unlessMissing(v2.send(new V2.GetDomainNameCommand({ DomainName })));
  if (!current) await v2.send(new V2.CreateDomainNameCommand({ ...settings, DomainName }));
  else {
    await updateDomainName(v2, region, d, current);
    for (const m of await mappingsOf(v2, DomainName)) {
      if (apiIds.has(m.ApiId!)) await unlessMissing(v2.send(new V2.DeleteApiMappingCommand({ DomainName, ApiMappingId: m.ApiMappingId! })));
    }
  }
  for (const m of mappings ?? []) {
    await v2.send(new V2.CreateApiMappingCommand({ ...m, DomainName, ApiId: apiIdOf(m.ApiId!) }));
  }
}
