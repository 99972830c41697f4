import type { PodsOptions } from './options.js';
import { serviceContext } from './state/context.js';
import { loadModules } from './state/portable/registry.js';
import { callerAccount } from './target/aws.js';
import { connect } from './target/detect.js';

/**
 * The services among `services` that hold state in the caller's account of the instance,
 * found by each module's cheap probe (a list call per region); nothing is read in full.
 */
export async function servicesWithState(options: PodsOptions, services: readonly string[]): Promise<string[]> {
  const target = await connect(options.endpoint, { timeoutMs: options.waitTimeoutMs });
  const caller = await callerAccount(target, 'us-east-1', options.env);
  const hooks = {
    fail: (_service: string, _resource: string, error: unknown) => {
      throw error;
    },
    warn: () => undefined,
    progress: () => undefined,
  };
  const found = await Promise.all(
    (await loadModules(services)).map(async (module) => {
      const regions = await module.regionsWithState(serviceContext(target, caller, caller, module.name, hooks, options.env));
      return regions.length > 0 ? module.name : undefined;
    }),
  );
  return found.filter((name): name is string => name !== undefined);
}
