import { type ServiceModule } from '../../module.js';
/** Lambda: layers, functions (configuration, code, tags, permissions), versions, aliases, event source mappings. */
export declare const lambda: ServiceModule;
