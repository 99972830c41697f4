import * as AG from '@aws-sdk/client-api-gateway';
import { collect, isUnimplemented, nonEmpty, recordKind, sortBy, sortedRecord, unlessMissing } from '../kit/index.js';
export const DOMAIN_NAME = recordKind('domain-name');
const PAGE = 500;
/** How AWS names the mapping of a domain's root. */
const ROOT_PATH = '(none)';
export async function domainNames(ag) {
    return sortBy(await collect(AG.paginateGetDomainNames({ client: ag, pageSize: PAGE }, {}), (p) => p.items), (d) => d.domainName);
}
/** A domain's mappings; none when it has none, which moto answers with an error page (HTTP 500). */
async function mappingsOf(ag, domainName) {
    try {
        return (await unlessMissing(collect(AG.paginateGetBasePathMappings({ client: ag, pageSize: PAGE }, { domainName }), (p) => p.items))) ?? [];
    }
    catch (error) {
        if (isUnimplemented(error))
            return [];
        throw error;
    }
}
export async function captureDomainName(ag, d) {
    const domainName = d.domainName;
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
        mappings: nonEmpty(sortBy(mappings.map((m) => ({ basePath: m.basePath ?? ROOT_PATH, restApiId: m.restApiId, stage: m.stage })), (m) => m.basePath)),
    };
}
/** Its mappings go first: moto keeps a deleted domain's mappings, and refuses them when the domain is made again. */
export async function deleteDomainName(ag, domainName) {
    for (const { basePath } of await mappingsOf(ag, domainName))
        await unlessMissing(ag.send(new AG.DeleteBasePathMappingCommand({ domainName, basePath })));
    await unlessMissing(ag.send(new AG.DeleteDomainNameCommand({ domainName })));
}
/** Creates the domain (in place of one of the same name) and its mappings, to the APIs under the ids this load gave them. */
export async function restoreDomainName(ag, d, apiIdOf) {
    await deleteDomainName(ag, d.domainName);
    const { mappings, ...settings } = d;
    await ag.send(new AG.CreateDomainNameCommand({
        ...settings,
        endpointConfiguration: settings.endpointConfiguration,
        securityPolicy: settings.securityPolicy,
    }));
    for (const m of mappings ?? []) {
        await ag.send(new AG.CreateBasePathMappingCommand({
            domainName: d.domainName,
            basePath: m.basePath === ROOT_PATH ? undefined : m.basePath,
            restApiId: apiIdOf(m.restApiId),
            stage: m.stage,
        }));
    }
}
