/**
 * A function version's configuration: read from what Lambda answers into the record's shape, and
 * written back as the settings CreateFunction and UpdateFunctionConfiguration take.
 */
import type * as Lambda from '@aws-sdk/client-lambda';
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
};
/** The configuration of a function version as Lambda lists or gets it. */
export declare function functionConfig(c: Lambda.FunctionConfiguration): FunctionConfig;
/**
 * The settings both CreateFunction and UpdateFunctionConfiguration take. Unset ones are sent
 * empty, so an update clears what the pod does not have; `layerArn` gives a layer version's ARN
 * on this instance.
 */
export declare function configInput(config: FunctionConfig, layerArn: (arn: string) => string): {
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
};
