import type { ServiceModule } from './module.js';
/**
 * Groups modules into levels: each level depends only on earlier ones, so a level's modules
 * restore concurrently after the previous level, and clear in the reverse order.
 */
export declare function dependencyLevels(modules: readonly ServiceModule[]): ServiceModule[][];
