import type { InitializeMiddleware, MiddlewareStack } from '@smithy/types';
import type { AwsClientConfig } from '../../../target/aws.js';
import type { ServiceContext } from '../../module.js';

/** An AWS SDK v3 client class, constructed from the engine's configuration plus `Settings`. */
type ClientClass<C, Settings> = new (config: AwsClientConfig & Settings) => C;

/** A module's SDK client of one region, in the account of a context. */
export type ClientFactory<C> = (context: ServiceContext, region: string) => C;

/** Marks what a call throws with the operation's name (`CreateStage`), for failure reports. */
const nameOperation: InitializeMiddleware<object, object> = (next, { commandName }) => async (args) => {
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
export function clientOf<C, Settings extends object = object>(
  Client: ClientClass<C, Settings>,
  settings?: Settings,
): ClientFactory<C> {
  const made = new WeakMap<ServiceContext, Map<string, C>>();
  return (context, region) => {
    let byRegion = made.get(context);
    if (!byRegion) made.set(context, (byRegion = new Map()));
    let client = byRegion.get(region);
    if (!client) {
      client = new Client({ ...context.config(region), ...(settings as Settings) });
      (client as { middlewareStack: MiddlewareStack<object, object> }).middlewareStack.add(nameOperation, { step: 'initialize', name: 'nameOperation' });
      byRegion.set(region, client);
    }
    return client;
  };
}
