import type { PodsOptions } from './options.js';
/**
 * The services among `services` that hold state in the caller's account of the instance,
 * found by each module's cheap probe (a list call per region); nothing is read in full.
 */
export declare function servicesWithState(options: PodsOptions, services: readonly string[]): Promise<string[]>;
