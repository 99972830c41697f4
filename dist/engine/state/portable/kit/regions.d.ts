import type { CapturedRecord, ServiceContext } from '../../module.js';
/** The commercial AWS regions; what an emulator may hold state in. */
export declare const AWS_REGIONS: readonly string[];
/**
 * A module's `regionsWithState`: the regions where `hasState` finds something, asked of several
 * regions at a time. `hasState` is usually one cheap list call.
 */
export declare function regionsWhere(hasState: (context: ServiceContext, region: string) => Promise<boolean>): (context: ServiceContext) => Promise<string[]>;
/** A module's `capture` from its capture of one region: regions one after the other, in the order given. */
export declare function eachRegion(captureRegion: (context: ServiceContext, region: string) => AsyncIterable<CapturedRecord>): (context: ServiceContext, regions: readonly string[]) => AsyncGenerator<CapturedRecord>;
