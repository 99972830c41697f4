/**
 * A function version's configuration: read from what Lambda answers into the record's shape, and
 * written back as the settings CreateFunction and UpdateFunctionConfiguration take.
 */
import type * as Lambda from '@aws-sdk/client-lambda';
import { type Network, type Placement } from '../kit/index.js';
/**
 * The subnets and groups of a function in a VPC, each with what finds its counterpart where EC2
 * drew other ids (see `Network`): a pod's own VPCs are renamed by the ec2 module, which restores
 * first; the default VPC's subnets are found by zone and CIDR block.
 */
export type FunctionVpc = Placement & {
    ipv6DualStack?: boolean;
};
/** A function version's configuration as records hold it. */
export type FunctionConfig = {
    packageType?: string;
    runtime?: string;
    handler?: string;
    role: string;
    memorySize?: number;
    timeout?: number;
    description?: string;
    environment?: Record<string, string>;
    architectures?: string[];
    layers?: string[];
    ephemeralStorage?: number;
    tracingMode?: string;
    vpc?: FunctionVpc;
};
/** The configuration of a function version as Lambda lists or gets it. */
export declare function functionConfig(c: Lambda.FunctionConfiguration, network: Network): Promise<FunctionConfig>;
/** The VPC settings for `vpc` on this instance: its subnets and groups, or their counterparts. */
export declare function vpcConfigOf(vpc: FunctionVpc, network: Network, resource: string): Promise<Lambda.VpcConfig>;
/**
 * The settings both CreateFunction and UpdateFunctionConfiguration take. Unset ones are sent
 * empty, so an update clears what the pod does not have; `layerArn` gives a layer version's ARN
 * on this instance, and `vpcConfig` the VPC settings found for `config.vpc` (`vpcConfigOf`).
 */
export declare function configInput(config: FunctionConfig, layerArn: (arn: string) => string, vpcConfig: Lambda.VpcConfig | undefined): {
    Runtime: Lambda.Runtime | undefined;
    Handler: string | undefined;
    Role: string;
    MemorySize: number | undefined;
    Timeout: number | undefined;
    Description: string;
    Environment: {
        Variables: Record<string, string>;
    };
    Layers: string[];
    EphemeralStorage: {
        Size: number;
    } | undefined;
    TracingConfig: {
        Mode: Lambda.TracingMode;
    } | undefined;
    VpcConfig: Lambda.VpcConfig | undefined;
};
