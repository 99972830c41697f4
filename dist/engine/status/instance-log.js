import { randomBytes } from 'node:crypto';
import * as S3 from '@aws-sdk/client-s3';
import { isNamed } from '../state/portable/kit/index.js';
import { S3_CLIENT_SETTINGS } from '../state/portable/s3/client.js';
import { STATUS_ACCOUNT, STATUS_BUCKET } from '../state/reserved.js';
import { awsClientConfig } from '../target/aws.js';
import { retryStrategy } from '../target/retry.js';
import { serverTime } from '../target/clock.js';
import { mapOrdered } from '../util/concurrency.js';
import { parseOperation } from './operation.js';
/**
 * The record of operations lives in the instance itself, so every process and machine that
 * shares the instance reads the same one, and it goes when the instance's state goes (a reset, a
 * restart without persistence). It is one S3 object per operation: two processes recording at
 * once each add their own object, and neither can lose the other's.
 */
const PREFIX = 'operations/';
/** Objects of the record read at once. */
const READ_CONCURRENCY = 8;
/**
 * The record's client: S3 in the record's account (the caller's, where the instance does not
 * switch accounts). One retry, for a passing failure: the record is worth no long wait on an
 * instance that fails, after a load or save that is done.
 */
function recordClient(target, env) {
    return new S3.S3Client({
        ...awsClientConfig(target, 'us-east-1', STATUS_ACCOUNT, env),
        ...S3_CLIENT_SETTINGS,
        retryStrategy: retryStrategy(2, 'us-east-1'),
    });
}
/**
 * An operation's object name, unique and in the order operations happened: the instance's
 * clock first, which every writer shares (its `Date` header, whole seconds), then the writer's
 * own clock, which orders one writer's operations within a second, then a random part.
 */
async function objectKey(target, at) {
    const instanceTime = await serverTime(target.endpoint);
    const shared = instanceTime === undefined ? at : new Date(instanceTime).toISOString();
    return `${PREFIX}${shared}_${at}_${randomBytes(6).toString('hex')}.json`;
}
/** Adds `operation` to the instance's record, making the record's bucket when it is not there. */
export async function appendOperation(target, env, operation) {
    const s3 = recordClient(target, env);
    const put = new S3.PutObjectCommand({
        Bucket: STATUS_BUCKET,
        Key: await objectKey(target, operation.at),
        Body: JSON.stringify(operation),
        ContentType: 'application/json',
    });
    try {
        await s3.send(put);
    }
    catch (error) {
        if (!isNamed(error, ['NoSuchBucket']))
            throw error;
        await s3.send(new S3.CreateBucketCommand({ Bucket: STATUS_BUCKET })).catch((created) => {
            // Another process made it first.
            if (!isNamed(created, ['BucketAlreadyOwnedByYou', 'BucketAlreadyExists']))
                throw created;
        });
        await s3.send(put);
    }
    finally {
        s3.destroy();
    }
}
/** Reads the instance's record; an instance with no record (fresh, reset, restarted) has none. */
export async function readOperations(target, env) {
    const s3 = recordClient(target, env);
    try {
        const keys = [];
        try {
            for await (const page of S3.paginateListObjectsV2({ client: s3 }, { Bucket: STATUS_BUCKET, Prefix: PREFIX })) {
                for (const object of page.Contents ?? [])
                    keys.push(object.Key);
            }
        }
        catch (error) {
            if (isNamed(error, ['NoSuchBucket']))
                return { operations: [], unreadable: 0 };
            throw error;
        }
        const operations = [];
        let unreadable = 0;
        const read = async (Key) => {
            const object = await s3.send(new S3.GetObjectCommand({ Bucket: STATUS_BUCKET, Key }));
            return parseOperation(await object.Body.transformToString());
        };
        for await (const operation of mapOrdered(keys.sort(), READ_CONCURRENCY, read)) {
            if (operation)
                operations.push(operation);
            else
                unreadable += 1;
        }
        return { operations, unreadable };
    }
    finally {
        s3.destroy();
    }
}
