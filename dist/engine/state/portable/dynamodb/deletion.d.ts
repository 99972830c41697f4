import type { ServiceContext } from '../../module.js';
/** Deletes a table's copy in `region` with its items, deletion protection or not, and waits until it is gone there. */
export declare function deleteTable(context: ServiceContext, region: string, name: string): Promise<void>;
