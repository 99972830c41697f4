/**
 * A function's resource policy: its statements read as the AddPermission calls that made them,
 * and put back as exactly those.
 */
import * as Lambda from '@aws-sdk/client-lambda';
import { sortBy, unlessMissing } from '../kit/index.js';
function permissionOf(statement) {
    const principal = statement.Principal;
    const condition = statement.Condition ?? {};
    const equals = condition.StringEquals ?? {};
    return {
        sid: statement.Sid,
        action: Array.isArray(statement.Action) ? statement.Action[0] : statement.Action,
        principal: typeof principal === 'string' ? principal : (principal.Service ?? principal.AWS ?? '*'),
        sourceArn: condition.ArnLike?.['AWS:SourceArn'],
        sourceAccount: equals['AWS:SourceAccount'],
        principalOrgId: equals['aws:PrincipalOrgID'],
        eventSourceToken: equals['lambda:EventSourceToken'],
        functionUrlAuthType: equals['lambda:FunctionUrlAuthType'],
    };
}
/** The statements of a function's resource policy, by statement id; none when it has no policy. */
export async function permissions(lambda, FunctionName) {
    const got = await unlessMissing(lambda.send(new Lambda.GetPolicyCommand({ FunctionName })));
    if (!got?.Policy)
        return [];
    const statements = JSON.parse(got.Policy).Statement ?? [];
    return sortBy(statements.map(permissionOf), (p) => p.sid);
}
/** Makes the function's resource policy exactly the pod's statements. */
export async function replacePermissions(lambda, FunctionName, wanted) {
    for (const current of await permissions(lambda, FunctionName)) {
        await unlessMissing(lambda.send(new Lambda.RemovePermissionCommand({ FunctionName, StatementId: current.sid })));
    }
    for (const p of wanted) {
        await lambda.send(new Lambda.AddPermissionCommand({
            FunctionName,
            StatementId: p.sid,
            Action: p.action,
            Principal: p.principal,
            SourceArn: p.sourceArn,
            SourceAccount: p.sourceAccount,
            PrincipalOrgID: p.principalOrgId,
            EventSourceToken: p.eventSourceToken,
            FunctionUrlAuthType: p.functionUrlAuthType,
        }));
    }
}
