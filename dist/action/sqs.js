import { a as __toCommonJS, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$3, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$2, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { n as mapOrdered, t as forEachLimit } from "./concurrency.js";
import { c as isNamed, d as unlessMissing, m as clientOf, r as collect } from "./kit.js";
import { i as timedFetch } from "./http.js";
import { a as sortBy, f as reportFailure, g as recordKind, n as chunks, o as sortedRecord, p as restoreContainers } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { t as Batches } from "./batches.js";
import { t as replaceTags } from "./tags.js";
// node_modules/@aws-sdk/middleware-sdk-sqs/dist-cjs/index.js
var require_dist_cjs$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { NoOpLogger } = (init_client$1(), __toCommonJS(client_exports$1));
	const { toUint8Array, toHex } = (init_serde(), __toCommonJS(serde_exports));
	const resolveQueueUrlConfig = (config) => {
		return Object.assign(config, { useQueueUrlAsEndpoint: config.useQueueUrlAsEndpoint ?? true });
	};
	function queueUrlMiddleware({ useQueueUrlAsEndpoint, endpoint }) {
		return (next, context) => {
			return async (args) => {
				const { input } = args;
				const resolvedEndpoint = context.endpointV2;
				if (!endpoint && input.QueueUrl && resolvedEndpoint && useQueueUrlAsEndpoint) {
					const logger = context.logger instanceof NoOpLogger || !context.logger?.warn ? console : context.logger;
					try {
						const queueUrl = new URL(input.QueueUrl);
						const queueUrlOrigin = new URL(queueUrl.origin);
						if (resolvedEndpoint.url.origin !== queueUrlOrigin.origin) {
							logger.warn(`QueueUrl=${input.QueueUrl} differs from SQSClient resolved endpoint=${resolvedEndpoint.url.toString()}, using QueueUrl host as endpoint.
Set [endpoint=string] or [useQueueUrlAsEndpoint=false] on the SQSClient.`);
							context.endpointV2 = {
								...resolvedEndpoint,
								url: queueUrlOrigin
							};
						}
					} catch (e) {
						logger.warn(e);
					}
				}
				return next(args);
			};
		};
	}
	const queueUrlMiddlewareOptions = {
		name: "queueUrlMiddleware",
		relation: "after",
		toMiddleware: "endpointV2Middleware",
		override: true
	};
	const getQueueUrlPlugin = (config) => ({ applyToStack: (clientStack) => {
		clientStack.addRelativeTo(queueUrlMiddleware(config), queueUrlMiddlewareOptions);
	} });
	function receiveMessageMiddleware(options) {
		return (next) => async (args) => {
			const resp = await next({ ...args });
			if (options.md5 === false) return resp;
			const output = resp.output;
			const messageIds = [];
			if (output.Messages !== void 0) for (const message of output.Messages) {
				const md5 = message.MD5OfBody;
				const hash = new options.md5();
				hash.update(toUint8Array(message.Body || ""));
				if (md5 !== toHex(await hash.digest())) messageIds.push(message.MessageId);
			}
			if (messageIds.length > 0) throw new Error("Invalid MD5 checksum on messages: " + messageIds.join(", "));
			return resp;
		};
	}
	const receiveMessageMiddlewareOptions = {
		step: "initialize",
		tags: ["VALIDATE_BODY_MD5"],
		name: "receiveMessageMiddleware",
		override: true
	};
	const getReceiveMessagePlugin = (config) => ({ applyToStack: (clientStack) => {
		clientStack.add(receiveMessageMiddleware(config), receiveMessageMiddlewareOptions);
	} });
	const sendMessageMiddleware = (options) => (next) => async (args) => {
		const resp = await next({ ...args });
		if (options.md5 === false) return resp;
		const output = resp.output;
		const hash = new options.md5();
		hash.update(toUint8Array(args.input.MessageBody || ""));
		if (output.MD5OfMessageBody !== toHex(await hash.digest())) throw new Error("InvalidChecksumError");
		return resp;
	};
	const sendMessageMiddlewareOptions = {
		step: "initialize",
		tags: ["VALIDATE_BODY_MD5"],
		name: "sendMessageMiddleware",
		override: true
	};
	const getSendMessagePlugin = (config) => ({ applyToStack: (clientStack) => {
		clientStack.add(sendMessageMiddleware(config), sendMessageMiddlewareOptions);
	} });
	const sendMessageBatchMiddleware = (options) => (next) => async (args) => {
		const resp = await next({ ...args });
		if (options.md5 === false) return resp;
		const output = resp.output;
		const messageIds = [];
		const entries = {};
		if (output.Successful !== void 0) {
			for (const entry of output.Successful) if (entry.Id !== void 0) entries[entry.Id] = entry;
		}
		for (const entry of args.input.Entries) if (entries[entry.Id]) {
			const md5 = entries[entry.Id].MD5OfMessageBody;
			const hash = new options.md5();
			hash.update(toUint8Array(entry.MessageBody || ""));
			if (md5 !== toHex(await hash.digest())) messageIds.push(entries[entry.Id].MessageId);
		}
		if (messageIds.length > 0) throw new Error("Invalid MD5 checksum on messages: " + messageIds.join(", "));
		return resp;
	};
	const sendMessageBatchMiddlewareOptions = {
		step: "initialize",
		tags: ["VALIDATE_BODY_MD5"],
		name: "sendMessageBatchMiddleware",
		override: true
	};
	const getSendMessageBatchPlugin = (config) => ({ applyToStack: (clientStack) => {
		clientStack.add(sendMessageBatchMiddleware(config), sendMessageBatchMiddlewareOptions);
	} });
	exports.getQueueUrlPlugin = getQueueUrlPlugin;
	exports.getReceiveMessagePlugin = getReceiveMessagePlugin;
	exports.getSendMessageBatchPlugin = getSendMessageBatchPlugin;
	exports.getSendMessagePlugin = getSendMessagePlugin;
	exports.queueUrlMiddleware = queueUrlMiddleware;
	exports.queueUrlMiddlewareOptions = queueUrlMiddlewareOptions;
	exports.receiveMessageMiddleware = receiveMessageMiddleware;
	exports.receiveMessageMiddlewareOptions = receiveMessageMiddlewareOptions;
	exports.resolveQueueUrlConfig = resolveQueueUrlConfig;
	exports.sendMessageBatchMiddleware = sendMessageBatchMiddleware;
	exports.sendMessageBatchMiddlewareOptions = sendMessageBatchMiddlewareOptions;
	exports.sendMessageMiddleware = sendMessageMiddleware;
	exports.sendMessageMiddlewareOptions = sendMessageMiddlewareOptions;
}));
// src/engine/state/portable/sqs/messages.ts
var import_dist_cjs = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports) => {
	const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin, getLongPollPlugin } = (init_client(), __toCommonJS(client_exports));
	const { resolveQueueUrlConfig, getQueueUrlPlugin, getReceiveMessagePlugin, getSendMessageBatchPlugin, getSendMessagePlugin } = require_dist_cjs$1();
	const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
	const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client$1(), __toCommonJS(client_exports$1));
	const { Command: $Command } = (init_client$1(), __toCommonJS(client_exports$1));
	const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
	const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
	const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
	const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
	const { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
	const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
	const { defaultProvider } = require_dist_cjs$2();
	const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
	const { streamCollector, NodeHttpHandler } = require_dist_cjs$3();
	const { AwsJson1_0Protocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256, Md5 } = (init_checksum(), __toCommonJS(checksum_exports));
	const defaultSQSHttpAuthSchemeParametersProvider = async (config, context, input) => {
		return {
			operation: getSmithyContext(context).operation,
			region: await normalizeProvider(config.region)() || (() => {
				throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
			})()
		};
	};
	function createAwsAuthSigv4HttpAuthOption(authParameters) {
		return {
			schemeId: "aws.auth#sigv4",
			signingProperties: {
				name: "sqs",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultSQSHttpAuthSchemeProvider = (authParameters) => {
		const options = [];
		switch (authParameters.operation) {
			default: options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
		}
		return options;
	};
	const resolveHttpAuthSchemeConfig = (config) => {
		const config_0 = resolveAwsSdkSigV4Config(config);
		return Object.assign(config_0, { authSchemePreference: normalizeProvider(config.authSchemePreference ?? []) });
	};
	const resolveClientEndpointParameters = (options) => {
		return Object.assign(options, {
			useDualstackEndpoint: options.useDualstackEndpoint ?? false,
			useFipsEndpoint: options.useFipsEndpoint ?? false,
			defaultSigningName: "sqs"
		});
	};
	const commonParams = {
		UseFIPS: {
			type: "builtInParams",
			name: "useFipsEndpoint"
		},
		Endpoint: {
			type: "builtInParams",
			name: "endpoint"
		},
		Region: {
			type: "builtInParams",
			name: "region"
		},
		UseDualStack: {
			type: "builtInParams",
			name: "useDualstackEndpoint"
		}
	};
	var packageInfo = { version: "3.1168.0" };
	const k = "ref";
	const a = -1;
	const b = true;
	const c = "isSet";
	const d = "PartitionResult";
	const e = "booleanEquals";
	const f = "getAttr";
	const g = { [k]: "Endpoint" };
	const h = { [k]: d };
	const i = {};
	const j = [{ [k]: "Region" }];
	const _data = {
		conditions: [
			[c, [g]],
			[c, j],
			[
				"aws.partition",
				j,
				d
			],
			[e, [{ [k]: "UseFIPS" }, b]],
			[e, [{ [k]: "UseDualStack" }, b]],
			[e, [{
				fn: f,
				argv: [h, "supportsDualStack"]
			}, b]],
			[e, [{
				fn: f,
				argv: [h, "supportsFIPS"]
			}, b]],
			["stringEquals", [{
				fn: f,
				argv: [h, "name"]
			}, "aws-us-gov"]]
		],
		results: [
			[a],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[g, i],
			["https://sqs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://sqs.{Region}.amazonaws.com", i],
			["https://sqs-fips.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://sqs.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://sqs.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "Invalid Configuration: Missing Region"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		13,
		3,
		1,
		4,
		100000012,
		2,
		5,
		100000012,
		3,
		8,
		6,
		4,
		7,
		100000011,
		5,
		100000009,
		100000010,
		4,
		11,
		9,
		6,
		10,
		100000008,
		7,
		100000006,
		100000007,
		5,
		12,
		100000005,
		6,
		100000004,
		100000005,
		3,
		100000001,
		14,
		4,
		100000002,
		100000003
	]);
	const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
	const cache = new EndpointCache({
		size: 50,
		params: [
			"Endpoint",
			"Region",
			"UseDualStack",
			"UseFIPS"
		]
	});
	const defaultEndpointResolver = (endpointParams, context = {}) => {
		return cache.get(endpointParams, () => decideEndpoint(bdd, {
			endpointParams,
			logger: context.logger
		}));
	};
	customEndpointFunctions.aws = awsEndpointFunctions;
	var SQSServiceException = class SQSServiceException extends ServiceException {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sqs#SQSServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, SQSServiceException.prototype);
		}
	};
	var InvalidAddress = class InvalidAddress extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#InvalidAddress";
		name = "InvalidAddress";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidAddress",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidAddress.prototype);
		}
	};
	var InvalidSecurity = class InvalidSecurity extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#InvalidSecurity";
		name = "InvalidSecurity";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidSecurity",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidSecurity.prototype);
		}
	};
	var OverLimit = class OverLimit extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#OverLimit";
		name = "OverLimit";
		$fault = "client";
		constructor(opts) {
			super({
				name: "OverLimit",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, OverLimit.prototype);
		}
	};
	var QueueDoesNotExist = class QueueDoesNotExist extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#QueueDoesNotExist";
		name = "QueueDoesNotExist";
		$fault = "client";
		constructor(opts) {
			super({
				name: "QueueDoesNotExist",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, QueueDoesNotExist.prototype);
		}
	};
	var RequestThrottled = class RequestThrottled extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#RequestThrottled";
		name = "RequestThrottled";
		$fault = "client";
		constructor(opts) {
			super({
				name: "RequestThrottled",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, RequestThrottled.prototype);
		}
	};
	var UnsupportedOperation = class UnsupportedOperation extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#UnsupportedOperation";
		name = "UnsupportedOperation";
		$fault = "client";
		constructor(opts) {
			super({
				name: "UnsupportedOperation",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UnsupportedOperation.prototype);
		}
	};
	var ResourceNotFoundException = class ResourceNotFoundException extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#ResourceNotFoundException";
		name = "ResourceNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ResourceNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
		}
	};
	var MessageNotInflight = class MessageNotInflight extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#MessageNotInflight";
		name = "MessageNotInflight";
		$fault = "client";
		constructor(opts) {
			super({
				name: "MessageNotInflight",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, MessageNotInflight.prototype);
		}
	};
	var ReceiptHandleIsInvalid = class ReceiptHandleIsInvalid extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#ReceiptHandleIsInvalid";
		name = "ReceiptHandleIsInvalid";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ReceiptHandleIsInvalid",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ReceiptHandleIsInvalid.prototype);
		}
	};
	var BatchEntryIdsNotDistinct = class BatchEntryIdsNotDistinct extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#BatchEntryIdsNotDistinct";
		name = "BatchEntryIdsNotDistinct";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BatchEntryIdsNotDistinct",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BatchEntryIdsNotDistinct.prototype);
		}
	};
	var EmptyBatchRequest = class EmptyBatchRequest extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#EmptyBatchRequest";
		name = "EmptyBatchRequest";
		$fault = "client";
		constructor(opts) {
			super({
				name: "EmptyBatchRequest",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EmptyBatchRequest.prototype);
		}
	};
	var InvalidBatchEntryId = class InvalidBatchEntryId extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#InvalidBatchEntryId";
		name = "InvalidBatchEntryId";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidBatchEntryId",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidBatchEntryId.prototype);
		}
	};
	var TooManyEntriesInBatchRequest = class TooManyEntriesInBatchRequest extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#TooManyEntriesInBatchRequest";
		name = "TooManyEntriesInBatchRequest";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyEntriesInBatchRequest",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyEntriesInBatchRequest.prototype);
		}
	};
	var InvalidAttributeName = class InvalidAttributeName extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#InvalidAttributeName";
		name = "InvalidAttributeName";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidAttributeName",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidAttributeName.prototype);
		}
	};
	var InvalidAttributeValue = class InvalidAttributeValue extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#InvalidAttributeValue";
		name = "InvalidAttributeValue";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidAttributeValue",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidAttributeValue.prototype);
		}
	};
	var QueueDeletedRecently = class QueueDeletedRecently extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#QueueDeletedRecently";
		name = "QueueDeletedRecently";
		$fault = "client";
		constructor(opts) {
			super({
				name: "QueueDeletedRecently",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, QueueDeletedRecently.prototype);
		}
	};
	var QueueNameExists = class QueueNameExists extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#QueueNameExists";
		name = "QueueNameExists";
		$fault = "client";
		constructor(opts) {
			super({
				name: "QueueNameExists",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, QueueNameExists.prototype);
		}
	};
	var InvalidIdFormat = class InvalidIdFormat extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#InvalidIdFormat";
		name = "InvalidIdFormat";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidIdFormat",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidIdFormat.prototype);
		}
	};
	var PurgeQueueInProgress = class PurgeQueueInProgress extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#PurgeQueueInProgress";
		name = "PurgeQueueInProgress";
		$fault = "client";
		constructor(opts) {
			super({
				name: "PurgeQueueInProgress",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, PurgeQueueInProgress.prototype);
		}
	};
	var KmsAccessDenied = class KmsAccessDenied extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#KmsAccessDenied";
		name = "KmsAccessDenied";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KmsAccessDenied",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KmsAccessDenied.prototype);
		}
	};
	var KmsDisabled = class KmsDisabled extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#KmsDisabled";
		name = "KmsDisabled";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KmsDisabled",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KmsDisabled.prototype);
		}
	};
	var KmsInvalidKeyUsage = class KmsInvalidKeyUsage extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#KmsInvalidKeyUsage";
		name = "KmsInvalidKeyUsage";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KmsInvalidKeyUsage",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KmsInvalidKeyUsage.prototype);
		}
	};
	var KmsInvalidState = class KmsInvalidState extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#KmsInvalidState";
		name = "KmsInvalidState";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KmsInvalidState",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KmsInvalidState.prototype);
		}
	};
	var KmsNotFound = class KmsNotFound extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#KmsNotFound";
		name = "KmsNotFound";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KmsNotFound",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KmsNotFound.prototype);
		}
	};
	var KmsOptInRequired = class KmsOptInRequired extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#KmsOptInRequired";
		name = "KmsOptInRequired";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KmsOptInRequired",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KmsOptInRequired.prototype);
		}
	};
	var KmsThrottled = class KmsThrottled extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#KmsThrottled";
		name = "KmsThrottled";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KmsThrottled",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KmsThrottled.prototype);
		}
	};
	var InvalidMessageContents = class InvalidMessageContents extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#InvalidMessageContents";
		name = "InvalidMessageContents";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidMessageContents",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidMessageContents.prototype);
		}
	};
	var BatchRequestTooLong = class BatchRequestTooLong extends SQSServiceException {
		static shapeId = "com.amazonaws.sqs#BatchRequestTooLong";
		name = "BatchRequestTooLong";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BatchRequestTooLong",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BatchRequestTooLong.prototype);
		}
	};
	const _A = "Actions";
	const _AN = "ActionName";
	const _ANOMM = "ApproximateNumberOfMessagesMoved";
	const _ANOMTM = "ApproximateNumberOfMessagesToMove";
	const _ANt = "AttributeNames";
	const _ANtt = "AttributeName";
	const _AP = "AddPermission";
	const _APR = "AddPermissionRequest";
	const _AWSAI = "AWSAccountIds";
	const _AWSAIc = "AWSAccountId";
	const _At = "Attributes";
	const _Att = "Attribute";
	const _B = "Body";
	const _BEIND = "BatchEntryIdsNotDistinct";
	const _BL = "BinaryList";
	const _BLV = "BinaryListValues";
	const _BLVi = "BinaryListValue";
	const _BREE = "BatchResultErrorEntry";
	const _BREEL = "BatchResultErrorEntryList";
	const _BRTL = "BatchRequestTooLong";
	const _BV = "BinaryValue";
	const _C = "Code";
	const _CMMT = "CancelMessageMoveTask";
	const _CMMTR = "CancelMessageMoveTaskRequest";
	const _CMMTRa = "CancelMessageMoveTaskResult";
	const _CMV = "ChangeMessageVisibility";
	const _CMVB = "ChangeMessageVisibilityBatch";
	const _CMVBR = "ChangeMessageVisibilityBatchRequest";
	const _CMVBRE = "ChangeMessageVisibilityBatchRequestEntry";
	const _CMVBREL = "ChangeMessageVisibilityBatchRequestEntryList";
	const _CMVBRELh = "ChangeMessageVisibilityBatchResultEntryList";
	const _CMVBREh = "ChangeMessageVisibilityBatchResultEntry";
	const _CMVBRh = "ChangeMessageVisibilityBatchResult";
	const _CMVR = "ChangeMessageVisibilityRequest";
	const _CQ = "CreateQueue";
	const _CQR = "CreateQueueRequest";
	const _CQRr = "CreateQueueResult";
	const _DA = "DestinationArn";
	const _DM = "DeleteMessage";
	const _DMB = "DeleteMessageBatch";
	const _DMBR = "DeleteMessageBatchRequest";
	const _DMBRE = "DeleteMessageBatchRequestEntry";
	const _DMBREL = "DeleteMessageBatchRequestEntryList";
	const _DMBRELe = "DeleteMessageBatchResultEntryList";
	const _DMBREe = "DeleteMessageBatchResultEntry";
	const _DMBRe = "DeleteMessageBatchResult";
	const _DMR = "DeleteMessageRequest";
	const _DQ = "DeleteQueue";
	const _DQR = "DeleteQueueRequest";
	const _DS = "DelaySeconds";
	const _DT = "DataType";
	const _E = "Entries";
	const _EBR = "EmptyBatchRequest";
	const _F = "Failed";
	const _FR = "FailureReason";
	const _GQA = "GetQueueAttributes";
	const _GQAR = "GetQueueAttributesRequest";
	const _GQARe = "GetQueueAttributesResult";
	const _GQU = "GetQueueUrl";
	const _GQUR = "GetQueueUrlRequest";
	const _GQURe = "GetQueueUrlResult";
	const _I = "Id";
	const _IA = "InvalidAddress";
	const _IAN = "InvalidAttributeName";
	const _IAV = "InvalidAttributeValue";
	const _IBEI = "InvalidBatchEntryId";
	const _IIF = "InvalidIdFormat";
	const _IMC = "InvalidMessageContents";
	const _IS = "InvalidSecurity";
	const _K = "Key";
	const _KAD = "KmsAccessDenied";
	const _KD = "KmsDisabled";
	const _KIKU = "KmsInvalidKeyUsage";
	const _KIS = "KmsInvalidState";
	const _KNF = "KmsNotFound";
	const _KOIR = "KmsOptInRequired";
	const _KT = "KmsThrottled";
	const _L = "Label";
	const _LDLSQ = "ListDeadLetterSourceQueues";
	const _LDLSQR = "ListDeadLetterSourceQueuesRequest";
	const _LDLSQRi = "ListDeadLetterSourceQueuesResult";
	const _LMMT = "ListMessageMoveTasks";
	const _LMMTR = "ListMessageMoveTasksRequest";
	const _LMMTRE = "ListMessageMoveTasksResultEntry";
	const _LMMTREL = "ListMessageMoveTasksResultEntryList";
	const _LMMTRi = "ListMessageMoveTasksResult";
	const _LQ = "ListQueues";
	const _LQR = "ListQueuesRequest";
	const _LQRi = "ListQueuesResult";
	const _LQT = "ListQueueTags";
	const _LQTR = "ListQueueTagsRequest";
	const _LQTRi = "ListQueueTagsResult";
	const _M = "Message";
	const _MA = "MessageAttributes";
	const _MAN = "MessageAttributeNames";
	const _MANe = "MessageAttributeName";
	const _MAV = "MessageAttributeValue";
	const _MAe = "MessageAttribute";
	const _MB = "MessageBody";
	const _MBAM = "MessageBodyAttributeMap";
	const _MBSAM = "MessageBodySystemAttributeMap";
	const _MDI = "MessageDeduplicationId";
	const _MDOB = "MD5OfBody";
	const _MDOMA = "MD5OfMessageAttributes";
	const _MDOMB = "MD5OfMessageBody";
	const _MDOMSA = "MD5OfMessageSystemAttributes";
	const _MGI = "MessageGroupId";
	const _MI = "MessageId";
	const _ML = "MessageList";
	const _MNI = "MessageNotInflight";
	const _MNOM = "MaxNumberOfMessages";
	const _MNOMPS = "MaxNumberOfMessagesPerSecond";
	const _MR = "MaxResults";
	const _MSA = "MessageSystemAttributes";
	const _MSAM = "MessageSystemAttributeMap";
	const _MSAN = "MessageSystemAttributeNames";
	const _MSAV = "MessageSystemAttributeValue";
	const _MSAe = "MessageSystemAttribute";
	const _Me = "Messages";
	const _N = "Name";
	const _NT = "NextToken";
	const _OL = "OverLimit";
	const _PQ = "PurgeQueue";
	const _PQIP = "PurgeQueueInProgress";
	const _PQR = "PurgeQueueRequest";
	const _QAM = "QueueAttributeMap";
	const _QDNE = "QueueDoesNotExist";
	const _QDR = "QueueDeletedRecently";
	const _QN = "QueueName";
	const _QNE = "QueueNameExists";
	const _QNP = "QueueNamePrefix";
	const _QOAWSAI = "QueueOwnerAWSAccountId";
	const _QU = "QueueUrl";
	const _QUu = "QueueUrls";
	const _R = "Results";
	const _RH = "ReceiptHandle";
	const _RHII = "ReceiptHandleIsInvalid";
	const _RM = "ReceiveMessage";
	const _RMR = "ReceiveMessageRequest";
	const _RMRe = "ReceiveMessageResult";
	const _RNFE = "ResourceNotFoundException";
	const _RP = "RemovePermission";
	const _RPR = "RemovePermissionRequest";
	const _RRAI = "ReceiveRequestAttemptId";
	const _RT = "RequestThrottled";
	const _S = "Successful";
	const _SA = "SourceArn";
	const _SF = "SenderFault";
	const _SL = "StringList";
	const _SLV = "StringListValues";
	const _SLVt = "StringListValue";
	const _SM = "SendMessage";
	const _SMB = "SendMessageBatch";
	const _SMBR = "SendMessageBatchRequest";
	const _SMBRE = "SendMessageBatchRequestEntry";
	const _SMBREL = "SendMessageBatchRequestEntryList";
	const _SMBRELe = "SendMessageBatchResultEntryList";
	const _SMBREe = "SendMessageBatchResultEntry";
	const _SMBRe = "SendMessageBatchResult";
	const _SMMT = "StartMessageMoveTask";
	const _SMMTR = "StartMessageMoveTaskRequest";
	const _SMMTRt = "StartMessageMoveTaskResult";
	const _SMR = "SendMessageRequest";
	const _SMRe = "SendMessageResult";
	const _SN = "SequenceNumber";
	const _SQA = "SetQueueAttributes";
	const _SQAR = "SetQueueAttributesRequest";
	const _ST = "StartedTimestamp";
	const _SV = "StringValue";
	const _St = "Status";
	const _T = "Tag";
	const _TH = "TaskHandle";
	const _TK = "TagKeys";
	const _TKa = "TagKey";
	const _TM = "TagMap";
	const _TMEIBR = "TooManyEntriesInBatchRequest";
	const _TQ = "TagQueue";
	const _TQR = "TagQueueRequest";
	const _Ta = "Tags";
	const _UO = "UnsupportedOperation";
	const _UQ = "UntagQueue";
	const _UQR = "UntagQueueRequest";
	const _V = "Value";
	const _VT = "VisibilityTimeout";
	const _WTS = "WaitTimeSeconds";
	const _aQE = "awsQueryError";
	const _c = "client";
	const _e = "error";
	const _hE = "httpError";
	const _m = "message";
	const _qU = "queueUrls";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.sqs";
	const _t = "tags";
	const _xF = "xmlFlattened";
	const _xN = "xmlName";
	const n0 = "com.amazonaws.sqs";
	const _s_registry = new TypeRegistry(_s);
	var SQSServiceException$ = [
		-3,
		_s,
		"SQSServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(SQSServiceException$, SQSServiceException);
	const n0_registry = new TypeRegistry(n0);
	var BatchEntryIdsNotDistinct$ = [
		-3,
		n0,
		_BEIND,
		{
			[_aQE]: [`AWS.SimpleQueueService.BatchEntryIdsNotDistinct`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(BatchEntryIdsNotDistinct$, BatchEntryIdsNotDistinct);
	var BatchRequestTooLong$ = [
		-3,
		n0,
		_BRTL,
		{
			[_aQE]: [`AWS.SimpleQueueService.BatchRequestTooLong`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(BatchRequestTooLong$, BatchRequestTooLong);
	var EmptyBatchRequest$ = [
		-3,
		n0,
		_EBR,
		{
			[_aQE]: [`AWS.SimpleQueueService.EmptyBatchRequest`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(EmptyBatchRequest$, EmptyBatchRequest);
	var InvalidAddress$ = [
		-3,
		n0,
		_IA,
		{
			[_aQE]: [`InvalidAddress`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidAddress$, InvalidAddress);
	var InvalidAttributeName$ = [
		-3,
		n0,
		_IAN,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidAttributeName$, InvalidAttributeName);
	var InvalidAttributeValue$ = [
		-3,
		n0,
		_IAV,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidAttributeValue$, InvalidAttributeValue);
	var InvalidBatchEntryId$ = [
		-3,
		n0,
		_IBEI,
		{
			[_aQE]: [`AWS.SimpleQueueService.InvalidBatchEntryId`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidBatchEntryId$, InvalidBatchEntryId);
	var InvalidIdFormat$ = [
		-3,
		n0,
		_IIF,
		{ [_e]: _c },
		[],
		[]
	];
	n0_registry.registerError(InvalidIdFormat$, InvalidIdFormat);
	var InvalidMessageContents$ = [
		-3,
		n0,
		_IMC,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidMessageContents$, InvalidMessageContents);
	var InvalidSecurity$ = [
		-3,
		n0,
		_IS,
		{
			[_aQE]: [`InvalidSecurity`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidSecurity$, InvalidSecurity);
	var KmsAccessDenied$ = [
		-3,
		n0,
		_KAD,
		{
			[_aQE]: [`KMS.AccessDeniedException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KmsAccessDenied$, KmsAccessDenied);
	var KmsDisabled$ = [
		-3,
		n0,
		_KD,
		{
			[_aQE]: [`KMS.DisabledException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KmsDisabled$, KmsDisabled);
	var KmsInvalidKeyUsage$ = [
		-3,
		n0,
		_KIKU,
		{
			[_aQE]: [`KMS.InvalidKeyUsageException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KmsInvalidKeyUsage$, KmsInvalidKeyUsage);
	var KmsInvalidState$ = [
		-3,
		n0,
		_KIS,
		{
			[_aQE]: [`KMS.InvalidStateException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KmsInvalidState$, KmsInvalidState);
	var KmsNotFound$ = [
		-3,
		n0,
		_KNF,
		{
			[_aQE]: [`KMS.NotFoundException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KmsNotFound$, KmsNotFound);
	var KmsOptInRequired$ = [
		-3,
		n0,
		_KOIR,
		{
			[_aQE]: [`KMS.OptInRequired`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KmsOptInRequired$, KmsOptInRequired);
	var KmsThrottled$ = [
		-3,
		n0,
		_KT,
		{
			[_aQE]: [`KMS.ThrottlingException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KmsThrottled$, KmsThrottled);
	var MessageNotInflight$ = [
		-3,
		n0,
		_MNI,
		{
			[_aQE]: [`AWS.SimpleQueueService.MessageNotInflight`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[],
		[]
	];
	n0_registry.registerError(MessageNotInflight$, MessageNotInflight);
	var OverLimit$ = [
		-3,
		n0,
		_OL,
		{
			[_aQE]: [`OverLimit`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(OverLimit$, OverLimit);
	var PurgeQueueInProgress$ = [
		-3,
		n0,
		_PQIP,
		{
			[_aQE]: [`AWS.SimpleQueueService.PurgeQueueInProgress`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(PurgeQueueInProgress$, PurgeQueueInProgress);
	var QueueDeletedRecently$ = [
		-3,
		n0,
		_QDR,
		{
			[_aQE]: [`AWS.SimpleQueueService.QueueDeletedRecently`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(QueueDeletedRecently$, QueueDeletedRecently);
	var QueueDoesNotExist$ = [
		-3,
		n0,
		_QDNE,
		{
			[_aQE]: [`AWS.SimpleQueueService.NonExistentQueue`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(QueueDoesNotExist$, QueueDoesNotExist);
	var QueueNameExists$ = [
		-3,
		n0,
		_QNE,
		{
			[_aQE]: [`QueueAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(QueueNameExists$, QueueNameExists);
	var ReceiptHandleIsInvalid$ = [
		-3,
		n0,
		_RHII,
		{
			[_aQE]: [`ReceiptHandleIsInvalid`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ReceiptHandleIsInvalid$, ReceiptHandleIsInvalid);
	var RequestThrottled$ = [
		-3,
		n0,
		_RT,
		{
			[_aQE]: [`RequestThrottled`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(RequestThrottled$, RequestThrottled);
	var ResourceNotFoundException$ = [
		-3,
		n0,
		_RNFE,
		{
			[_aQE]: [`ResourceNotFoundException`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
	var TooManyEntriesInBatchRequest$ = [
		-3,
		n0,
		_TMEIBR,
		{
			[_aQE]: [`AWS.SimpleQueueService.TooManyEntriesInBatchRequest`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TooManyEntriesInBatchRequest$, TooManyEntriesInBatchRequest);
	var UnsupportedOperation$ = [
		-3,
		n0,
		_UO,
		{
			[_aQE]: [`AWS.SimpleQueueService.UnsupportedOperation`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(UnsupportedOperation$, UnsupportedOperation);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var AddPermissionRequest$ = [
		3,
		n0,
		_APR,
		0,
		[
			_QU,
			_L,
			_AWSAI,
			_A
		],
		[
			0,
			0,
			[64, {
				[_xF]: 1,
				[_xN]: _AWSAIc
			}],
			[64, {
				[_xF]: 1,
				[_xN]: _AN
			}]
		],
		4
	];
	var BatchResultErrorEntry$ = [
		3,
		n0,
		_BREE,
		0,
		[
			_I,
			_SF,
			_C,
			_M
		],
		[
			0,
			2,
			0,
			0
		],
		3
	];
	var CancelMessageMoveTaskRequest$ = [
		3,
		n0,
		_CMMTR,
		0,
		[_TH],
		[0],
		1
	];
	var CancelMessageMoveTaskResult$ = [
		3,
		n0,
		_CMMTRa,
		0,
		[_ANOMM],
		[1]
	];
	var ChangeMessageVisibilityBatchRequest$ = [
		3,
		n0,
		_CMVBR,
		0,
		[_QU, _E],
		[0, [() => ChangeMessageVisibilityBatchRequestEntryList, {
			[_xF]: 1,
			[_xN]: _CMVBRE
		}]],
		2
	];
	var ChangeMessageVisibilityBatchRequestEntry$ = [
		3,
		n0,
		_CMVBRE,
		0,
		[
			_I,
			_RH,
			_VT
		],
		[
			0,
			0,
			1
		],
		2
	];
	var ChangeMessageVisibilityBatchResult$ = [
		3,
		n0,
		_CMVBRh,
		0,
		[_S, _F],
		[[() => ChangeMessageVisibilityBatchResultEntryList, {
			[_xF]: 1,
			[_xN]: _CMVBREh
		}], [() => BatchResultErrorEntryList, {
			[_xF]: 1,
			[_xN]: _BREE
		}]],
		2
	];
	var ChangeMessageVisibilityBatchResultEntry$ = [
		3,
		n0,
		_CMVBREh,
		0,
		[_I],
		[0],
		1
	];
	var ChangeMessageVisibilityRequest$ = [
		3,
		n0,
		_CMVR,
		0,
		[
			_QU,
			_RH,
			_VT
		],
		[
			0,
			0,
			1
		],
		3
	];
	var CreateQueueRequest$ = [
		3,
		n0,
		_CQR,
		0,
		[
			_QN,
			_At,
			_t
		],
		[
			0,
			[() => QueueAttributeMap, {
				[_xF]: 1,
				[_xN]: _Att
			}],
			[() => TagMap, {
				[_xF]: 1,
				[_xN]: _T
			}]
		],
		1
	];
	var CreateQueueResult$ = [
		3,
		n0,
		_CQRr,
		0,
		[_QU],
		[0]
	];
	var DeleteMessageBatchRequest$ = [
		3,
		n0,
		_DMBR,
		0,
		[_QU, _E],
		[0, [() => DeleteMessageBatchRequestEntryList, {
			[_xF]: 1,
			[_xN]: _DMBRE
		}]],
		2
	];
	var DeleteMessageBatchRequestEntry$ = [
		3,
		n0,
		_DMBRE,
		0,
		[_I, _RH],
		[0, 0],
		2
	];
	var DeleteMessageBatchResult$ = [
		3,
		n0,
		_DMBRe,
		0,
		[_S, _F],
		[[() => DeleteMessageBatchResultEntryList, {
			[_xF]: 1,
			[_xN]: _DMBREe
		}], [() => BatchResultErrorEntryList, {
			[_xF]: 1,
			[_xN]: _BREE
		}]],
		2
	];
	var DeleteMessageBatchResultEntry$ = [
		3,
		n0,
		_DMBREe,
		0,
		[_I],
		[0],
		1
	];
	var DeleteMessageRequest$ = [
		3,
		n0,
		_DMR,
		0,
		[_QU, _RH],
		[0, 0],
		2
	];
	var DeleteQueueRequest$ = [
		3,
		n0,
		_DQR,
		0,
		[_QU],
		[0],
		1
	];
	var GetQueueAttributesRequest$ = [
		3,
		n0,
		_GQAR,
		0,
		[_QU, _ANt],
		[0, [64, {
			[_xF]: 1,
			[_xN]: _ANtt
		}]],
		1
	];
	var GetQueueAttributesResult$ = [
		3,
		n0,
		_GQARe,
		0,
		[_At],
		[[() => QueueAttributeMap, {
			[_xF]: 1,
			[_xN]: _Att
		}]]
	];
	var GetQueueUrlRequest$ = [
		3,
		n0,
		_GQUR,
		0,
		[_QN, _QOAWSAI],
		[0, 0],
		1
	];
	var GetQueueUrlResult$ = [
		3,
		n0,
		_GQURe,
		0,
		[_QU],
		[0]
	];
	var ListDeadLetterSourceQueuesRequest$ = [
		3,
		n0,
		_LDLSQR,
		0,
		[
			_QU,
			_NT,
			_MR
		],
		[
			0,
			0,
			1
		],
		1
	];
	var ListDeadLetterSourceQueuesResult$ = [
		3,
		n0,
		_LDLSQRi,
		0,
		[_qU, _NT],
		[[64, {
			[_xF]: 1,
			[_xN]: _QU
		}], 0],
		1
	];
	var ListMessageMoveTasksRequest$ = [
		3,
		n0,
		_LMMTR,
		0,
		[_SA, _MR],
		[0, 1],
		1
	];
	var ListMessageMoveTasksResult$ = [
		3,
		n0,
		_LMMTRi,
		{ [_xN]: _LMMTRi },
		[_R],
		[[() => ListMessageMoveTasksResultEntryList, {
			[_xF]: 1,
			[_xN]: _LMMTRE
		}]]
	];
	var ListMessageMoveTasksResultEntry$ = [
		3,
		n0,
		_LMMTRE,
		0,
		[
			_TH,
			_St,
			_SA,
			_DA,
			_MNOMPS,
			_ANOMM,
			_ANOMTM,
			_FR,
			_ST
		],
		[
			0,
			0,
			0,
			0,
			1,
			1,
			1,
			0,
			1
		]
	];
	var ListQueuesRequest$ = [
		3,
		n0,
		_LQR,
		0,
		[
			_QNP,
			_NT,
			_MR
		],
		[
			0,
			0,
			1
		]
	];
	var ListQueuesResult$ = [
		3,
		n0,
		_LQRi,
		0,
		[_QUu, _NT],
		[[64, {
			[_xF]: 1,
			[_xN]: _QU
		}], 0]
	];
	var ListQueueTagsRequest$ = [
		3,
		n0,
		_LQTR,
		0,
		[_QU],
		[0],
		1
	];
	var ListQueueTagsResult$ = [
		3,
		n0,
		_LQTRi,
		0,
		[_Ta],
		[[() => TagMap, {
			[_xF]: 1,
			[_xN]: _T
		}]]
	];
	var Message$ = [
		3,
		n0,
		_M,
		0,
		[
			_MI,
			_RH,
			_MDOB,
			_B,
			_At,
			_MDOMA,
			_MA
		],
		[
			0,
			0,
			0,
			0,
			[() => MessageSystemAttributeMap, {
				[_xF]: 1,
				[_xN]: _Att
			}],
			0,
			[() => MessageBodyAttributeMap, {
				[_xF]: 1,
				[_xN]: _MAe
			}]
		]
	];
	var MessageAttributeValue$ = [
		3,
		n0,
		_MAV,
		0,
		[
			_DT,
			_SV,
			_BV,
			_SLV,
			_BLV
		],
		[
			0,
			0,
			21,
			[() => StringList, {
				[_xF]: 1,
				[_xN]: _SLVt
			}],
			[() => BinaryList, {
				[_xF]: 1,
				[_xN]: _BLVi
			}]
		],
		1
	];
	var MessageSystemAttributeValue$ = [
		3,
		n0,
		_MSAV,
		0,
		[
			_DT,
			_SV,
			_BV,
			_SLV,
			_BLV
		],
		[
			0,
			0,
			21,
			[() => StringList, {
				[_xF]: 1,
				[_xN]: _SLVt
			}],
			[() => BinaryList, {
				[_xF]: 1,
				[_xN]: _BLVi
			}]
		],
		1
	];
	var PurgeQueueRequest$ = [
		3,
		n0,
		_PQR,
		0,
		[_QU],
		[0],
		1
	];
	var ReceiveMessageRequest$ = [
		3,
		n0,
		_RMR,
		0,
		[
			_QU,
			_ANt,
			_MSAN,
			_MAN,
			_MNOM,
			_VT,
			_WTS,
			_RRAI
		],
		[
			0,
			[64, {
				[_xF]: 1,
				[_xN]: _ANtt
			}],
			[64, {
				[_xF]: 1,
				[_xN]: _ANtt
			}],
			[64, {
				[_xF]: 1,
				[_xN]: _MANe
			}],
			1,
			1,
			1,
			0
		],
		1
	];
	var ReceiveMessageResult$ = [
		3,
		n0,
		_RMRe,
		0,
		[_Me],
		[[() => MessageList, {
			[_xF]: 1,
			[_xN]: _M
		}]]
	];
	var RemovePermissionRequest$ = [
		3,
		n0,
		_RPR,
		0,
		[_QU, _L],
		[0, 0],
		2
	];
	var SendMessageBatchRequest$ = [
		3,
		n0,
		_SMBR,
		0,
		[_QU, _E],
		[0, [() => SendMessageBatchRequestEntryList, {
			[_xF]: 1,
			[_xN]: _SMBRE
		}]],
		2
	];
	var SendMessageBatchRequestEntry$ = [
		3,
		n0,
		_SMBRE,
		0,
		[
			_I,
			_MB,
			_DS,
			_MA,
			_MSA,
			_MDI,
			_MGI
		],
		[
			0,
			0,
			1,
			[() => MessageBodyAttributeMap, {
				[_xF]: 1,
				[_xN]: _MAe
			}],
			[() => MessageBodySystemAttributeMap, {
				[_xF]: 1,
				[_xN]: _MSAe
			}],
			0,
			0
		],
		2
	];
	var SendMessageBatchResult$ = [
		3,
		n0,
		_SMBRe,
		0,
		[_S, _F],
		[[() => SendMessageBatchResultEntryList, {
			[_xF]: 1,
			[_xN]: _SMBREe
		}], [() => BatchResultErrorEntryList, {
			[_xF]: 1,
			[_xN]: _BREE
		}]],
		2
	];
	var SendMessageBatchResultEntry$ = [
		3,
		n0,
		_SMBREe,
		0,
		[
			_I,
			_MI,
			_MDOMB,
			_MDOMA,
			_MDOMSA,
			_SN
		],
		[
			0,
			0,
			0,
			0,
			0,
			0
		],
		3
	];
	var SendMessageRequest$ = [
		3,
		n0,
		_SMR,
		0,
		[
			_QU,
			_MB,
			_DS,
			_MA,
			_MSA,
			_MDI,
			_MGI
		],
		[
			0,
			0,
			1,
			[() => MessageBodyAttributeMap, {
				[_xF]: 1,
				[_xN]: _MAe
			}],
			[() => MessageBodySystemAttributeMap, {
				[_xF]: 1,
				[_xN]: _MSAe
			}],
			0,
			0
		],
		2
	];
	var SendMessageResult$ = [
		3,
		n0,
		_SMRe,
		0,
		[
			_MDOMB,
			_MDOMA,
			_MDOMSA,
			_MI,
			_SN
		],
		[
			0,
			0,
			0,
			0,
			0
		]
	];
	var SetQueueAttributesRequest$ = [
		3,
		n0,
		_SQAR,
		0,
		[_QU, _At],
		[0, [() => QueueAttributeMap, {
			[_xF]: 1,
			[_xN]: _Att
		}]],
		2
	];
	var StartMessageMoveTaskRequest$ = [
		3,
		n0,
		_SMMTR,
		0,
		[
			_SA,
			_DA,
			_MNOMPS
		],
		[
			0,
			0,
			1
		],
		1
	];
	var StartMessageMoveTaskResult$ = [
		3,
		n0,
		_SMMTRt,
		0,
		[_TH],
		[0]
	];
	var TagQueueRequest$ = [
		3,
		n0,
		_TQR,
		0,
		[_QU, _Ta],
		[0, [() => TagMap, {
			[_xF]: 1,
			[_xN]: _T
		}]],
		2
	];
	var UntagQueueRequest$ = [
		3,
		n0,
		_UQR,
		0,
		[_QU, _TK],
		[0, [64, {
			[_xF]: 1,
			[_xN]: _TKa
		}]],
		2
	];
	var __Unit = "unit";
	var BatchResultErrorEntryList = [
		1,
		n0,
		_BREEL,
		0,
		() => BatchResultErrorEntry$
	];
	var BinaryList = [
		1,
		n0,
		_BL,
		0,
		[21, { [_xN]: _BLVi }]
	];
	var ChangeMessageVisibilityBatchRequestEntryList = [
		1,
		n0,
		_CMVBREL,
		0,
		() => ChangeMessageVisibilityBatchRequestEntry$
	];
	var ChangeMessageVisibilityBatchResultEntryList = [
		1,
		n0,
		_CMVBRELh,
		0,
		() => ChangeMessageVisibilityBatchResultEntry$
	];
	var DeleteMessageBatchRequestEntryList = [
		1,
		n0,
		_DMBREL,
		0,
		() => DeleteMessageBatchRequestEntry$
	];
	var DeleteMessageBatchResultEntryList = [
		1,
		n0,
		_DMBRELe,
		0,
		() => DeleteMessageBatchResultEntry$
	];
	var ListMessageMoveTasksResultEntryList = [
		1,
		n0,
		_LMMTREL,
		0,
		() => ListMessageMoveTasksResultEntry$
	];
	var MessageList = [
		1,
		n0,
		_ML,
		0,
		[() => Message$, 0]
	];
	var SendMessageBatchRequestEntryList = [
		1,
		n0,
		_SMBREL,
		0,
		[() => SendMessageBatchRequestEntry$, 0]
	];
	var SendMessageBatchResultEntryList = [
		1,
		n0,
		_SMBRELe,
		0,
		() => SendMessageBatchResultEntry$
	];
	var StringList = [
		1,
		n0,
		_SL,
		0,
		[0, { [_xN]: _SLVt }]
	];
	var MessageBodyAttributeMap = [
		2,
		n0,
		_MBAM,
		0,
		[0, { [_xN]: _N }],
		[() => MessageAttributeValue$, { [_xN]: _V }]
	];
	var MessageBodySystemAttributeMap = [
		2,
		n0,
		_MBSAM,
		0,
		[0, { [_xN]: _N }],
		[() => MessageSystemAttributeValue$, { [_xN]: _V }]
	];
	var MessageSystemAttributeMap = [
		2,
		n0,
		_MSAM,
		0,
		[0, { [_xN]: _N }],
		[0, { [_xN]: _V }]
	];
	var QueueAttributeMap = [
		2,
		n0,
		_QAM,
		0,
		[0, { [_xN]: _N }],
		[0, { [_xN]: _V }]
	];
	var TagMap = [
		2,
		n0,
		_TM,
		0,
		[0, { [_xN]: _K }],
		[0, { [_xN]: _V }]
	];
	var AddPermission$ = [
		9,
		n0,
		_AP,
		0,
		() => AddPermissionRequest$,
		() => __Unit
	];
	var CancelMessageMoveTask$ = [
		9,
		n0,
		_CMMT,
		0,
		() => CancelMessageMoveTaskRequest$,
		() => CancelMessageMoveTaskResult$
	];
	var ChangeMessageVisibility$ = [
		9,
		n0,
		_CMV,
		0,
		() => ChangeMessageVisibilityRequest$,
		() => __Unit
	];
	var ChangeMessageVisibilityBatch$ = [
		9,
		n0,
		_CMVB,
		0,
		() => ChangeMessageVisibilityBatchRequest$,
		() => ChangeMessageVisibilityBatchResult$
	];
	var CreateQueue$ = [
		9,
		n0,
		_CQ,
		0,
		() => CreateQueueRequest$,
		() => CreateQueueResult$
	];
	var DeleteMessage$ = [
		9,
		n0,
		_DM,
		0,
		() => DeleteMessageRequest$,
		() => __Unit
	];
	var DeleteMessageBatch$ = [
		9,
		n0,
		_DMB,
		0,
		() => DeleteMessageBatchRequest$,
		() => DeleteMessageBatchResult$
	];
	var DeleteQueue$ = [
		9,
		n0,
		_DQ,
		0,
		() => DeleteQueueRequest$,
		() => __Unit
	];
	var GetQueueAttributes$ = [
		9,
		n0,
		_GQA,
		0,
		() => GetQueueAttributesRequest$,
		() => GetQueueAttributesResult$
	];
	var GetQueueUrl$ = [
		9,
		n0,
		_GQU,
		0,
		() => GetQueueUrlRequest$,
		() => GetQueueUrlResult$
	];
	var ListDeadLetterSourceQueues$ = [
		9,
		n0,
		_LDLSQ,
		0,
		() => ListDeadLetterSourceQueuesRequest$,
		() => ListDeadLetterSourceQueuesResult$
	];
	var ListMessageMoveTasks$ = [
		9,
		n0,
		_LMMT,
		0,
		() => ListMessageMoveTasksRequest$,
		() => ListMessageMoveTasksResult$
	];
	var ListQueues$ = [
		9,
		n0,
		_LQ,
		0,
		() => ListQueuesRequest$,
		() => ListQueuesResult$
	];
	var ListQueueTags$ = [
		9,
		n0,
		_LQT,
		0,
		() => ListQueueTagsRequest$,
		() => ListQueueTagsResult$
	];
	var PurgeQueue$ = [
		9,
		n0,
		_PQ,
		0,
		() => PurgeQueueRequest$,
		() => __Unit
	];
	var ReceiveMessage$ = [
		9,
		n0,
		_RM,
		0,
		() => ReceiveMessageRequest$,
		() => ReceiveMessageResult$
	];
	var RemovePermission$ = [
		9,
		n0,
		_RP,
		0,
		() => RemovePermissionRequest$,
		() => __Unit
	];
	var SendMessage$ = [
		9,
		n0,
		_SM,
		0,
		() => SendMessageRequest$,
		() => SendMessageResult$
	];
	var SendMessageBatch$ = [
		9,
		n0,
		_SMB,
		0,
		() => SendMessageBatchRequest$,
		() => SendMessageBatchResult$
	];
	var SetQueueAttributes$ = [
		9,
		n0,
		_SQA,
		0,
		() => SetQueueAttributesRequest$,
		() => __Unit
	];
	var StartMessageMoveTask$ = [
		9,
		n0,
		_SMMT,
		0,
		() => StartMessageMoveTaskRequest$,
		() => StartMessageMoveTaskResult$
	];
	var TagQueue$ = [
		9,
		n0,
		_TQ,
		0,
		() => TagQueueRequest$,
		() => __Unit
	];
	var UntagQueue$ = [
		9,
		n0,
		_UQ,
		0,
		() => UntagQueueRequest$,
		() => __Unit
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2012-11-05",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSQSHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			md5: config?.md5 ?? Md5,
			protocol: config?.protocol ?? AwsJson1_0Protocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.sqs",
				errorTypeRegistries,
				version: "2012-11-05",
				serviceTarget: "AmazonSQS",
				awsQueryCompatible: true
			},
			serviceId: config?.serviceId ?? "SQS",
			sha256: config?.sha256 ?? Sha256,
			urlParser: config?.urlParser ?? parseUrl,
			utf8Decoder: config?.utf8Decoder ?? fromUtf8,
			utf8Encoder: config?.utf8Encoder ?? toUtf8
		};
	};
	const getRuntimeConfig = (config) => {
		emitWarningIfUnsupportedVersion(process.version);
		const defaultsMode = resolveDefaultsModeConfig(config);
		const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
		const clientSharedValues = getRuntimeConfig$1(config);
		emitWarningIfUnsupportedVersion$1(process.version);
		const loaderConfig = {
			profile: config?.profile,
			logger: clientSharedValues.logger
		};
		return {
			...clientSharedValues,
			...config,
			runtime: "node",
			defaultsMode,
			authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
			bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
			credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
			defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
			defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({
				serviceId: clientSharedValues.serviceId,
				clientVersion: packageInfo.version
			}),
			maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
			region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, {
				...NODE_REGION_CONFIG_FILE_OPTIONS,
				...loaderConfig
			}),
			requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
			retryMode: config?.retryMode ?? loadConfig({
				...NODE_RETRY_MODE_CONFIG_OPTIONS,
				default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
			}, config),
			streamCollector: config?.streamCollector ?? streamCollector,
			useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
			useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
			userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
		};
	};
	const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
		const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
		let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
		let _credentials = runtimeConfig.credentials;
		return {
			setHttpAuthScheme(httpAuthScheme) {
				const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
				if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
				else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
			},
			httpAuthSchemes() {
				return _httpAuthSchemes;
			},
			setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
				_httpAuthSchemeProvider = httpAuthSchemeProvider;
			},
			httpAuthSchemeProvider() {
				return _httpAuthSchemeProvider;
			},
			setCredentials(credentials) {
				_credentials = credentials;
			},
			credentials() {
				return _credentials;
			}
		};
	};
	const resolveHttpAuthRuntimeConfig = (config) => {
		return {
			httpAuthSchemes: config.httpAuthSchemes(),
			httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
			credentials: config.credentials()
		};
	};
	const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
		const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
		extensions.forEach((extension) => extension.configure(extensionConfiguration));
		return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
	};
	var SQSClient = class extends Client {
		config;
		constructor(...[configuration]) {
			const _config_0 = getRuntimeConfig(configuration || {});
			super(_config_0);
			this.initConfig = _config_0;
			const _config_1 = resolveClientEndpointParameters(_config_0);
			const _config_2 = resolveUserAgentConfig(_config_1);
			const _config_3 = resolveRetryConfig(_config_2);
			const _config_4 = resolveRegionConfig(_config_3);
			const _config_5 = resolveHostHeaderConfig(_config_4);
			const _config_6 = resolveEndpointConfig(_config_5);
			const _config_7 = resolveQueueUrlConfig(_config_6);
			const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
			const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
			this.config = _config_9;
			this.middlewareStack.use(getSchemaSerdePlugin(this.config));
			this.middlewareStack.use(getUserAgentPlugin(this.config));
			this.middlewareStack.use(getRetryPlugin(this.config));
			this.middlewareStack.use(getContentLengthPlugin(this.config));
			this.middlewareStack.use(getHostHeaderPlugin(this.config));
			this.middlewareStack.use(getLoggerPlugin(this.config));
			this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
			this.middlewareStack.use(getQueueUrlPlugin(this.config));
			this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
				httpAuthSchemeParametersProvider: defaultSQSHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "AmazonSQS", "SQSClient", getEndpointPlugin);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	const _mw1 = (Command, cs, config, o) => [getReceiveMessagePlugin(config), getLongPollPlugin(config)];
	const _mw2 = (Command, cs, config, o) => [getSendMessageBatchPlugin(config)];
	const _mw3 = (Command, cs, config, o) => [getSendMessagePlugin(config)];
	var AddPermissionCommand = class extends command(_ep0, _mw0, "AddPermission", AddPermission$) {};
	var CancelMessageMoveTaskCommand = class extends command(_ep0, _mw0, "CancelMessageMoveTask", CancelMessageMoveTask$) {};
	var ChangeMessageVisibilityBatchCommand = class extends command(_ep0, _mw0, "ChangeMessageVisibilityBatch", ChangeMessageVisibilityBatch$) {};
	var ChangeMessageVisibilityCommand = class extends command(_ep0, _mw0, "ChangeMessageVisibility", ChangeMessageVisibility$) {};
	var CreateQueueCommand = class extends command(_ep0, _mw0, "CreateQueue", CreateQueue$) {};
	var DeleteMessageBatchCommand = class extends command(_ep0, _mw0, "DeleteMessageBatch", DeleteMessageBatch$) {};
	var DeleteMessageCommand = class extends command(_ep0, _mw0, "DeleteMessage", DeleteMessage$) {};
	var DeleteQueueCommand = class extends command(_ep0, _mw0, "DeleteQueue", DeleteQueue$) {};
	var GetQueueAttributesCommand = class extends command(_ep0, _mw0, "GetQueueAttributes", GetQueueAttributes$) {};
	var GetQueueUrlCommand = class extends command(_ep0, _mw0, "GetQueueUrl", GetQueueUrl$) {};
	var ListDeadLetterSourceQueuesCommand = class extends command(_ep0, _mw0, "ListDeadLetterSourceQueues", ListDeadLetterSourceQueues$) {};
	var ListMessageMoveTasksCommand = class extends command(_ep0, _mw0, "ListMessageMoveTasks", ListMessageMoveTasks$) {};
	var ListQueuesCommand = class extends command(_ep0, _mw0, "ListQueues", ListQueues$) {};
	var ListQueueTagsCommand = class extends command(_ep0, _mw0, "ListQueueTags", ListQueueTags$) {};
	var PurgeQueueCommand = class extends command(_ep0, _mw0, "PurgeQueue", PurgeQueue$) {};
	var ReceiveMessageCommand = class extends command(_ep0, _mw1, "ReceiveMessage", ReceiveMessage$) {};
	var RemovePermissionCommand = class extends command(_ep0, _mw0, "RemovePermission", RemovePermission$) {};
	var SendMessageBatchCommand = class extends command(_ep0, _mw2, "SendMessageBatch", SendMessageBatch$) {};
	var SendMessageCommand = class extends command(_ep0, _mw3, "SendMessage", SendMessage$) {};
	var SetQueueAttributesCommand = class extends command(_ep0, _mw0, "SetQueueAttributes", SetQueueAttributes$) {};
	var StartMessageMoveTaskCommand = class extends command(_ep0, _mw0, "StartMessageMoveTask", StartMessageMoveTask$) {};
	var TagQueueCommand = class extends command(_ep0, _mw0, "TagQueue", TagQueue$) {};
	var UntagQueueCommand = class extends command(_ep0, _mw0, "UntagQueue", UntagQueue$) {};
	const paginateListDeadLetterSourceQueues = createPaginator(SQSClient, ListDeadLetterSourceQueuesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListQueues = createPaginator(SQSClient, ListQueuesCommand, "NextToken", "NextToken", "MaxResults");
	const commands = {
		AddPermissionCommand,
		CancelMessageMoveTaskCommand,
		ChangeMessageVisibilityCommand,
		ChangeMessageVisibilityBatchCommand,
		CreateQueueCommand,
		DeleteMessageCommand,
		DeleteMessageBatchCommand,
		DeleteQueueCommand,
		GetQueueAttributesCommand,
		GetQueueUrlCommand,
		ListDeadLetterSourceQueuesCommand,
		ListMessageMoveTasksCommand,
		ListQueuesCommand,
		ListQueueTagsCommand,
		PurgeQueueCommand,
		ReceiveMessageCommand,
		RemovePermissionCommand,
		SendMessageCommand,
		SendMessageBatchCommand,
		SetQueueAttributesCommand,
		StartMessageMoveTaskCommand,
		TagQueueCommand,
		UntagQueueCommand
	};
	const paginators = {
		paginateListDeadLetterSourceQueues,
		paginateListQueues
	};
	var SQS = class extends SQSClient {};
	createAggregatedClient(commands, SQS, { paginators });
	exports.ChangeMessageVisibilityBatchCommand = ChangeMessageVisibilityBatchCommand;
	exports.CreateQueueCommand = CreateQueueCommand;
	exports.DeleteMessageBatchCommand = DeleteMessageBatchCommand;
	exports.DeleteQueueCommand = DeleteQueueCommand;
	exports.GetQueueAttributesCommand = GetQueueAttributesCommand;
	exports.GetQueueUrlCommand = GetQueueUrlCommand;
	exports.ListQueueTagsCommand = ListQueueTagsCommand;
	exports.ListQueuesCommand = ListQueuesCommand;
	exports.PurgeQueueCommand = PurgeQueueCommand;
	exports.ReceiveMessageCommand = ReceiveMessageCommand;
	exports.SQSClient = SQSClient;
	exports.SendMessageBatchCommand = SendMessageBatchCommand;
	exports.SetQueueAttributesCommand = SetQueueAttributesCommand;
	exports.TagQueueCommand = TagQueueCommand;
	exports.UntagQueueCommand = UntagQueueCommand;
	exports.paginateListQueues = paginateListQueues;
})))(), 1);
function storedAttributes(attributes) {
	if (!attributes) return void 0;
	const stored = Object.entries(attributes).map(([name, a]) => [name, a.BinaryValue !== void 0 ? {
		DataType: a.DataType,
		BinaryValue: Buffer.from(a.BinaryValue).toString("base64")
	} : {
		DataType: a.DataType,
		StringValue: a.StringValue
	}]);
	return sortedRecord(Object.fromEntries(stored));
}
/** A received message of `queue` as the pod holds it: body, attributes, and the system attributes a send can set. */
function messageData(queue, m) {
	return {
		queue,
		body: m.Body ?? "",
		attributes: storedAttributes(m.MessageAttributes),
		groupId: m.Attributes?.MessageGroupId,
		deduplicationId: m.Attributes?.MessageDeduplicationId,
		traceHeader: m.Attributes?.AWSTraceHeader
	};
}
/** The SendMessageBatch entry that puts a message of the pod back. */
function messageEntry(m) {
	return {
		MessageBody: m.body,
		MessageAttributes: m.attributes ? Object.fromEntries(Object.entries(m.attributes).map(([name, a]) => [name, a.BinaryValue !== void 0 ? {
			DataType: a.DataType,
			BinaryValue: Buffer.from(a.BinaryValue, "base64")
		} : {
			DataType: a.DataType,
			StringValue: a.StringValue
		}])) : void 0,
		MessageGroupId: m.groupId,
		MessageDeduplicationId: m.deduplicationId,
		MessageSystemAttributes: m.traceHeader ? { AWSTraceHeader: {
			DataType: "String",
			StringValue: m.traceHeader
		} } : void 0
	};
}
/** What an entry counts towards a batch's size limit: its body and its attributes' names, types and values. */
function entrySize(entry) {
	let size = Buffer.byteLength(entry.MessageBody ?? "");
	for (const [name, a] of Object.entries(entry.MessageAttributes ?? {})) {
		size += Buffer.byteLength(name) + Buffer.byteLength(a.DataType ?? "");
		size += a.BinaryValue ? a.BinaryValue.length : Buffer.byteLength(a.StringValue ?? "");
	}
	return size;
}
// src/engine/state/portable/sqs/records.ts
/** The records SQS state is saved as: queues, each followed by its messages in queue order. */
/** Queues, by name. */
const QUEUE = recordKind("queue");
/** Messages, by queue and place in it (see `messageId`). */
const MESSAGE = recordKind("message");
/** The id of the `index`th message (from 1) of a queue: padded, so ids sort in queue order. */
function messageId(queue, index) {
	return `${queue}/${String(index).padStart(8, "0")}`;
}
// src/engine/state/portable/sqs/peek.ts
/**
* Every message of the queue `name` at `url`, in flight and delayed included, in the queue's order.
* A queue URL of AWS's shape names no region: LocalStack takes the region, and the account, from
* the request's credential scope, as it does for a signed call (it checks no signature).
*/
async function* peekMessages(endpoint, config, region, name, url) {
	const scope = `${config.credentials.accessKeyId}/20240101/${region}/sqs/aws4_request`;
	const listing = `${endpoint}/_aws/sqs/messages`;
	const response = await timedFetch(`${listing}?ShowInvisible=true&ShowDelayed=true`, {
		method: "POST",
		headers: {
			"content-type": "application/x-amz-json-1.0",
			"x-amz-target": "AmazonSQS.ReceiveMessage",
			authorization: `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host, Signature=0`
		},
		body: JSON.stringify({
			QueueUrl: url,
			MessageAttributeNames: ["All"],
			MessageSystemAttributeNames: ["All"]
		})
	}, config.requestHandler.timeoutMs, `${listing} (the messages of queue ${name})`);
	if (!response.ok) throw new Error(`LocalStack's message listing of queue ${name} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
	const listed = (await response.json()).Messages ?? [];
	let index = 0;
	for (const m of listed) {
		const attributes = Object.entries(m.MessageAttributes ?? {}).map(([key, a]) => [key, a.BinaryValue !== void 0 ? {
			...a,
			BinaryValue: Buffer.from(a.BinaryValue, "base64")
		} : {
			...a,
			BinaryValue: void 0
		}]);
		index += 1;
		yield MESSAGE.record(region, messageId(name, index), messageData(name, {
			...m,
			MessageAttributes: Object.fromEntries(attributes)
		}));
	}
	return index;
}
// src/engine/state/portable/sqs/receive.ts
/**
* Reading a queue's messages at capture without taking them from their consumers: each is hidden
* only while the queue is read, then visible again.
*/
/**
* How long a captured message stays hidden past the last renewal: a save that dies (kill -9)
* releases its messages this soon. While the capture runs, renewals every HEARTBEAT_MS keep
* them hidden, so none reappears (and is counted twice) however long the queue takes to read.
*/
const CAPTURE_VISIBILITY_SECONDS = 30;
const HEARTBEAT_MS = 1e4;
/** Sets the visibility of every message received so far to `seconds`. */
async function setVisibility(sqs, url, handles, seconds) {
	const entries = [...handles.values()].map((ReceiptHandle, i) => ({
		Id: String(i),
		ReceiptHandle,
		VisibilityTimeout: seconds
	}));
	await forEachLimit(chunks(entries, 10), 8, async (Entries) => {
		await sqs.send(new import_dist_cjs.ChangeMessageVisibilityBatchCommand({
			QueueUrl: url,
			Entries
		}));
	});
}
/**
* Reads every receivable message of the queue `name` at `url` in queue order, keeping each
* hidden (renewed on a heartbeat) until the queue is read so that the next receive returns new
* ones, then visible again;
* returns how many it read. Messages in flight elsewhere or delayed cannot be received, and a
* FIFO queue hands out no more of a group while some are hidden.
*/
async function* captureMessages(sqs, region, name, url) {
	const handles = /* @__PURE__ */ new Map();
	let index = 0;
	const heartbeat = setInterval(() => void setVisibility(sqs, url, handles, CAPTURE_VISIBILITY_SECONDS).catch(() => void 0), HEARTBEAT_MS);
	heartbeat.unref();
	try {
		for (;;) {
			const received = await sqs.send(new import_dist_cjs.ReceiveMessageCommand({
				QueueUrl: url,
				MaxNumberOfMessages: 10,
				VisibilityTimeout: CAPTURE_VISIBILITY_SECONDS,
				WaitTimeSeconds: 0,
				MessageAttributeNames: ["All"],
				MessageSystemAttributeNames: [
					"MessageGroupId",
					"MessageDeduplicationId",
					"AWSTraceHeader"
				]
			}));
			const fresh = (received.Messages ?? []).filter((m) => !handles.has(m.MessageId));
			for (const m of received.Messages ?? []) handles.set(m.MessageId, m.ReceiptHandle);
			if (fresh.length === 0) return index;
			for (const m of fresh) {
				index += 1;
				yield MESSAGE.record(region, messageId(name, index), messageData(name, m));
			}
		}
	} finally {
		clearInterval(heartbeat);
		await setVisibility(sqs, url, handles, 0);
	}
}
/** Messages the queue holds, visible or not, as SQS estimates them before a capture. */
async function messageCount(sqs, url) {
	const names = [
		"ApproximateNumberOfMessages",
		"ApproximateNumberOfMessagesNotVisible",
		"ApproximateNumberOfMessagesDelayed"
	];
	const { Attributes = {} } = await sqs.send(new import_dist_cjs.GetQueueAttributesCommand({
		QueueUrl: url,
		AttributeNames: [...names]
	}));
	return names.reduce((sum, name) => sum + Number(Attributes[name] ?? 0), 0);
}
// src/engine/state/portable/sqs/queues.ts
/**
* Queues themselves: listed, read (settable attributes, tags), and created or overwritten at
* restore with the attributes that must wait held back.
*/
/** Queue attributes that can be set; the rest are counters, timestamps and the ARN. */
const SETTABLE_ATTRIBUTES = [
	"ContentBasedDeduplication",
	"DeduplicationScope",
	"DelaySeconds",
	"FifoQueue",
	"FifoThroughputLimit",
	"KmsDataKeyReusePeriodSeconds",
	"KmsMasterKeyId",
	"MaximumMessageSize",
	"MessageRetentionPeriod",
	"Policy",
	"ReceiveMessageWaitTimeSeconds",
	"RedriveAllowPolicy",
	"RedrivePolicy",
	"SqsManagedSseEnabled",
	"VisibilityTimeout"
];
/** The names the SDK and older emulators give a purge that came too soon after the last. */
const PURGE_IN_PROGRESS = ["PurgeQueueInProgress", "AWS.SimpleQueueService.PurgeQueueInProgress"];
function queueName(url) {
	return url.slice(url.lastIndexOf("/") + 1);
}
/** The URLs of a region's queues, sorted by queue name. */
async function queueUrls(sqs) {
	return sortBy(await collect(import_dist_cjs.paginateListQueues({ client: sqs }, { MaxResults: 1e3 }), (page) => page.QueueUrls), queueName);
}
/** A queue's settable attributes and its tags. */
async function captureQueue(sqs, url) {
	const [attributes, tags] = await Promise.all([sqs.send(new import_dist_cjs.GetQueueAttributesCommand({
		QueueUrl: url,
		AttributeNames: ["All"]
	})), sqs.send(new import_dist_cjs.ListQueueTagsCommand({ QueueUrl: url }))]);
	const settable = Object.entries(attributes.Attributes ?? {}).filter(([name, value]) => SETTABLE_ATTRIBUTES.includes(name) && value !== "" && !(name === "FifoQueue" && value !== "true"));
	return {
		name: queueName(url),
		attributes: sortedRecord(Object.fromEntries(settable)) ?? {},
		tags: sortedRecord(tags.Tags)
	};
}
/** Deletes a queue's messages; SQS allows one purge a minute, so a second one drains instead. */
async function emptyQueue(sqs, url) {
	try {
		await sqs.send(new import_dist_cjs.PurgeQueueCommand({ QueueUrl: url }));
		return;
	} catch (error) {
		if (!isNamed(error, PURGE_IN_PROGRESS)) throw error;
	}
	for (;;) {
		const messages = (await sqs.send(new import_dist_cjs.ReceiveMessageCommand({
			QueueUrl: url,
			MaxNumberOfMessages: 10,
			VisibilityTimeout: 60,
			WaitTimeSeconds: 0
		}))).Messages ?? [];
		if (messages.length === 0) return;
		await sqs.send(new import_dist_cjs.DeleteMessageBatchCommand({
			QueueUrl: url,
			Entries: messages.map((m, i) => ({
				Id: String(i),
				ReceiptHandle: m.ReceiptHandle
			}))
		}));
	}
}
/** Brings an existing queue to the pod's attributes and tags, and empties it. */
async function overwriteQueue(sqs, QueueUrl, attributes, tags) {
	const { FifoQueue: _fifo, ...changeable } = attributes;
	await sqs.send(new import_dist_cjs.SetQueueAttributesCommand({
		QueueUrl,
		Attributes: changeable
	}));
	const current = Object.keys((await sqs.send(new import_dist_cjs.ListQueueTagsCommand({ QueueUrl }))).Tags ?? {});
	await replaceTags(current, Object.keys(tags ?? {}), {
		untag: (TagKeys) => sqs.send(new import_dist_cjs.UntagQueueCommand({
			QueueUrl,
			TagKeys
		})),
		tag: () => sqs.send(new import_dist_cjs.TagQueueCommand({
			QueueUrl,
			Tags: tags
		}))
	});
	await emptyQueue(sqs, QueueUrl);
}
/**
* Creates or overwrites a queue, empty, without redrive (its dead-letter queue may come later)
* and without delay.
*/
async function restoreQueue(sqs, queue) {
	const { RedrivePolicy: redrivePolicy, DelaySeconds: delaySeconds, ...attributes } = queue.attributes;
	const delayed = delaySeconds !== void 0 && delaySeconds !== "0";
	if (delaySeconds !== void 0) attributes.DelaySeconds = "0";
	const existing = (await unlessMissing(sqs.send(new import_dist_cjs.GetQueueUrlCommand({ QueueName: queue.name }))))?.QueueUrl;
	if (existing) await overwriteQueue(sqs, existing, attributes, queue.tags);
	return {
		url: existing ?? (await sqs.send(new import_dist_cjs.CreateQueueCommand({
			QueueName: queue.name,
			Attributes: attributes,
			tags: queue.tags
		}))).QueueUrl,
		policy: queue.attributes.Policy,
		delaySeconds: delayed ? delaySeconds : void 0,
		redrivePolicy
	};
}
/** Sets attributes after the creation; moto drops a queue's policy when a call leaves it out. */
async function setLater(sqs, queue, attributes) {
	const Attributes = {
		...attributes,
		...queue.policy ? { Policy: queue.policy } : {}
	};
	await sqs.send(new import_dist_cjs.SetQueueAttributesCommand({
		QueueUrl: queue.url,
		Attributes
	}));
}
// src/engine/state/portable/sqs/send.ts
/** Putting a queue's messages back: batched within SendMessageBatch's limits, each message reported by itself. */
/** What SendMessageBatch takes in one call, summed over the entries (the classic SQS limit). */
const BATCH_BYTES = 262144;
/**
* Sends one batch. Each message is reported as its own entry fares: SQS accepts or refuses the
* entries of a batch one by one.
*/
async function sendBatch(context, sqs, url, batch) {
	try {
		const Entries = batch.map(({ entry }, i) => ({
			...entry,
			Id: String(i)
		}));
		const sent = await sqs.send(new import_dist_cjs.SendMessageBatchCommand({
			QueueUrl: url,
			Entries
		}));
		for (const failed of sent.Failed ?? []) context.fail(batch[Number(failed.Id)].label, /* @__PURE__ */ new Error(`${failed.Code}: ${failed.Message}`));
		for (const ok of sent.Successful ?? []) context.progress(batch[Number(ok.Id)].label);
	} catch (error) {
		for (const { label } of batch) context.fail(label, error);
	}
}
/** The messages of one queue on their way back in, in the pod's order, in batches as full as SQS takes them. */
var MessageBatches = class {
	batches;
	constructor(context, sqs, url) {
		this.batches = new Batches({
			entries: 10,
			bytes: BATCH_BYTES
		}, (batch) => sendBatch(context, sqs, url, batch));
	}
	/** Takes a message in, reported as `label`. */
	add(label, message) {
		const entry = messageEntry(message);
		return this.batches.add({
			label,
			entry
		}, entrySize(entry));
	}
	/** Sends what is left, and waits for it. */
	flush() {
		return this.batches.flush();
	}
};
// src/engine/state/portable/sqs/sqs.ts
const client = clientOf(import_dist_cjs.SQSClient);
const capture = eachRegion(async function* (context, region) {
	const sqs = client(context, region);
	const queues = mapOrdered(await queueUrls(sqs), 8, async (url) => ({
		url,
		data: await captureQueue(sqs, url)
	}));
	for await (const { url, data } of queues) {
		yield QUEUE.record(region, data.name, data);
		const held = await messageCount(sqs, url);
		const captured = context.target.brand === "localstack" ? yield* peekMessages(context.target.endpoint, context.config(region), region, data.name, url) : yield* captureMessages(sqs, region, data.name, url);
		if (captured < held) context.warn(QUEUE.label(data.name), `captured ${captured} of about ${held} messages: the others were in flight with a consumer, delayed, or held back by FIFO grouping`);
	}
});
const regionsWithState = regionsWhere(async (context, region) => ((await client(context, region).send(new import_dist_cjs.ListQueuesCommand({ MaxResults: 1 }))).QueueUrls ?? []).length > 0);
async function clear(context, region) {
	const sqs = client(context, region);
	await forEachLimit(await queueUrls(sqs), 8, async (url) => {
		await sqs.send(new import_dist_cjs.DeleteQueueCommand({ QueueUrl: url }));
	});
}
async function restore(context, region, records) {
	const sqs = client(context, region);
	const setHeldBack = (open, attributes) => reportFailure(context, QUEUE.label(open.name), () => setLater(sqs, open.queue, attributes));
	const redrives = [];
	await restoreContainers(context, records, {
		container: QUEUE,
		content: MESSAGE,
		containerOf: (message) => message.queue,
		restoreContainer: async (data) => {
			const queue = await restoreQueue(sqs, data);
			const open = {
				name: data.name,
				queue,
				messages: new MessageBatches(context, sqs, queue.url)
			};
			if (queue.redrivePolicy) redrives.push([open, queue.redrivePolicy]);
			return open;
		},
		restoreContent: async (message, open, record) => {
			if (open) await open.messages.add(MESSAGE.label(record.id), message);
			else context.fail(MESSAGE.label(record.id), /* @__PURE__ */ new Error(`The pod holds no queue "${message.queue}" before this message.`));
		},
		concurrency: 1,
		finish: async (open) => {
			await open?.messages.flush();
			if (open?.queue.delaySeconds) await setHeldBack(open, { DelaySeconds: open.queue.delaySeconds });
		}
	});
	for (const [open, policy] of redrives) await setHeldBack(open, { RedrivePolicy: policy });
}
/** SQS: standard and FIFO queues (attributes, redrive, policy, tags) and the messages in them, in order. */
const sqs = {
	name: "sqs",
	dependsOn: ["kms"],
	capture,
	regionsWithState,
	clear,
	restore,
	requests: { deliversTo: ["lambda"] }
};
export { sqs };
