import { nonEmpty, sortedRecord } from '../kit/index.js';
/** The configuration of a function version as Lambda lists or gets it. */
export async function functionConfig(c, network) {
    return {
        packageType: c.PackageType === 'Image' ? 'Image' : undefined,
        runtime: c.Runtime,
        handler: c.Handler,
        role: c.Role,
        memorySize: c.MemorySize,
        timeout: c.Timeout,
        description: c.Description || undefined,
        environment: sortedRecord(c.Environment?.Variables),
        architectures: nonEmpty(c.Architectures),
        layers: nonEmpty((c.Layers ?? []).map((l) => l.Arn)),
        ephemeralStorage: c.EphemeralStorage?.Size,
        tracingMode: c.TracingConfig?.Mode,
        vpc: await functionVpc(c.VpcConfig, network),
    };
}
async function functionVpc(vpc, network) {
    if (!vpc?.SubnetIds?.length)
        return undefined;
    return { ...(await network.placementOf(vpc.SubnetIds, vpc.SecurityGroupIds)), ipv6DualStack: vpc.Ipv6AllowedForDualStack || undefined };
}
/** The VPC settings for `vpc` on this instance: its subnets and groups, or their counterparts. */
export async function vpcConfigOf(vpc, network, resource) {
    return { ...(await network.placementIds(vpc, resource)), Ipv6AllowedForDualStack: vpc.ipv6DualStack };
}
/**
 * The settings both CreateFunction and UpdateFunctionConfiguration take. Unset ones are sent
 * empty, so an update clears what the pod does not have; `layerArn` gives a layer version's ARN
 * on this instance, and `vpcConfig` the VPC settings found for `config.vpc` (`vpcConfigOf`).
 */
export function configInput(config, layerArn, vpcConfig) {
    return {
        Runtime: config.runtime,
        Handler: config.handler,
        Role: config.role,
        MemorySize: config.memorySize,
        Timeout: config.timeout,
        Description: config.description ?? '',
        Environment: { Variables: config.environment ?? {} },
        Layers: (config.layers ?? []).map(layerArn),
        EphemeralStorage: config.ephemeralStorage ? { Size: config.ephemeralStorage } : undefined,
        TracingConfig: config.tracingMode ? { Mode: config.tracingMode } : undefined,
        VpcConfig: vpcConfig,
    };
}
