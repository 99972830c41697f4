import * as V2 from '@aws-sdk/client-apigatewayv2';
import { nonEmpty, recordKind, sortBy, sortedRecord, unlessUnimplemented } from '../kit/index.js';
import { listAll, PAGE, settingsOf, type Settings } from './settings.js';

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
export type RouteData = Settings<V2.Route, 'ApiGatewayManaged' | 'RouteId'> & { responses?: RouteResponseData[] };
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

export const API = recordKind<ApiData>('api', 'API');

/**
 * The tags an instance reads an API's id from when it creates it: MiniStack's, and elsewhere
 * LocalStack's (its paid edition serves these APIs; moto reads it for REST APIs only).
 */
export const CUSTOM_ID_TAGS = { ministack: 'ms-custom-id', other: '_custom_id_' } as const;

/**
 * The API's tags without one of `CUSTOM_ID_TAGS` that names its own id: a restore sets it
 * anyway, and MiniStack keeps the one a restore set.
 */
function tagsOf(api: V2.Api): Record<string, string> | undefined {
  const idTags = new Set<string>(Object.values(CUSTOM_ID_TAGS));
  return sortedRecord(Object.fromEntries(Object.entries(api.Tags ?? {}).filter(([key, value]) => !(idTags.has(key) && value === api.ApiId))));
}

export async function apis(v2: V2.ApiGatewayV2Client): Promise<V2.Api[]> {
  return sortBy(await listAll((NextToken) => v2.send(new V2.GetApisCommand({ NextToken, MaxResults: PAGE }))), (a) => a.ApiId!);
}

/** A listing of an API's parts; undefined where the instance does not serve it (moto: models, route responses, deployments). */
function partsOf<T>(
  v2: V2.ApiGatewayV2Client,
  operation: string,
  fetch: (NextToken: string | undefined) => Promise<{ Items?: T[]; NextToken?: string }>,
) {
  return unlessUnimplemented(v2, operation, () => listAll(fetch));
}

/**
 * The API's authorizers. Moto does not list them, but reads each by id: there, those the
 * routes name are read one by one (an authorizer no route names is lost).
 */
async function authorizersOf(v2: V2.ApiGatewayV2Client, ApiId: string, routes: readonly V2.Route[]): Promise<V2.GetAuthorizerResponse[]> {
  const listed = await partsOf(v2, 'GetAuthorizers', (NextToken) => v2.send(new V2.GetAuthorizersCommand({ ApiId, NextToken, MaxResults: PAGE })));
  if (listed) return listed;
  const named = [...new Set(routes.map((r) => r.AuthorizerId).filter((id): id is string => Boolean(id)))];
  return Promise.all(named.map((AuthorizerId) => v2.send(new V2.GetAuthorizerCommand({ ApiId, AuthorizerId }))));
}

async function integrationsOf(v2: V2.ApiGatewayV2Client, ApiId: string): Promise<IntegrationData[]> {
  const integrations = await listAll((NextToken) => v2.send(new V2.GetIntegrationsCommand({ ApiId, NextToken, MaxResults: PAGE })));
  const captured: IntegrationData[] = [];
  for (const i of sortBy(integrations, (x) => x.IntegrationId!)) {
    const IntegrationId = i.IntegrationId!;
    const responses = await partsOf(v2, 'GetIntegrationResponses', (NextToken) =>
      v2.send(new V2.GetIntegrationResponsesCommand({ ApiId, IntegrationId, NextToken, MaxResults: PAGE })),
    );
    const kept = sortBy(responses ?? [], (r) => r.IntegrationResponseKey!).map((r) => settingsOf(r, ['IntegrationResponseId']));
    captured.push({ ...settingsOf(i, ['ApiGatewayManaged', 'IntegrationResponseSelectionExpression']), responses: nonEmpty(kept) });
  }
  return captured;
}

async function routesOf(v2: V2.ApiGatewayV2Client, ApiId: string, routes: readonly V2.Route[]): Promise<RouteData[]> {
  const captured: RouteData[] = [];
  for (const r of sortBy(routes, (x) => x.RouteKey!)) {
    const RouteId = r.RouteId!;
    const responses = await partsOf(v2, 'GetRouteResponses', (NextToken) =>
      v2.send(new V2.GetRouteResponsesCommand({ ApiId, RouteId, NextToken, MaxResults: PAGE })),
    );
    const kept = sortBy(responses ?? [], (x) => x.RouteResponseKey!).map((x) => settingsOf(x, ['RouteResponseId']));
    captured.push({ ...settingsOf(r, ['ApiGatewayManaged', 'RouteId']), responses: nonEmpty(kept) });
  }
  return captured;
}

/** Deployments the user made, oldest first: the instance makes those of auto-deploying stages itself. */
async function deploymentsOf(v2: V2.ApiGatewayV2Client, ApiId: string): Promise<DeploymentData[]> {
  const all = await partsOf(v2, 'GetDeployments', (NextToken) => v2.send(new V2.GetDeploymentsCommand({ ApiId, NextToken, MaxResults: PAGE })));
  const made = (all ?? []).filter((d) => !d.AutoDeployed);
  return sortBy(made, (d) => `${d.CreatedDate?.toISOString() ?? ''}/${d.DeploymentId}`).map((d) =>
    settingsOf(d, ['AutoDeployed', 'CreatedDate', 'DeploymentStatus', 'DeploymentStatusMessage']),
  );
}

/** An auto-deploying stage's deployment is the instance's own, made anew with the stage. */
function stageOf(s: V2.Stage): StageData {
  const settings = settingsOf(s, ['ApiGatewayManaged', 'CreatedDate', 'LastDeploymentStatusMessage', 'LastUpdatedDate']);
  if (!s.AutoDeploy) return settings;
  const { DeploymentId: _, ...rest } = settings;
  return rest;
}

export async function captureApi(v2: V2.ApiGatewayV2Client, api: V2.Api): Promise<ApiData> {
  const ApiId = api.ApiId!;
  const routes = await listAll((NextToken) => v2.send(new V2.GetRoutesCommand({ ApiId, NextToken, MaxResults: PAGE })));
  const models = await partsOf(v2, 'GetModels', (NextToken) => v2.send(new V2.GetModelsCommand({ ApiId, NextToken, MaxResults: PAGE })));
  const stages = await listAll((NextToken) => v2.send(new V2.GetStagesCommand({ ApiId, NextToken, MaxResults: PAGE })));
  return {
    id: ApiId,
    ...settingsOf(api, ['ApiEndpoint', 'ApiGatewayManaged', 'ApiId', 'CreatedDate', 'ImportInfo', 'Warnings']),
    Tags: tagsOf(api),
    models: nonEmpty(sortBy(models ?? [], (m) => m.Name!).map((m) => settingsOf(m, ['ModelId']))),
    authorizers: nonEmpty(sortBy(await authorizersOf(v2, ApiId, routes), (a) => a.Name!).map((a) => settingsOf(a, []))),
    integrations: nonEmpty(await integrationsOf(v2, ApiId)),
    routes: nonEmpty(await routesOf(v2, ApiId, routes)),
    deployments: nonEmpty(await deploymentsOf(v2, ApiId)),
    stages: nonEmpty(sortBy(stages, (s) => s.StageName!).map(stageOf)),
  };
}
