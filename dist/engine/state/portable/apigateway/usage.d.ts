import * as AG from '@aws-sdk/client-api-gateway';
/**
 * API keys and the usage plans that meter them. Both get ids the instance draws, so a key is
 * known by its value (which AWS keeps unique) and a plan by its name when a load overwrites
 * them; a plan's keys and API stages name the ids this load gave.
 */
type Strings = Record<string, string>;
export type ApiKeyData = {
    id: string;
    name?: string;
    description?: string;
    enabled?: boolean;
    value?: string;
    customerId?: string;
    tags?: Strings;
};
type Throttle = {
    burstLimit?: number;
    rateLimit?: number;
};
export type UsagePlanData = {
    id: string;
    name: string;
    description?: string;
    apiStages?: {
        apiId: string;
        stage: string;
        throttle?: Record<string, Throttle>;
    }[];
    throttle?: Throttle;
    quota?: {
        limit?: number;
        offset?: number;
        period?: string;
    };
    tags?: Strings;
    /** The ids of its API keys, as the pod has them. */
    keys?: string[];
};
export declare const API_KEY: import("../kit/records.js").RecordKind<ApiKeyData>;
export declare const USAGE_PLAN: import("../kit/records.js").RecordKind<UsagePlanData>;
export declare function apiKeys(ag: AG.APIGatewayClient): Promise<AG.ApiKey[]>;
export declare function usagePlans(ag: AG.APIGatewayClient): Promise<AG.UsagePlan[]>;
export declare function apiKeyOf(k: AG.ApiKey): ApiKeyData;
export declare function captureUsagePlan(ag: AG.APIGatewayClient, p: AG.UsagePlan): Promise<UsagePlanData>;
/** Creates the key, in place of any key of the same value (AWS refuses a second one); returns its new id. */
export declare function restoreApiKey(ag: AG.APIGatewayClient, k: ApiKeyData): Promise<string>;
/**
 * Creates the plan, in place of any plan of the same name, with its API stages and keys under
 * the ids this load gave them (`idOf`).
 */
export declare function restoreUsagePlan(ag: AG.APIGatewayClient, p: UsagePlanData, idOf: (id: string) => string): Promise<void>;
/** AWS deletes no plan that still names API stages: they are removed first. */
export declare function deleteUsagePlan(ag: AG.APIGatewayClient, p: AG.UsagePlan): Promise<void>;
export {};
