// src/engine/state/module.ts
/** `partial.select` for modules whose every record belongs to one group, named by `groupOf`. */
function byGroup(groupOf) {
	return (groups) => (record) => groups.has(groupOf(record));
}
/** How a resource is named in progress and failure reports (the service goes before it): its record's type and id. */
function labelOf(record) {
	return `${record.type} ${record.id}`;
}
// src/engine/state/portable/kit/clients.ts
/**
* The region every instance serves each of its services in: an operation it lacks there, it
* lacks in every region (see `unlessUnimplemented`). Elsewhere a service may be missing in one
* region only (moto's SES, LocalStack's regions without a backend).
*/
const REFERENCE_REGION = "us-east-1";
const origins = /* @__PURE__ */ new WeakMap();
function originOf(client) {
	return origins.get(client);
}
/** Marks what a call throws with the operation's name (`CreateStage`), for failure reports. */
const nameOperation = (next, { commandName }) => async (args) => {
	try {
		return await next(args);
	} catch (error) {
		if (typeof error === "object" && error !== null && !("operation" in error) && typeof commandName === "string") Object.defineProperty(error, "operation", { value: commandName.replace(/Command$/, "") });
		throw error;
	}
};
/**
* The client factory of one SDK client class: one client per context and region, made on first
* use with the context's endpoint and credentials plus `settings`, and kept for the context's
* life. Nothing needs destroying: every client shares the process's connection pool (see
* `awsClientConfig`), and a client holds nothing else.
*/
function clientOf(Client, settings) {
	const made = /* @__PURE__ */ new WeakMap();
	const families = /* @__PURE__ */ new WeakMap();
	return (context, region) => {
		let byRegion = made.get(context);
		if (!byRegion) made.set(context, byRegion = /* @__PURE__ */ new Map());
		let client = byRegion.get(region);
		if (!client) {
			client = new Client({
				...context.config(region),
				...settings
			});
			client.middlewareStack.add(nameOperation, {
				step: "initialize",
				name: "nameOperation"
			});
			byRegion.set(region, client);
			let family = families.get(context.target);
			if (!family) families.set(context.target, family = {});
			origins.set(client, {
				region,
				family
			});
		}
		return client;
	};
}
// src/engine/state/portable/kit/errors.ts
/** The error name an AWS SDK v3 client gives a service error (`NoSuchBucket`, `ResourceNotFoundException`…). */
function awsErrorName(error) {
	const e = error;
	return e?.Code ?? e?.name ?? "";
}
/** Whether `error` is a service error named one of `names`. */
function isNamed(error, names) {
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
function isNotFound(error) {
	return NOT_FOUND.test(awsErrorName(error));
}
function isAlreadyExists(error) {
	return ALREADY_EXISTS.test(awsErrorName(error));
}
/**
* Resolves to undefined when the call fails because what it names is missing: with `names`, a
* failure named one of them (a setting that is not set, such as `NoSuchBucketPolicy`); without,
* any not-found error.
*/
async function unlessMissing(call, names) {
	try {
		return await call;
	} catch (error) {
		if (names ? isNamed(error, names) : isNotFound(error)) return void 0;
		throw error;
	}
}
/**
* Runs `create`; when the resource exists already (`exists` tells by the error), runs `update`
* instead. Says which of the two happened.
*/
async function createOrUpdate(create, update, exists = isAlreadyExists) {
	try {
		await create();
		return "created";
	} catch (error) {
		if (!exists(error)) throw error;
		await update();
		return "updated";
	}
}
/**
* A call the instance does not implement: LocalStack names it (or answers 501), MiniStack
* answers InvalidAction (as AWS does for an action it does not know), or InvalidURI for an S3
* path it has no route for (S3 Control's account settings), moto answers an HTML page with
* status 500 (404 for a REST path), which the SDK cannot parse into a name.
*/
function isUnimplemented(error) {
	const e = error;
	const status = e?.$metadata?.httpStatusCode ?? e?.$response?.statusCode;
	const noRoute = e?.$response?.statusCode === 404 && e.message?.includes("Deserialization error") === true;
	return isNamed(error, [
		"UnknownOperationException",
		"NotImplemented",
		"NotImplementedError",
		"NotImplementedException",
		"UnsupportedOperation",
		"InvalidAction",
		"InvalidURI"
	]) || status === 500 || status === 501 || noRoute || isUnsupportedService(error);
}
/**
* A service the instance does not serve at all: MiniStack answers 400 with
* `{"error": "Unsupported service: route53resolver"}`, which the SDK keeps as the error's `error`
* (JSON protocols), or leaves unparsed in the response's body (XML protocols: Redshift).
*/
function isUnsupportedService(error) {
	const e = error;
	return [e?.error, e?.$response?.body].some((body) => typeof body === "string" && body.includes("Unsupported service"));
}
/**
* The operations each client's instance was found to lack, and those every client of its class
* on the instance lacks (found lacking in the reference region): the SDK retries moto's 500s,
* with backoff, so each is asked once, and not once per region.
*/
const lacking = /* @__PURE__ */ new WeakMap();
const remember = (key, operation) => lacking.set(key, (lacking.get(key) ?? /* @__PURE__ */ new Set()).add(operation));
/**
* What `call` answers; undefined when what it reads is missing, or when the instance behind
* `client` does not implement `operation` (remembered, so it is not asked again).
*/
async function unlessUnimplemented(client, operation, call) {
	const origin = originOf(client);
	if (lacking.get(client)?.has(operation) || origin && lacking.get(origin.family)?.has(operation)) return void 0;
	try {
		return await call();
	} catch (error) {
		if (isNotFound(error)) return void 0;
		if (!isUnimplemented(error)) throw error;
		remember(client, operation);
		if (origin?.region === "us-east-1") remember(origin.family, operation);
		return;
	}
}
export { isNotFound as a, unlessUnimplemented as c, byGroup as d, labelOf as f, isNamed as i, REFERENCE_REGION as l, createOrUpdate as n, isUnimplemented as o, isAlreadyExists as r, unlessMissing as s, awsErrorName as t, clientOf as u };
