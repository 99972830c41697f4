import { afterAll, beforeAll, describe, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulators.js';
import type { Server } from '../processes.js';
import { acmScenario } from './acm.js';
import { apigatewayScenario } from './apigateway.js';
import { apigatewayv2Scenario } from './apigatewayv2.js';
import { cloudformationScenario } from './cloudformation.js';
import { configScenario } from './config.js';
import { ec2Scenario } from './ec2.js';
import { firehoseScenario } from './firehose.js';
import { opensearchScenario } from './opensearch.js';
import { redshiftScenario } from './redshift.js';
import { resourceGroupsScenario } from './resource-groups.js';
import { route53Scenario } from './route53.js';
import { route53resolverScenario } from './route53resolver.js';
import { s3controlScenario } from './s3control.js';
import { schedulerScenario } from './scheduler.js';
import { sesScenario } from './ses.js';
import { swfScenario } from './swf.js';
import { transcribeScenario } from './transcribe.js';
import { vpcReferencesScenario } from './vpc-references.js';

/** The round trip of each service module beyond the first thirteen (theirs are suites of their own). */
const SCENARIOS = [
  apigatewayScenario,
  apigatewayv2Scenario,
  route53Scenario,
  route53resolverScenario,
  sesScenario,
  schedulerScenario,
  firehoseScenario,
  acmScenario,
  opensearchScenario,
  redshiftScenario,
  configScenario,
  s3controlScenario,
  resourceGroupsScenario,
  ec2Scenario,
  vpcReferencesScenario,
  swfScenario,
  transcribeScenario,
  cloudformationScenario,
];

/**
 * Every scenario on one instance of `emulator` (each scenario empties the instance by loading a
 * pod saved before it made anything), since starting LocalStack costs more than most scenarios.
 * One test file per emulator, so the three run side by side.
 */
export function describeRoundTrips(emulator: Emulator): void {
  describe(`the service modules on ${emulator}`, () => {
    let server: Server;
    beforeAll(async () => {
      server = await startEmulator(emulator);
    }, 180_000);
    afterAll(async () => {
      await server?.stop();
    });
    for (const scenario of SCENARIOS) {
      it(`${scenario.module}: ${scenario.title}`, () => scenario.run(server.endpoint, emulator));
    }
  });
}
