import { afterAll, beforeAll, describe, it } from 'vitest';
import { EMULATORS, startEmulator } from '../../src/test-support/emulators.js';
import type { Server } from '../../src/test-support/processes.js';
import { acmScenario } from '../../src/test-support/scenarios/acm.js';
import { apigatewayScenario } from '../../src/test-support/scenarios/apigateway.js';
import { firehoseScenario } from '../../src/test-support/scenarios/firehose.js';
import { route53Scenario } from '../../src/test-support/scenarios/route53.js';
import { schedulerScenario } from '../../src/test-support/scenarios/scheduler.js';
import { sesScenario } from '../../src/test-support/scenarios/ses.js';

/**
 * The round trip of each service module beyond the first thirteen, on each emulator: one
 * instance per emulator for all of them (each scenario empties the instance by loading a pod
 * saved before it made anything), since starting LocalStack costs more than most scenarios.
 */
const SCENARIOS = [apigatewayScenario, route53Scenario, sesScenario, schedulerScenario, firehoseScenario, acmScenario];

for (const emulator of EMULATORS) {
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
