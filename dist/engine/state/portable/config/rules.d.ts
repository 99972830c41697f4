import * as Config from '@aws-sdk/client-config-service';
import type { ServiceContext } from '../../module.js';
import { type Tag } from './tags.js';
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
export declare const RULE: import("../kit/records.js").RecordKind<RuleData>;
export declare function rules(c: Config.ConfigServiceClient): Promise<Config.ConfigRule[]>;
export declare function captureRules(c: Config.ConfigServiceClient, region: string): AsyncGenerator<import("../../module.js").CapturedRecord, void, unknown>;
export declare function clearRules(context: ServiceContext, region: string): Promise<void>;
/** Made anew, so its tags are the pod's (a rule written over keeps the tags it had). */
export declare function restoreRule(c: Config.ConfigServiceClient, r: RuleData): Promise<void>;
export {};
