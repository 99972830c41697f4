import { n as mapOrdered } from "./concurrency.js";
import { p as REFERENCE_REGION, u as isUnimplemented } from "./kit.js";
// src/engine/state/portable/kit/regions.ts
/** The commercial AWS regions; what an emulator may hold state in. */
const AWS_REGIONS = [
	"af-south-1",
	"ap-east-1",
	"ap-northeast-1",
	"ap-northeast-2",
	"ap-northeast-3",
	"ap-south-1",
	"ap-south-2",
	"ap-southeast-1",
	"ap-southeast-2",
	"ap-southeast-3",
	"ap-southeast-4",
	"ca-central-1",
	"ca-west-1",
	"eu-central-1",
	"eu-central-2",
	"eu-north-1",
	"eu-south-1",
	"eu-south-2",
	"eu-west-1",
	"eu-west-2",
	"eu-west-3",
	"il-central-1",
	"me-central-1",
	"me-south-1",
	"sa-east-1",
	"us-east-1",
	"us-east-2",
	"us-west-1",
	"us-west-2"
];
/** Regions asked at once per module: every module probes at the same time, so this bounds the burst. */
const PROBE_CONCURRENCY = 8;
/**
* Whether `region` holds state: a region where the instance does not serve the service (moto
* serves SES in a few regions, and answers the others with an error page) holds none of it.
*/
async function servedWithState(hasState, context, region) {
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
function regionsWhere(hasState) {
	return async (context) => {
		const inReference = await servedWithState(hasState, context, REFERENCE_REGION);
		const others = AWS_REGIONS.filter((r) => r !== REFERENCE_REGION);
		const found = new Set(inReference ? [REFERENCE_REGION] : []);
		const probes = mapOrdered(others, PROBE_CONCURRENCY, async (r) => await servedWithState(hasState, context, r) ? r : void 0);
		for await (const region of probes) if (region) found.add(region);
		return AWS_REGIONS.filter((r) => found.has(r));
	};
}
/** A module's `capture` from its capture of one region: regions one after the other, in the order given. */
function eachRegion(captureRegion) {
	return async function* capture(context, regions) {
		for (const region of regions) yield* captureRegion(context, region);
	};
}
export { regionsWhere as n, eachRegion as t };
