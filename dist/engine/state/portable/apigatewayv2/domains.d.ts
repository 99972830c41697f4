import * as V2 from '@aws-sdk/client-apigatewayv2';
import { type Settings } from './settings.js';
type Mapping = Settings<V2.ApiMapping, 'ApiMappingId'>;
/**
 * A custom domain name with its API mappings to HTTP and WebSocket APIs, which name them by id.
 * AWS and MiniStack keep one set of domains for these APIs and REST APIs (moto keeps two): the
 * `apigateway` module saves the same domain with its mappings to REST APIs, so a restore leaves
 * a domain it finds in place, and replaces only its mappings to these APIs.
 */
export type DomainNameData = Settings<V2.DomainName, 'DomainNameArn' | 'ApiMappingSelectionExpression'> & {
    mappings?: Mapping[];
};
export declare const DOMAIN_NAME: import("../kit/records.js").RecordKind<DomainNameData>;
export declare function domainNames(v2: V2.ApiGatewayV2Client): Promise<V2.DomainName[]>;
/** The domain as the pod keeps it, with its mappings to the APIs of `apiIds` (the others are REST APIs'). */
export declare function captureDomainName(v2: V2.ApiGatewayV2Client, d: V2.DomainName, apiIds: ReadonlySet<string>): Promise<DomainNameData>;
/**
 * Deletes the domain's mappings to the APIs of `apiIds`, then the domain unless it still maps
 * REST APIs (a set of domains shared with them, as on MiniStack, keeps those for the
 * `apigateway` module). Mappings go first: AWS deletes no API a domain maps to.
 */
export declare function deleteDomainName(v2: V2.ApiGatewayV2Client, DomainName: string, apiIds: ReadonlySet<string>): Promise<void>;
/**
 * Makes the domain the pod's: created when the instance lacks it, else updated with its
 * mappings to the APIs of `apiIds` removed; then its mappings are made, to the APIs under the
 * ids this load gave them (`apiIdOf`).
 */
export declare function restoreDomainName(v2: V2.ApiGatewayV2Client, region: string, d: DomainNameData, apiIds: ReadonlySet<string>, apiIdOf: (id: string) => string): Promise<void>;
export {};
