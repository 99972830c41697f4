import * as V2 from '@aws-sdk/client-apigatewayv2';
import type { ServiceContext } from '../../module.js';
import { type ApiData } from './apis.js';
export declare function deleteApi(v2: V2.ApiGatewayV2Client, ApiId: string): Promise<void>;
/**
 * Makes the API the pod's: any API of its id or name goes first (where ids are drawn anew, the
 * name is what an earlier load of the pod left), but for those this load made (`restored`), then
 * it is created with its models, authorizers, integrations, routes, deployments (each of the API
 * as restored: the pod cannot hold what an older deployment served) and stages. Returns the
 * API's id on the instance.
 */
export declare function restoreApi(context: ServiceContext, v2: V2.ApiGatewayV2Client, region: string, a: ApiData, restored: ReadonlySet<string>, linkIdOf: (id: string) => string): Promise<string>;
