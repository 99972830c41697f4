import { a as __toCommonJS, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$3, f as require_dist_cjs$4, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$2, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { t as canonicalJson } from "./manifest.js";
import { n as mapOrdered } from "./concurrency.js";
import { d as unlessMissing, f as unlessUnimplemented, i as pagesOf, m as clientOf, r as collect } from "./kit.js";
import { a as sortBy, d as on, g as recordKind, i as nonEmpty, m as restoreRecords, n as chunks } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { n as sortedTags } from "./tags.js";
import { Readable } from "node:stream";
// src/engine/state/portable/kit/timestamps.ts
/** A JSON member named like a timestamp whose value is an ISO date: `"CreatedTimestamp": "2026-01-01T00:00:00Z"`. */
const ISO_TIMESTAMP = /"(\w*Timestamp)"\s*:\s*"(\d{4}-\d\d-\d\dT[^"]+)"/g;
/**
* Rewrites the ISO dates of a JSON answer's `…Timestamp` members into the epoch seconds the
* protocol has, before the SDK reads the answer: moto answers SESv2's contact lists with ISO
* dates, which the SDK refuses.
*/
const epochTimestamps = (next) => async (args) => {
	const result = await next(args);
	const response = result.response;
	if (!(response.body instanceof Readable)) return result;
	const chunks = [];
	for await (const chunk of response.body) chunks.push(Buffer.from(chunk));
	const text = Buffer.concat(chunks).toString("utf8").replace(ISO_TIMESTAMP, (all, name, iso) => {
		const time = Date.parse(iso);
		return Number.isNaN(time) ? all : `"${name}": ${time / 1e3}`;
	});
	response.body = Readable.from([Buffer.from(text)]);
	return result;
};
const NAME = "epochTimestamps";
/** Makes `client` read ISO dates where the protocol has epoch seconds (see `epochTimestamps`); once per client. */
function readIsoTimestamps(client) {
	const stack = client.middlewareStack;
	if (!stack.identify().some((entry) => entry.startsWith(`${NAME} `))) stack.add(epochTimestamps, {
		step: "deserialize",
		priority: "low",
		name: NAME
	});
	return client;
}
/** The clients of `factory`, made to read ISO dates where the protocol has epoch seconds. */
function readingIsoTimestamps(factory) {
	return (context, region) => readIsoTimestamps(factory(context, region));
}
// node_modules/@aws-sdk/client-ses/dist-cjs/index.js
var require_dist_cjs$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client(), __toCommonJS(client_exports));
	const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
	const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client$1(), __toCommonJS(client_exports$1));
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
	const { AwsQueryProtocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const defaultSESHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "ses",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultSESHttpAuthSchemeProvider = (authParameters) => {
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
			defaultSigningName: "ses"
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
	var packageInfo = { version: "3.1177.0" };
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
			}, b]]
		],
		results: [
			[a],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[g, i],
			["https://email-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://email-fips.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://email.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://email.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "Invalid Configuration: Missing Region"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		12,
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
		100000010,
		5,
		100000008,
		100000009,
		4,
		10,
		9,
		6,
		100000006,
		100000007,
		5,
		11,
		100000005,
		6,
		100000004,
		100000005,
		3,
		100000001,
		13,
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
	var SESServiceException = class SESServiceException extends ServiceException {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ses#SESServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, SESServiceException.prototype);
		}
	};
	var AccountSendingPausedException = class AccountSendingPausedException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#AccountSendingPausedException";
		name = "AccountSendingPausedException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AccountSendingPausedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AccountSendingPausedException.prototype);
		}
	};
	var AlreadyExistsException = class AlreadyExistsException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#AlreadyExistsException";
		name = "AlreadyExistsException";
		$fault = "client";
		Name;
		constructor(opts) {
			super({
				name: "AlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AlreadyExistsException.prototype);
			this.Name = opts.Name;
		}
	};
	var CannotDeleteException = class CannotDeleteException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#CannotDeleteException";
		name = "CannotDeleteException";
		$fault = "client";
		Name;
		constructor(opts) {
			super({
				name: "CannotDeleteException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CannotDeleteException.prototype);
			this.Name = opts.Name;
		}
	};
	var LimitExceededException = class LimitExceededException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#LimitExceededException";
		name = "LimitExceededException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "LimitExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, LimitExceededException.prototype);
		}
	};
	var RuleSetDoesNotExistException = class RuleSetDoesNotExistException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#RuleSetDoesNotExistException";
		name = "RuleSetDoesNotExistException";
		$fault = "client";
		Name;
		constructor(opts) {
			super({
				name: "RuleSetDoesNotExistException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, RuleSetDoesNotExistException.prototype);
			this.Name = opts.Name;
		}
	};
	var ConfigurationSetAlreadyExistsException = class ConfigurationSetAlreadyExistsException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#ConfigurationSetAlreadyExistsException";
		name = "ConfigurationSetAlreadyExistsException";
		$fault = "client";
		ConfigurationSetName;
		constructor(opts) {
			super({
				name: "ConfigurationSetAlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConfigurationSetAlreadyExistsException.prototype);
			this.ConfigurationSetName = opts.ConfigurationSetName;
		}
	};
	var ConfigurationSetDoesNotExistException = class ConfigurationSetDoesNotExistException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#ConfigurationSetDoesNotExistException";
		name = "ConfigurationSetDoesNotExistException";
		$fault = "client";
		ConfigurationSetName;
		constructor(opts) {
			super({
				name: "ConfigurationSetDoesNotExistException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConfigurationSetDoesNotExistException.prototype);
			this.ConfigurationSetName = opts.ConfigurationSetName;
		}
	};
	var ConfigurationSetSendingPausedException = class ConfigurationSetSendingPausedException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#ConfigurationSetSendingPausedException";
		name = "ConfigurationSetSendingPausedException";
		$fault = "client";
		ConfigurationSetName;
		constructor(opts) {
			super({
				name: "ConfigurationSetSendingPausedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConfigurationSetSendingPausedException.prototype);
			this.ConfigurationSetName = opts.ConfigurationSetName;
		}
	};
	var InvalidConfigurationSetException = class InvalidConfigurationSetException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#InvalidConfigurationSetException";
		name = "InvalidConfigurationSetException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidConfigurationSetException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidConfigurationSetException.prototype);
		}
	};
	var EventDestinationAlreadyExistsException = class EventDestinationAlreadyExistsException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#EventDestinationAlreadyExistsException";
		name = "EventDestinationAlreadyExistsException";
		$fault = "client";
		ConfigurationSetName;
		EventDestinationName;
		constructor(opts) {
			super({
				name: "EventDestinationAlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EventDestinationAlreadyExistsException.prototype);
			this.ConfigurationSetName = opts.ConfigurationSetName;
			this.EventDestinationName = opts.EventDestinationName;
		}
	};
	var InvalidCloudWatchDestinationException = class InvalidCloudWatchDestinationException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#InvalidCloudWatchDestinationException";
		name = "InvalidCloudWatchDestinationException";
		$fault = "client";
		ConfigurationSetName;
		EventDestinationName;
		constructor(opts) {
			super({
				name: "InvalidCloudWatchDestinationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidCloudWatchDestinationException.prototype);
			this.ConfigurationSetName = opts.ConfigurationSetName;
			this.EventDestinationName = opts.EventDestinationName;
		}
	};
	var InvalidFirehoseDestinationException = class InvalidFirehoseDestinationException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#InvalidFirehoseDestinationException";
		name = "InvalidFirehoseDestinationException";
		$fault = "client";
		ConfigurationSetName;
		EventDestinationName;
		constructor(opts) {
			super({
				name: "InvalidFirehoseDestinationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidFirehoseDestinationException.prototype);
			this.ConfigurationSetName = opts.ConfigurationSetName;
			this.EventDestinationName = opts.EventDestinationName;
		}
	};
	var InvalidSNSDestinationException = class InvalidSNSDestinationException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#InvalidSNSDestinationException";
		name = "InvalidSNSDestinationException";
		$fault = "client";
		ConfigurationSetName;
		EventDestinationName;
		constructor(opts) {
			super({
				name: "InvalidSNSDestinationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidSNSDestinationException.prototype);
			this.ConfigurationSetName = opts.ConfigurationSetName;
			this.EventDestinationName = opts.EventDestinationName;
		}
	};
	var InvalidTrackingOptionsException = class InvalidTrackingOptionsException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#InvalidTrackingOptionsException";
		name = "InvalidTrackingOptionsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidTrackingOptionsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidTrackingOptionsException.prototype);
		}
	};
	var TrackingOptionsAlreadyExistsException = class TrackingOptionsAlreadyExistsException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#TrackingOptionsAlreadyExistsException";
		name = "TrackingOptionsAlreadyExistsException";
		$fault = "client";
		ConfigurationSetName;
		constructor(opts) {
			super({
				name: "TrackingOptionsAlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TrackingOptionsAlreadyExistsException.prototype);
			this.ConfigurationSetName = opts.ConfigurationSetName;
		}
	};
	var CustomVerificationEmailInvalidContentException = class CustomVerificationEmailInvalidContentException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#CustomVerificationEmailInvalidContentException";
		name = "CustomVerificationEmailInvalidContentException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CustomVerificationEmailInvalidContentException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomVerificationEmailInvalidContentException.prototype);
		}
	};
	var CustomVerificationEmailTemplateAlreadyExistsException = class CustomVerificationEmailTemplateAlreadyExistsException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#CustomVerificationEmailTemplateAlreadyExistsException";
		name = "CustomVerificationEmailTemplateAlreadyExistsException";
		$fault = "client";
		CustomVerificationEmailTemplateName;
		constructor(opts) {
			super({
				name: "CustomVerificationEmailTemplateAlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomVerificationEmailTemplateAlreadyExistsException.prototype);
			this.CustomVerificationEmailTemplateName = opts.CustomVerificationEmailTemplateName;
		}
	};
	var FromEmailAddressNotVerifiedException = class FromEmailAddressNotVerifiedException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#FromEmailAddressNotVerifiedException";
		name = "FromEmailAddressNotVerifiedException";
		$fault = "client";
		FromEmailAddress;
		constructor(opts) {
			super({
				name: "FromEmailAddressNotVerifiedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, FromEmailAddressNotVerifiedException.prototype);
			this.FromEmailAddress = opts.FromEmailAddress;
		}
	};
	var InvalidLambdaFunctionException = class InvalidLambdaFunctionException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#InvalidLambdaFunctionException";
		name = "InvalidLambdaFunctionException";
		$fault = "client";
		FunctionArn;
		constructor(opts) {
			super({
				name: "InvalidLambdaFunctionException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidLambdaFunctionException.prototype);
			this.FunctionArn = opts.FunctionArn;
		}
	};
	var InvalidS3ConfigurationException = class InvalidS3ConfigurationException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#InvalidS3ConfigurationException";
		name = "InvalidS3ConfigurationException";
		$fault = "client";
		Bucket;
		constructor(opts) {
			super({
				name: "InvalidS3ConfigurationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidS3ConfigurationException.prototype);
			this.Bucket = opts.Bucket;
		}
	};
	var InvalidSnsTopicException = class InvalidSnsTopicException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#InvalidSnsTopicException";
		name = "InvalidSnsTopicException";
		$fault = "client";
		Topic;
		constructor(opts) {
			super({
				name: "InvalidSnsTopicException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidSnsTopicException.prototype);
			this.Topic = opts.Topic;
		}
	};
	var RuleDoesNotExistException = class RuleDoesNotExistException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#RuleDoesNotExistException";
		name = "RuleDoesNotExistException";
		$fault = "client";
		Name;
		constructor(opts) {
			super({
				name: "RuleDoesNotExistException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, RuleDoesNotExistException.prototype);
			this.Name = opts.Name;
		}
	};
	var InvalidTemplateException = class InvalidTemplateException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#InvalidTemplateException";
		name = "InvalidTemplateException";
		$fault = "client";
		TemplateName;
		constructor(opts) {
			super({
				name: "InvalidTemplateException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidTemplateException.prototype);
			this.TemplateName = opts.TemplateName;
		}
	};
	var CustomVerificationEmailTemplateDoesNotExistException = class CustomVerificationEmailTemplateDoesNotExistException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#CustomVerificationEmailTemplateDoesNotExistException";
		name = "CustomVerificationEmailTemplateDoesNotExistException";
		$fault = "client";
		CustomVerificationEmailTemplateName;
		constructor(opts) {
			super({
				name: "CustomVerificationEmailTemplateDoesNotExistException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomVerificationEmailTemplateDoesNotExistException.prototype);
			this.CustomVerificationEmailTemplateName = opts.CustomVerificationEmailTemplateName;
		}
	};
	var EventDestinationDoesNotExistException = class EventDestinationDoesNotExistException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#EventDestinationDoesNotExistException";
		name = "EventDestinationDoesNotExistException";
		$fault = "client";
		ConfigurationSetName;
		EventDestinationName;
		constructor(opts) {
			super({
				name: "EventDestinationDoesNotExistException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EventDestinationDoesNotExistException.prototype);
			this.ConfigurationSetName = opts.ConfigurationSetName;
			this.EventDestinationName = opts.EventDestinationName;
		}
	};
	var TrackingOptionsDoesNotExistException = class TrackingOptionsDoesNotExistException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#TrackingOptionsDoesNotExistException";
		name = "TrackingOptionsDoesNotExistException";
		$fault = "client";
		ConfigurationSetName;
		constructor(opts) {
			super({
				name: "TrackingOptionsDoesNotExistException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TrackingOptionsDoesNotExistException.prototype);
			this.ConfigurationSetName = opts.ConfigurationSetName;
		}
	};
	var TemplateDoesNotExistException = class TemplateDoesNotExistException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#TemplateDoesNotExistException";
		name = "TemplateDoesNotExistException";
		$fault = "client";
		TemplateName;
		constructor(opts) {
			super({
				name: "TemplateDoesNotExistException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TemplateDoesNotExistException.prototype);
			this.TemplateName = opts.TemplateName;
		}
	};
	var InvalidDeliveryOptionsException = class InvalidDeliveryOptionsException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#InvalidDeliveryOptionsException";
		name = "InvalidDeliveryOptionsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidDeliveryOptionsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidDeliveryOptionsException.prototype);
		}
	};
	var InvalidPolicyException = class InvalidPolicyException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#InvalidPolicyException";
		name = "InvalidPolicyException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidPolicyException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidPolicyException.prototype);
		}
	};
	var InvalidRenderingParameterException = class InvalidRenderingParameterException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#InvalidRenderingParameterException";
		name = "InvalidRenderingParameterException";
		$fault = "client";
		TemplateName;
		constructor(opts) {
			super({
				name: "InvalidRenderingParameterException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidRenderingParameterException.prototype);
			this.TemplateName = opts.TemplateName;
		}
	};
	var MailFromDomainNotVerifiedException = class MailFromDomainNotVerifiedException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#MailFromDomainNotVerifiedException";
		name = "MailFromDomainNotVerifiedException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "MailFromDomainNotVerifiedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, MailFromDomainNotVerifiedException.prototype);
		}
	};
	var MessageRejected = class MessageRejected extends SESServiceException {
		static shapeId = "com.amazonaws.ses#MessageRejected";
		name = "MessageRejected";
		$fault = "client";
		constructor(opts) {
			super({
				name: "MessageRejected",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, MessageRejected.prototype);
		}
	};
	var MissingRenderingAttributeException = class MissingRenderingAttributeException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#MissingRenderingAttributeException";
		name = "MissingRenderingAttributeException";
		$fault = "client";
		TemplateName;
		constructor(opts) {
			super({
				name: "MissingRenderingAttributeException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, MissingRenderingAttributeException.prototype);
			this.TemplateName = opts.TemplateName;
		}
	};
	var ProductionAccessNotGrantedException = class ProductionAccessNotGrantedException extends SESServiceException {
		static shapeId = "com.amazonaws.ses#ProductionAccessNotGrantedException";
		name = "ProductionAccessNotGrantedException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ProductionAccessNotGrantedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ProductionAccessNotGrantedException.prototype);
		}
	};
	const _A = "After";
	const _AD = "ArrivalDate";
	const _AEE = "AlreadyExistsException";
	const _AHA = "AddHeaderAction";
	const _ASPE = "AccountSendingPausedException";
	const _Ac = "Actions";
	const _Act = "Action";
	const _B = "Bucket";
	const _BA = "BounceAction";
	const _BAc = "BccAddresses";
	const _BED = "BulkEmailDestination";
	const _BEDL = "BulkEmailDestinationList";
	const _BEDS = "BulkEmailDestinationStatus";
	const _BEDSL = "BulkEmailDestinationStatusList";
	const _BN = "BucketName";
	const _BOMXF = "BehaviorOnMXFailure";
	const _BRI = "BouncedRecipientInfo";
	const _BRIL = "BouncedRecipientInfoList";
	const _BS = "BounceSender";
	const _BSA = "BounceSenderArn";
	const _BT = "BounceType";
	const _BTo = "BounceTopic";
	const _Bo = "Body";
	const _Bou = "Bounces";
	const _C = "Content";
	const _CA = "ConnectAction";
	const _CAc = "CcAddresses";
	const _CCS = "CreateConfigurationSet";
	const _CCSED = "CreateConfigurationSetEventDestination";
	const _CCSEDR = "CreateConfigurationSetEventDestinationRequest";
	const _CCSEDRr = "CreateConfigurationSetEventDestinationResponse";
	const _CCSR = "CreateConfigurationSetRequest";
	const _CCSRr = "CreateConfigurationSetResponse";
	const _CCSTO = "CreateConfigurationSetTrackingOptions";
	const _CCSTOR = "CreateConfigurationSetTrackingOptionsRequest";
	const _CCSTORr = "CreateConfigurationSetTrackingOptionsResponse";
	const _CCVET = "CreateCustomVerificationEmailTemplate";
	const _CCVETR = "CreateCustomVerificationEmailTemplateRequest";
	const _CDE = "CannotDeleteException";
	const _CRD = "CustomRedirectDomain";
	const _CRF = "CreateReceiptFilter";
	const _CRFR = "CreateReceiptFilterRequest";
	const _CRFRr = "CreateReceiptFilterResponse";
	const _CRR = "CreateReceiptRule";
	const _CRRR = "CreateReceiptRuleRequest";
	const _CRRRr = "CreateReceiptRuleResponse";
	const _CRRS = "CloneReceiptRuleSet";
	const _CRRSR = "CloneReceiptRuleSetRequest";
	const _CRRSRl = "CloneReceiptRuleSetResponse";
	const _CRRSRr = "CreateReceiptRuleSetRequest";
	const _CRRSRre = "CreateReceiptRuleSetResponse";
	const _CRRSr = "CreateReceiptRuleSet";
	const _CS = "ConfigurationSet";
	const _CSAEE = "ConfigurationSetAlreadyExistsException";
	const _CSAN = "ConfigurationSetAttributeNames";
	const _CSDNEE = "ConfigurationSetDoesNotExistException";
	const _CSN = "ConfigurationSetName";
	const _CSSPE = "ConfigurationSetSendingPausedException";
	const _CSo = "ConfigurationSets";
	const _CT = "ComplaintTopic";
	const _CTR = "CreateTemplateRequest";
	const _CTRr = "CreateTemplateResponse";
	const _CTr = "CreatedTimestamp";
	const _CTre = "CreateTemplate";
	const _CVEICE = "CustomVerificationEmailInvalidContentException";
	const _CVET = "CustomVerificationEmailTemplate";
	const _CVETAEE = "CustomVerificationEmailTemplateAlreadyExistsException";
	const _CVETDNEE = "CustomVerificationEmailTemplateDoesNotExistException";
	const _CVETN = "CustomVerificationEmailTemplateName";
	const _CVETu = "CustomVerificationEmailTemplates";
	const _CWD = "CloudWatchDestination";
	const _CWDC = "CloudWatchDimensionConfiguration";
	const _CWDCl = "CloudWatchDimensionConfigurations";
	const _Ch = "Charset";
	const _Ci = "Cidr";
	const _Co = "Complaints";
	const _D = "Destination";
	const _DA = "DkimAttributes";
	const _DARRS = "DescribeActiveReceiptRuleSet";
	const _DARRSR = "DescribeActiveReceiptRuleSetRequest";
	const _DARRSRe = "DescribeActiveReceiptRuleSetResponse";
	const _DAe = "DeliveryAttempts";
	const _DC = "DimensionConfigurations";
	const _DCS = "DeleteConfigurationSet";
	const _DCSED = "DeleteConfigurationSetEventDestination";
	const _DCSEDR = "DeleteConfigurationSetEventDestinationRequest";
	const _DCSEDRe = "DeleteConfigurationSetEventDestinationResponse";
	const _DCSR = "DeleteConfigurationSetRequest";
	const _DCSRe = "DeleteConfigurationSetResponse";
	const _DCSRes = "DescribeConfigurationSetRequest";
	const _DCSResc = "DescribeConfigurationSetResponse";
	const _DCSTO = "DeleteConfigurationSetTrackingOptions";
	const _DCSTOR = "DeleteConfigurationSetTrackingOptionsRequest";
	const _DCSTORe = "DeleteConfigurationSetTrackingOptionsResponse";
	const _DCSe = "DescribeConfigurationSet";
	const _DCVET = "DeleteCustomVerificationEmailTemplate";
	const _DCVETR = "DeleteCustomVerificationEmailTemplateRequest";
	const _DCi = "DiagnosticCode";
	const _DDV = "DefaultDimensionValue";
	const _DE = "DkimEnabled";
	const _DI = "DeleteIdentity";
	const _DIP = "DeleteIdentityPolicy";
	const _DIPR = "DeleteIdentityPolicyRequest";
	const _DIPRe = "DeleteIdentityPolicyResponse";
	const _DIR = "DeleteIdentityRequest";
	const _DIRe = "DeleteIdentityResponse";
	const _DN = "DimensionName";
	const _DO = "DeliveryOptions";
	const _DRF = "DeleteReceiptFilter";
	const _DRFR = "DeleteReceiptFilterRequest";
	const _DRFRe = "DeleteReceiptFilterResponse";
	const _DRR = "DeleteReceiptRule";
	const _DRRR = "DeleteReceiptRuleRequest";
	const _DRRRe = "DeleteReceiptRuleResponse";
	const _DRRRes = "DescribeReceiptRuleRequest";
	const _DRRResc = "DescribeReceiptRuleResponse";
	const _DRRS = "DeleteReceiptRuleSet";
	const _DRRSR = "DeleteReceiptRuleSetRequest";
	const _DRRSRe = "DeleteReceiptRuleSetResponse";
	const _DRRSRes = "DescribeReceiptRuleSetRequest";
	const _DRRSResc = "DescribeReceiptRuleSetResponse";
	const _DRRSe = "DescribeReceiptRuleSet";
	const _DRRe = "DescribeReceiptRule";
	const _DSARN = "DeliveryStreamARN";
	const _DT = "DkimTokens";
	const _DTD = "DefaultTemplateData";
	const _DTR = "DeleteTemplateRequest";
	const _DTRe = "DeleteTemplateResponse";
	const _DTe = "DeliveryTopic";
	const _DTef = "DefaultTags";
	const _DTel = "DeleteTemplate";
	const _DVEA = "DeleteVerifiedEmailAddress";
	const _DVEAR = "DeleteVerifiedEmailAddressRequest";
	const _DVS = "DimensionValueSource";
	const _DVSk = "DkimVerificationStatus";
	const _Da = "Data";
	const _De = "Destinations";
	const _Do = "Domain";
	const _E = "Error";
	const _EA = "EmailAddress";
	const _ED = "EventDestination";
	const _EDAEE = "EventDestinationAlreadyExistsException";
	const _EDDNEE = "EventDestinationDoesNotExistException";
	const _EDN = "EventDestinationName";
	const _EDv = "EventDestinations";
	const _EF = "ExtensionField";
	const _EFL = "ExtensionFieldList";
	const _EFx = "ExtensionFields";
	const _En = "Enabled";
	const _Enc = "Encoding";
	const _Ex = "Explanation";
	const _F = "Filter";
	const _FA = "FunctionArn";
	const _FAr = "FromArn";
	const _FE = "ForwardingEnabled";
	const _FEA = "FromEmailAddress";
	const _FEANVE = "FromEmailAddressNotVerifiedException";
	const _FN = "FilterName";
	const _FR = "FinalRecipient";
	const _FRURL = "FailureRedirectionURL";
	const _Fi = "Filters";
	const _GASE = "GetAccountSendingEnabled";
	const _GASER = "GetAccountSendingEnabledResponse";
	const _GCVET = "GetCustomVerificationEmailTemplate";
	const _GCVETR = "GetCustomVerificationEmailTemplateRequest";
	const _GCVETRe = "GetCustomVerificationEmailTemplateResponse";
	const _GIDA = "GetIdentityDkimAttributes";
	const _GIDAR = "GetIdentityDkimAttributesRequest";
	const _GIDARe = "GetIdentityDkimAttributesResponse";
	const _GIMFDA = "GetIdentityMailFromDomainAttributes";
	const _GIMFDAR = "GetIdentityMailFromDomainAttributesRequest";
	const _GIMFDARe = "GetIdentityMailFromDomainAttributesResponse";
	const _GINA = "GetIdentityNotificationAttributes";
	const _GINAR = "GetIdentityNotificationAttributesRequest";
	const _GINARe = "GetIdentityNotificationAttributesResponse";
	const _GIP = "GetIdentityPolicies";
	const _GIPR = "GetIdentityPoliciesRequest";
	const _GIPRe = "GetIdentityPoliciesResponse";
	const _GIVA = "GetIdentityVerificationAttributes";
	const _GIVAR = "GetIdentityVerificationAttributesRequest";
	const _GIVARe = "GetIdentityVerificationAttributesResponse";
	const _GSQ = "GetSendQuota";
	const _GSQR = "GetSendQuotaResponse";
	const _GSS = "GetSendStatistics";
	const _GSSR = "GetSendStatisticsResponse";
	const _GT = "GetTemplate";
	const _GTR = "GetTemplateRequest";
	const _GTRe = "GetTemplateResponse";
	const _H = "Html";
	const _HIBNE = "HeadersInBounceNotificationsEnabled";
	const _HICNE = "HeadersInComplaintNotificationsEnabled";
	const _HIDNE = "HeadersInDeliveryNotificationsEnabled";
	const _HN = "HeaderName";
	const _HP = "HtmlPart";
	const _HV = "HeaderValue";
	const _I = "Identity";
	const _IAMRARN = "IAMRoleARN";
	const _IARN = "InstanceARN";
	const _ICSE = "InvalidConfigurationSetException";
	const _ICWDE = "InvalidCloudWatchDestinationException";
	const _IDA = "IdentityDkimAttributes";
	const _IDOE = "InvalidDeliveryOptionsException";
	const _IF = "IpFilter";
	const _IFDE = "InvalidFirehoseDestinationException";
	const _ILFE = "InvalidLambdaFunctionException";
	const _IMFDA = "IdentityMailFromDomainAttributes";
	const _INA = "IdentityNotificationAttributes";
	const _IPE = "InvalidPolicyException";
	const _IRA = "IamRoleArn";
	const _IRPE = "InvalidRenderingParameterException";
	const _ISCE = "InvalidS3ConfigurationException";
	const _ISNSDE = "InvalidSNSDestinationException";
	const _ISTE = "InvalidSnsTopicException";
	const _IT = "InvocationType";
	const _ITE = "InvalidTemplateException";
	const _ITOE = "InvalidTrackingOptionsException";
	const _ITd = "IdentityType";
	const _IVA = "IdentityVerificationAttributes";
	const _Id = "Identities";
	const _KFD = "KinesisFirehoseDestination";
	const _KKA = "KmsKeyArn";
	const _LA = "LambdaAction";
	const _LAD = "LastAttemptDate";
	const _LCS = "ListConfigurationSets";
	const _LCSR = "ListConfigurationSetsRequest";
	const _LCSRi = "ListConfigurationSetsResponse";
	const _LCVET = "ListCustomVerificationEmailTemplates";
	const _LCVETR = "ListCustomVerificationEmailTemplatesRequest";
	const _LCVETRi = "ListCustomVerificationEmailTemplatesResponse";
	const _LEE = "LimitExceededException";
	const _LFS = "LastFreshStart";
	const _LI = "ListIdentities";
	const _LIP = "ListIdentityPolicies";
	const _LIPR = "ListIdentityPoliciesRequest";
	const _LIPRi = "ListIdentityPoliciesResponse";
	const _LIR = "ListIdentitiesRequest";
	const _LIRi = "ListIdentitiesResponse";
	const _LRF = "ListReceiptFilters";
	const _LRFR = "ListReceiptFiltersRequest";
	const _LRFRi = "ListReceiptFiltersResponse";
	const _LRRS = "ListReceiptRuleSets";
	const _LRRSR = "ListReceiptRuleSetsRequest";
	const _LRRSRi = "ListReceiptRuleSetsResponse";
	const _LT = "ListTemplates";
	const _LTR = "ListTemplatesRequest";
	const _LTRi = "ListTemplatesResponse";
	const _LVEA = "ListVerifiedEmailAddresses";
	const _LVEAR = "ListVerifiedEmailAddressesResponse";
	const _M = "Message";
	const _MD = "MessageDsn";
	const _MET = "MatchingEventTypes";
	const _MFD = "MailFromDomain";
	const _MFDA = "MailFromDomainAttributes";
	const _MFDNVE = "MailFromDomainNotVerifiedException";
	const _MFDS = "MailFromDomainStatus";
	const _MHS = "Max24HourSend";
	const _MI = "MessageId";
	const _MIa = "MaxItems";
	const _MR = "MessageRejected";
	const _MRAE = "MissingRenderingAttributeException";
	const _MRa = "MaxResults";
	const _MSR = "MaxSendRate";
	const _MT = "MessageTag";
	const _MTL = "MessageTagList";
	const _Me = "Metadata";
	const _N = "Name";
	const _NA = "NotificationAttributes";
	const _NT = "NextToken";
	const _NTo = "NotificationType";
	const _OA = "OrganizationArn";
	const _OKP = "ObjectKeyPrefix";
	const _OMI = "OriginalMessageId";
	const _ORSN = "OriginalRuleSetName";
	const _P = "Policies";
	const _PANGE = "ProductionAccessNotGrantedException";
	const _PCSDO = "PutConfigurationSetDeliveryOptions";
	const _PCSDOR = "PutConfigurationSetDeliveryOptionsRequest";
	const _PCSDORu = "PutConfigurationSetDeliveryOptionsResponse";
	const _PIP = "PutIdentityPolicy";
	const _PIPR = "PutIdentityPolicyRequest";
	const _PIPRu = "PutIdentityPolicyResponse";
	const _PN = "PolicyName";
	const _PNo = "PolicyNames";
	const _Po = "Policy";
	const _R = "Recipient";
	const _RA = "RecipientArn";
	const _RAL = "ReceiptActionsList";
	const _RAe = "ReceiptAction";
	const _RDF = "RecipientDsnFields";
	const _RDNEE = "RuleDoesNotExistException";
	const _RF = "ReceiptFilter";
	const _RFL = "ReceiptFilterList";
	const _RIF = "ReceiptIpFilter";
	const _RM = "ReportingMta";
	const _RME = "ReputationMetricsEnabled";
	const _RMa = "RawMessage";
	const _RMe = "RemoteMta";
	const _RN = "RuleName";
	const _RNu = "RuleNames";
	const _RO = "ReputationOptions";
	const _RP = "ReturnPath";
	const _RPA = "ReturnPathArn";
	const _RR = "ReceiptRule";
	const _RRL = "ReceiptRulesList";
	const _RRRS = "ReorderReceiptRuleSet";
	const _RRRSR = "ReorderReceiptRuleSetRequest";
	const _RRRSRe = "ReorderReceiptRuleSetResponse";
	const _RRSL = "ReceiptRuleSetsLists";
	const _RRSM = "ReceiptRuleSetMetadata";
	const _RS = "RuleSets";
	const _RSDNEE = "RuleSetDoesNotExistException";
	const _RSN = "RuleSetName";
	const _RT = "ReplacementTags";
	const _RTA = "ReplyToAddresses";
	const _RTD = "ReplacementTemplateData";
	const _RTe = "RenderedTemplate";
	const _Re = "Recipients";
	const _Rej = "Rejects";
	const _Ru = "Rule";
	const _Rul = "Rules";
	const _S = "Sender";
	const _SA = "S3Action";
	const _SARRS = "SetActiveReceiptRuleSet";
	const _SARRSR = "SetActiveReceiptRuleSetRequest";
	const _SARRSRe = "SetActiveReceiptRuleSetResponse";
	const _SAo = "SourceArn";
	const _SAt = "StopAction";
	const _SB = "SendBounce";
	const _SBR = "SendBounceRequest";
	const _SBRe = "SendBounceResponse";
	const _SBTE = "SendBulkTemplatedEmail";
	const _SBTER = "SendBulkTemplatedEmailRequest";
	const _SBTERe = "SendBulkTemplatedEmailResponse";
	const _SC = "StatusCode";
	const _SCVE = "SendCustomVerificationEmail";
	const _SCVER = "SendCustomVerificationEmailRequest";
	const _SCVERe = "SendCustomVerificationEmailResponse";
	const _SDP = "SendDataPoints";
	const _SDPL = "SendDataPointList";
	const _SDPe = "SendDataPoint";
	const _SE = "ScanEnabled";
	const _SER = "SendEmailRequest";
	const _SERe = "SendEmailResponse";
	const _SEe = "SendingEnabled";
	const _SEen = "SendEmail";
	const _SIDE = "SetIdentityDkimEnabled";
	const _SIDER = "SetIdentityDkimEnabledRequest";
	const _SIDERe = "SetIdentityDkimEnabledResponse";
	const _SIFFE = "SetIdentityFeedbackForwardingEnabled";
	const _SIFFER = "SetIdentityFeedbackForwardingEnabledRequest";
	const _SIFFERe = "SetIdentityFeedbackForwardingEnabledResponse";
	const _SIHINE = "SetIdentityHeadersInNotificationsEnabled";
	const _SIHINER = "SetIdentityHeadersInNotificationsEnabledRequest";
	const _SIHINERe = "SetIdentityHeadersInNotificationsEnabledResponse";
	const _SIMFD = "SetIdentityMailFromDomain";
	const _SIMFDR = "SetIdentityMailFromDomainRequest";
	const _SIMFDRe = "SetIdentityMailFromDomainResponse";
	const _SINT = "SetIdentityNotificationTopic";
	const _SINTR = "SetIdentityNotificationTopicRequest";
	const _SINTRe = "SetIdentityNotificationTopicResponse";
	const _SLH = "SentLast24Hours";
	const _SNSA = "SNSAction";
	const _SNSD = "SNSDestination";
	const _SP = "SubjectPart";
	const _SRC = "SmtpReplyCode";
	const _SRE = "SendRawEmail";
	const _SRER = "SendRawEmailRequest";
	const _SRERe = "SendRawEmailResponse";
	const _SRRP = "SetReceiptRulePosition";
	const _SRRPR = "SetReceiptRulePositionRequest";
	const _SRRPRe = "SetReceiptRulePositionResponse";
	const _SRURL = "SuccessRedirectionURL";
	const _ST = "SnsTopic";
	const _STE = "SendTemplatedEmail";
	const _STER = "SendTemplatedEmailRequest";
	const _STERe = "SendTemplatedEmailResponse";
	const _Sc = "Scope";
	const _So = "Source";
	const _St = "Status";
	const _Su = "Subject";
	const _T = "Topic";
	const _TA = "TopicArn";
	const _TARN = "TopicARN";
	const _TAe = "TemplateArn";
	const _TAo = "ToAddresses";
	const _TC = "TemplateContent";
	const _TD = "TemplateData";
	const _TDNEE = "TemplateDoesNotExistException";
	const _TM = "TemplatesMetadata";
	const _TML = "TemplateMetadataList";
	const _TMe = "TemplateMetadata";
	const _TN = "TemplateName";
	const _TO = "TrackingOptions";
	const _TOAEE = "TrackingOptionsAlreadyExistsException";
	const _TODNEE = "TrackingOptionsDoesNotExistException";
	const _TP = "TlsPolicy";
	const _TPe = "TextPart";
	const _TRT = "TestRenderTemplate";
	const _TRTR = "TestRenderTemplateRequest";
	const _TRTRe = "TestRenderTemplateResponse";
	const _TS = "TemplateSubject";
	const _Ta = "Tags";
	const _Te = "Text";
	const _Tem = "Template";
	const _Ti = "Timestamp";
	const _UASE = "UpdateAccountSendingEnabled";
	const _UASER = "UpdateAccountSendingEnabledRequest";
	const _UCSED = "UpdateConfigurationSetEventDestination";
	const _UCSEDR = "UpdateConfigurationSetEventDestinationRequest";
	const _UCSEDRp = "UpdateConfigurationSetEventDestinationResponse";
	const _UCSRME = "UpdateConfigurationSetReputationMetricsEnabled";
	const _UCSRMER = "UpdateConfigurationSetReputationMetricsEnabledRequest";
	const _UCSSE = "UpdateConfigurationSetSendingEnabled";
	const _UCSSER = "UpdateConfigurationSetSendingEnabledRequest";
	const _UCSTO = "UpdateConfigurationSetTrackingOptions";
	const _UCSTOR = "UpdateConfigurationSetTrackingOptionsRequest";
	const _UCSTORp = "UpdateConfigurationSetTrackingOptionsResponse";
	const _UCVET = "UpdateCustomVerificationEmailTemplate";
	const _UCVETR = "UpdateCustomVerificationEmailTemplateRequest";
	const _URR = "UpdateReceiptRule";
	const _URRR = "UpdateReceiptRuleRequest";
	const _URRRp = "UpdateReceiptRuleResponse";
	const _UT = "UpdateTemplate";
	const _UTR = "UpdateTemplateRequest";
	const _UTRp = "UpdateTemplateResponse";
	const _V = "Value";
	const _VA = "VerificationAttributes";
	const _VDD = "VerifyDomainDkim";
	const _VDDR = "VerifyDomainDkimRequest";
	const _VDDRe = "VerifyDomainDkimResponse";
	const _VDI = "VerifyDomainIdentity";
	const _VDIR = "VerifyDomainIdentityRequest";
	const _VDIRe = "VerifyDomainIdentityResponse";
	const _VEA = "VerifiedEmailAddresses";
	const _VEAR = "VerifyEmailAddressRequest";
	const _VEAe = "VerifyEmailAddress";
	const _VEI = "VerifyEmailIdentity";
	const _VEIR = "VerifyEmailIdentityRequest";
	const _VEIRe = "VerifyEmailIdentityResponse";
	const _VS = "VerificationStatus";
	const _VT = "VerificationToken";
	const _WA = "WorkmailAction";
	const _aQE = "awsQueryError";
	const _c = "client";
	const _e = "error";
	const _hE = "httpError";
	const _m = "message";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.ses";
	const n0 = "com.amazonaws.ses";
	const _s_registry = new TypeRegistry(_s);
	var SESServiceException$ = [
		-3,
		_s,
		"SESServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(SESServiceException$, SESServiceException);
	const n0_registry = new TypeRegistry(n0);
	var AccountSendingPausedException$ = [
		-3,
		n0,
		_ASPE,
		{
			[_aQE]: [`AccountSendingPausedException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AccountSendingPausedException$, AccountSendingPausedException);
	var AlreadyExistsException$ = [
		-3,
		n0,
		_AEE,
		{
			[_aQE]: [`AlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_N, _m],
		[0, 0]
	];
	n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
	var CannotDeleteException$ = [
		-3,
		n0,
		_CDE,
		{
			[_aQE]: [`CannotDelete`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_N, _m],
		[0, 0]
	];
	n0_registry.registerError(CannotDeleteException$, CannotDeleteException);
	var ConfigurationSetAlreadyExistsException$ = [
		-3,
		n0,
		_CSAEE,
		{
			[_aQE]: [`ConfigurationSetAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_CSN, _m],
		[0, 0]
	];
	n0_registry.registerError(ConfigurationSetAlreadyExistsException$, ConfigurationSetAlreadyExistsException);
	var ConfigurationSetDoesNotExistException$ = [
		-3,
		n0,
		_CSDNEE,
		{
			[_aQE]: [`ConfigurationSetDoesNotExist`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_CSN, _m],
		[0, 0]
	];
	n0_registry.registerError(ConfigurationSetDoesNotExistException$, ConfigurationSetDoesNotExistException);
	var ConfigurationSetSendingPausedException$ = [
		-3,
		n0,
		_CSSPE,
		{
			[_aQE]: [`ConfigurationSetSendingPausedException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_CSN, _m],
		[0, 0]
	];
	n0_registry.registerError(ConfigurationSetSendingPausedException$, ConfigurationSetSendingPausedException);
	var CustomVerificationEmailInvalidContentException$ = [
		-3,
		n0,
		_CVEICE,
		{
			[_aQE]: [`CustomVerificationEmailInvalidContent`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CustomVerificationEmailInvalidContentException$, CustomVerificationEmailInvalidContentException);
	var CustomVerificationEmailTemplateAlreadyExistsException$ = [
		-3,
		n0,
		_CVETAEE,
		{
			[_aQE]: [`CustomVerificationEmailTemplateAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_CVETN, _m],
		[0, 0]
	];
	n0_registry.registerError(CustomVerificationEmailTemplateAlreadyExistsException$, CustomVerificationEmailTemplateAlreadyExistsException);
	var CustomVerificationEmailTemplateDoesNotExistException$ = [
		-3,
		n0,
		_CVETDNEE,
		{
			[_aQE]: [`CustomVerificationEmailTemplateDoesNotExist`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_CVETN, _m],
		[0, 0]
	];
	n0_registry.registerError(CustomVerificationEmailTemplateDoesNotExistException$, CustomVerificationEmailTemplateDoesNotExistException);
	var EventDestinationAlreadyExistsException$ = [
		-3,
		n0,
		_EDAEE,
		{
			[_aQE]: [`EventDestinationAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[
			_CSN,
			_EDN,
			_m
		],
		[
			0,
			0,
			0
		]
	];
	n0_registry.registerError(EventDestinationAlreadyExistsException$, EventDestinationAlreadyExistsException);
	var EventDestinationDoesNotExistException$ = [
		-3,
		n0,
		_EDDNEE,
		{
			[_aQE]: [`EventDestinationDoesNotExist`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[
			_CSN,
			_EDN,
			_m
		],
		[
			0,
			0,
			0
		]
	];
	n0_registry.registerError(EventDestinationDoesNotExistException$, EventDestinationDoesNotExistException);
	var FromEmailAddressNotVerifiedException$ = [
		-3,
		n0,
		_FEANVE,
		{
			[_aQE]: [`FromEmailAddressNotVerified`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_FEA, _m],
		[0, 0]
	];
	n0_registry.registerError(FromEmailAddressNotVerifiedException$, FromEmailAddressNotVerifiedException);
	var InvalidCloudWatchDestinationException$ = [
		-3,
		n0,
		_ICWDE,
		{
			[_aQE]: [`InvalidCloudWatchDestination`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[
			_CSN,
			_EDN,
			_m
		],
		[
			0,
			0,
			0
		]
	];
	n0_registry.registerError(InvalidCloudWatchDestinationException$, InvalidCloudWatchDestinationException);
	var InvalidConfigurationSetException$ = [
		-3,
		n0,
		_ICSE,
		{
			[_aQE]: [`InvalidConfigurationSet`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidConfigurationSetException$, InvalidConfigurationSetException);
	var InvalidDeliveryOptionsException$ = [
		-3,
		n0,
		_IDOE,
		{
			[_aQE]: [`InvalidDeliveryOptions`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidDeliveryOptionsException$, InvalidDeliveryOptionsException);
	var InvalidFirehoseDestinationException$ = [
		-3,
		n0,
		_IFDE,
		{
			[_aQE]: [`InvalidFirehoseDestination`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[
			_CSN,
			_EDN,
			_m
		],
		[
			0,
			0,
			0
		]
	];
	n0_registry.registerError(InvalidFirehoseDestinationException$, InvalidFirehoseDestinationException);
	var InvalidLambdaFunctionException$ = [
		-3,
		n0,
		_ILFE,
		{
			[_aQE]: [`InvalidLambdaFunction`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_FA, _m],
		[0, 0]
	];
	n0_registry.registerError(InvalidLambdaFunctionException$, InvalidLambdaFunctionException);
	var InvalidPolicyException$ = [
		-3,
		n0,
		_IPE,
		{
			[_aQE]: [`InvalidPolicy`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidPolicyException$, InvalidPolicyException);
	var InvalidRenderingParameterException$ = [
		-3,
		n0,
		_IRPE,
		{
			[_aQE]: [`InvalidRenderingParameter`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_TN, _m],
		[0, 0]
	];
	n0_registry.registerError(InvalidRenderingParameterException$, InvalidRenderingParameterException);
	var InvalidS3ConfigurationException$ = [
		-3,
		n0,
		_ISCE,
		{
			[_aQE]: [`InvalidS3Configuration`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_B, _m],
		[0, 0]
	];
	n0_registry.registerError(InvalidS3ConfigurationException$, InvalidS3ConfigurationException);
	var InvalidSNSDestinationException$ = [
		-3,
		n0,
		_ISNSDE,
		{
			[_aQE]: [`InvalidSNSDestination`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[
			_CSN,
			_EDN,
			_m
		],
		[
			0,
			0,
			0
		]
	];
	n0_registry.registerError(InvalidSNSDestinationException$, InvalidSNSDestinationException);
	var InvalidSnsTopicException$ = [
		-3,
		n0,
		_ISTE,
		{
			[_aQE]: [`InvalidSnsTopic`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_T, _m],
		[0, 0]
	];
	n0_registry.registerError(InvalidSnsTopicException$, InvalidSnsTopicException);
	var InvalidTemplateException$ = [
		-3,
		n0,
		_ITE,
		{
			[_aQE]: [`InvalidTemplate`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_TN, _m],
		[0, 0]
	];
	n0_registry.registerError(InvalidTemplateException$, InvalidTemplateException);
	var InvalidTrackingOptionsException$ = [
		-3,
		n0,
		_ITOE,
		{
			[_aQE]: [`InvalidTrackingOptions`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidTrackingOptionsException$, InvalidTrackingOptionsException);
	var LimitExceededException$ = [
		-3,
		n0,
		_LEE,
		{
			[_aQE]: [`LimitExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(LimitExceededException$, LimitExceededException);
	var MailFromDomainNotVerifiedException$ = [
		-3,
		n0,
		_MFDNVE,
		{
			[_aQE]: [`MailFromDomainNotVerifiedException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(MailFromDomainNotVerifiedException$, MailFromDomainNotVerifiedException);
	var MessageRejected$ = [
		-3,
		n0,
		_MR,
		{
			[_aQE]: [`MessageRejected`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(MessageRejected$, MessageRejected);
	var MissingRenderingAttributeException$ = [
		-3,
		n0,
		_MRAE,
		{
			[_aQE]: [`MissingRenderingAttribute`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_TN, _m],
		[0, 0]
	];
	n0_registry.registerError(MissingRenderingAttributeException$, MissingRenderingAttributeException);
	var ProductionAccessNotGrantedException$ = [
		-3,
		n0,
		_PANGE,
		{
			[_aQE]: [`ProductionAccessNotGranted`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ProductionAccessNotGrantedException$, ProductionAccessNotGrantedException);
	var RuleDoesNotExistException$ = [
		-3,
		n0,
		_RDNEE,
		{
			[_aQE]: [`RuleDoesNotExist`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_N, _m],
		[0, 0]
	];
	n0_registry.registerError(RuleDoesNotExistException$, RuleDoesNotExistException);
	var RuleSetDoesNotExistException$ = [
		-3,
		n0,
		_RSDNEE,
		{
			[_aQE]: [`RuleSetDoesNotExist`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_N, _m],
		[0, 0]
	];
	n0_registry.registerError(RuleSetDoesNotExistException$, RuleSetDoesNotExistException);
	var TemplateDoesNotExistException$ = [
		-3,
		n0,
		_TDNEE,
		{
			[_aQE]: [`TemplateDoesNotExist`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_TN, _m],
		[0, 0]
	];
	n0_registry.registerError(TemplateDoesNotExistException$, TemplateDoesNotExistException);
	var TrackingOptionsAlreadyExistsException$ = [
		-3,
		n0,
		_TOAEE,
		{
			[_aQE]: [`TrackingOptionsAlreadyExistsException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_CSN, _m],
		[0, 0]
	];
	n0_registry.registerError(TrackingOptionsAlreadyExistsException$, TrackingOptionsAlreadyExistsException);
	var TrackingOptionsDoesNotExistException$ = [
		-3,
		n0,
		_TODNEE,
		{
			[_aQE]: [`TrackingOptionsDoesNotExistException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_CSN, _m],
		[0, 0]
	];
	n0_registry.registerError(TrackingOptionsDoesNotExistException$, TrackingOptionsDoesNotExistException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var AddHeaderAction$ = [
		3,
		n0,
		_AHA,
		0,
		[_HN, _HV],
		[0, 0],
		2
	];
	var Body$ = [
		3,
		n0,
		_Bo,
		0,
		[_Te, _H],
		[() => Content$, () => Content$]
	];
	var BounceAction$ = [
		3,
		n0,
		_BA,
		0,
		[
			_SRC,
			_M,
			_S,
			_TA,
			_SC
		],
		[
			0,
			0,
			0,
			0,
			0
		],
		3
	];
	var BouncedRecipientInfo$ = [
		3,
		n0,
		_BRI,
		0,
		[
			_R,
			_RA,
			_BT,
			_RDF
		],
		[
			0,
			0,
			0,
			() => RecipientDsnFields$
		],
		1
	];
	var BulkEmailDestination$ = [
		3,
		n0,
		_BED,
		0,
		[
			_D,
			_RT,
			_RTD
		],
		[
			() => Destination$,
			() => MessageTagList,
			0
		],
		1
	];
	var BulkEmailDestinationStatus$ = [
		3,
		n0,
		_BEDS,
		0,
		[
			_St,
			_E,
			_MI
		],
		[
			0,
			0,
			0
		]
	];
	var CloneReceiptRuleSetRequest$ = [
		3,
		n0,
		_CRRSR,
		0,
		[_RSN, _ORSN],
		[0, 0],
		2
	];
	var CloneReceiptRuleSetResponse$ = [
		3,
		n0,
		_CRRSRl,
		0,
		[],
		[]
	];
	var CloudWatchDestination$ = [
		3,
		n0,
		_CWD,
		0,
		[_DC],
		[() => CloudWatchDimensionConfigurations],
		1
	];
	var CloudWatchDimensionConfiguration$ = [
		3,
		n0,
		_CWDC,
		0,
		[
			_DN,
			_DVS,
			_DDV
		],
		[
			0,
			0,
			0
		],
		3
	];
	var ConfigurationSet$ = [
		3,
		n0,
		_CS,
		0,
		[_N],
		[0],
		1
	];
	var ConnectAction$ = [
		3,
		n0,
		_CA,
		0,
		[_IARN, _IAMRARN],
		[0, 0],
		2
	];
	var Content$ = [
		3,
		n0,
		_C,
		0,
		[_Da, _Ch],
		[0, 0],
		1
	];
	var CreateConfigurationSetEventDestinationRequest$ = [
		3,
		n0,
		_CCSEDR,
		0,
		[_CSN, _ED],
		[0, () => EventDestination$],
		2
	];
	var CreateConfigurationSetEventDestinationResponse$ = [
		3,
		n0,
		_CCSEDRr,
		0,
		[],
		[]
	];
	var CreateConfigurationSetRequest$ = [
		3,
		n0,
		_CCSR,
		0,
		[_CS],
		[() => ConfigurationSet$],
		1
	];
	var CreateConfigurationSetResponse$ = [
		3,
		n0,
		_CCSRr,
		0,
		[],
		[]
	];
	var CreateConfigurationSetTrackingOptionsRequest$ = [
		3,
		n0,
		_CCSTOR,
		0,
		[_CSN, _TO],
		[0, () => TrackingOptions$],
		2
	];
	var CreateConfigurationSetTrackingOptionsResponse$ = [
		3,
		n0,
		_CCSTORr,
		0,
		[],
		[]
	];
	var CreateCustomVerificationEmailTemplateRequest$ = [
		3,
		n0,
		_CCVETR,
		0,
		[
			_TN,
			_FEA,
			_TS,
			_TC,
			_SRURL,
			_FRURL
		],
		[
			0,
			0,
			0,
			0,
			0,
			0
		],
		6
	];
	var CreateReceiptFilterRequest$ = [
		3,
		n0,
		_CRFR,
		0,
		[_F],
		[() => ReceiptFilter$],
		1
	];
	var CreateReceiptFilterResponse$ = [
		3,
		n0,
		_CRFRr,
		0,
		[],
		[]
	];
	var CreateReceiptRuleRequest$ = [
		3,
		n0,
		_CRRR,
		0,
		[
			_RSN,
			_Ru,
			_A
		],
		[
			0,
			() => ReceiptRule$,
			0
		],
		2
	];
	var CreateReceiptRuleResponse$ = [
		3,
		n0,
		_CRRRr,
		0,
		[],
		[]
	];
	var CreateReceiptRuleSetRequest$ = [
		3,
		n0,
		_CRRSRr,
		0,
		[_RSN],
		[0],
		1
	];
	var CreateReceiptRuleSetResponse$ = [
		3,
		n0,
		_CRRSRre,
		0,
		[],
		[]
	];
	var CreateTemplateRequest$ = [
		3,
		n0,
		_CTR,
		0,
		[_Tem],
		[() => Template$],
		1
	];
	var CreateTemplateResponse$ = [
		3,
		n0,
		_CTRr,
		0,
		[],
		[]
	];
	var CustomVerificationEmailTemplate$ = [
		3,
		n0,
		_CVET,
		0,
		[
			_TN,
			_FEA,
			_TS,
			_SRURL,
			_FRURL
		],
		[
			0,
			0,
			0,
			0,
			0
		]
	];
	var DeleteConfigurationSetEventDestinationRequest$ = [
		3,
		n0,
		_DCSEDR,
		0,
		[_CSN, _EDN],
		[0, 0],
		2
	];
	var DeleteConfigurationSetEventDestinationResponse$ = [
		3,
		n0,
		_DCSEDRe,
		0,
		[],
		[]
	];
	var DeleteConfigurationSetRequest$ = [
		3,
		n0,
		_DCSR,
		0,
		[_CSN],
		[0],
		1
	];
	var DeleteConfigurationSetResponse$ = [
		3,
		n0,
		_DCSRe,
		0,
		[],
		[]
	];
	var DeleteConfigurationSetTrackingOptionsRequest$ = [
		3,
		n0,
		_DCSTOR,
		0,
		[_CSN],
		[0],
		1
	];
	var DeleteConfigurationSetTrackingOptionsResponse$ = [
		3,
		n0,
		_DCSTORe,
		0,
		[],
		[]
	];
	var DeleteCustomVerificationEmailTemplateRequest$ = [
		3,
		n0,
		_DCVETR,
		0,
		[_TN],
		[0],
		1
	];
	var DeleteIdentityPolicyRequest$ = [
		3,
		n0,
		_DIPR,
		0,
		[_I, _PN],
		[0, 0],
		2
	];
	var DeleteIdentityPolicyResponse$ = [
		3,
		n0,
		_DIPRe,
		0,
		[],
		[]
	];
	var DeleteIdentityRequest$ = [
		3,
		n0,
		_DIR,
		0,
		[_I],
		[0],
		1
	];
	var DeleteIdentityResponse$ = [
		3,
		n0,
		_DIRe,
		0,
		[],
		[]
	];
	var DeleteReceiptFilterRequest$ = [
		3,
		n0,
		_DRFR,
		0,
		[_FN],
		[0],
		1
	];
	var DeleteReceiptFilterResponse$ = [
		3,
		n0,
		_DRFRe,
		0,
		[],
		[]
	];
	var DeleteReceiptRuleRequest$ = [
		3,
		n0,
		_DRRR,
		0,
		[_RSN, _RN],
		[0, 0],
		2
	];
	var DeleteReceiptRuleResponse$ = [
		3,
		n0,
		_DRRRe,
		0,
		[],
		[]
	];
	var DeleteReceiptRuleSetRequest$ = [
		3,
		n0,
		_DRRSR,
		0,
		[_RSN],
		[0],
		1
	];
	var DeleteReceiptRuleSetResponse$ = [
		3,
		n0,
		_DRRSRe,
		0,
		[],
		[]
	];
	var DeleteTemplateRequest$ = [
		3,
		n0,
		_DTR,
		0,
		[_TN],
		[0],
		1
	];
	var DeleteTemplateResponse$ = [
		3,
		n0,
		_DTRe,
		0,
		[],
		[]
	];
	var DeleteVerifiedEmailAddressRequest$ = [
		3,
		n0,
		_DVEAR,
		0,
		[_EA],
		[0],
		1
	];
	var DeliveryOptions$ = [
		3,
		n0,
		_DO,
		0,
		[_TP],
		[0]
	];
	var DescribeActiveReceiptRuleSetRequest$ = [
		3,
		n0,
		_DARRSR,
		0,
		[],
		[]
	];
	var DescribeActiveReceiptRuleSetResponse$ = [
		3,
		n0,
		_DARRSRe,
		0,
		[_Me, _Rul],
		[() => ReceiptRuleSetMetadata$, () => ReceiptRulesList]
	];
	var DescribeConfigurationSetRequest$ = [
		3,
		n0,
		_DCSRes,
		0,
		[_CSN, _CSAN],
		[0, 64],
		1
	];
	var DescribeConfigurationSetResponse$ = [
		3,
		n0,
		_DCSResc,
		0,
		[
			_CS,
			_EDv,
			_TO,
			_DO,
			_RO
		],
		[
			() => ConfigurationSet$,
			() => EventDestinations,
			() => TrackingOptions$,
			() => DeliveryOptions$,
			() => ReputationOptions$
		]
	];
	var DescribeReceiptRuleRequest$ = [
		3,
		n0,
		_DRRRes,
		0,
		[_RSN, _RN],
		[0, 0],
		2
	];
	var DescribeReceiptRuleResponse$ = [
		3,
		n0,
		_DRRResc,
		0,
		[_Ru],
		[() => ReceiptRule$]
	];
	var DescribeReceiptRuleSetRequest$ = [
		3,
		n0,
		_DRRSRes,
		0,
		[_RSN],
		[0],
		1
	];
	var DescribeReceiptRuleSetResponse$ = [
		3,
		n0,
		_DRRSResc,
		0,
		[_Me, _Rul],
		[() => ReceiptRuleSetMetadata$, () => ReceiptRulesList]
	];
	var Destination$ = [
		3,
		n0,
		_D,
		0,
		[
			_TAo,
			_CAc,
			_BAc
		],
		[
			64,
			64,
			64
		]
	];
	var EventDestination$ = [
		3,
		n0,
		_ED,
		0,
		[
			_N,
			_MET,
			_En,
			_KFD,
			_CWD,
			_SNSD
		],
		[
			0,
			64,
			2,
			() => KinesisFirehoseDestination$,
			() => CloudWatchDestination$,
			() => SNSDestination$
		],
		2
	];
	var ExtensionField$ = [
		3,
		n0,
		_EF,
		0,
		[_N, _V],
		[0, 0],
		2
	];
	var GetAccountSendingEnabledResponse$ = [
		3,
		n0,
		_GASER,
		0,
		[_En],
		[2]
	];
	var GetCustomVerificationEmailTemplateRequest$ = [
		3,
		n0,
		_GCVETR,
		0,
		[_TN],
		[0],
		1
	];
	var GetCustomVerificationEmailTemplateResponse$ = [
		3,
		n0,
		_GCVETRe,
		0,
		[
			_TN,
			_FEA,
			_TS,
			_TC,
			_SRURL,
			_FRURL
		],
		[
			0,
			0,
			0,
			0,
			0,
			0
		]
	];
	var GetIdentityDkimAttributesRequest$ = [
		3,
		n0,
		_GIDAR,
		0,
		[_Id],
		[64],
		1
	];
	var GetIdentityDkimAttributesResponse$ = [
		3,
		n0,
		_GIDARe,
		0,
		[_DA],
		[() => DkimAttributes],
		1
	];
	var GetIdentityMailFromDomainAttributesRequest$ = [
		3,
		n0,
		_GIMFDAR,
		0,
		[_Id],
		[64],
		1
	];
	var GetIdentityMailFromDomainAttributesResponse$ = [
		3,
		n0,
		_GIMFDARe,
		0,
		[_MFDA],
		[() => MailFromDomainAttributes],
		1
	];
	var GetIdentityNotificationAttributesRequest$ = [
		3,
		n0,
		_GINAR,
		0,
		[_Id],
		[64],
		1
	];
	var GetIdentityNotificationAttributesResponse$ = [
		3,
		n0,
		_GINARe,
		0,
		[_NA],
		[() => NotificationAttributes],
		1
	];
	var GetIdentityPoliciesRequest$ = [
		3,
		n0,
		_GIPR,
		0,
		[_I, _PNo],
		[0, 64],
		2
	];
	var GetIdentityPoliciesResponse$ = [
		3,
		n0,
		_GIPRe,
		0,
		[_P],
		[128],
		1
	];
	var GetIdentityVerificationAttributesRequest$ = [
		3,
		n0,
		_GIVAR,
		0,
		[_Id],
		[64],
		1
	];
	var GetIdentityVerificationAttributesResponse$ = [
		3,
		n0,
		_GIVARe,
		0,
		[_VA],
		[() => VerificationAttributes],
		1
	];
	var GetSendQuotaResponse$ = [
		3,
		n0,
		_GSQR,
		0,
		[
			_MHS,
			_MSR,
			_SLH
		],
		[
			1,
			1,
			1
		]
	];
	var GetSendStatisticsResponse$ = [
		3,
		n0,
		_GSSR,
		0,
		[_SDP],
		[() => SendDataPointList]
	];
	var GetTemplateRequest$ = [
		3,
		n0,
		_GTR,
		0,
		[_TN],
		[0],
		1
	];
	var GetTemplateResponse$ = [
		3,
		n0,
		_GTRe,
		0,
		[_Tem],
		[() => Template$]
	];
	var IdentityDkimAttributes$ = [
		3,
		n0,
		_IDA,
		0,
		[
			_DE,
			_DVSk,
			_DT
		],
		[
			2,
			0,
			64
		],
		2
	];
	var IdentityMailFromDomainAttributes$ = [
		3,
		n0,
		_IMFDA,
		0,
		[
			_MFD,
			_MFDS,
			_BOMXF
		],
		[
			0,
			0,
			0
		],
		3
	];
	var IdentityNotificationAttributes$ = [
		3,
		n0,
		_INA,
		0,
		[
			_BTo,
			_CT,
			_DTe,
			_FE,
			_HIBNE,
			_HICNE,
			_HIDNE
		],
		[
			0,
			0,
			0,
			2,
			2,
			2,
			2
		],
		4
	];
	var IdentityVerificationAttributes$ = [
		3,
		n0,
		_IVA,
		0,
		[_VS, _VT],
		[0, 0],
		1
	];
	var KinesisFirehoseDestination$ = [
		3,
		n0,
		_KFD,
		0,
		[_IAMRARN, _DSARN],
		[0, 0],
		2
	];
	var LambdaAction$ = [
		3,
		n0,
		_LA,
		0,
		[
			_FA,
			_TA,
			_IT
		],
		[
			0,
			0,
			0
		],
		1
	];
	var ListConfigurationSetsRequest$ = [
		3,
		n0,
		_LCSR,
		0,
		[_NT, _MIa],
		[0, 1]
	];
	var ListConfigurationSetsResponse$ = [
		3,
		n0,
		_LCSRi,
		0,
		[_CSo, _NT],
		[() => ConfigurationSets, 0]
	];
	var ListCustomVerificationEmailTemplatesRequest$ = [
		3,
		n0,
		_LCVETR,
		0,
		[_NT, _MRa],
		[0, 1]
	];
	var ListCustomVerificationEmailTemplatesResponse$ = [
		3,
		n0,
		_LCVETRi,
		0,
		[_CVETu, _NT],
		[() => CustomVerificationEmailTemplates, 0]
	];
	var ListIdentitiesRequest$ = [
		3,
		n0,
		_LIR,
		0,
		[
			_ITd,
			_NT,
			_MIa
		],
		[
			0,
			0,
			1
		]
	];
	var ListIdentitiesResponse$ = [
		3,
		n0,
		_LIRi,
		0,
		[_Id, _NT],
		[64, 0],
		1
	];
	var ListIdentityPoliciesRequest$ = [
		3,
		n0,
		_LIPR,
		0,
		[_I],
		[0],
		1
	];
	var ListIdentityPoliciesResponse$ = [
		3,
		n0,
		_LIPRi,
		0,
		[_PNo],
		[64],
		1
	];
	var ListReceiptFiltersRequest$ = [
		3,
		n0,
		_LRFR,
		0,
		[],
		[]
	];
	var ListReceiptFiltersResponse$ = [
		3,
		n0,
		_LRFRi,
		0,
		[_Fi],
		[() => ReceiptFilterList]
	];
	var ListReceiptRuleSetsRequest$ = [
		3,
		n0,
		_LRRSR,
		0,
		[_NT],
		[0]
	];
	var ListReceiptRuleSetsResponse$ = [
		3,
		n0,
		_LRRSRi,
		0,
		[_RS, _NT],
		[() => ReceiptRuleSetsLists, 0]
	];
	var ListTemplatesRequest$ = [
		3,
		n0,
		_LTR,
		0,
		[_NT, _MIa],
		[0, 1]
	];
	var ListTemplatesResponse$ = [
		3,
		n0,
		_LTRi,
		0,
		[_TM, _NT],
		[() => TemplateMetadataList, 0]
	];
	var ListVerifiedEmailAddressesResponse$ = [
		3,
		n0,
		_LVEAR,
		0,
		[_VEA],
		[64]
	];
	var Message$ = [
		3,
		n0,
		_M,
		0,
		[_Su, _Bo],
		[() => Content$, () => Body$],
		2
	];
	var MessageDsn$ = [
		3,
		n0,
		_MD,
		0,
		[
			_RM,
			_AD,
			_EFx
		],
		[
			0,
			4,
			() => ExtensionFieldList
		],
		1
	];
	var MessageTag$ = [
		3,
		n0,
		_MT,
		0,
		[_N, _V],
		[0, 0],
		2
	];
	var PutConfigurationSetDeliveryOptionsRequest$ = [
		3,
		n0,
		_PCSDOR,
		0,
		[_CSN, _DO],
		[0, () => DeliveryOptions$],
		1
	];
	var PutConfigurationSetDeliveryOptionsResponse$ = [
		3,
		n0,
		_PCSDORu,
		0,
		[],
		[]
	];
	var PutIdentityPolicyRequest$ = [
		3,
		n0,
		_PIPR,
		0,
		[
			_I,
			_PN,
			_Po
		],
		[
			0,
			0,
			0
		],
		3
	];
	var PutIdentityPolicyResponse$ = [
		3,
		n0,
		_PIPRu,
		0,
		[],
		[]
	];
	var RawMessage$ = [
		3,
		n0,
		_RMa,
		0,
		[_Da],
		[21],
		1
	];
	var ReceiptAction$ = [
		3,
		n0,
		_RAe,
		0,
		[
			_SA,
			_BA,
			_WA,
			_LA,
			_SAt,
			_AHA,
			_SNSA,
			_CA
		],
		[
			() => S3Action$,
			() => BounceAction$,
			() => WorkmailAction$,
			() => LambdaAction$,
			() => StopAction$,
			() => AddHeaderAction$,
			() => SNSAction$,
			() => ConnectAction$
		]
	];
	var ReceiptFilter$ = [
		3,
		n0,
		_RF,
		0,
		[_N, _IF],
		[0, () => ReceiptIpFilter$],
		2
	];
	var ReceiptIpFilter$ = [
		3,
		n0,
		_RIF,
		0,
		[_Po, _Ci],
		[0, 0],
		2
	];
	var ReceiptRule$ = [
		3,
		n0,
		_RR,
		0,
		[
			_N,
			_En,
			_TP,
			_Re,
			_Ac,
			_SE
		],
		[
			0,
			2,
			0,
			64,
			() => ReceiptActionsList,
			2
		],
		1
	];
	var ReceiptRuleSetMetadata$ = [
		3,
		n0,
		_RRSM,
		0,
		[_N, _CTr],
		[0, 4]
	];
	var RecipientDsnFields$ = [
		3,
		n0,
		_RDF,
		0,
		[
			_Act,
			_St,
			_FR,
			_RMe,
			_DCi,
			_LAD,
			_EFx
		],
		[
			0,
			0,
			0,
			0,
			0,
			4,
			() => ExtensionFieldList
		],
		2
	];
	var ReorderReceiptRuleSetRequest$ = [
		3,
		n0,
		_RRRSR,
		0,
		[_RSN, _RNu],
		[0, 64],
		2
	];
	var ReorderReceiptRuleSetResponse$ = [
		3,
		n0,
		_RRRSRe,
		0,
		[],
		[]
	];
	var ReputationOptions$ = [
		3,
		n0,
		_RO,
		0,
		[
			_SEe,
			_RME,
			_LFS
		],
		[
			2,
			2,
			4
		]
	];
	var S3Action$ = [
		3,
		n0,
		_SA,
		0,
		[
			_BN,
			_TA,
			_OKP,
			_KKA,
			_IRA
		],
		[
			0,
			0,
			0,
			0,
			0
		],
		1
	];
	var SendBounceRequest$ = [
		3,
		n0,
		_SBR,
		0,
		[
			_OMI,
			_BS,
			_BRIL,
			_Ex,
			_MD,
			_BSA
		],
		[
			0,
			0,
			() => BouncedRecipientInfoList,
			0,
			() => MessageDsn$,
			0
		],
		3
	];
	var SendBounceResponse$ = [
		3,
		n0,
		_SBRe,
		0,
		[_MI],
		[0]
	];
	var SendBulkTemplatedEmailRequest$ = [
		3,
		n0,
		_SBTER,
		0,
		[
			_So,
			_Tem,
			_DTD,
			_De,
			_SAo,
			_RTA,
			_RP,
			_RPA,
			_CSN,
			_DTef,
			_TAe
		],
		[
			0,
			0,
			0,
			() => BulkEmailDestinationList,
			0,
			64,
			0,
			0,
			0,
			() => MessageTagList,
			0
		],
		4
	];
	var SendBulkTemplatedEmailResponse$ = [
		3,
		n0,
		_SBTERe,
		0,
		[_St],
		[() => BulkEmailDestinationStatusList],
		1
	];
	var SendCustomVerificationEmailRequest$ = [
		3,
		n0,
		_SCVER,
		0,
		[
			_EA,
			_TN,
			_CSN
		],
		[
			0,
			0,
			0
		],
		2
	];
	var SendCustomVerificationEmailResponse$ = [
		3,
		n0,
		_SCVERe,
		0,
		[_MI],
		[0]
	];
	var SendDataPoint$ = [
		3,
		n0,
		_SDPe,
		0,
		[
			_Ti,
			_DAe,
			_Bou,
			_Co,
			_Rej
		],
		[
			4,
			1,
			1,
			1,
			1
		]
	];
	var SendEmailRequest$ = [
		3,
		n0,
		_SER,
		0,
		[
			_So,
			_D,
			_M,
			_RTA,
			_RP,
			_SAo,
			_RPA,
			_Ta,
			_CSN
		],
		[
			0,
			() => Destination$,
			() => Message$,
			64,
			0,
			0,
			0,
			() => MessageTagList,
			0
		],
		3
	];
	var SendEmailResponse$ = [
		3,
		n0,
		_SERe,
		0,
		[_MI],
		[0],
		1
	];
	var SendRawEmailRequest$ = [
		3,
		n0,
		_SRER,
		0,
		[
			_RMa,
			_So,
			_De,
			_FAr,
			_SAo,
			_RPA,
			_Ta,
			_CSN
		],
		[
			() => RawMessage$,
			0,
			64,
			0,
			0,
			0,
			() => MessageTagList,
			0
		],
		1
	];
	var SendRawEmailResponse$ = [
		3,
		n0,
		_SRERe,
		0,
		[_MI],
		[0],
		1
	];
	var SendTemplatedEmailRequest$ = [
		3,
		n0,
		_STER,
		0,
		[
			_So,
			_D,
			_Tem,
			_TD,
			_RTA,
			_RP,
			_SAo,
			_RPA,
			_Ta,
			_CSN,
			_TAe
		],
		[
			0,
			() => Destination$,
			0,
			0,
			64,
			0,
			0,
			0,
			() => MessageTagList,
			0,
			0
		],
		4
	];
	var SendTemplatedEmailResponse$ = [
		3,
		n0,
		_STERe,
		0,
		[_MI],
		[0],
		1
	];
	var SetActiveReceiptRuleSetRequest$ = [
		3,
		n0,
		_SARRSR,
		0,
		[_RSN],
		[0]
	];
	var SetActiveReceiptRuleSetResponse$ = [
		3,
		n0,
		_SARRSRe,
		0,
		[],
		[]
	];
	var SetIdentityDkimEnabledRequest$ = [
		3,
		n0,
		_SIDER,
		0,
		[_I, _DE],
		[0, 2],
		2
	];
	var SetIdentityDkimEnabledResponse$ = [
		3,
		n0,
		_SIDERe,
		0,
		[],
		[]
	];
	var SetIdentityFeedbackForwardingEnabledRequest$ = [
		3,
		n0,
		_SIFFER,
		0,
		[_I, _FE],
		[0, 2],
		2
	];
	var SetIdentityFeedbackForwardingEnabledResponse$ = [
		3,
		n0,
		_SIFFERe,
		0,
		[],
		[]
	];
	var SetIdentityHeadersInNotificationsEnabledRequest$ = [
		3,
		n0,
		_SIHINER,
		0,
		[
			_I,
			_NTo,
			_En
		],
		[
			0,
			0,
			2
		],
		3
	];
	var SetIdentityHeadersInNotificationsEnabledResponse$ = [
		3,
		n0,
		_SIHINERe,
		0,
		[],
		[]
	];
	var SetIdentityMailFromDomainRequest$ = [
		3,
		n0,
		_SIMFDR,
		0,
		[
			_I,
			_MFD,
			_BOMXF
		],
		[
			0,
			0,
			0
		],
		1
	];
	var SetIdentityMailFromDomainResponse$ = [
		3,
		n0,
		_SIMFDRe,
		0,
		[],
		[]
	];
	var SetIdentityNotificationTopicRequest$ = [
		3,
		n0,
		_SINTR,
		0,
		[
			_I,
			_NTo,
			_ST
		],
		[
			0,
			0,
			0
		],
		2
	];
	var SetIdentityNotificationTopicResponse$ = [
		3,
		n0,
		_SINTRe,
		0,
		[],
		[]
	];
	var SetReceiptRulePositionRequest$ = [
		3,
		n0,
		_SRRPR,
		0,
		[
			_RSN,
			_RN,
			_A
		],
		[
			0,
			0,
			0
		],
		2
	];
	var SetReceiptRulePositionResponse$ = [
		3,
		n0,
		_SRRPRe,
		0,
		[],
		[]
	];
	var SNSAction$ = [
		3,
		n0,
		_SNSA,
		0,
		[_TA, _Enc],
		[0, 0],
		1
	];
	var SNSDestination$ = [
		3,
		n0,
		_SNSD,
		0,
		[_TARN],
		[0],
		1
	];
	var StopAction$ = [
		3,
		n0,
		_SAt,
		0,
		[_Sc, _TA],
		[0, 0],
		1
	];
	var Template$ = [
		3,
		n0,
		_Tem,
		0,
		[
			_TN,
			_SP,
			_TPe,
			_HP
		],
		[
			0,
			0,
			0,
			0
		],
		1
	];
	var TemplateMetadata$ = [
		3,
		n0,
		_TMe,
		0,
		[_N, _CTr],
		[0, 4]
	];
	var TestRenderTemplateRequest$ = [
		3,
		n0,
		_TRTR,
		0,
		[_TN, _TD],
		[0, 0],
		2
	];
	var TestRenderTemplateResponse$ = [
		3,
		n0,
		_TRTRe,
		0,
		[_RTe],
		[0]
	];
	var TrackingOptions$ = [
		3,
		n0,
		_TO,
		0,
		[_CRD],
		[0]
	];
	var UpdateAccountSendingEnabledRequest$ = [
		3,
		n0,
		_UASER,
		0,
		[_En],
		[2]
	];
	var UpdateConfigurationSetEventDestinationRequest$ = [
		3,
		n0,
		_UCSEDR,
		0,
		[_CSN, _ED],
		[0, () => EventDestination$],
		2
	];
	var UpdateConfigurationSetEventDestinationResponse$ = [
		3,
		n0,
		_UCSEDRp,
		0,
		[],
		[]
	];
	var UpdateConfigurationSetReputationMetricsEnabledRequest$ = [
		3,
		n0,
		_UCSRMER,
		0,
		[_CSN, _En],
		[0, 2],
		2
	];
	var UpdateConfigurationSetSendingEnabledRequest$ = [
		3,
		n0,
		_UCSSER,
		0,
		[_CSN, _En],
		[0, 2],
		2
	];
	var UpdateConfigurationSetTrackingOptionsRequest$ = [
		3,
		n0,
		_UCSTOR,
		0,
		[_CSN, _TO],
		[0, () => TrackingOptions$],
		2
	];
	var UpdateConfigurationSetTrackingOptionsResponse$ = [
		3,
		n0,
		_UCSTORp,
		0,
		[],
		[]
	];
	var UpdateCustomVerificationEmailTemplateRequest$ = [
		3,
		n0,
		_UCVETR,
		0,
		[
			_TN,
			_FEA,
			_TS,
			_TC,
			_SRURL,
			_FRURL
		],
		[
			0,
			0,
			0,
			0,
			0,
			0
		],
		1
	];
	var UpdateReceiptRuleRequest$ = [
		3,
		n0,
		_URRR,
		0,
		[_RSN, _Ru],
		[0, () => ReceiptRule$],
		2
	];
	var UpdateReceiptRuleResponse$ = [
		3,
		n0,
		_URRRp,
		0,
		[],
		[]
	];
	var UpdateTemplateRequest$ = [
		3,
		n0,
		_UTR,
		0,
		[_Tem],
		[() => Template$],
		1
	];
	var UpdateTemplateResponse$ = [
		3,
		n0,
		_UTRp,
		0,
		[],
		[]
	];
	var VerifyDomainDkimRequest$ = [
		3,
		n0,
		_VDDR,
		0,
		[_Do],
		[0],
		1
	];
	var VerifyDomainDkimResponse$ = [
		3,
		n0,
		_VDDRe,
		0,
		[_DT],
		[64],
		1
	];
	var VerifyDomainIdentityRequest$ = [
		3,
		n0,
		_VDIR,
		0,
		[_Do],
		[0],
		1
	];
	var VerifyDomainIdentityResponse$ = [
		3,
		n0,
		_VDIRe,
		0,
		[_VT],
		[0],
		1
	];
	var VerifyEmailAddressRequest$ = [
		3,
		n0,
		_VEAR,
		0,
		[_EA],
		[0],
		1
	];
	var VerifyEmailIdentityRequest$ = [
		3,
		n0,
		_VEIR,
		0,
		[_EA],
		[0],
		1
	];
	var VerifyEmailIdentityResponse$ = [
		3,
		n0,
		_VEIRe,
		0,
		[],
		[]
	];
	var WorkmailAction$ = [
		3,
		n0,
		_WA,
		0,
		[_OA, _TA],
		[0, 0],
		1
	];
	var __Unit = "unit";
	var BouncedRecipientInfoList = [
		1,
		n0,
		_BRIL,
		0,
		() => BouncedRecipientInfo$
	];
	var BulkEmailDestinationList = [
		1,
		n0,
		_BEDL,
		0,
		() => BulkEmailDestination$
	];
	var BulkEmailDestinationStatusList = [
		1,
		n0,
		_BEDSL,
		0,
		() => BulkEmailDestinationStatus$
	];
	var CloudWatchDimensionConfigurations = [
		1,
		n0,
		_CWDCl,
		0,
		() => CloudWatchDimensionConfiguration$
	];
	var ConfigurationSets = [
		1,
		n0,
		_CSo,
		0,
		() => ConfigurationSet$
	];
	var CustomVerificationEmailTemplates = [
		1,
		n0,
		_CVETu,
		0,
		() => CustomVerificationEmailTemplate$
	];
	var EventDestinations = [
		1,
		n0,
		_EDv,
		0,
		() => EventDestination$
	];
	var ExtensionFieldList = [
		1,
		n0,
		_EFL,
		0,
		() => ExtensionField$
	];
	var MessageTagList = [
		1,
		n0,
		_MTL,
		0,
		() => MessageTag$
	];
	var ReceiptActionsList = [
		1,
		n0,
		_RAL,
		0,
		() => ReceiptAction$
	];
	var ReceiptFilterList = [
		1,
		n0,
		_RFL,
		0,
		() => ReceiptFilter$
	];
	var ReceiptRuleSetsLists = [
		1,
		n0,
		_RRSL,
		0,
		() => ReceiptRuleSetMetadata$
	];
	var ReceiptRulesList = [
		1,
		n0,
		_RRL,
		0,
		() => ReceiptRule$
	];
	var SendDataPointList = [
		1,
		n0,
		_SDPL,
		0,
		() => SendDataPoint$
	];
	var TemplateMetadataList = [
		1,
		n0,
		_TML,
		0,
		() => TemplateMetadata$
	];
	var DkimAttributes = [
		2,
		n0,
		_DA,
		0,
		0,
		() => IdentityDkimAttributes$
	];
	var MailFromDomainAttributes = [
		2,
		n0,
		_MFDA,
		0,
		0,
		() => IdentityMailFromDomainAttributes$
	];
	var NotificationAttributes = [
		2,
		n0,
		_NA,
		0,
		0,
		() => IdentityNotificationAttributes$
	];
	var VerificationAttributes = [
		2,
		n0,
		_VA,
		0,
		0,
		() => IdentityVerificationAttributes$
	];
	var CloneReceiptRuleSet$ = [
		9,
		n0,
		_CRRS,
		0,
		() => CloneReceiptRuleSetRequest$,
		() => CloneReceiptRuleSetResponse$
	];
	var CreateConfigurationSet$ = [
		9,
		n0,
		_CCS,
		0,
		() => CreateConfigurationSetRequest$,
		() => CreateConfigurationSetResponse$
	];
	var CreateConfigurationSetEventDestination$ = [
		9,
		n0,
		_CCSED,
		0,
		() => CreateConfigurationSetEventDestinationRequest$,
		() => CreateConfigurationSetEventDestinationResponse$
	];
	var CreateConfigurationSetTrackingOptions$ = [
		9,
		n0,
		_CCSTO,
		0,
		() => CreateConfigurationSetTrackingOptionsRequest$,
		() => CreateConfigurationSetTrackingOptionsResponse$
	];
	var CreateCustomVerificationEmailTemplate$ = [
		9,
		n0,
		_CCVET,
		0,
		() => CreateCustomVerificationEmailTemplateRequest$,
		() => __Unit
	];
	var CreateReceiptFilter$ = [
		9,
		n0,
		_CRF,
		0,
		() => CreateReceiptFilterRequest$,
		() => CreateReceiptFilterResponse$
	];
	var CreateReceiptRule$ = [
		9,
		n0,
		_CRR,
		0,
		() => CreateReceiptRuleRequest$,
		() => CreateReceiptRuleResponse$
	];
	var CreateReceiptRuleSet$ = [
		9,
		n0,
		_CRRSr,
		0,
		() => CreateReceiptRuleSetRequest$,
		() => CreateReceiptRuleSetResponse$
	];
	var CreateTemplate$ = [
		9,
		n0,
		_CTre,
		0,
		() => CreateTemplateRequest$,
		() => CreateTemplateResponse$
	];
	var DeleteConfigurationSet$ = [
		9,
		n0,
		_DCS,
		0,
		() => DeleteConfigurationSetRequest$,
		() => DeleteConfigurationSetResponse$
	];
	var DeleteConfigurationSetEventDestination$ = [
		9,
		n0,
		_DCSED,
		0,
		() => DeleteConfigurationSetEventDestinationRequest$,
		() => DeleteConfigurationSetEventDestinationResponse$
	];
	var DeleteConfigurationSetTrackingOptions$ = [
		9,
		n0,
		_DCSTO,
		0,
		() => DeleteConfigurationSetTrackingOptionsRequest$,
		() => DeleteConfigurationSetTrackingOptionsResponse$
	];
	var DeleteCustomVerificationEmailTemplate$ = [
		9,
		n0,
		_DCVET,
		0,
		() => DeleteCustomVerificationEmailTemplateRequest$,
		() => __Unit
	];
	var DeleteIdentity$ = [
		9,
		n0,
		_DI,
		0,
		() => DeleteIdentityRequest$,
		() => DeleteIdentityResponse$
	];
	var DeleteIdentityPolicy$ = [
		9,
		n0,
		_DIP,
		0,
		() => DeleteIdentityPolicyRequest$,
		() => DeleteIdentityPolicyResponse$
	];
	var DeleteReceiptFilter$ = [
		9,
		n0,
		_DRF,
		0,
		() => DeleteReceiptFilterRequest$,
		() => DeleteReceiptFilterResponse$
	];
	var DeleteReceiptRule$ = [
		9,
		n0,
		_DRR,
		0,
		() => DeleteReceiptRuleRequest$,
		() => DeleteReceiptRuleResponse$
	];
	var DeleteReceiptRuleSet$ = [
		9,
		n0,
		_DRRS,
		0,
		() => DeleteReceiptRuleSetRequest$,
		() => DeleteReceiptRuleSetResponse$
	];
	var DeleteTemplate$ = [
		9,
		n0,
		_DTel,
		0,
		() => DeleteTemplateRequest$,
		() => DeleteTemplateResponse$
	];
	var DeleteVerifiedEmailAddress$ = [
		9,
		n0,
		_DVEA,
		0,
		() => DeleteVerifiedEmailAddressRequest$,
		() => __Unit
	];
	var DescribeActiveReceiptRuleSet$ = [
		9,
		n0,
		_DARRS,
		0,
		() => DescribeActiveReceiptRuleSetRequest$,
		() => DescribeActiveReceiptRuleSetResponse$
	];
	var DescribeConfigurationSet$ = [
		9,
		n0,
		_DCSe,
		0,
		() => DescribeConfigurationSetRequest$,
		() => DescribeConfigurationSetResponse$
	];
	var DescribeReceiptRule$ = [
		9,
		n0,
		_DRRe,
		0,
		() => DescribeReceiptRuleRequest$,
		() => DescribeReceiptRuleResponse$
	];
	var DescribeReceiptRuleSet$ = [
		9,
		n0,
		_DRRSe,
		0,
		() => DescribeReceiptRuleSetRequest$,
		() => DescribeReceiptRuleSetResponse$
	];
	var GetAccountSendingEnabled$ = [
		9,
		n0,
		_GASE,
		0,
		() => __Unit,
		() => GetAccountSendingEnabledResponse$
	];
	var GetCustomVerificationEmailTemplate$ = [
		9,
		n0,
		_GCVET,
		0,
		() => GetCustomVerificationEmailTemplateRequest$,
		() => GetCustomVerificationEmailTemplateResponse$
	];
	var GetIdentityDkimAttributes$ = [
		9,
		n0,
		_GIDA,
		0,
		() => GetIdentityDkimAttributesRequest$,
		() => GetIdentityDkimAttributesResponse$
	];
	var GetIdentityMailFromDomainAttributes$ = [
		9,
		n0,
		_GIMFDA,
		0,
		() => GetIdentityMailFromDomainAttributesRequest$,
		() => GetIdentityMailFromDomainAttributesResponse$
	];
	var GetIdentityNotificationAttributes$ = [
		9,
		n0,
		_GINA,
		0,
		() => GetIdentityNotificationAttributesRequest$,
		() => GetIdentityNotificationAttributesResponse$
	];
	var GetIdentityPolicies$ = [
		9,
		n0,
		_GIP,
		0,
		() => GetIdentityPoliciesRequest$,
		() => GetIdentityPoliciesResponse$
	];
	var GetIdentityVerificationAttributes$ = [
		9,
		n0,
		_GIVA,
		0,
		() => GetIdentityVerificationAttributesRequest$,
		() => GetIdentityVerificationAttributesResponse$
	];
	var GetSendQuota$ = [
		9,
		n0,
		_GSQ,
		0,
		() => __Unit,
		() => GetSendQuotaResponse$
	];
	var GetSendStatistics$ = [
		9,
		n0,
		_GSS,
		0,
		() => __Unit,
		() => GetSendStatisticsResponse$
	];
	var GetTemplate$ = [
		9,
		n0,
		_GT,
		0,
		() => GetTemplateRequest$,
		() => GetTemplateResponse$
	];
	var ListConfigurationSets$ = [
		9,
		n0,
		_LCS,
		0,
		() => ListConfigurationSetsRequest$,
		() => ListConfigurationSetsResponse$
	];
	var ListCustomVerificationEmailTemplates$ = [
		9,
		n0,
		_LCVET,
		0,
		() => ListCustomVerificationEmailTemplatesRequest$,
		() => ListCustomVerificationEmailTemplatesResponse$
	];
	var ListIdentities$ = [
		9,
		n0,
		_LI,
		0,
		() => ListIdentitiesRequest$,
		() => ListIdentitiesResponse$
	];
	var ListIdentityPolicies$ = [
		9,
		n0,
		_LIP,
		0,
		() => ListIdentityPoliciesRequest$,
		() => ListIdentityPoliciesResponse$
	];
	var ListReceiptFilters$ = [
		9,
		n0,
		_LRF,
		0,
		() => ListReceiptFiltersRequest$,
		() => ListReceiptFiltersResponse$
	];
	var ListReceiptRuleSets$ = [
		9,
		n0,
		_LRRS,
		0,
		() => ListReceiptRuleSetsRequest$,
		() => ListReceiptRuleSetsResponse$
	];
	var ListTemplates$ = [
		9,
		n0,
		_LT,
		0,
		() => ListTemplatesRequest$,
		() => ListTemplatesResponse$
	];
	var ListVerifiedEmailAddresses$ = [
		9,
		n0,
		_LVEA,
		0,
		() => __Unit,
		() => ListVerifiedEmailAddressesResponse$
	];
	var PutConfigurationSetDeliveryOptions$ = [
		9,
		n0,
		_PCSDO,
		0,
		() => PutConfigurationSetDeliveryOptionsRequest$,
		() => PutConfigurationSetDeliveryOptionsResponse$
	];
	var PutIdentityPolicy$ = [
		9,
		n0,
		_PIP,
		0,
		() => PutIdentityPolicyRequest$,
		() => PutIdentityPolicyResponse$
	];
	var ReorderReceiptRuleSet$ = [
		9,
		n0,
		_RRRS,
		0,
		() => ReorderReceiptRuleSetRequest$,
		() => ReorderReceiptRuleSetResponse$
	];
	var SendBounce$ = [
		9,
		n0,
		_SB,
		0,
		() => SendBounceRequest$,
		() => SendBounceResponse$
	];
	var SendBulkTemplatedEmail$ = [
		9,
		n0,
		_SBTE,
		0,
		() => SendBulkTemplatedEmailRequest$,
		() => SendBulkTemplatedEmailResponse$
	];
	var SendCustomVerificationEmail$ = [
		9,
		n0,
		_SCVE,
		0,
		() => SendCustomVerificationEmailRequest$,
		() => SendCustomVerificationEmailResponse$
	];
	var SendEmail$ = [
		9,
		n0,
		_SEen,
		0,
		() => SendEmailRequest$,
		() => SendEmailResponse$
	];
	var SendRawEmail$ = [
		9,
		n0,
		_SRE,
		0,
		() => SendRawEmailRequest$,
		() => SendRawEmailResponse$
	];
	var SendTemplatedEmail$ = [
		9,
		n0,
		_STE,
		0,
		() => SendTemplatedEmailRequest$,
		() => SendTemplatedEmailResponse$
	];
	var SetActiveReceiptRuleSet$ = [
		9,
		n0,
		_SARRS,
		0,
		() => SetActiveReceiptRuleSetRequest$,
		() => SetActiveReceiptRuleSetResponse$
	];
	var SetIdentityDkimEnabled$ = [
		9,
		n0,
		_SIDE,
		0,
		() => SetIdentityDkimEnabledRequest$,
		() => SetIdentityDkimEnabledResponse$
	];
	var SetIdentityFeedbackForwardingEnabled$ = [
		9,
		n0,
		_SIFFE,
		0,
		() => SetIdentityFeedbackForwardingEnabledRequest$,
		() => SetIdentityFeedbackForwardingEnabledResponse$
	];
	var SetIdentityHeadersInNotificationsEnabled$ = [
		9,
		n0,
		_SIHINE,
		0,
		() => SetIdentityHeadersInNotificationsEnabledRequest$,
		() => SetIdentityHeadersInNotificationsEnabledResponse$
	];
	var SetIdentityMailFromDomain$ = [
		9,
		n0,
		_SIMFD,
		0,
		() => SetIdentityMailFromDomainRequest$,
		() => SetIdentityMailFromDomainResponse$
	];
	var SetIdentityNotificationTopic$ = [
		9,
		n0,
		_SINT,
		0,
		() => SetIdentityNotificationTopicRequest$,
		() => SetIdentityNotificationTopicResponse$
	];
	var SetReceiptRulePosition$ = [
		9,
		n0,
		_SRRP,
		0,
		() => SetReceiptRulePositionRequest$,
		() => SetReceiptRulePositionResponse$
	];
	var TestRenderTemplate$ = [
		9,
		n0,
		_TRT,
		0,
		() => TestRenderTemplateRequest$,
		() => TestRenderTemplateResponse$
	];
	var UpdateAccountSendingEnabled$ = [
		9,
		n0,
		_UASE,
		0,
		() => UpdateAccountSendingEnabledRequest$,
		() => __Unit
	];
	var UpdateConfigurationSetEventDestination$ = [
		9,
		n0,
		_UCSED,
		0,
		() => UpdateConfigurationSetEventDestinationRequest$,
		() => UpdateConfigurationSetEventDestinationResponse$
	];
	var UpdateConfigurationSetReputationMetricsEnabled$ = [
		9,
		n0,
		_UCSRME,
		0,
		() => UpdateConfigurationSetReputationMetricsEnabledRequest$,
		() => __Unit
	];
	var UpdateConfigurationSetSendingEnabled$ = [
		9,
		n0,
		_UCSSE,
		0,
		() => UpdateConfigurationSetSendingEnabledRequest$,
		() => __Unit
	];
	var UpdateConfigurationSetTrackingOptions$ = [
		9,
		n0,
		_UCSTO,
		0,
		() => UpdateConfigurationSetTrackingOptionsRequest$,
		() => UpdateConfigurationSetTrackingOptionsResponse$
	];
	var UpdateCustomVerificationEmailTemplate$ = [
		9,
		n0,
		_UCVET,
		0,
		() => UpdateCustomVerificationEmailTemplateRequest$,
		() => __Unit
	];
	var UpdateReceiptRule$ = [
		9,
		n0,
		_URR,
		0,
		() => UpdateReceiptRuleRequest$,
		() => UpdateReceiptRuleResponse$
	];
	var UpdateTemplate$ = [
		9,
		n0,
		_UT,
		0,
		() => UpdateTemplateRequest$,
		() => UpdateTemplateResponse$
	];
	var VerifyDomainDkim$ = [
		9,
		n0,
		_VDD,
		0,
		() => VerifyDomainDkimRequest$,
		() => VerifyDomainDkimResponse$
	];
	var VerifyDomainIdentity$ = [
		9,
		n0,
		_VDI,
		0,
		() => VerifyDomainIdentityRequest$,
		() => VerifyDomainIdentityResponse$
	];
	var VerifyEmailAddress$ = [
		9,
		n0,
		_VEAe,
		0,
		() => VerifyEmailAddressRequest$,
		() => __Unit
	];
	var VerifyEmailIdentity$ = [
		9,
		n0,
		_VEI,
		0,
		() => VerifyEmailIdentityRequest$,
		() => VerifyEmailIdentityResponse$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2010-12-01",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSESHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsQueryProtocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.ses",
				errorTypeRegistries,
				xmlNamespace: "http://ses.amazonaws.com/doc/2010-12-01/",
				version: "2010-12-01",
				serviceTarget: "SimpleEmailService"
			},
			serviceId: config?.serviceId ?? "SES",
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
			defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
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
	var SESClient = class extends Client {
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
			const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
			this.config = _config_8;
			this.middlewareStack.use(getSchemaSerdePlugin(this.config));
			this.middlewareStack.use(getUserAgentPlugin(this.config));
			this.middlewareStack.use(getRetryPlugin(this.config));
			this.middlewareStack.use(getContentLengthPlugin(this.config));
			this.middlewareStack.use(getHostHeaderPlugin(this.config));
			this.middlewareStack.use(getLoggerPlugin(this.config));
			this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
			this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
				httpAuthSchemeParametersProvider: defaultSESHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "SimpleEmailService", "SESClient", getEndpointPlugin);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	var CloneReceiptRuleSetCommand = class extends command(_ep0, _mw0, "CloneReceiptRuleSet", CloneReceiptRuleSet$) {};
	var CreateConfigurationSetCommand = class extends command(_ep0, _mw0, "CreateConfigurationSet", CreateConfigurationSet$) {};
	var CreateConfigurationSetEventDestinationCommand = class extends command(_ep0, _mw0, "CreateConfigurationSetEventDestination", CreateConfigurationSetEventDestination$) {};
	var CreateConfigurationSetTrackingOptionsCommand = class extends command(_ep0, _mw0, "CreateConfigurationSetTrackingOptions", CreateConfigurationSetTrackingOptions$) {};
	var CreateCustomVerificationEmailTemplateCommand = class extends command(_ep0, _mw0, "CreateCustomVerificationEmailTemplate", CreateCustomVerificationEmailTemplate$) {};
	var CreateReceiptFilterCommand = class extends command(_ep0, _mw0, "CreateReceiptFilter", CreateReceiptFilter$) {};
	var CreateReceiptRuleCommand = class extends command(_ep0, _mw0, "CreateReceiptRule", CreateReceiptRule$) {};
	var CreateReceiptRuleSetCommand = class extends command(_ep0, _mw0, "CreateReceiptRuleSet", CreateReceiptRuleSet$) {};
	var CreateTemplateCommand = class extends command(_ep0, _mw0, "CreateTemplate", CreateTemplate$) {};
	var DeleteConfigurationSetCommand = class extends command(_ep0, _mw0, "DeleteConfigurationSet", DeleteConfigurationSet$) {};
	var DeleteConfigurationSetEventDestinationCommand = class extends command(_ep0, _mw0, "DeleteConfigurationSetEventDestination", DeleteConfigurationSetEventDestination$) {};
	var DeleteConfigurationSetTrackingOptionsCommand = class extends command(_ep0, _mw0, "DeleteConfigurationSetTrackingOptions", DeleteConfigurationSetTrackingOptions$) {};
	var DeleteCustomVerificationEmailTemplateCommand = class extends command(_ep0, _mw0, "DeleteCustomVerificationEmailTemplate", DeleteCustomVerificationEmailTemplate$) {};
	var DeleteIdentityCommand = class extends command(_ep0, _mw0, "DeleteIdentity", DeleteIdentity$) {};
	var DeleteIdentityPolicyCommand = class extends command(_ep0, _mw0, "DeleteIdentityPolicy", DeleteIdentityPolicy$) {};
	var DeleteReceiptFilterCommand = class extends command(_ep0, _mw0, "DeleteReceiptFilter", DeleteReceiptFilter$) {};
	var DeleteReceiptRuleCommand = class extends command(_ep0, _mw0, "DeleteReceiptRule", DeleteReceiptRule$) {};
	var DeleteReceiptRuleSetCommand = class extends command(_ep0, _mw0, "DeleteReceiptRuleSet", DeleteReceiptRuleSet$) {};
	var DeleteTemplateCommand = class extends command(_ep0, _mw0, "DeleteTemplate", DeleteTemplate$) {};
	var DeleteVerifiedEmailAddressCommand = class extends command(_ep0, _mw0, "DeleteVerifiedEmailAddress", DeleteVerifiedEmailAddress$) {};
	var DescribeActiveReceiptRuleSetCommand = class extends command(_ep0, _mw0, "DescribeActiveReceiptRuleSet", DescribeActiveReceiptRuleSet$) {};
	var DescribeConfigurationSetCommand = class extends command(_ep0, _mw0, "DescribeConfigurationSet", DescribeConfigurationSet$) {};
	var DescribeReceiptRuleCommand = class extends command(_ep0, _mw0, "DescribeReceiptRule", DescribeReceiptRule$) {};
	var DescribeReceiptRuleSetCommand = class extends command(_ep0, _mw0, "DescribeReceiptRuleSet", DescribeReceiptRuleSet$) {};
	var GetAccountSendingEnabledCommand = class extends command(_ep0, _mw0, "GetAccountSendingEnabled", GetAccountSendingEnabled$) {};
	var GetCustomVerificationEmailTemplateCommand = class extends command(_ep0, _mw0, "GetCustomVerificationEmailTemplate", GetCustomVerificationEmailTemplate$) {};
	var GetIdentityDkimAttributesCommand = class extends command(_ep0, _mw0, "GetIdentityDkimAttributes", GetIdentityDkimAttributes$) {};
	var GetIdentityMailFromDomainAttributesCommand = class extends command(_ep0, _mw0, "GetIdentityMailFromDomainAttributes", GetIdentityMailFromDomainAttributes$) {};
	var GetIdentityNotificationAttributesCommand = class extends command(_ep0, _mw0, "GetIdentityNotificationAttributes", GetIdentityNotificationAttributes$) {};
	var GetIdentityPoliciesCommand = class extends command(_ep0, _mw0, "GetIdentityPolicies", GetIdentityPolicies$) {};
	var GetIdentityVerificationAttributesCommand = class extends command(_ep0, _mw0, "GetIdentityVerificationAttributes", GetIdentityVerificationAttributes$) {};
	var GetSendQuotaCommand = class extends command(_ep0, _mw0, "GetSendQuota", GetSendQuota$) {};
	var GetSendStatisticsCommand = class extends command(_ep0, _mw0, "GetSendStatistics", GetSendStatistics$) {};
	var GetTemplateCommand = class extends command(_ep0, _mw0, "GetTemplate", GetTemplate$) {};
	var ListConfigurationSetsCommand = class extends command(_ep0, _mw0, "ListConfigurationSets", ListConfigurationSets$) {};
	var ListCustomVerificationEmailTemplatesCommand = class extends command(_ep0, _mw0, "ListCustomVerificationEmailTemplates", ListCustomVerificationEmailTemplates$) {};
	var ListIdentitiesCommand = class extends command(_ep0, _mw0, "ListIdentities", ListIdentities$) {};
	var ListIdentityPoliciesCommand = class extends command(_ep0, _mw0, "ListIdentityPolicies", ListIdentityPolicies$) {};
	var ListReceiptFiltersCommand = class extends command(_ep0, _mw0, "ListReceiptFilters", ListReceiptFilters$) {};
	var ListReceiptRuleSetsCommand = class extends command(_ep0, _mw0, "ListReceiptRuleSets", ListReceiptRuleSets$) {};
	var ListTemplatesCommand = class extends command(_ep0, _mw0, "ListTemplates", ListTemplates$) {};
	var ListVerifiedEmailAddressesCommand = class extends command(_ep0, _mw0, "ListVerifiedEmailAddresses", ListVerifiedEmailAddresses$) {};
	var PutConfigurationSetDeliveryOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetDeliveryOptions", PutConfigurationSetDeliveryOptions$) {};
	var PutIdentityPolicyCommand = class extends command(_ep0, _mw0, "PutIdentityPolicy", PutIdentityPolicy$) {};
	var ReorderReceiptRuleSetCommand = class extends command(_ep0, _mw0, "ReorderReceiptRuleSet", ReorderReceiptRuleSet$) {};
	var SendBounceCommand = class extends command(_ep0, _mw0, "SendBounce", SendBounce$) {};
	var SendBulkTemplatedEmailCommand = class extends command(_ep0, _mw0, "SendBulkTemplatedEmail", SendBulkTemplatedEmail$) {};
	var SendCustomVerificationEmailCommand = class extends command(_ep0, _mw0, "SendCustomVerificationEmail", SendCustomVerificationEmail$) {};
	var SendEmailCommand = class extends command(_ep0, _mw0, "SendEmail", SendEmail$) {};
	var SendRawEmailCommand = class extends command(_ep0, _mw0, "SendRawEmail", SendRawEmail$) {};
	var SendTemplatedEmailCommand = class extends command(_ep0, _mw0, "SendTemplatedEmail", SendTemplatedEmail$) {};
	var SetActiveReceiptRuleSetCommand = class extends command(_ep0, _mw0, "SetActiveReceiptRuleSet", SetActiveReceiptRuleSet$) {};
	var SetIdentityDkimEnabledCommand = class extends command(_ep0, _mw0, "SetIdentityDkimEnabled", SetIdentityDkimEnabled$) {};
	var SetIdentityFeedbackForwardingEnabledCommand = class extends command(_ep0, _mw0, "SetIdentityFeedbackForwardingEnabled", SetIdentityFeedbackForwardingEnabled$) {};
	var SetIdentityHeadersInNotificationsEnabledCommand = class extends command(_ep0, _mw0, "SetIdentityHeadersInNotificationsEnabled", SetIdentityHeadersInNotificationsEnabled$) {};
	var SetIdentityMailFromDomainCommand = class extends command(_ep0, _mw0, "SetIdentityMailFromDomain", SetIdentityMailFromDomain$) {};
	var SetIdentityNotificationTopicCommand = class extends command(_ep0, _mw0, "SetIdentityNotificationTopic", SetIdentityNotificationTopic$) {};
	var SetReceiptRulePositionCommand = class extends command(_ep0, _mw0, "SetReceiptRulePosition", SetReceiptRulePosition$) {};
	var TestRenderTemplateCommand = class extends command(_ep0, _mw0, "TestRenderTemplate", TestRenderTemplate$) {};
	var UpdateAccountSendingEnabledCommand = class extends command(_ep0, _mw0, "UpdateAccountSendingEnabled", UpdateAccountSendingEnabled$) {};
	var UpdateConfigurationSetEventDestinationCommand = class extends command(_ep0, _mw0, "UpdateConfigurationSetEventDestination", UpdateConfigurationSetEventDestination$) {};
	var UpdateConfigurationSetReputationMetricsEnabledCommand = class extends command(_ep0, _mw0, "UpdateConfigurationSetReputationMetricsEnabled", UpdateConfigurationSetReputationMetricsEnabled$) {};
	var UpdateConfigurationSetSendingEnabledCommand = class extends command(_ep0, _mw0, "UpdateConfigurationSetSendingEnabled", UpdateConfigurationSetSendingEnabled$) {};
	var UpdateConfigurationSetTrackingOptionsCommand = class extends command(_ep0, _mw0, "UpdateConfigurationSetTrackingOptions", UpdateConfigurationSetTrackingOptions$) {};
	var UpdateCustomVerificationEmailTemplateCommand = class extends command(_ep0, _mw0, "UpdateCustomVerificationEmailTemplate", UpdateCustomVerificationEmailTemplate$) {};
	var UpdateReceiptRuleCommand = class extends command(_ep0, _mw0, "UpdateReceiptRule", UpdateReceiptRule$) {};
	var UpdateTemplateCommand = class extends command(_ep0, _mw0, "UpdateTemplate", UpdateTemplate$) {};
	var VerifyDomainDkimCommand = class extends command(_ep0, _mw0, "VerifyDomainDkim", VerifyDomainDkim$) {};
	var VerifyDomainIdentityCommand = class extends command(_ep0, _mw0, "VerifyDomainIdentity", VerifyDomainIdentity$) {};
	var VerifyEmailAddressCommand = class extends command(_ep0, _mw0, "VerifyEmailAddress", VerifyEmailAddress$) {};
	var VerifyEmailIdentityCommand = class extends command(_ep0, _mw0, "VerifyEmailIdentity", VerifyEmailIdentity$) {};
	const paginateListCustomVerificationEmailTemplates = createPaginator(SESClient, ListCustomVerificationEmailTemplatesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListIdentities = createPaginator(SESClient, ListIdentitiesCommand, "NextToken", "NextToken", "MaxItems");
	const checkState = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new GetIdentityVerificationAttributesCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return Object.values(result.VerificationAttributes).map((element_1) => {
						return element_1.VerificationStatus;
					});
				};
				let allStringEq_4 = returnComparator().length > 0;
				for (let element_3 of returnComparator()) allStringEq_4 = allStringEq_4 && element_3 == "Success";
				if (allStringEq_4) return {
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
	const waitUntilIdentityExists = async (params, input) => {
		const result = await createWaiter({
			minDelay: 3,
			maxDelay: 120,
			...params
		}, input, checkState);
		return checkExceptions(result);
	};
	const commands = {
		CloneReceiptRuleSetCommand,
		CreateConfigurationSetCommand,
		CreateConfigurationSetEventDestinationCommand,
		CreateConfigurationSetTrackingOptionsCommand,
		CreateCustomVerificationEmailTemplateCommand,
		CreateReceiptFilterCommand,
		CreateReceiptRuleCommand,
		CreateReceiptRuleSetCommand,
		CreateTemplateCommand,
		DeleteConfigurationSetCommand,
		DeleteConfigurationSetEventDestinationCommand,
		DeleteConfigurationSetTrackingOptionsCommand,
		DeleteCustomVerificationEmailTemplateCommand,
		DeleteIdentityCommand,
		DeleteIdentityPolicyCommand,
		DeleteReceiptFilterCommand,
		DeleteReceiptRuleCommand,
		DeleteReceiptRuleSetCommand,
		DeleteTemplateCommand,
		DeleteVerifiedEmailAddressCommand,
		DescribeActiveReceiptRuleSetCommand,
		DescribeConfigurationSetCommand,
		DescribeReceiptRuleCommand,
		DescribeReceiptRuleSetCommand,
		GetAccountSendingEnabledCommand,
		GetCustomVerificationEmailTemplateCommand,
		GetIdentityDkimAttributesCommand,
		GetIdentityMailFromDomainAttributesCommand,
		GetIdentityNotificationAttributesCommand,
		GetIdentityPoliciesCommand,
		GetIdentityVerificationAttributesCommand,
		GetSendQuotaCommand,
		GetSendStatisticsCommand,
		GetTemplateCommand,
		ListConfigurationSetsCommand,
		ListCustomVerificationEmailTemplatesCommand,
		ListIdentitiesCommand,
		ListIdentityPoliciesCommand,
		ListReceiptFiltersCommand,
		ListReceiptRuleSetsCommand,
		ListTemplatesCommand,
		ListVerifiedEmailAddressesCommand,
		PutConfigurationSetDeliveryOptionsCommand,
		PutIdentityPolicyCommand,
		ReorderReceiptRuleSetCommand,
		SendBounceCommand,
		SendBulkTemplatedEmailCommand,
		SendCustomVerificationEmailCommand,
		SendEmailCommand,
		SendRawEmailCommand,
		SendTemplatedEmailCommand,
		SetActiveReceiptRuleSetCommand,
		SetIdentityDkimEnabledCommand,
		SetIdentityFeedbackForwardingEnabledCommand,
		SetIdentityHeadersInNotificationsEnabledCommand,
		SetIdentityMailFromDomainCommand,
		SetIdentityNotificationTopicCommand,
		SetReceiptRulePositionCommand,
		TestRenderTemplateCommand,
		UpdateAccountSendingEnabledCommand,
		UpdateConfigurationSetEventDestinationCommand,
		UpdateConfigurationSetReputationMetricsEnabledCommand,
		UpdateConfigurationSetSendingEnabledCommand,
		UpdateConfigurationSetTrackingOptionsCommand,
		UpdateCustomVerificationEmailTemplateCommand,
		UpdateReceiptRuleCommand,
		UpdateTemplateCommand,
		VerifyDomainDkimCommand,
		VerifyDomainIdentityCommand,
		VerifyEmailAddressCommand,
		VerifyEmailIdentityCommand
	};
	const paginators = {
		paginateListCustomVerificationEmailTemplates,
		paginateListIdentities
	};
	const waiters = { waitUntilIdentityExists };
	var SES = class extends SESClient {};
	createAggregatedClient(commands, SES, {
		paginators,
		waiters
	});
	exports.CreateConfigurationSetCommand = CreateConfigurationSetCommand;
	exports.CreateConfigurationSetEventDestinationCommand = CreateConfigurationSetEventDestinationCommand;
	exports.CreateReceiptRuleCommand = CreateReceiptRuleCommand;
	exports.CreateReceiptRuleSetCommand = CreateReceiptRuleSetCommand;
	exports.CreateTemplateCommand = CreateTemplateCommand;
	exports.DeleteConfigurationSetCommand = DeleteConfigurationSetCommand;
	exports.DeleteIdentityCommand = DeleteIdentityCommand;
	exports.DeleteReceiptRuleSetCommand = DeleteReceiptRuleSetCommand;
	exports.DeleteTemplateCommand = DeleteTemplateCommand;
	exports.DescribeActiveReceiptRuleSetCommand = DescribeActiveReceiptRuleSetCommand;
	exports.DescribeConfigurationSetCommand = DescribeConfigurationSetCommand;
	exports.DescribeReceiptRuleSetCommand = DescribeReceiptRuleSetCommand;
	exports.GetIdentityDkimAttributesCommand = GetIdentityDkimAttributesCommand;
	exports.GetIdentityMailFromDomainAttributesCommand = GetIdentityMailFromDomainAttributesCommand;
	exports.GetIdentityNotificationAttributesCommand = GetIdentityNotificationAttributesCommand;
	exports.GetTemplateCommand = GetTemplateCommand;
	exports.ListConfigurationSetsCommand = ListConfigurationSetsCommand;
	exports.ListIdentitiesCommand = ListIdentitiesCommand;
	exports.ListReceiptRuleSetsCommand = ListReceiptRuleSetsCommand;
	exports.ListTemplatesCommand = ListTemplatesCommand;
	exports.SESClient = SESClient;
	exports.SetActiveReceiptRuleSetCommand = SetActiveReceiptRuleSetCommand;
	exports.SetIdentityFeedbackForwardingEnabledCommand = SetIdentityFeedbackForwardingEnabledCommand;
	exports.SetIdentityMailFromDomainCommand = SetIdentityMailFromDomainCommand;
	exports.SetIdentityNotificationTopicCommand = SetIdentityNotificationTopicCommand;
	exports.UpdateConfigurationSetEventDestinationCommand = UpdateConfigurationSetEventDestinationCommand;
	exports.VerifyDomainDkimCommand = VerifyDomainDkimCommand;
	exports.VerifyDomainIdentityCommand = VerifyDomainIdentityCommand;
	exports.VerifyEmailIdentityCommand = VerifyEmailIdentityCommand;
}));
// node_modules/@aws-sdk/client-sesv2/dist-cjs/index.js
var require_dist_cjs = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client(), __toCommonJS(client_exports));
	const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
	const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client$1(), __toCommonJS(client_exports$1));
	const { Command: $Command } = (init_client$1(), __toCommonJS(client_exports$1));
	const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
	const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveParams, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
	const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
	const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
	const { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
	const { resolveAwsSdkSigV4Config, resolveAwsSdkSigV4AConfig, AwsSdkSigV4Signer, AwsSdkSigV4ASigner, NODE_SIGV4A_CONFIG_OPTIONS, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
	const { SignatureV4MultiRegion } = require_dist_cjs$4();
	const { defaultProvider } = require_dist_cjs$2();
	const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
	const { streamCollector, NodeHttpHandler } = require_dist_cjs$3();
	const { AwsRestJsonProtocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const m = "ref";
	const a = -1;
	const b = true;
	const c = "isSet";
	const d = "PartitionResult";
	const e = "booleanEquals";
	const f = "getAttr";
	const g = { [m]: "EndpointId" };
	const h = { [m]: "Endpoint" };
	const i = { [m]: d };
	const j = { "authSchemes": [{
		"name": "sigv4a",
		"signingName": "ses",
		"signingRegionSet": ["*"]
	}] };
	const k = {};
	const l = [{ [m]: "Region" }];
	const _data = {
		conditions: [
			[c, l],
			[
				"aws.partition",
				l,
				d
			],
			[c, [g]],
			["isValidHostLabel", [g, b]],
			[c, [h]],
			[e, [{ [m]: "UseFIPS" }, b]],
			[e, [{ [m]: "UseDualStack" }, b]],
			[e, [{
				fn: f,
				argv: [i, "supportsDualStack"]
			}, b]],
			["stringEquals", [{
				fn: f,
				argv: [i, "name"]
			}, "aws-us-gov"]],
			[e, [{
				fn: f,
				argv: [i, "supportsFIPS"]
			}, b]]
		],
		results: [
			[a],
			[h, j],
			["https://{EndpointId}.endpoints.email.us-gov.{PartitionResult#dualStackDnsSuffix}", j],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://{EndpointId}.endpoints.email.us-gov.{PartitionResult#dnsSuffix}", j],
			["https://{EndpointId}.endpoints.email.global.{PartitionResult#dualStackDnsSuffix}", j],
			["https://{EndpointId}.endpoints.email.{PartitionResult#dnsSuffix}", j],
			[a, "Invalid Configuration: FIPS is not supported with multi-region endpoints"],
			[a, "EndpointId must be a valid host label"],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[h, k],
			["https://email-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://email-fips.{Region}.{PartitionResult#dnsSuffix}", k],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://email.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
			["https://email.{Region}.{PartitionResult#dnsSuffix}", k],
			[a, "Invalid Configuration: Missing Region"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		3,
		4,
		1,
		5,
		4,
		4,
		14,
		100000018,
		2,
		16,
		6,
		4,
		14,
		7,
		5,
		10,
		8,
		6,
		9,
		100000017,
		7,
		100000016,
		100000003,
		6,
		12,
		11,
		9,
		100000014,
		100000015,
		7,
		13,
		100000013,
		9,
		100000012,
		100000013,
		5,
		100000009,
		15,
		6,
		100000010,
		100000011,
		3,
		17,
		100000008,
		4,
		23,
		18,
		5,
		100000007,
		19,
		6,
		21,
		20,
		8,
		100000004,
		100000006,
		7,
		22,
		100000003,
		8,
		100000002,
		100000005,
		5,
		100000007,
		100000001
	]);
	const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
	const cache = new EndpointCache({
		size: 50,
		params: [
			"Endpoint",
			"EndpointId",
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
	const createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
		if (!input) throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
		const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
		const instructionsFn = getSmithyContext(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
		if (!instructionsFn) throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
		const endpointParameters = await resolveParams(input, { getEndpointParameterInstructions: instructionsFn }, config);
		return Object.assign(defaultParameters, endpointParameters);
	};
	const _defaultSESv2HttpAuthSchemeParametersProvider = async (config, context, input) => {
		return {
			operation: getSmithyContext(context).operation,
			region: await normalizeProvider(config.region)() || (() => {
				throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
			})()
		};
	};
	const defaultSESv2HttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultSESv2HttpAuthSchemeParametersProvider);
	function createAwsAuthSigv4HttpAuthOption(authParameters) {
		return {
			schemeId: "aws.auth#sigv4",
			signingProperties: {
				name: "ses",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	function createAwsAuthSigv4aHttpAuthOption(authParameters) {
		return {
			schemeId: "aws.auth#sigv4a",
			signingProperties: {
				name: "ses",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
		const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
			const authSchemes = defaultEndpointResolver(authParameters).properties?.authSchemes;
			if (!authSchemes) return defaultHttpAuthSchemeResolver(authParameters);
			const options = [];
			for (const scheme of authSchemes) {
				const { name: resolvedName, properties = {}, ...rest } = scheme;
				const name = resolvedName.toLowerCase();
				if (resolvedName !== name) console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
				let schemeId;
				if (name === "sigv4a") {
					schemeId = "aws.auth#sigv4a";
					const sigv4Present = authSchemes.find((s) => {
						const name = s.name.toLowerCase();
						return name !== "sigv4a" && name.startsWith("sigv4");
					});
					if (SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) continue;
				} else if (name.startsWith("sigv4")) schemeId = "aws.auth#sigv4";
				else throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
				const createOption = createHttpAuthOptionFunctions[schemeId];
				if (!createOption) throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
				const option = createOption(authParameters);
				option.schemeId = schemeId;
				option.signingProperties = {
					...option.signingProperties || {},
					...rest,
					...properties
				};
				options.push(option);
			}
			return options;
		};
		return endpointRuleSetHttpAuthSchemeProvider;
	};
	const _defaultSESv2HttpAuthSchemeProvider = (authParameters) => {
		const options = [];
		switch (authParameters.operation) {
			default:
				options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
				options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
		}
		return options;
	};
	const defaultSESv2HttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver, _defaultSESv2HttpAuthSchemeProvider, {
		"aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
		"aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption
	});
	const resolveHttpAuthSchemeConfig = (config) => {
		const config_0 = resolveAwsSdkSigV4Config(config);
		const config_1 = resolveAwsSdkSigV4AConfig(config_0);
		return Object.assign(config_1, { authSchemePreference: normalizeProvider(config.authSchemePreference ?? []) });
	};
	const resolveClientEndpointParameters = (options) => {
		return Object.assign(options, {
			useDualstackEndpoint: options.useDualstackEndpoint ?? false,
			useFipsEndpoint: options.useFipsEndpoint ?? false,
			defaultSigningName: "ses"
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
	var packageInfo = { version: "3.1177.0" };
	var SESv2ServiceException = class SESv2ServiceException extends ServiceException {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sesv2#SESv2ServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, SESv2ServiceException.prototype);
		}
	};
	var AccountSuspendedException = class AccountSuspendedException extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#AccountSuspendedException";
		name = "AccountSuspendedException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AccountSuspendedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AccountSuspendedException.prototype);
		}
	};
	var AlreadyExistsException = class AlreadyExistsException extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#AlreadyExistsException";
		name = "AlreadyExistsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AlreadyExistsException.prototype);
		}
	};
	var BadRequestException = class BadRequestException extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#BadRequestException";
		name = "BadRequestException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BadRequestException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BadRequestException.prototype);
		}
	};
	var NotFoundException = class NotFoundException extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#NotFoundException";
		name = "NotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NotFoundException.prototype);
		}
	};
	var TooManyRequestsException = class TooManyRequestsException extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#TooManyRequestsException";
		name = "TooManyRequestsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyRequestsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyRequestsException.prototype);
		}
	};
	var InternalServiceErrorException = class InternalServiceErrorException extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#InternalServiceErrorException";
		name = "InternalServiceErrorException";
		$fault = "server";
		constructor(opts) {
			super({
				name: "InternalServiceErrorException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, InternalServiceErrorException.prototype);
		}
	};
	var ConcurrentModificationException = class ConcurrentModificationException extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#ConcurrentModificationException";
		name = "ConcurrentModificationException";
		$fault = "server";
		constructor(opts) {
			super({
				name: "ConcurrentModificationException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
		}
	};
	var ConflictException = class ConflictException extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#ConflictException";
		name = "ConflictException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ConflictException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConflictException.prototype);
		}
	};
	var LimitExceededException = class LimitExceededException extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#LimitExceededException";
		name = "LimitExceededException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "LimitExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, LimitExceededException.prototype);
		}
	};
	var MailFromDomainNotVerifiedException = class MailFromDomainNotVerifiedException extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#MailFromDomainNotVerifiedException";
		name = "MailFromDomainNotVerifiedException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "MailFromDomainNotVerifiedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, MailFromDomainNotVerifiedException.prototype);
		}
	};
	var MessageRejected = class MessageRejected extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#MessageRejected";
		name = "MessageRejected";
		$fault = "client";
		constructor(opts) {
			super({
				name: "MessageRejected",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, MessageRejected.prototype);
		}
	};
	var SendingPausedException = class SendingPausedException extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#SendingPausedException";
		name = "SendingPausedException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SendingPausedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SendingPausedException.prototype);
		}
	};
	var InvalidNextTokenException = class InvalidNextTokenException extends SESv2ServiceException {
		static shapeId = "com.amazonaws.sesv2#InvalidNextTokenException";
		name = "InvalidNextTokenException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidNextTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidNextTokenException.prototype);
		}
	};
	const _A = "Attachment";
	const _AA = "ArchiveArn";
	const _AAp = "ApplicationArn";
	const _ACEA = "AdditionalContactEmailAddress";
	const _ACEAd = "AdditionalContactEmailAddresses";
	const _AD = "AccountDetails";
	const _ADt = "AttributesData";
	const _AE = "AdminEmail";
	const _AEE = "AlreadyExistsException";
	const _AEIC = "AssociateEmailIdentityCertificate";
	const _AEICR = "AssociateEmailIdentityCertificateRequest";
	const _AEICRs = "AssociateEmailIdentityCertificateResponse";
	const _AL = "AttachmentList";
	const _AO = "ArchivingOptions";
	const _AS = "AccountStatus";
	const _ASD = "ActiveSubscribedDomains";
	const _ASE = "AccountSuspendedException";
	const _ASMS = "AwsSesManagedStatus";
	const _AT = "AssociatedTimestamp";
	const _AWE = "AutoWarmupEnabled";
	const _Ag = "Aggregation";
	const _At = "Attachments";
	const _Att = "Attributes";
	const _B = "Body";
	const _BA = "BccAddresses";
	const _BE = "BlacklistEntry";
	const _BEC = "BulkEmailContent";
	const _BEE = "BulkEmailEntry";
	const _BEEL = "BulkEmailEntryList";
	const _BEER = "BulkEmailEntryResult";
	const _BEERL = "BulkEmailEntryResultList";
	const _BEERu = "BulkEmailEntryResults";
	const _BEEu = "BulkEmailEntries";
	const _BEl = "BlacklistEntries";
	const _BGMD = "BatchGetMetricData";
	const _BGMDQ = "BatchGetMetricDataQuery";
	const _BGMDQa = "BatchGetMetricDataQueries";
	const _BGMDR = "BatchGetMetricDataRequest";
	const _BGMDRa = "BatchGetMetricDataResponse";
	const _BIN = "BlacklistItemNames";
	const _BOMF = "BehaviorOnMxFailure";
	const _BR = "BlacklistReport";
	const _BRE = "BadRequestException";
	const _BST = "BounceSubType";
	const _BT = "BounceType";
	const _Bo = "Bounce";
	const _C = "Complaint";
	const _CA = "CertificateArn";
	const _CAc = "CcAddresses";
	const _CC = "CreateContact";
	const _CCL = "CreateContactList";
	const _CCLR = "CreateContactListRequest";
	const _CCLRr = "CreateContactListResponse";
	const _CCR = "CreateContactRequest";
	const _CCRr = "CreateContactResponse";
	const _CCS = "CreateConfigurationSet";
	const _CCSED = "CreateConfigurationSetEventDestination";
	const _CCSEDR = "CreateConfigurationSetEventDestinationRequest";
	const _CCSEDRr = "CreateConfigurationSetEventDestinationResponse";
	const _CCSR = "CreateConfigurationSetRequest";
	const _CCSRr = "CreateConfigurationSetResponse";
	const _CCVET = "CreateCustomVerificationEmailTemplate";
	const _CCVETR = "CreateCustomVerificationEmailTemplateRequest";
	const _CCVETRr = "CreateCustomVerificationEmailTemplateResponse";
	const _CD = "ContentDisposition";
	const _CDIP = "CreateDedicatedIpPool";
	const _CDIPR = "CreateDedicatedIpPoolRequest";
	const _CDIPRr = "CreateDedicatedIpPoolResponse";
	const _CDTR = "CreateDeliverabilityTestReport";
	const _CDTRR = "CreateDeliverabilityTestReportRequest";
	const _CDTRRr = "CreateDeliverabilityTestReportResponse";
	const _CDo = "ContentDescription";
	const _CDr = "CreateDate";
	const _CE = "ConflictException";
	const _CEI = "CreateEmailIdentity";
	const _CEIP = "CreateEmailIdentityPolicy";
	const _CEIPR = "CreateEmailIdentityPolicyRequest";
	const _CEIPRr = "CreateEmailIdentityPolicyResponse";
	const _CEIR = "CreateEmailIdentityRequest";
	const _CEIRr = "CreateEmailIdentityResponse";
	const _CEJ = "CancelExportJob";
	const _CEJR = "CancelExportJobRequest";
	const _CEJRa = "CancelExportJobResponse";
	const _CEJRr = "CreateExportJobRequest";
	const _CEJRre = "CreateExportJobResponse";
	const _CEJr = "CreateExportJob";
	const _CET = "CertificateExpiryTime";
	const _CETR = "CreateEmailTemplateRequest";
	const _CETRr = "CreateEmailTemplateResponse";
	const _CETr = "CreateEmailTemplate";
	const _CFT = "ComplaintFeedbackType";
	const _CI = "ContentId";
	const _CIJ = "CreateImportJob";
	const _CIJR = "CreateImportJobRequest";
	const _CIJRr = "CreateImportJobResponse";
	const _CIa = "CampaignId";
	const _CIas = "CaseId";
	const _CL = "ContactLanguage";
	const _CLD = "ContactListDestination";
	const _CLIA = "ContactListImportAction";
	const _CLN = "ContactListName";
	const _CLo = "ContactList";
	const _CLon = "ContactLists";
	const _CME = "ConcurrentModificationException";
	const _CMRE = "CreateMultiRegionEndpoint";
	const _CMRER = "CreateMultiRegionEndpointRequest";
	const _CMRERr = "CreateMultiRegionEndpointResponse";
	const _CMS = "CustomerManagedStatus";
	const _CO = "ConfigurationOverrides";
	const _CP = "CurrentPlan";
	const _CRD = "CustomRedirectDomain";
	const _CS = "ConfigurationSets";
	const _CSKL = "CurrentSigningKeyLength";
	const _CSN = "ConfigurationSetName";
	const _CST = "ComplaintSubType";
	const _CT = "ContentType";
	const _CTE = "ContentTransferEncoding";
	const _CTEl = "ClickTrackingEnabled";
	const _CTEo = "ConditionThresholdEnabled";
	const _CTR = "CreateTenantRequest";
	const _CTRA = "CreateTenantResourceAssociation";
	const _CTRAR = "CreateTenantResourceAssociationRequest";
	const _CTRARr = "CreateTenantResourceAssociationResponse";
	const _CTRr = "CreateTenantResponse";
	const _CTo = "CompletedTimestamp";
	const _CTon = "ConditionThreshold";
	const _CTr = "CreatedTimestamp";
	const _CTre = "CreateTenant";
	const _CV = "ConfidenceVerdict";
	const _CVET = "CustomVerificationEmailTemplates";
	const _CVETL = "CustomVerificationEmailTemplatesList";
	const _CVETM = "CustomVerificationEmailTemplateMetadata";
	const _CVT = "ConfidenceVerdictThreshold";
	const _CWD = "CloudWatchDestination";
	const _CWDC = "CloudWatchDimensionConfiguration";
	const _CWDCl = "CloudWatchDimensionConfigurations";
	const _Ca = "Cause";
	const _Ce = "Certificates";
	const _Ch = "Charset";
	const _Co = "Contact";
	const _Cod = "Code";
	const _Con = "Content";
	const _Cont = "Contacts";
	const _D = "Dimensions";
	const _DA = "DkimAttributes";
	const _DAa = "DashboardAttributes";
	const _DAe = "DeliveryAttributes";
	const _DC = "DiagnosticCode";
	const _DCL = "DeleteContactList";
	const _DCLR = "DeleteContactListRequest";
	const _DCLRe = "DeleteContactListResponse";
	const _DCR = "DeleteContactRequest";
	const _DCRe = "DeleteContactResponse";
	const _DCS = "DeleteConfigurationSet";
	const _DCSED = "DeleteConfigurationSetEventDestination";
	const _DCSEDR = "DeleteConfigurationSetEventDestinationRequest";
	const _DCSEDRe = "DeleteConfigurationSetEventDestinationResponse";
	const _DCSR = "DeleteConfigurationSetRequest";
	const _DCSRe = "DeleteConfigurationSetResponse";
	const _DCVET = "DeleteCustomVerificationEmailTemplate";
	const _DCVETR = "DeleteCustomVerificationEmailTemplateRequest";
	const _DCVETRe = "DeleteCustomVerificationEmailTemplateResponse";
	const _DCe = "DefaultContent";
	const _DCel = "DeleteContact";
	const _DCi = "DimensionConfigurations";
	const _DDC = "DomainDeliverabilityCampaign";
	const _DDCL = "DomainDeliverabilityCampaignList";
	const _DDCo = "DomainDeliverabilityCampaigns";
	const _DDIP = "DeleteDedicatedIpPool";
	const _DDIPR = "DeleteDedicatedIpPoolRequest";
	const _DDIPRe = "DeleteDedicatedIpPoolResponse";
	const _DDTO = "DomainDeliverabilityTrackingOption";
	const _DDTOo = "DomainDeliverabilityTrackingOptions";
	const _DDV = "DefaultDimensionValue";
	const _DE = "DashboardEnabled";
	const _DEI = "DeleteEmailIdentity";
	const _DEIC = "DisassociateEmailIdentityCertificate";
	const _DEICR = "DisassociateEmailIdentityCertificateRequest";
	const _DEICRi = "DisassociateEmailIdentityCertificateResponse";
	const _DEIP = "DeleteEmailIdentityPolicy";
	const _DEIPR = "DeleteEmailIdentityPolicyRequest";
	const _DEIPRe = "DeleteEmailIdentityPolicyResponse";
	const _DEIR = "DeleteEmailIdentityRequest";
	const _DEIRe = "DeleteEmailIdentityResponse";
	const _DET = "DefaultEmailTags";
	const _DETR = "DeleteEmailTemplateRequest";
	const _DETRe = "DeleteEmailTemplateResponse";
	const _DETe = "DeleteEmailTemplate";
	const _DF = "DataFormat";
	const _DI = "DedicatedIp";
	const _DIAWE = "DedicatedIpAutoWarmupEnabled";
	const _DIL = "DedicatedIpList";
	const _DIP = "DomainIspPlacements";
	const _DIPe = "DedicatedIpPool";
	const _DIPed = "DedicatedIpPools";
	const _DIPo = "DomainIspPlacement";
	const _DIe = "DedicatedIps";
	const _DMRE = "DeleteMultiRegionEndpoint";
	const _DMRER = "DeleteMultiRegionEndpointRequest";
	const _DMRERe = "DeleteMultiRegionEndpointResponse";
	const _DN = "DimensionName";
	const _DNi = "DisplayName";
	const _DO = "DeliveryOptions";
	const _DOa = "DashboardOptions";
	const _DP = "DkimPercentage";
	const _DPN = "DestinationPoolName";
	const _DR = "DeleteRate";
	const _DS = "DkimStatus";
	const _DSA = "DkimSigningAttributes";
	const _DSAO = "DomainSigningAttributesOrigin";
	const _DSAe = "DeliveryStreamArn";
	const _DSD = "DeleteSuppressedDestination";
	const _DSDR = "DeleteSuppressedDestinationRequest";
	const _DSDRe = "DeleteSuppressedDestinationResponse";
	const _DSPK = "DomainSigningPrivateKey";
	const _DSS = "DefaultSigningScheme";
	const _DSSe = "DefaultSubscriptionStatus";
	const _DSSo = "DomainSigningSelector";
	const _DSe = "DefaultScheme";
	const _DT = "DkimTokens";
	const _DTR = "DeleteTenantRequest";
	const _DTRA = "DeleteTenantResourceAssociation";
	const _DTRAR = "DeleteTenantResourceAssociationRequest";
	const _DTRARe = "DeleteTenantResourceAssociationResponse";
	const _DTRe = "DeleteTenantResponse";
	const _DTRel = "DeliverabilityTestReport";
	const _DTReli = "DeliverabilityTestReports";
	const _DTS = "DeliverabilityTestStatus";
	const _DTe = "DeleteTenant";
	const _DV = "DailyVolume";
	const _DVS = "DimensionValueSource";
	const _DVa = "DailyVolumes";
	const _Da = "Data";
	const _De = "Description";
	const _Des = "Destination";
	const _Det = "Details";
	const _Do = "Domain";
	const _E = "Errors";
	const _EA = "EmailAddress";
	const _EAFL = "EmailAddressFilterList";
	const _EAIME = "EmailAddressInsightsMailboxEvaluations";
	const _EAIV = "EmailAddressInsightsVerdict";
	const _EBA = "EventBusArn";
	const _EBD = "EventBridgeDestination";
	const _EC = "EmailContent";
	const _ED = "EndDate";
	const _EDD = "EventDestinationDefinition";
	const _EDN = "EventDestinationName";
	const _EDS = "ExportDataSource";
	const _EDv = "EventDestination";
	const _EDve = "EventDetails";
	const _EDven = "EventDestinations";
	const _EDx = "ExportDestination";
	const _EDxp = "ExportDimensions";
	const _EFE = "EmailForwardingEnabled";
	const _EI = "EmailIdentity";
	const _EIL = "EmailInsightsList";
	const _EIm = "EmailInsights";
	const _EIma = "EmailIdentities";
	const _EIn = "EndpointId";
	const _EJ = "ExportJobs";
	const _EJS = "ExportJobSummary";
	const _EJSL = "ExportJobSummaryList";
	const _EM = "EngagementMetrics";
	const _EMr = "ErrorMessage";
	const _EMx = "ExportMetric";
	const _EMxp = "ExportMetrics";
	const _EN = "EndpointName";
	const _ERC = "ExportedRecordsCount";
	const _ES = "EmailSubject";
	const _ESFL = "EmailSubjectFilterList";
	const _EST = "ExportSourceType";
	const _ESn = "EnforcementStatus";
	const _ESx = "ExportStatistics";
	const _ET = "EmailTags";
	const _ETC = "EmailTemplateContent";
	const _ETM = "EmailTemplateMetadata";
	const _ETML = "EmailTemplateMetadataList";
	const _ETr = "ErrorType";
	const _En = "Enabled";
	const _Er = "Error";
	const _Es = "Esps";
	const _Ev = "Events";
	const _Eva = "Evaluations";
	const _Ex = "Exclude";
	const _F = "Filter";
	const _FA = "FromAddress";
	const _FEA = "FromEmailAddress";
	const _FEAIA = "FromEmailAddressIdentityArn";
	const _FFEA = "FeedbackForwardingEmailAddress";
	const _FFEAIA = "FeedbackForwardingEmailAddressIdentityArn";
	const _FFS = "FeedbackForwardingStatus";
	const _FI = "FailureInfo";
	const _FIe = "FeedbackId";
	const _FN = "FileName";
	const _FRC = "FailedRecordsCount";
	const _FRSU = "FailedRecordsS3Url";
	const _FRURL = "FailureRedirectionURL";
	const _FS = "FilteredStatus";
	const _FSDT = "FirstSeenDateTime";
	const _G = "Global";
	const _GA = "GuardianAttributes";
	const _GAR = "GetAccountRequest";
	const _GARe = "GetAccountResponse";
	const _GAe = "GetAccount";
	const _GBR = "GetBlacklistReports";
	const _GBRR = "GetBlacklistReportsRequest";
	const _GBRRe = "GetBlacklistReportsResponse";
	const _GC = "GetContact";
	const _GCL = "GetContactList";
	const _GCLR = "GetContactListRequest";
	const _GCLRe = "GetContactListResponse";
	const _GCR = "GetContactRequest";
	const _GCRe = "GetContactResponse";
	const _GCS = "GetConfigurationSet";
	const _GCSED = "GetConfigurationSetEventDestinations";
	const _GCSEDR = "GetConfigurationSetEventDestinationsRequest";
	const _GCSEDRe = "GetConfigurationSetEventDestinationsResponse";
	const _GCSR = "GetConfigurationSetRequest";
	const _GCSRe = "GetConfigurationSetResponse";
	const _GCVET = "GetCustomVerificationEmailTemplate";
	const _GCVETR = "GetCustomVerificationEmailTemplateRequest";
	const _GCVETRe = "GetCustomVerificationEmailTemplateResponse";
	const _GDDC = "GetDomainDeliverabilityCampaign";
	const _GDDCR = "GetDomainDeliverabilityCampaignRequest";
	const _GDDCRe = "GetDomainDeliverabilityCampaignResponse";
	const _GDDO = "GetDeliverabilityDashboardOptions";
	const _GDDOR = "GetDeliverabilityDashboardOptionsRequest";
	const _GDDORe = "GetDeliverabilityDashboardOptionsResponse";
	const _GDI = "GetDedicatedIp";
	const _GDIP = "GetDedicatedIpPool";
	const _GDIPR = "GetDedicatedIpPoolRequest";
	const _GDIPRe = "GetDedicatedIpPoolResponse";
	const _GDIR = "GetDedicatedIpRequest";
	const _GDIRe = "GetDedicatedIpResponse";
	const _GDIRet = "GetDedicatedIpsRequest";
	const _GDIRete = "GetDedicatedIpsResponse";
	const _GDIe = "GetDedicatedIps";
	const _GDSR = "GetDomainStatisticsReport";
	const _GDSRR = "GetDomainStatisticsReportRequest";
	const _GDSRRe = "GetDomainStatisticsReportResponse";
	const _GDTR = "GetDeliverabilityTestReport";
	const _GDTRR = "GetDeliverabilityTestReportRequest";
	const _GDTRRe = "GetDeliverabilityTestReportResponse";
	const _GEAI = "GetEmailAddressInsights";
	const _GEAIR = "GetEmailAddressInsightsRequest";
	const _GEAIRe = "GetEmailAddressInsightsResponse";
	const _GEI = "GetEmailIdentity";
	const _GEIP = "GetEmailIdentityPolicies";
	const _GEIPR = "GetEmailIdentityPoliciesRequest";
	const _GEIPRe = "GetEmailIdentityPoliciesResponse";
	const _GEIR = "GetEmailIdentityRequest";
	const _GEIRe = "GetEmailIdentityResponse";
	const _GEJ = "GetExportJob";
	const _GEJR = "GetExportJobRequest";
	const _GEJRe = "GetExportJobResponse";
	const _GET = "GetEmailTemplate";
	const _GETR = "GetEmailTemplateRequest";
	const _GETRe = "GetEmailTemplateResponse";
	const _GIJ = "GetImportJob";
	const _GIJR = "GetImportJobRequest";
	const _GIJRe = "GetImportJobResponse";
	const _GMI = "GetMessageInsights";
	const _GMIR = "GetMessageInsightsRequest";
	const _GMIRe = "GetMessageInsightsResponse";
	const _GMRE = "GetMultiRegionEndpoint";
	const _GMRER = "GetMultiRegionEndpointRequest";
	const _GMRERe = "GetMultiRegionEndpointResponse";
	const _GO = "GuardianOptions";
	const _GRE = "GetReputationEntity";
	const _GRER = "GetReputationEntityRequest";
	const _GRERe = "GetReputationEntityResponse";
	const _GSD = "GetSuppressedDestination";
	const _GSDR = "GetSuppressedDestinationRequest";
	const _GSDRe = "GetSuppressedDestinationResponse";
	const _GT = "GetTenant";
	const _GTR = "GetTenantRequest";
	const _GTRe = "GetTenantResponse";
	const _H = "Html";
	const _HP = "HttpsPolicy";
	const _HVDR = "HasValidDnsRecords";
	const _HVS = "HasValidSyntax";
	const _He = "Headers";
	const _I = "Id";
	const _IC = "InboxCount";
	const _ICL = "IdentityCertificateList";
	const _ICd = "IdentityCertificate";
	const _ID = "ImportDestination";
	const _IDS = "ImportDataSource";
	const _IDT = "ImportDestinationType";
	const _IDs = "IsDisposable";
	const _IE = "InsightsEvent";
	const _IEA = "InsightsEmailAddress";
	const _IEn = "InsightsEvents";
	const _II = "IdentityInfo";
	const _IIL = "IdentityInfoList";
	const _IJ = "ImportJobs";
	const _IJS = "ImportJobSummary";
	const _IJSL = "ImportJobSummaryList";
	const _IN = "IspName";
	const _INTE = "InvalidNextTokenException";
	const _INd = "IdentityName";
	const _IP = "InboxPercentage";
	const _IPTO = "InboxPlacementTrackingOption";
	const _IPs = "IspPlacements";
	const _IPsp = "IspPlacement";
	const _IRA = "IsRoleAddress";
	const _IRAa = "IamRoleArn";
	const _IRC = "InboxRawCount";
	const _IRI = "IsRandomInput";
	const _ISEE = "InternalServiceErrorException";
	const _IT = "IdentityType";
	const _IU = "ImageUrl";
	const _IV = "IsValid";
	const _Im = "Impact";
	const _In = "Insights";
	const _Inc = "Include";
	const _Ip = "Ip";
	const _Is = "Isp";
	const _JI = "JobId";
	const _JS = "JobStatus";
	const _K = "Key";
	const _KFD = "KinesisFirehoseDestination";
	const _LC = "ListContacts";
	const _LCF = "ListContactsFilter";
	const _LCL = "ListContactLists";
	const _LCLR = "ListContactListsRequest";
	const _LCLRi = "ListContactListsResponse";
	const _LCR = "ListContactsRequest";
	const _LCRi = "ListContactsResponse";
	const _LCS = "ListConfigurationSets";
	const _LCSR = "ListConfigurationSetsRequest";
	const _LCSRi = "ListConfigurationSetsResponse";
	const _LCT = "LastCheckedTimestamp";
	const _LCVET = "ListCustomVerificationEmailTemplates";
	const _LCVETR = "ListCustomVerificationEmailTemplatesRequest";
	const _LCVETRi = "ListCustomVerificationEmailTemplatesResponse";
	const _LDDC = "ListDomainDeliverabilityCampaigns";
	const _LDDCR = "ListDomainDeliverabilityCampaignsRequest";
	const _LDDCRi = "ListDomainDeliverabilityCampaignsResponse";
	const _LDE = "LastDeliveryEvent";
	const _LDIP = "ListDedicatedIpPools";
	const _LDIPR = "ListDedicatedIpPoolsRequest";
	const _LDIPRi = "ListDedicatedIpPoolsResponse";
	const _LDTR = "ListDeliverabilityTestReports";
	const _LDTRR = "ListDeliverabilityTestReportsRequest";
	const _LDTRRi = "ListDeliverabilityTestReportsResponse";
	const _LEE = "LimitExceededException";
	const _LEEa = "LastEngagementEvent";
	const _LEI = "ListEmailIdentities";
	const _LEIC = "ListEmailIdentityCertificates";
	const _LEICR = "ListEmailIdentityCertificatesRequest";
	const _LEICRi = "ListEmailIdentityCertificatesResponse";
	const _LEIR = "ListEmailIdentitiesRequest";
	const _LEIRi = "ListEmailIdentitiesResponse";
	const _LEJ = "ListExportJobs";
	const _LEJR = "ListExportJobsRequest";
	const _LEJRi = "ListExportJobsResponse";
	const _LET = "ListEmailTemplates";
	const _LETR = "ListEmailTemplatesRequest";
	const _LETRi = "ListEmailTemplatesResponse";
	const _LFS = "LastFreshStart";
	const _LIJ = "ListImportJobs";
	const _LIJR = "ListImportJobsRequest";
	const _LIJRi = "ListImportJobsResponse";
	const _LKGT = "LastKeyGenerationTimestamp";
	const _LMO = "ListManagementOptions";
	const _LMRE = "ListMultiRegionEndpoints";
	const _LMRER = "ListMultiRegionEndpointsRequest";
	const _LMRERi = "ListMultiRegionEndpointsResponse";
	const _LOC = "ListOfContacts";
	const _LOCL = "ListOfContactLists";
	const _LR = "ListRecommendations";
	const _LRE = "ListReputationEntities";
	const _LRER = "ListReputationEntitiesRequest";
	const _LRERi = "ListReputationEntitiesResponse";
	const _LRR = "ListRecommendationsRequest";
	const _LRRi = "ListRecommendationsResponse";
	const _LRT = "ListResourceTenants";
	const _LRTR = "ListResourceTenantsRequest";
	const _LRTRi = "ListResourceTenantsResponse";
	const _LSD = "ListSuppressedDestinations";
	const _LSDR = "ListSuppressedDestinationsRequest";
	const _LSDRi = "ListSuppressedDestinationsResponse";
	const _LSDT = "LastSeenDateTime";
	const _LST = "LastSuccessTimestamp";
	const _LT = "ListingTime";
	const _LTFR = "ListTagsForResource";
	const _LTFRR = "ListTagsForResourceRequest";
	const _LTFRRi = "ListTagsForResourceResponse";
	const _LTR = "ListTenantsRequest";
	const _LTRR = "ListTenantResourcesRequest";
	const _LTRRi = "ListTenantResourcesResponse";
	const _LTRi = "ListTenantsResponse";
	const _LTRis = "ListTenantResources";
	const _LTi = "ListTenants";
	const _LUT = "LastUpdatedTimestamp";
	const _LUTa = "LastUpdateTime";
	const _M = "Metric";
	const _MDE = "MetricDataError";
	const _MDEL = "MetricDataErrorList";
	const _MDR = "MetricDataResult";
	const _MDRL = "MetricDataResultList";
	const _MDS = "MaxDeliverySeconds";
	const _MDSe = "MetricsDataSource";
	const _ME = "MailboxExists";
	const _MET = "MatchingEventTypes";
	const _MFA = "MailFromAttributes";
	const _MFD = "MailFromDomain";
	const _MFDNVE = "MailFromDomainNotVerifiedException";
	const _MFDS = "MailFromDomainStatus";
	const _MH = "MessageHeader";
	const _MHL = "MessageHeaderList";
	const _MHS = "Max24HourSend";
	const _MI = "MessageId";
	const _MIDS = "MessageInsightsDataSource";
	const _MIF = "MessageInsightsFilters";
	const _MP = "MissingPercentage";
	const _MR = "MessageRejected";
	const _MRE = "MultiRegionEndpoints";
	const _MREu = "MultiRegionEndpoint";
	const _MRa = "MaxResults";
	const _MSO = "MessageSecurityOptions";
	const _MSR = "MaxSendRate";
	const _MT = "MailType";
	const _MTL = "MessageTagList";
	const _MTe = "MessageTag";
	const _MV = "MailboxValidation";
	const _Me = "Message";
	const _Met = "Metrics";
	const _N = "Namespace";
	const _NFE = "NotFoundException";
	const _NP = "NextPlan";
	const _NSKL = "NextSigningKeyLength";
	const _NT = "NextToken";
	const _Na = "Name";
	const _OCT = "OverallConfidenceThreshold";
	const _OP = "OverallPlacement";
	const _OSD = "OptimizedSharedDelivery";
	const _OTE = "OpenTrackingEnabled";
	const _OV = "OverallVolume";
	const _P = "Policy";
	const _PA = "PricingAttributes";
	const _PAD = "PutAccountDetails";
	const _PADA = "PutAccountDeliveryAttributes";
	const _PADAR = "PutAccountDeliveryAttributesRequest";
	const _PADARu = "PutAccountDeliveryAttributesResponse";
	const _PADIWA = "PutAccountDedicatedIpWarmupAttributes";
	const _PADIWAR = "PutAccountDedicatedIpWarmupAttributesRequest";
	const _PADIWARu = "PutAccountDedicatedIpWarmupAttributesResponse";
	const _PADR = "PutAccountDetailsRequest";
	const _PADRu = "PutAccountDetailsResponse";
	const _PAE = "ProductionAccessEnabled";
	const _PAPA = "PutAccountPricingAttributes";
	const _PAPAR = "PutAccountPricingAttributesRequest";
	const _PAPARu = "PutAccountPricingAttributesResponse";
	const _PASA = "PutAccountSendingAttributes";
	const _PASAR = "PutAccountSendingAttributesRequest";
	const _PASARu = "PutAccountSendingAttributesResponse";
	const _PASARut = "PutAccountSuppressionAttributesRequest";
	const _PASARutc = "PutAccountSuppressionAttributesResponse";
	const _PASAu = "PutAccountSuppressionAttributes";
	const _PAVA = "PutAccountVdmAttributes";
	const _PAVAR = "PutAccountVdmAttributesRequest";
	const _PAVARu = "PutAccountVdmAttributesResponse";
	const _PCSAO = "PutConfigurationSetArchivingOptions";
	const _PCSAOR = "PutConfigurationSetArchivingOptionsRequest";
	const _PCSAORu = "PutConfigurationSetArchivingOptionsResponse";
	const _PCSDO = "PutConfigurationSetDeliveryOptions";
	const _PCSDOR = "PutConfigurationSetDeliveryOptionsRequest";
	const _PCSDORu = "PutConfigurationSetDeliveryOptionsResponse";
	const _PCSRO = "PutConfigurationSetReputationOptions";
	const _PCSROR = "PutConfigurationSetReputationOptionsRequest";
	const _PCSRORu = "PutConfigurationSetReputationOptionsResponse";
	const _PCSSO = "PutConfigurationSetSendingOptions";
	const _PCSSOR = "PutConfigurationSetSendingOptionsRequest";
	const _PCSSORu = "PutConfigurationSetSendingOptionsResponse";
	const _PCSSORut = "PutConfigurationSetSuppressionOptionsRequest";
	const _PCSSORuto = "PutConfigurationSetSuppressionOptionsResponse";
	const _PCSSOu = "PutConfigurationSetSuppressionOptions";
	const _PCSTO = "PutConfigurationSetTrackingOptions";
	const _PCSTOR = "PutConfigurationSetTrackingOptionsRequest";
	const _PCSTORu = "PutConfigurationSetTrackingOptionsResponse";
	const _PCSVO = "PutConfigurationSetVdmOptions";
	const _PCSVOR = "PutConfigurationSetVdmOptionsRequest";
	const _PCSVORu = "PutConfigurationSetVdmOptionsResponse";
	const _PD = "PinpointDestination";
	const _PDDO = "PutDeliverabilityDashboardOption";
	const _PDDOR = "PutDeliverabilityDashboardOptionRequest";
	const _PDDORu = "PutDeliverabilityDashboardOptionResponse";
	const _PDIIP = "PutDedicatedIpInPool";
	const _PDIIPR = "PutDedicatedIpInPoolRequest";
	const _PDIIPRu = "PutDedicatedIpInPoolResponse";
	const _PDIPSA = "PutDedicatedIpPoolScalingAttributes";
	const _PDIPSAR = "PutDedicatedIpPoolScalingAttributesRequest";
	const _PDIPSARu = "PutDedicatedIpPoolScalingAttributesResponse";
	const _PDIWA = "PutDedicatedIpWarmupAttributes";
	const _PDIWAR = "PutDedicatedIpWarmupAttributesRequest";
	const _PDIWARu = "PutDedicatedIpWarmupAttributesResponse";
	const _PEICSA = "PutEmailIdentityConfigurationSetAttributes";
	const _PEICSAR = "PutEmailIdentityConfigurationSetAttributesRequest";
	const _PEICSARu = "PutEmailIdentityConfigurationSetAttributesResponse";
	const _PEIDA = "PutEmailIdentityDkimAttributes";
	const _PEIDAR = "PutEmailIdentityDkimAttributesRequest";
	const _PEIDARu = "PutEmailIdentityDkimAttributesResponse";
	const _PEIDSA = "PutEmailIdentityDkimSigningAttributes";
	const _PEIDSAR = "PutEmailIdentityDkimSigningAttributesRequest";
	const _PEIDSARu = "PutEmailIdentityDkimSigningAttributesResponse";
	const _PEIFA = "PutEmailIdentityFeedbackAttributes";
	const _PEIFAR = "PutEmailIdentityFeedbackAttributesRequest";
	const _PEIFARu = "PutEmailIdentityFeedbackAttributesResponse";
	const _PEIMFA = "PutEmailIdentityMailFromAttributes";
	const _PEIMFAR = "PutEmailIdentityMailFromAttributesRequest";
	const _PEIMFARu = "PutEmailIdentityMailFromAttributesResponse";
	const _PESD = "PendingExpirationSubscribedDomains";
	const _PI = "ProjectedInbox";
	const _PK = "PrivateKey";
	const _PN = "PoolName";
	const _PNS = "PrimaryNameServer";
	const _PNo = "PolicyName";
	const _PRC = "ProcessedRecordsCount";
	const _PS = "PageSize";
	const _PSD = "PutSuppressedDestination";
	const _PSDR = "PutSuppressedDestinationRequest";
	const _PSDRu = "PutSuppressedDestinationResponse";
	const _PSl = "PlacementStatistics";
	const _PSr = "ProjectedSpam";
	const _PTSA = "PutTenantSuppressionAttributes";
	const _PTSAR = "PutTenantSuppressionAttributesRequest";
	const _PTSARu = "PutTenantSuppressionAttributesResponse";
	const _PV = "ProjectedVolume";
	const _Pl = "Plan";
	const _Po = "Policies";
	const _Q = "Queries";
	const _R = "Results";
	const _RA = "ResourceArn";
	const _RC = "RawContent";
	const _RD = "ReviewDetails";
	const _RDR = "ReadDeleteRate";
	const _RDo = "RoutesDetails";
	const _RDou = "RouteDetails";
	const _RE = "ReputationEntity";
	const _REC = "ReplacementEmailContent";
	const _REL = "ReputationEntitiesList";
	const _REP = "ReputationEntityPolicy";
	const _RER = "ReputationEntityReference";
	const _RET = "ReputationEntityType";
	const _REe = "ReputationEntities";
	const _RH = "ReplacementHeaders";
	const _RI = "ReportId";
	const _RIe = "ReputationImpact";
	const _RL = "RecommendationsList";
	const _RM = "RawMessage";
	const _RME = "ReputationMetricsEnabled";
	const _RMP = "ReputationManagementPolicy";
	const _RN = "RblName";
	const _RNe = "ReportName";
	const _RO = "ReputationOptions";
	const _RR = "ReadRate";
	const _RRP = "ReadRatePercent";
	const _RT = "ReplacementTags";
	const _RTA = "ReplyToAddresses";
	const _RTD = "ReplacementTemplateData";
	const _RTM = "ResourceTenantMetadata";
	const _RTML = "ResourceTenantMetadataList";
	const _RTe = "ResourceTenants";
	const _RTen = "RenderedTemplate";
	const _RTep = "ReplacementTemplate";
	const _RTes = "ResourceType";
	const _Ra = "Raw";
	const _Re = "Recommendations";
	const _Rea = "Reasons";
	const _Reas = "Reason";
	const _Rec = "Recommendation";
	const _Reg = "Regions";
	const _Regi = "Region";
	const _Ro = "Routes";
	const _Rou = "Route";
	const _S = "Status";
	const _SA = "SuppressionAttributes";
	const _SAO = "SigningAttributesOrigin";
	const _SAi = "SigningAttributes";
	const _SBE = "SendBulkEmail";
	const _SBER = "SendBulkEmailRequest";
	const _SBERe = "SendBulkEmailResponse";
	const _SC = "SpamCount";
	const _SCT = "SuppressionConditionThreshold";
	const _SCTu = "SuppressionConfidenceThreshold";
	const _SCVE = "SendCustomVerificationEmail";
	const _SCVER = "SendCustomVerificationEmailRequest";
	const _SCVERe = "SendCustomVerificationEmailResponse";
	const _SD = "StartDate";
	const _SDA = "SuppressedDestinationAttributes";
	const _SDS = "SuppressedDestinationSummaries";
	const _SDSu = "SuppressedDestinationSummary";
	const _SDn = "SnsDestination";
	const _SDu = "SuppressedDestination";
	const _SDub = "SubscribedDomain";
	const _SDubs = "SubscribedDomains";
	const _SE = "SigningEnabled";
	const _SED = "SubscriptionExpiryDate";
	const _SER = "SendEmailRequest";
	const _SERe = "SendEmailResponse";
	const _SEe = "SendingEnabled";
	const _SEen = "SendEmail";
	const _SF = "SignatureFormat";
	const _SHZ = "SigningHostedZone";
	const _SI = "SendingIps";
	const _SLD = "SuppressionListDestination";
	const _SLH = "SentLast24Hours";
	const _SLIA = "SuppressionListImportAction";
	const _SM = "ScalingMode";
	const _SN = "SerialNumber";
	const _SO = "SendingOptions";
	const _SOAR = "SOARecord";
	const _SOu = "SuppressionOptions";
	const _SP = "SpamPercentage";
	const _SPDM = "SharedPoolDeliveryMode";
	const _SPE = "SendingPausedException";
	const _SPN = "SendingPoolName";
	const _SPp = "SpfPercentage";
	const _SQ = "SendQuota";
	const _SR = "SuppressedReasons";
	const _SRC = "SpamRawCount";
	const _SRURL = "SuccessRedirectionURL";
	const _SRt = "StatusRecord";
	const _SS = "SendingStatus";
	const _SSA = "SendingStatusAggregate";
	const _SSD = "SubscriptionStartDate";
	const _SSS = "SmimeSigningScheme";
	const _SSi = "SigningScheme";
	const _SSm = "SmimeScheme";
	const _SSu = "SuppressionScope";
	const _SSub = "SubscriptionStatus";
	const _SU = "S3Url";
	const _SVA = "SuppressionValidationAttributes";
	const _SVO = "SuppressionValidationOptions";
	const _Si = "Simple";
	const _St = "Statistics";
	const _Su = "Subject";
	const _T = "Text";
	const _TA = "TenantArn";
	const _TAe = "TemplateArn";
	const _TAo = "ToAddresses";
	const _TAop = "TopicArn";
	const _TC = "TemplateContent";
	const _TCO = "TrackingConfigurationOverrides";
	const _TD = "TemplateData";
	const _TDP = "TopicDefaultPreferences";
	const _TF = "TopicFilter";
	const _TI = "TenantId";
	const _TIL = "TenantInfoList";
	const _TIe = "TenantInfo";
	const _TIr = "TrackedIsps";
	const _TK = "TagKeys";
	const _TL = "TagList";
	const _TM = "TemplatesMetadata";
	const _TMRE = "TooManyRequestsException";
	const _TN = "TemplateName";
	const _TNe = "TenantName";
	const _TNo = "TopicName";
	const _TO = "TrackingOptions";
	const _TP = "TopicPreferences";
	const _TPL = "TopicPreferenceList";
	const _TPl = "TlsPolicy";
	const _TPo = "TopicPreference";
	const _TR = "TenantResources";
	const _TRET = "TestRenderEmailTemplate";
	const _TRETR = "TestRenderEmailTemplateRequest";
	const _TRETRe = "TestRenderEmailTemplateResponse";
	const _TRL = "TenantResourceList";
	const _TRR = "TagResourceRequest";
	const _TRRa = "TagResourceResponse";
	const _TRa = "TagResource";
	const _TRe = "TenantResource";
	const _TS = "TemplateSubject";
	const _TSA = "TenantSuppressionAttributes";
	const _Ta = "Tags";
	const _Tag = "Tag";
	const _Te = "Template";
	const _Ten = "Tenant";
	const _Tena = "Tenants";
	const _Ti = "Timestamp";
	const _Tim = "Timestamps";
	const _To = "Topics";
	const _Tok = "Tokens";
	const _Top = "Topic";
	const _Tr = "Tracking";
	const _Ty = "Type";
	const _UA = "UnsubscribeAll";
	const _UC = "UpdateContact";
	const _UCD = "UseCaseDescription";
	const _UCL = "UpdateContactList";
	const _UCLR = "UpdateContactListRequest";
	const _UCLRp = "UpdateContactListResponse";
	const _UCR = "UpdateContactRequest";
	const _UCRp = "UpdateContactResponse";
	const _UCS = "UpdateConfigurationSet";
	const _UCSED = "UpdateConfigurationSetEventDestination";
	const _UCSEDR = "UpdateConfigurationSetEventDestinationRequest";
	const _UCSEDRp = "UpdateConfigurationSetEventDestinationResponse";
	const _UCSR = "UpdateConfigurationSetRequest";
	const _UCSRp = "UpdateConfigurationSetResponse";
	const _UCVET = "UpdateCustomVerificationEmailTemplate";
	const _UCVETR = "UpdateCustomVerificationEmailTemplateRequest";
	const _UCVETRp = "UpdateCustomVerificationEmailTemplateResponse";
	const _UDIPU = "UseDefaultIfPreferenceUnavailable";
	const _UEIP = "UpdateEmailIdentityPolicy";
	const _UEIPR = "UpdateEmailIdentityPolicyRequest";
	const _UEIPRp = "UpdateEmailIdentityPolicyResponse";
	const _UET = "UpdateEmailTemplate";
	const _UETR = "UpdateEmailTemplateRequest";
	const _UETRp = "UpdateEmailTemplateResponse";
	const _UR = "UntagResource";
	const _URECMS = "UpdateReputationEntityCustomerManagedStatus";
	const _URECMSR = "UpdateReputationEntityCustomerManagedStatusRequest";
	const _URECMSRp = "UpdateReputationEntityCustomerManagedStatusResponse";
	const _UREP = "UpdateReputationEntityPolicy";
	const _UREPR = "UpdateReputationEntityPolicyRequest";
	const _UREPRp = "UpdateReputationEntityPolicyResponse";
	const _URR = "UntagResourceRequest";
	const _URRn = "UntagResourceResponse";
	const _V = "Value";
	const _VA = "VdmAttributes";
	const _VAa = "ValidationAttributes";
	const _VE = "VdmEnabled";
	const _VFSS = "VerifiedForSendingStatus";
	const _VI = "VerificationInfo";
	const _VO = "VdmOptions";
	const _VOa = "ValidationOptions";
	const _VS = "VolumeStatistics";
	const _VSe = "VerificationStatus";
	const _Va = "Values";
	const _WP = "WarmupPercentage";
	const _WS = "WarmupStatus";
	const _WURL = "WebsiteURL";
	const _c = "client";
	const _e = "error";
	const _h = "http";
	const _hE = "httpError";
	const _hQ = "httpQuery";
	const _m = "message";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.sesv2";
	const _se = "server";
	const n0 = "com.amazonaws.sesv2";
	const _s_registry = new TypeRegistry(_s);
	var SESv2ServiceException$ = [
		-3,
		_s,
		"SESv2ServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(SESv2ServiceException$, SESv2ServiceException);
	const n0_registry = new TypeRegistry(n0);
	var AccountSuspendedException$ = [
		-3,
		n0,
		_ASE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AccountSuspendedException$, AccountSuspendedException);
	var AlreadyExistsException$ = [
		-3,
		n0,
		_AEE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
	var BadRequestException$ = [
		-3,
		n0,
		_BRE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(BadRequestException$, BadRequestException);
	var ConcurrentModificationException$ = [
		-3,
		n0,
		_CME,
		{
			[_e]: _se,
			[_hE]: 500
		},
		[_m],
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
		[_m],
		[0]
	];
	n0_registry.registerError(ConflictException$, ConflictException);
	var InternalServiceErrorException$ = [
		-3,
		n0,
		_ISEE,
		{
			[_e]: _se,
			[_hE]: 500
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InternalServiceErrorException$, InternalServiceErrorException);
	var InvalidNextTokenException$ = [
		-3,
		n0,
		_INTE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
	var LimitExceededException$ = [
		-3,
		n0,
		_LEE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(LimitExceededException$, LimitExceededException);
	var MailFromDomainNotVerifiedException$ = [
		-3,
		n0,
		_MFDNVE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(MailFromDomainNotVerifiedException$, MailFromDomainNotVerifiedException);
	var MessageRejected$ = [
		-3,
		n0,
		_MR,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(MessageRejected$, MessageRejected);
	var NotFoundException$ = [
		-3,
		n0,
		_NFE,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NotFoundException$, NotFoundException);
	var SendingPausedException$ = [
		-3,
		n0,
		_SPE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SendingPausedException$, SendingPausedException);
	var TooManyRequestsException$ = [
		-3,
		n0,
		_TMRE,
		{
			[_e]: _c,
			[_hE]: 429
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var AdditionalContactEmailAddress = [
		0,
		n0,
		_ACEA,
		8,
		0
	];
	var EmailSubject = [
		0,
		n0,
		_ES,
		8,
		0
	];
	var InsightsEmailAddress = [
		0,
		n0,
		_IEA,
		8,
		0
	];
	var PrivateKey = [
		0,
		n0,
		_PK,
		8,
		0
	];
	var UseCaseDescription = [
		0,
		n0,
		_UCD,
		8,
		0
	];
	var WebsiteURL = [
		0,
		n0,
		_WURL,
		8,
		0
	];
	var AccountDetails$ = [
		3,
		n0,
		_AD,
		0,
		[
			_MT,
			_WURL,
			_CL,
			_UCD,
			_ACEAd,
			_RD
		],
		[
			0,
			[() => WebsiteURL, 0],
			0,
			[() => UseCaseDescription, 0],
			[() => AdditionalContactEmailAddresses, 0],
			() => ReviewDetails$
		]
	];
	var ArchivingOptions$ = [
		3,
		n0,
		_AO,
		0,
		[_AA],
		[0]
	];
	var AssociateEmailIdentityCertificateRequest$ = [
		3,
		n0,
		_AEICR,
		0,
		[
			_EI,
			_CA,
			_FA
		],
		[
			0,
			0,
			0
		],
		2
	];
	var AssociateEmailIdentityCertificateResponse$ = [
		3,
		n0,
		_AEICRs,
		0,
		[],
		[]
	];
	var Attachment$ = [
		3,
		n0,
		_A,
		0,
		[
			_RC,
			_FN,
			_CD,
			_CDo,
			_CI,
			_CTE,
			_CT
		],
		[
			21,
			0,
			0,
			0,
			0,
			0,
			0
		],
		2
	];
	var BatchGetMetricDataQuery$ = [
		3,
		n0,
		_BGMDQ,
		0,
		[
			_I,
			_N,
			_M,
			_SD,
			_ED,
			_D
		],
		[
			0,
			0,
			0,
			4,
			4,
			128
		],
		5
	];
	var BatchGetMetricDataRequest$ = [
		3,
		n0,
		_BGMDR,
		0,
		[_Q],
		[() => BatchGetMetricDataQueries],
		1
	];
	var BatchGetMetricDataResponse$ = [
		3,
		n0,
		_BGMDRa,
		0,
		[_R, _E],
		[() => MetricDataResultList, () => MetricDataErrorList]
	];
	var BlacklistEntry$ = [
		3,
		n0,
		_BE,
		0,
		[
			_RN,
			_LT,
			_De
		],
		[
			0,
			4,
			0
		]
	];
	var Body$ = [
		3,
		n0,
		_B,
		0,
		[_T, _H],
		[() => Content$, () => Content$]
	];
	var Bounce$ = [
		3,
		n0,
		_Bo,
		0,
		[
			_BT,
			_BST,
			_DC
		],
		[
			0,
			0,
			0
		]
	];
	var BulkEmailContent$ = [
		3,
		n0,
		_BEC,
		0,
		[_Te],
		[() => Template$]
	];
	var BulkEmailEntry$ = [
		3,
		n0,
		_BEE,
		0,
		[
			_Des,
			_RT,
			_REC,
			_RH
		],
		[
			() => Destination$,
			() => MessageTagList,
			() => ReplacementEmailContent$,
			() => MessageHeaderList
		],
		1
	];
	var BulkEmailEntryResult$ = [
		3,
		n0,
		_BEER,
		0,
		[
			_S,
			_Er,
			_MI
		],
		[
			0,
			0,
			0
		]
	];
	var CancelExportJobRequest$ = [
		3,
		n0,
		_CEJR,
		0,
		[_JI],
		[[0, 1]],
		1
	];
	var CancelExportJobResponse$ = [
		3,
		n0,
		_CEJRa,
		0,
		[],
		[]
	];
	var CloudWatchDestination$ = [
		3,
		n0,
		_CWD,
		0,
		[_DCi],
		[() => CloudWatchDimensionConfigurations],
		1
	];
	var CloudWatchDimensionConfiguration$ = [
		3,
		n0,
		_CWDC,
		0,
		[
			_DN,
			_DVS,
			_DDV
		],
		[
			0,
			0,
			0
		],
		3
	];
	var Complaint$ = [
		3,
		n0,
		_C,
		0,
		[_CST, _CFT],
		[0, 0]
	];
	var ConfigurationOverrides$ = [
		3,
		n0,
		_CO,
		0,
		[_Tr],
		[() => TrackingConfigurationOverrides$]
	];
	var Contact$ = [
		3,
		n0,
		_Co,
		0,
		[
			_EA,
			_TP,
			_TDP,
			_UA,
			_LUT
		],
		[
			0,
			() => TopicPreferenceList,
			() => TopicPreferenceList,
			2,
			4
		]
	];
	var ContactList$ = [
		3,
		n0,
		_CLo,
		0,
		[_CLN, _LUT],
		[0, 4]
	];
	var ContactListDestination$ = [
		3,
		n0,
		_CLD,
		0,
		[_CLN, _CLIA],
		[0, 0],
		2
	];
	var Content$ = [
		3,
		n0,
		_Con,
		0,
		[_Da, _Ch],
		[0, 0],
		1
	];
	var CreateConfigurationSetEventDestinationRequest$ = [
		3,
		n0,
		_CCSEDR,
		0,
		[
			_CSN,
			_EDN,
			_EDv
		],
		[
			[0, 1],
			0,
			() => EventDestinationDefinition$
		],
		3
	];
	var CreateConfigurationSetEventDestinationResponse$ = [
		3,
		n0,
		_CCSEDRr,
		0,
		[],
		[]
	];
	var CreateConfigurationSetRequest$ = [
		3,
		n0,
		_CCSR,
		0,
		[
			_CSN,
			_TO,
			_DO,
			_RO,
			_SO,
			_Ta,
			_SOu,
			_VO,
			_AO,
			_MSO
		],
		[
			0,
			() => TrackingOptions$,
			() => DeliveryOptions$,
			() => ReputationOptions$,
			() => SendingOptions$,
			() => TagList,
			() => SuppressionOptions$,
			() => VdmOptions$,
			() => ArchivingOptions$,
			() => MessageSecurityOptions$
		],
		1
	];
	var CreateConfigurationSetResponse$ = [
		3,
		n0,
		_CCSRr,
		0,
		[],
		[]
	];
	var CreateContactListRequest$ = [
		3,
		n0,
		_CCLR,
		0,
		[
			_CLN,
			_To,
			_De,
			_Ta
		],
		[
			0,
			() => Topics,
			0,
			() => TagList
		],
		1
	];
	var CreateContactListResponse$ = [
		3,
		n0,
		_CCLRr,
		0,
		[],
		[]
	];
	var CreateContactRequest$ = [
		3,
		n0,
		_CCR,
		0,
		[
			_CLN,
			_EA,
			_TP,
			_UA,
			_ADt
		],
		[
			[0, 1],
			0,
			() => TopicPreferenceList,
			2,
			0
		],
		2
	];
	var CreateContactResponse$ = [
		3,
		n0,
		_CCRr,
		0,
		[],
		[]
	];
	var CreateCustomVerificationEmailTemplateRequest$ = [
		3,
		n0,
		_CCVETR,
		0,
		[
			_TN,
			_FEA,
			_TS,
			_TC,
			_SRURL,
			_FRURL,
			_Ta
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			() => TagList
		],
		6
	];
	var CreateCustomVerificationEmailTemplateResponse$ = [
		3,
		n0,
		_CCVETRr,
		0,
		[],
		[]
	];
	var CreateDedicatedIpPoolRequest$ = [
		3,
		n0,
		_CDIPR,
		0,
		[
			_PN,
			_Ta,
			_SM
		],
		[
			0,
			() => TagList,
			0
		],
		1
	];
	var CreateDedicatedIpPoolResponse$ = [
		3,
		n0,
		_CDIPRr,
		0,
		[],
		[]
	];
	var CreateDeliverabilityTestReportRequest$ = [
		3,
		n0,
		_CDTRR,
		0,
		[
			_FEA,
			_Con,
			_RNe,
			_Ta
		],
		[
			0,
			() => EmailContent$,
			0,
			() => TagList
		],
		2
	];
	var CreateDeliverabilityTestReportResponse$ = [
		3,
		n0,
		_CDTRRr,
		0,
		[_RI, _DTS],
		[0, 0],
		2
	];
	var CreateEmailIdentityPolicyRequest$ = [
		3,
		n0,
		_CEIPR,
		0,
		[
			_EI,
			_PNo,
			_P
		],
		[
			[0, 1],
			[0, 1],
			0
		],
		3
	];
	var CreateEmailIdentityPolicyResponse$ = [
		3,
		n0,
		_CEIPRr,
		0,
		[],
		[]
	];
	var CreateEmailIdentityRequest$ = [
		3,
		n0,
		_CEIR,
		0,
		[
			_EI,
			_Ta,
			_DSA,
			_CSN
		],
		[
			0,
			() => TagList,
			[() => DkimSigningAttributes$, 0],
			0
		],
		1
	];
	var CreateEmailIdentityResponse$ = [
		3,
		n0,
		_CEIRr,
		0,
		[
			_IT,
			_VFSS,
			_DA
		],
		[
			0,
			2,
			() => DkimAttributes$
		]
	];
	var CreateEmailTemplateRequest$ = [
		3,
		n0,
		_CETR,
		0,
		[
			_TN,
			_TC,
			_Ta
		],
		[
			0,
			() => EmailTemplateContent$,
			() => TagList
		],
		2
	];
	var CreateEmailTemplateResponse$ = [
		3,
		n0,
		_CETRr,
		0,
		[],
		[]
	];
	var CreateExportJobRequest$ = [
		3,
		n0,
		_CEJRr,
		0,
		[_EDS, _EDx],
		[[() => ExportDataSource$, 0], () => ExportDestination$],
		2
	];
	var CreateExportJobResponse$ = [
		3,
		n0,
		_CEJRre,
		0,
		[_JI],
		[0]
	];
	var CreateImportJobRequest$ = [
		3,
		n0,
		_CIJR,
		0,
		[_ID, _IDS],
		[() => ImportDestination$, () => ImportDataSource$],
		2
	];
	var CreateImportJobResponse$ = [
		3,
		n0,
		_CIJRr,
		0,
		[_JI],
		[0]
	];
	var CreateMultiRegionEndpointRequest$ = [
		3,
		n0,
		_CMRER,
		0,
		[
			_EN,
			_Det,
			_Ta
		],
		[
			0,
			() => Details$,
			() => TagList
		],
		2
	];
	var CreateMultiRegionEndpointResponse$ = [
		3,
		n0,
		_CMRERr,
		0,
		[_S, _EIn],
		[0, 0]
	];
	var CreateTenantRequest$ = [
		3,
		n0,
		_CTR,
		0,
		[
			_TNe,
			_Ta,
			_SA
		],
		[
			0,
			() => TagList,
			() => TenantSuppressionAttributes$
		],
		1
	];
	var CreateTenantResourceAssociationRequest$ = [
		3,
		n0,
		_CTRAR,
		0,
		[_TNe, _RA],
		[0, 0],
		2
	];
	var CreateTenantResourceAssociationResponse$ = [
		3,
		n0,
		_CTRARr,
		0,
		[],
		[]
	];
	var CreateTenantResponse$ = [
		3,
		n0,
		_CTRr,
		0,
		[
			_TNe,
			_TI,
			_TA,
			_CTr,
			_Ta,
			_SS,
			_SA
		],
		[
			0,
			0,
			0,
			4,
			() => TagList,
			0,
			() => TenantSuppressionAttributes$
		]
	];
	var CustomVerificationEmailTemplateMetadata$ = [
		3,
		n0,
		_CVETM,
		0,
		[
			_TN,
			_FEA,
			_TS,
			_SRURL,
			_FRURL
		],
		[
			0,
			0,
			0,
			0,
			0
		]
	];
	var DailyVolume$ = [
		3,
		n0,
		_DV,
		0,
		[
			_SD,
			_VS,
			_DIP
		],
		[
			4,
			() => VolumeStatistics$,
			() => DomainIspPlacements
		]
	];
	var DashboardAttributes$ = [
		3,
		n0,
		_DAa,
		0,
		[_EM],
		[0]
	];
	var DashboardOptions$ = [
		3,
		n0,
		_DOa,
		0,
		[_EM],
		[0]
	];
	var DedicatedIp$ = [
		3,
		n0,
		_DI,
		0,
		[
			_Ip,
			_WS,
			_WP,
			_PN
		],
		[
			0,
			0,
			1,
			0
		],
		3
	];
	var DedicatedIpPool$ = [
		3,
		n0,
		_DIPe,
		0,
		[_PN, _SM],
		[0, 0],
		2
	];
	var DefaultSigningScheme$ = [
		3,
		n0,
		_DSS,
		0,
		[],
		[]
	];
	var DeleteConfigurationSetEventDestinationRequest$ = [
		3,
		n0,
		_DCSEDR,
		0,
		[_CSN, _EDN],
		[[0, 1], [0, 1]],
		2
	];
	var DeleteConfigurationSetEventDestinationResponse$ = [
		3,
		n0,
		_DCSEDRe,
		0,
		[],
		[]
	];
	var DeleteConfigurationSetRequest$ = [
		3,
		n0,
		_DCSR,
		0,
		[_CSN],
		[[0, 1]],
		1
	];
	var DeleteConfigurationSetResponse$ = [
		3,
		n0,
		_DCSRe,
		0,
		[],
		[]
	];
	var DeleteContactListRequest$ = [
		3,
		n0,
		_DCLR,
		0,
		[_CLN],
		[[0, 1]],
		1
	];
	var DeleteContactListResponse$ = [
		3,
		n0,
		_DCLRe,
		0,
		[],
		[]
	];
	var DeleteContactRequest$ = [
		3,
		n0,
		_DCR,
		0,
		[_CLN, _EA],
		[[0, 1], [0, 1]],
		2
	];
	var DeleteContactResponse$ = [
		3,
		n0,
		_DCRe,
		0,
		[],
		[]
	];
	var DeleteCustomVerificationEmailTemplateRequest$ = [
		3,
		n0,
		_DCVETR,
		0,
		[_TN],
		[[0, 1]],
		1
	];
	var DeleteCustomVerificationEmailTemplateResponse$ = [
		3,
		n0,
		_DCVETRe,
		0,
		[],
		[]
	];
	var DeleteDedicatedIpPoolRequest$ = [
		3,
		n0,
		_DDIPR,
		0,
		[_PN],
		[[0, 1]],
		1
	];
	var DeleteDedicatedIpPoolResponse$ = [
		3,
		n0,
		_DDIPRe,
		0,
		[],
		[]
	];
	var DeleteEmailIdentityPolicyRequest$ = [
		3,
		n0,
		_DEIPR,
		0,
		[_EI, _PNo],
		[[0, 1], [0, 1]],
		2
	];
	var DeleteEmailIdentityPolicyResponse$ = [
		3,
		n0,
		_DEIPRe,
		0,
		[],
		[]
	];
	var DeleteEmailIdentityRequest$ = [
		3,
		n0,
		_DEIR,
		0,
		[_EI],
		[[0, 1]],
		1
	];
	var DeleteEmailIdentityResponse$ = [
		3,
		n0,
		_DEIRe,
		0,
		[],
		[]
	];
	var DeleteEmailTemplateRequest$ = [
		3,
		n0,
		_DETR,
		0,
		[_TN],
		[[0, 1]],
		1
	];
	var DeleteEmailTemplateResponse$ = [
		3,
		n0,
		_DETRe,
		0,
		[],
		[]
	];
	var DeleteMultiRegionEndpointRequest$ = [
		3,
		n0,
		_DMRER,
		0,
		[_EN],
		[[0, 1]],
		1
	];
	var DeleteMultiRegionEndpointResponse$ = [
		3,
		n0,
		_DMRERe,
		0,
		[_S],
		[0]
	];
	var DeleteSuppressedDestinationRequest$ = [
		3,
		n0,
		_DSDR,
		0,
		[_EA, _TNe],
		[[0, 1], [0, { [_hQ]: _TNe }]],
		1
	];
	var DeleteSuppressedDestinationResponse$ = [
		3,
		n0,
		_DSDRe,
		0,
		[],
		[]
	];
	var DeleteTenantRequest$ = [
		3,
		n0,
		_DTR,
		0,
		[_TNe],
		[0],
		1
	];
	var DeleteTenantResourceAssociationRequest$ = [
		3,
		n0,
		_DTRAR,
		0,
		[_TNe, _RA],
		[0, 0],
		2
	];
	var DeleteTenantResourceAssociationResponse$ = [
		3,
		n0,
		_DTRARe,
		0,
		[],
		[]
	];
	var DeleteTenantResponse$ = [
		3,
		n0,
		_DTRe,
		0,
		[],
		[]
	];
	var DeliverabilityTestReport$ = [
		3,
		n0,
		_DTRel,
		0,
		[
			_RI,
			_RNe,
			_Su,
			_FEA,
			_CDr,
			_DTS
		],
		[
			0,
			0,
			0,
			0,
			4,
			0
		]
	];
	var DeliveryAttributes$ = [
		3,
		n0,
		_DAe,
		0,
		[_SPDM],
		[0]
	];
	var DeliveryOptions$ = [
		3,
		n0,
		_DO,
		0,
		[
			_TPl,
			_SPN,
			_MDS,
			_SPDM
		],
		[
			0,
			0,
			1,
			0
		]
	];
	var Destination$ = [
		3,
		n0,
		_Des,
		0,
		[
			_TAo,
			_CAc,
			_BA
		],
		[
			64,
			64,
			64
		]
	];
	var Details$ = [
		3,
		n0,
		_Det,
		0,
		[_RDo],
		[() => RoutesDetails],
		1
	];
	var DisassociateEmailIdentityCertificateRequest$ = [
		3,
		n0,
		_DEICR,
		0,
		[_EI, _FA],
		[0, 0],
		1
	];
	var DisassociateEmailIdentityCertificateResponse$ = [
		3,
		n0,
		_DEICRi,
		0,
		[],
		[]
	];
	var DkimAttributes$ = [
		3,
		n0,
		_DA,
		0,
		[
			_SE,
			_S,
			_Tok,
			_SHZ,
			_SAO,
			_NSKL,
			_CSKL,
			_LKGT
		],
		[
			2,
			0,
			64,
			0,
			0,
			0,
			0,
			4
		]
	];
	var DkimSigningAttributes$ = [
		3,
		n0,
		_DSA,
		0,
		[
			_DSSo,
			_DSPK,
			_NSKL,
			_DSAO
		],
		[
			0,
			[() => PrivateKey, 0],
			0,
			0
		]
	];
	var DomainDeliverabilityCampaign$ = [
		3,
		n0,
		_DDC,
		0,
		[
			_CIa,
			_IU,
			_Su,
			_FA,
			_SI,
			_FSDT,
			_LSDT,
			_IC,
			_SC,
			_RR,
			_DR,
			_RDR,
			_PV,
			_Es
		],
		[
			0,
			0,
			0,
			0,
			64,
			4,
			4,
			1,
			1,
			1,
			1,
			1,
			1,
			64
		]
	];
	var DomainDeliverabilityTrackingOption$ = [
		3,
		n0,
		_DDTO,
		0,
		[
			_Do,
			_SSD,
			_IPTO
		],
		[
			0,
			4,
			() => InboxPlacementTrackingOption$
		]
	];
	var DomainIspPlacement$ = [
		3,
		n0,
		_DIPo,
		0,
		[
			_IN,
			_IRC,
			_SRC,
			_IP,
			_SP
		],
		[
			0,
			1,
			1,
			1,
			1
		]
	];
	var EmailAddressInsightsMailboxEvaluations$ = [
		3,
		n0,
		_EAIME,
		0,
		[
			_HVS,
			_HVDR,
			_ME,
			_IRA,
			_IDs,
			_IRI
		],
		[
			() => EmailAddressInsightsVerdict$,
			() => EmailAddressInsightsVerdict$,
			() => EmailAddressInsightsVerdict$,
			() => EmailAddressInsightsVerdict$,
			() => EmailAddressInsightsVerdict$,
			() => EmailAddressInsightsVerdict$
		]
	];
	var EmailAddressInsightsVerdict$ = [
		3,
		n0,
		_EAIV,
		0,
		[_CV],
		[0]
	];
	var EmailContent$ = [
		3,
		n0,
		_EC,
		0,
		[
			_Si,
			_Ra,
			_Te
		],
		[
			() => Message$,
			() => RawMessage$,
			() => Template$
		]
	];
	var EmailInsights$ = [
		3,
		n0,
		_EIm,
		0,
		[
			_Des,
			_Is,
			_Ev
		],
		[
			[() => InsightsEmailAddress, 0],
			0,
			() => InsightsEvents
		]
	];
	var EmailTemplateContent$ = [
		3,
		n0,
		_ETC,
		0,
		[
			_Su,
			_T,
			_H
		],
		[
			0,
			0,
			0
		]
	];
	var EmailTemplateMetadata$ = [
		3,
		n0,
		_ETM,
		0,
		[_TN, _CTr],
		[0, 4]
	];
	var EventBridgeDestination$ = [
		3,
		n0,
		_EBD,
		0,
		[_EBA],
		[0],
		1
	];
	var EventDestination$ = [
		3,
		n0,
		_EDv,
		0,
		[
			_Na,
			_MET,
			_En,
			_KFD,
			_CWD,
			_SDn,
			_EBD,
			_PD
		],
		[
			0,
			64,
			2,
			() => KinesisFirehoseDestination$,
			() => CloudWatchDestination$,
			() => SnsDestination$,
			() => EventBridgeDestination$,
			() => PinpointDestination$
		],
		2
	];
	var EventDestinationDefinition$ = [
		3,
		n0,
		_EDD,
		0,
		[
			_En,
			_MET,
			_KFD,
			_CWD,
			_SDn,
			_EBD,
			_PD
		],
		[
			2,
			64,
			() => KinesisFirehoseDestination$,
			() => CloudWatchDestination$,
			() => SnsDestination$,
			() => EventBridgeDestination$,
			() => PinpointDestination$
		]
	];
	var EventDetails$ = [
		3,
		n0,
		_EDve,
		0,
		[_Bo, _C],
		[() => Bounce$, () => Complaint$]
	];
	var ExportDataSource$ = [
		3,
		n0,
		_EDS,
		0,
		[_MDSe, _MIDS],
		[() => MetricsDataSource$, [() => MessageInsightsDataSource$, 0]]
	];
	var ExportDestination$ = [
		3,
		n0,
		_EDx,
		0,
		[_DF, _SU],
		[0, 0],
		1
	];
	var ExportJobSummary$ = [
		3,
		n0,
		_EJS,
		0,
		[
			_JI,
			_EST,
			_JS,
			_CTr,
			_CTo
		],
		[
			0,
			0,
			0,
			4,
			4
		]
	];
	var ExportMetric$ = [
		3,
		n0,
		_EMx,
		0,
		[_Na, _Ag],
		[0, 0]
	];
	var ExportStatistics$ = [
		3,
		n0,
		_ESx,
		0,
		[_PRC, _ERC],
		[1, 1]
	];
	var FailureInfo$ = [
		3,
		n0,
		_FI,
		0,
		[_FRSU, _EMr],
		[0, 0]
	];
	var GetAccountRequest$ = [
		3,
		n0,
		_GAR,
		0,
		[],
		[]
	];
	var GetAccountResponse$ = [
		3,
		n0,
		_GARe,
		0,
		[
			_DIAWE,
			_ESn,
			_PAE,
			_SQ,
			_SEe,
			_SA,
			_Det,
			_VA,
			_PA,
			_DAe
		],
		[
			2,
			0,
			2,
			() => SendQuota$,
			2,
			() => SuppressionAttributes$,
			[() => AccountDetails$, 0],
			() => VdmAttributes$,
			() => PricingAttributes$,
			() => DeliveryAttributes$
		]
	];
	var GetBlacklistReportsRequest$ = [
		3,
		n0,
		_GBRR,
		0,
		[_BIN],
		[[64, { [_hQ]: _BIN }]],
		1
	];
	var GetBlacklistReportsResponse$ = [
		3,
		n0,
		_GBRRe,
		0,
		[_BR],
		[() => BlacklistReport],
		1
	];
	var GetConfigurationSetEventDestinationsRequest$ = [
		3,
		n0,
		_GCSEDR,
		0,
		[_CSN],
		[[0, 1]],
		1
	];
	var GetConfigurationSetEventDestinationsResponse$ = [
		3,
		n0,
		_GCSEDRe,
		0,
		[_EDven],
		[() => EventDestinations]
	];
	var GetConfigurationSetRequest$ = [
		3,
		n0,
		_GCSR,
		0,
		[_CSN],
		[[0, 1]],
		1
	];
	var GetConfigurationSetResponse$ = [
		3,
		n0,
		_GCSRe,
		0,
		[
			_CSN,
			_TO,
			_DO,
			_RO,
			_SO,
			_Ta,
			_SOu,
			_VO,
			_AO,
			_MSO
		],
		[
			0,
			() => TrackingOptions$,
			() => DeliveryOptions$,
			() => ReputationOptions$,
			() => SendingOptions$,
			() => TagList,
			() => SuppressionOptions$,
			() => VdmOptions$,
			() => ArchivingOptions$,
			() => MessageSecurityOptions$
		]
	];
	var GetContactListRequest$ = [
		3,
		n0,
		_GCLR,
		0,
		[_CLN],
		[[0, 1]],
		1
	];
	var GetContactListResponse$ = [
		3,
		n0,
		_GCLRe,
		0,
		[
			_CLN,
			_To,
			_De,
			_CTr,
			_LUT,
			_Ta
		],
		[
			0,
			() => Topics,
			0,
			4,
			4,
			() => TagList
		]
	];
	var GetContactRequest$ = [
		3,
		n0,
		_GCR,
		0,
		[_CLN, _EA],
		[[0, 1], [0, 1]],
		2
	];
	var GetContactResponse$ = [
		3,
		n0,
		_GCRe,
		0,
		[
			_CLN,
			_EA,
			_TP,
			_TDP,
			_UA,
			_ADt,
			_CTr,
			_LUT
		],
		[
			0,
			0,
			() => TopicPreferenceList,
			() => TopicPreferenceList,
			2,
			0,
			4,
			4
		]
	];
	var GetCustomVerificationEmailTemplateRequest$ = [
		3,
		n0,
		_GCVETR,
		0,
		[_TN],
		[[0, 1]],
		1
	];
	var GetCustomVerificationEmailTemplateResponse$ = [
		3,
		n0,
		_GCVETRe,
		0,
		[
			_TN,
			_FEA,
			_TS,
			_TC,
			_Ta,
			_SRURL,
			_FRURL
		],
		[
			0,
			0,
			0,
			0,
			() => TagList,
			0,
			0
		]
	];
	var GetDedicatedIpPoolRequest$ = [
		3,
		n0,
		_GDIPR,
		0,
		[_PN],
		[[0, 1]],
		1
	];
	var GetDedicatedIpPoolResponse$ = [
		3,
		n0,
		_GDIPRe,
		0,
		[_DIPe],
		[() => DedicatedIpPool$]
	];
	var GetDedicatedIpRequest$ = [
		3,
		n0,
		_GDIR,
		0,
		[_Ip],
		[[0, 1]],
		1
	];
	var GetDedicatedIpResponse$ = [
		3,
		n0,
		_GDIRe,
		0,
		[_DI],
		[() => DedicatedIp$]
	];
	var GetDedicatedIpsRequest$ = [
		3,
		n0,
		_GDIRet,
		0,
		[
			_PN,
			_NT,
			_PS
		],
		[
			[0, { [_hQ]: _PN }],
			[0, { [_hQ]: _NT }],
			[1, { [_hQ]: _PS }]
		]
	];
	var GetDedicatedIpsResponse$ = [
		3,
		n0,
		_GDIRete,
		0,
		[_DIe, _NT],
		[() => DedicatedIpList, 0]
	];
	var GetDeliverabilityDashboardOptionsRequest$ = [
		3,
		n0,
		_GDDOR,
		0,
		[],
		[]
	];
	var GetDeliverabilityDashboardOptionsResponse$ = [
		3,
		n0,
		_GDDORe,
		0,
		[
			_DE,
			_SED,
			_AS,
			_ASD,
			_PESD
		],
		[
			2,
			4,
			0,
			() => DomainDeliverabilityTrackingOptions,
			() => DomainDeliverabilityTrackingOptions
		],
		1
	];
	var GetDeliverabilityTestReportRequest$ = [
		3,
		n0,
		_GDTRR,
		0,
		[_RI],
		[[0, 1]],
		1
	];
	var GetDeliverabilityTestReportResponse$ = [
		3,
		n0,
		_GDTRRe,
		0,
		[
			_DTRel,
			_OP,
			_IPs,
			_Me,
			_Ta
		],
		[
			() => DeliverabilityTestReport$,
			() => PlacementStatistics$,
			() => IspPlacements,
			0,
			() => TagList
		],
		3
	];
	var GetDomainDeliverabilityCampaignRequest$ = [
		3,
		n0,
		_GDDCR,
		0,
		[_CIa],
		[[0, 1]],
		1
	];
	var GetDomainDeliverabilityCampaignResponse$ = [
		3,
		n0,
		_GDDCRe,
		0,
		[_DDC],
		[() => DomainDeliverabilityCampaign$],
		1
	];
	var GetDomainStatisticsReportRequest$ = [
		3,
		n0,
		_GDSRR,
		0,
		[
			_Do,
			_SD,
			_ED
		],
		[
			[0, 1],
			[4, { [_hQ]: _SD }],
			[4, { [_hQ]: _ED }]
		],
		3
	];
	var GetDomainStatisticsReportResponse$ = [
		3,
		n0,
		_GDSRRe,
		0,
		[_OV, _DVa],
		[() => OverallVolume$, () => DailyVolumes],
		2
	];
	var GetEmailAddressInsightsRequest$ = [
		3,
		n0,
		_GEAIR,
		0,
		[_EA],
		[0],
		1
	];
	var GetEmailAddressInsightsResponse$ = [
		3,
		n0,
		_GEAIRe,
		0,
		[_MV],
		[() => MailboxValidation$]
	];
	var GetEmailIdentityPoliciesRequest$ = [
		3,
		n0,
		_GEIPR,
		0,
		[_EI],
		[[0, 1]],
		1
	];
	var GetEmailIdentityPoliciesResponse$ = [
		3,
		n0,
		_GEIPRe,
		0,
		[_Po],
		[128]
	];
	var GetEmailIdentityRequest$ = [
		3,
		n0,
		_GEIR,
		0,
		[_EI],
		[[0, 1]],
		1
	];
	var GetEmailIdentityResponse$ = [
		3,
		n0,
		_GEIRe,
		0,
		[
			_IT,
			_FFS,
			_VFSS,
			_DA,
			_MFA,
			_Po,
			_Ta,
			_CSN,
			_VSe,
			_VI
		],
		[
			0,
			2,
			2,
			() => DkimAttributes$,
			() => MailFromAttributes$,
			128,
			() => TagList,
			0,
			0,
			() => VerificationInfo$
		]
	];
	var GetEmailTemplateRequest$ = [
		3,
		n0,
		_GETR,
		0,
		[_TN],
		[[0, 1]],
		1
	];
	var GetEmailTemplateResponse$ = [
		3,
		n0,
		_GETRe,
		0,
		[
			_TN,
			_TC,
			_Ta
		],
		[
			0,
			() => EmailTemplateContent$,
			() => TagList
		],
		2
	];
	var GetExportJobRequest$ = [
		3,
		n0,
		_GEJR,
		0,
		[_JI],
		[[0, 1]],
		1
	];
	var GetExportJobResponse$ = [
		3,
		n0,
		_GEJRe,
		0,
		[
			_JI,
			_EST,
			_JS,
			_EDx,
			_EDS,
			_CTr,
			_CTo,
			_FI,
			_St
		],
		[
			0,
			0,
			0,
			() => ExportDestination$,
			[() => ExportDataSource$, 0],
			4,
			4,
			() => FailureInfo$,
			() => ExportStatistics$
		]
	];
	var GetImportJobRequest$ = [
		3,
		n0,
		_GIJR,
		0,
		[_JI],
		[[0, 1]],
		1
	];
	var GetImportJobResponse$ = [
		3,
		n0,
		_GIJRe,
		0,
		[
			_JI,
			_ID,
			_IDS,
			_FI,
			_JS,
			_CTr,
			_CTo,
			_PRC,
			_FRC
		],
		[
			0,
			() => ImportDestination$,
			() => ImportDataSource$,
			() => FailureInfo$,
			0,
			4,
			4,
			1,
			1
		]
	];
	var GetMessageInsightsRequest$ = [
		3,
		n0,
		_GMIR,
		0,
		[_MI],
		[[0, 1]],
		1
	];
	var GetMessageInsightsResponse$ = [
		3,
		n0,
		_GMIRe,
		0,
		[
			_MI,
			_FEA,
			_Su,
			_ET,
			_In
		],
		[
			0,
			[() => InsightsEmailAddress, 0],
			[() => EmailSubject, 0],
			() => MessageTagList,
			[() => EmailInsightsList, 0]
		]
	];
	var GetMultiRegionEndpointRequest$ = [
		3,
		n0,
		_GMRER,
		0,
		[_EN],
		[[0, 1]],
		1
	];
	var GetMultiRegionEndpointResponse$ = [
		3,
		n0,
		_GMRERe,
		0,
		[
			_EN,
			_EIn,
			_Ro,
			_S,
			_CTr,
			_LUT
		],
		[
			0,
			0,
			() => Routes,
			0,
			4,
			4
		]
	];
	var GetReputationEntityRequest$ = [
		3,
		n0,
		_GRER,
		0,
		[_RER, _RET],
		[[0, 1], [0, 1]],
		2
	];
	var GetReputationEntityResponse$ = [
		3,
		n0,
		_GRERe,
		0,
		[_RE],
		[() => ReputationEntity$]
	];
	var GetSuppressedDestinationRequest$ = [
		3,
		n0,
		_GSDR,
		0,
		[_EA, _TNe],
		[[0, 1], [0, { [_hQ]: _TNe }]],
		1
	];
	var GetSuppressedDestinationResponse$ = [
		3,
		n0,
		_GSDRe,
		0,
		[_SDu],
		[() => SuppressedDestination$],
		1
	];
	var GetTenantRequest$ = [
		3,
		n0,
		_GTR,
		0,
		[_TNe],
		[0],
		1
	];
	var GetTenantResponse$ = [
		3,
		n0,
		_GTRe,
		0,
		[_Ten],
		[() => Tenant$]
	];
	var GuardianAttributes$ = [
		3,
		n0,
		_GA,
		0,
		[_OSD],
		[0]
	];
	var GuardianOptions$ = [
		3,
		n0,
		_GO,
		0,
		[_OSD],
		[0]
	];
	var IdentityCertificate$ = [
		3,
		n0,
		_ICd,
		0,
		[
			_FA,
			_S,
			_CA,
			_CET
		],
		[
			0,
			0,
			0,
			4
		]
	];
	var IdentityInfo$ = [
		3,
		n0,
		_II,
		0,
		[
			_IT,
			_INd,
			_SEe,
			_VSe
		],
		[
			0,
			0,
			2,
			0
		]
	];
	var ImportDataSource$ = [
		3,
		n0,
		_IDS,
		0,
		[_SU, _DF],
		[0, 0],
		2
	];
	var ImportDestination$ = [
		3,
		n0,
		_ID,
		0,
		[_SLD, _CLD],
		[() => SuppressionListDestination$, () => ContactListDestination$]
	];
	var ImportJobSummary$ = [
		3,
		n0,
		_IJS,
		0,
		[
			_JI,
			_ID,
			_JS,
			_CTr,
			_PRC,
			_FRC
		],
		[
			0,
			() => ImportDestination$,
			0,
			4,
			1,
			1
		]
	];
	var InboxPlacementTrackingOption$ = [
		3,
		n0,
		_IPTO,
		0,
		[_G, _TIr],
		[2, 64]
	];
	var InsightsEvent$ = [
		3,
		n0,
		_IE,
		0,
		[
			_Ti,
			_Ty,
			_Det
		],
		[
			4,
			0,
			() => EventDetails$
		]
	];
	var IspPlacement$ = [
		3,
		n0,
		_IPsp,
		0,
		[_IN, _PSl],
		[0, () => PlacementStatistics$]
	];
	var KinesisFirehoseDestination$ = [
		3,
		n0,
		_KFD,
		0,
		[_IRAa, _DSAe],
		[0, 0],
		2
	];
	var ListConfigurationSetsRequest$ = [
		3,
		n0,
		_LCSR,
		0,
		[
			_F,
			_NT,
			_PS
		],
		[
			128,
			0,
			1
		]
	];
	var ListConfigurationSetsResponse$ = [
		3,
		n0,
		_LCSRi,
		0,
		[_CS, _NT],
		[64, 0]
	];
	var ListContactListsRequest$ = [
		3,
		n0,
		_LCLR,
		0,
		[_PS, _NT],
		[[1, { [_hQ]: _PS }], [0, { [_hQ]: _NT }]]
	];
	var ListContactListsResponse$ = [
		3,
		n0,
		_LCLRi,
		0,
		[_CLon, _NT],
		[() => ListOfContactLists, 0]
	];
	var ListContactsFilter$ = [
		3,
		n0,
		_LCF,
		0,
		[_FS, _TF],
		[0, () => TopicFilter$]
	];
	var ListContactsRequest$ = [
		3,
		n0,
		_LCR,
		0,
		[
			_CLN,
			_F,
			_PS,
			_NT
		],
		[
			[0, 1],
			() => ListContactsFilter$,
			1,
			0
		],
		1
	];
	var ListContactsResponse$ = [
		3,
		n0,
		_LCRi,
		0,
		[_Cont, _NT],
		[() => ListOfContacts, 0]
	];
	var ListCustomVerificationEmailTemplatesRequest$ = [
		3,
		n0,
		_LCVETR,
		0,
		[_NT, _PS],
		[[0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
	];
	var ListCustomVerificationEmailTemplatesResponse$ = [
		3,
		n0,
		_LCVETRi,
		0,
		[_CVET, _NT],
		[() => CustomVerificationEmailTemplatesList, 0]
	];
	var ListDedicatedIpPoolsRequest$ = [
		3,
		n0,
		_LDIPR,
		0,
		[_NT, _PS],
		[[0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
	];
	var ListDedicatedIpPoolsResponse$ = [
		3,
		n0,
		_LDIPRi,
		0,
		[_DIPed, _NT],
		[64, 0]
	];
	var ListDeliverabilityTestReportsRequest$ = [
		3,
		n0,
		_LDTRR,
		0,
		[_NT, _PS],
		[[0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
	];
	var ListDeliverabilityTestReportsResponse$ = [
		3,
		n0,
		_LDTRRi,
		0,
		[_DTReli, _NT],
		[() => DeliverabilityTestReports, 0],
		1
	];
	var ListDomainDeliverabilityCampaignsRequest$ = [
		3,
		n0,
		_LDDCR,
		0,
		[
			_SD,
			_ED,
			_SDub,
			_NT,
			_PS
		],
		[
			[4, { [_hQ]: _SD }],
			[4, { [_hQ]: _ED }],
			[0, 1],
			[0, { [_hQ]: _NT }],
			[1, { [_hQ]: _PS }]
		],
		3
	];
	var ListDomainDeliverabilityCampaignsResponse$ = [
		3,
		n0,
		_LDDCRi,
		0,
		[_DDCo, _NT],
		[() => DomainDeliverabilityCampaignList, 0],
		1
	];
	var ListEmailIdentitiesRequest$ = [
		3,
		n0,
		_LEIR,
		0,
		[
			_F,
			_NT,
			_PS
		],
		[
			128,
			0,
			1
		]
	];
	var ListEmailIdentitiesResponse$ = [
		3,
		n0,
		_LEIRi,
		0,
		[_EIma, _NT],
		[() => IdentityInfoList, 0]
	];
	var ListEmailIdentityCertificatesRequest$ = [
		3,
		n0,
		_LEICR,
		0,
		[
			_EI,
			_NT,
			_PS
		],
		[
			0,
			0,
			1
		],
		1
	];
	var ListEmailIdentityCertificatesResponse$ = [
		3,
		n0,
		_LEICRi,
		0,
		[_Ce, _NT],
		[() => IdentityCertificateList, 0]
	];
	var ListEmailTemplatesRequest$ = [
		3,
		n0,
		_LETR,
		0,
		[_NT, _PS],
		[[0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
	];
	var ListEmailTemplatesResponse$ = [
		3,
		n0,
		_LETRi,
		0,
		[_TM, _NT],
		[() => EmailTemplateMetadataList, 0]
	];
	var ListExportJobsRequest$ = [
		3,
		n0,
		_LEJR,
		0,
		[
			_NT,
			_PS,
			_EST,
			_JS
		],
		[
			0,
			1,
			0,
			0
		]
	];
	var ListExportJobsResponse$ = [
		3,
		n0,
		_LEJRi,
		0,
		[_EJ, _NT],
		[() => ExportJobSummaryList, 0]
	];
	var ListImportJobsRequest$ = [
		3,
		n0,
		_LIJR,
		0,
		[
			_IDT,
			_NT,
			_PS
		],
		[
			0,
			0,
			1
		]
	];
	var ListImportJobsResponse$ = [
		3,
		n0,
		_LIJRi,
		0,
		[_IJ, _NT],
		[() => ImportJobSummaryList, 0]
	];
	var ListManagementOptions$ = [
		3,
		n0,
		_LMO,
		0,
		[_CLN, _TNo],
		[0, 0],
		1
	];
	var ListMultiRegionEndpointsRequest$ = [
		3,
		n0,
		_LMRER,
		0,
		[_NT, _PS],
		[[0, { [_hQ]: _NT }], [1, { [_hQ]: _PS }]]
	];
	var ListMultiRegionEndpointsResponse$ = [
		3,
		n0,
		_LMRERi,
		0,
		[_MRE, _NT],
		[() => MultiRegionEndpoints, 0]
	];
	var ListRecommendationsRequest$ = [
		3,
		n0,
		_LRR,
		0,
		[
			_F,
			_NT,
			_PS
		],
		[
			128,
			0,
			1
		]
	];
	var ListRecommendationsResponse$ = [
		3,
		n0,
		_LRRi,
		0,
		[_Re, _NT],
		[() => RecommendationsList, 0]
	];
	var ListReputationEntitiesRequest$ = [
		3,
		n0,
		_LRER,
		0,
		[
			_F,
			_NT,
			_PS
		],
		[
			128,
			0,
			1
		]
	];
	var ListReputationEntitiesResponse$ = [
		3,
		n0,
		_LRERi,
		0,
		[_REe, _NT],
		[() => ReputationEntitiesList, 0]
	];
	var ListResourceTenantsRequest$ = [
		3,
		n0,
		_LRTR,
		0,
		[
			_RA,
			_PS,
			_NT
		],
		[
			0,
			1,
			0
		],
		1
	];
	var ListResourceTenantsResponse$ = [
		3,
		n0,
		_LRTRi,
		0,
		[_RTe, _NT],
		[() => ResourceTenantMetadataList, 0]
	];
	var ListSuppressedDestinationsRequest$ = [
		3,
		n0,
		_LSDR,
		0,
		[
			_TNe,
			_Rea,
			_SD,
			_ED,
			_NT,
			_PS
		],
		[
			[0, { [_hQ]: _TNe }],
			[64, { [_hQ]: _Reas }],
			[4, { [_hQ]: _SD }],
			[4, { [_hQ]: _ED }],
			[0, { [_hQ]: _NT }],
			[1, { [_hQ]: _PS }]
		]
	];
	var ListSuppressedDestinationsResponse$ = [
		3,
		n0,
		_LSDRi,
		0,
		[_SDS, _NT],
		[() => SuppressedDestinationSummaries, 0]
	];
	var ListTagsForResourceRequest$ = [
		3,
		n0,
		_LTFRR,
		0,
		[_RA],
		[[0, { [_hQ]: _RA }]],
		1
	];
	var ListTagsForResourceResponse$ = [
		3,
		n0,
		_LTFRRi,
		0,
		[_Ta],
		[() => TagList],
		1
	];
	var ListTenantResourcesRequest$ = [
		3,
		n0,
		_LTRR,
		0,
		[
			_TNe,
			_F,
			_PS,
			_NT
		],
		[
			0,
			128,
			1,
			0
		],
		1
	];
	var ListTenantResourcesResponse$ = [
		3,
		n0,
		_LTRRi,
		0,
		[_TR, _NT],
		[() => TenantResourceList, 0]
	];
	var ListTenantsRequest$ = [
		3,
		n0,
		_LTR,
		0,
		[
			_F,
			_NT,
			_PS
		],
		[
			128,
			0,
			1
		]
	];
	var ListTenantsResponse$ = [
		3,
		n0,
		_LTRi,
		0,
		[_Tena, _NT],
		[() => TenantInfoList, 0]
	];
	var MailboxValidation$ = [
		3,
		n0,
		_MV,
		0,
		[_IV, _Eva],
		[() => EmailAddressInsightsVerdict$, () => EmailAddressInsightsMailboxEvaluations$]
	];
	var MailFromAttributes$ = [
		3,
		n0,
		_MFA,
		0,
		[
			_MFD,
			_MFDS,
			_BOMF
		],
		[
			0,
			0,
			0
		],
		3
	];
	var Message$ = [
		3,
		n0,
		_Me,
		0,
		[
			_Su,
			_B,
			_He,
			_At
		],
		[
			() => Content$,
			() => Body$,
			() => MessageHeaderList,
			() => AttachmentList
		],
		2
	];
	var MessageHeader$ = [
		3,
		n0,
		_MH,
		0,
		[_Na, _V],
		[0, 0],
		2
	];
	var MessageInsightsDataSource$ = [
		3,
		n0,
		_MIDS,
		0,
		[
			_SD,
			_ED,
			_Inc,
			_Ex,
			_MRa
		],
		[
			4,
			4,
			[() => MessageInsightsFilters$, 0],
			[() => MessageInsightsFilters$, 0],
			1
		],
		2
	];
	var MessageInsightsFilters$ = [
		3,
		n0,
		_MIF,
		0,
		[
			_FEA,
			_Des,
			_Su,
			_Is,
			_TNe,
			_LDE,
			_LEEa
		],
		[
			[() => EmailAddressFilterList, 0],
			[() => EmailAddressFilterList, 0],
			[() => EmailSubjectFilterList, 0],
			64,
			64,
			64,
			64
		]
	];
	var MessageSecurityOptions$ = [
		3,
		n0,
		_MSO,
		0,
		[_SSi],
		[() => SigningScheme$]
	];
	var MessageTag$ = [
		3,
		n0,
		_MTe,
		0,
		[_Na, _V],
		[0, 0],
		2
	];
	var MetricDataError$ = [
		3,
		n0,
		_MDE,
		0,
		[
			_I,
			_Cod,
			_Me
		],
		[
			0,
			0,
			0
		]
	];
	var MetricDataResult$ = [
		3,
		n0,
		_MDR,
		0,
		[
			_I,
			_Tim,
			_Va
		],
		[
			0,
			68,
			65
		]
	];
	var MetricsDataSource$ = [
		3,
		n0,
		_MDSe,
		0,
		[
			_D,
			_N,
			_Met,
			_SD,
			_ED
		],
		[
			[
				2,
				n0,
				_EDxp,
				0,
				0,
				64
			],
			0,
			() => ExportMetrics,
			4,
			4
		],
		5
	];
	var MultiRegionEndpoint$ = [
		3,
		n0,
		_MREu,
		0,
		[
			_EN,
			_S,
			_EIn,
			_Reg,
			_CTr,
			_LUT
		],
		[
			0,
			0,
			0,
			64,
			4,
			4
		]
	];
	var OverallVolume$ = [
		3,
		n0,
		_OV,
		0,
		[
			_VS,
			_RRP,
			_DIP
		],
		[
			() => VolumeStatistics$,
			1,
			() => DomainIspPlacements
		]
	];
	var PinpointDestination$ = [
		3,
		n0,
		_PD,
		0,
		[_AAp],
		[0]
	];
	var PlacementStatistics$ = [
		3,
		n0,
		_PSl,
		0,
		[
			_IP,
			_SP,
			_MP,
			_SPp,
			_DP
		],
		[
			1,
			1,
			1,
			1,
			1
		]
	];
	var PricingAttributes$ = [
		3,
		n0,
		_PA,
		0,
		[_CP, _NP],
		[0, 0]
	];
	var PutAccountDedicatedIpWarmupAttributesRequest$ = [
		3,
		n0,
		_PADIWAR,
		0,
		[_AWE],
		[2]
	];
	var PutAccountDedicatedIpWarmupAttributesResponse$ = [
		3,
		n0,
		_PADIWARu,
		0,
		[],
		[]
	];
	var PutAccountDeliveryAttributesRequest$ = [
		3,
		n0,
		_PADAR,
		0,
		[_SPDM],
		[0],
		1
	];
	var PutAccountDeliveryAttributesResponse$ = [
		3,
		n0,
		_PADARu,
		0,
		[],
		[]
	];
	var PutAccountDetailsRequest$ = [
		3,
		n0,
		_PADR,
		0,
		[
			_MT,
			_WURL,
			_CL,
			_UCD,
			_ACEAd,
			_PAE
		],
		[
			0,
			[() => WebsiteURL, 0],
			0,
			[() => UseCaseDescription, 0],
			[() => AdditionalContactEmailAddresses, 0],
			2
		],
		2
	];
	var PutAccountDetailsResponse$ = [
		3,
		n0,
		_PADRu,
		0,
		[],
		[]
	];
	var PutAccountPricingAttributesRequest$ = [
		3,
		n0,
		_PAPAR,
		0,
		[_Pl],
		[0],
		1
	];
	var PutAccountPricingAttributesResponse$ = [
		3,
		n0,
		_PAPARu,
		0,
		[],
		[]
	];
	var PutAccountSendingAttributesRequest$ = [
		3,
		n0,
		_PASAR,
		0,
		[_SEe],
		[2]
	];
	var PutAccountSendingAttributesResponse$ = [
		3,
		n0,
		_PASARu,
		0,
		[],
		[]
	];
	var PutAccountSuppressionAttributesRequest$ = [
		3,
		n0,
		_PASARut,
		0,
		[_SR, _VAa],
		[64, () => SuppressionValidationAttributes$]
	];
	var PutAccountSuppressionAttributesResponse$ = [
		3,
		n0,
		_PASARutc,
		0,
		[],
		[]
	];
	var PutAccountVdmAttributesRequest$ = [
		3,
		n0,
		_PAVAR,
		0,
		[_VA],
		[() => VdmAttributes$],
		1
	];
	var PutAccountVdmAttributesResponse$ = [
		3,
		n0,
		_PAVARu,
		0,
		[],
		[]
	];
	var PutConfigurationSetArchivingOptionsRequest$ = [
		3,
		n0,
		_PCSAOR,
		0,
		[_CSN, _AA],
		[[0, 1], 0],
		1
	];
	var PutConfigurationSetArchivingOptionsResponse$ = [
		3,
		n0,
		_PCSAORu,
		0,
		[],
		[]
	];
	var PutConfigurationSetDeliveryOptionsRequest$ = [
		3,
		n0,
		_PCSDOR,
		0,
		[
			_CSN,
			_TPl,
			_SPN,
			_MDS,
			_SPDM
		],
		[
			[0, 1],
			0,
			0,
			1,
			0
		],
		1
	];
	var PutConfigurationSetDeliveryOptionsResponse$ = [
		3,
		n0,
		_PCSDORu,
		0,
		[],
		[]
	];
	var PutConfigurationSetReputationOptionsRequest$ = [
		3,
		n0,
		_PCSROR,
		0,
		[_CSN, _RME],
		[[0, 1], 2],
		1
	];
	var PutConfigurationSetReputationOptionsResponse$ = [
		3,
		n0,
		_PCSRORu,
		0,
		[],
		[]
	];
	var PutConfigurationSetSendingOptionsRequest$ = [
		3,
		n0,
		_PCSSOR,
		0,
		[_CSN, _SEe],
		[[0, 1], 2],
		1
	];
	var PutConfigurationSetSendingOptionsResponse$ = [
		3,
		n0,
		_PCSSORu,
		0,
		[],
		[]
	];
	var PutConfigurationSetSuppressionOptionsRequest$ = [
		3,
		n0,
		_PCSSORut,
		0,
		[
			_CSN,
			_SSu,
			_SR,
			_VOa
		],
		[
			[0, 1],
			0,
			64,
			() => SuppressionValidationOptions$
		],
		1
	];
	var PutConfigurationSetSuppressionOptionsResponse$ = [
		3,
		n0,
		_PCSSORuto,
		0,
		[],
		[]
	];
	var PutConfigurationSetTrackingOptionsRequest$ = [
		3,
		n0,
		_PCSTOR,
		0,
		[
			_CSN,
			_CRD,
			_HP
		],
		[
			[0, 1],
			0,
			0
		],
		1
	];
	var PutConfigurationSetTrackingOptionsResponse$ = [
		3,
		n0,
		_PCSTORu,
		0,
		[],
		[]
	];
	var PutConfigurationSetVdmOptionsRequest$ = [
		3,
		n0,
		_PCSVOR,
		0,
		[_CSN, _VO],
		[[0, 1], () => VdmOptions$],
		1
	];
	var PutConfigurationSetVdmOptionsResponse$ = [
		3,
		n0,
		_PCSVORu,
		0,
		[],
		[]
	];
	var PutDedicatedIpInPoolRequest$ = [
		3,
		n0,
		_PDIIPR,
		0,
		[_Ip, _DPN],
		[[0, 1], 0],
		2
	];
	var PutDedicatedIpInPoolResponse$ = [
		3,
		n0,
		_PDIIPRu,
		0,
		[],
		[]
	];
	var PutDedicatedIpPoolScalingAttributesRequest$ = [
		3,
		n0,
		_PDIPSAR,
		0,
		[_PN, _SM],
		[[0, 1], 0],
		2
	];
	var PutDedicatedIpPoolScalingAttributesResponse$ = [
		3,
		n0,
		_PDIPSARu,
		0,
		[],
		[]
	];
	var PutDedicatedIpWarmupAttributesRequest$ = [
		3,
		n0,
		_PDIWAR,
		0,
		[_Ip, _WP],
		[[0, 1], 1],
		2
	];
	var PutDedicatedIpWarmupAttributesResponse$ = [
		3,
		n0,
		_PDIWARu,
		0,
		[],
		[]
	];
	var PutDeliverabilityDashboardOptionRequest$ = [
		3,
		n0,
		_PDDOR,
		0,
		[_DE, _SDubs],
		[2, () => DomainDeliverabilityTrackingOptions],
		1
	];
	var PutDeliverabilityDashboardOptionResponse$ = [
		3,
		n0,
		_PDDORu,
		0,
		[],
		[]
	];
	var PutEmailIdentityConfigurationSetAttributesRequest$ = [
		3,
		n0,
		_PEICSAR,
		0,
		[_EI, _CSN],
		[[0, 1], 0],
		1
	];
	var PutEmailIdentityConfigurationSetAttributesResponse$ = [
		3,
		n0,
		_PEICSARu,
		0,
		[],
		[]
	];
	var PutEmailIdentityDkimAttributesRequest$ = [
		3,
		n0,
		_PEIDAR,
		0,
		[_EI, _SE],
		[[0, 1], 2],
		1
	];
	var PutEmailIdentityDkimAttributesResponse$ = [
		3,
		n0,
		_PEIDARu,
		0,
		[],
		[]
	];
	var PutEmailIdentityDkimSigningAttributesRequest$ = [
		3,
		n0,
		_PEIDSAR,
		0,
		[
			_EI,
			_SAO,
			_SAi
		],
		[
			[0, 1],
			0,
			[() => DkimSigningAttributes$, 0]
		],
		2
	];
	var PutEmailIdentityDkimSigningAttributesResponse$ = [
		3,
		n0,
		_PEIDSARu,
		0,
		[
			_DS,
			_DT,
			_SHZ
		],
		[
			0,
			64,
			0
		]
	];
	var PutEmailIdentityFeedbackAttributesRequest$ = [
		3,
		n0,
		_PEIFAR,
		0,
		[_EI, _EFE],
		[[0, 1], 2],
		1
	];
	var PutEmailIdentityFeedbackAttributesResponse$ = [
		3,
		n0,
		_PEIFARu,
		0,
		[],
		[]
	];
	var PutEmailIdentityMailFromAttributesRequest$ = [
		3,
		n0,
		_PEIMFAR,
		0,
		[
			_EI,
			_MFD,
			_BOMF
		],
		[
			[0, 1],
			0,
			0
		],
		1
	];
	var PutEmailIdentityMailFromAttributesResponse$ = [
		3,
		n0,
		_PEIMFARu,
		0,
		[],
		[]
	];
	var PutSuppressedDestinationRequest$ = [
		3,
		n0,
		_PSDR,
		0,
		[
			_EA,
			_Reas,
			_TNe
		],
		[
			0,
			0,
			0
		],
		2
	];
	var PutSuppressedDestinationResponse$ = [
		3,
		n0,
		_PSDRu,
		0,
		[],
		[]
	];
	var PutTenantSuppressionAttributesRequest$ = [
		3,
		n0,
		_PTSAR,
		0,
		[
			_TNe,
			_SR,
			_SSu
		],
		[
			0,
			64,
			0
		],
		1
	];
	var PutTenantSuppressionAttributesResponse$ = [
		3,
		n0,
		_PTSARu,
		0,
		[],
		[]
	];
	var RawMessage$ = [
		3,
		n0,
		_RM,
		0,
		[_Da],
		[21],
		1
	];
	var Recommendation$ = [
		3,
		n0,
		_Rec,
		0,
		[
			_RA,
			_Ty,
			_De,
			_S,
			_CTr,
			_LUT,
			_Im
		],
		[
			0,
			0,
			0,
			0,
			4,
			4,
			0
		]
	];
	var ReplacementEmailContent$ = [
		3,
		n0,
		_REC,
		0,
		[_RTep],
		[() => ReplacementTemplate$]
	];
	var ReplacementTemplate$ = [
		3,
		n0,
		_RTep,
		0,
		[_RTD],
		[0]
	];
	var ReputationEntity$ = [
		3,
		n0,
		_RE,
		0,
		[
			_RER,
			_RET,
			_RMP,
			_CMS,
			_ASMS,
			_SSA,
			_RIe
		],
		[
			0,
			0,
			0,
			() => StatusRecord$,
			() => StatusRecord$,
			0,
			0
		]
	];
	var ReputationOptions$ = [
		3,
		n0,
		_RO,
		0,
		[_RME, _LFS],
		[2, 4]
	];
	var ResourceTenantMetadata$ = [
		3,
		n0,
		_RTM,
		0,
		[
			_TNe,
			_TI,
			_RA,
			_AT
		],
		[
			0,
			0,
			0,
			4
		]
	];
	var ReviewDetails$ = [
		3,
		n0,
		_RD,
		0,
		[_S, _CIas],
		[0, 0]
	];
	var Route$ = [
		3,
		n0,
		_Rou,
		0,
		[_Regi],
		[0],
		1
	];
	var RouteDetails$ = [
		3,
		n0,
		_RDou,
		0,
		[_Regi],
		[0],
		1
	];
	var SendBulkEmailRequest$ = [
		3,
		n0,
		_SBER,
		0,
		[
			_DCe,
			_BEEu,
			_FEA,
			_FEAIA,
			_RTA,
			_FFEA,
			_FFEAIA,
			_DET,
			_CSN,
			_EIn,
			_TNe,
			_CO
		],
		[
			() => BulkEmailContent$,
			() => BulkEmailEntryList,
			0,
			0,
			64,
			0,
			0,
			() => MessageTagList,
			0,
			0,
			0,
			() => ConfigurationOverrides$
		],
		2
	];
	var SendBulkEmailResponse$ = [
		3,
		n0,
		_SBERe,
		0,
		[_BEERu],
		[() => BulkEmailEntryResultList],
		1
	];
	var SendCustomVerificationEmailRequest$ = [
		3,
		n0,
		_SCVER,
		0,
		[
			_EA,
			_TN,
			_CSN
		],
		[
			0,
			0,
			0
		],
		2
	];
	var SendCustomVerificationEmailResponse$ = [
		3,
		n0,
		_SCVERe,
		0,
		[_MI],
		[0]
	];
	var SendEmailRequest$ = [
		3,
		n0,
		_SER,
		0,
		[
			_Con,
			_FEA,
			_FEAIA,
			_Des,
			_RTA,
			_FFEA,
			_FFEAIA,
			_ET,
			_CSN,
			_EIn,
			_TNe,
			_LMO,
			_CO
		],
		[
			() => EmailContent$,
			0,
			0,
			() => Destination$,
			64,
			0,
			0,
			() => MessageTagList,
			0,
			0,
			0,
			() => ListManagementOptions$,
			() => ConfigurationOverrides$
		],
		1
	];
	var SendEmailResponse$ = [
		3,
		n0,
		_SERe,
		0,
		[_MI],
		[0]
	];
	var SendingOptions$ = [
		3,
		n0,
		_SO,
		0,
		[_SEe],
		[2]
	];
	var SendQuota$ = [
		3,
		n0,
		_SQ,
		0,
		[
			_MHS,
			_MSR,
			_SLH
		],
		[
			1,
			1,
			1
		]
	];
	var SmimeSigningScheme$ = [
		3,
		n0,
		_SSS,
		0,
		[_SF],
		[0]
	];
	var SnsDestination$ = [
		3,
		n0,
		_SDn,
		0,
		[_TAop],
		[0],
		1
	];
	var SOARecord$ = [
		3,
		n0,
		_SOAR,
		0,
		[
			_PNS,
			_AE,
			_SN
		],
		[
			0,
			0,
			1
		]
	];
	var StatusRecord$ = [
		3,
		n0,
		_SRt,
		0,
		[
			_S,
			_Ca,
			_LUT
		],
		[
			0,
			0,
			4
		]
	];
	var SuppressedDestination$ = [
		3,
		n0,
		_SDu,
		0,
		[
			_EA,
			_Reas,
			_LUTa,
			_Att,
			_TNe
		],
		[
			0,
			0,
			4,
			() => SuppressedDestinationAttributes$,
			0
		],
		3
	];
	var SuppressedDestinationAttributes$ = [
		3,
		n0,
		_SDA,
		0,
		[_MI, _FIe],
		[0, 0]
	];
	var SuppressedDestinationSummary$ = [
		3,
		n0,
		_SDSu,
		0,
		[
			_EA,
			_Reas,
			_LUTa
		],
		[
			0,
			0,
			4
		],
		3
	];
	var SuppressionAttributes$ = [
		3,
		n0,
		_SA,
		0,
		[_SR, _VAa],
		[64, () => SuppressionValidationAttributes$]
	];
	var SuppressionConditionThreshold$ = [
		3,
		n0,
		_SCT,
		0,
		[_CTEo, _OCT],
		[0, () => SuppressionConfidenceThreshold$],
		1
	];
	var SuppressionConfidenceThreshold$ = [
		3,
		n0,
		_SCTu,
		0,
		[_CVT],
		[0],
		1
	];
	var SuppressionListDestination$ = [
		3,
		n0,
		_SLD,
		0,
		[_SLIA],
		[0],
		1
	];
	var SuppressionOptions$ = [
		3,
		n0,
		_SOu,
		0,
		[
			_SR,
			_SSu,
			_VOa
		],
		[
			64,
			0,
			() => SuppressionValidationOptions$
		]
	];
	var SuppressionValidationAttributes$ = [
		3,
		n0,
		_SVA,
		0,
		[_CTon],
		[() => SuppressionConditionThreshold$],
		1
	];
	var SuppressionValidationOptions$ = [
		3,
		n0,
		_SVO,
		0,
		[_CTon],
		[() => SuppressionConditionThreshold$],
		1
	];
	var Tag$ = [
		3,
		n0,
		_Tag,
		0,
		[_K, _V],
		[0, 0],
		2
	];
	var TagResourceRequest$ = [
		3,
		n0,
		_TRR,
		0,
		[_RA, _Ta],
		[0, () => TagList],
		2
	];
	var TagResourceResponse$ = [
		3,
		n0,
		_TRRa,
		0,
		[],
		[]
	];
	var Template$ = [
		3,
		n0,
		_Te,
		0,
		[
			_TN,
			_TAe,
			_TC,
			_TD,
			_He,
			_At
		],
		[
			0,
			0,
			() => EmailTemplateContent$,
			0,
			() => MessageHeaderList,
			() => AttachmentList
		]
	];
	var Tenant$ = [
		3,
		n0,
		_Ten,
		0,
		[
			_TNe,
			_TI,
			_TA,
			_CTr,
			_Ta,
			_SS,
			_SA
		],
		[
			0,
			0,
			0,
			4,
			() => TagList,
			0,
			() => TenantSuppressionAttributes$
		]
	];
	var TenantInfo$ = [
		3,
		n0,
		_TIe,
		0,
		[
			_TNe,
			_TI,
			_TA,
			_CTr,
			_SS
		],
		[
			0,
			0,
			0,
			4,
			0
		]
	];
	var TenantResource$ = [
		3,
		n0,
		_TRe,
		0,
		[_RTes, _RA],
		[0, 0]
	];
	var TenantSuppressionAttributes$ = [
		3,
		n0,
		_TSA,
		0,
		[_SR, _SSu],
		[64, 0]
	];
	var TestRenderEmailTemplateRequest$ = [
		3,
		n0,
		_TRETR,
		0,
		[_TN, _TD],
		[[0, 1], 0],
		2
	];
	var TestRenderEmailTemplateResponse$ = [
		3,
		n0,
		_TRETRe,
		0,
		[_RTen],
		[0],
		1
	];
	var Topic$ = [
		3,
		n0,
		_Top,
		0,
		[
			_TNo,
			_DNi,
			_DSSe,
			_De
		],
		[
			0,
			0,
			0,
			0
		],
		3
	];
	var TopicFilter$ = [
		3,
		n0,
		_TF,
		0,
		[_TNo, _UDIPU],
		[0, 2]
	];
	var TopicPreference$ = [
		3,
		n0,
		_TPo,
		0,
		[_TNo, _SSub],
		[0, 0],
		2
	];
	var TrackingConfigurationOverrides$ = [
		3,
		n0,
		_TCO,
		0,
		[_OTE, _CTEl],
		[0, 0]
	];
	var TrackingOptions$ = [
		3,
		n0,
		_TO,
		0,
		[_CRD, _HP],
		[0, 0],
		1
	];
	var UntagResourceRequest$ = [
		3,
		n0,
		_URR,
		0,
		[_RA, _TK],
		[[0, { [_hQ]: _RA }], [64, { [_hQ]: _TK }]],
		2
	];
	var UntagResourceResponse$ = [
		3,
		n0,
		_URRn,
		0,
		[],
		[]
	];
	var UpdateConfigurationSetEventDestinationRequest$ = [
		3,
		n0,
		_UCSEDR,
		0,
		[
			_CSN,
			_EDN,
			_EDv
		],
		[
			[0, 1],
			[0, 1],
			() => EventDestinationDefinition$
		],
		3
	];
	var UpdateConfigurationSetEventDestinationResponse$ = [
		3,
		n0,
		_UCSEDRp,
		0,
		[],
		[]
	];
	var UpdateConfigurationSetRequest$ = [
		3,
		n0,
		_UCSR,
		0,
		[_CSN, _MSO],
		[0, () => MessageSecurityOptions$],
		1
	];
	var UpdateConfigurationSetResponse$ = [
		3,
		n0,
		_UCSRp,
		0,
		[],
		[]
	];
	var UpdateContactListRequest$ = [
		3,
		n0,
		_UCLR,
		0,
		[
			_CLN,
			_To,
			_De
		],
		[
			[0, 1],
			() => Topics,
			0
		],
		1
	];
	var UpdateContactListResponse$ = [
		3,
		n0,
		_UCLRp,
		0,
		[],
		[]
	];
	var UpdateContactRequest$ = [
		3,
		n0,
		_UCR,
		0,
		[
			_CLN,
			_EA,
			_TP,
			_UA,
			_ADt
		],
		[
			[0, 1],
			[0, 1],
			() => TopicPreferenceList,
			2,
			0
		],
		2
	];
	var UpdateContactResponse$ = [
		3,
		n0,
		_UCRp,
		0,
		[],
		[]
	];
	var UpdateCustomVerificationEmailTemplateRequest$ = [
		3,
		n0,
		_UCVETR,
		0,
		[
			_TN,
			_FEA,
			_TS,
			_TC,
			_SRURL,
			_FRURL
		],
		[
			[0, 1],
			0,
			0,
			0,
			0,
			0
		],
		6
	];
	var UpdateCustomVerificationEmailTemplateResponse$ = [
		3,
		n0,
		_UCVETRp,
		0,
		[],
		[]
	];
	var UpdateEmailIdentityPolicyRequest$ = [
		3,
		n0,
		_UEIPR,
		0,
		[
			_EI,
			_PNo,
			_P
		],
		[
			[0, 1],
			[0, 1],
			0
		],
		3
	];
	var UpdateEmailIdentityPolicyResponse$ = [
		3,
		n0,
		_UEIPRp,
		0,
		[],
		[]
	];
	var UpdateEmailTemplateRequest$ = [
		3,
		n0,
		_UETR,
		0,
		[_TN, _TC],
		[[0, 1], () => EmailTemplateContent$],
		2
	];
	var UpdateEmailTemplateResponse$ = [
		3,
		n0,
		_UETRp,
		0,
		[],
		[]
	];
	var UpdateReputationEntityCustomerManagedStatusRequest$ = [
		3,
		n0,
		_URECMSR,
		0,
		[
			_RET,
			_RER,
			_SS
		],
		[
			[0, 1],
			[0, 1],
			0
		],
		3
	];
	var UpdateReputationEntityCustomerManagedStatusResponse$ = [
		3,
		n0,
		_URECMSRp,
		0,
		[],
		[]
	];
	var UpdateReputationEntityPolicyRequest$ = [
		3,
		n0,
		_UREPR,
		0,
		[
			_RET,
			_RER,
			_REP
		],
		[
			[0, 1],
			[0, 1],
			0
		],
		3
	];
	var UpdateReputationEntityPolicyResponse$ = [
		3,
		n0,
		_UREPRp,
		0,
		[],
		[]
	];
	var VdmAttributes$ = [
		3,
		n0,
		_VA,
		0,
		[
			_VE,
			_DAa,
			_GA
		],
		[
			0,
			() => DashboardAttributes$,
			() => GuardianAttributes$
		],
		1
	];
	var VdmOptions$ = [
		3,
		n0,
		_VO,
		0,
		[_DOa, _GO],
		[() => DashboardOptions$, () => GuardianOptions$]
	];
	var VerificationInfo$ = [
		3,
		n0,
		_VI,
		0,
		[
			_LCT,
			_LST,
			_ETr,
			_SOAR
		],
		[
			4,
			4,
			0,
			() => SOARecord$
		]
	];
	var VolumeStatistics$ = [
		3,
		n0,
		_VS,
		0,
		[
			_IRC,
			_SRC,
			_PI,
			_PSr
		],
		[
			1,
			1,
			1,
			1
		]
	];
	var AdditionalContactEmailAddresses = [
		1,
		n0,
		_ACEAd,
		8,
		[() => AdditionalContactEmailAddress, 0]
	];
	var AttachmentList = [
		1,
		n0,
		_AL,
		0,
		() => Attachment$
	];
	var BatchGetMetricDataQueries = [
		1,
		n0,
		_BGMDQa,
		0,
		() => BatchGetMetricDataQuery$
	];
	var BlacklistEntries = [
		1,
		n0,
		_BEl,
		0,
		() => BlacklistEntry$
	];
	var BulkEmailEntryList = [
		1,
		n0,
		_BEEL,
		0,
		() => BulkEmailEntry$
	];
	var BulkEmailEntryResultList = [
		1,
		n0,
		_BEERL,
		0,
		() => BulkEmailEntryResult$
	];
	var CloudWatchDimensionConfigurations = [
		1,
		n0,
		_CWDCl,
		0,
		() => CloudWatchDimensionConfiguration$
	];
	var CustomVerificationEmailTemplatesList = [
		1,
		n0,
		_CVETL,
		0,
		() => CustomVerificationEmailTemplateMetadata$
	];
	var DailyVolumes = [
		1,
		n0,
		_DVa,
		0,
		() => DailyVolume$
	];
	var DedicatedIpList = [
		1,
		n0,
		_DIL,
		0,
		() => DedicatedIp$
	];
	var DeliverabilityTestReports = [
		1,
		n0,
		_DTReli,
		0,
		() => DeliverabilityTestReport$
	];
	var DomainDeliverabilityCampaignList = [
		1,
		n0,
		_DDCL,
		0,
		() => DomainDeliverabilityCampaign$
	];
	var DomainDeliverabilityTrackingOptions = [
		1,
		n0,
		_DDTOo,
		0,
		() => DomainDeliverabilityTrackingOption$
	];
	var DomainIspPlacements = [
		1,
		n0,
		_DIP,
		0,
		() => DomainIspPlacement$
	];
	var EmailAddressFilterList = [
		1,
		n0,
		_EAFL,
		0,
		[() => InsightsEmailAddress, 0]
	];
	var EmailInsightsList = [
		1,
		n0,
		_EIL,
		0,
		[() => EmailInsights$, 0]
	];
	var EmailSubjectFilterList = [
		1,
		n0,
		_ESFL,
		0,
		[() => EmailSubject, 0]
	];
	var EmailTemplateMetadataList = [
		1,
		n0,
		_ETML,
		0,
		() => EmailTemplateMetadata$
	];
	var EventDestinations = [
		1,
		n0,
		_EDven,
		0,
		() => EventDestination$
	];
	var ExportJobSummaryList = [
		1,
		n0,
		_EJSL,
		0,
		() => ExportJobSummary$
	];
	var ExportMetrics = [
		1,
		n0,
		_EMxp,
		0,
		() => ExportMetric$
	];
	var IdentityCertificateList = [
		1,
		n0,
		_ICL,
		0,
		() => IdentityCertificate$
	];
	var IdentityInfoList = [
		1,
		n0,
		_IIL,
		0,
		() => IdentityInfo$
	];
	var ImportJobSummaryList = [
		1,
		n0,
		_IJSL,
		0,
		() => ImportJobSummary$
	];
	var InsightsEvents = [
		1,
		n0,
		_IEn,
		0,
		() => InsightsEvent$
	];
	var IspPlacements = [
		1,
		n0,
		_IPs,
		0,
		() => IspPlacement$
	];
	var ListOfContactLists = [
		1,
		n0,
		_LOCL,
		0,
		() => ContactList$
	];
	var ListOfContacts = [
		1,
		n0,
		_LOC,
		0,
		() => Contact$
	];
	var MessageHeaderList = [
		1,
		n0,
		_MHL,
		0,
		() => MessageHeader$
	];
	var MessageTagList = [
		1,
		n0,
		_MTL,
		0,
		() => MessageTag$
	];
	var MetricDataErrorList = [
		1,
		n0,
		_MDEL,
		0,
		() => MetricDataError$
	];
	var MetricDataResultList = [
		1,
		n0,
		_MDRL,
		0,
		() => MetricDataResult$
	];
	var MultiRegionEndpoints = [
		1,
		n0,
		_MRE,
		0,
		() => MultiRegionEndpoint$
	];
	var RecommendationsList = [
		1,
		n0,
		_RL,
		0,
		() => Recommendation$
	];
	var ReputationEntitiesList = [
		1,
		n0,
		_REL,
		0,
		() => ReputationEntity$
	];
	var ResourceTenantMetadataList = [
		1,
		n0,
		_RTML,
		0,
		() => ResourceTenantMetadata$
	];
	var Routes = [
		1,
		n0,
		_Ro,
		0,
		() => Route$
	];
	var RoutesDetails = [
		1,
		n0,
		_RDo,
		0,
		() => RouteDetails$
	];
	var SuppressedDestinationSummaries = [
		1,
		n0,
		_SDS,
		0,
		() => SuppressedDestinationSummary$
	];
	var TagList = [
		1,
		n0,
		_TL,
		0,
		() => Tag$
	];
	var TenantInfoList = [
		1,
		n0,
		_TIL,
		0,
		() => TenantInfo$
	];
	var TenantResourceList = [
		1,
		n0,
		_TRL,
		0,
		() => TenantResource$
	];
	var TopicPreferenceList = [
		1,
		n0,
		_TPL,
		0,
		() => TopicPreference$
	];
	var Topics = [
		1,
		n0,
		_To,
		0,
		() => Topic$
	];
	var BlacklistReport = [
		2,
		n0,
		_BR,
		0,
		0,
		() => BlacklistEntries
	];
	var SigningScheme$ = [
		4,
		n0,
		_SSi,
		0,
		[_DSe, _SSm],
		[() => DefaultSigningScheme$, () => SmimeSigningScheme$]
	];
	var AssociateEmailIdentityCertificate$ = [
		9,
		n0,
		_AEIC,
		{ [_h]: [
			"POST",
			"/v2/email/identity/certificates",
			200
		] },
		() => AssociateEmailIdentityCertificateRequest$,
		() => AssociateEmailIdentityCertificateResponse$
	];
	var BatchGetMetricData$ = [
		9,
		n0,
		_BGMD,
		{ [_h]: [
			"POST",
			"/v2/email/metrics/batch",
			200
		] },
		() => BatchGetMetricDataRequest$,
		() => BatchGetMetricDataResponse$
	];
	var CancelExportJob$ = [
		9,
		n0,
		_CEJ,
		{ [_h]: [
			"PUT",
			"/v2/email/export-jobs/{JobId}/cancel",
			200
		] },
		() => CancelExportJobRequest$,
		() => CancelExportJobResponse$
	];
	var CreateConfigurationSet$ = [
		9,
		n0,
		_CCS,
		{ [_h]: [
			"POST",
			"/v2/email/configuration-sets",
			200
		] },
		() => CreateConfigurationSetRequest$,
		() => CreateConfigurationSetResponse$
	];
	var CreateConfigurationSetEventDestination$ = [
		9,
		n0,
		_CCSED,
		{ [_h]: [
			"POST",
			"/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations",
			200
		] },
		() => CreateConfigurationSetEventDestinationRequest$,
		() => CreateConfigurationSetEventDestinationResponse$
	];
	var CreateContact$ = [
		9,
		n0,
		_CC,
		{ [_h]: [
			"POST",
			"/v2/email/contact-lists/{ContactListName}/contacts",
			200
		] },
		() => CreateContactRequest$,
		() => CreateContactResponse$
	];
	var CreateContactList$ = [
		9,
		n0,
		_CCL,
		{ [_h]: [
			"POST",
			"/v2/email/contact-lists",
			200
		] },
		() => CreateContactListRequest$,
		() => CreateContactListResponse$
	];
	var CreateCustomVerificationEmailTemplate$ = [
		9,
		n0,
		_CCVET,
		{ [_h]: [
			"POST",
			"/v2/email/custom-verification-email-templates",
			200
		] },
		() => CreateCustomVerificationEmailTemplateRequest$,
		() => CreateCustomVerificationEmailTemplateResponse$
	];
	var CreateDedicatedIpPool$ = [
		9,
		n0,
		_CDIP,
		{ [_h]: [
			"POST",
			"/v2/email/dedicated-ip-pools",
			200
		] },
		() => CreateDedicatedIpPoolRequest$,
		() => CreateDedicatedIpPoolResponse$
	];
	var CreateDeliverabilityTestReport$ = [
		9,
		n0,
		_CDTR,
		{ [_h]: [
			"POST",
			"/v2/email/deliverability-dashboard/test",
			200
		] },
		() => CreateDeliverabilityTestReportRequest$,
		() => CreateDeliverabilityTestReportResponse$
	];
	var CreateEmailIdentity$ = [
		9,
		n0,
		_CEI,
		{ [_h]: [
			"POST",
			"/v2/email/identities",
			200
		] },
		() => CreateEmailIdentityRequest$,
		() => CreateEmailIdentityResponse$
	];
	var CreateEmailIdentityPolicy$ = [
		9,
		n0,
		_CEIP,
		{ [_h]: [
			"POST",
			"/v2/email/identities/{EmailIdentity}/policies/{PolicyName}",
			200
		] },
		() => CreateEmailIdentityPolicyRequest$,
		() => CreateEmailIdentityPolicyResponse$
	];
	var CreateEmailTemplate$ = [
		9,
		n0,
		_CETr,
		{ [_h]: [
			"POST",
			"/v2/email/templates",
			200
		] },
		() => CreateEmailTemplateRequest$,
		() => CreateEmailTemplateResponse$
	];
	var CreateExportJob$ = [
		9,
		n0,
		_CEJr,
		{ [_h]: [
			"POST",
			"/v2/email/export-jobs",
			200
		] },
		() => CreateExportJobRequest$,
		() => CreateExportJobResponse$
	];
	var CreateImportJob$ = [
		9,
		n0,
		_CIJ,
		{ [_h]: [
			"POST",
			"/v2/email/import-jobs",
			200
		] },
		() => CreateImportJobRequest$,
		() => CreateImportJobResponse$
	];
	var CreateMultiRegionEndpoint$ = [
		9,
		n0,
		_CMRE,
		{ [_h]: [
			"POST",
			"/v2/email/multi-region-endpoints",
			200
		] },
		() => CreateMultiRegionEndpointRequest$,
		() => CreateMultiRegionEndpointResponse$
	];
	var CreateTenant$ = [
		9,
		n0,
		_CTre,
		{ [_h]: [
			"POST",
			"/v2/email/tenants",
			200
		] },
		() => CreateTenantRequest$,
		() => CreateTenantResponse$
	];
	var CreateTenantResourceAssociation$ = [
		9,
		n0,
		_CTRA,
		{ [_h]: [
			"POST",
			"/v2/email/tenants/resources",
			200
		] },
		() => CreateTenantResourceAssociationRequest$,
		() => CreateTenantResourceAssociationResponse$
	];
	var DeleteConfigurationSet$ = [
		9,
		n0,
		_DCS,
		{ [_h]: [
			"DELETE",
			"/v2/email/configuration-sets/{ConfigurationSetName}",
			200
		] },
		() => DeleteConfigurationSetRequest$,
		() => DeleteConfigurationSetResponse$
	];
	var DeleteConfigurationSetEventDestination$ = [
		9,
		n0,
		_DCSED,
		{ [_h]: [
			"DELETE",
			"/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations/{EventDestinationName}",
			200
		] },
		() => DeleteConfigurationSetEventDestinationRequest$,
		() => DeleteConfigurationSetEventDestinationResponse$
	];
	var DeleteContact$ = [
		9,
		n0,
		_DCel,
		{ [_h]: [
			"DELETE",
			"/v2/email/contact-lists/{ContactListName}/contacts/{EmailAddress}",
			200
		] },
		() => DeleteContactRequest$,
		() => DeleteContactResponse$
	];
	var DeleteContactList$ = [
		9,
		n0,
		_DCL,
		{ [_h]: [
			"DELETE",
			"/v2/email/contact-lists/{ContactListName}",
			200
		] },
		() => DeleteContactListRequest$,
		() => DeleteContactListResponse$
	];
	var DeleteCustomVerificationEmailTemplate$ = [
		9,
		n0,
		_DCVET,
		{ [_h]: [
			"DELETE",
			"/v2/email/custom-verification-email-templates/{TemplateName}",
			200
		] },
		() => DeleteCustomVerificationEmailTemplateRequest$,
		() => DeleteCustomVerificationEmailTemplateResponse$
	];
	var DeleteDedicatedIpPool$ = [
		9,
		n0,
		_DDIP,
		{ [_h]: [
			"DELETE",
			"/v2/email/dedicated-ip-pools/{PoolName}",
			200
		] },
		() => DeleteDedicatedIpPoolRequest$,
		() => DeleteDedicatedIpPoolResponse$
	];
	var DeleteEmailIdentity$ = [
		9,
		n0,
		_DEI,
		{ [_h]: [
			"DELETE",
			"/v2/email/identities/{EmailIdentity}",
			200
		] },
		() => DeleteEmailIdentityRequest$,
		() => DeleteEmailIdentityResponse$
	];
	var DeleteEmailIdentityPolicy$ = [
		9,
		n0,
		_DEIP,
		{ [_h]: [
			"DELETE",
			"/v2/email/identities/{EmailIdentity}/policies/{PolicyName}",
			200
		] },
		() => DeleteEmailIdentityPolicyRequest$,
		() => DeleteEmailIdentityPolicyResponse$
	];
	var DeleteEmailTemplate$ = [
		9,
		n0,
		_DETe,
		{ [_h]: [
			"DELETE",
			"/v2/email/templates/{TemplateName}",
			200
		] },
		() => DeleteEmailTemplateRequest$,
		() => DeleteEmailTemplateResponse$
	];
	var DeleteMultiRegionEndpoint$ = [
		9,
		n0,
		_DMRE,
		{ [_h]: [
			"DELETE",
			"/v2/email/multi-region-endpoints/{EndpointName}",
			200
		] },
		() => DeleteMultiRegionEndpointRequest$,
		() => DeleteMultiRegionEndpointResponse$
	];
	var DeleteSuppressedDestination$ = [
		9,
		n0,
		_DSD,
		{ [_h]: [
			"DELETE",
			"/v2/email/suppression/addresses/{EmailAddress}",
			200
		] },
		() => DeleteSuppressedDestinationRequest$,
		() => DeleteSuppressedDestinationResponse$
	];
	var DeleteTenant$ = [
		9,
		n0,
		_DTe,
		{ [_h]: [
			"POST",
			"/v2/email/tenants/delete",
			200
		] },
		() => DeleteTenantRequest$,
		() => DeleteTenantResponse$
	];
	var DeleteTenantResourceAssociation$ = [
		9,
		n0,
		_DTRA,
		{ [_h]: [
			"POST",
			"/v2/email/tenants/resources/delete",
			200
		] },
		() => DeleteTenantResourceAssociationRequest$,
		() => DeleteTenantResourceAssociationResponse$
	];
	var DisassociateEmailIdentityCertificate$ = [
		9,
		n0,
		_DEIC,
		{ [_h]: [
			"POST",
			"/v2/email/identity/certificates/delete",
			200
		] },
		() => DisassociateEmailIdentityCertificateRequest$,
		() => DisassociateEmailIdentityCertificateResponse$
	];
	var GetAccount$ = [
		9,
		n0,
		_GAe,
		{ [_h]: [
			"GET",
			"/v2/email/account",
			200
		] },
		() => GetAccountRequest$,
		() => GetAccountResponse$
	];
	var GetBlacklistReports$ = [
		9,
		n0,
		_GBR,
		{ [_h]: [
			"GET",
			"/v2/email/deliverability-dashboard/blacklist-report",
			200
		] },
		() => GetBlacklistReportsRequest$,
		() => GetBlacklistReportsResponse$
	];
	var GetConfigurationSet$ = [
		9,
		n0,
		_GCS,
		{ [_h]: [
			"GET",
			"/v2/email/configuration-sets/{ConfigurationSetName}",
			200
		] },
		() => GetConfigurationSetRequest$,
		() => GetConfigurationSetResponse$
	];
	var GetConfigurationSetEventDestinations$ = [
		9,
		n0,
		_GCSED,
		{ [_h]: [
			"GET",
			"/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations",
			200
		] },
		() => GetConfigurationSetEventDestinationsRequest$,
		() => GetConfigurationSetEventDestinationsResponse$
	];
	var GetContact$ = [
		9,
		n0,
		_GC,
		{ [_h]: [
			"GET",
			"/v2/email/contact-lists/{ContactListName}/contacts/{EmailAddress}",
			200
		] },
		() => GetContactRequest$,
		() => GetContactResponse$
	];
	var GetContactList$ = [
		9,
		n0,
		_GCL,
		{ [_h]: [
			"GET",
			"/v2/email/contact-lists/{ContactListName}",
			200
		] },
		() => GetContactListRequest$,
		() => GetContactListResponse$
	];
	var GetCustomVerificationEmailTemplate$ = [
		9,
		n0,
		_GCVET,
		{ [_h]: [
			"GET",
			"/v2/email/custom-verification-email-templates/{TemplateName}",
			200
		] },
		() => GetCustomVerificationEmailTemplateRequest$,
		() => GetCustomVerificationEmailTemplateResponse$
	];
	var GetDedicatedIp$ = [
		9,
		n0,
		_GDI,
		{ [_h]: [
			"GET",
			"/v2/email/dedicated-ips/{Ip}",
			200
		] },
		() => GetDedicatedIpRequest$,
		() => GetDedicatedIpResponse$
	];
	var GetDedicatedIpPool$ = [
		9,
		n0,
		_GDIP,
		{ [_h]: [
			"GET",
			"/v2/email/dedicated-ip-pools/{PoolName}",
			200
		] },
		() => GetDedicatedIpPoolRequest$,
		() => GetDedicatedIpPoolResponse$
	];
	var GetDedicatedIps$ = [
		9,
		n0,
		_GDIe,
		{ [_h]: [
			"GET",
			"/v2/email/dedicated-ips",
			200
		] },
		() => GetDedicatedIpsRequest$,
		() => GetDedicatedIpsResponse$
	];
	var GetDeliverabilityDashboardOptions$ = [
		9,
		n0,
		_GDDO,
		{ [_h]: [
			"GET",
			"/v2/email/deliverability-dashboard",
			200
		] },
		() => GetDeliverabilityDashboardOptionsRequest$,
		() => GetDeliverabilityDashboardOptionsResponse$
	];
	var GetDeliverabilityTestReport$ = [
		9,
		n0,
		_GDTR,
		{ [_h]: [
			"GET",
			"/v2/email/deliverability-dashboard/test-reports/{ReportId}",
			200
		] },
		() => GetDeliverabilityTestReportRequest$,
		() => GetDeliverabilityTestReportResponse$
	];
	var GetDomainDeliverabilityCampaign$ = [
		9,
		n0,
		_GDDC,
		{ [_h]: [
			"GET",
			"/v2/email/deliverability-dashboard/campaigns/{CampaignId}",
			200
		] },
		() => GetDomainDeliverabilityCampaignRequest$,
		() => GetDomainDeliverabilityCampaignResponse$
	];
	var GetDomainStatisticsReport$ = [
		9,
		n0,
		_GDSR,
		{ [_h]: [
			"GET",
			"/v2/email/deliverability-dashboard/statistics-report/{Domain}",
			200
		] },
		() => GetDomainStatisticsReportRequest$,
		() => GetDomainStatisticsReportResponse$
	];
	var GetEmailAddressInsights$ = [
		9,
		n0,
		_GEAI,
		{ [_h]: [
			"POST",
			"/v2/email/email-address-insights",
			200
		] },
		() => GetEmailAddressInsightsRequest$,
		() => GetEmailAddressInsightsResponse$
	];
	var GetEmailIdentity$ = [
		9,
		n0,
		_GEI,
		{ [_h]: [
			"GET",
			"/v2/email/identities/{EmailIdentity}",
			200
		] },
		() => GetEmailIdentityRequest$,
		() => GetEmailIdentityResponse$
	];
	var GetEmailIdentityPolicies$ = [
		9,
		n0,
		_GEIP,
		{ [_h]: [
			"GET",
			"/v2/email/identities/{EmailIdentity}/policies",
			200
		] },
		() => GetEmailIdentityPoliciesRequest$,
		() => GetEmailIdentityPoliciesResponse$
	];
	var GetEmailTemplate$ = [
		9,
		n0,
		_GET,
		{ [_h]: [
			"GET",
			"/v2/email/templates/{TemplateName}",
			200
		] },
		() => GetEmailTemplateRequest$,
		() => GetEmailTemplateResponse$
	];
	var GetExportJob$ = [
		9,
		n0,
		_GEJ,
		{ [_h]: [
			"GET",
			"/v2/email/export-jobs/{JobId}",
			200
		] },
		() => GetExportJobRequest$,
		() => GetExportJobResponse$
	];
	var GetImportJob$ = [
		9,
		n0,
		_GIJ,
		{ [_h]: [
			"GET",
			"/v2/email/import-jobs/{JobId}",
			200
		] },
		() => GetImportJobRequest$,
		() => GetImportJobResponse$
	];
	var GetMessageInsights$ = [
		9,
		n0,
		_GMI,
		{ [_h]: [
			"GET",
			"/v2/email/insights/{MessageId}",
			200
		] },
		() => GetMessageInsightsRequest$,
		() => GetMessageInsightsResponse$
	];
	var GetMultiRegionEndpoint$ = [
		9,
		n0,
		_GMRE,
		{ [_h]: [
			"GET",
			"/v2/email/multi-region-endpoints/{EndpointName}",
			200
		] },
		() => GetMultiRegionEndpointRequest$,
		() => GetMultiRegionEndpointResponse$
	];
	var GetReputationEntity$ = [
		9,
		n0,
		_GRE,
		{ [_h]: [
			"GET",
			"/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}",
			200
		] },
		() => GetReputationEntityRequest$,
		() => GetReputationEntityResponse$
	];
	var GetSuppressedDestination$ = [
		9,
		n0,
		_GSD,
		{ [_h]: [
			"GET",
			"/v2/email/suppression/addresses/{EmailAddress}",
			200
		] },
		() => GetSuppressedDestinationRequest$,
		() => GetSuppressedDestinationResponse$
	];
	var GetTenant$ = [
		9,
		n0,
		_GT,
		{ [_h]: [
			"POST",
			"/v2/email/tenants/get",
			200
		] },
		() => GetTenantRequest$,
		() => GetTenantResponse$
	];
	var ListConfigurationSets$ = [
		9,
		n0,
		_LCS,
		{ [_h]: [
			"POST",
			"/v2/email/list-configuration-sets",
			200
		] },
		() => ListConfigurationSetsRequest$,
		() => ListConfigurationSetsResponse$
	];
	var ListContactLists$ = [
		9,
		n0,
		_LCL,
		{ [_h]: [
			"GET",
			"/v2/email/contact-lists",
			200
		] },
		() => ListContactListsRequest$,
		() => ListContactListsResponse$
	];
	var ListContacts$ = [
		9,
		n0,
		_LC,
		{ [_h]: [
			"POST",
			"/v2/email/contact-lists/{ContactListName}/contacts/list",
			200
		] },
		() => ListContactsRequest$,
		() => ListContactsResponse$
	];
	var ListCustomVerificationEmailTemplates$ = [
		9,
		n0,
		_LCVET,
		{ [_h]: [
			"GET",
			"/v2/email/custom-verification-email-templates",
			200
		] },
		() => ListCustomVerificationEmailTemplatesRequest$,
		() => ListCustomVerificationEmailTemplatesResponse$
	];
	var ListDedicatedIpPools$ = [
		9,
		n0,
		_LDIP,
		{ [_h]: [
			"GET",
			"/v2/email/dedicated-ip-pools",
			200
		] },
		() => ListDedicatedIpPoolsRequest$,
		() => ListDedicatedIpPoolsResponse$
	];
	var ListDeliverabilityTestReports$ = [
		9,
		n0,
		_LDTR,
		{ [_h]: [
			"GET",
			"/v2/email/deliverability-dashboard/test-reports",
			200
		] },
		() => ListDeliverabilityTestReportsRequest$,
		() => ListDeliverabilityTestReportsResponse$
	];
	var ListDomainDeliverabilityCampaigns$ = [
		9,
		n0,
		_LDDC,
		{ [_h]: [
			"GET",
			"/v2/email/deliverability-dashboard/domains/{SubscribedDomain}/campaigns",
			200
		] },
		() => ListDomainDeliverabilityCampaignsRequest$,
		() => ListDomainDeliverabilityCampaignsResponse$
	];
	var ListEmailIdentities$ = [
		9,
		n0,
		_LEI,
		{ [_h]: [
			"POST",
			"/v2/email/list-identities",
			200
		] },
		() => ListEmailIdentitiesRequest$,
		() => ListEmailIdentitiesResponse$
	];
	var ListEmailIdentityCertificates$ = [
		9,
		n0,
		_LEIC,
		{ [_h]: [
			"POST",
			"/v2/email/identity/certificates/list",
			200
		] },
		() => ListEmailIdentityCertificatesRequest$,
		() => ListEmailIdentityCertificatesResponse$
	];
	var ListEmailTemplates$ = [
		9,
		n0,
		_LET,
		{ [_h]: [
			"GET",
			"/v2/email/templates",
			200
		] },
		() => ListEmailTemplatesRequest$,
		() => ListEmailTemplatesResponse$
	];
	var ListExportJobs$ = [
		9,
		n0,
		_LEJ,
		{ [_h]: [
			"POST",
			"/v2/email/list-export-jobs",
			200
		] },
		() => ListExportJobsRequest$,
		() => ListExportJobsResponse$
	];
	var ListImportJobs$ = [
		9,
		n0,
		_LIJ,
		{ [_h]: [
			"POST",
			"/v2/email/import-jobs/list",
			200
		] },
		() => ListImportJobsRequest$,
		() => ListImportJobsResponse$
	];
	var ListMultiRegionEndpoints$ = [
		9,
		n0,
		_LMRE,
		{ [_h]: [
			"GET",
			"/v2/email/multi-region-endpoints",
			200
		] },
		() => ListMultiRegionEndpointsRequest$,
		() => ListMultiRegionEndpointsResponse$
	];
	var ListRecommendations$ = [
		9,
		n0,
		_LR,
		{ [_h]: [
			"POST",
			"/v2/email/vdm/recommendations",
			200
		] },
		() => ListRecommendationsRequest$,
		() => ListRecommendationsResponse$
	];
	var ListReputationEntities$ = [
		9,
		n0,
		_LRE,
		{ [_h]: [
			"POST",
			"/v2/email/reputation/entities",
			200
		] },
		() => ListReputationEntitiesRequest$,
		() => ListReputationEntitiesResponse$
	];
	var ListResourceTenants$ = [
		9,
		n0,
		_LRT,
		{ [_h]: [
			"POST",
			"/v2/email/resources/tenants/list",
			200
		] },
		() => ListResourceTenantsRequest$,
		() => ListResourceTenantsResponse$
	];
	var ListSuppressedDestinations$ = [
		9,
		n0,
		_LSD,
		{ [_h]: [
			"GET",
			"/v2/email/suppression/addresses",
			200
		] },
		() => ListSuppressedDestinationsRequest$,
		() => ListSuppressedDestinationsResponse$
	];
	var ListTagsForResource$ = [
		9,
		n0,
		_LTFR,
		{ [_h]: [
			"GET",
			"/v2/email/tags",
			200
		] },
		() => ListTagsForResourceRequest$,
		() => ListTagsForResourceResponse$
	];
	var ListTenantResources$ = [
		9,
		n0,
		_LTRis,
		{ [_h]: [
			"POST",
			"/v2/email/tenants/resources/list",
			200
		] },
		() => ListTenantResourcesRequest$,
		() => ListTenantResourcesResponse$
	];
	var ListTenants$ = [
		9,
		n0,
		_LTi,
		{ [_h]: [
			"POST",
			"/v2/email/tenants/list",
			200
		] },
		() => ListTenantsRequest$,
		() => ListTenantsResponse$
	];
	var PutAccountDedicatedIpWarmupAttributes$ = [
		9,
		n0,
		_PADIWA,
		{ [_h]: [
			"PUT",
			"/v2/email/account/dedicated-ips/warmup",
			200
		] },
		() => PutAccountDedicatedIpWarmupAttributesRequest$,
		() => PutAccountDedicatedIpWarmupAttributesResponse$
	];
	var PutAccountDeliveryAttributes$ = [
		9,
		n0,
		_PADA,
		{ [_h]: [
			"POST",
			"/v2/email/account/delivery",
			200
		] },
		() => PutAccountDeliveryAttributesRequest$,
		() => PutAccountDeliveryAttributesResponse$
	];
	var PutAccountDetails$ = [
		9,
		n0,
		_PAD,
		{ [_h]: [
			"POST",
			"/v2/email/account/details",
			200
		] },
		() => PutAccountDetailsRequest$,
		() => PutAccountDetailsResponse$
	];
	var PutAccountPricingAttributes$ = [
		9,
		n0,
		_PAPA,
		{ [_h]: [
			"PUT",
			"/v2/email/account/pricing-attributes",
			200
		] },
		() => PutAccountPricingAttributesRequest$,
		() => PutAccountPricingAttributesResponse$
	];
	var PutAccountSendingAttributes$ = [
		9,
		n0,
		_PASA,
		{ [_h]: [
			"PUT",
			"/v2/email/account/sending",
			200
		] },
		() => PutAccountSendingAttributesRequest$,
		() => PutAccountSendingAttributesResponse$
	];
	var PutAccountSuppressionAttributes$ = [
		9,
		n0,
		_PASAu,
		{ [_h]: [
			"PUT",
			"/v2/email/account/suppression",
			200
		] },
		() => PutAccountSuppressionAttributesRequest$,
		() => PutAccountSuppressionAttributesResponse$
	];
	var PutAccountVdmAttributes$ = [
		9,
		n0,
		_PAVA,
		{ [_h]: [
			"PUT",
			"/v2/email/account/vdm",
			200
		] },
		() => PutAccountVdmAttributesRequest$,
		() => PutAccountVdmAttributesResponse$
	];
	var PutConfigurationSetArchivingOptions$ = [
		9,
		n0,
		_PCSAO,
		{ [_h]: [
			"PUT",
			"/v2/email/configuration-sets/{ConfigurationSetName}/archiving-options",
			200
		] },
		() => PutConfigurationSetArchivingOptionsRequest$,
		() => PutConfigurationSetArchivingOptionsResponse$
	];
	var PutConfigurationSetDeliveryOptions$ = [
		9,
		n0,
		_PCSDO,
		{ [_h]: [
			"PUT",
			"/v2/email/configuration-sets/{ConfigurationSetName}/delivery-options",
			200
		] },
		() => PutConfigurationSetDeliveryOptionsRequest$,
		() => PutConfigurationSetDeliveryOptionsResponse$
	];
	var PutConfigurationSetReputationOptions$ = [
		9,
		n0,
		_PCSRO,
		{ [_h]: [
			"PUT",
			"/v2/email/configuration-sets/{ConfigurationSetName}/reputation-options",
			200
		] },
		() => PutConfigurationSetReputationOptionsRequest$,
		() => PutConfigurationSetReputationOptionsResponse$
	];
	var PutConfigurationSetSendingOptions$ = [
		9,
		n0,
		_PCSSO,
		{ [_h]: [
			"PUT",
			"/v2/email/configuration-sets/{ConfigurationSetName}/sending",
			200
		] },
		() => PutConfigurationSetSendingOptionsRequest$,
		() => PutConfigurationSetSendingOptionsResponse$
	];
	var PutConfigurationSetSuppressionOptions$ = [
		9,
		n0,
		_PCSSOu,
		{ [_h]: [
			"PUT",
			"/v2/email/configuration-sets/{ConfigurationSetName}/suppression-options",
			200
		] },
		() => PutConfigurationSetSuppressionOptionsRequest$,
		() => PutConfigurationSetSuppressionOptionsResponse$
	];
	var PutConfigurationSetTrackingOptions$ = [
		9,
		n0,
		_PCSTO,
		{ [_h]: [
			"PUT",
			"/v2/email/configuration-sets/{ConfigurationSetName}/tracking-options",
			200
		] },
		() => PutConfigurationSetTrackingOptionsRequest$,
		() => PutConfigurationSetTrackingOptionsResponse$
	];
	var PutConfigurationSetVdmOptions$ = [
		9,
		n0,
		_PCSVO,
		{ [_h]: [
			"PUT",
			"/v2/email/configuration-sets/{ConfigurationSetName}/vdm-options",
			200
		] },
		() => PutConfigurationSetVdmOptionsRequest$,
		() => PutConfigurationSetVdmOptionsResponse$
	];
	var PutDedicatedIpInPool$ = [
		9,
		n0,
		_PDIIP,
		{ [_h]: [
			"PUT",
			"/v2/email/dedicated-ips/{Ip}/pool",
			200
		] },
		() => PutDedicatedIpInPoolRequest$,
		() => PutDedicatedIpInPoolResponse$
	];
	var PutDedicatedIpPoolScalingAttributes$ = [
		9,
		n0,
		_PDIPSA,
		{ [_h]: [
			"PUT",
			"/v2/email/dedicated-ip-pools/{PoolName}/scaling",
			200
		] },
		() => PutDedicatedIpPoolScalingAttributesRequest$,
		() => PutDedicatedIpPoolScalingAttributesResponse$
	];
	var PutDedicatedIpWarmupAttributes$ = [
		9,
		n0,
		_PDIWA,
		{ [_h]: [
			"PUT",
			"/v2/email/dedicated-ips/{Ip}/warmup",
			200
		] },
		() => PutDedicatedIpWarmupAttributesRequest$,
		() => PutDedicatedIpWarmupAttributesResponse$
	];
	var PutDeliverabilityDashboardOption$ = [
		9,
		n0,
		_PDDO,
		{ [_h]: [
			"PUT",
			"/v2/email/deliverability-dashboard",
			200
		] },
		() => PutDeliverabilityDashboardOptionRequest$,
		() => PutDeliverabilityDashboardOptionResponse$
	];
	var PutEmailIdentityConfigurationSetAttributes$ = [
		9,
		n0,
		_PEICSA,
		{ [_h]: [
			"PUT",
			"/v2/email/identities/{EmailIdentity}/configuration-set",
			200
		] },
		() => PutEmailIdentityConfigurationSetAttributesRequest$,
		() => PutEmailIdentityConfigurationSetAttributesResponse$
	];
	var PutEmailIdentityDkimAttributes$ = [
		9,
		n0,
		_PEIDA,
		{ [_h]: [
			"PUT",
			"/v2/email/identities/{EmailIdentity}/dkim",
			200
		] },
		() => PutEmailIdentityDkimAttributesRequest$,
		() => PutEmailIdentityDkimAttributesResponse$
	];
	var PutEmailIdentityDkimSigningAttributes$ = [
		9,
		n0,
		_PEIDSA,
		{ [_h]: [
			"PUT",
			"/v2/email/identities/{EmailIdentity}/dkim/signing",
			200
		] },
		() => PutEmailIdentityDkimSigningAttributesRequest$,
		() => PutEmailIdentityDkimSigningAttributesResponse$
	];
	var PutEmailIdentityFeedbackAttributes$ = [
		9,
		n0,
		_PEIFA,
		{ [_h]: [
			"PUT",
			"/v2/email/identities/{EmailIdentity}/feedback",
			200
		] },
		() => PutEmailIdentityFeedbackAttributesRequest$,
		() => PutEmailIdentityFeedbackAttributesResponse$
	];
	var PutEmailIdentityMailFromAttributes$ = [
		9,
		n0,
		_PEIMFA,
		{ [_h]: [
			"PUT",
			"/v2/email/identities/{EmailIdentity}/mail-from",
			200
		] },
		() => PutEmailIdentityMailFromAttributesRequest$,
		() => PutEmailIdentityMailFromAttributesResponse$
	];
	var PutSuppressedDestination$ = [
		9,
		n0,
		_PSD,
		{ [_h]: [
			"PUT",
			"/v2/email/suppression/addresses",
			200
		] },
		() => PutSuppressedDestinationRequest$,
		() => PutSuppressedDestinationResponse$
	];
	var PutTenantSuppressionAttributes$ = [
		9,
		n0,
		_PTSA,
		{ [_h]: [
			"POST",
			"/v2/email/tenant/suppression",
			200
		] },
		() => PutTenantSuppressionAttributesRequest$,
		() => PutTenantSuppressionAttributesResponse$
	];
	var SendBulkEmail$ = [
		9,
		n0,
		_SBE,
		{ [_h]: [
			"POST",
			"/v2/email/outbound-bulk-emails",
			200
		] },
		() => SendBulkEmailRequest$,
		() => SendBulkEmailResponse$
	];
	var SendCustomVerificationEmail$ = [
		9,
		n0,
		_SCVE,
		{ [_h]: [
			"POST",
			"/v2/email/outbound-custom-verification-emails",
			200
		] },
		() => SendCustomVerificationEmailRequest$,
		() => SendCustomVerificationEmailResponse$
	];
	var SendEmail$ = [
		9,
		n0,
		_SEen,
		{ [_h]: [
			"POST",
			"/v2/email/outbound-emails",
			200
		] },
		() => SendEmailRequest$,
		() => SendEmailResponse$
	];
	var TagResource$ = [
		9,
		n0,
		_TRa,
		{ [_h]: [
			"POST",
			"/v2/email/tags",
			200
		] },
		() => TagResourceRequest$,
		() => TagResourceResponse$
	];
	var TestRenderEmailTemplate$ = [
		9,
		n0,
		_TRET,
		{ [_h]: [
			"POST",
			"/v2/email/templates/{TemplateName}/render",
			200
		] },
		() => TestRenderEmailTemplateRequest$,
		() => TestRenderEmailTemplateResponse$
	];
	var UntagResource$ = [
		9,
		n0,
		_UR,
		{ [_h]: [
			"DELETE",
			"/v2/email/tags",
			200
		] },
		() => UntagResourceRequest$,
		() => UntagResourceResponse$
	];
	var UpdateConfigurationSet$ = [
		9,
		n0,
		_UCS,
		{ [_h]: [
			"POST",
			"/v2/email/update-configuration-sets",
			200
		] },
		() => UpdateConfigurationSetRequest$,
		() => UpdateConfigurationSetResponse$
	];
	var UpdateConfigurationSetEventDestination$ = [
		9,
		n0,
		_UCSED,
		{ [_h]: [
			"PUT",
			"/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations/{EventDestinationName}",
			200
		] },
		() => UpdateConfigurationSetEventDestinationRequest$,
		() => UpdateConfigurationSetEventDestinationResponse$
	];
	var UpdateContact$ = [
		9,
		n0,
		_UC,
		{ [_h]: [
			"PUT",
			"/v2/email/contact-lists/{ContactListName}/contacts/{EmailAddress}",
			200
		] },
		() => UpdateContactRequest$,
		() => UpdateContactResponse$
	];
	var UpdateContactList$ = [
		9,
		n0,
		_UCL,
		{ [_h]: [
			"PUT",
			"/v2/email/contact-lists/{ContactListName}",
			200
		] },
		() => UpdateContactListRequest$,
		() => UpdateContactListResponse$
	];
	var UpdateCustomVerificationEmailTemplate$ = [
		9,
		n0,
		_UCVET,
		{ [_h]: [
			"PUT",
			"/v2/email/custom-verification-email-templates/{TemplateName}",
			200
		] },
		() => UpdateCustomVerificationEmailTemplateRequest$,
		() => UpdateCustomVerificationEmailTemplateResponse$
	];
	var UpdateEmailIdentityPolicy$ = [
		9,
		n0,
		_UEIP,
		{ [_h]: [
			"PUT",
			"/v2/email/identities/{EmailIdentity}/policies/{PolicyName}",
			200
		] },
		() => UpdateEmailIdentityPolicyRequest$,
		() => UpdateEmailIdentityPolicyResponse$
	];
	var UpdateEmailTemplate$ = [
		9,
		n0,
		_UET,
		{ [_h]: [
			"PUT",
			"/v2/email/templates/{TemplateName}",
			200
		] },
		() => UpdateEmailTemplateRequest$,
		() => UpdateEmailTemplateResponse$
	];
	var UpdateReputationEntityCustomerManagedStatus$ = [
		9,
		n0,
		_URECMS,
		{ [_h]: [
			"PUT",
			"/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}/customer-managed-status",
			200
		] },
		() => UpdateReputationEntityCustomerManagedStatusRequest$,
		() => UpdateReputationEntityCustomerManagedStatusResponse$
	];
	var UpdateReputationEntityPolicy$ = [
		9,
		n0,
		_UREP,
		{ [_h]: [
			"PUT",
			"/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}/policy",
			200
		] },
		() => UpdateReputationEntityPolicyRequest$,
		() => UpdateReputationEntityPolicyResponse$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2019-09-27",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSESv2HttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}, {
				schemeId: "aws.auth#sigv4a",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
				signer: new AwsSdkSigV4ASigner()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsRestJsonProtocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.sesv2",
				errorTypeRegistries,
				version: "2019-09-27",
				serviceTarget: "SimpleEmailService_v2"
			},
			serviceId: config?.serviceId ?? "SESv2",
			sha256: config?.sha256 ?? Sha256,
			signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
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
			defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
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
			sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
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
	var SESv2Client = class extends Client {
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
			const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
			this.config = _config_8;
			this.middlewareStack.use(getSchemaSerdePlugin(this.config));
			this.middlewareStack.use(getUserAgentPlugin(this.config));
			this.middlewareStack.use(getRetryPlugin(this.config));
			this.middlewareStack.use(getContentLengthPlugin(this.config));
			this.middlewareStack.use(getHostHeaderPlugin(this.config));
			this.middlewareStack.use(getLoggerPlugin(this.config));
			this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
			this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
				httpAuthSchemeParametersProvider: defaultSESv2HttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
					"aws.auth#sigv4": config.credentials,
					"aws.auth#sigv4a": config.credentials
				})
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "SimpleEmailService_v2", "SESv2Client", getEndpointPlugin);
	const _ep0 = {};
	const _ep1 = { EndpointId: {
		type: "contextParams",
		name: "EndpointId"
	} };
	const _mw0 = (Command, cs, config, o) => [];
	var AssociateEmailIdentityCertificateCommand = class extends command(_ep0, _mw0, "AssociateEmailIdentityCertificate", AssociateEmailIdentityCertificate$) {};
	var BatchGetMetricDataCommand = class extends command(_ep0, _mw0, "BatchGetMetricData", BatchGetMetricData$) {};
	var CancelExportJobCommand = class extends command(_ep0, _mw0, "CancelExportJob", CancelExportJob$) {};
	var CreateConfigurationSetCommand = class extends command(_ep0, _mw0, "CreateConfigurationSet", CreateConfigurationSet$) {};
	var CreateConfigurationSetEventDestinationCommand = class extends command(_ep0, _mw0, "CreateConfigurationSetEventDestination", CreateConfigurationSetEventDestination$) {};
	var CreateContactCommand = class extends command(_ep0, _mw0, "CreateContact", CreateContact$) {};
	var CreateContactListCommand = class extends command(_ep0, _mw0, "CreateContactList", CreateContactList$) {};
	var CreateCustomVerificationEmailTemplateCommand = class extends command(_ep0, _mw0, "CreateCustomVerificationEmailTemplate", CreateCustomVerificationEmailTemplate$) {};
	var CreateDedicatedIpPoolCommand = class extends command(_ep0, _mw0, "CreateDedicatedIpPool", CreateDedicatedIpPool$) {};
	var CreateDeliverabilityTestReportCommand = class extends command(_ep0, _mw0, "CreateDeliverabilityTestReport", CreateDeliverabilityTestReport$) {};
	var CreateEmailIdentityCommand = class extends command(_ep0, _mw0, "CreateEmailIdentity", CreateEmailIdentity$) {};
	var CreateEmailIdentityPolicyCommand = class extends command(_ep0, _mw0, "CreateEmailIdentityPolicy", CreateEmailIdentityPolicy$) {};
	var CreateEmailTemplateCommand = class extends command(_ep0, _mw0, "CreateEmailTemplate", CreateEmailTemplate$) {};
	var CreateExportJobCommand = class extends command(_ep0, _mw0, "CreateExportJob", CreateExportJob$) {};
	var CreateImportJobCommand = class extends command(_ep0, _mw0, "CreateImportJob", CreateImportJob$) {};
	var CreateMultiRegionEndpointCommand = class extends command(_ep0, _mw0, "CreateMultiRegionEndpoint", CreateMultiRegionEndpoint$) {};
	var CreateTenantCommand = class extends command(_ep0, _mw0, "CreateTenant", CreateTenant$) {};
	var CreateTenantResourceAssociationCommand = class extends command(_ep0, _mw0, "CreateTenantResourceAssociation", CreateTenantResourceAssociation$) {};
	var DeleteConfigurationSetCommand = class extends command(_ep0, _mw0, "DeleteConfigurationSet", DeleteConfigurationSet$) {};
	var DeleteConfigurationSetEventDestinationCommand = class extends command(_ep0, _mw0, "DeleteConfigurationSetEventDestination", DeleteConfigurationSetEventDestination$) {};
	var DeleteContactCommand = class extends command(_ep0, _mw0, "DeleteContact", DeleteContact$) {};
	var DeleteContactListCommand = class extends command(_ep0, _mw0, "DeleteContactList", DeleteContactList$) {};
	var DeleteCustomVerificationEmailTemplateCommand = class extends command(_ep0, _mw0, "DeleteCustomVerificationEmailTemplate", DeleteCustomVerificationEmailTemplate$) {};
	var DeleteDedicatedIpPoolCommand = class extends command(_ep0, _mw0, "DeleteDedicatedIpPool", DeleteDedicatedIpPool$) {};
	var DeleteEmailIdentityCommand = class extends command(_ep0, _mw0, "DeleteEmailIdentity", DeleteEmailIdentity$) {};
	var DeleteEmailIdentityPolicyCommand = class extends command(_ep0, _mw0, "DeleteEmailIdentityPolicy", DeleteEmailIdentityPolicy$) {};
	var DeleteEmailTemplateCommand = class extends command(_ep0, _mw0, "DeleteEmailTemplate", DeleteEmailTemplate$) {};
	var DeleteMultiRegionEndpointCommand = class extends command(_ep0, _mw0, "DeleteMultiRegionEndpoint", DeleteMultiRegionEndpoint$) {};
	var DeleteSuppressedDestinationCommand = class extends command(_ep0, _mw0, "DeleteSuppressedDestination", DeleteSuppressedDestination$) {};
	var DeleteTenantCommand = class extends command(_ep0, _mw0, "DeleteTenant", DeleteTenant$) {};
	var DeleteTenantResourceAssociationCommand = class extends command(_ep0, _mw0, "DeleteTenantResourceAssociation", DeleteTenantResourceAssociation$) {};
	var DisassociateEmailIdentityCertificateCommand = class extends command(_ep0, _mw0, "DisassociateEmailIdentityCertificate", DisassociateEmailIdentityCertificate$) {};
	var GetAccountCommand = class extends command(_ep0, _mw0, "GetAccount", GetAccount$) {};
	var GetBlacklistReportsCommand = class extends command(_ep0, _mw0, "GetBlacklistReports", GetBlacklistReports$) {};
	var GetConfigurationSetCommand = class extends command(_ep0, _mw0, "GetConfigurationSet", GetConfigurationSet$) {};
	var GetConfigurationSetEventDestinationsCommand = class extends command(_ep0, _mw0, "GetConfigurationSetEventDestinations", GetConfigurationSetEventDestinations$) {};
	var GetContactCommand = class extends command(_ep0, _mw0, "GetContact", GetContact$) {};
	var GetContactListCommand = class extends command(_ep0, _mw0, "GetContactList", GetContactList$) {};
	var GetCustomVerificationEmailTemplateCommand = class extends command(_ep0, _mw0, "GetCustomVerificationEmailTemplate", GetCustomVerificationEmailTemplate$) {};
	var GetDedicatedIpCommand = class extends command(_ep0, _mw0, "GetDedicatedIp", GetDedicatedIp$) {};
	var GetDedicatedIpPoolCommand = class extends command(_ep0, _mw0, "GetDedicatedIpPool", GetDedicatedIpPool$) {};
	var GetDedicatedIpsCommand = class extends command(_ep0, _mw0, "GetDedicatedIps", GetDedicatedIps$) {};
	var GetDeliverabilityDashboardOptionsCommand = class extends command(_ep0, _mw0, "GetDeliverabilityDashboardOptions", GetDeliverabilityDashboardOptions$) {};
	var GetDeliverabilityTestReportCommand = class extends command(_ep0, _mw0, "GetDeliverabilityTestReport", GetDeliverabilityTestReport$) {};
	var GetDomainDeliverabilityCampaignCommand = class extends command(_ep0, _mw0, "GetDomainDeliverabilityCampaign", GetDomainDeliverabilityCampaign$) {};
	var GetDomainStatisticsReportCommand = class extends command(_ep0, _mw0, "GetDomainStatisticsReport", GetDomainStatisticsReport$) {};
	var GetEmailAddressInsightsCommand = class extends command(_ep0, _mw0, "GetEmailAddressInsights", GetEmailAddressInsights$) {};
	var GetEmailIdentityCommand = class extends command(_ep0, _mw0, "GetEmailIdentity", GetEmailIdentity$) {};
	var GetEmailIdentityPoliciesCommand = class extends command(_ep0, _mw0, "GetEmailIdentityPolicies", GetEmailIdentityPolicies$) {};
	var GetEmailTemplateCommand = class extends command(_ep0, _mw0, "GetEmailTemplate", GetEmailTemplate$) {};
	var GetExportJobCommand = class extends command(_ep0, _mw0, "GetExportJob", GetExportJob$) {};
	var GetImportJobCommand = class extends command(_ep0, _mw0, "GetImportJob", GetImportJob$) {};
	var GetMessageInsightsCommand = class extends command(_ep0, _mw0, "GetMessageInsights", GetMessageInsights$) {};
	var GetMultiRegionEndpointCommand = class extends command(_ep0, _mw0, "GetMultiRegionEndpoint", GetMultiRegionEndpoint$) {};
	var GetReputationEntityCommand = class extends command(_ep0, _mw0, "GetReputationEntity", GetReputationEntity$) {};
	var GetSuppressedDestinationCommand = class extends command(_ep0, _mw0, "GetSuppressedDestination", GetSuppressedDestination$) {};
	var GetTenantCommand = class extends command(_ep0, _mw0, "GetTenant", GetTenant$) {};
	var ListConfigurationSetsCommand = class extends command(_ep0, _mw0, "ListConfigurationSets", ListConfigurationSets$) {};
	var ListContactListsCommand = class extends command(_ep0, _mw0, "ListContactLists", ListContactLists$) {};
	var ListContactsCommand = class extends command(_ep0, _mw0, "ListContacts", ListContacts$) {};
	var ListCustomVerificationEmailTemplatesCommand = class extends command(_ep0, _mw0, "ListCustomVerificationEmailTemplates", ListCustomVerificationEmailTemplates$) {};
	var ListDedicatedIpPoolsCommand = class extends command(_ep0, _mw0, "ListDedicatedIpPools", ListDedicatedIpPools$) {};
	var ListDeliverabilityTestReportsCommand = class extends command(_ep0, _mw0, "ListDeliverabilityTestReports", ListDeliverabilityTestReports$) {};
	var ListDomainDeliverabilityCampaignsCommand = class extends command(_ep0, _mw0, "ListDomainDeliverabilityCampaigns", ListDomainDeliverabilityCampaigns$) {};
	var ListEmailIdentitiesCommand = class extends command(_ep0, _mw0, "ListEmailIdentities", ListEmailIdentities$) {};
	var ListEmailIdentityCertificatesCommand = class extends command(_ep0, _mw0, "ListEmailIdentityCertificates", ListEmailIdentityCertificates$) {};
	var ListEmailTemplatesCommand = class extends command(_ep0, _mw0, "ListEmailTemplates", ListEmailTemplates$) {};
	var ListExportJobsCommand = class extends command(_ep0, _mw0, "ListExportJobs", ListExportJobs$) {};
	var ListImportJobsCommand = class extends command(_ep0, _mw0, "ListImportJobs", ListImportJobs$) {};
	var ListMultiRegionEndpointsCommand = class extends command(_ep0, _mw0, "ListMultiRegionEndpoints", ListMultiRegionEndpoints$) {};
	var ListRecommendationsCommand = class extends command(_ep0, _mw0, "ListRecommendations", ListRecommendations$) {};
	var ListReputationEntitiesCommand = class extends command(_ep0, _mw0, "ListReputationEntities", ListReputationEntities$) {};
	var ListResourceTenantsCommand = class extends command(_ep0, _mw0, "ListResourceTenants", ListResourceTenants$) {};
	var ListSuppressedDestinationsCommand = class extends command(_ep0, _mw0, "ListSuppressedDestinations", ListSuppressedDestinations$) {};
	var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {};
	var ListTenantResourcesCommand = class extends command(_ep0, _mw0, "ListTenantResources", ListTenantResources$) {};
	var ListTenantsCommand = class extends command(_ep0, _mw0, "ListTenants", ListTenants$) {};
	var PutAccountDedicatedIpWarmupAttributesCommand = class extends command(_ep0, _mw0, "PutAccountDedicatedIpWarmupAttributes", PutAccountDedicatedIpWarmupAttributes$) {};
	var PutAccountDeliveryAttributesCommand = class extends command(_ep0, _mw0, "PutAccountDeliveryAttributes", PutAccountDeliveryAttributes$) {};
	var PutAccountDetailsCommand = class extends command(_ep0, _mw0, "PutAccountDetails", PutAccountDetails$) {};
	var PutAccountPricingAttributesCommand = class extends command(_ep0, _mw0, "PutAccountPricingAttributes", PutAccountPricingAttributes$) {};
	var PutAccountSendingAttributesCommand = class extends command(_ep0, _mw0, "PutAccountSendingAttributes", PutAccountSendingAttributes$) {};
	var PutAccountSuppressionAttributesCommand = class extends command(_ep0, _mw0, "PutAccountSuppressionAttributes", PutAccountSuppressionAttributes$) {};
	var PutAccountVdmAttributesCommand = class extends command(_ep0, _mw0, "PutAccountVdmAttributes", PutAccountVdmAttributes$) {};
	var PutConfigurationSetArchivingOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetArchivingOptions", PutConfigurationSetArchivingOptions$) {};
	var PutConfigurationSetDeliveryOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetDeliveryOptions", PutConfigurationSetDeliveryOptions$) {};
	var PutConfigurationSetReputationOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetReputationOptions", PutConfigurationSetReputationOptions$) {};
	var PutConfigurationSetSendingOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetSendingOptions", PutConfigurationSetSendingOptions$) {};
	var PutConfigurationSetSuppressionOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetSuppressionOptions", PutConfigurationSetSuppressionOptions$) {};
	var PutConfigurationSetTrackingOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetTrackingOptions", PutConfigurationSetTrackingOptions$) {};
	var PutConfigurationSetVdmOptionsCommand = class extends command(_ep0, _mw0, "PutConfigurationSetVdmOptions", PutConfigurationSetVdmOptions$) {};
	var PutDedicatedIpInPoolCommand = class extends command(_ep0, _mw0, "PutDedicatedIpInPool", PutDedicatedIpInPool$) {};
	var PutDedicatedIpPoolScalingAttributesCommand = class extends command(_ep0, _mw0, "PutDedicatedIpPoolScalingAttributes", PutDedicatedIpPoolScalingAttributes$) {};
	var PutDedicatedIpWarmupAttributesCommand = class extends command(_ep0, _mw0, "PutDedicatedIpWarmupAttributes", PutDedicatedIpWarmupAttributes$) {};
	var PutDeliverabilityDashboardOptionCommand = class extends command(_ep0, _mw0, "PutDeliverabilityDashboardOption", PutDeliverabilityDashboardOption$) {};
	var PutEmailIdentityConfigurationSetAttributesCommand = class extends command(_ep0, _mw0, "PutEmailIdentityConfigurationSetAttributes", PutEmailIdentityConfigurationSetAttributes$) {};
	var PutEmailIdentityDkimAttributesCommand = class extends command(_ep0, _mw0, "PutEmailIdentityDkimAttributes", PutEmailIdentityDkimAttributes$) {};
	var PutEmailIdentityDkimSigningAttributesCommand = class extends command(_ep0, _mw0, "PutEmailIdentityDkimSigningAttributes", PutEmailIdentityDkimSigningAttributes$) {};
	var PutEmailIdentityFeedbackAttributesCommand = class extends command(_ep0, _mw0, "PutEmailIdentityFeedbackAttributes", PutEmailIdentityFeedbackAttributes$) {};
	var PutEmailIdentityMailFromAttributesCommand = class extends command(_ep0, _mw0, "PutEmailIdentityMailFromAttributes", PutEmailIdentityMailFromAttributes$) {};
	var PutSuppressedDestinationCommand = class extends command(_ep0, _mw0, "PutSuppressedDestination", PutSuppressedDestination$) {};
	var PutTenantSuppressionAttributesCommand = class extends command(_ep0, _mw0, "PutTenantSuppressionAttributes", PutTenantSuppressionAttributes$) {};
	var SendBulkEmailCommand = class extends command(_ep1, _mw0, "SendBulkEmail", SendBulkEmail$) {};
	var SendCustomVerificationEmailCommand = class extends command(_ep0, _mw0, "SendCustomVerificationEmail", SendCustomVerificationEmail$) {};
	var SendEmailCommand = class extends command(_ep1, _mw0, "SendEmail", SendEmail$) {};
	var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {};
	var TestRenderEmailTemplateCommand = class extends command(_ep0, _mw0, "TestRenderEmailTemplate", TestRenderEmailTemplate$) {};
	var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {};
	var UpdateConfigurationSetCommand = class extends command(_ep0, _mw0, "UpdateConfigurationSet", UpdateConfigurationSet$) {};
	var UpdateConfigurationSetEventDestinationCommand = class extends command(_ep0, _mw0, "UpdateConfigurationSetEventDestination", UpdateConfigurationSetEventDestination$) {};
	var UpdateContactCommand = class extends command(_ep0, _mw0, "UpdateContact", UpdateContact$) {};
	var UpdateContactListCommand = class extends command(_ep0, _mw0, "UpdateContactList", UpdateContactList$) {};
	var UpdateCustomVerificationEmailTemplateCommand = class extends command(_ep0, _mw0, "UpdateCustomVerificationEmailTemplate", UpdateCustomVerificationEmailTemplate$) {};
	var UpdateEmailIdentityPolicyCommand = class extends command(_ep0, _mw0, "UpdateEmailIdentityPolicy", UpdateEmailIdentityPolicy$) {};
	var UpdateEmailTemplateCommand = class extends command(_ep0, _mw0, "UpdateEmailTemplate", UpdateEmailTemplate$) {};
	var UpdateReputationEntityCustomerManagedStatusCommand = class extends command(_ep0, _mw0, "UpdateReputationEntityCustomerManagedStatus", UpdateReputationEntityCustomerManagedStatus$) {};
	var UpdateReputationEntityPolicyCommand = class extends command(_ep0, _mw0, "UpdateReputationEntityPolicy", UpdateReputationEntityPolicy$) {};
	const paginateGetDedicatedIps = createPaginator(SESv2Client, GetDedicatedIpsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListConfigurationSets = createPaginator(SESv2Client, ListConfigurationSetsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListContactLists = createPaginator(SESv2Client, ListContactListsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListContacts = createPaginator(SESv2Client, ListContactsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListCustomVerificationEmailTemplates = createPaginator(SESv2Client, ListCustomVerificationEmailTemplatesCommand, "NextToken", "NextToken", "PageSize");
	const paginateListDedicatedIpPools = createPaginator(SESv2Client, ListDedicatedIpPoolsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListDeliverabilityTestReports = createPaginator(SESv2Client, ListDeliverabilityTestReportsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListDomainDeliverabilityCampaigns = createPaginator(SESv2Client, ListDomainDeliverabilityCampaignsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListEmailIdentities = createPaginator(SESv2Client, ListEmailIdentitiesCommand, "NextToken", "NextToken", "PageSize");
	const paginateListEmailIdentityCertificates = createPaginator(SESv2Client, ListEmailIdentityCertificatesCommand, "NextToken", "NextToken", "PageSize");
	const paginateListEmailTemplates = createPaginator(SESv2Client, ListEmailTemplatesCommand, "NextToken", "NextToken", "PageSize");
	const paginateListExportJobs = createPaginator(SESv2Client, ListExportJobsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListImportJobs = createPaginator(SESv2Client, ListImportJobsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListMultiRegionEndpoints = createPaginator(SESv2Client, ListMultiRegionEndpointsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListRecommendations = createPaginator(SESv2Client, ListRecommendationsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListReputationEntities = createPaginator(SESv2Client, ListReputationEntitiesCommand, "NextToken", "NextToken", "PageSize");
	const paginateListResourceTenants = createPaginator(SESv2Client, ListResourceTenantsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListSuppressedDestinations = createPaginator(SESv2Client, ListSuppressedDestinationsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListTenantResources = createPaginator(SESv2Client, ListTenantResourcesCommand, "NextToken", "NextToken", "PageSize");
	const paginateListTenants = createPaginator(SESv2Client, ListTenantsCommand, "NextToken", "NextToken", "PageSize");
	const commands = {
		AssociateEmailIdentityCertificateCommand,
		BatchGetMetricDataCommand,
		CancelExportJobCommand,
		CreateConfigurationSetCommand,
		CreateConfigurationSetEventDestinationCommand,
		CreateContactCommand,
		CreateContactListCommand,
		CreateCustomVerificationEmailTemplateCommand,
		CreateDedicatedIpPoolCommand,
		CreateDeliverabilityTestReportCommand,
		CreateEmailIdentityCommand,
		CreateEmailIdentityPolicyCommand,
		CreateEmailTemplateCommand,
		CreateExportJobCommand,
		CreateImportJobCommand,
		CreateMultiRegionEndpointCommand,
		CreateTenantCommand,
		CreateTenantResourceAssociationCommand,
		DeleteConfigurationSetCommand,
		DeleteConfigurationSetEventDestinationCommand,
		DeleteContactCommand,
		DeleteContactListCommand,
		DeleteCustomVerificationEmailTemplateCommand,
		DeleteDedicatedIpPoolCommand,
		DeleteEmailIdentityCommand,
		DeleteEmailIdentityPolicyCommand,
		DeleteEmailTemplateCommand,
		DeleteMultiRegionEndpointCommand,
		DeleteSuppressedDestinationCommand,
		DeleteTenantCommand,
		DeleteTenantResourceAssociationCommand,
		DisassociateEmailIdentityCertificateCommand,
		GetAccountCommand,
		GetBlacklistReportsCommand,
		GetConfigurationSetCommand,
		GetConfigurationSetEventDestinationsCommand,
		GetContactCommand,
		GetContactListCommand,
		GetCustomVerificationEmailTemplateCommand,
		GetDedicatedIpCommand,
		GetDedicatedIpPoolCommand,
		GetDedicatedIpsCommand,
		GetDeliverabilityDashboardOptionsCommand,
		GetDeliverabilityTestReportCommand,
		GetDomainDeliverabilityCampaignCommand,
		GetDomainStatisticsReportCommand,
		GetEmailAddressInsightsCommand,
		GetEmailIdentityCommand,
		GetEmailIdentityPoliciesCommand,
		GetEmailTemplateCommand,
		GetExportJobCommand,
		GetImportJobCommand,
		GetMessageInsightsCommand,
		GetMultiRegionEndpointCommand,
		GetReputationEntityCommand,
		GetSuppressedDestinationCommand,
		GetTenantCommand,
		ListConfigurationSetsCommand,
		ListContactListsCommand,
		ListContactsCommand,
		ListCustomVerificationEmailTemplatesCommand,
		ListDedicatedIpPoolsCommand,
		ListDeliverabilityTestReportsCommand,
		ListDomainDeliverabilityCampaignsCommand,
		ListEmailIdentitiesCommand,
		ListEmailIdentityCertificatesCommand,
		ListEmailTemplatesCommand,
		ListExportJobsCommand,
		ListImportJobsCommand,
		ListMultiRegionEndpointsCommand,
		ListRecommendationsCommand,
		ListReputationEntitiesCommand,
		ListResourceTenantsCommand,
		ListSuppressedDestinationsCommand,
		ListTagsForResourceCommand,
		ListTenantResourcesCommand,
		ListTenantsCommand,
		PutAccountDedicatedIpWarmupAttributesCommand,
		PutAccountDeliveryAttributesCommand,
		PutAccountDetailsCommand,
		PutAccountPricingAttributesCommand,
		PutAccountSendingAttributesCommand,
		PutAccountSuppressionAttributesCommand,
		PutAccountVdmAttributesCommand,
		PutConfigurationSetArchivingOptionsCommand,
		PutConfigurationSetDeliveryOptionsCommand,
		PutConfigurationSetReputationOptionsCommand,
		PutConfigurationSetSendingOptionsCommand,
		PutConfigurationSetSuppressionOptionsCommand,
		PutConfigurationSetTrackingOptionsCommand,
		PutConfigurationSetVdmOptionsCommand,
		PutDedicatedIpInPoolCommand,
		PutDedicatedIpPoolScalingAttributesCommand,
		PutDedicatedIpWarmupAttributesCommand,
		PutDeliverabilityDashboardOptionCommand,
		PutEmailIdentityConfigurationSetAttributesCommand,
		PutEmailIdentityDkimAttributesCommand,
		PutEmailIdentityDkimSigningAttributesCommand,
		PutEmailIdentityFeedbackAttributesCommand,
		PutEmailIdentityMailFromAttributesCommand,
		PutSuppressedDestinationCommand,
		PutTenantSuppressionAttributesCommand,
		SendBulkEmailCommand,
		SendCustomVerificationEmailCommand,
		SendEmailCommand,
		TagResourceCommand,
		TestRenderEmailTemplateCommand,
		UntagResourceCommand,
		UpdateConfigurationSetCommand,
		UpdateConfigurationSetEventDestinationCommand,
		UpdateContactCommand,
		UpdateContactListCommand,
		UpdateCustomVerificationEmailTemplateCommand,
		UpdateEmailIdentityPolicyCommand,
		UpdateEmailTemplateCommand,
		UpdateReputationEntityCustomerManagedStatusCommand,
		UpdateReputationEntityPolicyCommand
	};
	const paginators = {
		paginateGetDedicatedIps,
		paginateListConfigurationSets,
		paginateListContactLists,
		paginateListContacts,
		paginateListCustomVerificationEmailTemplates,
		paginateListDedicatedIpPools,
		paginateListDeliverabilityTestReports,
		paginateListDomainDeliverabilityCampaigns,
		paginateListEmailIdentities,
		paginateListEmailIdentityCertificates,
		paginateListEmailTemplates,
		paginateListExportJobs,
		paginateListImportJobs,
		paginateListMultiRegionEndpoints,
		paginateListRecommendations,
		paginateListReputationEntities,
		paginateListResourceTenants,
		paginateListSuppressedDestinations,
		paginateListTenantResources,
		paginateListTenants
	};
	var SESv2 = class extends SESv2Client {};
	createAggregatedClient(commands, SESv2, { paginators });
	exports.CreateContactCommand = CreateContactCommand;
	exports.CreateContactListCommand = CreateContactListCommand;
	exports.CreateDedicatedIpPoolCommand = CreateDedicatedIpPoolCommand;
	exports.CreateEmailIdentityCommand = CreateEmailIdentityCommand;
	exports.DeleteContactListCommand = DeleteContactListCommand;
	exports.DeleteDedicatedIpPoolCommand = DeleteDedicatedIpPoolCommand;
	exports.DeleteEmailIdentityCommand = DeleteEmailIdentityCommand;
	exports.DeleteSuppressedDestinationCommand = DeleteSuppressedDestinationCommand;
	exports.GetAccountCommand = GetAccountCommand;
	exports.GetContactCommand = GetContactCommand;
	exports.GetContactListCommand = GetContactListCommand;
	exports.GetDedicatedIpPoolCommand = GetDedicatedIpPoolCommand;
	exports.GetEmailIdentityCommand = GetEmailIdentityCommand;
	exports.GetSuppressedDestinationCommand = GetSuppressedDestinationCommand;
	exports.ListContactListsCommand = ListContactListsCommand;
	exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
	exports.PutAccountSuppressionAttributesCommand = PutAccountSuppressionAttributesCommand;
	exports.PutSuppressedDestinationCommand = PutSuppressedDestinationCommand;
	exports.SESv2Client = SESv2Client;
	exports.paginateListContactLists = paginateListContactLists;
	exports.paginateListContacts = paginateListContacts;
	exports.paginateListDedicatedIpPools = paginateListDedicatedIpPools;
	exports.paginateListEmailIdentities = paginateListEmailIdentities;
	exports.paginateListSuppressedDestinations = paginateListSuppressedDestinations;
}));
// src/engine/state/portable/ses/sesv2.ts
var import_dist_cjs = /* @__PURE__ */ __toESM(require_dist_cjs$1(), 1);
var import_dist_cjs$1 = /* @__PURE__ */ __toESM(require_dist_cjs(), 1);
/**
* What only the SESv2 API keeps: contact lists with their topics and contacts, dedicated IP
* pools, the account's suppression list and its suppression settings, and the identities made
* through SESv2 that the v1 API does not list (MiniStack keeps the two apart). Each is read
* where the instance serves it (moto: contact lists and pools; MiniStack: pools and identities;
* LocalStack community: none of SESv2), and none elsewhere.
*/
const client$1 = readingIsoTimestamps(clientOf(import_dist_cjs$1.SESv2Client));
const EMAIL_IDENTITY = recordKind("email-identity", "SESv2 identity");
const CONTACT_LIST = recordKind("contact-list");
const CONTACT = recordKind("contact");
const POOL = recordKind("dedicated-ip-pool");
const SUPPRESSED = recordKind("suppressed-destination");
const SUPPRESSION = recordKind("account-suppression", "account suppression settings");
const arnOf = (context, region, kind, name) => `arn:aws:ses:${region}:${context.account}:${kind}/${name}`;
async function tagsOf(ses, arn) {
	const tags = await unlessUnimplemented(ses, "ListTagsForResource", () => ses.send(new import_dist_cjs$1.ListTagsForResourceCommand({ ResourceArn: arn })));
	return sortedTags(tags?.Tags, (t) => t.Key);
}
/** Sorted names from a listing; none where the instance does not serve it. */
async function listed(ses, operation, pages, names) {
	return sortBy(await unlessUnimplemented(ses, operation, () => collect(pages(), names)) ?? [], (n) => n);
}
/** The identities SESv2 lists that the v1 API, which lists `v1`, does not. */
async function v2Identities(ses, v1) {
	const all = await listed(ses, "ListEmailIdentities", () => import_dist_cjs$1.paginateListEmailIdentities({ client: ses }, {}), (p) => p.EmailIdentities?.map((i) => i.IdentityName));
	const known = new Set(v1);
	return all.filter((i) => !known.has(i));
}
const contactLists = (ses) => listed(ses, "ListContactLists", () => import_dist_cjs$1.paginateListContactLists({ client: ses }, {}), (p) => p.ContactLists?.map((l) => l.ContactListName));
const pools = (ses) => listed(ses, "ListDedicatedIpPools", () => import_dist_cjs$1.paginateListDedicatedIpPools({ client: ses }, {}), (p) => p.DedicatedIpPools);
const suppressed = (ses) => listed(ses, "ListSuppressedDestinations", () => import_dist_cjs$1.paginateListSuppressedDestinations({ client: ses }, {}), (p) => p.SuppressedDestinationSummaries?.map((d) => d.EmailAddress));
/** Contacts read at once. */
const CONTACT_CONCURRENCY = 8;
async function* captureContacts(ses, region, list) {
	const contacts = sortBy(await collect(import_dist_cjs$1.paginateListContacts({ client: ses }, { ContactListName: list }), (p) => p.Contacts), (c) => c.EmailAddress);
	yield* mapOrdered(contacts, CONTACT_CONCURRENCY, async (c) => {
		const full = await ses.send(new import_dist_cjs$1.GetContactCommand({
			ContactListName: list,
			EmailAddress: c.EmailAddress
		}));
		const data = {
			list,
			email: c.EmailAddress,
			topics: nonEmpty(sortBy(full.TopicPreferences ?? [], (t) => t.TopicName)),
			unsubscribeAll: full.UnsubscribeAll || void 0,
			attributes: full.AttributesData || void 0
		};
		return CONTACT.record(region, `${list}/${c.EmailAddress}`, data);
	});
}
/** The reasons the account suppresses addresses for; none where the instance does not keep them. */
async function suppressionReasons(ses) {
	const account = await unlessUnimplemented(ses, "GetAccount", () => ses.send(new import_dist_cjs$1.GetAccountCommand({})));
	return sortBy(account?.SuppressionAttributes?.SuppressedReasons ?? [], (r) => r);
}
/**
* The identities only SESv2 lists, contact lists, each followed by its contacts, then pools,
* the suppression list and the account's suppression settings. `v1` are the identities the v1
* API lists, which the v1 records keep.
*/
async function* captureV2(context, region, v1) {
	const ses = client$1(context, region);
	for (const identity of await v2Identities(ses, v1)) {
		const found = await ses.send(new import_dist_cjs$1.GetEmailIdentityCommand({ EmailIdentity: identity }));
		yield EMAIL_IDENTITY.record(region, identity, {
			identity,
			tags: sortedTags(found.Tags, (t) => t.Key)
		});
	}
	for (const name of await contactLists(ses)) {
		const list = await ses.send(new import_dist_cjs$1.GetContactListCommand({ ContactListName: name }));
		const topics = nonEmpty(sortBy(list.Topics ?? [], (t) => t.TopicName));
		const tags = await tagsOf(ses, arnOf(context, region, "contact-list", name));
		yield CONTACT_LIST.record(region, name, {
			name,
			description: list.Description || void 0,
			topics,
			tags
		});
		yield* captureContacts(ses, region, name);
	}
	for (const name of await pools(ses)) {
		const pool = (await ses.send(new import_dist_cjs$1.GetDedicatedIpPoolCommand({ PoolName: name }))).DedicatedIpPool;
		yield POOL.record(region, name, {
			name,
			scalingMode: pool?.ScalingMode,
			tags: await tagsOf(ses, arnOf(context, region, "dedicated-ip-pool", name))
		});
	}
	for (const email of await suppressed(ses)) {
		const found = await ses.send(new import_dist_cjs$1.GetSuppressedDestinationCommand({ EmailAddress: email }));
		yield SUPPRESSED.record(region, email, {
			email,
			reason: found.SuppressedDestination.Reason
		});
	}
	const reasons = await suppressionReasons(ses);
	if (reasons.length > 0) yield SUPPRESSION.record(region, "account", { reasons });
}
/** The one SESv2 listing that tells a region holds state: contact lists (see the README for what it misses). */
async function hasContactLists(context, region) {
	const ses = client$1(context, region);
	return ((await unlessUnimplemented(ses, "ListContactLists", () => ses.send(new import_dist_cjs$1.ListContactListsCommand({ PageSize: 1 }))))?.ContactLists?.length ?? 0) > 0;
}
/** Clears what only SESv2 keeps; `v1` are the identities the v1 API lists (and deletes). */
async function clearV2(context, region, v1) {
	const ses = client$1(context, region);
	for (const EmailIdentity of await v2Identities(ses, v1)) await unlessMissing(ses.send(new import_dist_cjs$1.DeleteEmailIdentityCommand({ EmailIdentity })));
	for (const ContactListName of await contactLists(ses)) await unlessMissing(ses.send(new import_dist_cjs$1.DeleteContactListCommand({ ContactListName })));
	for (const PoolName of await pools(ses)) await unlessMissing(ses.send(new import_dist_cjs$1.DeleteDedicatedIpPoolCommand({ PoolName })));
	for (const EmailAddress of await suppressed(ses)) await unlessMissing(ses.send(new import_dist_cjs$1.DeleteSuppressedDestinationCommand({ EmailAddress })));
	if ((await suppressionReasons(ses)).length > 0) await ses.send(new import_dist_cjs$1.PutAccountSuppressionAttributesCommand({ SuppressedReasons: [] }));
}
/** Made anew (emulators verify at once), with its tags. */
async function restoreEmailIdentity(ses, i) {
	await unlessMissing(ses.send(new import_dist_cjs$1.DeleteEmailIdentityCommand({ EmailIdentity: i.identity })));
	await ses.send(new import_dist_cjs$1.CreateEmailIdentityCommand({
		EmailIdentity: i.identity,
		Tags: i.tags
	}));
}
async function restoreContactList(ses, l) {
	await unlessMissing(ses.send(new import_dist_cjs$1.DeleteContactListCommand({ ContactListName: l.name })));
	await ses.send(new import_dist_cjs$1.CreateContactListCommand({
		ContactListName: l.name,
		Description: l.description,
		Topics: l.topics,
		Tags: l.tags
	}));
}
async function restoreContact(ses, c) {
	await ses.send(new import_dist_cjs$1.CreateContactCommand({
		ContactListName: c.list,
		EmailAddress: c.email,
		TopicPreferences: c.topics,
		UnsubscribeAll: c.unsubscribeAll,
		AttributesData: c.attributes
	}));
}
async function restorePool(ses, p) {
	if ((await pools(ses)).includes(p.name)) await ses.send(new import_dist_cjs$1.DeleteDedicatedIpPoolCommand({ PoolName: p.name }));
	await ses.send(new import_dist_cjs$1.CreateDedicatedIpPoolCommand({
		PoolName: p.name,
		ScalingMode: p.scalingMode,
		Tags: p.tags
	}));
}
/** How the SESv2 records are restored, in the pod's order (a list before its contacts). */
function v2Handlers(context, region) {
	const ses = client$1(context, region);
	return [
		on(EMAIL_IDENTITY, (i) => restoreEmailIdentity(ses, i)),
		on(CONTACT_LIST, (l) => restoreContactList(ses, l)),
		on(CONTACT, (c) => restoreContact(ses, c)),
		on(POOL, (p) => restorePool(ses, p)),
		on(SUPPRESSED, (d) => ses.send(new import_dist_cjs$1.PutSuppressedDestinationCommand({
			EmailAddress: d.email,
			Reason: d.reason
		}))),
		on(SUPPRESSION, (s) => ses.send(new import_dist_cjs$1.PutAccountSuppressionAttributesCommand({ SuppressedReasons: s.reasons })))
	];
}
// src/engine/state/portable/ses/ses.ts
const client = clientOf(import_dist_cjs.SESClient);
/** Identities whose attributes are asked at once (SES takes up to 100). */
const ATTRIBUTE_BATCH = 100;
const NOTIFICATION_TYPES = [
	"Bounce",
	"Complaint",
	"Delivery"
];
const IDENTITY = recordKind("identity");
const TEMPLATE = recordKind("template");
const CONFIGURATION_SET = recordKind("configuration-set");
const RULE_SET = recordKind("receipt-rule-set");
async function identities(ses) {
	const pages = pagesOf((NextToken) => ses.send(new import_dist_cjs.ListIdentitiesCommand({ NextToken })), (p) => p.NextToken);
	return sortBy(await collect(pages, (p) => p.Identities), (i) => i);
}
/** Sorted names from a paged listing; none where the instance does not serve it (MiniStack serves part of SES). */
async function namesOf(ses, operation, page, names) {
	const listed = await unlessUnimplemented(ses, operation, () => collect(pagesOf(page, (p) => p.NextToken), names));
	return sortBy(listed ?? [], (n) => n);
}
const templates = (ses) => namesOf(ses, "ListTemplates", (NextToken) => ses.send(new import_dist_cjs.ListTemplatesCommand({ NextToken })), (p) => (p.TemplatesMetadata ?? []).map((t) => t.Name));
const configurationSets = (ses) => namesOf(ses, "ListConfigurationSets", (NextToken) => ses.send(new import_dist_cjs.ListConfigurationSetsCommand({ NextToken })), (p) => (p.ConfigurationSets ?? []).map((c) => c.Name));
const ruleSets = (ses) => namesOf(ses, "ListReceiptRuleSets", (NextToken) => ses.send(new import_dist_cjs.ListReceiptRuleSetsCommand({ NextToken })), (p) => (p.RuleSets ?? []).map((r) => r.Name));
/** Every identity of the region (`all`) with its settings, asked for in batches. */
async function* captureIdentities(ses, region, all) {
	for (const Identities of chunks(all, ATTRIBUTE_BATCH)) {
		const notifications = (await unlessUnimplemented(ses, "GetIdentityNotificationAttributes", () => ses.send(new import_dist_cjs.GetIdentityNotificationAttributesCommand({ Identities }))))?.NotificationAttributes ?? {};
		const dkim = (await unlessUnimplemented(ses, "GetIdentityDkimAttributes", () => ses.send(new import_dist_cjs.GetIdentityDkimAttributesCommand({ Identities }))))?.DkimAttributes ?? {};
		const mailFrom = (await unlessUnimplemented(ses, "GetIdentityMailFromDomainAttributes", () => ses.send(new import_dist_cjs.GetIdentityMailFromDomainAttributesCommand({ Identities }))))?.MailFromDomainAttributes ?? {};
		for (const identity of Identities) {
			const n = notifications[identity];
			const topics = Object.fromEntries(NOTIFICATION_TYPES.flatMap((type) => n?.[`${type}Topic`] ? [[type, n[`${type}Topic`]]] : []));
			const from = mailFrom[identity];
			const data = {
				identity,
				domain: !identity.includes("@"),
				dkim: dkim[identity]?.DkimEnabled || void 0,
				topics: Object.keys(topics).length > 0 ? topics : void 0,
				forwarding: n?.ForwardingEnabled === false ? false : void 0,
				mailFrom: from?.MailFromDomain ? {
					domain: from.MailFromDomain,
					behaviorOnMxFailure: from.BehaviorOnMXFailure
				} : void 0
			};
			yield IDENTITY.record(region, identity, data);
		}
	}
}
async function destinationsOf(ses, name) {
	return (await unlessUnimplemented(ses, "DescribeConfigurationSet", () => ses.send(new import_dist_cjs.DescribeConfigurationSetCommand({
		ConfigurationSetName: name,
		ConfigurationSetAttributeNames: ["eventDestinations"]
	}))))?.EventDestinations ?? [];
}
async function captureRuleSet(ses, name, active) {
	const described = await ses.send(new import_dist_cjs.DescribeReceiptRuleSetCommand({ RuleSetName: name }));
	return {
		name,
		active: name === active || void 0,
		rules: nonEmpty(described.Rules)
	};
}
const capture = eachRegion(async function* (context, region) {
	const ses = client(context, region);
	const all = await identities(ses);
	yield* captureIdentities(ses, region, all);
	for (const name of await templates(ses)) {
		const t = (await ses.send(new import_dist_cjs.GetTemplateCommand({ TemplateName: name }))).Template;
		yield TEMPLATE.record(region, name, {
			name,
			subject: t.SubjectPart,
			text: t.TextPart,
			html: t.HtmlPart
		});
	}
	for (const name of await configurationSets(ses)) yield CONFIGURATION_SET.record(region, name, {
		name,
		eventDestinations: nonEmpty(sortBy(await destinationsOf(ses, name), (d) => d.Name))
	});
	const active = (await unlessUnimplemented(ses, "DescribeActiveReceiptRuleSet", () => ses.send(new import_dist_cjs.DescribeActiveReceiptRuleSetCommand({}))))?.Metadata?.Name;
	for (const name of await ruleSets(ses)) yield RULE_SET.record(region, name, await captureRuleSet(ses, name, active));
	yield* captureV2(context, region, all);
});
const regionsWithState = regionsWhere(async (context, region) => {
	const ses = client(context, region);
	const [ids, tpl, sets, rules, contactLists] = await Promise.all([
		ses.send(new import_dist_cjs.ListIdentitiesCommand({ MaxItems: 1 })),
		unlessUnimplemented(ses, "ListTemplates", () => ses.send(new import_dist_cjs.ListTemplatesCommand({ MaxItems: 1 }))),
		unlessUnimplemented(ses, "ListConfigurationSets", () => ses.send(new import_dist_cjs.ListConfigurationSetsCommand({ MaxItems: 1 }))),
		unlessUnimplemented(ses, "ListReceiptRuleSets", () => ses.send(new import_dist_cjs.ListReceiptRuleSetsCommand({}))),
		hasContactLists(context, region)
	]);
	return contactLists || [
		ids.Identities,
		tpl?.TemplatesMetadata,
		sets?.ConfigurationSets,
		rules?.RuleSets
	].some((items) => (items?.length ?? 0) > 0);
});
async function clear(context, region) {
	const ses = client(context, region);
	await unlessUnimplemented(ses, "SetActiveReceiptRuleSet", () => ses.send(new import_dist_cjs.SetActiveReceiptRuleSetCommand({})));
	for (const RuleSetName of await ruleSets(ses)) await unlessMissing(ses.send(new import_dist_cjs.DeleteReceiptRuleSetCommand({ RuleSetName })));
	for (const ConfigurationSetName of await configurationSets(ses)) await unlessMissing(ses.send(new import_dist_cjs.DeleteConfigurationSetCommand({ ConfigurationSetName })));
	for (const TemplateName of await templates(ses)) await unlessMissing(ses.send(new import_dist_cjs.DeleteTemplateCommand({ TemplateName })));
	const all = await identities(ses);
	for (const Identity of all) await unlessMissing(ses.send(new import_dist_cjs.DeleteIdentityCommand({ Identity })));
	await clearV2(context, region, all);
}
/** Verified again (emulators verify at once), then its notification topics, forwarding, DKIM and MAIL FROM domain. */
async function restoreIdentity(ses, i) {
	if (i.domain) await ses.send(new import_dist_cjs.VerifyDomainIdentityCommand({ Domain: i.identity }));
	else await ses.send(new import_dist_cjs.VerifyEmailIdentityCommand({ EmailAddress: i.identity }));
	if (i.dkim) await ses.send(new import_dist_cjs.VerifyDomainDkimCommand({ Domain: i.identity }));
	for (const type of NOTIFICATION_TYPES) {
		const SnsTopic = i.topics?.[type];
		if (SnsTopic) await ses.send(new import_dist_cjs.SetIdentityNotificationTopicCommand({
			Identity: i.identity,
			NotificationType: type,
			SnsTopic
		}));
	}
	if (i.forwarding === false) await ses.send(new import_dist_cjs.SetIdentityFeedbackForwardingEnabledCommand({
		Identity: i.identity,
		ForwardingEnabled: false
	}));
	if (i.mailFrom) await ses.send(new import_dist_cjs.SetIdentityMailFromDomainCommand({
		Identity: i.identity,
		MailFromDomain: i.mailFrom.domain,
		BehaviorOnMXFailure: i.mailFrom.behaviorOnMxFailure
	}));
}
async function restoreTemplate(ses, t) {
	const Template = {
		TemplateName: t.name,
		SubjectPart: t.subject,
		TextPart: t.text,
		HtmlPart: t.html
	};
	if ((await templates(ses)).includes(t.name)) await ses.send(new import_dist_cjs.DeleteTemplateCommand({ TemplateName: t.name }));
	await ses.send(new import_dist_cjs.CreateTemplateCommand({ Template }));
}
async function restoreConfigurationSet(ses, c) {
	if ((await configurationSets(ses)).includes(c.name)) await ses.send(new import_dist_cjs.DeleteConfigurationSetCommand({ ConfigurationSetName: c.name }));
	await ses.send(new import_dist_cjs.CreateConfigurationSetCommand({ ConfigurationSet: { Name: c.name } }));
	const present = new Map((await destinationsOf(ses, c.name)).map((d) => [d.Name, d]));
	for (const EventDestination of c.eventDestinations ?? []) {
		const existing = present.get(EventDestination.Name);
		if (!existing) await ses.send(new import_dist_cjs.CreateConfigurationSetEventDestinationCommand({
			ConfigurationSetName: c.name,
			EventDestination
		}));
		else if (canonicalJson(existing).compare(canonicalJson(EventDestination)) !== 0) await ses.send(new import_dist_cjs.UpdateConfigurationSetEventDestinationCommand({
			ConfigurationSetName: c.name,
			EventDestination
		}));
	}
}
/** Made anew with its rules in order, each after the one before it; then made active when it was. */
async function restoreRuleSet(ses, r) {
	const RuleSetName = r.name;
	if ((await unlessUnimplemented(ses, "DescribeActiveReceiptRuleSet", () => ses.send(new import_dist_cjs.DescribeActiveReceiptRuleSetCommand({}))))?.Metadata?.Name === RuleSetName) await ses.send(new import_dist_cjs.SetActiveReceiptRuleSetCommand({}));
	if ((await ruleSets(ses)).includes(RuleSetName)) await ses.send(new import_dist_cjs.DeleteReceiptRuleSetCommand({ RuleSetName }));
	await ses.send(new import_dist_cjs.CreateReceiptRuleSetCommand({ RuleSetName }));
	let after;
	for (const Rule of r.rules ?? []) {
		await ses.send(new import_dist_cjs.CreateReceiptRuleCommand({
			RuleSetName,
			Rule,
			After: after
		}));
		after = Rule.Name;
	}
	if (r.active) await ses.send(new import_dist_cjs.SetActiveReceiptRuleSetCommand({ RuleSetName }));
}
/**
* SES: identities (addresses and domains, with DKIM, notification topics, feedback forwarding
* and MAIL FROM domain), templates, configuration sets with their event destinations, receipt
* rule sets with their rules in order, and which one is active (v1 API); identities only SESv2
* lists, contact lists with their contacts, dedicated IP pools, the suppression list and its
* settings (SESv2, see `sesv2.ts`).
*/
const ses = {
	name: "ses",
	dependsOn: [
		"sns",
		"lambda",
		"s3"
	],
	capture,
	regionsWithState,
	clear,
	restore: (context, region, records) => {
		const api = client(context, region);
		return restoreRecords(context, records, 1, on(IDENTITY, (i) => restoreIdentity(api, i)), on(TEMPLATE, (t) => restoreTemplate(api, t)), on(CONFIGURATION_SET, (c) => restoreConfigurationSet(api, c)), on(RULE_SET, (r) => restoreRuleSet(api, r)), ...v2Handlers(context, region));
	},
	requests: { signingName: "ses" }
};
export { ses };
