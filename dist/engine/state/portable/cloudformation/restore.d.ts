import * as CloudFormation from '@aws-sdk/client-cloudformation';
import type { ServiceContext } from '../../module.js';
import { type StackResource } from './templates.js';
export type Tag = {
    Key: string;
    Value: string;
};
export type StackData = {
    name: string;
    /** The template as the stack was given it, JSON or YAML. */
    templateBody: string;
    description?: string;
    parameters?: {
        ParameterKey: string;
        ParameterValue: string;
    }[];
    tags?: Tag[];
    /** What the stack answered; the restored stack works them out again from the template. */
    outputs?: {
        OutputKey: string;
        OutputValue?: string;
        ExportName?: string;
    }[];
    capabilities?: string[];
    notificationArns?: string[];
    terminationProtection?: boolean;
    disableRollback?: boolean;
    timeoutInMinutes?: number;
    roleArn?: string;
    resources: StackResource[];
};
/** Makes a stack again around the resources the other modules restored (see the module's comment). */
export declare function restoreStack(context: ServiceContext, cf: CloudFormation.CloudFormationClient, stack: StackData, label: string): Promise<void>;
