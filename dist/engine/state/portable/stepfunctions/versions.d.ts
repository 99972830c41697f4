/**
 * Published versions and aliases of a state machine. Version numbers are drawn by the service,
 * one after the other, so a restore publishes them again in order on a new state machine: a
 * number the pod lacks (a deleted version) is published and deleted again to keep the next ones'.
 */
import * as SFN from '@aws-sdk/client-sfn';
/** The settings a version or the state machine itself runs with, as UpdateStateMachine takes them. */
export type MachineSettings = {
    definition: string;
    roleArn: string;
    loggingConfiguration?: SFN.LoggingConfiguration;
    tracingConfiguration?: SFN.TracingConfiguration;
};
export type VersionData = MachineSettings & {
    version: number;
    description?: string;
};
/** An alias, routing to versions by number. */
export type AliasData = {
    name: string;
    description?: string;
    routing: {
        version: number;
        weight: number;
    }[];
};
/** What an instance reports for a state machine created without these settings. */
export declare const LOGGING_OFF: SFN.LoggingConfiguration;
export declare const TRACING_OFF: SFN.TracingConfiguration;
/** The versions of a state machine, oldest first, read with `settings`. */
export declare function captureVersions(sfn: SFN.SFNClient, arn: string, settings: (described: SFN.DescribeStateMachineOutput) => MachineSettings): Promise<VersionData[]>;
export declare function captureAliases(sfn: SFN.SFNClient, arn: string): Promise<AliasData[]>;
/**
 * Publishes the pod's versions on a state machine that has none yet, brings it back to its own
 * settings, and creates its aliases.
 */
export declare function restoreVersions(sfn: SFN.SFNClient, arn: string, current: MachineSettings, versions: readonly VersionData[], aliases: readonly AliasData[]): Promise<void>;
