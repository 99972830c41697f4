import * as Config from '@aws-sdk/client-config-service';
import { collect, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { configClient } from './client.js';
import { tagsOf } from './tags.js';
export const RULE = recordKind('config-rule');
export async function rules(c) {
    return sortBy(await collect(Config.paginateDescribeConfigRules({ client: c }, {}), (p) => p.ConfigRules), (r) => r.ConfigRuleName);
}
export async function* captureRules(c, region) {
    for (const r of await rules(c)) {
        const data = {
            name: r.ConfigRuleName,
            description: r.Description || undefined,
            source: r.Source,
            scope: r.Scope,
            inputParameters: r.InputParameters || undefined,
            maximumExecutionFrequency: r.MaximumExecutionFrequency,
            state: r.ConfigRuleState === 'ACTIVE' ? undefined : r.ConfigRuleState,
            evaluationModes: r.EvaluationModes && r.EvaluationModes.length > 0 ? r.EvaluationModes : undefined,
            tags: await tagsOf(c, r.ConfigRuleArn),
        };
        yield RULE.record(region, data.name, data);
    }
}
export async function clearRules(context, region) {
    const c = configClient(context, region);
    for (const r of await rules(c))
        await unlessMissing(c.send(new Config.DeleteConfigRuleCommand({ ConfigRuleName: r.ConfigRuleName })));
}
/** Made anew, so its tags are the pod's (a rule written over keeps the tags it had). */
export async function restoreRule(c, r) {
    await unlessMissing(c.send(new Config.DeleteConfigRuleCommand({ ConfigRuleName: r.name })));
    await c.send(new Config.PutConfigRuleCommand({
        ConfigRule: {
            ConfigRuleName: r.name,
            Description: r.description,
            Source: r.source,
            Scope: r.scope,
            InputParameters: r.inputParameters,
            MaximumExecutionFrequency: r.maximumExecutionFrequency,
            ConfigRuleState: r.state,
            EvaluationModes: r.evaluationModes,
        },
        Tags: r.tags,
    }));
}
