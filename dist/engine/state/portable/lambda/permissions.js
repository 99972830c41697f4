/**
 * Resource policies: a function's (or one alias's) statements read as the AddPermission calls
 * that made them, and put back as exactly those; a layer version's as AddLayerVersionPermission's.
 */
import * as Lambda from '@aws-sdk/client-lambda';
import { sortBy, unlessMissing } from '../kit/index.js';
/** `arn:aws:iam::ACCOUNT:root` is how Lambda writes an account given as a principal. */
function principalOf(principal) {
    const named = typeof principal === 'string' ? principal : (principal.Service ?? principal.AWS ?? '*');
    return /^arn:[^:]+:iam::(\d{12}):root$/.exec(named)?.[1] ?? named;
}
function permissionOf(statement) {
    const condition = statement.Condition ?? {};
    const equals = condition.StringEquals ?? {};
    return {
        sid: statement.Sid,
        action: Array.isArray(statement.Action) ? statement.Action[0] : statement.Action,
        principal: principalOf(statement.Principal),
        sourceArn: condition.ArnLike?.['AWS:SourceArn'],
        sourceAccount: equals['AWS:SourceAccount'],
        principalOrgId: equals['aws:PrincipalOrgID'] ?? statement.OrganizationId,
        eventSourceToken: equals['lambda:EventSourceToken'],
        functionUrlAuthType: equals['lambda:FunctionUrlAuthType'] ?? statement.FunctionUrlAuthType,
    };
}
function statementsOf(policy) {
    return policy ? (JSON.parse(policy).Statement ?? []) : [];
}
/** The qualifier a statement's resource names (`…:function:NAME:QUALIFIER`); undefined for the function itself. */
function qualifierOf(statement, asked) {
    if (!statement.Resource)
        return asked;
    return statement.Resource.split(':')[7];
}
/**
 * The statements of a function's resource policy (or its alias `Qualifier`'s), by statement id;
 * none when it has no policy. moto keeps one policy for every qualifier, and names the qualifier
 * in each statement's resource: only those of `Qualifier` count.
 */
export async function permissions(lambda, FunctionName, Qualifier) {
    const got = await unlessMissing(lambda.send(new Lambda.GetPolicyCommand({ FunctionName, Qualifier })));
    const own = statementsOf(got?.Policy).filter((s) => qualifierOf(s, Qualifier) === Qualifier);
    return sortBy(own.map(permissionOf), (p) => p.sid);
}
/** Makes the resource policy of the function (or its alias `Qualifier`) exactly the pod's statements. */
export async function replacePermissions(lambda, FunctionName, wanted, Qualifier) {
    for (const current of await permissions(lambda, FunctionName, Qualifier)) {
        await unlessMissing(lambda.send(new Lambda.RemovePermissionCommand({ FunctionName, Qualifier, StatementId: current.sid })));
    }
    for (const p of wanted) {
        await lambda.send(new Lambda.AddPermissionCommand({
            FunctionName,
            Qualifier,
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
/** The statements of a layer version's policy, by statement id. */
export async function layerPermissions(lambda, LayerName, VersionNumber) {
    const got = await unlessMissing(lambda.send(new Lambda.GetLayerVersionPolicyCommand({ LayerName, VersionNumber })));
    return sortBy(statementsOf(got?.Policy).map(permissionOf), (p) => p.sid);
}
/** Makes a layer version's policy exactly the pod's statements. */
export async function replaceLayerPermissions(lambda, LayerName, VersionNumber, wanted) {
    for (const current of await layerPermissions(lambda, LayerName, VersionNumber)) {
        await unlessMissing(lambda.send(new Lambda.RemoveLayerVersionPermissionCommand({ LayerName, VersionNumber, StatementId: current.sid })));
    }
    for (const p of wanted) {
        await lambda.send(new Lambda.AddLayerVersionPermissionCommand({
            LayerName,
            VersionNumber,
            StatementId: p.sid,
            Action: p.action,
            Principal: p.principal,
            OrganizationId: p.principalOrgId,
        }));
    }
}
