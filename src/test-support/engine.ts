import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, resolveOptions, save, type RawOptions } from '../engine/index.js';

/** A fresh, empty $LOCALSTACK_PODS_HOME. */
export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'pods-home-'));
}

/**
 * What the engine helpers below save and load where a test binds no services of its own (see
 * `engineFor`): the data stores pods began with. Every service of an empty moto is some 2,400
 * questions (29 regions, and moto makes each region's default VPC when EC2 is first asked), which
 * a test of other behaviour need not pay. The portable suites on LocalStack and MiniStack take
 * every one.
 */
export const TEST_SERVICES = 's3,sqs,sns,events,logs,stepfunctions,iam,lambda,kms,secretsmanager,ssm,dynamodb,kinesis,cloudwatch';

/**
 * What the fronts' end-to-end tests (the CLI's and the Action's) and the status scenarios save
 * and load unless they name others: the services their scenarios make state in, with the AWS
 * CLI. A front hands the option to the engine as it is, and every module's save and load is
 * the engine tests' and the round-trip suites' to check; a front's test asking each of 14
 * services in 29 regions on every save spent most of the suite's time in questions it checked
 * nothing of.
 */
export const FRONT_SERVICES = 's3,sqs,ssm';

/**
 * The engine as a test drives it, saving and loading `services` unless a call names others: a
 * module's tests name the services their scenarios make state in, so each save asks those and
 * no other (every other one is empty there, and its module's own tests cover it).
 */
export function engineFor(services: string) {
  const options = (endpoint: string, home: string, raw: RawOptions = {}) =>
    resolveOptions({ endpoint, 'wait-timeout': '20', services, ...raw }, { LOCALSTACK_PODS_HOME: home });
  return {
    options,
    /** Saves the instance's state as the next version of `pod` in the home's local store. */
    saveState: (endpoint: string, home: string, pod: string, raw: RawOptions = {}) => save({ pod, options: options(endpoint, home, raw) }),
    loadState: (endpoint: string, home: string, pod: string, raw: RawOptions = {}) => load({ pod, options: options(endpoint, home, raw) }),
    /** Empties `only` (a comma-separated list) in the instance: `pod`, saved before they held anything, loaded over them. */
    emptyServices: (endpoint: string, home: string, pod: string, only: string) =>
      load({ pod, options: options(endpoint, home, { strategy: 'overwrite' }), only: { services: only.split(',') } }),
  };
}

export const { options, saveState, loadState, emptyServices } = engineFor(TEST_SERVICES);

/** SDK client settings for tests: the instance, test credentials, path-style S3. */
export function sdkConfig(endpoint: string, region = 'us-east-1') {
  return {
    endpoint,
    region,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    forcePathStyle: true,
  };
}
