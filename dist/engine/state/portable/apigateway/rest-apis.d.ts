import * as AG from '@aws-sdk/client-api-gateway';
import type { ServiceContext } from '../../module.js';
/**
 * A REST API is one record: its resources with their methods, integrations and responses, its
 * models, validators, authorizers, gateway responses, deployments and stages. They name each
 * other by ids the instance draws, so a restore creates them together, in dependency order,
 * and rewrites every id it names with the one the instance gave.
 */
type Strings = Record<string, string>;
type Flags = Record<string, boolean>;
type IntegrationResponseData = {
    statusCode: string;
    selectionPattern?: string;
    responseParameters?: Strings;
    responseTemplates?: Strings;
    contentHandling?: string;
};
type IntegrationData = {
    type: string;
    httpMethod?: string;
    uri?: string;
    connectionType?: string;
    connectionId?: string;
    credentials?: string;
    requestParameters?: Strings;
    requestTemplates?: Strings;
    passthroughBehavior?: string;
    cacheNamespace?: string;
    cacheKeyParameters?: string[];
    contentHandling?: string;
    timeoutInMillis?: number;
    tlsConfig?: {
        insecureSkipVerification?: boolean;
    };
    responses?: IntegrationResponseData[];
};
type MethodResponseData = {
    statusCode: string;
    responseParameters?: Flags;
    responseModels?: Strings;
};
type MethodData = {
    httpMethod: string;
    authorizationType?: string;
    authorizerId?: string;
    apiKeyRequired?: boolean;
    operationName?: string;
    requestParameters?: Flags;
    requestModels?: Strings;
    requestValidatorId?: string;
    authorizationScopes?: string[];
    responses?: MethodResponseData[];
    integration?: IntegrationData;
};
type ResourceData = {
    id: string;
    parentId?: string;
    pathPart?: string;
    path: string;
    methods?: MethodData[];
};
type ModelData = {
    name: string;
    description?: string;
    schema?: string;
    contentType?: string;
};
type ValidatorData = {
    id: string;
    name?: string;
    validateRequestBody?: boolean;
    validateRequestParameters?: boolean;
};
type AuthorizerData = {
    id: string;
    name: string;
    type: string;
    providerARNs?: string[];
    authType?: string;
    authorizerUri?: string;
    authorizerCredentials?: string;
    identitySource?: string;
    identityValidationExpression?: string;
    authorizerResultTtlInSeconds?: number;
};
type GatewayResponseData = {
    responseType: string;
    statusCode?: string;
    responseParameters?: Strings;
    responseTemplates?: Strings;
};
type DeploymentData = {
    id: string;
    description?: string;
};
type StageData = {
    stageName: string;
    deploymentId?: string;
    description?: string;
    variables?: Strings;
    cacheClusterEnabled?: boolean;
    cacheClusterSize?: string;
    tracingEnabled?: boolean;
    methodSettings?: Record<string, AG.MethodSetting>;
    tags?: Strings;
};
export type RestApiData = {
    id: string;
    name: string;
    description?: string;
    apiKeySource?: string;
    binaryMediaTypes?: string[];
    minimumCompressionSize?: number;
    endpointConfiguration?: {
        types?: string[];
        vpcEndpointIds?: string[];
    };
    policy?: string;
    disableExecuteApiEndpoint?: boolean;
    tags?: Strings;
    resources: ResourceData[];
    models?: ModelData[];
    validators?: ValidatorData[];
    authorizers?: AuthorizerData[];
    gatewayResponses?: GatewayResponseData[];
    /** Oldest first: each is made anew, of the API as the pod has it. */
    deployments?: DeploymentData[];
    stages?: StageData[];
};
export declare const REST_API: import("../kit/records.js").RecordKind<RestApiData>;
/** The tag LocalStack and moto read an API's id from when they create it. */
export declare const CUSTOM_ID_TAG = "_custom_id_";
export declare function restApis(ag: AG.APIGatewayClient): Promise<AG.RestApi[]>;
export declare function captureRestApi(ag: AG.APIGatewayClient, api: AG.RestApi): Promise<RestApiData>;
/** Asked first: moto answers the deletion of a missing API with an error page. */
export declare function deleteRestApi(ag: AG.APIGatewayClient, restApiId: string): Promise<void>;
/**
 * Makes the API the pod's: created anew (any API of its id goes first), then its models,
 * validators and authorizers, its resources from the root down with their methods, its gateway
 * responses, deployments (each of the API as restored: the pod cannot hold what an older
 * deployment served) and stages. Returns the API's id on the instance.
 */
export declare function restoreRestApi(context: ServiceContext, ag: AG.APIGatewayClient, region: string, a: RestApiData): Promise<string>;
export {};
