import * as Config from '@aws-sdk/client-config-service';
import type { ServiceContext } from '../../module.js';
import { collect, recordKind, sortBy, unlessMissing } from '../kit/index.js';
import { configClient } from './client.js';
import { tagsOf, type Tag } from './tags.js';

/** A managed or custom rule; its evaluations are results the instance makes, not state. */
type RuleData = {
  name: string;
  description?: string;
  source: Config.Source;
  scope?: Config.Scope;
  inputParameters?: string;
  maximumExecutionFrequency?: string;
  /** Kept only when not ACTIVE, the state every new rule has. */
  state?: string;
  evaluationModes?: Config.EvaluationModeConfiguration[];
  tags?: Tag[];
};

export const RULE = recordKind<RuleData>('config-rule');

export async function rules(c: Config.ConfigServiceClient): Promise<Config.ConfigRule[]> {
  return sortBy(await collect(Config.paginateDescribeConfigRules({ client: c }, {}), (p) => p.ConfigRules), (r) => r.ConfigRuleName!);
}

export async function* captureRules(c: Config.ConfigServiceClient, region: string) {
  for (const r of await rules(c)) {
    const data: RuleData = {
      name: r.ConfigRuleName!,
      description: r.Description || undefined,
      source: r.Source!,
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

export async function clearRules(context: ServiceContext, region: string): Promise<void> {
  const c = configClient(context, region);
  for (const r of await rules(c)) await unlessMissing(c.send(new Config.DeleteConfigRuleCommand({ ConfigRuleName: r.ConfigRuleName })));
}

/** Made anew, so its tags are the pod's (a rule written over keeps the tags it had). */
export async function restoreRule(c: Config.ConfigServiceClient, r: RuleData): Promise<void> {
  await unlessMissing(c.send(new Config.DeleteConfigRuleCommand({ ConfigRuleName: r.name })));
  await c.send(
    new Config.PutConfigRuleCommand({
      ConfigRule: {
        ConfigRuleName: r.name,
        Description: r.description,
        Source: r.source,
        Scope: r.scope,
        InputParameters: r.inputParameters,
        MaximumExecutionFrequency: r.maximumExecutionFrequency as Config.MaximumExecutionFrequency | undefined,
        ConfigRuleState: r.state as Config.ConfigRuleState | undefined,
        EvaluationModes: r.evaluationModes,
      },
      Tags: r.tags,
    }),
  );
}
