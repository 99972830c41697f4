import { originOf, REFERENCE_REGION } from './clients.js';
/** The error name an AWS SDK v3 client gives a service error (`NoSuchBucket`, `ResourceNotFoundException`…). */
export function awsErrorName(error) {
    const e = error;
    return e?.Code ?? e?.name ?? '';
}
/** Whether `error` is a service error named one of `names`. */
export function isNamed(error, names) {
    return names.includes(awsErrorName(error));
}
/**
 * How the services and emulators name a missing resource: `ResourceNotFoundException`,
 * `NotFoundException`, `NoSuchEntity`, `NoSuchBucket`, `QueueDoesNotExist`,
 * `AWS.SimpleQueueService.NonExistentQueue`, `ParameterNotFound`…
 */
const NOT_FOUND = /NotFound|NoSuch|DoesNotExist|NonExistent/;
/**
 * How they name a resource that exists already: `ResourceAlreadyExistsException`,
 * `EntityAlreadyExists`, `AlreadyExistsException`, `ResourceExistsException`,
 * `ParameterAlreadyExists`, `BucketAlreadyOwnedByYou`…
 */
const ALREADY_EXISTS = /AlreadyExists|ResourceExists|AlreadyOwnedByYou/;
export function isNotFound(error) {
    return NOT_FOUND.test(awsErrorName(error));
}
export function isAlreadyExists(error) {
    return ALREADY_EXISTS.test(awsErrorName(error));
}
/**
 * Resolves to undefined when the call fails because what it names is missing: with `names`, a
 * failure named one of them (a setting that is not set, such as `NoSuchBucketPolicy`); without,
 * any not-found error.
 */
export async function unlessMissing(call, names) {
    try {
        return await call;
    }
    catch (error) {
        if (names ? isNamed(error, names) : isNotFound(error))
            return undefined;
        throw error;
    }
}
/**
 * Runs `create`; when the resource exists already (`exists` tells by the error), runs `update`
 * instead. Says which of the two happened.
 */
export async function createOrUpdate(create, update, exists = isAlreadyExists) {
    try {
        await create();
        return 'created';
    }
    catch (error) {
        if (!exists(error))
            throw error;
        await update();
        return 'updated';
    }
}
/**
 * A call the instance does not implement: LocalStack names it (or answers 501), MiniStack
 * answers InvalidAction (as AWS does for an action it does not know), or InvalidURI for an S3
 * path it has no route for (S3 Control's account settings), moto answers an HTML page with
 * status 500 (404 for a REST path), which the SDK cannot parse into a name.
 */
export function isUnimplemented(error) {
    const e = error;
    // Clients of older SDK releases leave the status out of $metadata when the body is no JSON.
    const status = e?.$metadata?.httpStatusCode ?? e?.$response?.statusCode;
    // A REST path the instance has no route for: moto answers 404 with its HTML page.
    const noRoute = e?.$response?.statusCode === 404 && e.message?.includes('Deserialization error') === true;
    return (isNamed(error, [
        'UnknownOperationException',
        'NotImplemented',
        'NotImplementedError',
        'NotImplementedException',
        'UnsupportedOperation',
        'InvalidAction',
        'InvalidURI',
    ]) ||
        status === 500 ||
        status === 501 ||
        noRoute ||
        isUnsupportedService(error));
}
/**
 * A service the instance does not serve at all: MiniStack answers 400 with
 * `{"error": "Unsupported service: route53resolver"}`, which the SDK keeps as the error's `error`
 * (JSON protocols), or leaves unparsed in the response's body (XML protocols: Redshift).
 */
function isUnsupportedService(error) {
    const e = error;
    return [e?.error, e?.$response?.body].some((body) => typeof body === 'string' && body.includes('Unsupported service'));
}
/**
 * The operations each client's instance was found to lack, and those every client of its class
 * on the instance lacks (found lacking in the reference region): the SDK retries moto's 500s,
 * with backoff, so each is asked once, and not once per region.
 */
const lacking = new WeakMap();
const remember = (key, operation) => lacking.set(key, (lacking.get(key) ?? new Set()).add(operation));
/**
 * What `call` answers; undefined when what it reads is missing, or when the instance behind
 * `client` does not implement `operation` (remembered, so it is not asked again).
 */
export async function unlessUnimplemented(client, operation, call) {
    const origin = originOf(client);
    if (lacking.get(client)?.has(operation) || (origin && lacking.get(origin.family)?.has(operation)))
        return undefined;
    try {
        return await call();
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        if (!isUnimplemented(error))
            throw error;
        remember(client, operation);
        if (origin?.region === REFERENCE_REGION)
            remember(origin.family, operation);
        return undefined;
    }
}
