import * as V2 from '@aws-sdk/client-apigatewayv2';
import type { ServiceContext } from '../../module.js';
import { IdMap, unlessMissing, unlessUnimplemented } from '../kit/index.js';
import { API, apis, CUSTOM_ID_TAGS, type ApiData, type IntegrationData, type RouteData } from './apis.js';

/** The tag the instance reads an API's id from (see `CUSTOM_ID_TAGS`). */
function customIdTag(context: ServiceContext): string {
  return context.target.brand === 'ministack' ? CUSTOM_ID_TAGS.ministack : CUSTOM_ID_TAGS.other;
}

/** How a route names its integration. */
const INTEGRATION_TARGET = /^integrations\/(.+)$/;

function apiArn(region: string, apiId: string): string {
  return `arn:aws:apigateway:${region}::/apis/${apiId}`;
}

export async function deleteApi(v2: V2.ApiGatewayV2Client, ApiId: string): Promise<void> {
  await unlessMissing(v2.send(new V2.DeleteApiCommand({ ApiId })));
}

/**
 * Creates the API under the pod's id where the instance takes it from a tag; elsewhere (moto)
 * the instance draws one, which `context.renamed` hands to the modules restored after this one.
 * The tag is then removed: it is not the API's. Returns the id it has.
 */
async function createApi(context: ServiceContext, v2: V2.ApiGatewayV2Client, region: string, a: ApiData): Promise<string> {
  const { id, models, authorizers, integrations, routes, deployments, stages, ...settings } = a;
  const tag = customIdTag(context);
  const add = a.Tags?.[tag] === undefined;
  const created = await v2.send(new V2.CreateApiCommand({ ...settings, Tags: { ...a.Tags, ...(add ? { [tag]: id } : {}) } }));
  const apiId = created.ApiId!;
  if (add) {
    await unlessUnimplemented(v2, 'UntagResource', () =>
      v2.send(new V2.UntagResourceCommand({ ResourceArn: apiArn(region, apiId), TagKeys: [tag] })),
    );
    const { Tags } = await v2.send(new V2.GetApiCommand({ ApiId: apiId }));
    // MiniStack removes it from what its tag calls answer, not from the API.
    if (Tags?.[tag] !== undefined) context.warn(API.label(id), `it keeps the tag ${tag}: the instance does not remove it`);
  }
  if (apiId !== id) {
    context.renamed(id, apiId);
    context.warn(API.label(id), `the instance gave it the id ${apiId}: it does not take an API's id from a tag`);
  }
  return apiId;
}

async function restoreIntegration(v2: V2.ApiGatewayV2Client, ApiId: string, i: IntegrationData, linkIdOf: (id: string) => string): Promise<string> {
  const { IntegrationId, responses, ...settings } = i;
  const created = await v2.send(
    new V2.CreateIntegrationCommand({
      ...settings,
      ApiId,
      IntegrationType: i.IntegrationType,
      // A VPC link's id is drawn anew with it.
      ConnectionId: i.ConnectionType === 'VPC_LINK' && i.ConnectionId ? linkIdOf(i.ConnectionId) : i.ConnectionId,
    }),
  );
  const id = created.IntegrationId!;
  for (const r of responses ?? []) {
    await v2.send(new V2.CreateIntegrationResponseCommand({ ...r, ApiId, IntegrationId: id }));
  }
  return id;
}

async function restoreRoute(v2: V2.ApiGatewayV2Client, ApiId: string, r: RouteData, ids: IdMap): Promise<void> {
  const { responses, ...settings } = r;
  const created = await v2.send(
    new V2.CreateRouteCommand({
      ...settings,
      ApiId,
      AuthorizerId: ids.of(r.AuthorizerId),
      Target: r.Target?.replace(INTEGRATION_TARGET, (_, integration: string) => `integrations/${ids.of(integration)}`),
    }),
  );
  for (const x of responses ?? []) {
    await v2.send(new V2.CreateRouteResponseCommand({ ...x, ApiId, RouteId: created.RouteId! }));
  }
}

/**
 * Makes the API the pod's: any API of its id or name goes first (where ids are drawn anew, the
 * name is what an earlier load of the pod left), but for those this load made (`restored`), then
 * it is created with its models, authorizers, integrations, routes, deployments (each of the API
 * as restored: the pod cannot hold what an older deployment served) and stages. Returns the
 * API's id on the instance.
 */
export async function restoreApi(
  context: ServiceContext,
  v2: V2.ApiGatewayV2Client,
  region: string,
  a: ApiData,
  restored: ReadonlySet<string>,
  linkIdOf: (id: string) => string,
): Promise<string> {
  for (const existing of await apis(v2)) {
    if ((existing.ApiId === a.id || existing.Name === a.Name) && !restored.has(existing.ApiId!)) await deleteApi(v2, existing.ApiId!);
  }
  const ApiId = await createApi(context, v2, region, a);
  const ids = new IdMap();
  for (const m of a.models ?? []) await v2.send(new V2.CreateModelCommand({ ...m, ApiId, Schema: m.Schema }));
  for (const { AuthorizerId, ...authorizer } of a.authorizers ?? []) {
    const created = await v2.send(
      new V2.CreateAuthorizerCommand({
        ...authorizer,
        ApiId,
        Name: authorizer.Name,
        AuthorizerType: authorizer.AuthorizerType,
        IdentitySource: authorizer.IdentitySource,
      }),
    );
    ids.set(AuthorizerId!, created.AuthorizerId!);
  }
  for (const i of a.integrations ?? []) ids.set(i.IntegrationId!, await restoreIntegration(v2, ApiId, i, linkIdOf));
  for (const r of a.routes ?? []) await restoreRoute(v2, ApiId, r, ids);
  for (const { DeploymentId, ...deployment } of a.deployments ?? []) {
    const created = await v2.send(new V2.CreateDeploymentCommand({ ...deployment, ApiId }));
    ids.set(DeploymentId!, created.DeploymentId!);
  }
  for (const s of a.stages ?? []) {
    await v2.send(new V2.CreateStageCommand({ ...s, ApiId, DeploymentId: ids.of(s.DeploymentId) }));
  }
  if ((a.deployments?.length ?? 0) > 1) {
    context.warn(
      API.label(a.id),
      `its ${a.deployments!.length} deployments each serve the API as the pod has it: an older deployment's snapshot of the API is not readable through the API`,
    );
  }
  return ApiId;
}
