import type { InitializeMiddleware, MiddlewareStack } from '@smithy/types';
import type { AwsClientConfig } from '../../../target/aws.js';
import type { ServiceContext } from '../../module.js';

/** An AWS SDK v3 client class, constructed from the engine's configuration plus `Settings`. */
type ClientClass<C, Settings> = new (config: AwsClientConfig & Settings) => C;

/** A module's SDK client of one region, in the account of a context. */
export type ClientFactory<C> = (context: ServiceContext, region: string) => C;

/**
 * The region every instance serves each of its services in: an operation it lacks there, it
 * lacks in every region (see `unlessUnimplemented`). Elsewhere a service may be missing in one
 * region only (moto's SES, LocalStack's regions without a backend).
 */
export const REFERENCE_REGION = 'us-east-1';

/** Of a client `clientOf` made: its region, and an object every client of its class on its instance shares. */
export interface ClientOrigin {
  readonly region: string;
  readonly family: object;
}

const origins = new WeakMap<object, ClientOrigin>();

export function originOf(client: object): ClientOrigin | undefined {
  return origins.get(client);
}

/** Marks what a call throws with the operation's name (`CreateStage`), for failure reports. */
const nameOperation: InitializeMiddleware<object, object> =
  (next, { commandName }) =>
  async (args) => {
    try {
      return await next(args);
    } catch (error) {
      if (typeof error === 'object' && error !== null && !('operation' in error) && typeof commandName === 'string') {
        Object.defineProperty(error, 'operation', { value: commandName.replace(/Command$/, '') });
      }
      throw error;
    }
  };

/**
 * The client factory of one SDK client class: one client per context and region, made on first
 * use with the context's endpoint and credentials plus `settings`, and kept for the context's
 * life. Nothing needs destroying: every client shares the process's connection pool (see
 * `awsClientConfig`), and a client holds nothing else.
 */
export function clientOf<C, Settings extends object = object>(Client: ClientClass<C, Settings>, settings?: Settings): ClientFactory<C> {
  const made = new WeakMap<ServiceContext, Map<string, C>>();
  const families = new WeakMap<ServiceContext['target'], object>();
  return (context, region) => {
    let byRegion = made.get(context);
    if (!byRegion) made.set(context, (byRegion = new Map()));
    let client = byRegion.get(region);
    if (!client) {
      client = new Client({ ...context.config(region), ...(settings as Settings) });
      (client as { middlewareStack: MiddlewareStack<object, object> }).middlewareStack.add(nameOperation, {
        step: 'initialize',
        name: 'nameOperation',
      });
      byRegion.set(region, client);
      let family = families.get(context.target);
      if (!family) families.set(context.target, (family = {}));
      origins.set(client as object, { region, family });
    }
    return client;
  };
}
