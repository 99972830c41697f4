import * as AG from '@aws-sdk/client-api-gateway';
import type { ServiceContext } from '../../module.js';
import { collect, IdMap, nonEmpty, recordKind, sortBy, sortedRecord, unlessMissing, unlessUnimplemented } from '../kit/index.js';

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
  tlsConfig?: { insecureSkipVerification?: boolean };
  responses?: IntegrationResponseData[];
};

type MethodResponseData = { statusCode: string; responseParameters?: Flags; responseModels?: Strings };

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

type ResourceData = { id: string; parentId?: string; pathPart?: string; path: string; methods?: MethodData[] };

type ModelData = { name: string; description?: string; schema?: string; contentType?: string };

type ValidatorData = { id: string; name?: string; validateRequestBody?: boolean; validateRequestParameters?: boolean };

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

type GatewayResponseData = { responseType: string; statusCode?: string; responseParameters?: Strings; responseTemplates?: Strings };

type DeploymentData = { id: string; description?: string };

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
  endpointConfiguration?: { types?: string[]; vpcEndpointIds?: string[] };
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

export const REST_API = recordKind<RestApiData>('rest-api', 'REST API');

/** The tag LocalStack and moto read an API's id from when they create it. */
export const CUSTOM_ID_TAG = '_custom_id_';

const PAGE = 500;

export async function restApis(ag: AG.APIGatewayClient): Promise<AG.RestApi[]> {
  return sortBy(await collect(AG.paginateGetRestApis({ client: ag, pageSize: PAGE }, {}), (p) => p.items), (api) => api.id!);
}

function integrationOf(i: AG.Integration | undefined): IntegrationData | undefined {
  if (!i?.type) return undefined;
  const responses = Object.values(i.integrationResponses ?? {}).map((r) => ({
    statusCode: r.statusCode!,
    selectionPattern: r.selectionPattern,
    responseParameters: sortedRecord(r.responseParameters),
    responseTemplates: sortedRecord(r.responseTemplates),
    contentHandling: r.contentHandling,
  }));
  return {
    type: i.type,
    httpMethod: i.httpMethod,
    uri: i.uri,
    connectionType: i.connectionType,
    connectionId: i.connectionId,
    credentials: i.credentials,
    requestParameters: sortedRecord(i.requestParameters),
    requestTemplates: sortedRecord(i.requestTemplates),
    passthroughBehavior: i.passthroughBehavior,
    cacheNamespace: i.cacheNamespace,
    cacheKeyParameters: nonEmpty(i.cacheKeyParameters),
    contentHandling: i.contentHandling,
    timeoutInMillis: i.timeoutInMillis,
    tlsConfig: i.tlsConfig,
    responses: nonEmpty(sortBy(responses, (r) => r.statusCode)),
  };
}

async function methodOf(ag: AG.APIGatewayClient, restApiId: string, resourceId: string, httpMethod: string): Promise<MethodData> {
  const m = await ag.send(new AG.GetMethodCommand({ restApiId, resourceId, httpMethod }));
  const responses = Object.values(m.methodResponses ?? {}).map((r) => ({
    statusCode: r.statusCode!,
    responseParameters: sortedRecord(r.responseParameters),
    responseModels: sortedRecord(r.responseModels),
  }));
  return {
    httpMethod,
    authorizationType: m.authorizationType,
    authorizerId: m.authorizerId,
    apiKeyRequired: m.apiKeyRequired,
    operationName: m.operationName,
    requestParameters: sortedRecord(m.requestParameters),
    requestModels: sortedRecord(m.requestModels),
    requestValidatorId: m.requestValidatorId,
    authorizationScopes: nonEmpty(m.authorizationScopes),
    responses: nonEmpty(sortBy(responses, (r) => r.statusCode)),
    integration: integrationOf(m.methodIntegration),
  };
}

async function resourcesOf(ag: AG.APIGatewayClient, restApiId: string): Promise<ResourceData[]> {
  const resources = await collect(AG.paginateGetResources({ client: ag, pageSize: PAGE }, { restApiId }), (p) => p.items);
  const captured: ResourceData[] = [];
  for (const r of sortBy(resources, (r) => r.path!)) {
    const methods: MethodData[] = [];
    for (const httpMethod of Object.keys(r.resourceMethods ?? {}).sort()) methods.push(await methodOf(ag, restApiId, r.id!, httpMethod));
    captured.push({ id: r.id!, parentId: r.parentId, pathPart: r.pathPart, path: r.path!, methods: nonEmpty(methods) });
  }
  return captured;
}

/**
 * Gateway responses the API changed. Those at their defaults (`defaultResponse`) come with every
 * API, and an instance that does not serve the call has only those.
 */
async function gatewayResponsesOf(ag: AG.APIGatewayClient, restApiId: string): Promise<GatewayResponseData[] | undefined> {
  const answer = await unlessUnimplemented(ag, 'GetGatewayResponses', () => ag.send(new AG.GetGatewayResponsesCommand({ restApiId, limit: PAGE })));
  const changed = (answer?.items ?? []).filter((r) => !r.defaultResponse);
  return nonEmpty(
    sortBy(
      changed.map((r) => ({
        responseType: r.responseType!,
        statusCode: r.statusCode,
        responseParameters: sortedRecord(r.responseParameters),
        responseTemplates: sortedRecord(r.responseTemplates),
      })),
      (r) => r.responseType,
    ),
  );
}

function stageOf(s: AG.Stage): StageData {
  const methodSettings = s.methodSettings && Object.keys(s.methodSettings).length > 0 ? sortedRecord(s.methodSettings) : undefined;
  return {
    stageName: s.stageName!,
    deploymentId: s.deploymentId,
    description: s.description,
    variables: sortedRecord(s.variables),
    cacheClusterEnabled: s.cacheClusterEnabled,
    cacheClusterSize: s.cacheClusterEnabled ? s.cacheClusterSize : undefined,
    tracingEnabled: s.tracingEnabled,
    methodSettings,
    tags: sortedRecord(s.tags),
  };
}

export async function captureRestApi(ag: AG.APIGatewayClient, api: AG.RestApi): Promise<RestApiData> {
  const restApiId = api.id!;
  const resources = await resourcesOf(ag, restApiId);
  const models = await collect(AG.paginateGetModels({ client: ag, pageSize: PAGE }, { restApiId }), (p) => p.items);
  const validators = (await ag.send(new AG.GetRequestValidatorsCommand({ restApiId, limit: PAGE }))).items ?? [];
  const authorizers = (await ag.send(new AG.GetAuthorizersCommand({ restApiId, limit: PAGE }))).items ?? [];
  const deployments = await collect(AG.paginateGetDeployments({ client: ag, pageSize: PAGE }, { restApiId }), (p) => p.items);
  const stages = (await ag.send(new AG.GetStagesCommand({ restApiId }))).item ?? [];
  return {
    id: restApiId,
    name: api.name!,
    description: api.description,
    apiKeySource: api.apiKeySource,
    binaryMediaTypes: nonEmpty(api.binaryMediaTypes),
    minimumCompressionSize: api.minimumCompressionSize,
    endpointConfiguration: api.endpointConfiguration && {
      types: nonEmpty(api.endpointConfiguration.types),
      vpcEndpointIds: nonEmpty(api.endpointConfiguration.vpcEndpointIds),
    },
    policy: api.policy,
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
    tags: sortedRecord(api.tags),
    resources,
    models: nonEmpty(
      sortBy(
        models.map((m) => ({ name: m.name!, description: m.description, schema: m.schema, contentType: m.contentType })),
        (m) => m.name,
      ),
    ),
    validators: nonEmpty(
      sortBy(
        validators.map((v) => ({
          id: v.id!,
          name: v.name,
          validateRequestBody: v.validateRequestBody,
          validateRequestParameters: v.validateRequestParameters,
        })),
        (v) => `${v.name}\u0000${v.id}`,
      ),
    ),
    authorizers: nonEmpty(
      sortBy(
        authorizers.map((a) => ({
          id: a.id!,
          name: a.name!,
          type: a.type!,
          providerARNs: nonEmpty(a.providerARNs),
          authType: a.authType,
          authorizerUri: a.authorizerUri,
          authorizerCredentials: a.authorizerCredentials,
          identitySource: a.identitySource,
          identityValidationExpression: a.identityValidationExpression,
          authorizerResultTtlInSeconds: a.authorizerResultTtlInSeconds,
        })),
        (a) => `${a.name}\u0000${a.id}`,
      ),
    ),
    gatewayResponses: await gatewayResponsesOf(ag, restApiId),
    deployments: nonEmpty(
      sortBy(deployments, (d) => `${d.createdDate?.toISOString() ?? ''}\u0000${d.id}`).map((d) => ({ id: d.id!, description: d.description })),
    ),
    stages: nonEmpty(sortBy(stages, (s) => s.stageName!).map(stageOf)),
  };
}

const arnOf = (region: string, restApiId: string) => `arn:aws:apigateway:${region}::/restapis/${restApiId}`;

/** The method settings of a stage as `UpdateStage` patch operations (`/{resource path}/{method}/{setting}`). */
function methodSettingOperations(settings: Record<string, AG.MethodSetting> | undefined): AG.PatchOperation[] {
  const paths: Record<keyof AG.MethodSetting, string> = {
    metricsEnabled: 'metrics/enabled',
    loggingLevel: 'logging/loglevel',
    dataTraceEnabled: 'logging/dataTrace',
    throttlingBurstLimit: 'throttling/burstLimit',
    throttlingRateLimit: 'throttling/rateLimit',
    cachingEnabled: 'caching/enabled',
    cacheTtlInSeconds: 'caching/ttlInSeconds',
    cacheDataEncrypted: 'caching/dataEncrypted',
    requireAuthorizationForCacheControl: 'caching/requireAuthorizationForCacheControl',
    unauthorizedCacheControlHeaderStrategy: 'caching/unauthorizedCacheControlHeaderStrategy',
  };
  return Object.entries(settings ?? {}).flatMap(([key, setting]) =>
    Object.entries(setting)
      .filter(([name, value]) => name in paths && value !== undefined)
      .map(([name, value]) => ({ op: 'replace' as const, path: `/${key}/${paths[name as keyof AG.MethodSetting]}`, value: String(value) })),
  );
}

/** Asked first: moto answers the deletion of a missing API with an error page. */
export async function deleteRestApi(ag: AG.APIGatewayClient, restApiId: string): Promise<void> {
  if (await unlessMissing(ag.send(new AG.GetRestApiCommand({ restApiId })))) await ag.send(new AG.DeleteRestApiCommand({ restApiId }));
}

/**
 * Creates the API under the pod's id where the instance takes it from the `_custom_id_` tag
 * (LocalStack, moto); elsewhere the instance draws one, which `context.renamed` hands to the
 * modules restored after this one. Returns the id it has.
 */
async function createApi(context: ServiceContext, ag: AG.APIGatewayClient, region: string, a: RestApiData): Promise<string> {
  const addId = a.tags?.[CUSTOM_ID_TAG] === undefined;
  const created = await ag.send(
    new AG.CreateRestApiCommand({
      name: a.name,
      description: a.description,
      apiKeySource: a.apiKeySource as AG.ApiKeySourceType | undefined,
      binaryMediaTypes: a.binaryMediaTypes,
      minimumCompressionSize: a.minimumCompressionSize,
      endpointConfiguration: a.endpointConfiguration as AG.EndpointConfiguration | undefined,
      policy: a.policy,
      disableExecuteApiEndpoint: a.disableExecuteApiEndpoint,
      tags: { ...a.tags, ...(addId ? { [CUSTOM_ID_TAG]: a.id } : {}) },
    }),
  );
  const id = created.id!;
  // Whether or not the instance took the id from it, the tag is not the API's.
  if (addId) {
    await unlessUnimplemented(ag, 'UntagResource', () =>
      ag.send(new AG.UntagResourceCommand({ resourceArn: arnOf(region, id), tagKeys: [CUSTOM_ID_TAG] })),
    );
    const { tags } = await ag.send(new AG.GetRestApiCommand({ restApiId: id }));
    if (tags?.[CUSTOM_ID_TAG] !== undefined) context.warn(REST_API.label(a.id), `it keeps the tag ${CUSTOM_ID_TAG}: the instance does not remove it`);
  }
  if (id !== a.id) {
    context.renamed(a.id, id);
    context.warn(REST_API.label(a.id), `the instance gave it the id ${id}: it does not take an API's id from the ${CUSTOM_ID_TAG} tag`);
  }
  return id;
}

/** Models the API came with (`Empty`, `Error`) are updated to the pod's; the rest are created. */
async function restoreModels(ag: AG.APIGatewayClient, restApiId: string, models: readonly ModelData[]): Promise<void> {
  const existing = new Set((await collect(AG.paginateGetModels({ client: ag, pageSize: PAGE }, { restApiId }), (p) => p.items)).map((m) => m.name));
  for (const m of models) {
    if (!existing.has(m.name)) {
      await ag.send(
        new AG.CreateModelCommand({
          restApiId,
          name: m.name,
          description: m.description,
          schema: m.schema,
          contentType: m.contentType ?? 'application/json',
        }),
      );
      continue;
    }
    const patchOperations: AG.PatchOperation[] = [{ op: 'replace', path: '/schema', value: m.schema ?? '' }];
    if (m.description !== undefined) patchOperations.push({ op: 'replace', path: '/description', value: m.description });
    await ag.send(new AG.UpdateModelCommand({ restApiId, modelName: m.name, patchOperations }));
  }
}

async function restoreMethod(ag: AG.APIGatewayClient, restApiId: string, resourceId: string, m: MethodData, ids: IdMap): Promise<void> {
  const { httpMethod } = m;
  await ag.send(
    new AG.PutMethodCommand({
      restApiId,
      resourceId,
      httpMethod,
      authorizationType: m.authorizationType ?? 'NONE',
      authorizerId: ids.of(m.authorizerId),
      apiKeyRequired: m.apiKeyRequired,
      operationName: m.operationName,
      requestParameters: m.requestParameters,
      requestModels: m.requestModels,
      requestValidatorId: ids.of(m.requestValidatorId),
      authorizationScopes: m.authorizationScopes,
    }),
  );
  for (const r of m.responses ?? []) {
    await ag.send(
      new AG.PutMethodResponseCommand({
        restApiId,
        resourceId,
        httpMethod,
        statusCode: r.statusCode,
        responseParameters: r.responseParameters,
        responseModels: r.responseModels,
      }),
    );
  }
  const i = m.integration;
  if (!i) return;
  await ag.send(
    new AG.PutIntegrationCommand({
      restApiId,
      resourceId,
      httpMethod,
      type: i.type as AG.IntegrationType,
      integrationHttpMethod: i.httpMethod,
      uri: i.uri,
      connectionType: i.connectionType as AG.ConnectionType | undefined,
      connectionId: i.connectionId,
      credentials: i.credentials,
      requestParameters: i.requestParameters,
      requestTemplates: i.requestTemplates,
      passthroughBehavior: i.passthroughBehavior,
      // AWS names the cache after the resource by default: its id is the new one.
      cacheNamespace: ids.of(i.cacheNamespace),
      cacheKeyParameters: i.cacheKeyParameters,
      contentHandling: i.contentHandling as AG.ContentHandlingStrategy | undefined,
      timeoutInMillis: i.timeoutInMillis,
      tlsConfig: i.tlsConfig,
    }),
  );
  for (const r of i.responses ?? []) {
    await ag.send(
      new AG.PutIntegrationResponseCommand({
        restApiId,
        resourceId,
        httpMethod,
        statusCode: r.statusCode,
        selectionPattern: r.selectionPattern,
        responseParameters: r.responseParameters,
        responseTemplates: r.responseTemplates,
        contentHandling: r.contentHandling as AG.ContentHandlingStrategy | undefined,
      }),
    );
  }
}

async function restoreStage(ag: AG.APIGatewayClient, restApiId: string, s: StageData, ids: IdMap): Promise<void> {
  await ag.send(
    new AG.CreateStageCommand({
      restApiId,
      stageName: s.stageName,
      deploymentId: ids.of(s.deploymentId)!,
      description: s.description,
      variables: s.variables,
      cacheClusterEnabled: s.cacheClusterEnabled,
      cacheClusterSize: s.cacheClusterSize as AG.CacheClusterSize | undefined,
      tracingEnabled: s.tracingEnabled,
      tags: s.tags,
    }),
  );
  const patchOperations = methodSettingOperations(s.methodSettings);
  if (patchOperations.length > 0) await ag.send(new AG.UpdateStageCommand({ restApiId, stageName: s.stageName, patchOperations }));
}

/**
 * Makes the API the pod's: created anew (any API of its id goes first), then its models,
 * validators and authorizers, its resources from the root down with their methods, its gateway
 * responses, deployments (each of the API as restored: the pod cannot hold what an older
 * deployment served) and stages. Returns the API's id on the instance.
 */
export async function restoreRestApi(context: ServiceContext, ag: AG.APIGatewayClient, region: string, a: RestApiData): Promise<string> {
  // Any API of its id goes first: a restore overwrites, whatever the strategy.
  await deleteRestApi(ag, a.id);
  const restApiId = await createApi(context, ag, region, a);
  const ids = new IdMap();
  const root = (await collect(AG.paginateGetResources({ client: ag, pageSize: PAGE }, { restApiId }), (p) => p.items)).find((r) => r.path === '/');
  await restoreModels(ag, restApiId, a.models ?? []);
  for (const v of a.validators ?? []) {
    const created = await ag.send(
      new AG.CreateRequestValidatorCommand({
        restApiId,
        name: v.name,
        validateRequestBody: v.validateRequestBody,
        validateRequestParameters: v.validateRequestParameters,
      }),
    );
    ids.set(v.id, created.id!);
  }
  for (const { id, ...authorizer } of a.authorizers ?? []) {
    const created = await ag.send(new AG.CreateAuthorizerCommand({ restApiId, ...authorizer, type: authorizer.type as AG.AuthorizerType }));
    ids.set(id, created.id!);
  }
  // By path, so that each resource comes after its parent.
  for (const r of a.resources) {
    // The root comes with the API.
    const id =
      r.path === '/'
        ? root!.id!
        : (await ag.send(new AG.CreateResourceCommand({ restApiId, parentId: ids.of(r.parentId)!, pathPart: r.pathPart! }))).id!;
    ids.set(r.id, id);
    for (const m of r.methods ?? []) await restoreMethod(ag, restApiId, ids.of(r.id), m, ids);
  }
  for (const g of a.gatewayResponses ?? []) {
    await ag.send(new AG.PutGatewayResponseCommand({ restApiId, ...g, responseType: g.responseType as AG.GatewayResponseType }));
  }
  for (const d of a.deployments ?? []) {
    const created = await ag.send(new AG.CreateDeploymentCommand({ restApiId, description: d.description }));
    ids.set(d.id, created.id!);
  }
  for (const s of a.stages ?? []) await restoreStage(ag, restApiId, s, ids);
  if ((a.deployments?.length ?? 0) > 1) {
    context.warn(
      REST_API.label(a.id),
      `its ${a.deployments!.length} deployments each serve the API as the pod has it: an older deployment's snapshot of the API is not readable through the API`,
    );
  }
  return restApiId;
}
