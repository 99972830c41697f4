import * as V2 from '@aws-sdk/client-apigatewayv2';
import { type Settings } from './settings.js';
/**
 * An HTTP or WebSocket API is one record: its settings and tags, models, authorizers,
 * integrations with their responses, routes with theirs, deployments and stages. They name each
 * other by ids the instance draws (a route's target `integrations/<id>`, its authorizer, a
 * stage's deployment), so a restore creates them together and rewrites those ids.
 */
export type IntegrationResponseData = Settings<V2.IntegrationResponse, 'IntegrationResponseId'>;
export type IntegrationData = Settings<V2.Integration, 'ApiGatewayManaged' | 'IntegrationResponseSelectionExpression'> & {
    responses?: IntegrationResponseData[];
};
export type RouteResponseData = Settings<V2.RouteResponse, 'RouteResponseId'>;
export type RouteData = Settings<V2.Route, 'ApiGatewayManaged' | 'RouteId'> & {
    responses?: RouteResponseData[];
};
/** As GetAuthorizer answers it (see `authorizersOf`). */
export type AuthorizerData = V2.GetAuthorizerResponse;
export type ModelData = Settings<V2.Model, 'ModelId'>;
export type DeploymentData = Settings<V2.Deployment, 'AutoDeployed' | 'CreatedDate' | 'DeploymentStatus' | 'DeploymentStatusMessage'>;
export type StageData = Settings<V2.Stage, 'ApiGatewayManaged' | 'CreatedDate' | 'LastDeploymentStatusMessage' | 'LastUpdatedDate'>;
export type ApiData = Settings<V2.Api, 'ApiEndpoint' | 'ApiGatewayManaged' | 'ApiId' | 'CreatedDate' | 'ImportInfo' | 'Warnings'> & {
    id: string;
    models?: ModelData[];
    authorizers?: AuthorizerData[];
    integrations?: IntegrationData[];
    routes?: RouteData[];
    /** Oldest first; those the instance made for auto-deploying stages are not kept. */
    deployments?: DeploymentData[];
    stages?: StageData[];
};
export declare const API: import("../kit/records.js").RecordKind<ApiData>;
/**
 * The tags an instance reads an API's id from when it creates it: MiniStack's, and elsewhere
 * LocalStack's (its paid edition serves these APIs; moto reads it for REST APIs only).
 */
export declare const CUSTOM_ID_TAGS: {
    readonly ministack: "ms-custom-id";
    readonly other: "_custom_id_";
};
export declare function apis(v2: V2.ApiGatewayV2Client): Promise<V2.Api[]>;
export declare function captureApi(v2: V2.ApiGatewayV2Client, api: V2.Api): Promise<ApiData>;
