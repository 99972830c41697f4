import type { ServiceModule } from '../module.js';
/** The services the registry knows, in its order. */
export declare const SERVICE_NAMES: readonly string[];
/** The modules named in `services` (all when undefined or empty), loaded; a UsageError names unknown ones. */
export declare function loadModules(services?: readonly string[]): Promise<ServiceModule[]>;
