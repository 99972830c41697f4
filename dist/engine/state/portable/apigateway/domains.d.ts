import * as AG from '@aws-sdk/client-api-gateway';
/** A custom domain name with its base path mappings, which name APIs and their stages. */
export type DomainNameData = {
    domainName: string;
    certificateName?: string;
    certificateArn?: string;
    regionalCertificateName?: string;
    regionalCertificateArn?: string;
    endpointConfiguration?: {
        types?: string[];
    };
    securityPolicy?: string;
    tags?: Record<string, string>;
    mappings?: {
        basePath: string;
        restApiId: string;
        stage?: string;
    }[];
};
export declare const DOMAIN_NAME: import("../kit/records.js").RecordKind<DomainNameData>;
export declare function domainNames(ag: AG.APIGatewayClient): Promise<AG.DomainName[]>;
export declare function captureDomainName(ag: AG.APIGatewayClient, d: AG.DomainName): Promise<DomainNameData>;
/** Its mappings go first: moto keeps a deleted domain's mappings, and refuses them when the domain is made again. */
export declare function deleteDomainName(ag: AG.APIGatewayClient, domainName: string): Promise<void>;
/** Creates the domain (in place of one of the same name) and its mappings, to the APIs under the ids this load gave them. */
export declare function restoreDomainName(ag: AG.APIGatewayClient, d: DomainNameData, apiIdOf: (id: string) => string): Promise<void>;
