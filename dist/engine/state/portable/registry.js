import { UsageError } from '../../errors.js';
import { s3 } from './s3/index.js';
import { sqs } from './sqs/index.js';
import { sns } from './sns/index.js';
import { dynamodb } from './dynamodb/index.js';
import { kinesis } from './kinesis/index.js';
import { events } from './events/index.js';
import { logs } from './logs/index.js';
import { stepfunctions } from './stepfunctions/index.js';
import { iam } from './iam/index.js';
import { lambda } from './lambda/index.js';
import { kms } from './kms/index.js';
import { secretsmanager } from './secretsmanager/index.js';
import { ssm } from './ssm/index.js';
import { cloudwatch } from './cloudwatch/index.js';
import { apigateway } from './apigateway/index.js';
import { route53 } from './route53/index.js';
import { ses } from './ses/index.js';
import { scheduler } from './scheduler/index.js';
import { firehose } from './firehose/index.js';
import { acm } from './acm/index.js';
/** Every portable service module; a new service is one folder and one line here. */
export const PORTABLE_MODULES = [
    s3,
    sqs,
    sns,
    events,
    logs,
    stepfunctions,
    iam,
    lambda,
    kms,
    secretsmanager,
    ssm,
    dynamodb,
    kinesis,
    cloudwatch,
    apigateway,
    route53,
    ses,
    scheduler,
    firehose,
    acm,
];
/** The modules named in `services` (all when undefined), or a UsageError naming the unknown ones. */
export function selectModules(services) {
    if (!services || services.length === 0)
        return [...PORTABLE_MODULES];
    const known = new Map(PORTABLE_MODULES.map((m) => [m.name, m]));
    const unknown = services.filter((s) => !known.has(s));
    if (unknown.length > 0) {
        throw new UsageError(`Unknown service(s): ${unknown.join(', ')}. Supported services: ${[...known.keys()].sort().join(', ')}.`);
    }
    return [...new Set(services)].map((s) => known.get(s));
}
