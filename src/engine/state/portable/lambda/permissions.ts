/**
 * A function's resource policy: its statements read as the AddPermission calls that made them,
 * and put back as exactly those.
 */
import * as Lambda from '@aws-sdk/client-lambda';
import { sortBy, unlessMissing } from '../kit/index.js';

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

/** A statement as Lambda writes it into the policy document for an AddPermission. */
type Statement = {
  Sid: string;
  Action: string | string[];
  Principal: string | { Service?: string; AWS?: string };
  Condition?: Record<string, Record<string, string>>;
};

function permissionOf(statement: Statement): Permission {
  const principal = statement.Principal;
  const condition = statement.Condition ?? {};
  const equals = condition.StringEquals ?? {};
  return {
    sid: statement.Sid,
    action: Array.isArray(statement.Action) ? statement.Action[0]! : statement.Action,
    principal: typeof principal === 'string' ? principal : (principal.Service ?? principal.AWS ?? '*'),
    sourceArn: condition.ArnLike?.['AWS:SourceArn'],
    sourceAccount: equals['AWS:SourceAccount'],
    principalOrgId: equals['aws:PrincipalOrgID'],
    eventSourceToken: equals['lambda:EventSourceToken'],
    functionUrlAuthType: equals['lambda:FunctionUrlAuthType'],
  };
}

/** The statements of a function's resource policy, by statement id; none when it has no policy. */
export async function permissions(lambda: Lambda.LambdaClient, FunctionName: string): Promise<Permission[]> {
  const got = await unlessMissing(lambda.send(new Lambda.GetPolicyCommand({ FunctionName })));
  if (!got?.Policy) return [];
  const statements = (JSON.parse(got.Policy) as { Statement?: Statement[] }).Statement ?? [];
  return sortBy(statements.map(permissionOf), (p) => p.sid);
}

/** Makes the function's resource policy exactly the pod's statements. */
export async function replacePermissions(lambda: Lambda.LambdaClient, FunctionName: string, wanted: readonly Permission[]): Promise<void> {
  for (const current of await permissions(lambda, FunctionName)) {
    await unlessMissing(lambda.send(new Lambda.RemovePermissionCommand({ FunctionName, StatementId: current.sid })));
  }
  for (const p of wanted) {
    await lambda.send(
      new Lambda.AddPermissionCommand({
        FunctionName,
        StatementId: p.sid,
        Action: p.action,
        Principal: p.principal,
        SourceArn: p.sourceArn,
        SourceAccount: p.sourceAccount,
        PrincipalOrgID: p.principalOrgId,
        EventSourceToken: p.eventSourceToken,
        FunctionUrlAuthType: p.functionUrlAuthType as Lambda.FunctionUrlAuthType | undefined,
      }),
    );
  }
}
