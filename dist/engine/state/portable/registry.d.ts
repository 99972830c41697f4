import type { ServiceModule } from '../module.js';
/** Every portable service module; a new service is one folder and one line here. */
export declare const PORTABLE_MODULES: readonly ServiceModule[];
/** The modules named in `services` (all when undefined), or a UsageError naming the unknown ones. */
export declare function selectModules(services: readonly string[] | undefined): ServiceModule[];
