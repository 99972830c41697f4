import { mapOrdered } from '../../../util/concurrency.js';
import type { CapturedRecord, ServiceContext } from '../../module.js';
import { REFERENCE_REGION } from './clients.js';
import { isUnimplemented } from './errors.js';

/** The commercial AWS regions; what an emulator may hold state in. */
export const AWS_REGIONS: readonly string[] = [
  'af-south-1',
  'ap-east-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
];

/** Regions asked at once per module: every module probes at the same time, so this bounds the burst. */
const PROBE_CONCURRENCY = 8;

/**
 * Whether `region` holds state: a region where the instance does not serve the service (moto
 * serves SES in a few regions, and answers the others with an error page) holds none of it.
 */
async function servedWithState(
  hasState: (context: ServiceContext, region: string) => Promise<boolean>,
  context: ServiceContext,
  region: string,
): Promise<boolean> {
  try {
    return await hasState(context, region);
  } catch (error) {
    if (isUnimplemented(error)) return false;
    throw error;
  }
}

/**
 * A module's `regionsWithState`: the regions where `hasState` finds something, asked of several
 * regions at a time. `hasState` is usually one cheap list call.
 */
export function regionsWhere(
  hasState: (context: ServiceContext, region: string) => Promise<boolean>,
): (context: ServiceContext) => Promise<string[]> {
  return async (context) => {
    // The reference region alone first: what the instance lacks there, the other probes skip
    // (see `unlessUnimplemented`) instead of each waiting out the SDK's retries of it.
    const inReference = await servedWithState(hasState, context, REFERENCE_REGION);
    const others = AWS_REGIONS.filter((r) => r !== REFERENCE_REGION);
    const found = new Set<string>(inReference ? [REFERENCE_REGION] : []);
    const probes = mapOrdered(others, PROBE_CONCURRENCY, async (r) => ((await servedWithState(hasState, context, r)) ? r : undefined));
    for await (const region of probes) if (region) found.add(region);
    return AWS_REGIONS.filter((r) => found.has(r));
  };
}

/** A module's `capture` from its capture of one region: regions one after the other, in the order given. */
export function eachRegion(
  captureRegion: (context: ServiceContext, region: string) => AsyncIterable<CapturedRecord>,
): (context: ServiceContext, regions: readonly string[]) => AsyncGenerator<CapturedRecord> {
  return async function* capture(context, regions) {
    for (const region of regions) yield* captureRegion(context, region);
  };
}
