/**
 * A function's resource policy: its statements read as the AddPermission calls that made them,
 * and put back as exactly those.
 */
import * as Lambda from '@aws-sdk/client-lambda';
/** One statement of a resource policy, as AddPermission's parameters. */
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
/** The statements of a function's resource policy, by statement id; none when it has no policy. */
export declare function permissions(lambda: Lambda.LambdaClient, FunctionName: string): Promise<Permission[]>;
/** Makes the function's resource policy exactly the pod's statements. */
export declare function replacePermissions(lambda: Lambda.LambdaClient, FunctionName: string, wanted: readonly Permission[]): Promise<void>;
