/**
 * Resource policies: a function's (or one alias's) statements read as the AddPermission calls
 * that made them, and put back as exactly those; a layer version's as AddLayerVersionPermission's.
 */
import * as Lambda from '@aws-sdk/client-lambda';
/** One statement of a resource policy, as AddPermission's (or AddLayerVersionPermission's) parameters. */
export type Permission = {
    sid: string;
    action: string;
    principal: string;
    sourceArn?: string;
    sourceAccount?: string;
    principalOrgId?: string;
    eventSourceToken?: string;
    functionUrlAuthType?: string;
};
/**
 * The statements of a function's resource policy (or its alias `Qualifier`'s), by statement id;
 * none when it has no policy. moto keeps one policy for every qualifier, and names the qualifier
 * in each statement's resource: only those of `Qualifier` count.
 */
export declare function permissions(lambda: Lambda.LambdaClient, FunctionName: string, Qualifier?: string): Promise<Permission[]>;
/** Makes the resource policy of the function (or its alias `Qualifier`) exactly the pod's statements. */
export declare function replacePermissions(lambda: Lambda.LambdaClient, FunctionName: string, wanted: readonly Permission[], Qualifier?: string): Promise<void>;
/** The statements of a layer version's policy, by statement id. */
export declare function layerPermissions(lambda: Lambda.LambdaClient, LayerName: string, VersionNumber: number): Promise<Permission[]>;
/** Makes a layer version's policy exactly the pod's statements. */
export declare function replaceLayerPermissions(lambda: Lambda.LambdaClient, LayerName: string, VersionNumber: number, wanted: readonly Permission[]): Promise<void>;
