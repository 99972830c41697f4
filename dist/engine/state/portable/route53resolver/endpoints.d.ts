import * as R from '@aws-sdk/client-route53resolver';
import { type GroupRef, type Network, type SubnetRef } from '../kit/index.js';
import { type Tag } from './tags.js';
export type EndpointData = {
    id: string;
    name?: string;
    direction: string;
    groups: GroupRef[];
    /** Each address in its subnet, as the instance gave it or as it was asked for. */
    addresses: {
        subnet: SubnetRef;
        ip?: string;
        ipv6?: string;
    }[];
    endpointType?: string;
    protocols?: string[];
    tags?: Tag[];
};
export declare const ENDPOINT: import("../kit/records.js").RecordKind<EndpointData>;
export declare function endpoints(r: R.Route53ResolverClient): Promise<R.ResolverEndpoint[]>;
export declare function captureEndpoint(r: R.Route53ResolverClient, network: Network, e: R.ResolverEndpoint): Promise<EndpointData>;
/** Made anew in the counterparts of its subnets and groups; returns the id the instance drew. */
export declare function restoreEndpoint(r: R.Route53ResolverClient, network: Network, e: EndpointData, label: string): Promise<string>;
export declare function deleteEndpoint(r: R.Route53ResolverClient, id: string): Promise<void>;
