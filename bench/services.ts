import * as AG from '@aws-sdk/client-api-gateway';
import * as R53 from '@aws-sdk/client-route-53';
import type { Emulator } from './emulator.js';
import { loadWithCli, saveWithCli, type PodContext } from './pods.js';
import { elapsed } from './util.js';

/**
 * State of the services beyond the data stores, at a size worth timing: what a seeding script
 * makes with the SDK, one call after another, against a load of the same state from a pod.
 */
interface Workload {
  readonly service: string;
  readonly state: string;
  seed(endpoint: string): Promise<void>;
}

const config = (endpoint: string) => ({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });

const API_RESOURCES = 200;
const ZONE_RECORDS = 500;

/** One REST API: 200 resources under /items, each with a GET answered by a mock integration. */
async function seedApi(endpoint: string): Promise<void> {
  const ag = new AG.APIGatewayClient(config(endpoint));
  try {
    const restApiId = (await ag.send(new AG.CreateRestApiCommand({ name: 'catalogue' }))).id!;
    const root = (await ag.send(new AG.GetResourcesCommand({ restApiId }))).items!.find((r) => r.path === '/')!;
    const items = await ag.send(new AG.CreateResourceCommand({ restApiId, parentId: root.id!, pathPart: 'items' }));
    for (let i = 0; i < API_RESOURCES - 2; i += 1) {
      const resourceId = (await ag.send(new AG.CreateResourceCommand({ restApiId, parentId: items.id!, pathPart: `item${i}` }))).id!;
      const method = { restApiId, resourceId, httpMethod: 'GET' };
      await ag.send(new AG.PutMethodCommand({ ...method, authorizationType: 'NONE' }));
      await ag.send(new AG.PutMethodResponseCommand({ ...method, statusCode: '200' }));
      await ag.send(new AG.PutIntegrationCommand({ ...method, type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
      await ag.send(
        new AG.PutIntegrationResponseCommand({ ...method, statusCode: '200', responseTemplates: { 'application/json': `{"item": ${i}}` } }),
      );
    }
  } finally {
    ag.destroy();
  }
}

/** One public zone with 500 A records, written 100 changes at a time. */
async function seedZone(endpoint: string): Promise<void> {
  const r53 = new R53.Route53Client(config(endpoint));
  try {
    const zone = await r53.send(new R53.CreateHostedZoneCommand({ Name: 'fleet.test', CallerReference: 'fleet' }));
    for (let start = 0; start < ZONE_RECORDS; start += 100) {
      const Changes = Array.from({ length: 100 }, (_, k) => ({
        Action: 'CREATE' as const,
        ResourceRecordSet: {
          Name: `host${start + k}.fleet.test`,
          Type: 'A' as const,
          TTL: 60,
          ResourceRecords: [{ Value: `10.1.${Math.floor((start + k) / 250)}.${(start + k) % 250}` }],
        },
      }));
      await r53.send(new R53.ChangeResourceRecordSetsCommand({ HostedZoneId: zone.HostedZone!.Id!, ChangeBatch: { Changes } }));
    }
  } finally {
    r53.destroy();
  }
}

const WORKLOADS: readonly Workload[] = [
  { service: 'apigateway', state: `a REST API with ${API_RESOURCES} resources and their methods`, seed: seedApi },
  { service: 'route53', state: `a hosted zone with ${ZONE_RECORDS} records`, seed: seedZone },
];

/** One service's state on one emulator: seeding it, saving it, loading it into a reset instance. */
export interface ServiceTiming {
  readonly emulator: string;
  readonly service: string;
  readonly state: string;
  readonly seedSeconds: number;
  readonly saveSeconds: number;
  readonly loadSeconds: number;
}

export async function benchServices(emulator: Emulator, ctx: () => PodContext, log: (text: string) => void): Promise<ServiceTiming[]> {
  const timings: ServiceTiming[] = [];
  for (const workload of WORKLOADS) {
    log(`${emulator.kind}: ${workload.service}, ${workload.state}`);
    await emulator.reset();
    const start = process.hrtime.bigint();
    await workload.seed(emulator.endpoint());
    const seedSeconds = elapsed(start);
    const name = `bench-${workload.service}`;
    const saved = await saveWithCli(ctx(), name, workload.service);
    await emulator.reset();
    const loaded = await loadWithCli(ctx(), name, 'account-region-merge');
    timings.push({
      emulator: emulator.version,
      service: workload.service,
      state: workload.state,
      seedSeconds,
      saveSeconds: saved.seconds,
      loadSeconds: loaded.seconds,
    });
  }
  return timings;
}

const HEAD = ['emulator', 'service', 'state', 'seed with the SDK s', 'save s', 'load s', 'load × seed'];

/** Rows of the services table: the load's speed as a ratio to seeding, measured in the same run. */
export function serviceRows(timings: readonly ServiceTiming[]): { head: string[]; rows: string[][] } {
  return {
    head: HEAD,
    rows: timings.map((t) => [
      t.emulator,
      t.service,
      t.state,
      t.seedSeconds.toFixed(2),
      t.saveSeconds.toFixed(2),
      t.loadSeconds.toFixed(2),
      `${(t.seedSeconds / t.loadSeconds).toFixed(2)}×`,
    ]),
  };
}
