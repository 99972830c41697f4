/**
 * A function version's configuration: read from what Lambda answers into the record's shape, and
 * written back as the settings CreateFunction and UpdateFunctionConfiguration take.
 */
import type * as Lambda from '@aws-sdk/client-lambda';
import { type Network, nonEmpty, type Placement, sortedRecord } from '../kit/index.js';

/**
 * The subnets and groups of a function in a VPC, each with what finds its counterpart where EC2
 * drew other ids (see `Network`): a pod's own VPCs are renamed by the ec2 module, which restores
 * first; the default VPC's subnets are found by zone and CIDR block.
 */
export type FunctionVpc = Placement & { ipv6DualStack?: boolean };

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
export async function functionConfig(c: Lambda.FunctionConfiguration, network: Network): Promise<FunctionConfig> {
  return {
    packageType: c.PackageType === 'Image' ? 'Image' : undefined,
    runtime: c.Runtime,
    handler: c.Handler,
    role: c.Role!,
    memorySize: c.MemorySize,
    timeout: c.Timeout,
    description: c.Description || undefined,
    environment: sortedRecord(c.Environment?.Variables),
    architectures: nonEmpty(c.Architectures),
    layers: nonEmpty((c.Layers ?? []).map((l) => l.Arn!)),
    ephemeralStorage: c.EphemeralStorage?.Size,
    tracingMode: c.TracingConfig?.Mode,
    vpc: await functionVpc(c.VpcConfig, network),
  };
}

async function functionVpc(vpc: Lambda.VpcConfigResponse | undefined, network: Network): Promise<FunctionVpc | undefined> {
  if (!vpc?.SubnetIds?.length) return undefined;
  return { ...(await network.placementOf(vpc.SubnetIds, vpc.SecurityGroupIds)), ipv6DualStack: vpc.Ipv6AllowedForDualStack || undefined };
}

/** The VPC settings for `vpc` on this instance: its subnets and groups, or their counterparts. */
export async function vpcConfigOf(vpc: FunctionVpc, network: Network, resource: string): Promise<Lambda.VpcConfig> {
  return { ...(await network.placementIds(vpc, resource)), Ipv6AllowedForDualStack: vpc.ipv6DualStack };
}

/**
 * The settings both CreateFunction and UpdateFunctionConfiguration take. Unset ones are sent
 * empty, so an update clears what the pod does not have; `layerArn` gives a layer version's ARN
 * on this instance, and `vpcConfig` the VPC settings found for `config.vpc` (`vpcConfigOf`).
 */
export function configInput(config: FunctionConfig, layerArn: (arn: string) => string, vpcConfig: Lambda.VpcConfig | undefined) {
  return {
    Runtime: config.runtime as Lambda.Runtime | undefined,
    Handler: config.handler,
    Role: config.role,
    MemorySize: config.memorySize,
    Timeout: config.timeout,
    Description: config.description ?? '',
    Environment: { Variables: config.environment ?? {} },
    Layers: (config.layers ?? []).map(layerArn),
    EphemeralStorage: config.ephemeralStorage ? { Size: config.ephemeralStorage } : undefined,
    TracingConfig: config.tracingMode ? { Mode: config.tracingMode as Lambda.TracingMode } : undefined,
    VpcConfig: vpcConfig,
  };
}
