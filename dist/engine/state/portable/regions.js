/** The commercial AWS regions; what an emulator may hold state in. */
export const AWS_REGIONS = [
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
/**
 * The regions where `hasState` finds something, asked of every region at once. A regional
 * service module's `regionsWithState` is usually this with one cheap list call.
 */
export async function probeRegions(context, hasState) {
    const found = await Promise.all(AWS_REGIONS.map(async (region) => ((await hasState(context, region)) ? region : undefined)));
    return found.filter((r) => r !== undefined);
}
