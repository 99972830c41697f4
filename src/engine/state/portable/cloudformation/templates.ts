/** A resource of a stack as the pod keeps it. */
export type StackResource = { logicalId: string; physicalId: string; type: string };

type Template = { Resources?: Record<string, { Type?: string; Properties?: Record<string, unknown>; DeletionPolicy?: unknown }>; Outputs?: unknown };

/** The last part of an ARN or URL: a queue's name in its URL, a topic's in its ARN. */
const lastPart = (id: string) => id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf(':')) + 1);
const whole = (id: string) => id;

/**
 * The property that names a resource of each type, and how a physical id gives that name: what
 * pins a name CloudFormation generated, so that creating the stack again finds the resource
 * another module restored instead of making a new one.
 */
const NAME_PROPERTIES: Readonly<Record<string, readonly [string, (physicalId: string) => string]>> = {
  'AWS::S3::Bucket': ['BucketName', whole],
  'AWS::SQS::Queue': ['QueueName', lastPart],
  'AWS::SNS::Topic': ['TopicName', lastPart],
  'AWS::DynamoDB::Table': ['TableName', whole],
  'AWS::Lambda::Function': ['FunctionName', whole],
  'AWS::IAM::Role': ['RoleName', whole],
  'AWS::Logs::LogGroup': ['LogGroupName', whole],
  'AWS::Kinesis::Stream': ['Name', whole],
  'AWS::SSM::Parameter': ['Name', whole],
  'AWS::Events::EventBus': ['Name', whole],
  'AWS::StepFunctions::StateMachine': ['StateMachineName', lastPart],
};

/**
 * The property an IMPORT names each type's resource by (its primary identifier), given as the
 * physical id, which is what `Ref` answers for these types.
 */
const IDENTIFIERS: Readonly<Record<string, string>> = {
  'AWS::S3::Bucket': 'BucketName',
  'AWS::SQS::Queue': 'QueueUrl',
  'AWS::SNS::Topic': 'TopicArn',
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::IAM::Role': 'RoleName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::Kinesis::Stream': 'Name',
  'AWS::SSM::Parameter': 'Name',
  'AWS::Events::EventBus': 'Name',
  'AWS::StepFunctions::StateMachine': 'Arn',
};

/** A template body as an object, or undefined when it is not JSON (YAML cannot be adapted here). */
export function parseTemplate(body: string): Template | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Template) : undefined;
  } catch {
    return undefined;
  }
}

/** The resources an IMPORT can adopt (of a type whose identifier is known), each with its identifier. */
export function resourcesToImport(resources: readonly StackResource[]) {
  return resources
    .filter((r) => IDENTIFIERS[r.type] !== undefined)
    .map((r) => ({
      ResourceType: r.type,
      LogicalResourceId: r.logicalId,
      ResourceIdentifier: { [IDENTIFIERS[r.type]!]: r.physicalId },
    }));
}

/**
 * The template an IMPORT of `imported` (logical ids) accepts: the stack's, with those resources
 * alone (an import adds nothing else), without outputs (an import may not add them) and with a
 * DeletionPolicy on every resource (an import requires one). The update that follows puts back
 * the template as it was, which makes the other resources.
 */
export function importTemplate(template: Template, imported: readonly string[]): Template {
  const resources = Object.fromEntries(
    Object.entries(template.Resources ?? {})
      .filter(([id]) => imported.includes(id))
      .map(([id, r]) => [id, { ...r, DeletionPolicy: r.DeletionPolicy ?? 'Retain' }]),
  );
  const { Outputs: _outputs, ...rest } = template;
  return { ...rest, Resources: resources };
}

/**
 * The template with the name of every resource CloudFormation named itself written in, and the
 * logical ids so pinned: created again, the stack finds the resources under their names.
 * Resources of types whose name property is unknown are left as they are (`unpinned`).
 */
export function pinnedTemplate(
  template: Template,
  resources: readonly StackResource[],
): { template: Template; pinned: string[]; unpinned: string[] } {
  const pinned: string[] = [];
  const unpinned: string[] = [];
  const byLogicalId = new Map(resources.map((r) => [r.logicalId, r]));
  const out = Object.fromEntries(
    Object.entries(template.Resources ?? {}).map(([id, r]) => {
      const saved = byLogicalId.get(id);
      const naming = r.Type ? NAME_PROPERTIES[r.Type] : undefined;
      if (!saved) return [id, r];
      if (!naming) {
        unpinned.push(id);
        return [id, r];
      }
      const [property, nameOf] = naming;
      if (r.Properties?.[property] !== undefined) return [id, r];
      pinned.push(id);
      return [id, { ...r, Properties: { ...r.Properties, [property]: nameOf(saved.physicalId) } }];
    }),
  );
  return { template: { ...template, Resources: out }, pinned, unpinned };
}
