import type { CapturedRecord } from '../../module.js';
/** Every message of the queue `name` at `url`, in flight and delayed included, in the queue's order. */
export declare function peekMessages(endpoint: string, region: string, name: string, url: string): AsyncGenerator<CapturedRecord, number>;
