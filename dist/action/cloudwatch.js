import { a as __toCommonJS, i as __require, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$3, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$2, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { n as mapOrdered } from "./concurrency.js";
import { f as unlessUnimplemented, h as byGroup, m as clientOf, r as collect } from "./kit.js";
import { a as sortBy, d as on, g as recordKind, m as restoreRecords, n as chunks } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { n as sortedTags, t as replaceTags } from "./tags.js";
// node_modules/@smithy/middleware-compression/dist-cjs/compressStream.js
var require_compressStream = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { createGzip } = __require("node:zlib");
	exports.compressStream = async (body) => body.pipe(createGzip());
}));
// node_modules/@smithy/middleware-compression/dist-cjs/compressString.js
var require_compressString = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { promisify } = __require("node:util");
	const { gzip } = __require("node:zlib");
	const { toUint8Array } = (init_serde(), __toCommonJS(serde_exports));
	const gzipAsync = promisify(gzip);
	exports.compressString = async (body) => {
		try {
			const compressedBuffer = await gzipAsync(toUint8Array(body || ""));
			return toUint8Array(compressedBuffer);
		} catch (err) {
			throw new Error("Failure during compression: " + err.message);
		}
	};
}));
// node_modules/@smithy/middleware-compression/dist-cjs/index.js
var require_dist_cjs$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { booleanSelector, SelectorType, numberSelector } = (init_config(), __toCommonJS(config_exports));
	const { setFeature } = (init_dist_es(), __toCommonJS(dist_es_exports));
	const { HttpRequest } = (init_protocols(), __toCommonJS(protocols_exports));
	const { compressStream } = require_compressStream();
	const { compressString } = require_compressString();
	const { isArrayBuffer } = (init_serde(), __toCommonJS(serde_exports));
	const { normalizeProvider } = (init_client$1(), __toCommonJS(client_exports$1));
	const NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME = "AWS_DISABLE_REQUEST_COMPRESSION";
	const NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME = "disable_request_compression";
	const DEFAULT_DISABLE_REQUEST_COMPRESSION = false;
	const NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS = {
		environmentVariableSelector: (env) => booleanSelector(env, NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME, SelectorType.ENV),
		configFileSelector: (profile) => booleanSelector(profile, NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME, SelectorType.CONFIG),
		default: DEFAULT_DISABLE_REQUEST_COMPRESSION
	};
	const NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME = "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES";
	const NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME = "request_min_compression_size_bytes";
	const DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES = 10240;
	const NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS = {
		environmentVariableSelector: (env) => numberSelector(env, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME, SelectorType.ENV),
		configFileSelector: (profile) => numberSelector(profile, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME, SelectorType.CONFIG),
		default: DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES
	};
	var CompressionAlgorithm;
	(function(CompressionAlgorithm) {
		CompressionAlgorithm["GZIP"] = "gzip";
	})(CompressionAlgorithm || (CompressionAlgorithm = {}));
	const CLIENT_SUPPORTED_ALGORITHMS = [CompressionAlgorithm.GZIP];
	const isStreaming = (body) => body !== void 0 && typeof body !== "string" && !ArrayBuffer.isView(body) && !isArrayBuffer(body);
	const compressionMiddleware = (config, middlewareConfig) => (next, context) => async (args) => {
		if (!HttpRequest.isInstance(args.request)) return next(args);
		if (await config.disableRequestCompression()) return next(args);
		const { request } = args;
		const { body, headers } = request;
		const { encodings, streamRequiresLength } = middlewareConfig;
		let updatedBody = body;
		let updatedHeaders = headers;
		for (const algorithm of encodings) if (CLIENT_SUPPORTED_ALGORITHMS.includes(algorithm)) {
			let isRequestCompressed = false;
			if (isStreaming(body)) {
				if (!streamRequiresLength) {
					updatedBody = await compressStream(body);
					isRequestCompressed = true;
				} else throw new Error("Compression is not supported for streaming blobs that require a length.");
			} else {
				const bodyLength = config.bodyLengthChecker(body);
				const requestMinCompressionSizeBytes = await config.requestMinCompressionSizeBytes();
				if (bodyLength && bodyLength >= requestMinCompressionSizeBytes) {
					updatedBody = await compressString(body);
					isRequestCompressed = true;
				}
			}
			if (isRequestCompressed) {
				if (headers["content-encoding"]) updatedHeaders = {
					...headers,
					"content-encoding": `${headers["content-encoding"]}, ${algorithm}`
				};
				else updatedHeaders = {
					...headers,
					"content-encoding": algorithm
				};
				if (updatedHeaders["content-encoding"].includes("gzip")) setFeature(context, "GZIP_REQUEST_COMPRESSION", "L");
				break;
			}
		}
		return next({
			...args,
			request: {
				...request,
				body: updatedBody,
				headers: updatedHeaders
			}
		});
	};
	const compressionMiddlewareOptions = {
		name: "compressionMiddleware",
		step: "build",
		tags: ["REQUEST_BODY_COMPRESSION", "GZIP"],
		override: true,
		priority: "high"
	};
	const getCompressionPlugin = (config, middlewareConfig) => ({ applyToStack: (clientStack) => {
		clientStack.add(compressionMiddleware(config, middlewareConfig), compressionMiddlewareOptions);
	} });
	const resolveCompressionConfig = (input) => {
		const { disableRequestCompression, requestMinCompressionSizeBytes: _requestMinCompressionSizeBytes } = input;
		return Object.assign(input, {
			disableRequestCompression: normalizeProvider(disableRequestCompression),
			requestMinCompressionSizeBytes: async () => {
				const requestMinCompressionSizeBytes = await normalizeProvider(_requestMinCompressionSizeBytes)();
				if (requestMinCompressionSizeBytes < 0 || requestMinCompressionSizeBytes > 10485760) throw new RangeError(`The value for requestMinCompressionSizeBytes must be between 0 and 10485760 inclusive. The provided value ${requestMinCompressionSizeBytes} is outside this range."`);
				return requestMinCompressionSizeBytes;
			}
		});
	};
	exports.DEFAULT_DISABLE_REQUEST_COMPRESSION = DEFAULT_DISABLE_REQUEST_COMPRESSION;
	exports.DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES = DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES;
	exports.NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS = NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS;
	exports.NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME = NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME;
	exports.NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME = NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME;
	exports.NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS = NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS;
	exports.NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME = NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME;
	exports.NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME = NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME;
	exports.compressionMiddleware = compressionMiddleware;
	exports.compressionMiddlewareOptions = compressionMiddlewareOptions;
	exports.getCompressionPlugin = getCompressionPlugin;
	exports.resolveCompressionConfig = resolveCompressionConfig;
}));
// src/engine/state/portable/cloudwatch/alarms.ts
var import_dist_cjs = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports) => {
	const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client(), __toCommonJS(client_exports));
	const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
	const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client$1(), __toCommonJS(client_exports$1));
	const { Command: $Command } = (init_client$1(), __toCommonJS(client_exports$1));
	const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
	const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
	const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
	const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
	const { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
	const { NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS, NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS, resolveCompressionConfig, getCompressionPlugin } = require_dist_cjs$1();
	const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
	const { defaultProvider } = require_dist_cjs$2();
	const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
	const { streamCollector, NodeHttpHandler } = require_dist_cjs$3();
	const { AwsJson1_0Protocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const defaultCloudWatchHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "monitoring",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultCloudWatchHttpAuthSchemeProvider = (authParameters) => {
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
			defaultSigningName: "monitoring"
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
	var packageInfo = { version: "3.1163.0" };
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
			["stringEquals", [{
				fn: f,
				argv: [h, "name"]
			}, "aws-us-gov"]],
			[e, [{
				fn: f,
				argv: [h, "supportsFIPS"]
			}, b]],
			[e, [{
				fn: f,
				argv: [h, "supportsDualStack"]
			}, b]]
		],
		results: [
			[a],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[g, i],
			["https://monitoring.{Region}.{PartitionResult#dnsSuffix}", i],
			["https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			["https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			[a, "Invalid Configuration: Missing Region"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		14,
		3,
		1,
		4,
		100000011,
		2,
		5,
		100000011,
		3,
		8,
		6,
		4,
		7,
		100000004,
		7,
		100000005,
		100000010,
		4,
		11,
		9,
		5,
		100000004,
		10,
		6,
		100000008,
		100000009,
		5,
		100000005,
		12,
		6,
		13,
		100000007,
		7,
		100000006,
		100000007,
		3,
		100000001,
		15,
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
	var CloudWatchServiceException = class CloudWatchServiceException extends ServiceException {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch#CloudWatchServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, CloudWatchServiceException.prototype);
		}
	};
	var ConflictException = class ConflictException extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#ConflictException";
		name = "ConflictException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "ConflictException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConflictException.prototype);
			this.Message = opts.Message;
		}
	};
	var KmsAccessDeniedException = class KmsAccessDeniedException extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#KmsAccessDeniedException";
		name = "KmsAccessDeniedException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "KmsAccessDeniedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KmsAccessDeniedException.prototype);
			this.Message = opts.Message;
		}
	};
	var KmsKeyDisabledException = class KmsKeyDisabledException extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#KmsKeyDisabledException";
		name = "KmsKeyDisabledException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "KmsKeyDisabledException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KmsKeyDisabledException.prototype);
			this.Message = opts.Message;
		}
	};
	var KmsKeyNotFoundException = class KmsKeyNotFoundException extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#KmsKeyNotFoundException";
		name = "KmsKeyNotFoundException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "KmsKeyNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KmsKeyNotFoundException.prototype);
			this.Message = opts.Message;
		}
	};
	var ResourceNotFoundException = class ResourceNotFoundException extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#ResourceNotFoundException";
		name = "ResourceNotFoundException";
		$fault = "client";
		ResourceType;
		ResourceId;
		Message;
		constructor(opts) {
			super({
				name: "ResourceNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
			this.ResourceType = opts.ResourceType;
			this.ResourceId = opts.ResourceId;
			this.Message = opts.Message;
		}
	};
	var ConcurrentModificationException = class ConcurrentModificationException extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#ConcurrentModificationException";
		name = "ConcurrentModificationException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "ConcurrentModificationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
			this.Message = opts.Message;
		}
	};
	var DashboardInvalidInputError = class DashboardInvalidInputError extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#DashboardInvalidInputError";
		name = "DashboardInvalidInputError";
		$fault = "client";
		dashboardValidationMessages;
		constructor(opts) {
			super({
				name: "DashboardInvalidInputError",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DashboardInvalidInputError.prototype);
			this.dashboardValidationMessages = opts.dashboardValidationMessages;
		}
	};
	var DashboardNotFoundError = class DashboardNotFoundError extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#DashboardNotFoundError";
		name = "DashboardNotFoundError";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DashboardNotFoundError",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DashboardNotFoundError.prototype);
		}
	};
	var ResourceConflict = class ResourceConflict extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#ResourceConflict";
		name = "ResourceConflict";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ResourceConflict",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ResourceConflict.prototype);
		}
	};
	var ResourceNotFound = class ResourceNotFound extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#ResourceNotFound";
		name = "ResourceNotFound";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ResourceNotFound",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ResourceNotFound.prototype);
		}
	};
	var InternalServiceFault = class InternalServiceFault extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#InternalServiceFault";
		name = "InternalServiceFault";
		$fault = "server";
		Message;
		constructor(opts) {
			super({
				name: "InternalServiceFault",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, InternalServiceFault.prototype);
			this.Message = opts.Message;
		}
	};
	var InvalidParameterCombinationException = class InvalidParameterCombinationException extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#InvalidParameterCombinationException";
		name = "InvalidParameterCombinationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidParameterCombinationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidParameterCombinationException.prototype);
		}
	};
	var InvalidParameterValueException = class InvalidParameterValueException extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#InvalidParameterValueException";
		name = "InvalidParameterValueException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidParameterValueException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidParameterValueException.prototype);
		}
	};
	var MissingRequiredParameterException = class MissingRequiredParameterException extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#MissingRequiredParameterException";
		name = "MissingRequiredParameterException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "MissingRequiredParameterException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, MissingRequiredParameterException.prototype);
		}
	};
	var InvalidNextToken = class InvalidNextToken extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#InvalidNextToken";
		name = "InvalidNextToken";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidNextToken",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidNextToken.prototype);
		}
	};
	var LimitExceededException = class LimitExceededException extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#LimitExceededException";
		name = "LimitExceededException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "LimitExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, LimitExceededException.prototype);
			this.Message = opts.Message;
		}
	};
	var LimitExceededFault = class LimitExceededFault extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#LimitExceededFault";
		name = "LimitExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "LimitExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, LimitExceededFault.prototype);
		}
	};
	var InvalidFormatFault = class InvalidFormatFault extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#InvalidFormatFault";
		name = "InvalidFormatFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidFormatFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidFormatFault.prototype);
		}
	};
	var ValidationException = class ValidationException extends CloudWatchServiceException {
		static shapeId = "com.amazonaws.cloudwatch#ValidationException";
		name = "ValidationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ValidationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ValidationException.prototype);
		}
	};
	const _A = "Average";
	const _AA = "AlarmActions";
	const _AAV = "ApproximateAggregateValue";
	const _AAl = "AlarmArn";
	const _AC = "ActionConfiguration";
	const _ACA = "AlarmContributorAttributes";
	const _ACI = "AlarmContributorId";
	const _ACUT = "AlarmConfigurationUpdatedTimestamp";
	const _ACl = "AlarmContributor";
	const _ACla = "AlarmContributors";
	const _AD = "AnomalyDetector";
	const _ADC = "AnomalyDetectorConfiguration";
	const _ADETR = "AnomalyDetectorExcludedTimeRanges";
	const _ADI = "AnomalyDetectorId";
	const _ADIn = "AnomalyDetectorIds";
	const _ADKK = "AssociateDatasetKmsKey";
	const _ADKKI = "AssociateDatasetKmsKeyInput";
	const _ADKKO = "AssociateDatasetKmsKeyOutput";
	const _ADT = "AnomalyDetectorTypes";
	const _ADl = "AlarmDescription";
	const _ADn = "AnomalyDetectors";
	const _AE = "ActionsEnabled";
	const _AEg = "AggregationExpression";
	const _AHI = "AlarmHistoryItem";
	const _AHIl = "AlarmHistoryItems";
	const _AI = "AccountId";
	const _ALLC = "ActionLogLineCount";
	const _ALLRA = "ActionLogLineRoleArn";
	const _AMRA = "AlarmMuteRuleArn";
	const _AMRN = "AlarmMuteRuleName";
	const _AMRS = "AlarmMuteRuleSummary";
	const _AMRSl = "AlarmMuteRuleSummaries";
	const _AN = "AlarmName";
	const _ANP = "AlarmNamePrefix";
	const _ANl = "AlarmNames";
	const _AOTL = "ApplyOnTransformedLogs";
	const _AP = "ActionPrefix";
	const _APQLC = "AlarmPromQLCriteria";
	const _AR = "AlarmRule";
	const _AS = "AdaptationSpeed";
	const _ASB = "ActionsSuppressedBy";
	const _ASEP = "ActionsSuppressorExtensionPeriod";
	const _ASR = "ActionsSuppressedReason";
	const _ASWP = "ActionsSuppressorWaitPeriod";
	const _ASc = "ActionsSuppressor";
	const _ASd = "AdditionalStatistics";
	const _ASg = "AggregationStatistic";
	const _AT = "AlarmType";
	const _ATP = "AlarmTagsPropagation";
	const _ATl = "AlarmTypes";
	const _AUC = "ApproximateUniqueCount";
	const _AV = "AggregateValue";
	const _AVp = "ApproximateValue";
	const _Ar = "Arn";
	const _At = "Attributes";
	const _BF = "BatchFailures";
	const _C = "Configuration";
	const _CA = "ContributorAttributes";
	const _CAo = "CompositeAlarm";
	const _CAom = "CompositeAlarms";
	const _CAr = "CreatedAt";
	const _CD = "CreationDate";
	const _CE = "ConflictException";
	const _CI = "ContributorId";
	const _CME = "ConcurrentModificationException";
	const _CO = "ComparisonOperator";
	const _COAN = "ChildrenOfAlarmName";
	const _CRMC = "CreateResourceMetricsConfiguration";
	const _CRMCI = "CreateResourceMetricsConfigurationInput";
	const _CRMCO = "CreateResourceMetricsConfigurationOutput";
	const _Co = "Contributors";
	const _Cod = "Code";
	const _Cou = "Counts";
	const _D = "Dimensions";
	const _DA = "DashboardArn";
	const _DAA = "DisableAlarmActions";
	const _DAAI = "DisableAlarmActionsInput";
	const _DAC = "DescribeAlarmContributors";
	const _DACI = "DescribeAlarmContributorsInput";
	const _DACO = "DescribeAlarmContributorsOutput";
	const _DAD = "DeleteAnomalyDetector";
	const _DADI = "DeleteAnomalyDetectorInput";
	const _DADIe = "DescribeAnomalyDetectorsInput";
	const _DADO = "DeleteAnomalyDetectorOutput";
	const _DADOe = "DescribeAnomalyDetectorsOutput";
	const _DADe = "DescribeAnomalyDetectors";
	const _DAFM = "DescribeAlarmsForMetric";
	const _DAFMI = "DescribeAlarmsForMetricInput";
	const _DAFMO = "DescribeAlarmsForMetricOutput";
	const _DAH = "DescribeAlarmHistory";
	const _DAHI = "DescribeAlarmHistoryInput";
	const _DAHO = "DescribeAlarmHistoryOutput";
	const _DAI = "DeleteAlarmsInput";
	const _DAIe = "DescribeAlarmsInput";
	const _DAMR = "DeleteAlarmMuteRule";
	const _DAMRI = "DeleteAlarmMuteRuleInput";
	const _DAO = "DescribeAlarmsOutput";
	const _DAe = "DeleteAlarms";
	const _DAes = "DescribeAlarms";
	const _DB = "DashboardBody";
	const _DD = "DeleteDashboards";
	const _DDI = "DeleteDashboardsInput";
	const _DDKK = "DisassociateDatasetKmsKey";
	const _DDKKI = "DisassociateDatasetKmsKeyInput";
	const _DDKKO = "DisassociateDatasetKmsKeyOutput";
	const _DDO = "DeleteDashboardsOutput";
	const _DE = "DashboardEntry";
	const _DEa = "DashboardEntries";
	const _DF = "DimensionFilter";
	const _DFi = "DimensionFilters";
	const _DI = "DatasetIdentifier";
	const _DIIE = "DashboardInvalidInputError";
	const _DIR = "DeleteInsightRules";
	const _DIRI = "DeleteInsightRulesInput";
	const _DIRIe = "DescribeInsightRulesInput";
	const _DIRIi = "DisableInsightRulesInput";
	const _DIRO = "DeleteInsightRulesOutput";
	const _DIROe = "DescribeInsightRulesOutput";
	const _DIROi = "DisableInsightRulesOutput";
	const _DIRe = "DescribeInsightRules";
	const _DIRi = "DisableInsightRules";
	const _DIa = "DatasetId";
	const _DMS = "DeleteMetricStream";
	const _DMSI = "DeleteMetricStreamInput";
	const _DMSO = "DeleteMetricStreamOutput";
	const _DN = "DashboardName";
	const _DNFE = "DashboardNotFoundError";
	const _DNP = "DashboardNamePrefix";
	const _DNa = "DashboardNames";
	const _DP = "DataPath";
	const _DRMC = "DeleteResourceMetricsConfiguration";
	const _DRMCI = "DeleteResourceMetricsConfigurationInput";
	const _DRMCO = "DeleteResourceMetricsConfigurationOutput";
	const _DTA = "DatapointsToAlarm";
	const _DVM = "DashboardValidationMessage";
	const _DVMa = "DashboardValidationMessages";
	const _Da = "Datapoint";
	const _Dat = "Datapoints";
	const _De = "Description";
	const _Def = "Definition";
	const _Di = "Dimension";
	const _Du = "Duration";
	const _E = "Enabled";
	const _EAA = "EnableAlarmActions";
	const _EAAI = "EnableAlarmActionsInput";
	const _EC = "EvaluationCriteria";
	const _ED = "ExpireDate";
	const _EDn = "EndDate";
	const _EF = "ExcludeFilters";
	const _EI = "EvaluationInterval";
	const _EIR = "EnableInsightRules";
	const _EIRI = "EnableInsightRulesInput";
	const _EIRO = "EnableInsightRulesOutput";
	const _ELSCP = "EvaluateLowSampleCountPercentile";
	const _EMD = "EntityMetricData";
	const _EMDL = "EntityMetricDataList";
	const _EP = "EvaluationPeriods";
	const _ES = "ExtendedStatistics";
	const _ESv = "EvaluationState";
	const _ESx = "ExtendedStatistic";
	const _ET = "EndTime";
	const _ETK = "ExcludedTagKeys";
	const _ETO = "EndTimeOffset";
	const _ETR = "ExcludedTimeRanges";
	const _ETx = "ExceptionType";
	const _EW = "EvaluationWindow";
	const _En = "Entity";
	const _Ent = "Entries";
	const _Ex = "Expression";
	const _F = "Failures";
	const _FA = "FirehoseArn";
	const _FC = "FailureCode";
	const _FD = "FailureDescription";
	const _FR = "FailureResource";
	const _GAMR = "GetAlarmMuteRule";
	const _GAMRI = "GetAlarmMuteRuleInput";
	const _GAMRO = "GetAlarmMuteRuleOutput";
	const _GD = "GetDashboard";
	const _GDI = "GetDashboardInput";
	const _GDIe = "GetDatasetInput";
	const _GDO = "GetDashboardOutput";
	const _GDOe = "GetDatasetOutput";
	const _GDe = "GetDataset";
	const _GIRR = "GetInsightRuleReport";
	const _GIRRI = "GetInsightRuleReportInput";
	const _GIRRO = "GetInsightRuleReportOutput";
	const _GMD = "GetMetricData";
	const _GMDI = "GetMetricDataInput";
	const _GMDO = "GetMetricDataOutput";
	const _GMS = "GetMetricStatistics";
	const _GMSI = "GetMetricStatisticsInput";
	const _GMSIe = "GetMetricStreamInput";
	const _GMSO = "GetMetricStatisticsOutput";
	const _GMSOe = "GetMetricStreamOutput";
	const _GMSe = "GetMetricStream";
	const _GMWI = "GetMetricWidgetImage";
	const _GMWII = "GetMetricWidgetImageInput";
	const _GMWIO = "GetMetricWidgetImageOutput";
	const _GOTE = "GetOTelEnrichment";
	const _GOTEI = "GetOTelEnrichmentInput";
	const _GOTEO = "GetOTelEnrichmentOutput";
	const _GRMC = "GetResourceMetricsConfiguration";
	const _GRMCI = "GetResourceMetricsConfigurationInput";
	const _GRMCO = "GetResourceMetricsConfigurationOutput";
	const _HD = "HistoryData";
	const _HIT = "HistoryItemType";
	const _HS = "HistorySummary";
	const _I = "Id";
	const _IDA = "InsufficientDataActions";
	const _IF = "IncludeFilters";
	const _IFF = "InvalidFormatFault";
	const _ILA = "IncludeLinkedAccounts";
	const _ILAM = "IncludeLinkedAccountsMetrics";
	const _IM = "IncludeMetrics";
	const _INT = "InvalidNextToken";
	const _IPCE = "InvalidParameterCombinationException";
	const _IPVE = "InvalidParameterValueException";
	const _IR = "InsightRules";
	const _IRC = "InsightRuleContributor";
	const _IRCD = "InsightRuleContributorDatapoint";
	const _IRCDn = "InsightRuleContributorDatapoints";
	const _IRCn = "InsightRuleContributors";
	const _IRMD = "InsightRuleMetricDatapoint";
	const _IRMDn = "InsightRuleMetricDatapoints";
	const _IRn = "InsightRule";
	const _ISF = "InternalServiceFault";
	const _ITK = "IncludedTagKeys";
	const _K = "Keys";
	const _KA = "KeyAttributes";
	const _KADE = "KmsAccessDeniedException";
	const _KKA = "KmsKeyArn";
	const _KKDE = "KmsKeyDisabledException";
	const _KKNFE = "KmsKeyNotFoundException";
	const _KL = "KeyLabels";
	const _Ke = "Key";
	const _L = "Label";
	const _LA = "LogAlarms";
	const _LAMR = "ListAlarmMuteRules";
	const _LAMRI = "ListAlarmMuteRulesInput";
	const _LAMRO = "ListAlarmMuteRulesOutput";
	const _LAo = "LogAlarm";
	const _LD = "ListDashboards";
	const _LDI = "ListDashboardsInput";
	const _LDO = "ListDashboardsOutput";
	const _LEE = "LimitExceededException";
	const _LEF = "LimitExceededFault";
	const _LGI = "LogGroupIdentifiers";
	const _LM = "LastModified";
	const _LMI = "ListMetricsInput";
	const _LMIR = "ListManagedInsightRules";
	const _LMIRI = "ListManagedInsightRulesInput";
	const _LMIRO = "ListManagedInsightRulesOutput";
	const _LMO = "ListMetricsOutput";
	const _LMS = "ListMetricStreams";
	const _LMSI = "ListMetricStreamsInput";
	const _LMSO = "ListMetricStreamsOutput";
	const _LMi = "ListMetrics";
	const _LO = "LabelOptions";
	const _LTFR = "ListTagsForResource";
	const _LTFRI = "ListTagsForResourceInput";
	const _LTFRO = "ListTagsForResourceOutput";
	const _LUD = "LastUpdateDate";
	const _LUT = "LastUpdatedTimestamp";
	const _M = "Message";
	const _MA = "MetricAlarms";
	const _MAe = "MetricAlarm";
	const _MC = "MetricCharacteristics";
	const _MCC = "MaxContributorCount";
	const _MCV = "MaxContributorValue";
	const _MD = "MetricData";
	const _MDQ = "MetricDataQueries";
	const _MDQe = "MetricDataQuery";
	const _MDR = "MetricDataResults";
	const _MDRM = "MetricDataResultMessages";
	const _MDRe = "MetricDataResult";
	const _MDa = "MaxDatapoints";
	const _MDe = "MetricDatapoints";
	const _MDes = "MessageData";
	const _MDet = "MetricDatum";
	const _MMAD = "MetricMathAnomalyDetector";
	const _MN = "MetricName";
	const _MNe = "MetricNames";
	const _MR = "MaxRecords";
	const _MRD = "ManagedRuleDescription";
	const _MRDa = "ManagedRuleDescriptions";
	const _MRPE = "MissingRequiredParameterException";
	const _MRS = "ManagedRuleState";
	const _MRa = "MaxResults";
	const _MRan = "ManagedRule";
	const _MRana = "ManagedRules";
	const _MS = "MetricSelections";
	const _MSE = "MetricStreamEntry";
	const _MSEe = "MetricStreamEntries";
	const _MSF = "MetricStreamFilter";
	const _MSFe = "MetricStreamFilters";
	const _MSSC = "MetricStreamStatisticsConfiguration";
	const _MSSCe = "MetricStreamStatisticsConfigurations";
	const _MSSIM = "MetricStreamStatisticsIncludeMetrics";
	const _MSSM = "MetricStreamStatisticsMetric";
	const _MSe = "MetricStat";
	const _MT = "MuteType";
	const _MTe = "MetricTimezone";
	const _MTu = "MuteTargets";
	const _MW = "MetricWidget";
	const _MWI = "MetricWidgetImage";
	const _Ma = "Maximum";
	const _Me = "Metrics";
	const _Mes = "Messages";
	const _Met = "Metric";
	const _Mi = "Minimum";
	const _N = "Namespace";
	const _NT = "NextToken";
	const _Na = "Name";
	const _Nam = "Names";
	const _OA = "OwningAccount";
	const _OAw = "OwningAccounts";
	const _OB = "OrderBy";
	const _OF = "OutputFormat";
	const _OFS = "OutlierFilteringStrength";
	const _OKA = "OKActions";
	const _OSEAWUPE = "OnlyStartEvaluatingAfterWarmUpPeriodEnds";
	const _OTEMS = "OTelEnrichmentMetricSelector";
	const _OTEMSL = "OTelEnrichmentMetricSelectorList";
	const _P = "Period";
	const _PAD = "PutAnomalyDetector";
	const _PADI = "PutAnomalyDetectorInput";
	const _PADO = "PutAnomalyDetectorOutput";
	const _PAMR = "PutAlarmMuteRule";
	const _PAMRI = "PutAlarmMuteRuleInput";
	const _PCA = "PutCompositeAlarm";
	const _PCAI = "PutCompositeAlarmInput";
	const _PD = "PutDashboard";
	const _PDI = "PutDashboardInput";
	const _PDO = "PutDashboardOutput";
	const _PF = "PartialFailure";
	const _PIR = "PutInsightRule";
	const _PIRI = "PutInsightRuleInput";
	const _PIRO = "PutInsightRuleOutput";
	const _PLA = "PutLogAlarm";
	const _PLAI = "PutLogAlarmInput";
	const _PMA = "PutMetricAlarm";
	const _PMAI = "PutMetricAlarmInput";
	const _PMD = "PutMetricData";
	const _PMDI = "PutMetricDataInput";
	const _PMIR = "PutManagedInsightRules";
	const _PMIRI = "PutManagedInsightRulesInput";
	const _PMIRO = "PutManagedInsightRulesOutput";
	const _PMS = "PutMetricStream";
	const _PMSI = "PutMetricStreamInput";
	const _PMSO = "PutMetricStreamOutput";
	const _POAN = "ParentsOfAlarmName";
	const _PP = "PendingPeriod";
	const _PQLC = "PromQLCriteria";
	const _PS = "PeriodicSpikes";
	const _Q = "Query";
	const _QARN = "QueryARN";
	const _QRTA = "QueryResultsToAlarm";
	const _QRTE = "QueryResultsToEvaluate";
	const _QS = "QueryString";
	const _R = "Rule";
	const _RA = "ResourceArn";
	const _RARN = "ResourceARN";
	const _RAe = "RecentlyActive";
	const _RAo = "RoleArn";
	const _RC = "ResourceConflict";
	const _RD = "ReturnData";
	const _RDu = "RuleDefinition";
	const _RI = "ResourceId";
	const _RMC = "ResourceMetricsConfiguration";
	const _RMS = "ResourceMetricSelection";
	const _RMSL = "ResourceMetricSelectionList";
	const _RN = "RuleNames";
	const _RNF = "ResourceNotFound";
	const _RNFE = "ResourceNotFoundException";
	const _RNu = "RuleName";
	const _RP = "RecoveryPeriod";
	const _RS = "RuleState";
	const _RT = "ResourceType";
	const _Ra = "Range";
	const _S = "Status";
	const _SAS = "SetAlarmState";
	const _SASI = "SetAlarmStateInput";
	const _SB = "ScanBy";
	const _SC = "SampleCount";
	const _SCc = "ScheduleConfiguration";
	const _SCt = "StatisticsConfigurations";
	const _SCta = "StatusCode";
	const _SD = "StartDate";
	const _SE = "ScheduleExpression";
	const _SEV = "StrictEntityValidation";
	const _SMAD = "SingleMetricAnomalyDetector";
	const _SMS = "StartMetricStreams";
	const _SMSI = "StartMetricStreamsInput";
	const _SMSIt = "StopMetricStreamsInput";
	const _SMSO = "StartMetricStreamsOutput";
	const _SMSOt = "StopMetricStreamsOutput";
	const _SMSt = "StopMetricStreams";
	const _SOTE = "StartOTelEnrichment";
	const _SOTEI = "StartOTelEnrichmentInput";
	const _SOTEIt = "StopOTelEnrichmentInput";
	const _SOTEO = "StartOTelEnrichmentOutput";
	const _SOTEOt = "StopOTelEnrichmentOutput";
	const _SOTEt = "StopOTelEnrichment";
	const _SQC = "ScheduledQueryConfiguration";
	const _SQRARN = "ScheduledQueryRoleARN";
	const _SR = "StateReason";
	const _SRD = "StateReasonData";
	const _SRt = "StorageResolution";
	const _SS = "StatisticSet";
	const _ST = "StartTime";
	const _STO = "StartTimeOffset";
	const _STT = "StateTransitionedTimestamp";
	const _SUT = "StateUpdatedTimestamp";
	const _SV = "StateValue";
	const _SVt = "StatisticValues";
	const _SW = "SlidingWindow";
	const _Sc = "Schema";
	const _Sch = "Schedule";
	const _Si = "Size";
	const _St = "Stat";
	const _Sta = "Statistic";
	const _Stat = "Statistics";
	const _State = "State";
	const _Statu = "Statuses";
	const _Su = "Sum";
	const _T = "Timestamp";
	const _TK = "TagKeys";
	const _TL = "TagList";
	const _TMD = "TreatMissingData";
	const _TMI = "ThresholdMetricId";
	const _TN = "TemplateName";
	const _TR = "TagResource";
	const _TRI = "TagResourceInput";
	const _TRO = "TagResourceOutput";
	const _Ta = "Tags";
	const _Tag = "Tag";
	const _Th = "Threshold";
	const _Ti = "Timezone";
	const _Tim = "Timestamps";
	const _U = "Unit";
	const _UA = "UpdatedAt";
	const _UC = "UniqueContributors";
	const _UOTE = "UpdateOTelEnrichment";
	const _UOTEI = "UpdateOTelEnrichmentInput";
	const _UOTEO = "UpdateOTelEnrichmentOutput";
	const _UR = "UntagResource";
	const _URI = "UntagResourceInput";
	const _URMC = "UpdateResourceMetricsConfiguration";
	const _URMCI = "UpdateResourceMetricsConfigurationInput";
	const _URMCO = "UpdateResourceMetricsConfigurationOutput";
	const _URO = "UntagResourceOutput";
	const _V = "Value";
	const _VE = "ValidationException";
	const _Va = "Values";
	const _WCW = "WallClockWindow";
	const _WUC = "WarmUpConfiguration";
	const _WUPDIM = "WarmUpPeriodDurationInMinutes";
	const _aQE = "awsQueryError";
	const _c = "client";
	const _dVM = "dashboardValidationMessages";
	const _e = "error";
	const _hE = "httpError";
	const _m = "message";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch";
	const _se = "server";
	const n0 = "com.amazonaws.cloudwatch";
	const _s_registry = new TypeRegistry(_s);
	var CloudWatchServiceException$ = [
		-3,
		_s,
		"CloudWatchServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(CloudWatchServiceException$, CloudWatchServiceException);
	const n0_registry = new TypeRegistry(n0);
	var ConcurrentModificationException$ = [
		-3,
		n0,
		_CME,
		{
			[_aQE]: [`ConcurrentModificationException`, 429],
			[_e]: _c,
			[_hE]: 429
		},
		[_M],
		[0]
	];
	n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
	var ConflictException$ = [
		-3,
		n0,
		_CE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_M],
		[0]
	];
	n0_registry.registerError(ConflictException$, ConflictException);
	var DashboardInvalidInputError$ = [
		-3,
		n0,
		_DIIE,
		{
			[_aQE]: [`InvalidParameterInput`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m, _dVM],
		[0, () => DashboardValidationMessages]
	];
	n0_registry.registerError(DashboardInvalidInputError$, DashboardInvalidInputError);
	var DashboardNotFoundError$ = [
		-3,
		n0,
		_DNFE,
		{
			[_aQE]: [`ResourceNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DashboardNotFoundError$, DashboardNotFoundError);
	var InternalServiceFault$ = [
		-3,
		n0,
		_ISF,
		{
			[_aQE]: [`InternalServiceError`, 500],
			[_e]: _se,
			[_hE]: 500
		},
		[_M],
		[0]
	];
	n0_registry.registerError(InternalServiceFault$, InternalServiceFault);
	var InvalidFormatFault$ = [
		-3,
		n0,
		_IFF,
		{
			[_aQE]: [`InvalidFormat`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidFormatFault$, InvalidFormatFault);
	var InvalidNextToken$ = [
		-3,
		n0,
		_INT,
		{
			[_aQE]: [`InvalidNextToken`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
	var InvalidParameterCombinationException$ = [
		-3,
		n0,
		_IPCE,
		{
			[_aQE]: [`InvalidParameterCombination`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
	var InvalidParameterValueException$ = [
		-3,
		n0,
		_IPVE,
		{
			[_aQE]: [`InvalidParameterValue`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
	var KmsAccessDeniedException$ = [
		-3,
		n0,
		_KADE,
		{ [_e]: _c },
		[_M],
		[0],
		1
	];
	n0_registry.registerError(KmsAccessDeniedException$, KmsAccessDeniedException);
	var KmsKeyDisabledException$ = [
		-3,
		n0,
		_KKDE,
		{ [_e]: _c },
		[_M],
		[0],
		1
	];
	n0_registry.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
	var KmsKeyNotFoundException$ = [
		-3,
		n0,
		_KKNFE,
		{ [_e]: _c },
		[_M],
		[0],
		1
	];
	n0_registry.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
	var LimitExceededException$ = [
		-3,
		n0,
		_LEE,
		{
			[_aQE]: [`LimitExceededException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_M],
		[0]
	];
	n0_registry.registerError(LimitExceededException$, LimitExceededException);
	var LimitExceededFault$ = [
		-3,
		n0,
		_LEF,
		{
			[_aQE]: [`LimitExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(LimitExceededFault$, LimitExceededFault);
	var MissingRequiredParameterException$ = [
		-3,
		n0,
		_MRPE,
		{
			[_aQE]: [`MissingParameter`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(MissingRequiredParameterException$, MissingRequiredParameterException);
	var ResourceConflict$ = [
		-3,
		n0,
		_RC,
		{
			[_aQE]: [`ResourceConflict`, 409],
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceConflict$, ResourceConflict);
	var ResourceNotFound$ = [
		-3,
		n0,
		_RNF,
		{
			[_aQE]: [`ResourceNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceNotFound$, ResourceNotFound);
	var ResourceNotFoundException$ = [
		-3,
		n0,
		_RNFE,
		{
			[_aQE]: [`ResourceNotFoundException`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[
			_RT,
			_RI,
			_M
		],
		[
			0,
			0,
			0
		]
	];
	n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
	var ValidationException$ = [
		-3,
		n0,
		_VE,
		{
			[_aQE]: [`ValidationError`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ValidationException$, ValidationException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var ActionConfiguration$ = [
		3,
		n0,
		_AC,
		0,
		[_ATP],
		[() => AlarmTagsPropagation$]
	];
	var AlarmContributor$ = [
		3,
		n0,
		_ACl,
		0,
		[
			_CI,
			_CA,
			_SR,
			_STT
		],
		[
			0,
			128,
			0,
			4
		],
		3
	];
	var AlarmHistoryItem$ = [
		3,
		n0,
		_AHI,
		0,
		[
			_AN,
			_ACI,
			_AT,
			_T,
			_HIT,
			_HS,
			_HD,
			_ACA
		],
		[
			0,
			0,
			0,
			4,
			0,
			0,
			0,
			128
		]
	];
	var AlarmMuteRuleSummary$ = [
		3,
		n0,
		_AMRS,
		0,
		[
			_AMRA,
			_ED,
			_S,
			_MT,
			_LUT
		],
		[
			0,
			4,
			0,
			0,
			4
		]
	];
	var AlarmPromQLCriteria$ = [
		3,
		n0,
		_APQLC,
		0,
		[
			_Q,
			_PP,
			_RP
		],
		[
			0,
			1,
			1
		],
		1
	];
	var AlarmTagsPropagation$ = [
		3,
		n0,
		_ATP,
		0,
		[
			_E,
			_ITK,
			_ETK
		],
		[
			2,
			64,
			64
		],
		1
	];
	var AnomalyDetector$ = [
		3,
		n0,
		_AD,
		0,
		[
			_ADI,
			_N,
			_MN,
			_D,
			_St,
			_C,
			_SV,
			_MC,
			_SMAD,
			_MMAD
		],
		[
			0,
			0,
			0,
			() => Dimensions,
			0,
			() => AnomalyDetectorConfiguration$,
			0,
			() => MetricCharacteristics$,
			() => SingleMetricAnomalyDetector$,
			() => MetricMathAnomalyDetector$
		]
	];
	var AnomalyDetectorConfiguration$ = [
		3,
		n0,
		_ADC,
		0,
		[
			_ETR,
			_MTe,
			_AS,
			_OFS
		],
		[
			() => AnomalyDetectorExcludedTimeRanges,
			0,
			0,
			0
		]
	];
	var AssociateDatasetKmsKeyInput$ = [
		3,
		n0,
		_ADKKI,
		0,
		[_DI, _KKA],
		[0, 0],
		2
	];
	var AssociateDatasetKmsKeyOutput$ = [
		3,
		n0,
		_ADKKO,
		0,
		[],
		[]
	];
	var CompositeAlarm$ = [
		3,
		n0,
		_CAo,
		0,
		[
			_AE,
			_AA,
			_AAl,
			_ACUT,
			_ADl,
			_AN,
			_AR,
			_IDA,
			_OKA,
			_SR,
			_SRD,
			_SUT,
			_SV,
			_STT,
			_ASB,
			_ASR,
			_ASc,
			_ASWP,
			_ASEP,
			_AC
		],
		[
			2,
			64,
			0,
			4,
			0,
			0,
			0,
			64,
			64,
			0,
			0,
			4,
			0,
			4,
			0,
			0,
			0,
			1,
			1,
			() => ActionConfiguration$
		]
	];
	var CreateResourceMetricsConfigurationInput$ = [
		3,
		n0,
		_CRMCI,
		0,
		[_RA, _MS],
		[0, () => ResourceMetricSelectionList],
		1
	];
	var CreateResourceMetricsConfigurationOutput$ = [
		3,
		n0,
		_CRMCO,
		0,
		[_RMC],
		[() => ResourceMetricsConfiguration$],
		1
	];
	var DashboardEntry$ = [
		3,
		n0,
		_DE,
		0,
		[
			_DN,
			_DA,
			_LM,
			_Si
		],
		[
			0,
			0,
			4,
			1
		]
	];
	var DashboardValidationMessage$ = [
		3,
		n0,
		_DVM,
		0,
		[_DP, _M],
		[0, 0]
	];
	var Datapoint$ = [
		3,
		n0,
		_Da,
		0,
		[
			_T,
			_SC,
			_A,
			_Su,
			_Mi,
			_Ma,
			_U,
			_ES
		],
		[
			4,
			1,
			1,
			1,
			1,
			1,
			0,
			129
		]
	];
	var DeleteAlarmMuteRuleInput$ = [
		3,
		n0,
		_DAMRI,
		0,
		[_AMRN],
		[0],
		1
	];
	var DeleteAlarmsInput$ = [
		3,
		n0,
		_DAI,
		0,
		[_ANl],
		[64],
		1
	];
	var DeleteAnomalyDetectorInput$ = [
		3,
		n0,
		_DADI,
		0,
		[
			_ADI,
			_N,
			_MN,
			_D,
			_St,
			_SMAD,
			_MMAD
		],
		[
			0,
			0,
			0,
			() => Dimensions,
			0,
			() => SingleMetricAnomalyDetector$,
			() => MetricMathAnomalyDetector$
		]
	];
	var DeleteAnomalyDetectorOutput$ = [
		3,
		n0,
		_DADO,
		0,
		[],
		[]
	];
	var DeleteDashboardsInput$ = [
		3,
		n0,
		_DDI,
		0,
		[_DNa],
		[64],
		1
	];
	var DeleteDashboardsOutput$ = [
		3,
		n0,
		_DDO,
		0,
		[],
		[]
	];
	var DeleteInsightRulesInput$ = [
		3,
		n0,
		_DIRI,
		0,
		[_RN],
		[64],
		1
	];
	var DeleteInsightRulesOutput$ = [
		3,
		n0,
		_DIRO,
		0,
		[_F],
		[() => BatchFailures]
	];
	var DeleteMetricStreamInput$ = [
		3,
		n0,
		_DMSI,
		0,
		[_Na],
		[0],
		1
	];
	var DeleteMetricStreamOutput$ = [
		3,
		n0,
		_DMSO,
		0,
		[],
		[]
	];
	var DeleteResourceMetricsConfigurationInput$ = [
		3,
		n0,
		_DRMCI,
		0,
		[_RA],
		[0],
		1
	];
	var DeleteResourceMetricsConfigurationOutput$ = [
		3,
		n0,
		_DRMCO,
		0,
		[],
		[]
	];
	var DescribeAlarmContributorsInput$ = [
		3,
		n0,
		_DACI,
		0,
		[_AN, _NT],
		[0, 0],
		1
	];
	var DescribeAlarmContributorsOutput$ = [
		3,
		n0,
		_DACO,
		0,
		[_ACla, _NT],
		[() => AlarmContributors, 0],
		1
	];
	var DescribeAlarmHistoryInput$ = [
		3,
		n0,
		_DAHI,
		0,
		[
			_AN,
			_ACI,
			_ATl,
			_HIT,
			_SD,
			_EDn,
			_MR,
			_NT,
			_SB
		],
		[
			0,
			0,
			64,
			0,
			4,
			4,
			1,
			0,
			0
		]
	];
	var DescribeAlarmHistoryOutput$ = [
		3,
		n0,
		_DAHO,
		0,
		[_AHIl, _NT],
		[() => AlarmHistoryItems, 0]
	];
	var DescribeAlarmsForMetricInput$ = [
		3,
		n0,
		_DAFMI,
		0,
		[
			_MN,
			_N,
			_Sta,
			_ESx,
			_D,
			_P,
			_U
		],
		[
			0,
			0,
			0,
			0,
			() => Dimensions,
			1,
			0
		],
		2
	];
	var DescribeAlarmsForMetricOutput$ = [
		3,
		n0,
		_DAFMO,
		0,
		[_MA],
		[() => MetricAlarms]
	];
	var DescribeAlarmsInput$ = [
		3,
		n0,
		_DAIe,
		0,
		[
			_ANl,
			_ANP,
			_ATl,
			_COAN,
			_POAN,
			_SV,
			_AP,
			_MR,
			_NT
		],
		[
			64,
			0,
			64,
			0,
			0,
			0,
			0,
			1,
			0
		]
	];
	var DescribeAlarmsOutput$ = [
		3,
		n0,
		_DAO,
		0,
		[
			_CAom,
			_MA,
			_LA,
			_NT
		],
		[
			() => CompositeAlarms,
			() => MetricAlarms,
			() => LogAlarms,
			0
		]
	];
	var DescribeAnomalyDetectorsInput$ = [
		3,
		n0,
		_DADIe,
		0,
		[
			_ADIn,
			_NT,
			_MRa,
			_N,
			_MN,
			_D,
			_ADT
		],
		[
			64,
			0,
			1,
			0,
			0,
			() => Dimensions,
			64
		]
	];
	var DescribeAnomalyDetectorsOutput$ = [
		3,
		n0,
		_DADOe,
		0,
		[_ADn, _NT],
		[() => AnomalyDetectors, 0]
	];
	var DescribeInsightRulesInput$ = [
		3,
		n0,
		_DIRIe,
		0,
		[_NT, _MRa],
		[0, 1]
	];
	var DescribeInsightRulesOutput$ = [
		3,
		n0,
		_DIROe,
		0,
		[_NT, _IR],
		[0, () => InsightRules]
	];
	var Dimension$ = [
		3,
		n0,
		_Di,
		0,
		[_Na, _V],
		[0, 0],
		2
	];
	var DimensionFilter$ = [
		3,
		n0,
		_DF,
		0,
		[_Na, _V],
		[0, 0],
		1
	];
	var DisableAlarmActionsInput$ = [
		3,
		n0,
		_DAAI,
		0,
		[_ANl],
		[64],
		1
	];
	var DisableInsightRulesInput$ = [
		3,
		n0,
		_DIRIi,
		0,
		[_RN],
		[64],
		1
	];
	var DisableInsightRulesOutput$ = [
		3,
		n0,
		_DIROi,
		0,
		[_F],
		[() => BatchFailures]
	];
	var DisassociateDatasetKmsKeyInput$ = [
		3,
		n0,
		_DDKKI,
		0,
		[_DI],
		[0],
		1
	];
	var DisassociateDatasetKmsKeyOutput$ = [
		3,
		n0,
		_DDKKO,
		0,
		[],
		[]
	];
	var EnableAlarmActionsInput$ = [
		3,
		n0,
		_EAAI,
		0,
		[_ANl],
		[64],
		1
	];
	var EnableInsightRulesInput$ = [
		3,
		n0,
		_EIRI,
		0,
		[_RN],
		[64],
		1
	];
	var EnableInsightRulesOutput$ = [
		3,
		n0,
		_EIRO,
		0,
		[_F],
		[() => BatchFailures]
	];
	var Entity$ = [
		3,
		n0,
		_En,
		0,
		[_KA, _At],
		[128, 128]
	];
	var EntityMetricData$ = [
		3,
		n0,
		_EMD,
		0,
		[_En, _MD],
		[() => Entity$, () => MetricData]
	];
	var GetAlarmMuteRuleInput$ = [
		3,
		n0,
		_GAMRI,
		0,
		[_AMRN],
		[0],
		1
	];
	var GetAlarmMuteRuleOutput$ = [
		3,
		n0,
		_GAMRO,
		0,
		[
			_Na,
			_AMRA,
			_De,
			_R,
			_MTu,
			_SD,
			_ED,
			_S,
			_LUT,
			_MT
		],
		[
			0,
			0,
			0,
			() => Rule$,
			() => MuteTargets$,
			4,
			4,
			0,
			4,
			0
		]
	];
	var GetDashboardInput$ = [
		3,
		n0,
		_GDI,
		0,
		[_DN],
		[0],
		1
	];
	var GetDashboardOutput$ = [
		3,
		n0,
		_GDO,
		0,
		[
			_DA,
			_DB,
			_DN
		],
		[
			0,
			0,
			0
		]
	];
	var GetDatasetInput$ = [
		3,
		n0,
		_GDIe,
		0,
		[_DI],
		[0],
		1
	];
	var GetDatasetOutput$ = [
		3,
		n0,
		_GDOe,
		0,
		[
			_DIa,
			_Ar,
			_KKA
		],
		[
			0,
			0,
			0
		],
		2
	];
	var GetInsightRuleReportInput$ = [
		3,
		n0,
		_GIRRI,
		0,
		[
			_RNu,
			_ST,
			_ET,
			_P,
			_MCC,
			_Me,
			_OB
		],
		[
			0,
			4,
			4,
			1,
			1,
			64,
			0
		],
		4
	];
	var GetInsightRuleReportOutput$ = [
		3,
		n0,
		_GIRRO,
		0,
		[
			_KL,
			_ASg,
			_AV,
			_AUC,
			_Co,
			_MDe
		],
		[
			64,
			0,
			1,
			1,
			() => InsightRuleContributors,
			() => InsightRuleMetricDatapoints
		]
	];
	var GetMetricDataInput$ = [
		3,
		n0,
		_GMDI,
		0,
		[
			_MDQ,
			_ST,
			_ET,
			_NT,
			_SB,
			_MDa,
			_LO
		],
		[
			() => MetricDataQueries,
			4,
			4,
			0,
			0,
			1,
			() => LabelOptions$
		],
		3
	];
	var GetMetricDataOutput$ = [
		3,
		n0,
		_GMDO,
		0,
		[
			_MDR,
			_NT,
			_Mes
		],
		[
			() => MetricDataResults,
			0,
			() => MetricDataResultMessages
		]
	];
	var GetMetricStatisticsInput$ = [
		3,
		n0,
		_GMSI,
		0,
		[
			_N,
			_MN,
			_ST,
			_ET,
			_P,
			_D,
			_Stat,
			_ES,
			_U
		],
		[
			0,
			0,
			4,
			4,
			1,
			() => Dimensions,
			64,
			64,
			0
		],
		5
	];
	var GetMetricStatisticsOutput$ = [
		3,
		n0,
		_GMSO,
		0,
		[_L, _Dat],
		[0, () => Datapoints]
	];
	var GetMetricStreamInput$ = [
		3,
		n0,
		_GMSIe,
		0,
		[_Na],
		[0],
		1
	];
	var GetMetricStreamOutput$ = [
		3,
		n0,
		_GMSOe,
		0,
		[
			_Ar,
			_Na,
			_IF,
			_EF,
			_FA,
			_RAo,
			_State,
			_CD,
			_LUD,
			_OF,
			_SCt,
			_ILAM
		],
		[
			0,
			0,
			() => MetricStreamFilters,
			() => MetricStreamFilters,
			0,
			0,
			0,
			4,
			4,
			0,
			() => MetricStreamStatisticsConfigurations,
			2
		]
	];
	var GetMetricWidgetImageInput$ = [
		3,
		n0,
		_GMWII,
		0,
		[_MW, _OF],
		[0, 0],
		1
	];
	var GetMetricWidgetImageOutput$ = [
		3,
		n0,
		_GMWIO,
		0,
		[_MWI],
		[21]
	];
	var GetOTelEnrichmentInput$ = [
		3,
		n0,
		_GOTEI,
		0,
		[],
		[]
	];
	var GetOTelEnrichmentOutput$ = [
		3,
		n0,
		_GOTEO,
		0,
		[
			_S,
			_IF,
			_EF,
			_CAr,
			_UA
		],
		[
			0,
			() => OTelEnrichmentMetricSelectorList,
			() => OTelEnrichmentMetricSelectorList,
			4,
			4
		],
		1
	];
	var GetResourceMetricsConfigurationInput$ = [
		3,
		n0,
		_GRMCI,
		0,
		[_RA],
		[0],
		1
	];
	var GetResourceMetricsConfigurationOutput$ = [
		3,
		n0,
		_GRMCO,
		0,
		[_RMC],
		[() => ResourceMetricsConfiguration$],
		1
	];
	var InsightRule$ = [
		3,
		n0,
		_IRn,
		0,
		[
			_Na,
			_State,
			_Sc,
			_Def,
			_MRan,
			_AOTL
		],
		[
			0,
			0,
			0,
			0,
			2,
			2
		],
		4
	];
	var InsightRuleContributor$ = [
		3,
		n0,
		_IRC,
		0,
		[
			_K,
			_AAV,
			_Dat
		],
		[
			64,
			1,
			() => InsightRuleContributorDatapoints
		],
		3
	];
	var InsightRuleContributorDatapoint$ = [
		3,
		n0,
		_IRCD,
		0,
		[_T, _AVp],
		[4, 1],
		2
	];
	var InsightRuleMetricDatapoint$ = [
		3,
		n0,
		_IRMD,
		0,
		[
			_T,
			_UC,
			_MCV,
			_SC,
			_A,
			_Su,
			_Mi,
			_Ma
		],
		[
			4,
			1,
			1,
			1,
			1,
			1,
			1,
			1
		],
		1
	];
	var LabelOptions$ = [
		3,
		n0,
		_LO,
		0,
		[_Ti],
		[0]
	];
	var ListAlarmMuteRulesInput$ = [
		3,
		n0,
		_LAMRI,
		0,
		[
			_AN,
			_Statu,
			_MR,
			_NT
		],
		[
			0,
			64,
			1,
			0
		]
	];
	var ListAlarmMuteRulesOutput$ = [
		3,
		n0,
		_LAMRO,
		0,
		[_AMRSl, _NT],
		[() => AlarmMuteRuleSummaries, 0]
	];
	var ListDashboardsInput$ = [
		3,
		n0,
		_LDI,
		0,
		[_DNP, _NT],
		[0, 0]
	];
	var ListDashboardsOutput$ = [
		3,
		n0,
		_LDO,
		0,
		[_DEa, _NT],
		[() => DashboardEntries, 0]
	];
	var ListManagedInsightRulesInput$ = [
		3,
		n0,
		_LMIRI,
		0,
		[
			_RARN,
			_NT,
			_MRa
		],
		[
			0,
			0,
			1
		],
		1
	];
	var ListManagedInsightRulesOutput$ = [
		3,
		n0,
		_LMIRO,
		0,
		[_MRana, _NT],
		[() => ManagedRuleDescriptions, 0]
	];
	var ListMetricsInput$ = [
		3,
		n0,
		_LMI,
		0,
		[
			_N,
			_MN,
			_D,
			_NT,
			_RAe,
			_ILA,
			_OA
		],
		[
			0,
			0,
			() => DimensionFilters,
			0,
			0,
			2,
			0
		]
	];
	var ListMetricsOutput$ = [
		3,
		n0,
		_LMO,
		0,
		[
			_Me,
			_NT,
			_OAw
		],
		[
			() => Metrics,
			0,
			64
		]
	];
	var ListMetricStreamsInput$ = [
		3,
		n0,
		_LMSI,
		0,
		[_NT, _MRa],
		[0, 1]
	];
	var ListMetricStreamsOutput$ = [
		3,
		n0,
		_LMSO,
		0,
		[_NT, _Ent],
		[0, () => MetricStreamEntries]
	];
	var ListTagsForResourceInput$ = [
		3,
		n0,
		_LTFRI,
		0,
		[_RARN],
		[0],
		1
	];
	var ListTagsForResourceOutput$ = [
		3,
		n0,
		_LTFRO,
		0,
		[_Ta],
		[() => TagList]
	];
	var LogAlarm$ = [
		3,
		n0,
		_LAo,
		0,
		[
			_AN,
			_AAl,
			_ADl,
			_ACUT,
			_AE,
			_OKA,
			_AA,
			_IDA,
			_SV,
			_SR,
			_SRD,
			_SUT,
			_SQC,
			_QRTE,
			_QRTA,
			_Th,
			_CO,
			_TMD,
			_STT,
			_ESv,
			_ALLC,
			_ALLRA,
			_WUC,
			_AC
		],
		[
			0,
			0,
			0,
			4,
			2,
			64,
			64,
			64,
			0,
			0,
			0,
			4,
			() => ScheduledQueryConfiguration$,
			1,
			1,
			1,
			0,
			0,
			4,
			0,
			1,
			0,
			() => WarmUpConfiguration$,
			() => ActionConfiguration$
		]
	];
	var ManagedRule$ = [
		3,
		n0,
		_MRan,
		0,
		[
			_TN,
			_RARN,
			_Ta
		],
		[
			0,
			0,
			() => TagList
		],
		2
	];
	var ManagedRuleDescription$ = [
		3,
		n0,
		_MRD,
		0,
		[
			_TN,
			_RARN,
			_RS
		],
		[
			0,
			0,
			() => ManagedRuleState$
		]
	];
	var ManagedRuleState$ = [
		3,
		n0,
		_MRS,
		0,
		[_RNu, _State],
		[0, 0],
		2
	];
	var MessageData$ = [
		3,
		n0,
		_MDes,
		0,
		[_Cod, _V],
		[0, 0]
	];
	var Metric$ = [
		3,
		n0,
		_Met,
		0,
		[
			_N,
			_MN,
			_D
		],
		[
			0,
			0,
			() => Dimensions
		]
	];
	var MetricAlarm$ = [
		3,
		n0,
		_MAe,
		0,
		[
			_AN,
			_AAl,
			_ADl,
			_ACUT,
			_AE,
			_OKA,
			_AA,
			_IDA,
			_SV,
			_SR,
			_SRD,
			_SUT,
			_MN,
			_N,
			_Sta,
			_ESx,
			_D,
			_P,
			_U,
			_EP,
			_DTA,
			_Th,
			_CO,
			_TMD,
			_ELSCP,
			_Me,
			_TMI,
			_ESv,
			_STT,
			_EW,
			_WUC,
			_EC,
			_EI,
			_AC
		],
		[
			0,
			0,
			0,
			4,
			2,
			64,
			64,
			64,
			0,
			0,
			0,
			4,
			0,
			0,
			0,
			0,
			() => Dimensions,
			1,
			0,
			1,
			1,
			1,
			0,
			0,
			0,
			() => MetricDataQueries,
			0,
			0,
			4,
			() => EvaluationWindow$,
			() => WarmUpConfiguration$,
			() => EvaluationCriteria$,
			1,
			() => ActionConfiguration$
		]
	];
	var MetricCharacteristics$ = [
		3,
		n0,
		_MC,
		0,
		[_PS],
		[2]
	];
	var MetricDataQuery$ = [
		3,
		n0,
		_MDQe,
		0,
		[
			_I,
			_MSe,
			_Ex,
			_L,
			_RD,
			_P,
			_AI
		],
		[
			0,
			() => MetricStat$,
			0,
			0,
			2,
			1,
			0
		],
		1
	];
	var MetricDataResult$ = [
		3,
		n0,
		_MDRe,
		0,
		[
			_I,
			_L,
			_Tim,
			_Va,
			_SCta,
			_Mes
		],
		[
			0,
			0,
			68,
			65,
			0,
			() => MetricDataResultMessages
		]
	];
	var MetricDatum$ = [
		3,
		n0,
		_MDet,
		0,
		[
			_MN,
			_D,
			_T,
			_V,
			_SVt,
			_Va,
			_Cou,
			_U,
			_SRt
		],
		[
			0,
			() => Dimensions,
			4,
			1,
			() => StatisticSet$,
			65,
			65,
			0,
			1
		],
		1
	];
	var MetricMathAnomalyDetector$ = [
		3,
		n0,
		_MMAD,
		0,
		[_MDQ],
		[() => MetricDataQueries]
	];
	var MetricStat$ = [
		3,
		n0,
		_MSe,
		0,
		[
			_Met,
			_P,
			_St,
			_U
		],
		[
			() => Metric$,
			1,
			0,
			0
		],
		3
	];
	var MetricStreamEntry$ = [
		3,
		n0,
		_MSE,
		0,
		[
			_Ar,
			_CD,
			_LUD,
			_Na,
			_FA,
			_State,
			_OF
		],
		[
			0,
			4,
			4,
			0,
			0,
			0,
			0
		]
	];
	var MetricStreamFilter$ = [
		3,
		n0,
		_MSF,
		0,
		[_N, _MNe],
		[0, 64]
	];
	var MetricStreamStatisticsConfiguration$ = [
		3,
		n0,
		_MSSC,
		0,
		[_IM, _ASd],
		[() => MetricStreamStatisticsIncludeMetrics, 64],
		2
	];
	var MetricStreamStatisticsMetric$ = [
		3,
		n0,
		_MSSM,
		0,
		[_N, _MN],
		[0, 0],
		2
	];
	var MuteTargets$ = [
		3,
		n0,
		_MTu,
		0,
		[_ANl],
		[64],
		1
	];
	var OTelEnrichmentMetricSelector$ = [
		3,
		n0,
		_OTEMS,
		0,
		[_N, _MNe],
		[0, 64],
		1
	];
	var PartialFailure$ = [
		3,
		n0,
		_PF,
		0,
		[
			_FR,
			_ETx,
			_FC,
			_FD
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var PutAlarmMuteRuleInput$ = [
		3,
		n0,
		_PAMRI,
		0,
		[
			_Na,
			_R,
			_De,
			_MTu,
			_Ta,
			_SD,
			_ED
		],
		[
			0,
			() => Rule$,
			0,
			() => MuteTargets$,
			() => TagList,
			4,
			4
		],
		2
	];
	var PutAnomalyDetectorInput$ = [
		3,
		n0,
		_PADI,
		0,
		[
			_N,
			_MN,
			_D,
			_St,
			_C,
			_MC,
			_SMAD,
			_MMAD
		],
		[
			0,
			0,
			() => Dimensions,
			0,
			() => AnomalyDetectorConfiguration$,
			() => MetricCharacteristics$,
			() => SingleMetricAnomalyDetector$,
			() => MetricMathAnomalyDetector$
		]
	];
	var PutAnomalyDetectorOutput$ = [
		3,
		n0,
		_PADO,
		0,
		[_ADI],
		[0]
	];
	var PutCompositeAlarmInput$ = [
		3,
		n0,
		_PCAI,
		0,
		[
			_AN,
			_AR,
			_AE,
			_AA,
			_ADl,
			_IDA,
			_OKA,
			_Ta,
			_ASc,
			_ASWP,
			_ASEP,
			_AC
		],
		[
			0,
			0,
			2,
			64,
			0,
			64,
			64,
			() => TagList,
			0,
			1,
			1,
			() => ActionConfiguration$
		],
		2
	];
	var PutDashboardInput$ = [
		3,
		n0,
		_PDI,
		0,
		[
			_DN,
			_DB,
			_Ta
		],
		[
			0,
			0,
			() => TagList
		],
		2
	];
	var PutDashboardOutput$ = [
		3,
		n0,
		_PDO,
		0,
		[_DVMa],
		[() => DashboardValidationMessages]
	];
	var PutInsightRuleInput$ = [
		3,
		n0,
		_PIRI,
		0,
		[
			_RNu,
			_RDu,
			_RS,
			_Ta,
			_AOTL
		],
		[
			0,
			0,
			0,
			() => TagList,
			2
		],
		2
	];
	var PutInsightRuleOutput$ = [
		3,
		n0,
		_PIRO,
		0,
		[],
		[]
	];
	var PutLogAlarmInput$ = [
		3,
		n0,
		_PLAI,
		0,
		[
			_AN,
			_SQC,
			_QRTE,
			_QRTA,
			_Th,
			_CO,
			_ADl,
			_ALLC,
			_ALLRA,
			_AE,
			_OKA,
			_AA,
			_IDA,
			_TMD,
			_Ta,
			_WUC,
			_AC
		],
		[
			0,
			() => ScheduledQueryConfiguration$,
			1,
			1,
			1,
			0,
			0,
			1,
			0,
			2,
			64,
			64,
			64,
			0,
			() => TagList,
			() => WarmUpConfiguration$,
			() => ActionConfiguration$
		],
		6
	];
	var PutManagedInsightRulesInput$ = [
		3,
		n0,
		_PMIRI,
		0,
		[_MRana],
		[() => ManagedRules],
		1
	];
	var PutManagedInsightRulesOutput$ = [
		3,
		n0,
		_PMIRO,
		0,
		[_F],
		[() => BatchFailures]
	];
	var PutMetricAlarmInput$ = [
		3,
		n0,
		_PMAI,
		0,
		[
			_AN,
			_ADl,
			_AE,
			_OKA,
			_AA,
			_IDA,
			_MN,
			_N,
			_Sta,
			_ESx,
			_D,
			_P,
			_U,
			_EP,
			_DTA,
			_Th,
			_CO,
			_TMD,
			_ELSCP,
			_Me,
			_Ta,
			_TMI,
			_EW,
			_WUC,
			_EC,
			_EI,
			_AC
		],
		[
			0,
			0,
			2,
			64,
			64,
			64,
			0,
			0,
			0,
			0,
			() => Dimensions,
			1,
			0,
			1,
			1,
			1,
			0,
			0,
			0,
			() => MetricDataQueries,
			() => TagList,
			0,
			() => EvaluationWindow$,
			() => WarmUpConfiguration$,
			() => EvaluationCriteria$,
			1,
			() => ActionConfiguration$
		],
		1
	];
	var PutMetricDataInput$ = [
		3,
		n0,
		_PMDI,
		0,
		[
			_N,
			_MD,
			_EMD,
			_SEV
		],
		[
			0,
			() => MetricData,
			() => EntityMetricDataList,
			2
		],
		1
	];
	var PutMetricStreamInput$ = [
		3,
		n0,
		_PMSI,
		0,
		[
			_Na,
			_FA,
			_RAo,
			_OF,
			_IF,
			_EF,
			_Ta,
			_SCt,
			_ILAM
		],
		[
			0,
			0,
			0,
			0,
			() => MetricStreamFilters,
			() => MetricStreamFilters,
			() => TagList,
			() => MetricStreamStatisticsConfigurations,
			2
		],
		4
	];
	var PutMetricStreamOutput$ = [
		3,
		n0,
		_PMSO,
		0,
		[_Ar],
		[0]
	];
	var Range$ = [
		3,
		n0,
		_Ra,
		0,
		[_ST, _ET],
		[4, 4],
		2
	];
	var ResourceMetricsConfiguration$ = [
		3,
		n0,
		_RMC,
		0,
		[
			_RA,
			_CAr,
			_UA,
			_MS
		],
		[
			0,
			4,
			4,
			() => ResourceMetricSelectionList
		],
		3
	];
	var ResourceMetricSelection$ = [
		3,
		n0,
		_RMS,
		0,
		[_IM],
		[64],
		1
	];
	var Rule$ = [
		3,
		n0,
		_R,
		0,
		[_Sch],
		[() => Schedule$],
		1
	];
	var Schedule$ = [
		3,
		n0,
		_Sch,
		0,
		[
			_Ex,
			_Du,
			_Ti
		],
		[
			0,
			0,
			0
		],
		2
	];
	var ScheduleConfiguration$ = [
		3,
		n0,
		_SCc,
		0,
		[
			_SE,
			_STO,
			_ETO
		],
		[
			0,
			1,
			1
		],
		2
	];
	var ScheduledQueryConfiguration$ = [
		3,
		n0,
		_SQC,
		0,
		[
			_QS,
			_SQRARN,
			_SCc,
			_AEg,
			_LGI,
			_QARN,
			_Ta
		],
		[
			0,
			0,
			() => ScheduleConfiguration$,
			0,
			64,
			0,
			() => TagList
		],
		4
	];
	var SetAlarmStateInput$ = [
		3,
		n0,
		_SASI,
		0,
		[
			_AN,
			_SV,
			_SR,
			_SRD
		],
		[
			0,
			0,
			0,
			0
		],
		3
	];
	var SingleMetricAnomalyDetector$ = [
		3,
		n0,
		_SMAD,
		0,
		[
			_AI,
			_N,
			_MN,
			_D,
			_St
		],
		[
			0,
			0,
			0,
			() => Dimensions,
			0
		]
	];
	var SlidingWindow$ = [
		3,
		n0,
		_SW,
		0,
		[],
		[]
	];
	var StartMetricStreamsInput$ = [
		3,
		n0,
		_SMSI,
		0,
		[_Nam],
		[64],
		1
	];
	var StartMetricStreamsOutput$ = [
		3,
		n0,
		_SMSO,
		0,
		[],
		[]
	];
	var StartOTelEnrichmentInput$ = [
		3,
		n0,
		_SOTEI,
		0,
		[_IF, _EF],
		[() => OTelEnrichmentMetricSelectorList, () => OTelEnrichmentMetricSelectorList]
	];
	var StartOTelEnrichmentOutput$ = [
		3,
		n0,
		_SOTEO,
		0,
		[
			_IF,
			_EF,
			_CAr,
			_UA
		],
		[
			() => OTelEnrichmentMetricSelectorList,
			() => OTelEnrichmentMetricSelectorList,
			4,
			4
		]
	];
	var StatisticSet$ = [
		3,
		n0,
		_SS,
		0,
		[
			_SC,
			_Su,
			_Mi,
			_Ma
		],
		[
			1,
			1,
			1,
			1
		],
		4
	];
	var StopMetricStreamsInput$ = [
		3,
		n0,
		_SMSIt,
		0,
		[_Nam],
		[64],
		1
	];
	var StopMetricStreamsOutput$ = [
		3,
		n0,
		_SMSOt,
		0,
		[],
		[]
	];
	var StopOTelEnrichmentInput$ = [
		3,
		n0,
		_SOTEIt,
		0,
		[],
		[]
	];
	var StopOTelEnrichmentOutput$ = [
		3,
		n0,
		_SOTEOt,
		0,
		[],
		[]
	];
	var Tag$ = [
		3,
		n0,
		_Tag,
		0,
		[_Ke, _V],
		[0, 0],
		2
	];
	var TagResourceInput$ = [
		3,
		n0,
		_TRI,
		0,
		[_RARN, _Ta],
		[0, () => TagList],
		2
	];
	var TagResourceOutput$ = [
		3,
		n0,
		_TRO,
		0,
		[],
		[]
	];
	var UntagResourceInput$ = [
		3,
		n0,
		_URI,
		0,
		[_RARN, _TK],
		[0, 64],
		2
	];
	var UntagResourceOutput$ = [
		3,
		n0,
		_URO,
		0,
		[],
		[]
	];
	var UpdateOTelEnrichmentInput$ = [
		3,
		n0,
		_UOTEI,
		0,
		[_IF, _EF],
		[() => OTelEnrichmentMetricSelectorList, () => OTelEnrichmentMetricSelectorList]
	];
	var UpdateOTelEnrichmentOutput$ = [
		3,
		n0,
		_UOTEO,
		0,
		[
			_IF,
			_EF,
			_CAr,
			_UA
		],
		[
			() => OTelEnrichmentMetricSelectorList,
			() => OTelEnrichmentMetricSelectorList,
			4,
			4
		]
	];
	var UpdateResourceMetricsConfigurationInput$ = [
		3,
		n0,
		_URMCI,
		0,
		[_RA, _MS],
		[0, () => ResourceMetricSelectionList],
		1
	];
	var UpdateResourceMetricsConfigurationOutput$ = [
		3,
		n0,
		_URMCO,
		0,
		[_RMC],
		[() => ResourceMetricsConfiguration$],
		1
	];
	var WallClockWindow$ = [
		3,
		n0,
		_WCW,
		0,
		[_Ti],
		[0]
	];
	var WarmUpConfiguration$ = [
		3,
		n0,
		_WUC,
		0,
		[_WUPDIM, _OSEAWUPE],
		[1, 2],
		1
	];
	var __Unit = "unit";
	var AlarmContributors = [
		1,
		n0,
		_ACla,
		0,
		() => AlarmContributor$
	];
	var AlarmHistoryItems = [
		1,
		n0,
		_AHIl,
		0,
		() => AlarmHistoryItem$
	];
	var AlarmMuteRuleSummaries = [
		1,
		n0,
		_AMRSl,
		0,
		() => AlarmMuteRuleSummary$
	];
	var AnomalyDetectorExcludedTimeRanges = [
		1,
		n0,
		_ADETR,
		0,
		() => Range$
	];
	var AnomalyDetectors = [
		1,
		n0,
		_ADn,
		0,
		() => AnomalyDetector$
	];
	var BatchFailures = [
		1,
		n0,
		_BF,
		0,
		() => PartialFailure$
	];
	var CompositeAlarms = [
		1,
		n0,
		_CAom,
		0,
		() => CompositeAlarm$
	];
	var DashboardEntries = [
		1,
		n0,
		_DEa,
		0,
		() => DashboardEntry$
	];
	var DashboardValidationMessages = [
		1,
		n0,
		_DVMa,
		0,
		() => DashboardValidationMessage$
	];
	var Datapoints = [
		1,
		n0,
		_Dat,
		0,
		() => Datapoint$
	];
	var DimensionFilters = [
		1,
		n0,
		_DFi,
		0,
		() => DimensionFilter$
	];
	var Dimensions = [
		1,
		n0,
		_D,
		0,
		() => Dimension$
	];
	var EntityMetricDataList = [
		1,
		n0,
		_EMDL,
		0,
		() => EntityMetricData$
	];
	var InsightRuleContributorDatapoints = [
		1,
		n0,
		_IRCDn,
		0,
		() => InsightRuleContributorDatapoint$
	];
	var InsightRuleContributors = [
		1,
		n0,
		_IRCn,
		0,
		() => InsightRuleContributor$
	];
	var InsightRuleMetricDatapoints = [
		1,
		n0,
		_IRMDn,
		0,
		() => InsightRuleMetricDatapoint$
	];
	var InsightRules = [
		1,
		n0,
		_IR,
		0,
		() => InsightRule$
	];
	var LogAlarms = [
		1,
		n0,
		_LA,
		0,
		() => LogAlarm$
	];
	var ManagedRuleDescriptions = [
		1,
		n0,
		_MRDa,
		0,
		() => ManagedRuleDescription$
	];
	var ManagedRules = [
		1,
		n0,
		_MRana,
		0,
		() => ManagedRule$
	];
	var MetricAlarms = [
		1,
		n0,
		_MA,
		0,
		() => MetricAlarm$
	];
	var MetricData = [
		1,
		n0,
		_MD,
		0,
		() => MetricDatum$
	];
	var MetricDataQueries = [
		1,
		n0,
		_MDQ,
		0,
		() => MetricDataQuery$
	];
	var MetricDataResultMessages = [
		1,
		n0,
		_MDRM,
		0,
		() => MessageData$
	];
	var MetricDataResults = [
		1,
		n0,
		_MDR,
		0,
		() => MetricDataResult$
	];
	var Metrics = [
		1,
		n0,
		_Me,
		0,
		() => Metric$
	];
	var MetricStreamEntries = [
		1,
		n0,
		_MSEe,
		0,
		() => MetricStreamEntry$
	];
	var MetricStreamFilters = [
		1,
		n0,
		_MSFe,
		0,
		() => MetricStreamFilter$
	];
	var MetricStreamStatisticsConfigurations = [
		1,
		n0,
		_MSSCe,
		0,
		() => MetricStreamStatisticsConfiguration$
	];
	var MetricStreamStatisticsIncludeMetrics = [
		1,
		n0,
		_MSSIM,
		0,
		() => MetricStreamStatisticsMetric$
	];
	var OTelEnrichmentMetricSelectorList = [
		1,
		n0,
		_OTEMSL,
		0,
		() => OTelEnrichmentMetricSelector$
	];
	var ResourceMetricSelectionList = [
		1,
		n0,
		_RMSL,
		0,
		() => ResourceMetricSelection$
	];
	var TagList = [
		1,
		n0,
		_TL,
		0,
		() => Tag$
	];
	var EvaluationCriteria$ = [
		4,
		n0,
		_EC,
		0,
		[_PQLC],
		[() => AlarmPromQLCriteria$]
	];
	var EvaluationWindow$ = [
		4,
		n0,
		_EW,
		0,
		[_WCW, _SW],
		[() => WallClockWindow$, () => SlidingWindow$]
	];
	var AssociateDatasetKmsKey$ = [
		9,
		n0,
		_ADKK,
		0,
		() => AssociateDatasetKmsKeyInput$,
		() => AssociateDatasetKmsKeyOutput$
	];
	var CreateResourceMetricsConfiguration$ = [
		9,
		n0,
		_CRMC,
		0,
		() => CreateResourceMetricsConfigurationInput$,
		() => CreateResourceMetricsConfigurationOutput$
	];
	var DeleteAlarmMuteRule$ = [
		9,
		n0,
		_DAMR,
		0,
		() => DeleteAlarmMuteRuleInput$,
		() => __Unit
	];
	var DeleteAlarms$ = [
		9,
		n0,
		_DAe,
		0,
		() => DeleteAlarmsInput$,
		() => __Unit
	];
	var DeleteAnomalyDetector$ = [
		9,
		n0,
		_DAD,
		0,
		() => DeleteAnomalyDetectorInput$,
		() => DeleteAnomalyDetectorOutput$
	];
	var DeleteDashboards$ = [
		9,
		n0,
		_DD,
		0,
		() => DeleteDashboardsInput$,
		() => DeleteDashboardsOutput$
	];
	var DeleteInsightRules$ = [
		9,
		n0,
		_DIR,
		0,
		() => DeleteInsightRulesInput$,
		() => DeleteInsightRulesOutput$
	];
	var DeleteMetricStream$ = [
		9,
		n0,
		_DMS,
		0,
		() => DeleteMetricStreamInput$,
		() => DeleteMetricStreamOutput$
	];
	var DeleteResourceMetricsConfiguration$ = [
		9,
		n0,
		_DRMC,
		0,
		() => DeleteResourceMetricsConfigurationInput$,
		() => DeleteResourceMetricsConfigurationOutput$
	];
	var DescribeAlarmContributors$ = [
		9,
		n0,
		_DAC,
		0,
		() => DescribeAlarmContributorsInput$,
		() => DescribeAlarmContributorsOutput$
	];
	var DescribeAlarmHistory$ = [
		9,
		n0,
		_DAH,
		0,
		() => DescribeAlarmHistoryInput$,
		() => DescribeAlarmHistoryOutput$
	];
	var DescribeAlarms$ = [
		9,
		n0,
		_DAes,
		0,
		() => DescribeAlarmsInput$,
		() => DescribeAlarmsOutput$
	];
	var DescribeAlarmsForMetric$ = [
		9,
		n0,
		_DAFM,
		0,
		() => DescribeAlarmsForMetricInput$,
		() => DescribeAlarmsForMetricOutput$
	];
	var DescribeAnomalyDetectors$ = [
		9,
		n0,
		_DADe,
		0,
		() => DescribeAnomalyDetectorsInput$,
		() => DescribeAnomalyDetectorsOutput$
	];
	var DescribeInsightRules$ = [
		9,
		n0,
		_DIRe,
		0,
		() => DescribeInsightRulesInput$,
		() => DescribeInsightRulesOutput$
	];
	var DisableAlarmActions$ = [
		9,
		n0,
		_DAA,
		0,
		() => DisableAlarmActionsInput$,
		() => __Unit
	];
	var DisableInsightRules$ = [
		9,
		n0,
		_DIRi,
		0,
		() => DisableInsightRulesInput$,
		() => DisableInsightRulesOutput$
	];
	var DisassociateDatasetKmsKey$ = [
		9,
		n0,
		_DDKK,
		2,
		() => DisassociateDatasetKmsKeyInput$,
		() => DisassociateDatasetKmsKeyOutput$
	];
	var EnableAlarmActions$ = [
		9,
		n0,
		_EAA,
		0,
		() => EnableAlarmActionsInput$,
		() => __Unit
	];
	var EnableInsightRules$ = [
		9,
		n0,
		_EIR,
		0,
		() => EnableInsightRulesInput$,
		() => EnableInsightRulesOutput$
	];
	var GetAlarmMuteRule$ = [
		9,
		n0,
		_GAMR,
		0,
		() => GetAlarmMuteRuleInput$,
		() => GetAlarmMuteRuleOutput$
	];
	var GetDashboard$ = [
		9,
		n0,
		_GD,
		0,
		() => GetDashboardInput$,
		() => GetDashboardOutput$
	];
	var GetDataset$ = [
		9,
		n0,
		_GDe,
		0,
		() => GetDatasetInput$,
		() => GetDatasetOutput$
	];
	var GetInsightRuleReport$ = [
		9,
		n0,
		_GIRR,
		0,
		() => GetInsightRuleReportInput$,
		() => GetInsightRuleReportOutput$
	];
	var GetMetricData$ = [
		9,
		n0,
		_GMD,
		0,
		() => GetMetricDataInput$,
		() => GetMetricDataOutput$
	];
	var GetMetricStatistics$ = [
		9,
		n0,
		_GMS,
		0,
		() => GetMetricStatisticsInput$,
		() => GetMetricStatisticsOutput$
	];
	var GetMetricStream$ = [
		9,
		n0,
		_GMSe,
		0,
		() => GetMetricStreamInput$,
		() => GetMetricStreamOutput$
	];
	var GetMetricWidgetImage$ = [
		9,
		n0,
		_GMWI,
		0,
		() => GetMetricWidgetImageInput$,
		() => GetMetricWidgetImageOutput$
	];
	var GetOTelEnrichment$ = [
		9,
		n0,
		_GOTE,
		0,
		() => GetOTelEnrichmentInput$,
		() => GetOTelEnrichmentOutput$
	];
	var GetResourceMetricsConfiguration$ = [
		9,
		n0,
		_GRMC,
		0,
		() => GetResourceMetricsConfigurationInput$,
		() => GetResourceMetricsConfigurationOutput$
	];
	var ListAlarmMuteRules$ = [
		9,
		n0,
		_LAMR,
		0,
		() => ListAlarmMuteRulesInput$,
		() => ListAlarmMuteRulesOutput$
	];
	var ListDashboards$ = [
		9,
		n0,
		_LD,
		0,
		() => ListDashboardsInput$,
		() => ListDashboardsOutput$
	];
	var ListManagedInsightRules$ = [
		9,
		n0,
		_LMIR,
		0,
		() => ListManagedInsightRulesInput$,
		() => ListManagedInsightRulesOutput$
	];
	var ListMetrics$ = [
		9,
		n0,
		_LMi,
		0,
		() => ListMetricsInput$,
		() => ListMetricsOutput$
	];
	var ListMetricStreams$ = [
		9,
		n0,
		_LMS,
		0,
		() => ListMetricStreamsInput$,
		() => ListMetricStreamsOutput$
	];
	var ListTagsForResource$ = [
		9,
		n0,
		_LTFR,
		0,
		() => ListTagsForResourceInput$,
		() => ListTagsForResourceOutput$
	];
	var PutAlarmMuteRule$ = [
		9,
		n0,
		_PAMR,
		0,
		() => PutAlarmMuteRuleInput$,
		() => __Unit
	];
	var PutAnomalyDetector$ = [
		9,
		n0,
		_PAD,
		0,
		() => PutAnomalyDetectorInput$,
		() => PutAnomalyDetectorOutput$
	];
	var PutCompositeAlarm$ = [
		9,
		n0,
		_PCA,
		0,
		() => PutCompositeAlarmInput$,
		() => __Unit
	];
	var PutDashboard$ = [
		9,
		n0,
		_PD,
		0,
		() => PutDashboardInput$,
		() => PutDashboardOutput$
	];
	var PutInsightRule$ = [
		9,
		n0,
		_PIR,
		0,
		() => PutInsightRuleInput$,
		() => PutInsightRuleOutput$
	];
	var PutLogAlarm$ = [
		9,
		n0,
		_PLA,
		0,
		() => PutLogAlarmInput$,
		() => __Unit
	];
	var PutManagedInsightRules$ = [
		9,
		n0,
		_PMIR,
		0,
		() => PutManagedInsightRulesInput$,
		() => PutManagedInsightRulesOutput$
	];
	var PutMetricAlarm$ = [
		9,
		n0,
		_PMA,
		0,
		() => PutMetricAlarmInput$,
		() => __Unit
	];
	var PutMetricData$ = [
		9,
		n0,
		_PMD,
		0,
		() => PutMetricDataInput$,
		() => __Unit
	];
	var PutMetricStream$ = [
		9,
		n0,
		_PMS,
		0,
		() => PutMetricStreamInput$,
		() => PutMetricStreamOutput$
	];
	var SetAlarmState$ = [
		9,
		n0,
		_SAS,
		0,
		() => SetAlarmStateInput$,
		() => __Unit
	];
	var StartMetricStreams$ = [
		9,
		n0,
		_SMS,
		0,
		() => StartMetricStreamsInput$,
		() => StartMetricStreamsOutput$
	];
	var StartOTelEnrichment$ = [
		9,
		n0,
		_SOTE,
		0,
		() => StartOTelEnrichmentInput$,
		() => StartOTelEnrichmentOutput$
	];
	var StopMetricStreams$ = [
		9,
		n0,
		_SMSt,
		0,
		() => StopMetricStreamsInput$,
		() => StopMetricStreamsOutput$
	];
	var StopOTelEnrichment$ = [
		9,
		n0,
		_SOTEt,
		0,
		() => StopOTelEnrichmentInput$,
		() => StopOTelEnrichmentOutput$
	];
	var TagResource$ = [
		9,
		n0,
		_TR,
		0,
		() => TagResourceInput$,
		() => TagResourceOutput$
	];
	var UntagResource$ = [
		9,
		n0,
		_UR,
		0,
		() => UntagResourceInput$,
		() => UntagResourceOutput$
	];
	var UpdateOTelEnrichment$ = [
		9,
		n0,
		_UOTE,
		0,
		() => UpdateOTelEnrichmentInput$,
		() => UpdateOTelEnrichmentOutput$
	];
	var UpdateResourceMetricsConfiguration$ = [
		9,
		n0,
		_URMC,
		0,
		() => UpdateResourceMetricsConfigurationInput$,
		() => UpdateResourceMetricsConfigurationOutput$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2010-08-01",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsJson1_0Protocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.cloudwatch",
				errorTypeRegistries,
				xmlNamespace: "http://monitoring.amazonaws.com/doc/2010-08-01/",
				version: "2010-08-01",
				serviceTarget: "GraniteServiceVersion20100801",
				awsQueryCompatible: true
			},
			serviceId: config?.serviceId ?? "CloudWatch",
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
			disableRequestCompression: config?.disableRequestCompression ?? loadConfig(NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS, config),
			maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
			region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, {
				...NODE_REGION_CONFIG_FILE_OPTIONS,
				...loaderConfig
			}),
			requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
			requestMinCompressionSizeBytes: config?.requestMinCompressionSizeBytes ?? loadConfig(NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS, config),
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
	var CloudWatchClient = class extends Client {
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
			const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
			const _config_8 = resolveCompressionConfig(_config_7);
			const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
			this.config = _config_9;
			this.middlewareStack.use(getSchemaSerdePlugin(this.config));
			this.middlewareStack.use(getUserAgentPlugin(this.config));
			this.middlewareStack.use(getRetryPlugin(this.config));
			this.middlewareStack.use(getContentLengthPlugin(this.config));
			this.middlewareStack.use(getHostHeaderPlugin(this.config));
			this.middlewareStack.use(getLoggerPlugin(this.config));
			this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
			this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
				httpAuthSchemeParametersProvider: defaultCloudWatchHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "GraniteServiceVersion20100801", "CloudWatchClient", getEndpointPlugin);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	const _mw1 = (Command, cs, config, o) => [getCompressionPlugin(config, { encodings: ["gzip"] })];
	var AssociateDatasetKmsKeyCommand = class extends command(_ep0, _mw0, "AssociateDatasetKmsKey", AssociateDatasetKmsKey$) {};
	var CreateResourceMetricsConfigurationCommand = class extends command(_ep0, _mw0, "CreateResourceMetricsConfiguration", CreateResourceMetricsConfiguration$) {};
	var DeleteAlarmMuteRuleCommand = class extends command(_ep0, _mw0, "DeleteAlarmMuteRule", DeleteAlarmMuteRule$) {};
	var DeleteAlarmsCommand = class extends command(_ep0, _mw0, "DeleteAlarms", DeleteAlarms$) {};
	var DeleteAnomalyDetectorCommand = class extends command(_ep0, _mw0, "DeleteAnomalyDetector", DeleteAnomalyDetector$) {};
	var DeleteDashboardsCommand = class extends command(_ep0, _mw0, "DeleteDashboards", DeleteDashboards$) {};
	var DeleteInsightRulesCommand = class extends command(_ep0, _mw0, "DeleteInsightRules", DeleteInsightRules$) {};
	var DeleteMetricStreamCommand = class extends command(_ep0, _mw0, "DeleteMetricStream", DeleteMetricStream$) {};
	var DeleteResourceMetricsConfigurationCommand = class extends command(_ep0, _mw0, "DeleteResourceMetricsConfiguration", DeleteResourceMetricsConfiguration$) {};
	var DescribeAlarmContributorsCommand = class extends command(_ep0, _mw0, "DescribeAlarmContributors", DescribeAlarmContributors$) {};
	var DescribeAlarmHistoryCommand = class extends command(_ep0, _mw0, "DescribeAlarmHistory", DescribeAlarmHistory$) {};
	var DescribeAlarmsCommand = class extends command(_ep0, _mw0, "DescribeAlarms", DescribeAlarms$) {};
	var DescribeAlarmsForMetricCommand = class extends command(_ep0, _mw0, "DescribeAlarmsForMetric", DescribeAlarmsForMetric$) {};
	var DescribeAnomalyDetectorsCommand = class extends command(_ep0, _mw0, "DescribeAnomalyDetectors", DescribeAnomalyDetectors$) {};
	var DescribeInsightRulesCommand = class extends command(_ep0, _mw0, "DescribeInsightRules", DescribeInsightRules$) {};
	var DisableAlarmActionsCommand = class extends command(_ep0, _mw0, "DisableAlarmActions", DisableAlarmActions$) {};
	var DisableInsightRulesCommand = class extends command(_ep0, _mw0, "DisableInsightRules", DisableInsightRules$) {};
	var DisassociateDatasetKmsKeyCommand = class extends command(_ep0, _mw0, "DisassociateDatasetKmsKey", DisassociateDatasetKmsKey$) {};
	var EnableAlarmActionsCommand = class extends command(_ep0, _mw0, "EnableAlarmActions", EnableAlarmActions$) {};
	var EnableInsightRulesCommand = class extends command(_ep0, _mw0, "EnableInsightRules", EnableInsightRules$) {};
	var GetAlarmMuteRuleCommand = class extends command(_ep0, _mw0, "GetAlarmMuteRule", GetAlarmMuteRule$) {};
	var GetDashboardCommand = class extends command(_ep0, _mw0, "GetDashboard", GetDashboard$) {};
	var GetDatasetCommand = class extends command(_ep0, _mw0, "GetDataset", GetDataset$) {};
	var GetInsightRuleReportCommand = class extends command(_ep0, _mw0, "GetInsightRuleReport", GetInsightRuleReport$) {};
	var GetMetricDataCommand = class extends command(_ep0, _mw0, "GetMetricData", GetMetricData$) {};
	var GetMetricStatisticsCommand = class extends command(_ep0, _mw0, "GetMetricStatistics", GetMetricStatistics$) {};
	var GetMetricStreamCommand = class extends command(_ep0, _mw0, "GetMetricStream", GetMetricStream$) {};
	var GetMetricWidgetImageCommand = class extends command(_ep0, _mw0, "GetMetricWidgetImage", GetMetricWidgetImage$) {};
	var GetOTelEnrichmentCommand = class extends command(_ep0, _mw0, "GetOTelEnrichment", GetOTelEnrichment$) {};
	var GetResourceMetricsConfigurationCommand = class extends command(_ep0, _mw0, "GetResourceMetricsConfiguration", GetResourceMetricsConfiguration$) {};
	var ListAlarmMuteRulesCommand = class extends command(_ep0, _mw0, "ListAlarmMuteRules", ListAlarmMuteRules$) {};
	var ListDashboardsCommand = class extends command(_ep0, _mw0, "ListDashboards", ListDashboards$) {};
	var ListManagedInsightRulesCommand = class extends command(_ep0, _mw0, "ListManagedInsightRules", ListManagedInsightRules$) {};
	var ListMetricsCommand = class extends command(_ep0, _mw0, "ListMetrics", ListMetrics$) {};
	var ListMetricStreamsCommand = class extends command(_ep0, _mw0, "ListMetricStreams", ListMetricStreams$) {};
	var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {};
	var PutAlarmMuteRuleCommand = class extends command(_ep0, _mw0, "PutAlarmMuteRule", PutAlarmMuteRule$) {};
	var PutAnomalyDetectorCommand = class extends command(_ep0, _mw0, "PutAnomalyDetector", PutAnomalyDetector$) {};
	var PutCompositeAlarmCommand = class extends command(_ep0, _mw0, "PutCompositeAlarm", PutCompositeAlarm$) {};
	var PutDashboardCommand = class extends command(_ep0, _mw0, "PutDashboard", PutDashboard$) {};
	var PutInsightRuleCommand = class extends command(_ep0, _mw0, "PutInsightRule", PutInsightRule$) {};
	var PutLogAlarmCommand = class extends command(_ep0, _mw0, "PutLogAlarm", PutLogAlarm$) {};
	var PutManagedInsightRulesCommand = class extends command(_ep0, _mw0, "PutManagedInsightRules", PutManagedInsightRules$) {};
	var PutMetricAlarmCommand = class extends command(_ep0, _mw0, "PutMetricAlarm", PutMetricAlarm$) {};
	var PutMetricDataCommand = class extends command(_ep0, _mw1, "PutMetricData", PutMetricData$) {};
	var PutMetricStreamCommand = class extends command(_ep0, _mw0, "PutMetricStream", PutMetricStream$) {};
	var SetAlarmStateCommand = class extends command(_ep0, _mw0, "SetAlarmState", SetAlarmState$) {};
	var StartMetricStreamsCommand = class extends command(_ep0, _mw0, "StartMetricStreams", StartMetricStreams$) {};
	var StartOTelEnrichmentCommand = class extends command(_ep0, _mw0, "StartOTelEnrichment", StartOTelEnrichment$) {};
	var StopMetricStreamsCommand = class extends command(_ep0, _mw0, "StopMetricStreams", StopMetricStreams$) {};
	var StopOTelEnrichmentCommand = class extends command(_ep0, _mw0, "StopOTelEnrichment", StopOTelEnrichment$) {};
	var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {};
	var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {};
	var UpdateOTelEnrichmentCommand = class extends command(_ep0, _mw0, "UpdateOTelEnrichment", UpdateOTelEnrichment$) {};
	var UpdateResourceMetricsConfigurationCommand = class extends command(_ep0, _mw0, "UpdateResourceMetricsConfiguration", UpdateResourceMetricsConfiguration$) {};
	const paginateDescribeAlarmHistory = createPaginator(CloudWatchClient, DescribeAlarmHistoryCommand, "NextToken", "NextToken", "MaxRecords");
	const paginateDescribeAlarms = createPaginator(CloudWatchClient, DescribeAlarmsCommand, "NextToken", "NextToken", "MaxRecords");
	const paginateDescribeAnomalyDetectors = createPaginator(CloudWatchClient, DescribeAnomalyDetectorsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateDescribeInsightRules = createPaginator(CloudWatchClient, DescribeInsightRulesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateGetMetricData = createPaginator(CloudWatchClient, GetMetricDataCommand, "NextToken", "NextToken", "MaxDatapoints");
	const paginateListAlarmMuteRules = createPaginator(CloudWatchClient, ListAlarmMuteRulesCommand, "NextToken", "NextToken", "MaxRecords");
	const paginateListDashboards = createPaginator(CloudWatchClient, ListDashboardsCommand, "NextToken", "NextToken", "");
	const paginateListManagedInsightRules = createPaginator(CloudWatchClient, ListManagedInsightRulesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListMetrics = createPaginator(CloudWatchClient, ListMetricsCommand, "NextToken", "NextToken", "");
	const paginateListMetricStreams = createPaginator(CloudWatchClient, ListMetricStreamsCommand, "NextToken", "NextToken", "MaxResults");
	const checkState$3 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeAlarmsCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return [].concat(...result.MetricAlarms).length > 0;
				};
				if (returnComparator() == true) return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilAlarmExists = async (params, input) => {
		const result = await createWaiter({
			minDelay: 5,
			maxDelay: 120,
			...params
		}, input, checkState$3);
		return checkExceptions(result);
	};
	const checkState$2 = async (client, input) => {
		let reason;
		try {
			reason = await client.send(new GetAlarmMuteRuleCommand(input));
			return {
				state: WaiterState.SUCCESS,
				reason
			};
		} catch (exception) {
			reason = exception;
			if (exception.name === "ResourceNotFoundException") return {
				state: WaiterState.RETRY,
				reason
			};
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilAlarmMuteRuleExists = async (params, input) => {
		const result = await createWaiter({
			minDelay: 5,
			maxDelay: 120,
			...params
		}, input, checkState$2);
		return checkExceptions(result);
	};
	const checkState$1 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeAlarmsCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return [].concat(...result.CompositeAlarms).length > 0;
				};
				if (returnComparator() == true) return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilCompositeAlarmExists = async (params, input) => {
		const result = await createWaiter({
			minDelay: 5,
			maxDelay: 120,
			...params
		}, input, checkState$1);
		return checkExceptions(result);
	};
	const checkState = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeAlarmsCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return [].concat(...result.LogAlarms).length > 0;
				};
				if (returnComparator() == true) return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilLogAlarmExists = async (params, input) => {
		const result = await createWaiter({
			minDelay: 5,
			maxDelay: 120,
			...params
		}, input, checkState);
		return checkExceptions(result);
	};
	const commands = {
		AssociateDatasetKmsKeyCommand,
		CreateResourceMetricsConfigurationCommand,
		DeleteAlarmMuteRuleCommand,
		DeleteAlarmsCommand,
		DeleteAnomalyDetectorCommand,
		DeleteDashboardsCommand,
		DeleteInsightRulesCommand,
		DeleteMetricStreamCommand,
		DeleteResourceMetricsConfigurationCommand,
		DescribeAlarmContributorsCommand,
		DescribeAlarmHistoryCommand,
		DescribeAlarmsCommand,
		DescribeAlarmsForMetricCommand,
		DescribeAnomalyDetectorsCommand,
		DescribeInsightRulesCommand,
		DisableAlarmActionsCommand,
		DisableInsightRulesCommand,
		DisassociateDatasetKmsKeyCommand,
		EnableAlarmActionsCommand,
		EnableInsightRulesCommand,
		GetAlarmMuteRuleCommand,
		GetDashboardCommand,
		GetDatasetCommand,
		GetInsightRuleReportCommand,
		GetMetricDataCommand,
		GetMetricStatisticsCommand,
		GetMetricStreamCommand,
		GetMetricWidgetImageCommand,
		GetOTelEnrichmentCommand,
		GetResourceMetricsConfigurationCommand,
		ListAlarmMuteRulesCommand,
		ListDashboardsCommand,
		ListManagedInsightRulesCommand,
		ListMetricsCommand,
		ListMetricStreamsCommand,
		ListTagsForResourceCommand,
		PutAlarmMuteRuleCommand,
		PutAnomalyDetectorCommand,
		PutCompositeAlarmCommand,
		PutDashboardCommand,
		PutInsightRuleCommand,
		PutLogAlarmCommand,
		PutManagedInsightRulesCommand,
		PutMetricAlarmCommand,
		PutMetricDataCommand,
		PutMetricStreamCommand,
		SetAlarmStateCommand,
		StartMetricStreamsCommand,
		StartOTelEnrichmentCommand,
		StopMetricStreamsCommand,
		StopOTelEnrichmentCommand,
		TagResourceCommand,
		UntagResourceCommand,
		UpdateOTelEnrichmentCommand,
		UpdateResourceMetricsConfigurationCommand
	};
	const paginators = {
		paginateDescribeAlarmHistory,
		paginateDescribeAlarms,
		paginateDescribeAnomalyDetectors,
		paginateDescribeInsightRules,
		paginateGetMetricData,
		paginateListAlarmMuteRules,
		paginateListDashboards,
		paginateListManagedInsightRules,
		paginateListMetrics,
		paginateListMetricStreams
	};
	const waiters = {
		waitUntilAlarmExists,
		waitUntilCompositeAlarmExists,
		waitUntilLogAlarmExists,
		waitUntilAlarmMuteRuleExists
	};
	var CloudWatch = class extends CloudWatchClient {};
	createAggregatedClient(commands, CloudWatch, {
		paginators,
		waiters
	});
	exports.CloudWatchClient = CloudWatchClient;
	exports.DeleteAlarmsCommand = DeleteAlarmsCommand;
	exports.DeleteDashboardsCommand = DeleteDashboardsCommand;
	exports.DescribeAlarmsCommand = DescribeAlarmsCommand;
	exports.EnableAlarmActionsCommand = EnableAlarmActionsCommand;
	exports.GetDashboardCommand = GetDashboardCommand;
	exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
	exports.PutCompositeAlarmCommand = PutCompositeAlarmCommand;
	exports.PutDashboardCommand = PutDashboardCommand;
	exports.PutMetricAlarmCommand = PutMetricAlarmCommand;
	exports.SetAlarmStateCommand = SetAlarmStateCommand;
	exports.TagResourceCommand = TagResourceCommand;
	exports.UntagResourceCommand = UntagResourceCommand;
	exports.paginateDescribeAlarms = paginateDescribeAlarms;
	exports.paginateListDashboards = paginateListDashboards;
	exports.paginateListMetrics = paginateListMetrics;
})))(), 1);
/** Alarms whose tags are read at once. */
const CONCURRENCY$1 = 8;
/** DescribeAlarms reports only metric alarms unless asked for both kinds. */
const BOTH_KINDS = ["MetricAlarm", "CompositeAlarm"];
/** The reason of an alarm never evaluated (AWS, moto and LocalStack alike): its state is the instance's to give. */
const INITIAL_REASON = "Unchecked: Initial alarm creation";
/** What PutMetricAlarm takes, as DescribeAlarms reports it. */
const METRIC_ALARM_SETTINGS = [
	"AlarmName",
	"AlarmDescription",
	"ActionsEnabled",
	"OKActions",
	"AlarmActions",
	"InsufficientDataActions",
	"MetricName",
	"Namespace",
	"Statistic",
	"ExtendedStatistic",
	"Dimensions",
	"Period",
	"Unit",
	"EvaluationPeriods",
	"DatapointsToAlarm",
	"Threshold",
	"ComparisonOperator",
	"TreatMissingData",
	"EvaluateLowSampleCountPercentile",
	"Metrics",
	"ThresholdMetricId",
	"EvaluationWindow",
	"WarmUpConfiguration",
	"EvaluationCriteria",
	"EvaluationInterval",
	"ActionConfiguration"
];
/** What PutCompositeAlarm takes, as DescribeAlarms reports it. */
const COMPOSITE_ALARM_SETTINGS = [
	"AlarmName",
	"AlarmRule",
	"AlarmDescription",
	"ActionsEnabled",
	"OKActions",
	"AlarmActions",
	"InsufficientDataActions",
	"ActionsSuppressor",
	"ActionsSuppressorWaitPeriod",
	"ActionsSuppressorExtensionPeriod",
	"ActionConfiguration"
];
const METRIC_ALARM = recordKind("metric-alarm");
const COMPOSITE_ALARM = recordKind("composite-alarm");
/** The alarm ARN of `name`; alarms can be tagged only by ARN. */
function alarmArn(account, region, name) {
	return `arn:aws:cloudwatch:${region}:${account}:alarm:${name}`;
}
/** An alarm's name in a composite rule or suppressor, given as a name or an ARN. */
function alarmName(reference) {
	return reference.replace(/^arn:[^:]+:cloudwatch:[^:]*:[^:]*:alarm:/, "");
}
/** The alarms a composite alarm needs: those its rule names (`ALARM("a")`, `OK(b)`…) and its actions suppressor. */
function needs(alarm) {
	return [...[...alarm.AlarmRule.matchAll(/\b(?:ALARM|OK|INSUFFICIENT_DATA)\(\s*"?([^")]+?)"?\s*\)/g)].map((m) => m[1]), ...alarm.ActionsSuppressor ? [alarm.ActionsSuppressor] : []].map(alarmName);
}
/**
* Composite alarms, each after the composite alarms it needs (AWS refuses a rule naming an
* alarm that does not exist yet), else by name. A cycle, which AWS refuses too, goes by name.
*/
function inDependencyOrder(alarms) {
	const pending = new Map(sortBy(alarms, (a) => a.AlarmName).map((a) => [a.AlarmName, a]));
	const ordered = [];
	while (pending.size > 0) {
		const ready = [...pending.values()].filter((a) => !needs(a).some((n) => n !== a.AlarmName && pending.has(n)));
		for (const a of ready.length > 0 ? ready : [...pending.values()]) {
			ordered.push(a);
			pending.delete(a.AlarmName);
		}
	}
	return ordered;
}
/** The region's metric alarms by name, and its composite alarms in the order they can be put. */
async function describeAlarms(cw) {
	const metric = [];
	const composite = [];
	for await (const page of import_dist_cjs.paginateDescribeAlarms({ client: cw }, { AlarmTypes: BOTH_KINDS })) {
		metric.push(...page.MetricAlarms ?? []);
		composite.push(...page.CompositeAlarms ?? []);
	}
	return {
		metric: sortBy(metric, (a) => a.AlarmName),
		composite: inDependencyOrder(composite)
	};
}
/** Whether the region holds an alarm of either kind. */
async function hasAlarms(cw) {
	const page = await cw.send(new import_dist_cjs.DescribeAlarmsCommand({
		AlarmTypes: BOTH_KINDS,
		MaxRecords: 1
	}));
	return (page.MetricAlarms?.length ?? 0) + (page.CompositeAlarms?.length ?? 0) > 0;
}
/** The fields `keys` of an alarm as DescribeAlarms reports it, without empty ones: moto reports unset lists as `[]`. */
function settingsOf(alarm, keys) {
	const settings = {};
	for (const key of keys) {
		const value = alarm[key];
		if (value !== void 0 && value !== "" && !(Array.isArray(value) && value.length === 0)) settings[key] = value;
	}
	return settings;
}
function stateOf(alarm) {
	if (!alarm.StateValue || alarm.StateReason === INITIAL_REASON) return void 0;
	return {
		value: alarm.StateValue,
		reason: alarm.StateReason ?? "",
		reasonData: alarm.StateReasonData || void 0
	};
}
async function tagsOf(cw, arn) {
	return (await cw.send(new import_dist_cjs.ListTagsForResourceCommand({ ResourceARN: arn }))).Tags ?? [];
}
function alarmRecords(cw, region, kind, alarms, keys) {
	return mapOrdered(alarms, CONCURRENCY$1, async (alarm) => kind.record(region, alarm.AlarmName, {
		settings: settingsOf(alarm, keys),
		tags: sortedTags(await tagsOf(cw, alarm.AlarmArn), (t) => t.Key),
		state: stateOf(alarm)
	}));
}
/** The region's metric alarms, then its composite alarms after the alarms they need. */
async function* captureAlarms(cw, region) {
	const { metric, composite } = await describeAlarms(cw);
	yield* alarmRecords(cw, region, METRIC_ALARM, metric, METRIC_ALARM_SETTINGS);
	yield* alarmRecords(cw, region, COMPOSITE_ALARM, composite, COMPOSITE_ALARM_SETTINGS);
}
async function setState(cw, name, state) {
	await cw.send(new import_dist_cjs.SetAlarmStateCommand({
		AlarmName: name,
		StateValue: state.value,
		StateReason: state.reason,
		StateReasonData: state.reasonData
	}));
}
/**
* Puts an alarm with `put` (told whether its actions are enabled) and sets its saved state. moto
* and LocalStack make a put alarm anew, in a fresh state, so the state comes after the put; the
* actions stay off while it is set, or LocalStack (and AWS) would notify the topics and invoke
* the functions they name. moto cannot enable actions afterwards, and runs none: there the alarm
* is put again as it is, and its state set again.
*/
async function putWithState(cw, name, alarm, put) {
	const enabled = alarm.settings.ActionsEnabled ?? true;
	const { state } = alarm;
	await put(enabled && !state);
	if (!state) return;
	await setState(cw, name, state);
	if (!enabled) return;
	if (await unlessUnimplemented(cw, "EnableAlarmActions", () => cw.send(new import_dist_cjs.EnableAlarmActionsCommand({ AlarmNames: [name] })))) return;
	await put(true);
	await setState(cw, name, state);
}
/** Makes an alarm's tags the pod's: PutMetricAlarm sets tags only on a new alarm (and LocalStack never). */
async function syncTags(cw, arn, tags) {
	await replaceTags((await tagsOf(cw, arn)).map((t) => t.Key), (tags ?? []).map((t) => t.Key), {
		untag: (TagKeys) => cw.send(new import_dist_cjs.UntagResourceCommand({
			ResourceARN: arn,
			TagKeys
		})),
		tag: () => cw.send(new import_dist_cjs.TagResourceCommand({
			ResourceARN: arn,
			Tags: tags
		}))
	});
}
async function restoreMetricAlarm(cw, arn, alarm) {
	const name = alarm.settings.AlarmName;
	await putWithState(cw, name, alarm, (ActionsEnabled) => cw.send(new import_dist_cjs.PutMetricAlarmCommand({
		...alarm.settings,
		AlarmName: name,
		ActionsEnabled
	})));
	await syncTags(cw, arn, alarm.tags);
}
async function restoreCompositeAlarm(cw, arn, alarm) {
	const name = alarm.settings.AlarmName;
	await putWithState(cw, name, alarm, async (ActionsEnabled) => {
		const input = {
			...alarm.settings,
			AlarmName: name,
			AlarmRule: alarm.settings.AlarmRule,
			ActionsEnabled
		};
		if (!await unlessUnimplemented(cw, "PutCompositeAlarm", () => cw.send(new import_dist_cjs.PutCompositeAlarmCommand(input)))) throw new Error("the instance does not implement composite alarms (PutCompositeAlarm)");
	});
	await syncTags(cw, arn, alarm.tags);
}
// src/engine/state/portable/cloudwatch/cloudwatch.ts
const client = clientOf(import_dist_cjs.CloudWatchClient);
/** Dashboards read at once. */
const CONCURRENCY = 8;
/** DeleteAlarms takes at most 100 names; dashboards are deleted as many at a time. */
const DELETE_BATCH = 100;
/** Namespaces of the metrics AWS services publish themselves, from their own state. */
const AWS_NAMESPACE = "AWS/";
const DASHBOARD = recordKind("dashboard");
/**
* The region's dashboards; undefined where the instance's listing cannot be read: MiniStack
* 1.5.33 answers `LastModified` as an ISO date where the JSON protocol has epoch seconds, which
* the SDK refuses.
*/
async function dashboardNames(cw) {
	try {
		const entries = await collect(import_dist_cjs.paginateListDashboards({ client: cw }, {}), (page) => page.DashboardEntries);
		return sortBy(entries.map((d) => d.DashboardName), (name) => name);
	} catch (error) {
		if (error.$response && !error.$fault) return void 0;
		throw error;
	}
}
async function captureDashboard(cw, name) {
	return {
		name,
		body: (await cw.send(new import_dist_cjs.GetDashboardCommand({ DashboardName: name }))).DashboardBody
	};
}
/** How many metrics of the region each namespace the account publishes to holds. */
async function customMetrics(cw) {
	const counts = /* @__PURE__ */ new Map();
	for await (const page of import_dist_cjs.paginateListMetrics({ client: cw }, {})) for (const { Namespace } of page.Metrics ?? []) if (!Namespace.startsWith(AWS_NAMESPACE)) counts.set(Namespace, (counts.get(Namespace) ?? 0) + 1);
	return counts;
}
/**
* Data points are not kept: CloudWatch has no API that deletes them, so a load could not make a
* metric's data the pod's, only add the pod's to what is there (again at every load).
*/
async function warnOfMetrics(context, cw) {
	for (const [namespace, count] of sortBy(await customMetrics(cw), ([namespace]) => namespace)) context.warn(`metric namespace ${namespace}`, `the data points of its ${count} metric(s) are not kept: CloudWatch has no API that deletes data points, so a load could only add the pod's to the instance's`);
}
const capture = eachRegion(async function* (context, region) {
	const cw = client(context, region);
	yield* captureAlarms(cw, region);
	const dashboards = await dashboardNames(cw);
	if (!dashboards) context.warn(`dashboards in ${region}`, "not saved: the instance answers ListDashboards in a form the AWS SDK cannot read");
	for await (const d of mapOrdered(dashboards ?? [], CONCURRENCY, (name) => captureDashboard(cw, name))) yield DASHBOARD.record(region, d.name, d);
	await warnOfMetrics(context, cw);
});
/** A region with metric data only counts, so that a save warns that it is not kept. */
const regionsWithState = regionsWhere(async (context, region) => {
	const cw = client(context, region);
	return await hasAlarms(cw) || ((await dashboardNames(cw))?.length ?? 0) > 0 || (await customMetrics(cw)).size > 0;
});
/** Deletes the alarms and dashboards of one region, or those of them in the groups `only` names. */
async function clear(context, region, only) {
	const cw = client(context, region);
	const wanted = (name) => !only || only.has(name);
	const { metric, composite } = await describeAlarms(cw);
	const alarms = [...composite.toReversed(), ...metric].map((a) => a.AlarmName).filter(wanted);
	for (const AlarmNames of chunks(alarms, DELETE_BATCH)) await cw.send(new import_dist_cjs.DeleteAlarmsCommand({ AlarmNames }));
	const dashboards = (await dashboardNames(cw) ?? []).filter(wanted);
	for (const DashboardNames of chunks(dashboards, DELETE_BATCH)) await cw.send(new import_dist_cjs.DeleteDashboardsCommand({ DashboardNames }));
}
/** The alarm or dashboard an ARN names (`…:alarm:NAME`, `…:dashboard/NAME`). */
const NAMED_BY_ARN = /^arn:[^:]+:cloudwatch:[^:]*:[^:]*:(?:alarm:|dashboard\/)(.+)$/;
/**
* The groups a write changes: alarms and dashboards by name. Any other write (metric data, which
* LocalStack evaluates alarms on, anomaly detectors, insight rules) counts for the whole service.
*/
function groupsOf({ body }) {
	const names = body?.AlarmNames ?? body?.DashboardNames;
	if (Array.isArray(names)) return names;
	return [body?.AlarmName ?? body?.DashboardName ?? NAMED_BY_ARN.exec(String(body?.ResourceARN))?.[1]];
}
/**
* CloudWatch: metric alarms (metric or metric math, every setting), composite alarms with their
* actions suppressor, the state each alarm was in, alarm tags, dashboards.
*/
const cloudwatch = {
	name: "cloudwatch",
	dependsOn: ["sns", "lambda"],
	capture,
	regionsWithState,
	clear,
	partial: {
		select: byGroup((record) => record.id),
		clear
	},
	restore: (context, region, records) => {
		const cw = client(context, region);
		const arn = (name) => alarmArn(context.account, region, name);
		return restoreRecords(context, records, 1, on(METRIC_ALARM, (a, record) => restoreMetricAlarm(cw, arn(record.id), a)), on(COMPOSITE_ALARM, (a, record) => restoreCompositeAlarm(cw, arn(record.id), a)), on(DASHBOARD, (d) => cw.send(new import_dist_cjs.PutDashboardCommand({
			DashboardName: d.name,
			DashboardBody: d.body
		}))));
	},
	requests: {
		signingName: "monitoring",
		targetPrefix: "GraniteServiceVersion20100801",
		groups: groupsOf,
		deliversTo: ["sns", "lambda"]
	}
};
export { cloudwatch };
