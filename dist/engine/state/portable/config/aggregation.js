import * as Config from '@aws-sdk/client-config-service';
import { collect, recordKind, sortBy, unlessMissing, unlessUnimplemented } from '../kit/index.js';
import { configClient } from './client.js';
import { tagsOf } from './tags.js';
export const AGGREGATOR = recordKind('configuration-aggregator');
export const AUTHORIZATION = recordKind('aggregation-authorization');
/** Aggregators; none where the instance does not serve them (MiniStack). */
export async function aggregators(c) {
    const all = await unlessUnimplemented(c, 'DescribeConfigurationAggregators', () => collect(Config.paginateDescribeConfigurationAggregators({ client: c }, {}), (p) => p.ConfigurationAggregators));
    return sortBy(all ?? [], (a) => a.ConfigurationAggregatorName);
}
export async function authorizations(c) {
    const all = await unlessUnimplemented(c, 'DescribeAggregationAuthorizations', () => collect(Config.paginateDescribeAggregationAuthorizations({ client: c }, {}), (p) => p.AggregationAuthorizations));
    return sortBy(all ?? [], (a) => `${a.AuthorizedAccountId}/${a.AuthorizedAwsRegion}`);
}
export async function* captureAggregation(c, region) {
    for (const a of await aggregators(c)) {
        const data = {
            name: a.ConfigurationAggregatorName,
            accountSources: a.AccountAggregationSources && a.AccountAggregationSources.length > 0 ? a.AccountAggregationSources : undefined,
            organizationSource: a.OrganizationAggregationSource,
            filters: a.AggregatorFilters,
            tags: await tagsOf(c, a.ConfigurationAggregatorArn),
        };
        yield AGGREGATOR.record(region, data.name, data);
    }
    for (const a of await authorizations(c)) {
        const data = {
            account: a.AuthorizedAccountId,
            region: a.AuthorizedAwsRegion,
            tags: await tagsOf(c, a.AggregationAuthorizationArn),
        };
        yield AUTHORIZATION.record(region, `${data.account}/${data.region}`, data);
    }
}
export async function clearAggregation(context, region) {
    const c = configClient(context, region);
    for (const a of await aggregators(c)) {
        await unlessMissing(c.send(new Config.DeleteConfigurationAggregatorCommand({ ConfigurationAggregatorName: a.ConfigurationAggregatorName })));
    }
    for (const a of await authorizations(c)) {
        await unlessMissing(c.send(new Config.DeleteAggregationAuthorizationCommand({ AuthorizedAccountId: a.AuthorizedAccountId, AuthorizedAwsRegion: a.AuthorizedAwsRegion })));
    }
}
/** Made anew, so its tags are the pod's. */
export async function restoreAggregator(c, a) {
    await unlessMissing(c.send(new Config.DeleteConfigurationAggregatorCommand({ ConfigurationAggregatorName: a.name })));
    await c.send(new Config.PutConfigurationAggregatorCommand({
        ConfigurationAggregatorName: a.name,
        AccountAggregationSources: a.accountSources,
        OrganizationAggregationSource: a.organizationSource,
        AggregatorFilters: a.filters,
        Tags: a.tags,
    }));
}
export async function restoreAuthorization(c, a) {
    await unlessMissing(c.send(new Config.DeleteAggregationAuthorizationCommand({ AuthorizedAccountId: a.account, AuthorizedAwsRegion: a.region })));
    await c.send(new Config.PutAggregationAuthorizationCommand({ AuthorizedAccountId: a.account, AuthorizedAwsRegion: a.region, Tags: a.tags }));
}
