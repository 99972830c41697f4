import type { ServiceContext } from '../../module.js';
import { type Handler } from '../kit/index.js';
/**
 * The identities only SESv2 lists, contact lists, each followed by its contacts, then pools,
 * the suppression list and the account's suppression settings. `v1` are the identities the v1
 * API lists, which the v1 records keep.
 */
export declare function captureV2(context: ServiceContext, region: string, v1: readonly string[]): AsyncGenerator<import("../../module.js").CapturedRecord, void, any>;
/** The one SESv2 listing that tells a region holds state: contact lists (see the README for what it misses). */
export declare function hasContactLists(context: ServiceContext, region: string): Promise<boolean>;
/** Clears what only SESv2 keeps; `v1` are the identities the v1 API lists (and deletes). */
export declare function clearV2(context: ServiceContext, region: string, v1: readonly string[]): Promise<void>;
/** How the SESv2 records are restored, in the pod's order (a list before its contacts). */
export declare function v2Handlers(context: ServiceContext, region: string): Handler[];
