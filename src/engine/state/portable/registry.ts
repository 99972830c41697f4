import { UsageError } from '../../errors.js';
import type { ServiceModule } from '../module.js';

/**
 * Every portable service module by name, each loaded when a command needs it: a module brings
 * its AWS SDK client, and loading every client took longer than `--help`, `list` or a save of
 * one service takes in all. A new service is one folder and one line here; the order is the
 * order modules are captured and, dependencies aside, restored.
 */
const MODULES: Readonly<Record<string, () => Promise<ServiceModule>>> = {
  s3: async () => (await import('./s3/index.js')).s3,
  sqs: async () => (await import('./sqs/index.js')).sqs,
  sns: async () => (await import('./sns/index.js')).sns,
  events: async () => (await import('./events/index.js')).events,
  logs: async () => (await import('./logs/index.js')).logs,
  stepfunctions: async () => (await import('./stepfunctions/index.js')).stepfunctions,
  iam: async () => (await import('./iam/index.js')).iam,
  lambda: async () => (await import('./lambda/index.js')).lambda,
  kms: async () => (await import('./kms/index.js')).kms,
  secretsmanager: async () => (await import('./secretsmanager/index.js')).secretsmanager,
  ssm: async () => (await import('./ssm/index.js')).ssm,
  dynamodb: async () => (await import('./dynamodb/index.js')).dynamodb,
  kinesis: async () => (await import('./kinesis/index.js')).kinesis,
  cloudwatch: async () => (await import('./cloudwatch/index.js')).cloudwatch,
  apigateway: async () => (await import('./apigateway/index.js')).apigateway,
  apigatewayv2: async () => (await import('./apigatewayv2/index.js')).apigatewayv2,
  route53: async () => (await import('./route53/index.js')).route53,
  route53resolver: async () => (await import('./route53resolver/index.js')).route53resolver,
  ses: async () => (await import('./ses/index.js')).ses,
  scheduler: async () => (await import('./scheduler/index.js')).scheduler,
  firehose: async () => (await import('./firehose/index.js')).firehose,
  acm: async () => (await import('./acm/index.js')).acm,
  cloudformation: async () => (await import('./cloudformation/index.js')).cloudformation,
  ec2: async () => (await import('./ec2/index.js')).ec2,
  swf: async () => (await import('./swf/index.js')).swf,
  transcribe: async () => (await import('./transcribe/index.js')).transcribe,
  opensearch: async () => (await import('./opensearch/index.js')).opensearch,
  redshift: async () => (await import('./redshift/index.js')).redshift,
  config: async () => (await import('./config/index.js')).config,
  s3control: async () => (await import('./s3control/index.js')).s3control,
  'resource-groups': async () => (await import('./resource-groups/index.js')).resourceGroups,
};

/** The services the registry knows, in its order. */
export const SERVICE_NAMES: readonly string[] = Object.keys(MODULES);

/** The modules named in `services` (all when undefined or empty), loaded; a UsageError names unknown ones. */
export async function loadModules(services?: readonly string[]): Promise<ServiceModule[]> {
  const wanted = services && services.length > 0 ? [...new Set(services)] : SERVICE_NAMES;
  const unknown = wanted.filter((s) => !Object.hasOwn(MODULES, s));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown service(s): ${unknown.join(', ')}. Supported services: ${[...SERVICE_NAMES].sort().join(', ')}.`);
  }
  return Promise.all(wanted.map((s) => MODULES[s]!()));
}
