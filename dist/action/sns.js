import { a as __toCommonJS, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$2, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$1, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { n as mapOrdered, t as forEachLimit } from "./concurrency.js";
import { c as isNamed, f as unlessUnimplemented, m as clientOf, o as createOrUpdate, r as collect } from "./kit.js";
import { a as sortBy, d as on, g as recordKind, o as sortedRecord, p as restoreContainers, r as compare } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { n as sortedTags, t as replaceTags } from "./tags.js";
// src/engine/state/portable/sns/records.ts
var import_dist_cjs = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports) => {
	const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client(), __toCommonJS(client_exports));
	const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
	const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client$1(), __toCommonJS(client_exports$1));
	const { Command: $Command } = (init_client$1(), __toCommonJS(client_exports$1));
	const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
	const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
	const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
	const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
	const { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
	const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
	const { defaultProvider } = require_dist_cjs$1();
	const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
	const { streamCollector, NodeHttpHandler } = require_dist_cjs$2();
	const { AwsQueryProtocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const defaultSNSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "sns",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultSNSHttpAuthSchemeProvider = (authParameters) => {
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
			defaultSigningName: "sns"
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
	const m = "ref";
	const a = -1;
	const b = true;
	const c = "isSet";
	const d = "PartitionResult";
	const e = "booleanEquals";
	const f = "getAttr";
	const g = "stringEquals";
	const h = { [m]: "Endpoint" };
	const i = { [m]: d };
	const j = { [m]: "Region" };
	const k = {};
	const l = [j];
	const _data = {
		conditions: [
			[c, [h]],
			[c, l],
			[
				"aws.partition",
				l,
				d
			],
			[e, [{ [m]: "UseFIPS" }, b]],
			[e, [{ [m]: "UseDualStack" }, b]],
			[e, [{
				fn: f,
				argv: [i, "supportsDualStack"]
			}, b]],
			[e, [{
				fn: f,
				argv: [i, "supportsFIPS"]
			}, b]],
			[g, [j, "us-gov-east-1"]],
			[g, [j, "us-gov-west-1"]]
		],
		results: [
			[a],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[h, k],
			["https://sns-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://sns.us-gov-east-1.amazonaws.com", k],
			["https://sns.us-gov-west-1.amazonaws.com", k],
			["https://sns-fips.{Region}.{PartitionResult#dnsSuffix}", k],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://sns.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://sns.{Region}.{PartitionResult#dnsSuffix}", k],
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
		100000013,
		2,
		5,
		100000013,
		3,
		8,
		6,
		4,
		7,
		100000012,
		5,
		100000010,
		100000011,
		4,
		12,
		9,
		6,
		10,
		100000009,
		7,
		100000006,
		11,
		8,
		100000007,
		100000008,
		5,
		13,
		100000005,
		6,
		100000004,
		100000005,
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
	var SNSServiceException = class SNSServiceException extends ServiceException {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sns#SNSServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, SNSServiceException.prototype);
		}
	};
	var AuthorizationErrorException = class AuthorizationErrorException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#AuthorizationErrorException";
		name = "AuthorizationErrorException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AuthorizationErrorException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AuthorizationErrorException.prototype);
		}
	};
	var InternalErrorException = class InternalErrorException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#InternalErrorException";
		name = "InternalErrorException";
		$fault = "server";
		constructor(opts) {
			super({
				name: "InternalErrorException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, InternalErrorException.prototype);
		}
	};
	var InvalidParameterException = class InvalidParameterException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#InvalidParameterException";
		name = "InvalidParameterException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidParameterException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidParameterException.prototype);
		}
	};
	var NotFoundException = class NotFoundException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#NotFoundException";
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
	var ThrottledException = class ThrottledException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#ThrottledException";
		name = "ThrottledException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ThrottledException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ThrottledException.prototype);
		}
	};
	var FilterPolicyLimitExceededException = class FilterPolicyLimitExceededException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#FilterPolicyLimitExceededException";
		name = "FilterPolicyLimitExceededException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "FilterPolicyLimitExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, FilterPolicyLimitExceededException.prototype);
		}
	};
	var ReplayLimitExceededException = class ReplayLimitExceededException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#ReplayLimitExceededException";
		name = "ReplayLimitExceededException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ReplayLimitExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ReplayLimitExceededException.prototype);
		}
	};
	var SubscriptionLimitExceededException = class SubscriptionLimitExceededException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#SubscriptionLimitExceededException";
		name = "SubscriptionLimitExceededException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SubscriptionLimitExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SubscriptionLimitExceededException.prototype);
		}
	};
	var OptedOutException = class OptedOutException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#OptedOutException";
		name = "OptedOutException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "OptedOutException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, OptedOutException.prototype);
		}
	};
	var UserErrorException = class UserErrorException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#UserErrorException";
		name = "UserErrorException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "UserErrorException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UserErrorException.prototype);
		}
	};
	var ConcurrentAccessException = class ConcurrentAccessException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#ConcurrentAccessException";
		name = "ConcurrentAccessException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ConcurrentAccessException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConcurrentAccessException.prototype);
		}
	};
	var InvalidSecurityException = class InvalidSecurityException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#InvalidSecurityException";
		name = "InvalidSecurityException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidSecurityException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidSecurityException.prototype);
		}
	};
	var StaleTagException = class StaleTagException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#StaleTagException";
		name = "StaleTagException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "StaleTagException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, StaleTagException.prototype);
		}
	};
	var TagLimitExceededException = class TagLimitExceededException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#TagLimitExceededException";
		name = "TagLimitExceededException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TagLimitExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TagLimitExceededException.prototype);
		}
	};
	var TagPolicyException = class TagPolicyException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#TagPolicyException";
		name = "TagPolicyException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TagPolicyException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TagPolicyException.prototype);
		}
	};
	var TopicLimitExceededException = class TopicLimitExceededException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#TopicLimitExceededException";
		name = "TopicLimitExceededException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TopicLimitExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TopicLimitExceededException.prototype);
		}
	};
	var ResourceNotFoundException = class ResourceNotFoundException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#ResourceNotFoundException";
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
	var InvalidStateException = class InvalidStateException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#InvalidStateException";
		name = "InvalidStateException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidStateException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidStateException.prototype);
		}
	};
	var ValidationException = class ValidationException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#ValidationException";
		name = "ValidationException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "ValidationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ValidationException.prototype);
			this.Message = opts.Message;
		}
	};
	var EndpointDisabledException = class EndpointDisabledException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#EndpointDisabledException";
		name = "EndpointDisabledException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "EndpointDisabledException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EndpointDisabledException.prototype);
		}
	};
	var InvalidParameterValueException = class InvalidParameterValueException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#InvalidParameterValueException";
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
	var KMSAccessDeniedException = class KMSAccessDeniedException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#KMSAccessDeniedException";
		name = "KMSAccessDeniedException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KMSAccessDeniedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KMSAccessDeniedException.prototype);
		}
	};
	var KMSDisabledException = class KMSDisabledException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#KMSDisabledException";
		name = "KMSDisabledException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KMSDisabledException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KMSDisabledException.prototype);
		}
	};
	var KMSInvalidStateException = class KMSInvalidStateException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#KMSInvalidStateException";
		name = "KMSInvalidStateException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KMSInvalidStateException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KMSInvalidStateException.prototype);
		}
	};
	var KMSNotFoundException = class KMSNotFoundException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#KMSNotFoundException";
		name = "KMSNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KMSNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KMSNotFoundException.prototype);
		}
	};
	var KMSOptInRequired = class KMSOptInRequired extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#KMSOptInRequired";
		name = "KMSOptInRequired";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KMSOptInRequired",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KMSOptInRequired.prototype);
		}
	};
	var KMSThrottlingException = class KMSThrottlingException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#KMSThrottlingException";
		name = "KMSThrottlingException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KMSThrottlingException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KMSThrottlingException.prototype);
		}
	};
	var PlatformApplicationDisabledException = class PlatformApplicationDisabledException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#PlatformApplicationDisabledException";
		name = "PlatformApplicationDisabledException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "PlatformApplicationDisabledException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, PlatformApplicationDisabledException.prototype);
		}
	};
	var BatchEntryIdsNotDistinctException = class BatchEntryIdsNotDistinctException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#BatchEntryIdsNotDistinctException";
		name = "BatchEntryIdsNotDistinctException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BatchEntryIdsNotDistinctException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BatchEntryIdsNotDistinctException.prototype);
		}
	};
	var BatchRequestTooLongException = class BatchRequestTooLongException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#BatchRequestTooLongException";
		name = "BatchRequestTooLongException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BatchRequestTooLongException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BatchRequestTooLongException.prototype);
		}
	};
	var EmptyBatchRequestException = class EmptyBatchRequestException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#EmptyBatchRequestException";
		name = "EmptyBatchRequestException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "EmptyBatchRequestException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EmptyBatchRequestException.prototype);
		}
	};
	var InvalidBatchEntryIdException = class InvalidBatchEntryIdException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#InvalidBatchEntryIdException";
		name = "InvalidBatchEntryIdException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidBatchEntryIdException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidBatchEntryIdException.prototype);
		}
	};
	var TooManyEntriesInBatchRequestException = class TooManyEntriesInBatchRequestException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#TooManyEntriesInBatchRequestException";
		name = "TooManyEntriesInBatchRequestException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyEntriesInBatchRequestException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyEntriesInBatchRequestException.prototype);
		}
	};
	var VerificationException = class VerificationException extends SNSServiceException {
		static shapeId = "com.amazonaws.sns#VerificationException";
		name = "VerificationException";
		$fault = "client";
		Message;
		Status;
		constructor(opts) {
			super({
				name: "VerificationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, VerificationException.prototype);
			this.Message = opts.Message;
			this.Status = opts.Status;
		}
	};
	const _A = "Attributes";
	const _AEE = "AuthorizationErrorException";
	const _AN = "ActionName";
	const _ANt = "AttributeName";
	const _AOU = "AuthenticateOnUnsubscribe";
	const _AP = "AddPermission";
	const _API = "AddPermissionInput";
	const _AV = "AttributeValue";
	const _AWSAI = "AWSAccountId";
	const _BEINDE = "BatchEntryIdsNotDistinctException";
	const _BREE = "BatchResultErrorEntry";
	const _BREEL = "BatchResultErrorEntryList";
	const _BRTLE = "BatchRequestTooLongException";
	const _BV = "BinaryValue";
	const _C = "Code";
	const _CA = "CreatedAt";
	const _CAE = "ConcurrentAccessException";
	const _CER = "CreateEndpointResponse";
	const _CIPNIOO = "CheckIfPhoneNumberIsOptedOut";
	const _CIPNIOOI = "CheckIfPhoneNumberIsOptedOutInput";
	const _CIPNIOOR = "CheckIfPhoneNumberIsOptedOutResponse";
	const _CPA = "CreatePlatformApplication";
	const _CPAI = "CreatePlatformApplicationInput";
	const _CPAR = "CreatePlatformApplicationResponse";
	const _CPE = "CreatePlatformEndpoint";
	const _CPEI = "CreatePlatformEndpointInput";
	const _CS = "ConfirmSubscription";
	const _CSI = "ConfirmSubscriptionInput";
	const _CSMSSPN = "CreateSMSSandboxPhoneNumber";
	const _CSMSSPNI = "CreateSMSSandboxPhoneNumberInput";
	const _CSMSSPNR = "CreateSMSSandboxPhoneNumberResult";
	const _CSR = "ConfirmSubscriptionResponse";
	const _CT = "CreateTopic";
	const _CTI = "CreateTopicInput";
	const _CTR = "CreateTopicResponse";
	const _CUD = "CustomUserData";
	const _DE = "DeleteEndpoint";
	const _DEI = "DeleteEndpointInput";
	const _DPA = "DeletePlatformApplication";
	const _DPAI = "DeletePlatformApplicationInput";
	const _DPP = "DataProtectionPolicy";
	const _DSMSSPN = "DeleteSMSSandboxPhoneNumber";
	const _DSMSSPNI = "DeleteSMSSandboxPhoneNumberInput";
	const _DSMSSPNR = "DeleteSMSSandboxPhoneNumberResult";
	const _DT = "DataType";
	const _DTI = "DeleteTopicInput";
	const _DTe = "DeleteTopic";
	const _E = "Endpoint";
	const _EA = "EndpointArn";
	const _EBRE = "EmptyBatchRequestException";
	const _EDE = "EndpointDisabledException";
	const _En = "Endpoints";
	const _F = "Failed";
	const _FPLEE = "FilterPolicyLimitExceededException";
	const _GDPP = "GetDataProtectionPolicy";
	const _GDPPI = "GetDataProtectionPolicyInput";
	const _GDPPR = "GetDataProtectionPolicyResponse";
	const _GEA = "GetEndpointAttributes";
	const _GEAI = "GetEndpointAttributesInput";
	const _GEAR = "GetEndpointAttributesResponse";
	const _GPAA = "GetPlatformApplicationAttributes";
	const _GPAAI = "GetPlatformApplicationAttributesInput";
	const _GPAAR = "GetPlatformApplicationAttributesResponse";
	const _GSA = "GetSubscriptionAttributes";
	const _GSAI = "GetSubscriptionAttributesInput";
	const _GSAR = "GetSubscriptionAttributesResponse";
	const _GSMSA = "GetSMSAttributes";
	const _GSMSAI = "GetSMSAttributesInput";
	const _GSMSAR = "GetSMSAttributesResponse";
	const _GSMSSAS = "GetSMSSandboxAccountStatus";
	const _GSMSSASI = "GetSMSSandboxAccountStatusInput";
	const _GSMSSASR = "GetSMSSandboxAccountStatusResult";
	const _GTA = "GetTopicAttributes";
	const _GTAI = "GetTopicAttributesInput";
	const _GTAR = "GetTopicAttributesResponse";
	const _I = "Id";
	const _IBEIE = "InvalidBatchEntryIdException";
	const _ICC = "Iso2CountryCode";
	const _IEE = "InternalErrorException";
	const _IIS = "IsInSandbox";
	const _IPE = "InvalidParameterException";
	const _IPVE = "InvalidParameterValueException";
	const _ISE = "InvalidSecurityException";
	const _ISEn = "InvalidStateException";
	const _K = "Key";
	const _KMSADE = "KMSAccessDeniedException";
	const _KMSDE = "KMSDisabledException";
	const _KMSISE = "KMSInvalidStateException";
	const _KMSNFE = "KMSNotFoundException";
	const _KMSOIR = "KMSOptInRequired";
	const _KMSTE = "KMSThrottlingException";
	const _L = "Label";
	const _LC = "LanguageCode";
	const _LEBPA = "ListEndpointsByPlatformApplication";
	const _LEBPAI = "ListEndpointsByPlatformApplicationInput";
	const _LEBPAR = "ListEndpointsByPlatformApplicationResponse";
	const _LOE = "ListOfEndpoints";
	const _LON = "ListOriginationNumbers";
	const _LONR = "ListOriginationNumbersRequest";
	const _LONRi = "ListOriginationNumbersResult";
	const _LOPA = "ListOfPlatformApplications";
	const _LPA = "ListPlatformApplications";
	const _LPAI = "ListPlatformApplicationsInput";
	const _LPAR = "ListPlatformApplicationsResponse";
	const _LPNOO = "ListPhoneNumbersOptedOut";
	const _LPNOOI = "ListPhoneNumbersOptedOutInput";
	const _LPNOOR = "ListPhoneNumbersOptedOutResponse";
	const _LS = "ListSubscriptions";
	const _LSBT = "ListSubscriptionsByTopic";
	const _LSBTI = "ListSubscriptionsByTopicInput";
	const _LSBTR = "ListSubscriptionsByTopicResponse";
	const _LSI = "ListSubscriptionsInput";
	const _LSMSSPN = "ListSMSSandboxPhoneNumbers";
	const _LSMSSPNI = "ListSMSSandboxPhoneNumbersInput";
	const _LSMSSPNR = "ListSMSSandboxPhoneNumbersResult";
	const _LSR = "ListSubscriptionsResponse";
	const _LT = "ListTopics";
	const _LTFR = "ListTagsForResource";
	const _LTFRR = "ListTagsForResourceRequest";
	const _LTFRRi = "ListTagsForResourceResponse";
	const _LTI = "ListTopicsInput";
	const _LTR = "ListTopicsResponse";
	const _M = "Message";
	const _MA = "MessageAttributes";
	const _MAM = "MessageAttributeMap";
	const _MAV = "MessageAttributeValue";
	const _MDI = "MessageDeduplicationId";
	const _MGI = "MessageGroupId";
	const _MI = "MessageId";
	const _MR = "MaxResults";
	const _MS = "MessageStructure";
	const _N = "Name";
	const _NC = "NumberCapabilities";
	const _NFE = "NotFoundException";
	const _NT = "NextToken";
	const _O = "Owner";
	const _OIPN = "OptInPhoneNumber";
	const _OIPNI = "OptInPhoneNumberInput";
	const _OIPNR = "OptInPhoneNumberResponse";
	const _OOE = "OptedOutException";
	const _OTP = "OneTimePassword";
	const _P = "Platform";
	const _PA = "PlatformApplications";
	const _PAA = "PlatformApplicationArn";
	const _PADE = "PlatformApplicationDisabledException";
	const _PAl = "PlatformApplication";
	const _PB = "PublishBatch";
	const _PBI = "PublishBatchInput";
	const _PBR = "PublishBatchResponse";
	const _PBRE = "PublishBatchRequestEntries";
	const _PBREL = "PublishBatchRequestEntryList";
	const _PBRELu = "PublishBatchResultEntryList";
	const _PBREu = "PublishBatchRequestEntry";
	const _PBREub = "PublishBatchResultEntry";
	const _PDPP = "PutDataProtectionPolicy";
	const _PDPPI = "PutDataProtectionPolicyInput";
	const _PI = "PublishInput";
	const _PN = "PhoneNumber";
	const _PNI = "PhoneNumberInformation";
	const _PNIL = "PhoneNumberInformationList";
	const _PNL = "PhoneNumberList";
	const _PNS = "PhoneNumberString";
	const _PNh = "PhoneNumbers";
	const _PR = "PublishResponse";
	const _Pr = "Protocol";
	const _Pu = "Publish";
	const _RA = "ResourceArn";
	const _RLEE = "ReplayLimitExceededException";
	const _RNFE = "ResourceNotFoundException";
	const _RP = "RemovePermission";
	const _RPI = "RemovePermissionInput";
	const _RSA = "ReturnSubscriptionArn";
	const _RT = "RouteType";
	const _S = "Status";
	const _SA = "SubscriptionArn";
	const _SEA = "SetEndpointAttributes";
	const _SEAI = "SetEndpointAttributesInput";
	const _SF = "SenderFault";
	const _SI = "SubscribeInput";
	const _SL = "SubscriptionsList";
	const _SLEE = "SubscriptionLimitExceededException";
	const _SMSSPN = "SMSSandboxPhoneNumber";
	const _SMSSPNL = "SMSSandboxPhoneNumberList";
	const _SN = "SequenceNumber";
	const _SPAA = "SetPlatformApplicationAttributes";
	const _SPAAI = "SetPlatformApplicationAttributesInput";
	const _SR = "SubscribeResponse";
	const _SSA = "SetSubscriptionAttributes";
	const _SSAI = "SetSubscriptionAttributesInput";
	const _SSMSA = "SetSMSAttributes";
	const _SSMSAI = "SetSMSAttributesInput";
	const _SSMSAR = "SetSMSAttributesResponse";
	const _STA = "SetTopicAttributes";
	const _STAI = "SetTopicAttributesInput";
	const _STE = "StaleTagException";
	const _SV = "StringValue";
	const _Su = "Subscriptions";
	const _Sub = "Subject";
	const _Subs = "Subscription";
	const _Subsc = "Subscribe";
	const _Suc = "Successful";
	const _T = "Token";
	const _TA = "TopicArn";
	const _TAa = "TargetArn";
	const _TE = "ThrottledException";
	const _TK = "TagKeys";
	const _TL = "TagList";
	const _TLEE = "TagLimitExceededException";
	const _TLEEo = "TopicLimitExceededException";
	const _TLo = "TopicsList";
	const _TMEIBRE = "TooManyEntriesInBatchRequestException";
	const _TPE = "TagPolicyException";
	const _TR = "TagResource";
	const _TRR = "TagResourceRequest";
	const _TRRa = "TagResourceResponse";
	const _Ta = "Tags";
	const _Tag = "Tag";
	const _To = "Topics";
	const _Top = "Topic";
	const _U = "Unsubscribe";
	const _UEE = "UserErrorException";
	const _UI = "UnsubscribeInput";
	const _UR = "UntagResource";
	const _URR = "UntagResourceRequest";
	const _URRn = "UntagResourceResponse";
	const _V = "Value";
	const _VE = "ValidationException";
	const _VEe = "VerificationException";
	const _VSMSSPN = "VerifySMSSandboxPhoneNumber";
	const _VSMSSPNI = "VerifySMSSandboxPhoneNumberInput";
	const _VSMSSPNR = "VerifySMSSandboxPhoneNumberResult";
	const _a = "attributes";
	const _aQE = "awsQueryError";
	const _c = "client";
	const _e = "error";
	const _hE = "httpError";
	const _iOO = "isOptedOut";
	const _m = "message";
	const _nT = "nextToken";
	const _pN = "phoneNumber";
	const _pNh = "phoneNumbers";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.sns";
	const _se = "server";
	const _xN = "xmlName";
	const n0 = "com.amazonaws.sns";
	const _s_registry = new TypeRegistry(_s);
	var SNSServiceException$ = [
		-3,
		_s,
		"SNSServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(SNSServiceException$, SNSServiceException);
	const n0_registry = new TypeRegistry(n0);
	var AuthorizationErrorException$ = [
		-3,
		n0,
		_AEE,
		{
			[_aQE]: [`AuthorizationError`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AuthorizationErrorException$, AuthorizationErrorException);
	var BatchEntryIdsNotDistinctException$ = [
		-3,
		n0,
		_BEINDE,
		{
			[_aQE]: [`BatchEntryIdsNotDistinct`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(BatchEntryIdsNotDistinctException$, BatchEntryIdsNotDistinctException);
	var BatchRequestTooLongException$ = [
		-3,
		n0,
		_BRTLE,
		{
			[_aQE]: [`BatchRequestTooLong`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(BatchRequestTooLongException$, BatchRequestTooLongException);
	var ConcurrentAccessException$ = [
		-3,
		n0,
		_CAE,
		{
			[_aQE]: [`ConcurrentAccess`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ConcurrentAccessException$, ConcurrentAccessException);
	var EmptyBatchRequestException$ = [
		-3,
		n0,
		_EBRE,
		{
			[_aQE]: [`EmptyBatchRequest`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(EmptyBatchRequestException$, EmptyBatchRequestException);
	var EndpointDisabledException$ = [
		-3,
		n0,
		_EDE,
		{
			[_aQE]: [`EndpointDisabled`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(EndpointDisabledException$, EndpointDisabledException);
	var FilterPolicyLimitExceededException$ = [
		-3,
		n0,
		_FPLEE,
		{
			[_aQE]: [`FilterPolicyLimitExceeded`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(FilterPolicyLimitExceededException$, FilterPolicyLimitExceededException);
	var InternalErrorException$ = [
		-3,
		n0,
		_IEE,
		{
			[_aQE]: [`InternalError`, 500],
			[_e]: _se,
			[_hE]: 500
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InternalErrorException$, InternalErrorException);
	var InvalidBatchEntryIdException$ = [
		-3,
		n0,
		_IBEIE,
		{
			[_aQE]: [`InvalidBatchEntryId`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidBatchEntryIdException$, InvalidBatchEntryIdException);
	var InvalidParameterException$ = [
		-3,
		n0,
		_IPE,
		{
			[_aQE]: [`InvalidParameter`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
	var InvalidParameterValueException$ = [
		-3,
		n0,
		_IPVE,
		{
			[_aQE]: [`ParameterValueInvalid`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
	var InvalidSecurityException$ = [
		-3,
		n0,
		_ISE,
		{
			[_aQE]: [`InvalidSecurity`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidSecurityException$, InvalidSecurityException);
	var InvalidStateException$ = [
		-3,
		n0,
		_ISEn,
		{
			[_aQE]: [`InvalidState`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidStateException$, InvalidStateException);
	var KMSAccessDeniedException$ = [
		-3,
		n0,
		_KMSADE,
		{
			[_aQE]: [`KMSAccessDenied`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSAccessDeniedException$, KMSAccessDeniedException);
	var KMSDisabledException$ = [
		-3,
		n0,
		_KMSDE,
		{
			[_aQE]: [`KMSDisabled`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSDisabledException$, KMSDisabledException);
	var KMSInvalidStateException$ = [
		-3,
		n0,
		_KMSISE,
		{
			[_aQE]: [`KMSInvalidState`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
	var KMSNotFoundException$ = [
		-3,
		n0,
		_KMSNFE,
		{
			[_aQE]: [`KMSNotFound`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSNotFoundException$, KMSNotFoundException);
	var KMSOptInRequired$ = [
		-3,
		n0,
		_KMSOIR,
		{
			[_aQE]: [`KMSOptInRequired`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSOptInRequired$, KMSOptInRequired);
	var KMSThrottlingException$ = [
		-3,
		n0,
		_KMSTE,
		{
			[_aQE]: [`KMSThrottling`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSThrottlingException$, KMSThrottlingException);
	var NotFoundException$ = [
		-3,
		n0,
		_NFE,
		{
			[_aQE]: [`NotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NotFoundException$, NotFoundException);
	var OptedOutException$ = [
		-3,
		n0,
		_OOE,
		{
			[_aQE]: [`OptedOut`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(OptedOutException$, OptedOutException);
	var PlatformApplicationDisabledException$ = [
		-3,
		n0,
		_PADE,
		{
			[_aQE]: [`PlatformApplicationDisabled`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(PlatformApplicationDisabledException$, PlatformApplicationDisabledException);
	var ReplayLimitExceededException$ = [
		-3,
		n0,
		_RLEE,
		{
			[_aQE]: [`ReplayLimitExceeded`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ReplayLimitExceededException$, ReplayLimitExceededException);
	var ResourceNotFoundException$ = [
		-3,
		n0,
		_RNFE,
		{
			[_aQE]: [`ResourceNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
	var StaleTagException$ = [
		-3,
		n0,
		_STE,
		{
			[_aQE]: [`StaleTag`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(StaleTagException$, StaleTagException);
	var SubscriptionLimitExceededException$ = [
		-3,
		n0,
		_SLEE,
		{
			[_aQE]: [`SubscriptionLimitExceeded`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SubscriptionLimitExceededException$, SubscriptionLimitExceededException);
	var TagLimitExceededException$ = [
		-3,
		n0,
		_TLEE,
		{
			[_aQE]: [`TagLimitExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TagLimitExceededException$, TagLimitExceededException);
	var TagPolicyException$ = [
		-3,
		n0,
		_TPE,
		{
			[_aQE]: [`TagPolicy`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TagPolicyException$, TagPolicyException);
	var ThrottledException$ = [
		-3,
		n0,
		_TE,
		{
			[_aQE]: [`Throttled`, 429],
			[_e]: _c,
			[_hE]: 429
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ThrottledException$, ThrottledException);
	var TooManyEntriesInBatchRequestException$ = [
		-3,
		n0,
		_TMEIBRE,
		{
			[_aQE]: [`TooManyEntriesInBatchRequest`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TooManyEntriesInBatchRequestException$, TooManyEntriesInBatchRequestException);
	var TopicLimitExceededException$ = [
		-3,
		n0,
		_TLEEo,
		{
			[_aQE]: [`TopicLimitExceeded`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TopicLimitExceededException$, TopicLimitExceededException);
	var UserErrorException$ = [
		-3,
		n0,
		_UEE,
		{
			[_aQE]: [`UserError`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(UserErrorException$, UserErrorException);
	var ValidationException$ = [
		-3,
		n0,
		_VE,
		{
			[_aQE]: [`ValidationException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_M],
		[0],
		1
	];
	n0_registry.registerError(ValidationException$, ValidationException);
	var VerificationException$ = [
		-3,
		n0,
		_VEe,
		{ [_e]: _c },
		[_M, _S],
		[0, 0],
		2
	];
	n0_registry.registerError(VerificationException$, VerificationException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var PhoneNumber = [
		0,
		n0,
		_PN,
		8,
		0
	];
	var PhoneNumberString = [
		0,
		n0,
		_PNS,
		8,
		0
	];
	var AddPermissionInput$ = [
		3,
		n0,
		_API,
		0,
		[
			_TA,
			_L,
			_AWSAI,
			_AN
		],
		[
			0,
			0,
			64,
			64
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
			_C,
			_SF,
			_M
		],
		[
			0,
			0,
			2,
			0
		],
		3
	];
	var CheckIfPhoneNumberIsOptedOutInput$ = [
		3,
		n0,
		_CIPNIOOI,
		0,
		[_pN],
		[[() => PhoneNumber, 0]],
		1
	];
	var CheckIfPhoneNumberIsOptedOutResponse$ = [
		3,
		n0,
		_CIPNIOOR,
		0,
		[_iOO],
		[2]
	];
	var ConfirmSubscriptionInput$ = [
		3,
		n0,
		_CSI,
		0,
		[
			_TA,
			_T,
			_AOU
		],
		[
			0,
			0,
			0
		],
		2
	];
	var ConfirmSubscriptionResponse$ = [
		3,
		n0,
		_CSR,
		0,
		[_SA],
		[0]
	];
	var CreateEndpointResponse$ = [
		3,
		n0,
		_CER,
		0,
		[_EA],
		[0]
	];
	var CreatePlatformApplicationInput$ = [
		3,
		n0,
		_CPAI,
		0,
		[
			_N,
			_P,
			_A
		],
		[
			0,
			0,
			128
		],
		3
	];
	var CreatePlatformApplicationResponse$ = [
		3,
		n0,
		_CPAR,
		0,
		[_PAA],
		[0]
	];
	var CreatePlatformEndpointInput$ = [
		3,
		n0,
		_CPEI,
		0,
		[
			_PAA,
			_T,
			_CUD,
			_A
		],
		[
			0,
			0,
			0,
			128
		],
		2
	];
	var CreateSMSSandboxPhoneNumberInput$ = [
		3,
		n0,
		_CSMSSPNI,
		0,
		[_PN, _LC],
		[[() => PhoneNumberString, 0], 0],
		1
	];
	var CreateSMSSandboxPhoneNumberResult$ = [
		3,
		n0,
		_CSMSSPNR,
		0,
		[],
		[]
	];
	var CreateTopicInput$ = [
		3,
		n0,
		_CTI,
		0,
		[
			_N,
			_A,
			_Ta,
			_DPP
		],
		[
			0,
			128,
			() => TagList,
			0
		],
		1
	];
	var CreateTopicResponse$ = [
		3,
		n0,
		_CTR,
		0,
		[_TA],
		[0]
	];
	var DeleteEndpointInput$ = [
		3,
		n0,
		_DEI,
		0,
		[_EA],
		[0],
		1
	];
	var DeletePlatformApplicationInput$ = [
		3,
		n0,
		_DPAI,
		0,
		[_PAA],
		[0],
		1
	];
	var DeleteSMSSandboxPhoneNumberInput$ = [
		3,
		n0,
		_DSMSSPNI,
		0,
		[_PN],
		[[() => PhoneNumberString, 0]],
		1
	];
	var DeleteSMSSandboxPhoneNumberResult$ = [
		3,
		n0,
		_DSMSSPNR,
		0,
		[],
		[]
	];
	var DeleteTopicInput$ = [
		3,
		n0,
		_DTI,
		0,
		[_TA],
		[0],
		1
	];
	var Endpoint$ = [
		3,
		n0,
		_E,
		0,
		[_EA, _A],
		[0, 128]
	];
	var GetDataProtectionPolicyInput$ = [
		3,
		n0,
		_GDPPI,
		0,
		[_RA],
		[0],
		1
	];
	var GetDataProtectionPolicyResponse$ = [
		3,
		n0,
		_GDPPR,
		0,
		[_DPP],
		[0]
	];
	var GetEndpointAttributesInput$ = [
		3,
		n0,
		_GEAI,
		0,
		[_EA],
		[0],
		1
	];
	var GetEndpointAttributesResponse$ = [
		3,
		n0,
		_GEAR,
		0,
		[_A],
		[128]
	];
	var GetPlatformApplicationAttributesInput$ = [
		3,
		n0,
		_GPAAI,
		0,
		[_PAA],
		[0],
		1
	];
	var GetPlatformApplicationAttributesResponse$ = [
		3,
		n0,
		_GPAAR,
		0,
		[_A],
		[128]
	];
	var GetSMSAttributesInput$ = [
		3,
		n0,
		_GSMSAI,
		0,
		[_a],
		[64]
	];
	var GetSMSAttributesResponse$ = [
		3,
		n0,
		_GSMSAR,
		0,
		[_a],
		[128]
	];
	var GetSMSSandboxAccountStatusInput$ = [
		3,
		n0,
		_GSMSSASI,
		0,
		[],
		[]
	];
	var GetSMSSandboxAccountStatusResult$ = [
		3,
		n0,
		_GSMSSASR,
		0,
		[_IIS],
		[2],
		1
	];
	var GetSubscriptionAttributesInput$ = [
		3,
		n0,
		_GSAI,
		0,
		[_SA],
		[0],
		1
	];
	var GetSubscriptionAttributesResponse$ = [
		3,
		n0,
		_GSAR,
		0,
		[_A],
		[128]
	];
	var GetTopicAttributesInput$ = [
		3,
		n0,
		_GTAI,
		0,
		[_TA],
		[0],
		1
	];
	var GetTopicAttributesResponse$ = [
		3,
		n0,
		_GTAR,
		0,
		[_A],
		[128]
	];
	var ListEndpointsByPlatformApplicationInput$ = [
		3,
		n0,
		_LEBPAI,
		0,
		[_PAA, _NT],
		[0, 0],
		1
	];
	var ListEndpointsByPlatformApplicationResponse$ = [
		3,
		n0,
		_LEBPAR,
		0,
		[_En, _NT],
		[() => ListOfEndpoints, 0]
	];
	var ListOriginationNumbersRequest$ = [
		3,
		n0,
		_LONR,
		0,
		[_NT, _MR],
		[0, 1]
	];
	var ListOriginationNumbersResult$ = [
		3,
		n0,
		_LONRi,
		0,
		[_NT, _PNh],
		[0, [() => PhoneNumberInformationList, 0]]
	];
	var ListPhoneNumbersOptedOutInput$ = [
		3,
		n0,
		_LPNOOI,
		0,
		[_nT],
		[0]
	];
	var ListPhoneNumbersOptedOutResponse$ = [
		3,
		n0,
		_LPNOOR,
		0,
		[_pNh, _nT],
		[[() => PhoneNumberList, 0], 0]
	];
	var ListPlatformApplicationsInput$ = [
		3,
		n0,
		_LPAI,
		0,
		[_NT],
		[0]
	];
	var ListPlatformApplicationsResponse$ = [
		3,
		n0,
		_LPAR,
		0,
		[_PA, _NT],
		[() => ListOfPlatformApplications, 0]
	];
	var ListSMSSandboxPhoneNumbersInput$ = [
		3,
		n0,
		_LSMSSPNI,
		0,
		[_NT, _MR],
		[0, 1]
	];
	var ListSMSSandboxPhoneNumbersResult$ = [
		3,
		n0,
		_LSMSSPNR,
		0,
		[_PNh, _NT],
		[[() => SMSSandboxPhoneNumberList, 0], 0],
		1
	];
	var ListSubscriptionsByTopicInput$ = [
		3,
		n0,
		_LSBTI,
		0,
		[_TA, _NT],
		[0, 0],
		1
	];
	var ListSubscriptionsByTopicResponse$ = [
		3,
		n0,
		_LSBTR,
		0,
		[_Su, _NT],
		[() => SubscriptionsList, 0]
	];
	var ListSubscriptionsInput$ = [
		3,
		n0,
		_LSI,
		0,
		[_NT],
		[0]
	];
	var ListSubscriptionsResponse$ = [
		3,
		n0,
		_LSR,
		0,
		[_Su, _NT],
		[() => SubscriptionsList, 0]
	];
	var ListTagsForResourceRequest$ = [
		3,
		n0,
		_LTFRR,
		0,
		[_RA],
		[0],
		1
	];
	var ListTagsForResourceResponse$ = [
		3,
		n0,
		_LTFRRi,
		0,
		[_Ta],
		[() => TagList]
	];
	var ListTopicsInput$ = [
		3,
		n0,
		_LTI,
		0,
		[_NT],
		[0]
	];
	var ListTopicsResponse$ = [
		3,
		n0,
		_LTR,
		0,
		[_To, _NT],
		[() => TopicsList, 0]
	];
	var MessageAttributeValue$ = [
		3,
		n0,
		_MAV,
		0,
		[
			_DT,
			_SV,
			_BV
		],
		[
			0,
			0,
			21
		],
		1
	];
	var OptInPhoneNumberInput$ = [
		3,
		n0,
		_OIPNI,
		0,
		[_pN],
		[[() => PhoneNumber, 0]],
		1
	];
	var OptInPhoneNumberResponse$ = [
		3,
		n0,
		_OIPNR,
		0,
		[],
		[]
	];
	var PhoneNumberInformation$ = [
		3,
		n0,
		_PNI,
		0,
		[
			_CA,
			_PN,
			_S,
			_ICC,
			_RT,
			_NC
		],
		[
			4,
			[() => PhoneNumber, 0],
			0,
			0,
			0,
			64
		]
	];
	var PlatformApplication$ = [
		3,
		n0,
		_PAl,
		0,
		[_PAA, _A],
		[0, 128]
	];
	var PublishBatchInput$ = [
		3,
		n0,
		_PBI,
		0,
		[_TA, _PBRE],
		[0, [() => PublishBatchRequestEntryList, 0]],
		2
	];
	var PublishBatchRequestEntry$ = [
		3,
		n0,
		_PBREu,
		0,
		[
			_I,
			_M,
			_Sub,
			_MS,
			_MA,
			_MDI,
			_MGI
		],
		[
			0,
			0,
			0,
			0,
			[() => MessageAttributeMap, 0],
			0,
			0
		],
		2
	];
	var PublishBatchResponse$ = [
		3,
		n0,
		_PBR,
		0,
		[_Suc, _F],
		[() => PublishBatchResultEntryList, () => BatchResultErrorEntryList]
	];
	var PublishBatchResultEntry$ = [
		3,
		n0,
		_PBREub,
		0,
		[
			_I,
			_MI,
			_SN
		],
		[
			0,
			0,
			0
		]
	];
	var PublishInput$ = [
		3,
		n0,
		_PI,
		0,
		[
			_M,
			_TA,
			_TAa,
			_PN,
			_Sub,
			_MS,
			_MA,
			_MDI,
			_MGI
		],
		[
			0,
			0,
			0,
			[() => PhoneNumber, 0],
			0,
			0,
			[() => MessageAttributeMap, 0],
			0,
			0
		],
		1
	];
	var PublishResponse$ = [
		3,
		n0,
		_PR,
		0,
		[_MI, _SN],
		[0, 0]
	];
	var PutDataProtectionPolicyInput$ = [
		3,
		n0,
		_PDPPI,
		0,
		[_RA, _DPP],
		[0, 0],
		2
	];
	var RemovePermissionInput$ = [
		3,
		n0,
		_RPI,
		0,
		[_TA, _L],
		[0, 0],
		2
	];
	var SetEndpointAttributesInput$ = [
		3,
		n0,
		_SEAI,
		0,
		[_EA, _A],
		[0, 128],
		2
	];
	var SetPlatformApplicationAttributesInput$ = [
		3,
		n0,
		_SPAAI,
		0,
		[_PAA, _A],
		[0, 128],
		2
	];
	var SetSMSAttributesInput$ = [
		3,
		n0,
		_SSMSAI,
		0,
		[_a],
		[128],
		1
	];
	var SetSMSAttributesResponse$ = [
		3,
		n0,
		_SSMSAR,
		0,
		[],
		[]
	];
	var SetSubscriptionAttributesInput$ = [
		3,
		n0,
		_SSAI,
		0,
		[
			_SA,
			_ANt,
			_AV
		],
		[
			0,
			0,
			0
		],
		2
	];
	var SetTopicAttributesInput$ = [
		3,
		n0,
		_STAI,
		0,
		[
			_TA,
			_ANt,
			_AV
		],
		[
			0,
			0,
			0
		],
		2
	];
	var SMSSandboxPhoneNumber$ = [
		3,
		n0,
		_SMSSPN,
		0,
		[_PN, _S],
		[[() => PhoneNumberString, 0], 0]
	];
	var SubscribeInput$ = [
		3,
		n0,
		_SI,
		0,
		[
			_TA,
			_Pr,
			_E,
			_A,
			_RSA
		],
		[
			0,
			0,
			0,
			128,
			2
		],
		2
	];
	var SubscribeResponse$ = [
		3,
		n0,
		_SR,
		0,
		[_SA],
		[0]
	];
	var Subscription$ = [
		3,
		n0,
		_Subs,
		0,
		[
			_SA,
			_O,
			_Pr,
			_E,
			_TA
		],
		[
			0,
			0,
			0,
			0,
			0
		]
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
	var Topic$ = [
		3,
		n0,
		_Top,
		0,
		[_TA],
		[0]
	];
	var UnsubscribeInput$ = [
		3,
		n0,
		_UI,
		0,
		[_SA],
		[0],
		1
	];
	var UntagResourceRequest$ = [
		3,
		n0,
		_URR,
		0,
		[_RA, _TK],
		[0, 64],
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
	var VerifySMSSandboxPhoneNumberInput$ = [
		3,
		n0,
		_VSMSSPNI,
		0,
		[_PN, _OTP],
		[[() => PhoneNumberString, 0], 0],
		2
	];
	var VerifySMSSandboxPhoneNumberResult$ = [
		3,
		n0,
		_VSMSSPNR,
		0,
		[],
		[]
	];
	var __Unit = "unit";
	var BatchResultErrorEntryList = [
		1,
		n0,
		_BREEL,
		0,
		() => BatchResultErrorEntry$
	];
	var ListOfEndpoints = [
		1,
		n0,
		_LOE,
		0,
		() => Endpoint$
	];
	var ListOfPlatformApplications = [
		1,
		n0,
		_LOPA,
		0,
		() => PlatformApplication$
	];
	var PhoneNumberInformationList = [
		1,
		n0,
		_PNIL,
		0,
		[() => PhoneNumberInformation$, 0]
	];
	var PhoneNumberList = [
		1,
		n0,
		_PNL,
		0,
		[() => PhoneNumber, 0]
	];
	var PublishBatchRequestEntryList = [
		1,
		n0,
		_PBREL,
		0,
		[() => PublishBatchRequestEntry$, 0]
	];
	var PublishBatchResultEntryList = [
		1,
		n0,
		_PBRELu,
		0,
		() => PublishBatchResultEntry$
	];
	var SMSSandboxPhoneNumberList = [
		1,
		n0,
		_SMSSPNL,
		0,
		[() => SMSSandboxPhoneNumber$, 0]
	];
	var SubscriptionsList = [
		1,
		n0,
		_SL,
		0,
		() => Subscription$
	];
	var TagList = [
		1,
		n0,
		_TL,
		0,
		() => Tag$
	];
	var TopicsList = [
		1,
		n0,
		_TLo,
		0,
		() => Topic$
	];
	var MessageAttributeMap = [
		2,
		n0,
		_MAM,
		0,
		[0, { [_xN]: _N }],
		[() => MessageAttributeValue$, { [_xN]: _V }]
	];
	var AddPermission$ = [
		9,
		n0,
		_AP,
		0,
		() => AddPermissionInput$,
		() => __Unit
	];
	var CheckIfPhoneNumberIsOptedOut$ = [
		9,
		n0,
		_CIPNIOO,
		0,
		() => CheckIfPhoneNumberIsOptedOutInput$,
		() => CheckIfPhoneNumberIsOptedOutResponse$
	];
	var ConfirmSubscription$ = [
		9,
		n0,
		_CS,
		0,
		() => ConfirmSubscriptionInput$,
		() => ConfirmSubscriptionResponse$
	];
	var CreatePlatformApplication$ = [
		9,
		n0,
		_CPA,
		0,
		() => CreatePlatformApplicationInput$,
		() => CreatePlatformApplicationResponse$
	];
	var CreatePlatformEndpoint$ = [
		9,
		n0,
		_CPE,
		0,
		() => CreatePlatformEndpointInput$,
		() => CreateEndpointResponse$
	];
	var CreateSMSSandboxPhoneNumber$ = [
		9,
		n0,
		_CSMSSPN,
		0,
		() => CreateSMSSandboxPhoneNumberInput$,
		() => CreateSMSSandboxPhoneNumberResult$
	];
	var CreateTopic$ = [
		9,
		n0,
		_CT,
		0,
		() => CreateTopicInput$,
		() => CreateTopicResponse$
	];
	var DeleteEndpoint$ = [
		9,
		n0,
		_DE,
		0,
		() => DeleteEndpointInput$,
		() => __Unit
	];
	var DeletePlatformApplication$ = [
		9,
		n0,
		_DPA,
		0,
		() => DeletePlatformApplicationInput$,
		() => __Unit
	];
	var DeleteSMSSandboxPhoneNumber$ = [
		9,
		n0,
		_DSMSSPN,
		0,
		() => DeleteSMSSandboxPhoneNumberInput$,
		() => DeleteSMSSandboxPhoneNumberResult$
	];
	var DeleteTopic$ = [
		9,
		n0,
		_DTe,
		0,
		() => DeleteTopicInput$,
		() => __Unit
	];
	var GetDataProtectionPolicy$ = [
		9,
		n0,
		_GDPP,
		0,
		() => GetDataProtectionPolicyInput$,
		() => GetDataProtectionPolicyResponse$
	];
	var GetEndpointAttributes$ = [
		9,
		n0,
		_GEA,
		0,
		() => GetEndpointAttributesInput$,
		() => GetEndpointAttributesResponse$
	];
	var GetPlatformApplicationAttributes$ = [
		9,
		n0,
		_GPAA,
		0,
		() => GetPlatformApplicationAttributesInput$,
		() => GetPlatformApplicationAttributesResponse$
	];
	var GetSMSAttributes$ = [
		9,
		n0,
		_GSMSA,
		0,
		() => GetSMSAttributesInput$,
		() => GetSMSAttributesResponse$
	];
	var GetSMSSandboxAccountStatus$ = [
		9,
		n0,
		_GSMSSAS,
		0,
		() => GetSMSSandboxAccountStatusInput$,
		() => GetSMSSandboxAccountStatusResult$
	];
	var GetSubscriptionAttributes$ = [
		9,
		n0,
		_GSA,
		0,
		() => GetSubscriptionAttributesInput$,
		() => GetSubscriptionAttributesResponse$
	];
	var GetTopicAttributes$ = [
		9,
		n0,
		_GTA,
		0,
		() => GetTopicAttributesInput$,
		() => GetTopicAttributesResponse$
	];
	var ListEndpointsByPlatformApplication$ = [
		9,
		n0,
		_LEBPA,
		0,
		() => ListEndpointsByPlatformApplicationInput$,
		() => ListEndpointsByPlatformApplicationResponse$
	];
	var ListOriginationNumbers$ = [
		9,
		n0,
		_LON,
		0,
		() => ListOriginationNumbersRequest$,
		() => ListOriginationNumbersResult$
	];
	var ListPhoneNumbersOptedOut$ = [
		9,
		n0,
		_LPNOO,
		0,
		() => ListPhoneNumbersOptedOutInput$,
		() => ListPhoneNumbersOptedOutResponse$
	];
	var ListPlatformApplications$ = [
		9,
		n0,
		_LPA,
		0,
		() => ListPlatformApplicationsInput$,
		() => ListPlatformApplicationsResponse$
	];
	var ListSMSSandboxPhoneNumbers$ = [
		9,
		n0,
		_LSMSSPN,
		0,
		() => ListSMSSandboxPhoneNumbersInput$,
		() => ListSMSSandboxPhoneNumbersResult$
	];
	var ListSubscriptions$ = [
		9,
		n0,
		_LS,
		0,
		() => ListSubscriptionsInput$,
		() => ListSubscriptionsResponse$
	];
	var ListSubscriptionsByTopic$ = [
		9,
		n0,
		_LSBT,
		0,
		() => ListSubscriptionsByTopicInput$,
		() => ListSubscriptionsByTopicResponse$
	];
	var ListTagsForResource$ = [
		9,
		n0,
		_LTFR,
		0,
		() => ListTagsForResourceRequest$,
		() => ListTagsForResourceResponse$
	];
	var ListTopics$ = [
		9,
		n0,
		_LT,
		0,
		() => ListTopicsInput$,
		() => ListTopicsResponse$
	];
	var OptInPhoneNumber$ = [
		9,
		n0,
		_OIPN,
		0,
		() => OptInPhoneNumberInput$,
		() => OptInPhoneNumberResponse$
	];
	var Publish$ = [
		9,
		n0,
		_Pu,
		0,
		() => PublishInput$,
		() => PublishResponse$
	];
	var PublishBatch$ = [
		9,
		n0,
		_PB,
		0,
		() => PublishBatchInput$,
		() => PublishBatchResponse$
	];
	var PutDataProtectionPolicy$ = [
		9,
		n0,
		_PDPP,
		0,
		() => PutDataProtectionPolicyInput$,
		() => __Unit
	];
	var RemovePermission$ = [
		9,
		n0,
		_RP,
		0,
		() => RemovePermissionInput$,
		() => __Unit
	];
	var SetEndpointAttributes$ = [
		9,
		n0,
		_SEA,
		0,
		() => SetEndpointAttributesInput$,
		() => __Unit
	];
	var SetPlatformApplicationAttributes$ = [
		9,
		n0,
		_SPAA,
		0,
		() => SetPlatformApplicationAttributesInput$,
		() => __Unit
	];
	var SetSMSAttributes$ = [
		9,
		n0,
		_SSMSA,
		0,
		() => SetSMSAttributesInput$,
		() => SetSMSAttributesResponse$
	];
	var SetSubscriptionAttributes$ = [
		9,
		n0,
		_SSA,
		0,
		() => SetSubscriptionAttributesInput$,
		() => __Unit
	];
	var SetTopicAttributes$ = [
		9,
		n0,
		_STA,
		0,
		() => SetTopicAttributesInput$,
		() => __Unit
	];
	var Subscribe$ = [
		9,
		n0,
		_Subsc,
		0,
		() => SubscribeInput$,
		() => SubscribeResponse$
	];
	var TagResource$ = [
		9,
		n0,
		_TR,
		0,
		() => TagResourceRequest$,
		() => TagResourceResponse$
	];
	var Unsubscribe$ = [
		9,
		n0,
		_U,
		0,
		() => UnsubscribeInput$,
		() => __Unit
	];
	var UntagResource$ = [
		9,
		n0,
		_UR,
		0,
		() => UntagResourceRequest$,
		() => UntagResourceResponse$
	];
	var VerifySMSSandboxPhoneNumber$ = [
		9,
		n0,
		_VSMSSPN,
		0,
		() => VerifySMSSandboxPhoneNumberInput$,
		() => VerifySMSSandboxPhoneNumberResult$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2010-03-31",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSNSHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsQueryProtocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.sns",
				errorTypeRegistries,
				xmlNamespace: "http://sns.amazonaws.com/doc/2010-03-31/",
				version: "2010-03-31",
				serviceTarget: "AmazonSimpleNotificationService"
			},
			serviceId: config?.serviceId ?? "SNS",
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
	var SNSClient = class extends Client {
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
				httpAuthSchemeParametersProvider: defaultSNSHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "AmazonSimpleNotificationService", "SNSClient", getEndpointPlugin);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	var AddPermissionCommand = class extends command(_ep0, _mw0, "AddPermission", AddPermission$) {};
	var CheckIfPhoneNumberIsOptedOutCommand = class extends command(_ep0, _mw0, "CheckIfPhoneNumberIsOptedOut", CheckIfPhoneNumberIsOptedOut$) {};
	var ConfirmSubscriptionCommand = class extends command(_ep0, _mw0, "ConfirmSubscription", ConfirmSubscription$) {};
	var CreatePlatformApplicationCommand = class extends command(_ep0, _mw0, "CreatePlatformApplication", CreatePlatformApplication$) {};
	var CreatePlatformEndpointCommand = class extends command(_ep0, _mw0, "CreatePlatformEndpoint", CreatePlatformEndpoint$) {};
	var CreateSMSSandboxPhoneNumberCommand = class extends command(_ep0, _mw0, "CreateSMSSandboxPhoneNumber", CreateSMSSandboxPhoneNumber$) {};
	var CreateTopicCommand = class extends command(_ep0, _mw0, "CreateTopic", CreateTopic$) {};
	var DeleteEndpointCommand = class extends command(_ep0, _mw0, "DeleteEndpoint", DeleteEndpoint$) {};
	var DeletePlatformApplicationCommand = class extends command(_ep0, _mw0, "DeletePlatformApplication", DeletePlatformApplication$) {};
	var DeleteSMSSandboxPhoneNumberCommand = class extends command(_ep0, _mw0, "DeleteSMSSandboxPhoneNumber", DeleteSMSSandboxPhoneNumber$) {};
	var DeleteTopicCommand = class extends command(_ep0, _mw0, "DeleteTopic", DeleteTopic$) {};
	var GetDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "GetDataProtectionPolicy", GetDataProtectionPolicy$) {};
	var GetEndpointAttributesCommand = class extends command(_ep0, _mw0, "GetEndpointAttributes", GetEndpointAttributes$) {};
	var GetPlatformApplicationAttributesCommand = class extends command(_ep0, _mw0, "GetPlatformApplicationAttributes", GetPlatformApplicationAttributes$) {};
	var GetSMSAttributesCommand = class extends command(_ep0, _mw0, "GetSMSAttributes", GetSMSAttributes$) {};
	var GetSMSSandboxAccountStatusCommand = class extends command(_ep0, _mw0, "GetSMSSandboxAccountStatus", GetSMSSandboxAccountStatus$) {};
	var GetSubscriptionAttributesCommand = class extends command(_ep0, _mw0, "GetSubscriptionAttributes", GetSubscriptionAttributes$) {};
	var GetTopicAttributesCommand = class extends command(_ep0, _mw0, "GetTopicAttributes", GetTopicAttributes$) {};
	var ListEndpointsByPlatformApplicationCommand = class extends command(_ep0, _mw0, "ListEndpointsByPlatformApplication", ListEndpointsByPlatformApplication$) {};
	var ListOriginationNumbersCommand = class extends command(_ep0, _mw0, "ListOriginationNumbers", ListOriginationNumbers$) {};
	var ListPhoneNumbersOptedOutCommand = class extends command(_ep0, _mw0, "ListPhoneNumbersOptedOut", ListPhoneNumbersOptedOut$) {};
	var ListPlatformApplicationsCommand = class extends command(_ep0, _mw0, "ListPlatformApplications", ListPlatformApplications$) {};
	var ListSMSSandboxPhoneNumbersCommand = class extends command(_ep0, _mw0, "ListSMSSandboxPhoneNumbers", ListSMSSandboxPhoneNumbers$) {};
	var ListSubscriptionsByTopicCommand = class extends command(_ep0, _mw0, "ListSubscriptionsByTopic", ListSubscriptionsByTopic$) {};
	var ListSubscriptionsCommand = class extends command(_ep0, _mw0, "ListSubscriptions", ListSubscriptions$) {};
	var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {};
	var ListTopicsCommand = class extends command(_ep0, _mw0, "ListTopics", ListTopics$) {};
	var OptInPhoneNumberCommand = class extends command(_ep0, _mw0, "OptInPhoneNumber", OptInPhoneNumber$) {};
	var PublishBatchCommand = class extends command(_ep0, _mw0, "PublishBatch", PublishBatch$) {};
	var PublishCommand = class extends command(_ep0, _mw0, "Publish", Publish$) {};
	var PutDataProtectionPolicyCommand = class extends command(_ep0, _mw0, "PutDataProtectionPolicy", PutDataProtectionPolicy$) {};
	var RemovePermissionCommand = class extends command(_ep0, _mw0, "RemovePermission", RemovePermission$) {};
	var SetEndpointAttributesCommand = class extends command(_ep0, _mw0, "SetEndpointAttributes", SetEndpointAttributes$) {};
	var SetPlatformApplicationAttributesCommand = class extends command(_ep0, _mw0, "SetPlatformApplicationAttributes", SetPlatformApplicationAttributes$) {};
	var SetSMSAttributesCommand = class extends command(_ep0, _mw0, "SetSMSAttributes", SetSMSAttributes$) {};
	var SetSubscriptionAttributesCommand = class extends command(_ep0, _mw0, "SetSubscriptionAttributes", SetSubscriptionAttributes$) {};
	var SetTopicAttributesCommand = class extends command(_ep0, _mw0, "SetTopicAttributes", SetTopicAttributes$) {};
	var SubscribeCommand = class extends command(_ep0, _mw0, "Subscribe", Subscribe$) {};
	var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {};
	var UnsubscribeCommand = class extends command(_ep0, _mw0, "Unsubscribe", Unsubscribe$) {};
	var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {};
	var VerifySMSSandboxPhoneNumberCommand = class extends command(_ep0, _mw0, "VerifySMSSandboxPhoneNumber", VerifySMSSandboxPhoneNumber$) {};
	const paginateListEndpointsByPlatformApplication = createPaginator(SNSClient, ListEndpointsByPlatformApplicationCommand, "NextToken", "NextToken", "");
	const paginateListOriginationNumbers = createPaginator(SNSClient, ListOriginationNumbersCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListPhoneNumbersOptedOut = createPaginator(SNSClient, ListPhoneNumbersOptedOutCommand, "nextToken", "nextToken", "");
	const paginateListPlatformApplications = createPaginator(SNSClient, ListPlatformApplicationsCommand, "NextToken", "NextToken", "");
	const paginateListSMSSandboxPhoneNumbers = createPaginator(SNSClient, ListSMSSandboxPhoneNumbersCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListSubscriptionsByTopic = createPaginator(SNSClient, ListSubscriptionsByTopicCommand, "NextToken", "NextToken", "");
	const paginateListSubscriptions = createPaginator(SNSClient, ListSubscriptionsCommand, "NextToken", "NextToken", "");
	const paginateListTopics = createPaginator(SNSClient, ListTopicsCommand, "NextToken", "NextToken", "");
	const commands = {
		AddPermissionCommand,
		CheckIfPhoneNumberIsOptedOutCommand,
		ConfirmSubscriptionCommand,
		CreatePlatformApplicationCommand,
		CreatePlatformEndpointCommand,
		CreateSMSSandboxPhoneNumberCommand,
		CreateTopicCommand,
		DeleteEndpointCommand,
		DeletePlatformApplicationCommand,
		DeleteSMSSandboxPhoneNumberCommand,
		DeleteTopicCommand,
		GetDataProtectionPolicyCommand,
		GetEndpointAttributesCommand,
		GetPlatformApplicationAttributesCommand,
		GetSMSAttributesCommand,
		GetSMSSandboxAccountStatusCommand,
		GetSubscriptionAttributesCommand,
		GetTopicAttributesCommand,
		ListEndpointsByPlatformApplicationCommand,
		ListOriginationNumbersCommand,
		ListPhoneNumbersOptedOutCommand,
		ListPlatformApplicationsCommand,
		ListSMSSandboxPhoneNumbersCommand,
		ListSubscriptionsCommand,
		ListSubscriptionsByTopicCommand,
		ListTagsForResourceCommand,
		ListTopicsCommand,
		OptInPhoneNumberCommand,
		PublishCommand,
		PublishBatchCommand,
		PutDataProtectionPolicyCommand,
		RemovePermissionCommand,
		SetEndpointAttributesCommand,
		SetPlatformApplicationAttributesCommand,
		SetSMSAttributesCommand,
		SetSubscriptionAttributesCommand,
		SetTopicAttributesCommand,
		SubscribeCommand,
		TagResourceCommand,
		UnsubscribeCommand,
		UntagResourceCommand,
		VerifySMSSandboxPhoneNumberCommand
	};
	const paginators = {
		paginateListEndpointsByPlatformApplication,
		paginateListOriginationNumbers,
		paginateListPhoneNumbersOptedOut,
		paginateListPlatformApplications,
		paginateListSMSSandboxPhoneNumbers,
		paginateListSubscriptions,
		paginateListSubscriptionsByTopic,
		paginateListTopics
	};
	var SNS = class extends SNSClient {};
	createAggregatedClient(commands, SNS, { paginators });
	exports.CreatePlatformApplicationCommand = CreatePlatformApplicationCommand;
	exports.CreateTopicCommand = CreateTopicCommand;
	exports.DeletePlatformApplicationCommand = DeletePlatformApplicationCommand;
	exports.DeleteTopicCommand = DeleteTopicCommand;
	exports.GetDataProtectionPolicyCommand = GetDataProtectionPolicyCommand;
	exports.GetSMSAttributesCommand = GetSMSAttributesCommand;
	exports.GetSubscriptionAttributesCommand = GetSubscriptionAttributesCommand;
	exports.GetTopicAttributesCommand = GetTopicAttributesCommand;
	exports.ListPlatformApplicationsCommand = ListPlatformApplicationsCommand;
	exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
	exports.ListTopicsCommand = ListTopicsCommand;
	exports.PutDataProtectionPolicyCommand = PutDataProtectionPolicyCommand;
	exports.SNSClient = SNSClient;
	exports.SetPlatformApplicationAttributesCommand = SetPlatformApplicationAttributesCommand;
	exports.SetSMSAttributesCommand = SetSMSAttributesCommand;
	exports.SetSubscriptionAttributesCommand = SetSubscriptionAttributesCommand;
	exports.SetTopicAttributesCommand = SetTopicAttributesCommand;
	exports.SubscribeCommand = SubscribeCommand;
	exports.TagResourceCommand = TagResourceCommand;
	exports.UntagResourceCommand = UntagResourceCommand;
	exports.paginateListPlatformApplications = paginateListPlatformApplications;
	exports.paginateListSubscriptionsByTopic = paginateListSubscriptionsByTopic;
	exports.paginateListTopics = paginateListTopics;
})))(), 1);
/** Topics, by name. */
const TOPIC = recordKind("topic");
/** Subscriptions, by topic, protocol and endpoint (see `subscriptionId`). */
const SUBSCRIPTION = recordKind("subscription");
/** A subscription's id: it has no name, and its ARN changes when it is made again. */
function subscriptionId(s) {
	return `${s.topic}/${s.protocol}/${s.endpoint}`;
}
/** The attributes `keep` names that have a value, sorted by name. */
function settable(attributes, keep) {
	return sortedRecord(Object.fromEntries(Object.entries(attributes ?? {}).filter(([name, value]) => keep(name) && value !== ""))) ?? {};
}
/** The name at the end of a topic's ARN. */
function topicName(arn) {
	return arn.slice(arn.lastIndexOf(":") + 1);
}
/** Platform applications, by platform and name (the end of their ARN, `GCM/orders-app`). */
const PLATFORM_APPLICATION = recordKind("platform-application");
/** A region's SMS preferences: one record, `sms`. */
const SMS_PREFERENCES = recordKind("sms-preferences");
// src/engine/state/portable/sns/platform.ts
/** Platform applications (mobile push) and the region's SMS preferences. */
/** What the instance reports but takes from no one: whether it is enabled, the certificate's expiry. */
const REPORTED_ONLY = ["AppleCertificateExpiryDate", "Enabled"];
/** Stands for a credential the instance does not give back, so the application can be created again. */
const UNREADABLE_CREDENTIAL = "credential-not-readable";
/** The region's platform applications, sorted by platform and name. */
async function capturePlatformApplications(sns) {
	const applications = (await collect(import_dist_cjs.paginateListPlatformApplications({ client: sns }, {}), (page) => page.PlatformApplications)).map((a) => {
		const [, platform, name] = a.PlatformApplicationArn.split(":").at(-1).split("/");
		return {
			name,
			platform,
			attributes: settable(a.Attributes, (n) => !REPORTED_ONLY.includes(n))
		};
	});
	return sortBy(applications, platformApplicationId);
}
function platformApplicationId(a) {
	return `${a.platform}/${a.name}`;
}
/**
* Creates a platform application, or sets the attributes of one of that name. AWS (and
* LocalStack) never give its credential back: one saved without it is created with a stand-in,
* which the application must replace before it can push.
*/
async function restorePlatformApplication(sns, region, account, a) {
	const Attributes = a.attributes.PlatformCredential ? a.attributes : {
		PlatformPrincipal: UNREADABLE_CREDENTIAL,
		...a.attributes,
		PlatformCredential: UNREADABLE_CREDENTIAL
	};
	const PlatformApplicationArn = `arn:aws:sns:${region}:${account}:app/${platformApplicationId(a)}`;
	await createOrUpdate(() => sns.send(new import_dist_cjs.CreatePlatformApplicationCommand({
		Name: a.name,
		Platform: a.platform,
		Attributes
	})), () => sns.send(new import_dist_cjs.SetPlatformApplicationAttributesCommand({
		PlatformApplicationArn,
		Attributes
	})));
}
/**
* The region's SMS preferences; LocalStack reports a MonthlySpendLimit of its own that it
* refuses to have set, so there it is left out.
*/
async function captureSmsPreferences(sns, localstack) {
	const answer = await unlessUnimplemented(sns, "GetSMSAttributes", () => sns.send(new import_dist_cjs.GetSMSAttributesCommand({})));
	if (!answer) return void 0;
	const kept = settable(answer.attributes, (name) => !(localstack && name === "MonthlySpendLimit"));
	return Object.keys(kept).length > 0 ? { attributes: kept } : void 0;
}
async function restoreSmsPreferences(sns, preferences) {
	await sns.send(new import_dist_cjs.SetSMSAttributesCommand({ attributes: preferences.attributes }));
}
// src/engine/state/portable/sns/subscriptions.ts
/** A topic's confirmed subscriptions: read with their settable attributes, and subscribed again at restore. */
/** Subscription attributes that can be set. */
const SUBSCRIPTION_ATTRIBUTES = [
	"DeliveryPolicy",
	"FilterPolicy",
	"FilterPolicyScope",
	"RawMessageDelivery",
	"RedrivePolicy",
	"ReplayPolicy",
	"SubscriptionRoleArn"
];
/** How SNS refuses a subscription that exists with other attributes. */
const SUBSCRIBED_OTHERWISE = ["InvalidParameter", "InvalidParameterException"];
/** A topic's confirmed subscriptions, sorted by protocol and endpoint; pending ones have no ARN to read. */
async function captureSubscriptions(sns, arn, concurrency) {
	const listed = await collect(import_dist_cjs.paginateListSubscriptionsByTopic({ client: sns }, { TopicArn: arn }), (page) => page.Subscriptions?.filter((s) => s.SubscriptionArn?.startsWith("arn:")));
	listed.sort((a, b) => compare(a.Protocol, b.Protocol) || compare(a.Endpoint, b.Endpoint));
	const subscriptions = [];
	const details = mapOrdered(listed, concurrency, async (s) => {
		const attributes = await sns.send(new import_dist_cjs.GetSubscriptionAttributesCommand({ SubscriptionArn: s.SubscriptionArn }));
		return {
			topic: topicName(arn),
			protocol: s.Protocol,
			endpoint: s.Endpoint,
			attributes: settable(attributes.Attributes, (name) => SUBSCRIPTION_ATTRIBUTES.includes(name))
		};
	});
	for await (const s of details) subscriptions.push(s);
	return subscriptions;
}
/**
* Subscribes with the attributes at once; SNS refuses that for an existing subscription whose
* attributes differ, which is then overwritten attribute by attribute (the filter scope first,
* as it decides how the filter policy is read).
*/
async function restoreSubscription(sns, topicArn, s) {
	const base = {
		TopicArn: topicArn,
		Protocol: s.protocol,
		Endpoint: s.endpoint,
		ReturnSubscriptionArn: true
	};
	await createOrUpdate(() => sns.send(new import_dist_cjs.SubscribeCommand({
		...base,
		Attributes: s.attributes
	})), async () => {
		const { SubscriptionArn } = await sns.send(new import_dist_cjs.SubscribeCommand(base));
		const entries = Object.entries(s.attributes);
		const ordered = [...entries.filter(([n]) => n === "FilterPolicyScope"), ...entries.filter(([n]) => n !== "FilterPolicyScope")];
		for (const [AttributeName, AttributeValue] of ordered) await sns.send(new import_dist_cjs.SetSubscriptionAttributesCommand({
			SubscriptionArn,
			AttributeName,
			AttributeValue
		}));
	}, (error) => isNamed(error, SUBSCRIBED_OTHERWISE));
}
// src/engine/state/portable/sns/topics.ts
/** Topics: listed, read (settable attributes, tags), and created or overwritten at restore. */
/** Topic attributes that can be set; the rest are counters, the owner, the ARN and effective values. */
const TOPIC_ATTRIBUTES = [
	"ArchivePolicy",
	"ContentBasedDeduplication",
	"DeliveryPolicy",
	"DisplayName",
	"FifoThroughputScope",
	"FifoTopic",
	"KmsMasterKeyId",
	"Policy",
	"SignatureVersion",
	"TracingConfig"
];
/** The delivery status logging attributes, such as `SQSFailureFeedbackRoleArn`. */
const FEEDBACK_ATTRIBUTE = /^(Application|Firehose|HTTP|Lambda|SQS)(Success|Failure)Feedback(RoleArn|SampleRate)$/;
/** The ARNs of a region's topics, sorted by topic name. */
async function topicArns(sns) {
	return sortBy(await collect(import_dist_cjs.paginateListTopics({ client: sns }, {}), (page) => page.Topics?.map((t) => t.TopicArn)), topicName);
}
/**
* A topic's settable attributes, its tags and, where the instance answers for it
* (`protectable`: moto fails GetDataProtectionPolicy with a 500 the SDK would retry; MiniStack
* does not know it), its data protection policy.
*/
async function captureTopic(sns, arn, protectable) {
	const [attributes, tags, protection] = await Promise.all([
		sns.send(new import_dist_cjs.GetTopicAttributesCommand({ TopicArn: arn })),
		sns.send(new import_dist_cjs.ListTagsForResourceCommand({ ResourceArn: arn })),
		protectable ? unlessUnimplemented(sns, "GetDataProtectionPolicy", () => sns.send(new import_dist_cjs.GetDataProtectionPolicyCommand({ ResourceArn: arn }))) : void 0
	]);
	return {
		name: topicName(arn),
		attributes: settable(attributes.Attributes, (name) => TOPIC_ATTRIBUTES.includes(name) || FEEDBACK_ATTRIBUTE.test(name)),
		tags: sortedTags(tags.Tags, (t) => t.Key),
		dataProtectionPolicy: protection?.DataProtectionPolicy || void 0
	};
}
/**
* Creates or overwrites a topic and returns its ARN; only FifoTopic goes with the creation,
* which SNS requires to match an existing topic's.
*/
async function restoreTopic(sns, topic) {
	const { FifoTopic, ...rest } = topic.attributes;
	const TopicArn = (await sns.send(new import_dist_cjs.CreateTopicCommand({
		Name: topic.name,
		Attributes: FifoTopic === "true" ? { FifoTopic } : void 0
	}))).TopicArn;
	for (const [AttributeName, AttributeValue] of Object.entries(rest)) await sns.send(new import_dist_cjs.SetTopicAttributesCommand({
		TopicArn,
		AttributeName,
		AttributeValue
	}));
	if (topic.dataProtectionPolicy) await sns.send(new import_dist_cjs.PutDataProtectionPolicyCommand({
		ResourceArn: TopicArn,
		DataProtectionPolicy: topic.dataProtectionPolicy
	}));
	const current = (await sns.send(new import_dist_cjs.ListTagsForResourceCommand({ ResourceArn: TopicArn }))).Tags ?? [];
	await replaceTags(current.map((t) => t.Key), (topic.tags ?? []).map((t) => t.Key), {
		untag: (TagKeys) => sns.send(new import_dist_cjs.UntagResourceCommand({
			ResourceArn: TopicArn,
			TagKeys
		})),
		tag: () => sns.send(new import_dist_cjs.TagResourceCommand({
			ResourceArn: TopicArn,
			Tags: topic.tags
		}))
	});
	return TopicArn;
}
// src/engine/state/portable/sns/sns.ts
const client = clientOf(import_dist_cjs.SNSClient);
/** Topics, or subscriptions, whose details are read or written at once. */
const DETAIL_CONCURRENCY = 8;
const capture = eachRegion(async function* (context, region) {
	const sns = client(context, region);
	const protectable = context.target.brand !== "moto";
	const topics = mapOrdered(await topicArns(sns), DETAIL_CONCURRENCY, async (arn) => ({
		topic: await captureTopic(sns, arn, protectable),
		subscriptions: await captureSubscriptions(sns, arn, DETAIL_CONCURRENCY)
	}));
	for await (const { topic, subscriptions } of topics) {
		yield TOPIC.record(region, topic.name, topic);
		for (const s of subscriptions) yield SUBSCRIPTION.record(region, subscriptionId(s), s);
		if (subscriptions.length > 0) context.warn(TOPIC.label(topic.name), `its ${subscriptions.length} subscription(s) come back under ARNs the instance draws anew (their last part is random): tools that kept the ARNs, such as Terraform's state, see other subscriptions`);
	}
	for (const application of await capturePlatformApplications(sns)) {
		const id = platformApplicationId(application);
		yield PLATFORM_APPLICATION.record(region, id, application);
		if (!application.attributes.PlatformCredential) context.warn(PLATFORM_APPLICATION.label(id), "the instance does not give back its credential (nor its principal): it comes back with stand-ins, to be replaced before it can push");
	}
	const sms = await captureSmsPreferences(sns, context.target.brand === "localstack");
	if (sms) yield SMS_PREFERENCES.record(region, "sms", sms);
});
const regionsWithState = regionsWhere(async (context, region) => {
	const sns = client(context, region);
	const [topics, applications, sms] = await Promise.all([
		sns.send(new import_dist_cjs.ListTopicsCommand({})),
		sns.send(new import_dist_cjs.ListPlatformApplicationsCommand({})),
		captureSmsPreferences(sns, context.target.brand === "localstack")
	]);
	return (topics.Topics ?? []).length + (applications.PlatformApplications ?? []).length > 0 || sms !== void 0;
});
/** Deleting a topic deletes its subscriptions. SMS preferences cannot be unset, so they stay. */
async function clear(context, region) {
	const sns = client(context, region);
	await forEachLimit(await topicArns(sns), DETAIL_CONCURRENCY, async (arn) => {
		await sns.send(new import_dist_cjs.DeleteTopicCommand({ TopicArn: arn }));
	});
	for (const application of await capturePlatformApplications(sns)) {
		const PlatformApplicationArn = `arn:aws:sns:${region}:${context.account}:app/${platformApplicationId(application)}`;
		await sns.send(new import_dist_cjs.DeletePlatformApplicationCommand({ PlatformApplicationArn }));
	}
}
/**
* SNS: standard and FIFO topics (attributes, tags, data protection policy) and their confirmed
* subscriptions (protocol, endpoint, attributes); platform applications; SMS preferences.
*/
const sns = {
	name: "sns",
	dependsOn: [
		"kms",
		"sqs",
		"lambda"
	],
	capture,
	regionsWithState,
	clear,
	restore: (context, region, records) => restoreContainers(context, records, {
		container: TOPIC,
		content: SUBSCRIPTION,
		containerOf: (subscription) => subscription.topic,
		restoreContainer: (topic) => restoreTopic(client(context, region), topic),
		restoreContent: async (subscription, topicArn) => {
			if (!topicArn) throw new Error(`The pod holds no topic "${subscription.topic}" before this subscription.`);
			await restoreSubscription(client(context, region), topicArn, subscription);
		},
		concurrency: DETAIL_CONCURRENCY,
		standalone: [on(PLATFORM_APPLICATION, (application) => restorePlatformApplication(client(context, region), region, context.account, application)), on(SMS_PREFERENCES, (preferences) => restoreSmsPreferences(client(context, region), preferences))]
	}),
	requests: { deliversTo: ["sqs", "lambda"] }
};
export { sns };
