/**
 * A function version's configuration: read from what Lambda answers into the record's shape, and
 * written back as the settings CreateFunction and UpdateFunctionConfiguration take.
 */
import type * as Lambda from '@aws-sdk/client-lambda';
import { nonEmpty, sortedRecord } from '../kit/index.js';

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
export function functionConfig(c: Lambda.FunctionConfiguration): FunctionConfig {
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
  };
}

/**
 * The settings both CreateFunction and UpdateFunctionConfiguration take. Unset ones are sent
 * empty, so an update clears what the pod does not have; `layerArn` gives a layer version's ARN
 * on this instance.
 */
export function configInput(config: FunctionConfig, layerArn: (arn: string) => string) {
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
  };
}
