import { a as __toCommonJS, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$3, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$2, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { d as unlessMissing, i as pagesOf, m as clientOf, r as collect } from "./kit.js";
import { t as IdMap } from "./ids.js";
import { a as sortBy, d as on, g as recordKind, i as nonEmpty, m as restoreRecords } from "./values.js";
import { t as eachRegion } from "./regions.js";
import { n as sortedTags } from "./tags.js";
// node_modules/@aws-sdk/middleware-sdk-route53/dist-cjs/index.js
var require_dist_cjs$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	const IDENTIFIER_PREFIX_PATTERN = /^\/(hostedzone|change|delegationset)\//;
	function changeResourceRecordSetsMiddleware() {
		return (next) => async (args) => {
			const { ChangeBatch } = args.input;
			const Changes = [];
			for (const change of ChangeBatch?.Changes ?? []) {
				const { AliasTarget } = change.ResourceRecordSet ?? {};
				if (AliasTarget) Changes.push({
					...change,
					ResourceRecordSet: {
						...change.ResourceRecordSet,
						AliasTarget: {
							...AliasTarget,
							HostedZoneId: AliasTarget.HostedZoneId.replace(IDENTIFIER_PREFIX_PATTERN, "")
						}
					}
				});
				else Changes.push(change);
			}
			return next({
				...args,
				input: {
					...args.input,
					ChangeBatch: {
						...ChangeBatch,
						Changes
					}
				}
			});
		};
	}
	const changeResourceRecordSetsMiddlewareOptions = {
		step: "initialize",
		tags: ["ROUTE53_IDS", "CHANGE_RESOURCE_RECORD_SETS"],
		name: "changeResourceRecordSetsMiddleware",
		override: true
	};
	const getChangeResourceRecordSetsPlugin = (unused) => ({ applyToStack: (clientStack) => {
		clientStack.add(changeResourceRecordSetsMiddleware(), changeResourceRecordSetsMiddlewareOptions);
	} });
	const IDENTIFIER_PARAMETERS = [
		"DelegationSetId",
		"HostedZoneId",
		"Id"
	];
	function idNormalizerMiddleware() {
		return (next) => async (args) => {
			const input = { ...args.input };
			for (const paramName of IDENTIFIER_PARAMETERS) {
				const param = input[paramName];
				if (param) input[paramName] = param.replace(IDENTIFIER_PREFIX_PATTERN, "");
			}
			return next({
				...args,
				input
			});
		};
	}
	const idNormalizerMiddlewareOptions = {
		step: "initialize",
		tags: ["ROUTE53_IDS"],
		name: "idNormalizerMiddleware",
		override: true
	};
	const getIdNormalizerPlugin = (unused) => ({ applyToStack: (clientStack) => {
		clientStack.add(idNormalizerMiddleware(), idNormalizerMiddlewareOptions);
	} });
	exports.changeResourceRecordSetsMiddleware = changeResourceRecordSetsMiddleware;
	exports.changeResourceRecordSetsMiddlewareOptions = changeResourceRecordSetsMiddlewareOptions;
	exports.getChangeResourceRecordSetsPlugin = getChangeResourceRecordSetsPlugin;
	exports.getIdNormalizerPlugin = getIdNormalizerPlugin;
	exports.idNormalizerMiddleware = idNormalizerMiddleware;
	exports.idNormalizerMiddlewareOptions = idNormalizerMiddlewareOptions;
}));
// src/engine/state/portable/route53/health-checks.ts
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
	const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
	const { defaultProvider } = require_dist_cjs$2();
	const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
	const { streamCollector, NodeHttpHandler } = require_dist_cjs$3();
	const { AwsRestXmlProtocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const { getIdNormalizerPlugin, getChangeResourceRecordSetsPlugin } = require_dist_cjs$1();
	const defaultRoute53HttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "route53",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultRoute53HttpAuthSchemeProvider = (authParameters) => {
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
			defaultSigningName: "route53"
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
	const s = "ref";
	const t = "authSchemes";
	const u = "name";
	const v = "signingRegion";
	const a = -1;
	const b = true;
	const c = "isSet";
	const d = "PartitionResult";
	const e = "booleanEquals";
	const f = "stringEquals";
	const g = "getAttr";
	const h = "sigv4";
	const i = { [s]: "Endpoint" };
	const j = {
		"fn": g,
		"argv": [{ [s]: d }, "name"]
	};
	const k = { [s]: d };
	const l = { [t]: [{
		[u]: h,
		[v]: "us-east-1"
	}] };
	const m = { [t]: [{
		[u]: h,
		[v]: "cn-northwest-1"
	}] };
	const n = { [t]: [{
		[u]: h,
		[v]: "us-gov-west-1"
	}] };
	const o = { [t]: [{
		[u]: h,
		[v]: "eusc-de-east-1"
	}] };
	const p = { [t]: [{
		[u]: h,
		[v]: "{PartitionResult#implicitGlobalRegion}"
	}] };
	const q = [{ [s]: "Region" }];
	const _data = {
		conditions: [
			[c, [i]],
			[c, q],
			[
				"aws.partition",
				q,
				d
			],
			[e, [{ [s]: "UseFIPS" }, b]],
			[f, [j, "aws"]],
			[f, [j, "aws-cn"]],
			[f, [j, "aws-us-gov"]],
			[e, [{ [s]: "UseDualStack" }, b]],
			[e, [{
				fn: g,
				argv: [k, "supportsFIPS"]
			}, b]],
			[f, [j, "aws-iso"]],
			[f, [j, "aws-iso-b"]],
			[f, [j, "aws-iso-e"]],
			[f, [j, "aws-iso-f"]],
			[f, [j, "aws-eusc"]],
			[e, [{
				fn: g,
				argv: [k, "supportsDualStack"]
			}, b]]
		],
		results: [
			[a],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[i, {}],
			["https://route53.amazonaws.com", l],
			["https://route53-fips.amazonaws.com", l],
			["https://route53.global.api.aws", l],
			["https://route53-fips.global.api.aws", l],
			["https://route53.amazonaws.com.cn", m],
			["https://route53.global.api.amazonwebservices.com.cn", m],
			["https://route53.us-gov.amazonaws.com", n],
			["https://route53.us-gov.api.aws", n],
			["https://route53.c2s.ic.gov", { [t]: [{
				[u]: h,
				[v]: "us-iso-east-1"
			}] }],
			["https://route53.sc2s.sgov.gov", { [t]: [{
				[u]: h,
				[v]: "us-isob-east-1"
			}] }],
			["https://route53.cloud.adc-e.uk", { [t]: [{
				[u]: h,
				[v]: "eu-isoe-west-1"
			}] }],
			["https://route53.csp.hci.ic.gov", { [t]: [{
				[u]: h,
				[v]: "us-isof-south-1"
			}] }],
			["https://route53.amazonaws.eu", o],
			["https://route53.global.api.amazonwebservices.eu", o],
			["https://route53-fips.{PartitionResult#dualStackDnsSuffix}", p],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://route53-fips.{PartitionResult#dnsSuffix}", p],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://route53.{PartitionResult#dualStackDnsSuffix}", p],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://route53.{PartitionResult#dnsSuffix}", p],
			[a, "Invalid Configuration: Missing Region"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		27,
		3,
		1,
		4,
		100000025,
		2,
		5,
		100000025,
		3,
		19,
		6,
		4,
		18,
		7,
		5,
		17,
		8,
		6,
		25,
		9,
		7,
		15,
		10,
		9,
		100000012,
		11,
		10,
		100000013,
		12,
		11,
		100000014,
		13,
		12,
		100000015,
		14,
		13,
		100000016,
		100000024,
		13,
		100000017,
		16,
		14,
		100000022,
		100000023,
		7,
		100000009,
		100000008,
		7,
		100000006,
		100000004,
		4,
		26,
		20,
		6,
		25,
		21,
		7,
		23,
		22,
		8,
		100000020,
		100000021,
		8,
		24,
		100000019,
		14,
		100000018,
		100000019,
		7,
		100000011,
		100000010,
		7,
		100000007,
		100000005,
		3,
		100000001,
		28,
		7,
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
	var Route53ServiceException = class Route53ServiceException extends ServiceException {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.route53#Route53ServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, Route53ServiceException.prototype);
		}
	};
	var ConcurrentModification = class ConcurrentModification extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#ConcurrentModification";
		name = "ConcurrentModification";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ConcurrentModification",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConcurrentModification.prototype);
		}
	};
	var InvalidInput = class InvalidInput extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InvalidInput";
		name = "InvalidInput";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidInput",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidInput.prototype);
		}
	};
	var InvalidKeySigningKeyStatus = class InvalidKeySigningKeyStatus extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InvalidKeySigningKeyStatus";
		name = "InvalidKeySigningKeyStatus";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidKeySigningKeyStatus",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidKeySigningKeyStatus.prototype);
		}
	};
	var InvalidKMSArn = class InvalidKMSArn extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InvalidKMSArn";
		name = "InvalidKMSArn";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidKMSArn",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidKMSArn.prototype);
		}
	};
	var InvalidSigningStatus = class InvalidSigningStatus extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InvalidSigningStatus";
		name = "InvalidSigningStatus";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidSigningStatus",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidSigningStatus.prototype);
		}
	};
	var NoSuchKeySigningKey = class NoSuchKeySigningKey extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchKeySigningKey";
		name = "NoSuchKeySigningKey";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NoSuchKeySigningKey",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchKeySigningKey.prototype);
		}
	};
	var ConflictingDomainExists = class ConflictingDomainExists extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#ConflictingDomainExists";
		name = "ConflictingDomainExists";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ConflictingDomainExists",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConflictingDomainExists.prototype);
		}
	};
	var InvalidVPCId = class InvalidVPCId extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InvalidVPCId";
		name = "InvalidVPCId";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidVPCId",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidVPCId.prototype);
		}
	};
	var LimitsExceeded = class LimitsExceeded extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#LimitsExceeded";
		name = "LimitsExceeded";
		$fault = "client";
		constructor(opts) {
			super({
				name: "LimitsExceeded",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, LimitsExceeded.prototype);
		}
	};
	var NoSuchHostedZone = class NoSuchHostedZone extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchHostedZone";
		name = "NoSuchHostedZone";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NoSuchHostedZone",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchHostedZone.prototype);
		}
	};
	var NotAuthorizedException = class NotAuthorizedException extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NotAuthorizedException";
		name = "NotAuthorizedException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NotAuthorizedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NotAuthorizedException.prototype);
		}
	};
	var PriorRequestNotComplete = class PriorRequestNotComplete extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#PriorRequestNotComplete";
		name = "PriorRequestNotComplete";
		$fault = "client";
		constructor(opts) {
			super({
				name: "PriorRequestNotComplete",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, PriorRequestNotComplete.prototype);
		}
	};
	var PublicZoneVPCAssociation = class PublicZoneVPCAssociation extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#PublicZoneVPCAssociation";
		name = "PublicZoneVPCAssociation";
		$fault = "client";
		constructor(opts) {
			super({
				name: "PublicZoneVPCAssociation",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, PublicZoneVPCAssociation.prototype);
		}
	};
	var CidrBlockInUseException = class CidrBlockInUseException extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#CidrBlockInUseException";
		name = "CidrBlockInUseException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "CidrBlockInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CidrBlockInUseException.prototype);
			this.Message = opts.Message;
		}
	};
	var CidrCollectionVersionMismatchException = class CidrCollectionVersionMismatchException extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#CidrCollectionVersionMismatchException";
		name = "CidrCollectionVersionMismatchException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "CidrCollectionVersionMismatchException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CidrCollectionVersionMismatchException.prototype);
			this.Message = opts.Message;
		}
	};
	var NoSuchCidrCollectionException = class NoSuchCidrCollectionException extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchCidrCollectionException";
		name = "NoSuchCidrCollectionException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "NoSuchCidrCollectionException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchCidrCollectionException.prototype);
			this.Message = opts.Message;
		}
	};
	var InvalidChangeBatch = class InvalidChangeBatch extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InvalidChangeBatch";
		name = "InvalidChangeBatch";
		$fault = "client";
		messages;
		constructor(opts) {
			super({
				name: "InvalidChangeBatch",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidChangeBatch.prototype);
			this.messages = opts.messages;
		}
	};
	var NoSuchHealthCheck = class NoSuchHealthCheck extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchHealthCheck";
		name = "NoSuchHealthCheck";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NoSuchHealthCheck",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchHealthCheck.prototype);
		}
	};
	var NoSuchHealthCheckSource = class NoSuchHealthCheckSource extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchHealthCheckSource";
		name = "NoSuchHealthCheckSource";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NoSuchHealthCheckSource",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchHealthCheckSource.prototype);
		}
	};
	var ThrottlingException = class ThrottlingException extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#ThrottlingException";
		name = "ThrottlingException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ThrottlingException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ThrottlingException.prototype);
		}
	};
	var CidrCollectionAlreadyExistsException = class CidrCollectionAlreadyExistsException extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#CidrCollectionAlreadyExistsException";
		name = "CidrCollectionAlreadyExistsException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "CidrCollectionAlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CidrCollectionAlreadyExistsException.prototype);
			this.Message = opts.Message;
		}
	};
	var HealthCheckAlreadyExists = class HealthCheckAlreadyExists extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#HealthCheckAlreadyExists";
		name = "HealthCheckAlreadyExists";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HealthCheckAlreadyExists",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HealthCheckAlreadyExists.prototype);
		}
	};
	var TooManyHealthChecks = class TooManyHealthChecks extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#TooManyHealthChecks";
		name = "TooManyHealthChecks";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyHealthChecks",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyHealthChecks.prototype);
		}
	};
	var HealthCheckSourceAlreadyExists = class HealthCheckSourceAlreadyExists extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#HealthCheckSourceAlreadyExists";
		name = "HealthCheckSourceAlreadyExists";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HealthCheckSourceAlreadyExists",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HealthCheckSourceAlreadyExists.prototype);
		}
	};
	var TooManyHealthCheckSources = class TooManyHealthCheckSources extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#TooManyHealthCheckSources";
		name = "TooManyHealthCheckSources";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyHealthCheckSources",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyHealthCheckSources.prototype);
		}
	};
	var DelegationSetNotAvailable = class DelegationSetNotAvailable extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#DelegationSetNotAvailable";
		name = "DelegationSetNotAvailable";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DelegationSetNotAvailable",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DelegationSetNotAvailable.prototype);
		}
	};
	var DelegationSetNotReusable = class DelegationSetNotReusable extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#DelegationSetNotReusable";
		name = "DelegationSetNotReusable";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DelegationSetNotReusable",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DelegationSetNotReusable.prototype);
		}
	};
	var HostedZoneAlreadyExists = class HostedZoneAlreadyExists extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#HostedZoneAlreadyExists";
		name = "HostedZoneAlreadyExists";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HostedZoneAlreadyExists",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HostedZoneAlreadyExists.prototype);
		}
	};
	var InvalidDomainName = class InvalidDomainName extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InvalidDomainName";
		name = "InvalidDomainName";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidDomainName",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidDomainName.prototype);
		}
	};
	var NoSuchDelegationSet = class NoSuchDelegationSet extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchDelegationSet";
		name = "NoSuchDelegationSet";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NoSuchDelegationSet",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchDelegationSet.prototype);
		}
	};
	var TooManyHostedZones = class TooManyHostedZones extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#TooManyHostedZones";
		name = "TooManyHostedZones";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyHostedZones",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyHostedZones.prototype);
		}
	};
	var InvalidArgument = class InvalidArgument extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InvalidArgument";
		name = "InvalidArgument";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidArgument",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidArgument.prototype);
		}
	};
	var InvalidKeySigningKeyName = class InvalidKeySigningKeyName extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InvalidKeySigningKeyName";
		name = "InvalidKeySigningKeyName";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidKeySigningKeyName",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidKeySigningKeyName.prototype);
		}
	};
	var KeySigningKeyAlreadyExists = class KeySigningKeyAlreadyExists extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#KeySigningKeyAlreadyExists";
		name = "KeySigningKeyAlreadyExists";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KeySigningKeyAlreadyExists",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KeySigningKeyAlreadyExists.prototype);
		}
	};
	var TooManyKeySigningKeys = class TooManyKeySigningKeys extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#TooManyKeySigningKeys";
		name = "TooManyKeySigningKeys";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyKeySigningKeys",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyKeySigningKeys.prototype);
		}
	};
	var InsufficientCloudWatchLogsResourcePolicy = class InsufficientCloudWatchLogsResourcePolicy extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InsufficientCloudWatchLogsResourcePolicy";
		name = "InsufficientCloudWatchLogsResourcePolicy";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InsufficientCloudWatchLogsResourcePolicy",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InsufficientCloudWatchLogsResourcePolicy.prototype);
		}
	};
	var NoSuchCloudWatchLogsLogGroup = class NoSuchCloudWatchLogsLogGroup extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchCloudWatchLogsLogGroup";
		name = "NoSuchCloudWatchLogsLogGroup";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NoSuchCloudWatchLogsLogGroup",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchCloudWatchLogsLogGroup.prototype);
		}
	};
	var QueryLoggingConfigAlreadyExists = class QueryLoggingConfigAlreadyExists extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#QueryLoggingConfigAlreadyExists";
		name = "QueryLoggingConfigAlreadyExists";
		$fault = "client";
		constructor(opts) {
			super({
				name: "QueryLoggingConfigAlreadyExists",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, QueryLoggingConfigAlreadyExists.prototype);
		}
	};
	var InvalidResourceRecordSetProtectionBatch = class InvalidResourceRecordSetProtectionBatch extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InvalidResourceRecordSetProtectionBatch";
		name = "InvalidResourceRecordSetProtectionBatch";
		$fault = "client";
		Message;
		Errors;
		constructor(opts) {
			super({
				name: "InvalidResourceRecordSetProtectionBatch",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidResourceRecordSetProtectionBatch.prototype);
			this.Message = opts.Message;
			this.Errors = opts.Errors;
		}
	};
	var ProtectionAlreadyExists = class ProtectionAlreadyExists extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#ProtectionAlreadyExists";
		name = "ProtectionAlreadyExists";
		$fault = "client";
		Message;
		Errors;
		constructor(opts) {
			super({
				name: "ProtectionAlreadyExists",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ProtectionAlreadyExists.prototype);
			this.Message = opts.Message;
			this.Errors = opts.Errors;
		}
	};
	var DelegationSetAlreadyCreated = class DelegationSetAlreadyCreated extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#DelegationSetAlreadyCreated";
		name = "DelegationSetAlreadyCreated";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DelegationSetAlreadyCreated",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DelegationSetAlreadyCreated.prototype);
		}
	};
	var DelegationSetAlreadyReusable = class DelegationSetAlreadyReusable extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#DelegationSetAlreadyReusable";
		name = "DelegationSetAlreadyReusable";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DelegationSetAlreadyReusable",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DelegationSetAlreadyReusable.prototype);
		}
	};
	var HostedZoneNotFound = class HostedZoneNotFound extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#HostedZoneNotFound";
		name = "HostedZoneNotFound";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HostedZoneNotFound",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HostedZoneNotFound.prototype);
		}
	};
	var InvalidTrafficPolicyDocument = class InvalidTrafficPolicyDocument extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InvalidTrafficPolicyDocument";
		name = "InvalidTrafficPolicyDocument";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidTrafficPolicyDocument",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidTrafficPolicyDocument.prototype);
		}
	};
	var TooManyTrafficPolicies = class TooManyTrafficPolicies extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#TooManyTrafficPolicies";
		name = "TooManyTrafficPolicies";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyTrafficPolicies",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyTrafficPolicies.prototype);
		}
	};
	var TrafficPolicyAlreadyExists = class TrafficPolicyAlreadyExists extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#TrafficPolicyAlreadyExists";
		name = "TrafficPolicyAlreadyExists";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TrafficPolicyAlreadyExists",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TrafficPolicyAlreadyExists.prototype);
		}
	};
	var NoSuchTrafficPolicy = class NoSuchTrafficPolicy extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchTrafficPolicy";
		name = "NoSuchTrafficPolicy";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NoSuchTrafficPolicy",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchTrafficPolicy.prototype);
		}
	};
	var TooManyTrafficPolicyInstances = class TooManyTrafficPolicyInstances extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#TooManyTrafficPolicyInstances";
		name = "TooManyTrafficPolicyInstances";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyTrafficPolicyInstances",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyTrafficPolicyInstances.prototype);
		}
	};
	var TrafficPolicyInstanceAlreadyExists = class TrafficPolicyInstanceAlreadyExists extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#TrafficPolicyInstanceAlreadyExists";
		name = "TrafficPolicyInstanceAlreadyExists";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TrafficPolicyInstanceAlreadyExists",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TrafficPolicyInstanceAlreadyExists.prototype);
		}
	};
	var TooManyTrafficPolicyVersionsForCurrentPolicy = class TooManyTrafficPolicyVersionsForCurrentPolicy extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#TooManyTrafficPolicyVersionsForCurrentPolicy";
		name = "TooManyTrafficPolicyVersionsForCurrentPolicy";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyTrafficPolicyVersionsForCurrentPolicy",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyTrafficPolicyVersionsForCurrentPolicy.prototype);
		}
	};
	var TooManyVPCAssociationAuthorizations = class TooManyVPCAssociationAuthorizations extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#TooManyVPCAssociationAuthorizations";
		name = "TooManyVPCAssociationAuthorizations";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyVPCAssociationAuthorizations",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyVPCAssociationAuthorizations.prototype);
		}
	};
	var KeySigningKeyInParentDSRecord = class KeySigningKeyInParentDSRecord extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#KeySigningKeyInParentDSRecord";
		name = "KeySigningKeyInParentDSRecord";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KeySigningKeyInParentDSRecord",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KeySigningKeyInParentDSRecord.prototype);
		}
	};
	var KeySigningKeyInUse = class KeySigningKeyInUse extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#KeySigningKeyInUse";
		name = "KeySigningKeyInUse";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KeySigningKeyInUse",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KeySigningKeyInUse.prototype);
		}
	};
	var CidrCollectionInUseException = class CidrCollectionInUseException extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#CidrCollectionInUseException";
		name = "CidrCollectionInUseException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "CidrCollectionInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CidrCollectionInUseException.prototype);
			this.Message = opts.Message;
		}
	};
	var HealthCheckInUse = class HealthCheckInUse extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#HealthCheckInUse";
		name = "HealthCheckInUse";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HealthCheckInUse",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HealthCheckInUse.prototype);
		}
	};
	var HostedZoneNotEmpty = class HostedZoneNotEmpty extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#HostedZoneNotEmpty";
		name = "HostedZoneNotEmpty";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HostedZoneNotEmpty",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HostedZoneNotEmpty.prototype);
		}
	};
	var NoSuchQueryLoggingConfig = class NoSuchQueryLoggingConfig extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchQueryLoggingConfig";
		name = "NoSuchQueryLoggingConfig";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NoSuchQueryLoggingConfig",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchQueryLoggingConfig.prototype);
		}
	};
	var DelegationSetInUse = class DelegationSetInUse extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#DelegationSetInUse";
		name = "DelegationSetInUse";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DelegationSetInUse",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DelegationSetInUse.prototype);
		}
	};
	var TrafficPolicyInUse = class TrafficPolicyInUse extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#TrafficPolicyInUse";
		name = "TrafficPolicyInUse";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TrafficPolicyInUse",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TrafficPolicyInUse.prototype);
		}
	};
	var NoSuchTrafficPolicyInstance = class NoSuchTrafficPolicyInstance extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchTrafficPolicyInstance";
		name = "NoSuchTrafficPolicyInstance";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NoSuchTrafficPolicyInstance",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchTrafficPolicyInstance.prototype);
		}
	};
	var VPCAssociationAuthorizationNotFound = class VPCAssociationAuthorizationNotFound extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#VPCAssociationAuthorizationNotFound";
		name = "VPCAssociationAuthorizationNotFound";
		$fault = "client";
		constructor(opts) {
			super({
				name: "VPCAssociationAuthorizationNotFound",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, VPCAssociationAuthorizationNotFound.prototype);
		}
	};
	var DNSSECNotFound = class DNSSECNotFound extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#DNSSECNotFound";
		name = "DNSSECNotFound";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DNSSECNotFound",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DNSSECNotFound.prototype);
		}
	};
	var LastVPCAssociation = class LastVPCAssociation extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#LastVPCAssociation";
		name = "LastVPCAssociation";
		$fault = "client";
		constructor(opts) {
			super({
				name: "LastVPCAssociation",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, LastVPCAssociation.prototype);
		}
	};
	var VPCAssociationNotFound = class VPCAssociationNotFound extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#VPCAssociationNotFound";
		name = "VPCAssociationNotFound";
		$fault = "client";
		constructor(opts) {
			super({
				name: "VPCAssociationNotFound",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, VPCAssociationNotFound.prototype);
		}
	};
	var HostedZonePartiallyDelegated = class HostedZonePartiallyDelegated extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#HostedZonePartiallyDelegated";
		name = "HostedZonePartiallyDelegated";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HostedZonePartiallyDelegated",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HostedZonePartiallyDelegated.prototype);
		}
	};
	var KeySigningKeyWithActiveStatusNotFound = class KeySigningKeyWithActiveStatusNotFound extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#KeySigningKeyWithActiveStatusNotFound";
		name = "KeySigningKeyWithActiveStatusNotFound";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KeySigningKeyWithActiveStatusNotFound",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KeySigningKeyWithActiveStatusNotFound.prototype);
		}
	};
	var NoSuchChange = class NoSuchChange extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchChange";
		name = "NoSuchChange";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NoSuchChange",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchChange.prototype);
		}
	};
	var NoSuchGeoLocation = class NoSuchGeoLocation extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchGeoLocation";
		name = "NoSuchGeoLocation";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NoSuchGeoLocation",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchGeoLocation.prototype);
		}
	};
	var IncompatibleVersion = class IncompatibleVersion extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#IncompatibleVersion";
		name = "IncompatibleVersion";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IncompatibleVersion",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IncompatibleVersion.prototype);
		}
	};
	var FeatureNotEnabled = class FeatureNotEnabled extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#FeatureNotEnabled";
		name = "FeatureNotEnabled";
		$fault = "client";
		constructor(opts) {
			super({
				name: "FeatureNotEnabled",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, FeatureNotEnabled.prototype);
		}
	};
	var HostedZoneNotPrivate = class HostedZoneNotPrivate extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#HostedZoneNotPrivate";
		name = "HostedZoneNotPrivate";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HostedZoneNotPrivate",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HostedZoneNotPrivate.prototype);
		}
	};
	var NoSuchCidrLocationException = class NoSuchCidrLocationException extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#NoSuchCidrLocationException";
		name = "NoSuchCidrLocationException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "NoSuchCidrLocationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchCidrLocationException.prototype);
			this.Message = opts.Message;
		}
	};
	var InvalidPaginationToken = class InvalidPaginationToken extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#InvalidPaginationToken";
		name = "InvalidPaginationToken";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidPaginationToken",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidPaginationToken.prototype);
		}
	};
	var HealthCheckVersionMismatch = class HealthCheckVersionMismatch extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#HealthCheckVersionMismatch";
		name = "HealthCheckVersionMismatch";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HealthCheckVersionMismatch",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HealthCheckVersionMismatch.prototype);
		}
	};
	var ConflictingTypes = class ConflictingTypes extends Route53ServiceException {
		static shapeId = "com.amazonaws.route53#ConflictingTypes";
		name = "ConflictingTypes";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ConflictingTypes",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConflictingTypes.prototype);
		}
	};
	const _A = "Action";
	const _AI = "AlarmIdentifier";
	const _AKSK = "ActivateKeySigningKey";
	const _AKSKR = "ActivateKeySigningKeyRequest";
	const _AKSKRc = "ActivateKeySigningKeyResponse";
	const _AL = "AccountLimit";
	const _AR = "AcceleratedRecovery";
	const _ARS = "AcceleratedRecoveryStatus";
	const _AT = "AliasTarget";
	const _ATd = "AddTags";
	const _AVPCWHZ = "AssociateVPCWithHostedZone";
	const _AVPCWHZR = "AssociateVPCWithHostedZoneRequest";
	const _AVPCWHZRs = "AssociateVPCWithHostedZoneResponse";
	const _AWSR = "AWSRegion";
	const _AZA = "AZAffinity";
	const _AZI = "AvailabilityZoneId";
	const _Ar = "Arn";
	const _B = "Bias";
	const _C = "Comment";
	const _CB = "ChangeBatch";
	const _CBIUE = "CidrBlockInUseException";
	const _CBS = "ChangeBatchSummary";
	const _CBSh = "ChangeBatchSummaries";
	const _CBSi = "CidrBlockSummary";
	const _CBSid = "CidrBlockSummaries";
	const _CBi = "CidrBlock";
	const _CBid = "CidrBlocks";
	const _CC = "ChangeCount";
	const _CCAEE = "CidrCollectionAlreadyExistsException";
	const _CCC = "CidrCollectionChange";
	const _CCCR = "ChangeCidrCollectionRequest";
	const _CCCRh = "ChangeCidrCollectionResponse";
	const _CCCRr = "CreateCidrCollectionRequest";
	const _CCCRre = "CreateCidrCollectionResponse";
	const _CCCh = "ChangeCidrCollection";
	const _CCCi = "CidrCollectionChanges";
	const _CCCr = "CreateCidrCollection";
	const _CCIUE = "CidrCollectionInUseException";
	const _CCVME = "CidrCollectionVersionMismatchException";
	const _CCi = "CidrCollection";
	const _CCid = "CidrCollections";
	const _CCo = "ContinentCode";
	const _CCou = "CountryCode";
	const _CD = "CreatedDate";
	const _CDE = "ConflictingDomainExists";
	const _CG = "ChangeGuardrail";
	const _CGh = "ChangeGuardrails";
	const _CH = "ChangeHistory";
	const _CHC = "ChildHealthChecks";
	const _CHCL = "ChildHealthCheckList";
	const _CHCR = "CreateHealthCheckRequest";
	const _CHCRr = "CreateHealthCheckResponse";
	const _CHCS = "CreateHealthCheckSource";
	const _CHCSR = "CreateHealthCheckSourceRequest";
	const _CHCSRr = "CreateHealthCheckSourceResponse";
	const _CHCh = "ChildHealthCheck";
	const _CHCr = "CreateHealthCheck";
	const _CHF = "ChangeHistoryFeature";
	const _CHZ = "CreateHostedZone";
	const _CHZR = "CreateHostedZoneRequest";
	const _CHZRr = "CreateHostedZoneResponse";
	const _CI = "ChangeInfo";
	const _CIR = "CheckerIpRanges";
	const _CIh = "ChangeId";
	const _CIo = "CollectionId";
	const _CKSK = "CreateKeySigningKey";
	const _CKSKR = "CreateKeySigningKeyRequest";
	const _CKSKRr = "CreateKeySigningKeyResponse";
	const _CL = "CidrList";
	const _CLi = "CidrLocations";
	const _CM = "ConcurrentModification";
	const _CN = "ContinentName";
	const _CNo = "CountryName";
	const _CO = "ComparisonOperator";
	const _CQLC = "CreateQueryLoggingConfig";
	const _CQLCR = "CreateQueryLoggingConfigRequest";
	const _CQLCRr = "CreateQueryLoggingConfigResponse";
	const _CR = "CallerReference";
	const _CRC = "CidrRoutingConfig";
	const _CRDS = "CreateReusableDelegationSet";
	const _CRDSR = "CreateReusableDelegationSetRequest";
	const _CRDSRr = "CreateReusableDelegationSetResponse";
	const _CRRS = "ChangeResourceRecordSets";
	const _CRRSP = "CreateResourceRecordSetProtections";
	const _CRRSPR = "CreateResourceRecordSetProtectionsRequest";
	const _CRRSPRr = "CreateResourceRecordSetProtectionsResponse";
	const _CRRSR = "ChangeResourceRecordSetsRequest";
	const _CRRSRh = "ChangeResourceRecordSetsResponse";
	const _CS = "CollectionSummary";
	const _CSo = "CollectionSummaries";
	const _CT = "ConflictingTypes";
	const _CTFR = "ChangeTagsForResource";
	const _CTFRR = "ChangeTagsForResourceRequest";
	const _CTFRRh = "ChangeTagsForResourceResponse";
	const _CTP = "CreateTrafficPolicy";
	const _CTPI = "CreateTrafficPolicyInstance";
	const _CTPIR = "CreateTrafficPolicyInstanceRequest";
	const _CTPIRr = "CreateTrafficPolicyInstanceResponse";
	const _CTPR = "CreateTrafficPolicyRequest";
	const _CTPRr = "CreateTrafficPolicyResponse";
	const _CTPV = "CreateTrafficPolicyVersion";
	const _CTPVR = "CreateTrafficPolicyVersionRequest";
	const _CTPVRr = "CreateTrafficPolicyVersionResponse";
	const _CTh = "CheckedTime";
	const _CV = "CollectionVersion";
	const _CVPCAA = "CreateVPCAssociationAuthorization";
	const _CVPCAAR = "CreateVPCAssociationAuthorizationRequest";
	const _CVPCAARr = "CreateVPCAssociationAuthorizationResponse";
	const _CWAC = "CloudWatchAlarmConfiguration";
	const _CWLLGA = "CloudWatchLogsLogGroupArn";
	const _Ch = "Change";
	const _Cha = "Changes";
	const _Ci = "Cidr";
	const _Co = "Coordinates";
	const _Cod = "Code";
	const _Col = "Collection";
	const _Con = "Config";
	const _Cou = "Count";
	const _D = "Dimensions";
	const _DAM = "DigestAlgorithmMnemonic";
	const _DAT = "DigestAlgorithmType";
	const _DCC = "DeleteCidrCollection";
	const _DCCR = "DeleteCidrCollectionRequest";
	const _DCCRe = "DeleteCidrCollectionResponse";
	const _DHC = "DeleteHealthCheck";
	const _DHCR = "DeleteHealthCheckRequest";
	const _DHCRe = "DeleteHealthCheckResponse";
	const _DHCS = "DeleteHealthCheckSource";
	const _DHCSR = "DeleteHealthCheckSourceRequest";
	const _DHCSRe = "DeleteHealthCheckSourceResponse";
	const _DHZ = "DeleteHostedZone";
	const _DHZDNSSEC = "DisableHostedZoneDNSSEC";
	const _DHZDNSSECR = "DisableHostedZoneDNSSECRequest";
	const _DHZDNSSECRi = "DisableHostedZoneDNSSECResponse";
	const _DHZR = "DeleteHostedZoneRequest";
	const _DHZRe = "DeleteHostedZoneResponse";
	const _DKSK = "DeactivateKeySigningKey";
	const _DKSKR = "DeactivateKeySigningKeyRequest";
	const _DKSKRe = "DeactivateKeySigningKeyResponse";
	const _DKSKRel = "DeleteKeySigningKeyRequest";
	const _DKSKRele = "DeleteKeySigningKeyResponse";
	const _DKSKe = "DeleteKeySigningKey";
	const _DL = "DimensionList";
	const _DNSKEYR = "DNSKEYRecord";
	const _DNSN = "DNSName";
	const _DNSSECNF = "DNSSECNotFound";
	const _DNSSECS = "DNSSECStatus";
	const _DQLC = "DeleteQueryLoggingConfig";
	const _DQLCR = "DeleteQueryLoggingConfigRequest";
	const _DQLCRe = "DeleteQueryLoggingConfigResponse";
	const _DR = "DryRun";
	const _DRDS = "DeleteReusableDelegationSet";
	const _DRDSR = "DeleteReusableDelegationSetRequest";
	const _DRDSRe = "DeleteReusableDelegationSetResponse";
	const _DRRSP = "DeleteResourceRecordSetProtections";
	const _DRRSPR = "DeleteResourceRecordSetProtectionsRequest";
	const _DRRSPRe = "DeleteResourceRecordSetProtectionsResponse";
	const _DS = "DelegationSet";
	const _DSAC = "DelegationSetAlreadyCreated";
	const _DSAR = "DelegationSetAlreadyReusable";
	const _DSI = "DelegationSetId";
	const _DSIU = "DelegationSetInUse";
	const _DSNA = "DelegationSetNotAvailable";
	const _DSNR = "DelegationSetNotReusable";
	const _DSNS = "DelegationSetNameServers";
	const _DSR = "DSRecord";
	const _DSe = "DelegationSets";
	const _DTP = "DeleteTrafficPolicy";
	const _DTPI = "DeleteTrafficPolicyInstance";
	const _DTPIR = "DeleteTrafficPolicyInstanceRequest";
	const _DTPIRe = "DeleteTrafficPolicyInstanceResponse";
	const _DTPR = "DeleteTrafficPolicyRequest";
	const _DTPRe = "DeleteTrafficPolicyResponse";
	const _DV = "DigestValue";
	const _DVPCAA = "DeleteVPCAssociationAuthorization";
	const _DVPCAAR = "DeleteVPCAssociationAuthorizationRequest";
	const _DVPCAARe = "DeleteVPCAssociationAuthorizationResponse";
	const _DVPCFHZ = "DisassociateVPCFromHostedZone";
	const _DVPCFHZR = "DisassociateVPCFromHostedZoneRequest";
	const _DVPCFHZRi = "DisassociateVPCFromHostedZoneResponse";
	const _De = "Description";
	const _Di = "Dimension";
	const _Dis = "Disabled";
	const _Do = "Document";
	const _E = "Errors";
	const _EAR = "EnableAcceleratedRecovery";
	const _EDNSCSIP = "EDNS0ClientSubnetIP";
	const _EDNSCSM = "EDNS0ClientSubnetMask";
	const _EHZDNSSEC = "EnableHostedZoneDNSSEC";
	const _EHZDNSSECR = "EnableHostedZoneDNSSECRequest";
	const _EHZDNSSECRn = "EnableHostedZoneDNSSECResponse";
	const _EM = "ErrorMessages";
	const _EP = "EvaluationPeriods";
	const _EPDNSF = "EnablePublicDNSFallback";
	const _ESNI = "EnableSNI";
	const _ET = "EndpointType";
	const _ETH = "EvaluateTargetHealth";
	const _F = "Features";
	const _FNE = "FeatureNotEnabled";
	const _FQDN = "FullyQualifiedDomainName";
	const _FR = "FailureReasons";
	const _FT = "FailureThreshold";
	const _Fa = "Failover";
	const _Fl = "Flag";
	const _GAL = "GetAccountLimit";
	const _GALR = "GetAccountLimitRequest";
	const _GALRe = "GetAccountLimitResponse";
	const _GC = "GetChange";
	const _GCIR = "GetCheckerIpRanges";
	const _GCIRR = "GetCheckerIpRangesRequest";
	const _GCIRRe = "GetCheckerIpRangesResponse";
	const _GCR = "GetChangeRequest";
	const _GCRe = "GetChangeResponse";
	const _GDNSSEC = "GetDNSSEC";
	const _GDNSSECR = "GetDNSSECRequest";
	const _GDNSSECRe = "GetDNSSECResponse";
	const _GGL = "GetGeoLocation";
	const _GGLR = "GetGeoLocationRequest";
	const _GGLRe = "GetGeoLocationResponse";
	const _GHC = "GetHealthCheck";
	const _GHCC = "GetHealthCheckCount";
	const _GHCCR = "GetHealthCheckCountRequest";
	const _GHCCRe = "GetHealthCheckCountResponse";
	const _GHCLFR = "GetHealthCheckLastFailureReason";
	const _GHCLFRR = "GetHealthCheckLastFailureReasonRequest";
	const _GHCLFRRe = "GetHealthCheckLastFailureReasonResponse";
	const _GHCR = "GetHealthCheckRequest";
	const _GHCRe = "GetHealthCheckResponse";
	const _GHCS = "GetHealthCheckSource";
	const _GHCSR = "GetHealthCheckSourceRequest";
	const _GHCSRe = "GetHealthCheckSourceResponse";
	const _GHCSRet = "GetHealthCheckStatusRequest";
	const _GHCSRete = "GetHealthCheckStatusResponse";
	const _GHCSe = "GetHealthCheckStatus";
	const _GHZ = "GetHostedZone";
	const _GHZC = "GetHostedZoneCount";
	const _GHZCB = "GetHostedZoneChangeBatch";
	const _GHZCBR = "GetHostedZoneChangeBatchRequest";
	const _GHZCBRe = "GetHostedZoneChangeBatchResponse";
	const _GHZCR = "GetHostedZoneCountRequest";
	const _GHZCRe = "GetHostedZoneCountResponse";
	const _GHZL = "GetHostedZoneLimit";
	const _GHZLR = "GetHostedZoneLimitRequest";
	const _GHZLRe = "GetHostedZoneLimitResponse";
	const _GHZR = "GetHostedZoneRequest";
	const _GHZRe = "GetHostedZoneResponse";
	const _GL = "GeoLocation";
	const _GLD = "GeoLocationDetails";
	const _GLDL = "GeoLocationDetailsList";
	const _GPL = "GeoProximityLocation";
	const _GQLC = "GetQueryLoggingConfig";
	const _GQLCR = "GetQueryLoggingConfigRequest";
	const _GQLCRe = "GetQueryLoggingConfigResponse";
	const _GRDS = "GetReusableDelegationSet";
	const _GRDSL = "GetReusableDelegationSetLimit";
	const _GRDSLR = "GetReusableDelegationSetLimitRequest";
	const _GRDSLRe = "GetReusableDelegationSetLimitResponse";
	const _GRDSR = "GetReusableDelegationSetRequest";
	const _GRDSRe = "GetReusableDelegationSetResponse";
	const _GTP = "GetTrafficPolicy";
	const _GTPI = "GetTrafficPolicyInstance";
	const _GTPIC = "GetTrafficPolicyInstanceCount";
	const _GTPICR = "GetTrafficPolicyInstanceCountRequest";
	const _GTPICRe = "GetTrafficPolicyInstanceCountResponse";
	const _GTPIR = "GetTrafficPolicyInstanceRequest";
	const _GTPIRe = "GetTrafficPolicyInstanceResponse";
	const _GTPR = "GetTrafficPolicyRequest";
	const _GTPRe = "GetTrafficPolicyResponse";
	const _HC = "HealthCheck";
	const _HCAE = "HealthCheckAlreadyExists";
	const _HCC = "HealthCheckConfig";
	const _HCCe = "HealthCheckCount";
	const _HCI = "HealthCheckId";
	const _HCIU = "HealthCheckInUse";
	const _HCO = "HealthCheckObservations";
	const _HCOe = "HealthCheckObservation";
	const _HCRL = "HealthCheckRegionList";
	const _HCS = "HealthCheckSource";
	const _HCSAE = "HealthCheckSourceAlreadyExists";
	const _HCSC = "HealthCheckSourceConfig";
	const _HCSI = "HealthCheckSourceId";
	const _HCSS = "HealthCheckSourceStatus";
	const _HCSe = "HealthCheckSources";
	const _HCV = "HealthCheckVersion";
	const _HCVM = "HealthCheckVersionMismatch";
	const _HCe = "HealthChecks";
	const _HT = "HealthThreshold";
	const _HZ = "HostedZone";
	const _HZAE = "HostedZoneAlreadyExists";
	const _HZC = "HostedZoneConfig";
	const _HZCo = "HostedZoneCount";
	const _HZF = "HostedZoneFeatures";
	const _HZFR = "HostedZoneFailureReasons";
	const _HZI = "HostedZoneId";
	const _HZIM = "HostedZoneIdMarker";
	const _HZL = "HostedZoneLimit";
	const _HZNE = "HostedZoneNotEmpty";
	const _HZNF = "HostedZoneNotFound";
	const _HZNP = "HostedZoneNotPrivate";
	const _HZO = "HostedZoneOwner";
	const _HZPD = "HostedZonePartiallyDelegated";
	const _HZS = "HostedZoneSummary";
	const _HZSo = "HostedZoneSummaries";
	const _HZT = "HostedZoneTier";
	const _HZTo = "HostedZoneType";
	const _HZo = "HostedZones";
	const _I = "Id";
	const _IA = "InvalidArgument";
	const _ICB = "InvalidChangeBatch";
	const _ICWLRP = "InsufficientCloudWatchLogsResourcePolicy";
	const _IDHS = "InsufficientDataHealthStatus";
	const _IDN = "InvalidDomainName";
	const _II = "InvalidInput";
	const _IKMSA = "InvalidKMSArn";
	const _IKSKN = "InvalidKeySigningKeyName";
	const _IKSKS = "InvalidKeySigningKeyStatus";
	const _IPA = "IPAddress";
	const _IPT = "InvalidPaginationToken";
	const _IRRSPB = "InvalidResourceRecordSetProtectionBatch";
	const _ISS = "InvalidSigningStatus";
	const _IT = "IsTruncated";
	const _ITPD = "InvalidTrafficPolicyDocument";
	const _IV = "IncompatibleVersion";
	const _IVPCI = "InvalidVPCId";
	const _In = "Inverted";
	const _K = "Key";
	const _KA = "KmsArn";
	const _KMSA = "KeyManagementServiceArn";
	const _KSK = "KeySigningKey";
	const _KSKAE = "KeySigningKeyAlreadyExists";
	const _KSKIPDSR = "KeySigningKeyInParentDSRecord";
	const _KSKIU = "KeySigningKeyInUse";
	const _KSKWASNF = "KeySigningKeyWithActiveStatusNotFound";
	const _KSKe = "KeySigningKeys";
	const _KT = "KeyTag";
	const _L = "Latitude";
	const _LCB = "ListCidrBlocks";
	const _LCBR = "ListCidrBlocksRequest";
	const _LCBRi = "ListCidrBlocksResponse";
	const _LCC = "ListCidrCollections";
	const _LCCR = "ListCidrCollectionsRequest";
	const _LCCRi = "ListCidrCollectionsResponse";
	const _LCL = "ListCidrLocations";
	const _LCLR = "ListCidrLocationsRequest";
	const _LCLRi = "ListCidrLocationsResponse";
	const _LE = "LimitsExceeded";
	const _LGL = "ListGeoLocations";
	const _LGLR = "ListGeoLocationsRequest";
	const _LGLRi = "ListGeoLocationsResponse";
	const _LHC = "ListHealthChecks";
	const _LHCBS = "ListHealthChecksBySource";
	const _LHCBSR = "ListHealthChecksBySourceRequest";
	const _LHCBSRi = "ListHealthChecksBySourceResponse";
	const _LHCR = "ListHealthChecksRequest";
	const _LHCRi = "ListHealthChecksResponse";
	const _LHCS = "ListHealthCheckSources";
	const _LHCSR = "ListHealthCheckSourcesRequest";
	const _LHCSRi = "ListHealthCheckSourcesResponse";
	const _LHZ = "ListHostedZones";
	const _LHZBN = "ListHostedZonesByName";
	const _LHZBNR = "ListHostedZonesByNameRequest";
	const _LHZBNRi = "ListHostedZonesByNameResponse";
	const _LHZBVPC = "ListHostedZonesByVPC";
	const _LHZBVPCR = "ListHostedZonesByVPCRequest";
	const _LHZBVPCRi = "ListHostedZonesByVPCResponse";
	const _LHZCB = "ListHostedZoneChangeBatches";
	const _LHZCBR = "ListHostedZoneChangeBatchesRequest";
	const _LHZCBRi = "ListHostedZoneChangeBatchesResponse";
	const _LHZR = "ListHostedZonesRequest";
	const _LHZRi = "ListHostedZonesResponse";
	const _LI = "LocationId";
	const _LMD = "LastModifiedDate";
	const _LN = "LocationName";
	const _LQLC = "ListQueryLoggingConfigs";
	const _LQLCR = "ListQueryLoggingConfigsRequest";
	const _LQLCRi = "ListQueryLoggingConfigsResponse";
	const _LRDS = "ListReusableDelegationSets";
	const _LRDSR = "ListReusableDelegationSetsRequest";
	const _LRDSRi = "ListReusableDelegationSetsResponse";
	const _LRRS = "ListResourceRecordSets";
	const _LRRSC = "ListResourceRecordSetChanges";
	const _LRRSCR = "ListResourceRecordSetChangesRequest";
	const _LRRSCRi = "ListResourceRecordSetChangesResponse";
	const _LRRSP = "ListResourceRecordSetProtections";
	const _LRRSPR = "ListResourceRecordSetProtectionsRequest";
	const _LRRSPRi = "ListResourceRecordSetProtectionsResponse";
	const _LRRSR = "ListResourceRecordSetsRequest";
	const _LRRSRi = "ListResourceRecordSetsResponse";
	const _LS = "LinkedService";
	const _LSo = "LocationSummary";
	const _LSoc = "LocationSummaries";
	const _LT = "LocationType";
	const _LTFR = "ListTagsForResource";
	const _LTFRR = "ListTagsForResourceRequest";
	const _LTFRRi = "ListTagsForResourceResponse";
	const _LTFRRis = "ListTagsForResourcesRequest";
	const _LTFRRist = "ListTagsForResourcesResponse";
	const _LTFRi = "ListTagsForResources";
	const _LTP = "ListTrafficPolicies";
	const _LTPI = "ListTrafficPolicyInstances";
	const _LTPIBHZ = "ListTrafficPolicyInstancesByHostedZone";
	const _LTPIBHZR = "ListTrafficPolicyInstancesByHostedZoneRequest";
	const _LTPIBHZRi = "ListTrafficPolicyInstancesByHostedZoneResponse";
	const _LTPIBP = "ListTrafficPolicyInstancesByPolicy";
	const _LTPIBPR = "ListTrafficPolicyInstancesByPolicyRequest";
	const _LTPIBPRi = "ListTrafficPolicyInstancesByPolicyResponse";
	const _LTPIR = "ListTrafficPolicyInstancesRequest";
	const _LTPIRi = "ListTrafficPolicyInstancesResponse";
	const _LTPR = "ListTrafficPoliciesRequest";
	const _LTPRi = "ListTrafficPoliciesResponse";
	const _LTPV = "ListTrafficPolicyVersions";
	const _LTPVR = "ListTrafficPolicyVersionsRequest";
	const _LTPVRi = "ListTrafficPolicyVersionsResponse";
	const _LV = "LatestVersion";
	const _LVPCA = "LastVPCAssociation";
	const _LVPCAA = "ListVPCAssociationAuthorizations";
	const _LVPCAAR = "ListVPCAssociationAuthorizationsRequest";
	const _LVPCAARi = "ListVPCAssociationAuthorizationsResponse";
	const _LZG = "LocalZoneGroup";
	const _Li = "Limit";
	const _Lo = "Longitude";
	const _Loc = "Location";
	const _M = "Message";
	const _MI = "MaxItems";
	const _ML = "MeasureLatency";
	const _MN = "MetricName";
	const _MR = "MaxResults";
	const _MVA = "MultiValueAnswer";
	const _Ma = "Marker";
	const _N = "Name";
	const _NAE = "NotAuthorizedException";
	const _NCC = "NextContinentCode";
	const _NCCe = "NextCountryCode";
	const _NDNSN = "NextDNSName";
	const _NHZI = "NextHostedZoneId";
	const _NM = "NextMarker";
	const _NRI = "NextRecordIdentifier";
	const _NRN = "NextRecordName";
	const _NRT = "NextRecordType";
	const _NS = "NameServers";
	const _NSC = "NoSuchChange";
	const _NSCCE = "NoSuchCidrCollectionException";
	const _NSCLE = "NoSuchCidrLocationException";
	const _NSCWLLG = "NoSuchCloudWatchLogsLogGroup";
	const _NSCe = "NextSubdivisionCode";
	const _NSDS = "NoSuchDelegationSet";
	const _NSGL = "NoSuchGeoLocation";
	const _NSHC = "NoSuchHealthCheck";
	const _NSHCS = "NoSuchHealthCheckSource";
	const _NSHZ = "NoSuchHostedZone";
	const _NSKSK = "NoSuchKeySigningKey";
	const _NSQLC = "NoSuchQueryLoggingConfig";
	const _NSTP = "NoSuchTrafficPolicy";
	const _NSTPI = "NoSuchTrafficPolicyInstance";
	const _NSa = "NameServer";
	const _NT = "NextToken";
	const _Na = "Namespace";
	const _Nam = "Nameserver";
	const _O = "Operation";
	const _OA = "OwningAccount";
	const _OS = "OwningService";
	const _Ow = "Owner";
	const _P = "Period";
	const _PAE = "ProtectionAlreadyExists";
	const _PDNSFS = "PublicDNSFallbackStatus";
	const _PE = "ProtectionError";
	const _PEr = "ProtectionErrors";
	const _PK = "PublicKey";
	const _PRNC = "PriorRequestNotComplete";
	const _PZ = "PrivateZone";
	const _PZVPCA = "PublicZoneVPCAssociation";
	const _Po = "Port";
	const _Pr = "Protections";
	const _Pro = "Protocol";
	const _QLC = "QueryLoggingConfig";
	const _QLCAE = "QueryLoggingConfigAlreadyExists";
	const _QLCu = "QueryLoggingConfigs";
	const _R = "Region";
	const _RC = "ResponseCode";
	const _RCA = "RoutingControlArn";
	const _RD = "RecordData";
	const _RDE = "RecordDataEntry";
	const _RDSL = "ReusableDelegationSetLimit";
	const _RE = "ResetElements";
	const _REN = "ResettableElementName";
	const _RENL = "ResettableElementNameList";
	const _RI = "RequestId";
	const _RIP = "ResolverIP";
	const _RIe = "ResourceId";
	const _RIeq = "RequestInterval";
	const _RIes = "ResourceIds";
	const _RN = "RecordName";
	const _RP = "ResourcePath";
	const _RR = "ResourceRecord";
	const _RRS = "ResourceRecordSet";
	const _RRSC = "ResourceRecordSetCount";
	const _RRSCe = "ResourceRecordSetChanges";
	const _RRSCes = "ResourceRecordSetChange";
	const _RRSP = "ResourceRecordSetProtections";
	const _RRSPC = "ResourceRecordSetProtectionConfig";
	const _RRSPCB = "ResourceRecordSetProtectionConfigBatch";
	const _RRSPK = "ResourceRecordSetProtectionKey";
	const _RRSPKB = "ResourceRecordSetProtectionKeyBatch";
	const _RRSPe = "ResourceRecordSetProtection";
	const _RRSe = "ResourceRecordSets";
	const _RRe = "ResourceRecords";
	const _RSA = "RetentionStartsAt";
	const _RT = "ResourceType";
	const _RTK = "RemoveTagKeys";
	const _RTS = "ResourceTagSet";
	const _RTSL = "ResourceTagSetList";
	const _RTSe = "ResourceTagSets";
	const _RTe = "RecordType";
	const _Re = "Regions";
	const _S = "Status";
	const _SA = "SubmittedAt";
	const _SACI = "StartAfterChangeId";
	const _SAM = "SigningAlgorithmMnemonic";
	const _SAT = "SigningAlgorithmType";
	const _SAu = "SubmittedAfter";
	const _SB = "SubmittedBy";
	const _SBu = "SubmittedBefore";
	const _SC = "SubdivisionCode";
	const _SCC = "StartContinentCode";
	const _SCCt = "StartCountryCode";
	const _SCL = "SubnetConfigurationList";
	const _SCu = "SubnetConfiguration";
	const _SGI = "SecurityGroupId";
	const _SGIL = "SecurityGroupIdList";
	const _SI = "SetIdentifier";
	const _SIu = "SubnetId";
	const _SM = "StatusMessage";
	const _SN = "SubdivisionName";
	const _SO = "SortOrder";
	const _SP = "ServicePrincipal";
	const _SR = "StatusReport";
	const _SRC = "StatusReasonCode";
	const _SRI = "StartRecordIdentifier";
	const _SRN = "StartRecordName";
	const _SRT = "StartRecordType";
	const _SRt = "StatusReason";
	const _SS = "ServeSignature";
	const _SSC = "StartSubdivisionCode";
	const _SSe = "SearchString";
	const _St = "Statistic";
	const _Sta = "State";
	const _T = "Type";
	const _TDNSA = "TestDNSAnswer";
	const _TDNSAR = "TestDNSAnswerRequest";
	const _TDNSARe = "TestDNSAnswerResponse";
	const _TE = "ThrottlingException";
	const _TKL = "TagKeyList";
	const _TL = "TagList";
	const _TMHC = "TooManyHealthChecks";
	const _TMHCS = "TooManyHealthCheckSources";
	const _TMHZ = "TooManyHostedZones";
	const _TMKSK = "TooManyKeySigningKeys";
	const _TMTP = "TooManyTrafficPolicies";
	const _TMTPI = "TooManyTrafficPolicyInstances";
	const _TMTPVFCP = "TooManyTrafficPolicyVersionsForCurrentPolicy";
	const _TMVPCAA = "TooManyVPCAssociationAuthorizations";
	const _TP = "TrafficPolicy";
	const _TPAE = "TrafficPolicyAlreadyExists";
	const _TPC = "TrafficPolicyCount";
	const _TPI = "TrafficPolicyId";
	const _TPIAE = "TrafficPolicyInstanceAlreadyExists";
	const _TPIC = "TrafficPolicyInstanceCount";
	const _TPII = "TrafficPolicyInstanceId";
	const _TPIM = "TrafficPolicyIdMarker";
	const _TPINM = "TrafficPolicyInstanceNameMarker";
	const _TPITM = "TrafficPolicyInstanceTypeMarker";
	const _TPIU = "TrafficPolicyInUse";
	const _TPIr = "TrafficPolicyInstance";
	const _TPIra = "TrafficPolicyInstances";
	const _TPS = "TrafficPolicySummaries";
	const _TPSr = "TrafficPolicySummary";
	const _TPT = "TrafficPolicyType";
	const _TPV = "TrafficPolicyVersion";
	const _TPVM = "TrafficPolicyVersionMarker";
	const _TPr = "TrafficPolicies";
	const _TRIL = "TagResourceIdList";
	const _TTL = "TTL";
	const _Ta = "Tags";
	const _Tag = "Tag";
	const _Th = "Threshold";
	const _UHC = "UpdateHealthCheck";
	const _UHCR = "UpdateHealthCheckRequest";
	const _UHCRp = "UpdateHealthCheckResponse";
	const _UHZC = "UpdateHostedZoneComment";
	const _UHZCR = "UpdateHostedZoneCommentRequest";
	const _UHZCRp = "UpdateHostedZoneCommentResponse";
	const _UHZF = "UpdateHostedZoneFeatures";
	const _UHZFR = "UpdateHostedZoneFeaturesRequest";
	const _UHZFRp = "UpdateHostedZoneFeaturesResponse";
	const _UHZT = "UpdateHostedZoneTier";
	const _UHZTR = "UpdateHostedZoneTierRequest";
	const _UHZTRp = "UpdateHostedZoneTierResponse";
	const _UTPC = "UpdateTrafficPolicyComment";
	const _UTPCR = "UpdateTrafficPolicyCommentRequest";
	const _UTPCRp = "UpdateTrafficPolicyCommentResponse";
	const _UTPI = "UpdateTrafficPolicyInstance";
	const _UTPIR = "UpdateTrafficPolicyInstanceRequest";
	const _UTPIRp = "UpdateTrafficPolicyInstanceResponse";
	const _V = "Value";
	const _VI = "VpcId";
	const _VPC = "VPC";
	const _VPCAANF = "VPCAssociationAuthorizationNotFound";
	const _VPCANF = "VPCAssociationNotFound";
	const _VPCI = "VPCId";
	const _VPCR = "VPCRegion";
	const _VPCs = "VPCs";
	const _Ve = "Version";
	const _W = "Weight";
	const _aQE = "awsQueryError";
	const _c = "client";
	const _co = "continentcode";
	const _cou = "countrycode";
	const _d = "dnsname";
	const _de = "delegationsetid";
	const _e = "error";
	const _ed = "edns0clientsubnetip";
	const _edn = "edns0clientsubnetmask";
	const _h = "hostedzoneid";
	const _hE = "httpError";
	const _hH = "httpHeader";
	const _hQ = "httpQuery";
	const _ho = "hostedzonetype";
	const _ht = "http";
	const _i = "identifier";
	const _id = "id";
	const _l = "location";
	const _m = "message";
	const _ma = "maxresults";
	const _mar = "marker";
	const _max = "maxitems";
	const _me = "messages";
	const _n = "nexttoken";
	const _na = "name";
	const _r = "recordname";
	const _re = "recordtype";
	const _res = "resolverip";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.route53";
	const _so = "sortorder";
	const _st = "startcontinentcode";
	const _sta = "startcountrycode";
	const _star = "startsubdivisioncode";
	const _start = "startafterchangeid";
	const _su = "subdivisioncode";
	const _sub = "submittedafter";
	const _subm = "submittedbefore";
	const _t = "type";
	const _tr = "trafficpolicyid";
	const _tra = "trafficpolicyinstancename";
	const _traf = "trafficpolicyinstancetype";
	const _traff = "trafficpolicyversion";
	const _v = "vpcid";
	const _ve = "version";
	const _vp = "vpcregion";
	const _xN = "xmlName";
	const n0 = "com.amazonaws.route53";
	const _s_registry = new TypeRegistry(_s);
	var Route53ServiceException$ = [
		-3,
		_s,
		"Route53ServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(Route53ServiceException$, Route53ServiceException);
	const n0_registry = new TypeRegistry(n0);
	var CidrBlockInUseException$ = [
		-3,
		n0,
		_CBIUE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_M],
		[0]
	];
	n0_registry.registerError(CidrBlockInUseException$, CidrBlockInUseException);
	var CidrCollectionAlreadyExistsException$ = [
		-3,
		n0,
		_CCAEE,
		{ [_e]: _c },
		[_M],
		[0]
	];
	n0_registry.registerError(CidrCollectionAlreadyExistsException$, CidrCollectionAlreadyExistsException);
	var CidrCollectionInUseException$ = [
		-3,
		n0,
		_CCIUE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_M],
		[0]
	];
	n0_registry.registerError(CidrCollectionInUseException$, CidrCollectionInUseException);
	var CidrCollectionVersionMismatchException$ = [
		-3,
		n0,
		_CCVME,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_M],
		[0]
	];
	n0_registry.registerError(CidrCollectionVersionMismatchException$, CidrCollectionVersionMismatchException);
	var ConcurrentModification$ = [
		-3,
		n0,
		_CM,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ConcurrentModification$, ConcurrentModification);
	var ConflictingDomainExists$ = [
		-3,
		n0,
		_CDE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ConflictingDomainExists$, ConflictingDomainExists);
	var ConflictingTypes$ = [
		-3,
		n0,
		_CT,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ConflictingTypes$, ConflictingTypes);
	var DelegationSetAlreadyCreated$ = [
		-3,
		n0,
		_DSAC,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(DelegationSetAlreadyCreated$, DelegationSetAlreadyCreated);
	var DelegationSetAlreadyReusable$ = [
		-3,
		n0,
		_DSAR,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(DelegationSetAlreadyReusable$, DelegationSetAlreadyReusable);
	var DelegationSetInUse$ = [
		-3,
		n0,
		_DSIU,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(DelegationSetInUse$, DelegationSetInUse);
	var DelegationSetNotAvailable$ = [
		-3,
		n0,
		_DSNA,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(DelegationSetNotAvailable$, DelegationSetNotAvailable);
	var DelegationSetNotReusable$ = [
		-3,
		n0,
		_DSNR,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(DelegationSetNotReusable$, DelegationSetNotReusable);
	var DNSSECNotFound$ = [
		-3,
		n0,
		_DNSSECNF,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DNSSECNotFound$, DNSSECNotFound);
	var FeatureNotEnabled$ = [
		-3,
		n0,
		_FNE,
		{
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(FeatureNotEnabled$, FeatureNotEnabled);
	var HealthCheckAlreadyExists$ = [
		-3,
		n0,
		_HCAE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(HealthCheckAlreadyExists$, HealthCheckAlreadyExists);
	var HealthCheckInUse$ = [
		-3,
		n0,
		_HCIU,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(HealthCheckInUse$, HealthCheckInUse);
	var HealthCheckSourceAlreadyExists$ = [
		-3,
		n0,
		_HCSAE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(HealthCheckSourceAlreadyExists$, HealthCheckSourceAlreadyExists);
	var HealthCheckVersionMismatch$ = [
		-3,
		n0,
		_HCVM,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(HealthCheckVersionMismatch$, HealthCheckVersionMismatch);
	var HostedZoneAlreadyExists$ = [
		-3,
		n0,
		_HZAE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(HostedZoneAlreadyExists$, HostedZoneAlreadyExists);
	var HostedZoneNotEmpty$ = [
		-3,
		n0,
		_HZNE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(HostedZoneNotEmpty$, HostedZoneNotEmpty);
	var HostedZoneNotFound$ = [
		-3,
		n0,
		_HZNF,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(HostedZoneNotFound$, HostedZoneNotFound);
	var HostedZoneNotPrivate$ = [
		-3,
		n0,
		_HZNP,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(HostedZoneNotPrivate$, HostedZoneNotPrivate);
	var HostedZonePartiallyDelegated$ = [
		-3,
		n0,
		_HZPD,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(HostedZonePartiallyDelegated$, HostedZonePartiallyDelegated);
	var IncompatibleVersion$ = [
		-3,
		n0,
		_IV,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IncompatibleVersion$, IncompatibleVersion);
	var InsufficientCloudWatchLogsResourcePolicy$ = [
		-3,
		n0,
		_ICWLRP,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InsufficientCloudWatchLogsResourcePolicy$, InsufficientCloudWatchLogsResourcePolicy);
	var InvalidArgument$ = [
		-3,
		n0,
		_IA,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidArgument$, InvalidArgument);
	var InvalidChangeBatch$ = [
		-3,
		n0,
		_ICB,
		{ [_e]: _c },
		[_me, _m],
		[[() => ErrorMessages, 0], 0]
	];
	n0_registry.registerError(InvalidChangeBatch$, InvalidChangeBatch);
	var InvalidDomainName$ = [
		-3,
		n0,
		_IDN,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidDomainName$, InvalidDomainName);
	var InvalidInput$ = [
		-3,
		n0,
		_II,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidInput$, InvalidInput);
	var InvalidKeySigningKeyName$ = [
		-3,
		n0,
		_IKSKN,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidKeySigningKeyName$, InvalidKeySigningKeyName);
	var InvalidKeySigningKeyStatus$ = [
		-3,
		n0,
		_IKSKS,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidKeySigningKeyStatus$, InvalidKeySigningKeyStatus);
	var InvalidKMSArn$ = [
		-3,
		n0,
		_IKMSA,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidKMSArn$, InvalidKMSArn);
	var InvalidPaginationToken$ = [
		-3,
		n0,
		_IPT,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidPaginationToken$, InvalidPaginationToken);
	var InvalidResourceRecordSetProtectionBatch$ = [
		-3,
		n0,
		_IRRSPB,
		{
			[_aQE]: [`InvalidResourceRecordSetProtectionBatch`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_E, _M],
		[[() => ProtectionErrors, 0], 0],
		1
	];
	n0_registry.registerError(InvalidResourceRecordSetProtectionBatch$, InvalidResourceRecordSetProtectionBatch);
	var InvalidSigningStatus$ = [
		-3,
		n0,
		_ISS,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidSigningStatus$, InvalidSigningStatus);
	var InvalidTrafficPolicyDocument$ = [
		-3,
		n0,
		_ITPD,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidTrafficPolicyDocument$, InvalidTrafficPolicyDocument);
	var InvalidVPCId$ = [
		-3,
		n0,
		_IVPCI,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidVPCId$, InvalidVPCId);
	var KeySigningKeyAlreadyExists$ = [
		-3,
		n0,
		_KSKAE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KeySigningKeyAlreadyExists$, KeySigningKeyAlreadyExists);
	var KeySigningKeyInParentDSRecord$ = [
		-3,
		n0,
		_KSKIPDSR,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KeySigningKeyInParentDSRecord$, KeySigningKeyInParentDSRecord);
	var KeySigningKeyInUse$ = [
		-3,
		n0,
		_KSKIU,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(KeySigningKeyInUse$, KeySigningKeyInUse);
	var KeySigningKeyWithActiveStatusNotFound$ = [
		-3,
		n0,
		_KSKWASNF,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(KeySigningKeyWithActiveStatusNotFound$, KeySigningKeyWithActiveStatusNotFound);
	var LastVPCAssociation$ = [
		-3,
		n0,
		_LVPCA,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(LastVPCAssociation$, LastVPCAssociation);
	var LimitsExceeded$ = [
		-3,
		n0,
		_LE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(LimitsExceeded$, LimitsExceeded);
	var NoSuchChange$ = [
		-3,
		n0,
		_NSC,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NoSuchChange$, NoSuchChange);
	var NoSuchCidrCollectionException$ = [
		-3,
		n0,
		_NSCCE,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_M],
		[0]
	];
	n0_registry.registerError(NoSuchCidrCollectionException$, NoSuchCidrCollectionException);
	var NoSuchCidrLocationException$ = [
		-3,
		n0,
		_NSCLE,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_M],
		[0]
	];
	n0_registry.registerError(NoSuchCidrLocationException$, NoSuchCidrLocationException);
	var NoSuchCloudWatchLogsLogGroup$ = [
		-3,
		n0,
		_NSCWLLG,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NoSuchCloudWatchLogsLogGroup$, NoSuchCloudWatchLogsLogGroup);
	var NoSuchDelegationSet$ = [
		-3,
		n0,
		_NSDS,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(NoSuchDelegationSet$, NoSuchDelegationSet);
	var NoSuchGeoLocation$ = [
		-3,
		n0,
		_NSGL,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NoSuchGeoLocation$, NoSuchGeoLocation);
	var NoSuchHealthCheck$ = [
		-3,
		n0,
		_NSHC,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NoSuchHealthCheck$, NoSuchHealthCheck);
	var NoSuchHealthCheckSource$ = [
		-3,
		n0,
		_NSHCS,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NoSuchHealthCheckSource$, NoSuchHealthCheckSource);
	var NoSuchHostedZone$ = [
		-3,
		n0,
		_NSHZ,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NoSuchHostedZone$, NoSuchHostedZone);
	var NoSuchKeySigningKey$ = [
		-3,
		n0,
		_NSKSK,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NoSuchKeySigningKey$, NoSuchKeySigningKey);
	var NoSuchQueryLoggingConfig$ = [
		-3,
		n0,
		_NSQLC,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NoSuchQueryLoggingConfig$, NoSuchQueryLoggingConfig);
	var NoSuchTrafficPolicy$ = [
		-3,
		n0,
		_NSTP,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NoSuchTrafficPolicy$, NoSuchTrafficPolicy);
	var NoSuchTrafficPolicyInstance$ = [
		-3,
		n0,
		_NSTPI,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NoSuchTrafficPolicyInstance$, NoSuchTrafficPolicyInstance);
	var NotAuthorizedException$ = [
		-3,
		n0,
		_NAE,
		{
			[_e]: _c,
			[_hE]: 401
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NotAuthorizedException$, NotAuthorizedException);
	var PriorRequestNotComplete$ = [
		-3,
		n0,
		_PRNC,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(PriorRequestNotComplete$, PriorRequestNotComplete);
	var ProtectionAlreadyExists$ = [
		-3,
		n0,
		_PAE,
		{
			[_aQE]: [`ProtectionAlreadyExists`, 409],
			[_e]: _c,
			[_hE]: 409
		},
		[_E, _M],
		[[() => ProtectionErrors, 0], 0],
		1
	];
	n0_registry.registerError(ProtectionAlreadyExists$, ProtectionAlreadyExists);
	var PublicZoneVPCAssociation$ = [
		-3,
		n0,
		_PZVPCA,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(PublicZoneVPCAssociation$, PublicZoneVPCAssociation);
	var QueryLoggingConfigAlreadyExists$ = [
		-3,
		n0,
		_QLCAE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(QueryLoggingConfigAlreadyExists$, QueryLoggingConfigAlreadyExists);
	var ThrottlingException$ = [
		-3,
		n0,
		_TE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ThrottlingException$, ThrottlingException);
	var TooManyHealthChecks$ = [
		-3,
		n0,
		_TMHC,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(TooManyHealthChecks$, TooManyHealthChecks);
	var TooManyHealthCheckSources$ = [
		-3,
		n0,
		_TMHCS,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(TooManyHealthCheckSources$, TooManyHealthCheckSources);
	var TooManyHostedZones$ = [
		-3,
		n0,
		_TMHZ,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TooManyHostedZones$, TooManyHostedZones);
	var TooManyKeySigningKeys$ = [
		-3,
		n0,
		_TMKSK,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(TooManyKeySigningKeys$, TooManyKeySigningKeys);
	var TooManyTrafficPolicies$ = [
		-3,
		n0,
		_TMTP,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TooManyTrafficPolicies$, TooManyTrafficPolicies);
	var TooManyTrafficPolicyInstances$ = [
		-3,
		n0,
		_TMTPI,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TooManyTrafficPolicyInstances$, TooManyTrafficPolicyInstances);
	var TooManyTrafficPolicyVersionsForCurrentPolicy$ = [
		-3,
		n0,
		_TMTPVFCP,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TooManyTrafficPolicyVersionsForCurrentPolicy$, TooManyTrafficPolicyVersionsForCurrentPolicy);
	var TooManyVPCAssociationAuthorizations$ = [
		-3,
		n0,
		_TMVPCAA,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TooManyVPCAssociationAuthorizations$, TooManyVPCAssociationAuthorizations);
	var TrafficPolicyAlreadyExists$ = [
		-3,
		n0,
		_TPAE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TrafficPolicyAlreadyExists$, TrafficPolicyAlreadyExists);
	var TrafficPolicyInstanceAlreadyExists$ = [
		-3,
		n0,
		_TPIAE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TrafficPolicyInstanceAlreadyExists$, TrafficPolicyInstanceAlreadyExists);
	var TrafficPolicyInUse$ = [
		-3,
		n0,
		_TPIU,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TrafficPolicyInUse$, TrafficPolicyInUse);
	var VPCAssociationAuthorizationNotFound$ = [
		-3,
		n0,
		_VPCAANF,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(VPCAssociationAuthorizationNotFound$, VPCAssociationAuthorizationNotFound);
	var VPCAssociationNotFound$ = [
		-3,
		n0,
		_VPCANF,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(VPCAssociationNotFound$, VPCAssociationNotFound);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var AccountLimit$ = [
		3,
		n0,
		_AL,
		0,
		[_T, _V],
		[0, 1],
		2
	];
	var ActivateKeySigningKeyRequest$ = [
		3,
		n0,
		_AKSKR,
		0,
		[_HZI, _N],
		[[0, 1], [0, 1]],
		2
	];
	var ActivateKeySigningKeyResponse$ = [
		3,
		n0,
		_AKSKRc,
		0,
		[_CI],
		[() => ChangeInfo$],
		1
	];
	var AlarmIdentifier$ = [
		3,
		n0,
		_AI,
		0,
		[_R, _N],
		[0, 0],
		2
	];
	var AliasTarget$ = [
		3,
		n0,
		_AT,
		0,
		[
			_HZI,
			_DNSN,
			_ETH
		],
		[
			0,
			0,
			2
		],
		3
	];
	var AssociateVPCWithHostedZoneRequest$ = [
		3,
		n0,
		_AVPCWHZR,
		0,
		[
			_HZI,
			_VPC,
			_C
		],
		[
			[0, 1],
			() => VPC$,
			0
		],
		2
	];
	var AssociateVPCWithHostedZoneResponse$ = [
		3,
		n0,
		_AVPCWHZRs,
		0,
		[_CI],
		[() => ChangeInfo$],
		1
	];
	var AZAffinity$ = [
		3,
		n0,
		_AZA,
		0,
		[_LT, _LI],
		[0, 0]
	];
	var Change$ = [
		3,
		n0,
		_Ch,
		0,
		[_A, _RRS],
		[0, [() => ResourceRecordSet$, 0]],
		2
	];
	var ChangeBatch$ = [
		3,
		n0,
		_CB,
		0,
		[_Cha, _C],
		[[() => Changes, 0], 0],
		1
	];
	var ChangeBatchSummary$ = [
		3,
		n0,
		_CBS,
		0,
		[
			_CIh,
			_O,
			_SA,
			_CC,
			_SB,
			_RI,
			_C
		],
		[
			0,
			0,
			4,
			1,
			0,
			0,
			0
		],
		4
	];
	var ChangeCidrCollectionRequest$ = [
		3,
		n0,
		_CCCR,
		0,
		[
			_I,
			_Cha,
			_CV
		],
		[
			[0, 1],
			[() => CidrCollectionChanges, 0],
			1
		],
		2
	];
	var ChangeCidrCollectionResponse$ = [
		3,
		n0,
		_CCCRh,
		0,
		[_I],
		[0],
		1
	];
	var ChangeGuardrail$ = [
		3,
		n0,
		_CG,
		0,
		[_N, _S],
		[0, 0],
		2
	];
	var ChangeHistoryFeature$ = [
		3,
		n0,
		_CHF,
		0,
		[_S, _RSA],
		[0, 4]
	];
	var ChangeInfo$ = [
		3,
		n0,
		_CI,
		0,
		[
			_I,
			_S,
			_SA,
			_C
		],
		[
			0,
			0,
			4,
			0
		],
		3
	];
	var ChangeResourceRecordSetsRequest$ = [
		3,
		n0,
		_CRRSR,
		0,
		[_HZI, _CB],
		[[0, 1], [() => ChangeBatch$, 0]],
		2
	];
	var ChangeResourceRecordSetsResponse$ = [
		3,
		n0,
		_CRRSRh,
		0,
		[_CI],
		[() => ChangeInfo$],
		1
	];
	var ChangeTagsForResourceRequest$ = [
		3,
		n0,
		_CTFRR,
		0,
		[
			_RT,
			_RIe,
			_ATd,
			_RTK
		],
		[
			[0, 1],
			[0, 1],
			[() => TagList, 0],
			[() => TagKeyList, 0]
		],
		2
	];
	var ChangeTagsForResourceResponse$ = [
		3,
		n0,
		_CTFRRh,
		0,
		[],
		[]
	];
	var CidrBlockSummary$ = [
		3,
		n0,
		_CBSi,
		0,
		[_CBi, _LN],
		[0, 0]
	];
	var CidrCollection$ = [
		3,
		n0,
		_CCi,
		0,
		[
			_Ar,
			_I,
			_N,
			_Ve
		],
		[
			0,
			0,
			0,
			1
		]
	];
	var CidrCollectionChange$ = [
		3,
		n0,
		_CCC,
		0,
		[
			_LN,
			_A,
			_CL
		],
		[
			0,
			0,
			[() => CidrList, 0]
		],
		3
	];
	var CidrRoutingConfig$ = [
		3,
		n0,
		_CRC,
		0,
		[_CIo, _LN],
		[0, 0],
		2
	];
	var CloudWatchAlarmConfiguration$ = [
		3,
		n0,
		_CWAC,
		0,
		[
			_EP,
			_Th,
			_CO,
			_P,
			_MN,
			_Na,
			_St,
			_D
		],
		[
			1,
			1,
			0,
			1,
			0,
			0,
			0,
			[() => DimensionList, 0]
		],
		7
	];
	var CollectionSummary$ = [
		3,
		n0,
		_CS,
		0,
		[
			_Ar,
			_I,
			_N,
			_Ve
		],
		[
			0,
			0,
			0,
			1
		]
	];
	var Coordinates$ = [
		3,
		n0,
		_Co,
		0,
		[_L, _Lo],
		[0, 0],
		2
	];
	var CreateCidrCollectionRequest$ = [
		3,
		n0,
		_CCCRr,
		0,
		[_N, _CR],
		[0, 0],
		2
	];
	var CreateCidrCollectionResponse$ = [
		3,
		n0,
		_CCCRre,
		0,
		[_Col, _Loc],
		[() => CidrCollection$, [0, { [_hH]: _Loc }]]
	];
	var CreateHealthCheckRequest$ = [
		3,
		n0,
		_CHCR,
		0,
		[_CR, _HCC],
		[0, [() => HealthCheckConfig$, 0]],
		2
	];
	var CreateHealthCheckResponse$ = [
		3,
		n0,
		_CHCRr,
		0,
		[_HC, _Loc],
		[[() => HealthCheck$, 0], [0, { [_hH]: _Loc }]],
		2
	];
	var CreateHealthCheckSourceRequest$ = [
		3,
		n0,
		_CHCSR,
		0,
		[
			_HCSC,
			_CR,
			_Ta
		],
		[
			[() => HealthCheckSourceConfig$, 0],
			[0, 4],
			[() => TagList, 0]
		],
		1
	];
	var CreateHealthCheckSourceResponse$ = [
		3,
		n0,
		_CHCSRr,
		0,
		[
			_HCSI,
			_HCSS,
			_Loc
		],
		[
			0,
			0,
			[0, { [_hH]: _Loc }]
		],
		3
	];
	var CreateHostedZoneRequest$ = [
		3,
		n0,
		_CHZR,
		0,
		[
			_N,
			_CR,
			_VPC,
			_HZC,
			_DSI,
			_EPDNSF,
			_CGh
		],
		[
			0,
			0,
			() => VPC$,
			() => HostedZoneConfig$,
			0,
			2,
			[() => ChangeGuardrails, 0]
		],
		2
	];
	var CreateHostedZoneResponse$ = [
		3,
		n0,
		_CHZRr,
		0,
		[
			_HZ,
			_CI,
			_DS,
			_Loc,
			_VPC
		],
		[
			[() => HostedZone$, 0],
			() => ChangeInfo$,
			[() => DelegationSet$, 0],
			[0, { [_hH]: _Loc }],
			() => VPC$
		],
		4
	];
	var CreateKeySigningKeyRequest$ = [
		3,
		n0,
		_CKSKR,
		0,
		[
			_CR,
			_HZI,
			_KMSA,
			_N,
			_S
		],
		[
			0,
			0,
			0,
			0,
			0
		],
		5
	];
	var CreateKeySigningKeyResponse$ = [
		3,
		n0,
		_CKSKRr,
		0,
		[
			_CI,
			_KSK,
			_Loc
		],
		[
			() => ChangeInfo$,
			() => KeySigningKey$,
			[0, { [_hH]: _Loc }]
		],
		3
	];
	var CreateQueryLoggingConfigRequest$ = [
		3,
		n0,
		_CQLCR,
		0,
		[_HZI, _CWLLGA],
		[0, 0],
		2
	];
	var CreateQueryLoggingConfigResponse$ = [
		3,
		n0,
		_CQLCRr,
		0,
		[_QLC, _Loc],
		[() => QueryLoggingConfig$, [0, { [_hH]: _Loc }]],
		2
	];
	var CreateResourceRecordSetProtectionsRequest$ = [
		3,
		n0,
		_CRRSPR,
		0,
		[_HZI, _Pr],
		[[0, 1], [() => ResourceRecordSetProtectionConfigBatch, 0]],
		2
	];
	var CreateResourceRecordSetProtectionsResponse$ = [
		3,
		n0,
		_CRRSPRr,
		0,
		[],
		[]
	];
	var CreateReusableDelegationSetRequest$ = [
		3,
		n0,
		_CRDSR,
		0,
		[_CR, _HZI],
		[0, 0],
		1
	];
	var CreateReusableDelegationSetResponse$ = [
		3,
		n0,
		_CRDSRr,
		0,
		[_DS, _Loc],
		[[() => DelegationSet$, 0], [0, { [_hH]: _Loc }]],
		2
	];
	var CreateTrafficPolicyInstanceRequest$ = [
		3,
		n0,
		_CTPIR,
		0,
		[
			_HZI,
			_N,
			_TTL,
			_TPI,
			_TPV
		],
		[
			0,
			0,
			1,
			0,
			1
		],
		5
	];
	var CreateTrafficPolicyInstanceResponse$ = [
		3,
		n0,
		_CTPIRr,
		0,
		[_TPIr, _Loc],
		[() => TrafficPolicyInstance$, [0, { [_hH]: _Loc }]],
		2
	];
	var CreateTrafficPolicyRequest$ = [
		3,
		n0,
		_CTPR,
		0,
		[
			_N,
			_Do,
			_C
		],
		[
			0,
			0,
			0
		],
		2
	];
	var CreateTrafficPolicyResponse$ = [
		3,
		n0,
		_CTPRr,
		0,
		[_TP, _Loc],
		[() => TrafficPolicy$, [0, { [_hH]: _Loc }]],
		2
	];
	var CreateTrafficPolicyVersionRequest$ = [
		3,
		n0,
		_CTPVR,
		0,
		[
			_I,
			_Do,
			_C
		],
		[
			[0, 1],
			0,
			0
		],
		2
	];
	var CreateTrafficPolicyVersionResponse$ = [
		3,
		n0,
		_CTPVRr,
		0,
		[_TP, _Loc],
		[() => TrafficPolicy$, [0, { [_hH]: _Loc }]],
		2
	];
	var CreateVPCAssociationAuthorizationRequest$ = [
		3,
		n0,
		_CVPCAAR,
		0,
		[_HZI, _VPC],
		[[0, 1], () => VPC$],
		2
	];
	var CreateVPCAssociationAuthorizationResponse$ = [
		3,
		n0,
		_CVPCAARr,
		0,
		[_HZI, _VPC],
		[0, () => VPC$],
		2
	];
	var DeactivateKeySigningKeyRequest$ = [
		3,
		n0,
		_DKSKR,
		0,
		[_HZI, _N],
		[[0, 1], [0, 1]],
		2
	];
	var DeactivateKeySigningKeyResponse$ = [
		3,
		n0,
		_DKSKRe,
		0,
		[_CI],
		[() => ChangeInfo$],
		1
	];
	var DelegationSet$ = [
		3,
		n0,
		_DS,
		0,
		[
			_NS,
			_I,
			_CR
		],
		[
			[() => DelegationSetNameServers, 0],
			0,
			0
		],
		1
	];
	var DeleteCidrCollectionRequest$ = [
		3,
		n0,
		_DCCR,
		0,
		[_I],
		[[0, 1]],
		1
	];
	var DeleteCidrCollectionResponse$ = [
		3,
		n0,
		_DCCRe,
		0,
		[],
		[]
	];
	var DeleteHealthCheckRequest$ = [
		3,
		n0,
		_DHCR,
		0,
		[_HCI],
		[[0, 1]],
		1
	];
	var DeleteHealthCheckResponse$ = [
		3,
		n0,
		_DHCRe,
		0,
		[],
		[]
	];
	var DeleteHealthCheckSourceRequest$ = [
		3,
		n0,
		_DHCSR,
		0,
		[_HCSI],
		[[0, 1]],
		1
	];
	var DeleteHealthCheckSourceResponse$ = [
		3,
		n0,
		_DHCSRe,
		0,
		[_HCSI, _HCSS],
		[0, 0],
		2
	];
	var DeleteHostedZoneRequest$ = [
		3,
		n0,
		_DHZR,
		0,
		[_I],
		[[0, 1]],
		1
	];
	var DeleteHostedZoneResponse$ = [
		3,
		n0,
		_DHZRe,
		0,
		[_CI],
		[() => ChangeInfo$],
		1
	];
	var DeleteKeySigningKeyRequest$ = [
		3,
		n0,
		_DKSKRel,
		0,
		[_HZI, _N],
		[[0, 1], [0, 1]],
		2
	];
	var DeleteKeySigningKeyResponse$ = [
		3,
		n0,
		_DKSKRele,
		0,
		[_CI],
		[() => ChangeInfo$],
		1
	];
	var DeleteQueryLoggingConfigRequest$ = [
		3,
		n0,
		_DQLCR,
		0,
		[_I],
		[[0, 1]],
		1
	];
	var DeleteQueryLoggingConfigResponse$ = [
		3,
		n0,
		_DQLCRe,
		0,
		[],
		[]
	];
	var DeleteResourceRecordSetProtectionsRequest$ = [
		3,
		n0,
		_DRRSPR,
		0,
		[_HZI, _Pr],
		[[0, 1], [() => ResourceRecordSetProtectionKeyBatch, 0]],
		2
	];
	var DeleteResourceRecordSetProtectionsResponse$ = [
		3,
		n0,
		_DRRSPRe,
		0,
		[],
		[]
	];
	var DeleteReusableDelegationSetRequest$ = [
		3,
		n0,
		_DRDSR,
		0,
		[_I],
		[[0, 1]],
		1
	];
	var DeleteReusableDelegationSetResponse$ = [
		3,
		n0,
		_DRDSRe,
		0,
		[],
		[]
	];
	var DeleteTrafficPolicyInstanceRequest$ = [
		3,
		n0,
		_DTPIR,
		0,
		[_I],
		[[0, 1]],
		1
	];
	var DeleteTrafficPolicyInstanceResponse$ = [
		3,
		n0,
		_DTPIRe,
		0,
		[],
		[]
	];
	var DeleteTrafficPolicyRequest$ = [
		3,
		n0,
		_DTPR,
		0,
		[_I, _Ve],
		[[0, 1], [1, 1]],
		2
	];
	var DeleteTrafficPolicyResponse$ = [
		3,
		n0,
		_DTPRe,
		0,
		[],
		[]
	];
	var DeleteVPCAssociationAuthorizationRequest$ = [
		3,
		n0,
		_DVPCAAR,
		0,
		[_HZI, _VPC],
		[[0, 1], () => VPC$],
		2
	];
	var DeleteVPCAssociationAuthorizationResponse$ = [
		3,
		n0,
		_DVPCAARe,
		0,
		[],
		[]
	];
	var Dimension$ = [
		3,
		n0,
		_Di,
		0,
		[_N, _V],
		[0, 0],
		2
	];
	var DisableHostedZoneDNSSECRequest$ = [
		3,
		n0,
		_DHZDNSSECR,
		0,
		[_HZI],
		[[0, 1]],
		1
	];
	var DisableHostedZoneDNSSECResponse$ = [
		3,
		n0,
		_DHZDNSSECRi,
		0,
		[_CI],
		[() => ChangeInfo$],
		1
	];
	var DisassociateVPCFromHostedZoneRequest$ = [
		3,
		n0,
		_DVPCFHZR,
		0,
		[
			_HZI,
			_VPC,
			_C
		],
		[
			[0, 1],
			() => VPC$,
			0
		],
		2
	];
	var DisassociateVPCFromHostedZoneResponse$ = [
		3,
		n0,
		_DVPCFHZRi,
		0,
		[_CI],
		[() => ChangeInfo$],
		1
	];
	var DNSSECStatus$ = [
		3,
		n0,
		_DNSSECS,
		0,
		[_SS, _SM],
		[0, 0]
	];
	var EnableHostedZoneDNSSECRequest$ = [
		3,
		n0,
		_EHZDNSSECR,
		0,
		[_HZI],
		[[0, 1]],
		1
	];
	var EnableHostedZoneDNSSECResponse$ = [
		3,
		n0,
		_EHZDNSSECRn,
		0,
		[_CI],
		[() => ChangeInfo$],
		1
	];
	var GeoLocation$ = [
		3,
		n0,
		_GL,
		0,
		[
			_CCo,
			_CCou,
			_SC
		],
		[
			0,
			0,
			0
		]
	];
	var GeoLocationDetails$ = [
		3,
		n0,
		_GLD,
		0,
		[
			_CCo,
			_CN,
			_CCou,
			_CNo,
			_SC,
			_SN
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
	var GeoProximityLocation$ = [
		3,
		n0,
		_GPL,
		0,
		[
			_AWSR,
			_LZG,
			_Co,
			_B
		],
		[
			0,
			0,
			() => Coordinates$,
			1
		]
	];
	var GetAccountLimitRequest$ = [
		3,
		n0,
		_GALR,
		0,
		[_T],
		[[0, 1]],
		1
	];
	var GetAccountLimitResponse$ = [
		3,
		n0,
		_GALRe,
		0,
		[_Li, _Cou],
		[() => AccountLimit$, 1],
		2
	];
	var GetChangeRequest$ = [
		3,
		n0,
		_GCR,
		0,
		[_I],
		[[0, 1]],
		1
	];
	var GetChangeResponse$ = [
		3,
		n0,
		_GCRe,
		0,
		[_CI],
		[() => ChangeInfo$],
		1
	];
	var GetCheckerIpRangesRequest$ = [
		3,
		n0,
		_GCIRR,
		0,
		[],
		[]
	];
	var GetCheckerIpRangesResponse$ = [
		3,
		n0,
		_GCIRRe,
		0,
		[_CIR],
		[64],
		1
	];
	var GetDNSSECRequest$ = [
		3,
		n0,
		_GDNSSECR,
		0,
		[_HZI],
		[[0, 1]],
		1
	];
	var GetDNSSECResponse$ = [
		3,
		n0,
		_GDNSSECRe,
		0,
		[_S, _KSKe],
		[() => DNSSECStatus$, () => KeySigningKeys],
		2
	];
	var GetGeoLocationRequest$ = [
		3,
		n0,
		_GGLR,
		0,
		[
			_CCo,
			_CCou,
			_SC
		],
		[
			[0, { [_hQ]: _co }],
			[0, { [_hQ]: _cou }],
			[0, { [_hQ]: _su }]
		]
	];
	var GetGeoLocationResponse$ = [
		3,
		n0,
		_GGLRe,
		0,
		[_GLD],
		[() => GeoLocationDetails$],
		1
	];
	var GetHealthCheckCountRequest$ = [
		3,
		n0,
		_GHCCR,
		0,
		[],
		[]
	];
	var GetHealthCheckCountResponse$ = [
		3,
		n0,
		_GHCCRe,
		0,
		[_HCCe],
		[1],
		1
	];
	var GetHealthCheckLastFailureReasonRequest$ = [
		3,
		n0,
		_GHCLFRR,
		0,
		[_HCI],
		[[0, 1]],
		1
	];
	var GetHealthCheckLastFailureReasonResponse$ = [
		3,
		n0,
		_GHCLFRRe,
		0,
		[_HCO],
		[[() => HealthCheckObservations, 0]],
		1
	];
	var GetHealthCheckRequest$ = [
		3,
		n0,
		_GHCR,
		0,
		[_HCI],
		[[0, 1]],
		1
	];
	var GetHealthCheckResponse$ = [
		3,
		n0,
		_GHCRe,
		0,
		[_HC],
		[[() => HealthCheck$, 0]],
		1
	];
	var GetHealthCheckSourceRequest$ = [
		3,
		n0,
		_GHCSR,
		0,
		[_HCSI],
		[[0, 1]],
		1
	];
	var GetHealthCheckSourceResponse$ = [
		3,
		n0,
		_GHCSRe,
		0,
		[_HCS],
		[[() => HealthCheckSource$, 0]],
		1
	];
	var GetHealthCheckStatusRequest$ = [
		3,
		n0,
		_GHCSRet,
		0,
		[_HCI],
		[[0, 1]],
		1
	];
	var GetHealthCheckStatusResponse$ = [
		3,
		n0,
		_GHCSRete,
		0,
		[_HCO],
		[[() => HealthCheckObservations, 0]],
		1
	];
	var GetHostedZoneChangeBatchRequest$ = [
		3,
		n0,
		_GHZCBR,
		0,
		[_HZI, _CIh],
		[[0, 1], [0, 1]],
		2
	];
	var GetHostedZoneChangeBatchResponse$ = [
		3,
		n0,
		_GHZCBRe,
		0,
		[_CBS, _CB],
		[() => ChangeBatchSummary$, [() => ChangeBatch$, 0]],
		2
	];
	var GetHostedZoneCountRequest$ = [
		3,
		n0,
		_GHZCR,
		0,
		[],
		[]
	];
	var GetHostedZoneCountResponse$ = [
		3,
		n0,
		_GHZCRe,
		0,
		[_HZCo],
		[1],
		1
	];
	var GetHostedZoneLimitRequest$ = [
		3,
		n0,
		_GHZLR,
		0,
		[_T, _HZI],
		[[0, 1], [0, 1]],
		2
	];
	var GetHostedZoneLimitResponse$ = [
		3,
		n0,
		_GHZLRe,
		0,
		[_Li, _Cou],
		[() => HostedZoneLimit$, 1],
		2
	];
	var GetHostedZoneRequest$ = [
		3,
		n0,
		_GHZR,
		0,
		[_I],
		[[0, 1]],
		1
	];
	var GetHostedZoneResponse$ = [
		3,
		n0,
		_GHZRe,
		0,
		[
			_HZ,
			_DS,
			_VPCs
		],
		[
			[() => HostedZone$, 0],
			[() => DelegationSet$, 0],
			[() => VPCs, 0]
		],
		1
	];
	var GetQueryLoggingConfigRequest$ = [
		3,
		n0,
		_GQLCR,
		0,
		[_I],
		[[0, 1]],
		1
	];
	var GetQueryLoggingConfigResponse$ = [
		3,
		n0,
		_GQLCRe,
		0,
		[_QLC],
		[() => QueryLoggingConfig$],
		1
	];
	var GetReusableDelegationSetLimitRequest$ = [
		3,
		n0,
		_GRDSLR,
		0,
		[_T, _DSI],
		[[0, 1], [0, 1]],
		2
	];
	var GetReusableDelegationSetLimitResponse$ = [
		3,
		n0,
		_GRDSLRe,
		0,
		[_Li, _Cou],
		[() => ReusableDelegationSetLimit$, 1],
		2
	];
	var GetReusableDelegationSetRequest$ = [
		3,
		n0,
		_GRDSR,
		0,
		[_I],
		[[0, 1]],
		1
	];
	var GetReusableDelegationSetResponse$ = [
		3,
		n0,
		_GRDSRe,
		0,
		[_DS],
		[[() => DelegationSet$, 0]],
		1
	];
	var GetTrafficPolicyInstanceCountRequest$ = [
		3,
		n0,
		_GTPICR,
		0,
		[],
		[]
	];
	var GetTrafficPolicyInstanceCountResponse$ = [
		3,
		n0,
		_GTPICRe,
		0,
		[_TPIC],
		[1],
		1
	];
	var GetTrafficPolicyInstanceRequest$ = [
		3,
		n0,
		_GTPIR,
		0,
		[_I],
		[[0, 1]],
		1
	];
	var GetTrafficPolicyInstanceResponse$ = [
		3,
		n0,
		_GTPIRe,
		0,
		[_TPIr],
		[() => TrafficPolicyInstance$],
		1
	];
	var GetTrafficPolicyRequest$ = [
		3,
		n0,
		_GTPR,
		0,
		[_I, _Ve],
		[[0, 1], [1, 1]],
		2
	];
	var GetTrafficPolicyResponse$ = [
		3,
		n0,
		_GTPRe,
		0,
		[_TP],
		[() => TrafficPolicy$],
		1
	];
	var HealthCheck$ = [
		3,
		n0,
		_HC,
		0,
		[
			_I,
			_CR,
			_HCC,
			_HCV,
			_LS,
			_CWAC
		],
		[
			0,
			0,
			[() => HealthCheckConfig$, 0],
			1,
			() => LinkedService$,
			[() => CloudWatchAlarmConfiguration$, 0]
		],
		4
	];
	var HealthCheckConfig$ = [
		3,
		n0,
		_HCC,
		0,
		[
			_T,
			_IPA,
			_Po,
			_RP,
			_FQDN,
			_SSe,
			_RIeq,
			_FT,
			_ML,
			_In,
			_Dis,
			_HT,
			_CHC,
			_ESNI,
			_Re,
			_AI,
			_IDHS,
			_RCA,
			_ET,
			_HCSI
		],
		[
			0,
			0,
			1,
			0,
			0,
			0,
			1,
			1,
			2,
			2,
			2,
			1,
			[() => ChildHealthCheckList, 0],
			2,
			[() => HealthCheckRegionList, 0],
			() => AlarmIdentifier$,
			0,
			0,
			0,
			0
		],
		1
	];
	var HealthCheckObservation$ = [
		3,
		n0,
		_HCOe,
		0,
		[
			_R,
			_IPA,
			_SR
		],
		[
			0,
			0,
			() => StatusReport$
		]
	];
	var HealthCheckSource$ = [
		3,
		n0,
		_HCS,
		0,
		[
			_HCSI,
			_HCSS,
			_HCSC,
			_SRC,
			_SRt
		],
		[
			0,
			0,
			[() => HealthCheckSourceConfig$, 0],
			0,
			0
		],
		3
	];
	var HealthCheckSourceConfig$ = [
		3,
		n0,
		_HCSC,
		0,
		[_VI, _SCL],
		[0, [() => SubnetConfigurationList, 0]],
		2
	];
	var HostedZone$ = [
		3,
		n0,
		_HZ,
		0,
		[
			_I,
			_N,
			_CR,
			_Con,
			_RRSC,
			_LS,
			_F
		],
		[
			0,
			0,
			0,
			() => HostedZoneConfig$,
			1,
			() => LinkedService$,
			[() => HostedZoneFeatures$, 0]
		],
		3
	];
	var HostedZoneConfig$ = [
		3,
		n0,
		_HZC,
		0,
		[
			_C,
			_PZ,
			_HZT
		],
		[
			0,
			2,
			0
		]
	];
	var HostedZoneFailureReasons$ = [
		3,
		n0,
		_HZFR,
		0,
		[_AR],
		[0]
	];
	var HostedZoneFeatures$ = [
		3,
		n0,
		_HZF,
		0,
		[
			_ARS,
			_PDNSFS,
			_CH,
			_FR,
			_CGh
		],
		[
			0,
			0,
			() => ChangeHistoryFeature$,
			() => HostedZoneFailureReasons$,
			[() => ChangeGuardrails, 0]
		]
	];
	var HostedZoneLimit$ = [
		3,
		n0,
		_HZL,
		0,
		[_T, _V],
		[0, 1],
		2
	];
	var HostedZoneOwner$ = [
		3,
		n0,
		_HZO,
		0,
		[_OA, _OS],
		[0, 0]
	];
	var HostedZoneSummary$ = [
		3,
		n0,
		_HZS,
		0,
		[
			_HZI,
			_N,
			_Ow
		],
		[
			0,
			0,
			() => HostedZoneOwner$
		],
		3
	];
	var KeySigningKey$ = [
		3,
		n0,
		_KSK,
		0,
		[
			_N,
			_KA,
			_Fl,
			_SAM,
			_SAT,
			_DAM,
			_DAT,
			_KT,
			_DV,
			_PK,
			_DSR,
			_DNSKEYR,
			_S,
			_SM,
			_CD,
			_LMD
		],
		[
			0,
			0,
			1,
			0,
			1,
			0,
			1,
			1,
			0,
			0,
			0,
			0,
			0,
			0,
			4,
			4
		]
	];
	var LinkedService$ = [
		3,
		n0,
		_LS,
		0,
		[_SP, _De],
		[0, 0]
	];
	var ListCidrBlocksRequest$ = [
		3,
		n0,
		_LCBR,
		0,
		[
			_CIo,
			_LN,
			_NT,
			_MR
		],
		[
			[0, 1],
			[0, { [_hQ]: _l }],
			[0, { [_hQ]: _n }],
			[1, { [_hQ]: _ma }]
		],
		1
	];
	var ListCidrBlocksResponse$ = [
		3,
		n0,
		_LCBRi,
		0,
		[_NT, _CBid],
		[0, () => CidrBlockSummaries]
	];
	var ListCidrCollectionsRequest$ = [
		3,
		n0,
		_LCCR,
		0,
		[_NT, _MR],
		[[0, { [_hQ]: _n }], [1, { [_hQ]: _ma }]]
	];
	var ListCidrCollectionsResponse$ = [
		3,
		n0,
		_LCCRi,
		0,
		[_NT, _CCid],
		[0, () => CollectionSummaries]
	];
	var ListCidrLocationsRequest$ = [
		3,
		n0,
		_LCLR,
		0,
		[
			_CIo,
			_NT,
			_MR
		],
		[
			[0, 1],
			[0, { [_hQ]: _n }],
			[1, { [_hQ]: _ma }]
		],
		1
	];
	var ListCidrLocationsResponse$ = [
		3,
		n0,
		_LCLRi,
		0,
		[_NT, _CLi],
		[0, () => LocationSummaries]
	];
	var ListGeoLocationsRequest$ = [
		3,
		n0,
		_LGLR,
		0,
		[
			_SCC,
			_SCCt,
			_SSC,
			_MI
		],
		[
			[0, { [_hQ]: _st }],
			[0, { [_hQ]: _sta }],
			[0, { [_hQ]: _star }],
			[1, { [_hQ]: _max }]
		]
	];
	var ListGeoLocationsResponse$ = [
		3,
		n0,
		_LGLRi,
		0,
		[
			_GLDL,
			_IT,
			_MI,
			_NCC,
			_NCCe,
			_NSCe
		],
		[
			[() => GeoLocationDetailsList, 0],
			2,
			1,
			0,
			0,
			0
		],
		3
	];
	var ListHealthChecksBySourceRequest$ = [
		3,
		n0,
		_LHCBSR,
		0,
		[
			_HCSI,
			_Ma,
			_MI
		],
		[
			[0, 1],
			[0, { [_hQ]: _mar }],
			[1, { [_hQ]: _max }]
		],
		1
	];
	var ListHealthChecksBySourceResponse$ = [
		3,
		n0,
		_LHCBSRi,
		0,
		[
			_HCe,
			_IT,
			_MI,
			_Ma,
			_NM
		],
		[
			[() => HealthChecks, 0],
			2,
			1,
			0,
			0
		],
		3
	];
	var ListHealthCheckSourcesRequest$ = [
		3,
		n0,
		_LHCSR,
		0,
		[_NT, _MR],
		[[0, { [_hQ]: _n }], [1, { [_hQ]: _ma }]]
	];
	var ListHealthCheckSourcesResponse$ = [
		3,
		n0,
		_LHCSRi,
		0,
		[_HCSe, _NT],
		[[() => HealthCheckSources, 0], 0],
		1
	];
	var ListHealthChecksRequest$ = [
		3,
		n0,
		_LHCR,
		0,
		[_Ma, _MI],
		[[0, { [_hQ]: _mar }], [1, { [_hQ]: _max }]]
	];
	var ListHealthChecksResponse$ = [
		3,
		n0,
		_LHCRi,
		0,
		[
			_HCe,
			_Ma,
			_IT,
			_MI,
			_NM
		],
		[
			[() => HealthChecks, 0],
			0,
			2,
			1,
			0
		],
		4
	];
	var ListHostedZoneChangeBatchesRequest$ = [
		3,
		n0,
		_LHZCBR,
		0,
		[
			_HZI,
			_SAu,
			_SBu,
			_SACI,
			_SO,
			_MR,
			_NT
		],
		[
			[0, 1],
			[0, { [_hQ]: _sub }],
			[0, { [_hQ]: _subm }],
			[0, { [_hQ]: _start }],
			[0, { [_hQ]: _so }],
			[1, { [_hQ]: _ma }],
			[0, { [_hQ]: _n }]
		],
		1
	];
	var ListHostedZoneChangeBatchesResponse$ = [
		3,
		n0,
		_LHZCBRi,
		0,
		[_CBSh, _NT],
		[[() => ChangeBatchSummaries, 0], 0],
		1
	];
	var ListHostedZonesByNameRequest$ = [
		3,
		n0,
		_LHZBNR,
		0,
		[
			_DNSN,
			_HZI,
			_MI
		],
		[
			[0, { [_hQ]: _d }],
			[0, { [_hQ]: _h }],
			[1, { [_hQ]: _max }]
		]
	];
	var ListHostedZonesByNameResponse$ = [
		3,
		n0,
		_LHZBNRi,
		0,
		[
			_HZo,
			_IT,
			_MI,
			_DNSN,
			_HZI,
			_NDNSN,
			_NHZI
		],
		[
			[() => HostedZones, 0],
			2,
			1,
			0,
			0,
			0,
			0
		],
		3
	];
	var ListHostedZonesByVPCRequest$ = [
		3,
		n0,
		_LHZBVPCR,
		0,
		[
			_VPCI,
			_VPCR,
			_MI,
			_NT
		],
		[
			[0, { [_hQ]: _v }],
			[0, { [_hQ]: _vp }],
			[1, { [_hQ]: _max }],
			[0, { [_hQ]: _n }]
		],
		2
	];
	var ListHostedZonesByVPCResponse$ = [
		3,
		n0,
		_LHZBVPCRi,
		0,
		[
			_HZSo,
			_MI,
			_NT
		],
		[
			[() => HostedZoneSummaries, 0],
			1,
			0
		],
		2
	];
	var ListHostedZonesRequest$ = [
		3,
		n0,
		_LHZR,
		0,
		[
			_Ma,
			_MI,
			_DSI,
			_HZTo
		],
		[
			[0, { [_hQ]: _mar }],
			[1, { [_hQ]: _max }],
			[0, { [_hQ]: _de }],
			[0, { [_hQ]: _ho }]
		]
	];
	var ListHostedZonesResponse$ = [
		3,
		n0,
		_LHZRi,
		0,
		[
			_HZo,
			_Ma,
			_IT,
			_MI,
			_NM
		],
		[
			[() => HostedZones, 0],
			0,
			2,
			1,
			0
		],
		4
	];
	var ListQueryLoggingConfigsRequest$ = [
		3,
		n0,
		_LQLCR,
		0,
		[
			_HZI,
			_NT,
			_MR
		],
		[
			[0, { [_hQ]: _h }],
			[0, { [_hQ]: _n }],
			[1, { [_hQ]: _ma }]
		]
	];
	var ListQueryLoggingConfigsResponse$ = [
		3,
		n0,
		_LQLCRi,
		0,
		[_QLCu, _NT],
		[[() => QueryLoggingConfigs, 0], 0],
		1
	];
	var ListResourceRecordSetChangesRequest$ = [
		3,
		n0,
		_LRRSCR,
		0,
		[
			_HZI,
			_RN,
			_RTe,
			_SAu,
			_SBu,
			_SO,
			_MR,
			_NT
		],
		[
			[0, 1],
			[0, { [_hQ]: _r }],
			[0, { [_hQ]: _re }],
			[0, { [_hQ]: _sub }],
			[0, { [_hQ]: _subm }],
			[0, { [_hQ]: _so }],
			[1, { [_hQ]: _ma }],
			[0, { [_hQ]: _n }]
		],
		1
	];
	var ListResourceRecordSetChangesResponse$ = [
		3,
		n0,
		_LRRSCRi,
		0,
		[_RRSCe, _NT],
		[[() => ResourceRecordSetChanges, 0], 0],
		1
	];
	var ListResourceRecordSetProtectionsRequest$ = [
		3,
		n0,
		_LRRSPR,
		0,
		[
			_HZI,
			_SRN,
			_SRT,
			_MR,
			_NT
		],
		[
			[0, 1],
			[0, { [_hQ]: _na }],
			[0, { [_hQ]: _t }],
			[1, { [_hQ]: _ma }],
			[0, { [_hQ]: _n }]
		],
		1
	];
	var ListResourceRecordSetProtectionsResponse$ = [
		3,
		n0,
		_LRRSPRi,
		0,
		[_RRSP, _NT],
		[[() => ResourceRecordSetProtections, 0], 0],
		1
	];
	var ListResourceRecordSetsRequest$ = [
		3,
		n0,
		_LRRSR,
		0,
		[
			_HZI,
			_SRN,
			_SRT,
			_SRI,
			_MI
		],
		[
			[0, 1],
			[0, { [_hQ]: _na }],
			[0, { [_hQ]: _t }],
			[0, { [_hQ]: _i }],
			[1, { [_hQ]: _max }]
		],
		1
	];
	var ListResourceRecordSetsResponse$ = [
		3,
		n0,
		_LRRSRi,
		0,
		[
			_RRSe,
			_IT,
			_MI,
			_NRN,
			_NRT,
			_NRI
		],
		[
			[() => ResourceRecordSets, 0],
			2,
			1,
			0,
			0,
			0
		],
		3
	];
	var ListReusableDelegationSetsRequest$ = [
		3,
		n0,
		_LRDSR,
		0,
		[_Ma, _MI],
		[[0, { [_hQ]: _mar }], [1, { [_hQ]: _max }]]
	];
	var ListReusableDelegationSetsResponse$ = [
		3,
		n0,
		_LRDSRi,
		0,
		[
			_DSe,
			_Ma,
			_IT,
			_MI,
			_NM
		],
		[
			[() => DelegationSets, 0],
			0,
			2,
			1,
			0
		],
		4
	];
	var ListTagsForResourceRequest$ = [
		3,
		n0,
		_LTFRR,
		0,
		[_RT, _RIe],
		[[0, 1], [0, 1]],
		2
	];
	var ListTagsForResourceResponse$ = [
		3,
		n0,
		_LTFRRi,
		0,
		[_RTS],
		[[() => ResourceTagSet$, 0]],
		1
	];
	var ListTagsForResourcesRequest$ = [
		3,
		n0,
		_LTFRRis,
		0,
		[_RT, _RIes],
		[[0, 1], [() => TagResourceIdList, 0]],
		2
	];
	var ListTagsForResourcesResponse$ = [
		3,
		n0,
		_LTFRRist,
		0,
		[_RTSe],
		[[() => ResourceTagSetList, 0]],
		1
	];
	var ListTrafficPoliciesRequest$ = [
		3,
		n0,
		_LTPR,
		0,
		[_TPIM, _MI],
		[[0, { [_hQ]: _tr }], [1, { [_hQ]: _max }]]
	];
	var ListTrafficPoliciesResponse$ = [
		3,
		n0,
		_LTPRi,
		0,
		[
			_TPS,
			_IT,
			_TPIM,
			_MI
		],
		[
			[() => TrafficPolicySummaries, 0],
			2,
			0,
			1
		],
		4
	];
	var ListTrafficPolicyInstancesByHostedZoneRequest$ = [
		3,
		n0,
		_LTPIBHZR,
		0,
		[
			_HZI,
			_TPINM,
			_TPITM,
			_MI
		],
		[
			[0, { [_hQ]: _id }],
			[0, { [_hQ]: _tra }],
			[0, { [_hQ]: _traf }],
			[1, { [_hQ]: _max }]
		],
		1
	];
	var ListTrafficPolicyInstancesByHostedZoneResponse$ = [
		3,
		n0,
		_LTPIBHZRi,
		0,
		[
			_TPIra,
			_IT,
			_MI,
			_TPINM,
			_TPITM
		],
		[
			[() => TrafficPolicyInstances, 0],
			2,
			1,
			0,
			0
		],
		3
	];
	var ListTrafficPolicyInstancesByPolicyRequest$ = [
		3,
		n0,
		_LTPIBPR,
		0,
		[
			_TPI,
			_TPV,
			_HZIM,
			_TPINM,
			_TPITM,
			_MI
		],
		[
			[0, { [_hQ]: _id }],
			[1, { [_hQ]: _ve }],
			[0, { [_hQ]: _h }],
			[0, { [_hQ]: _tra }],
			[0, { [_hQ]: _traf }],
			[1, { [_hQ]: _max }]
		],
		2
	];
	var ListTrafficPolicyInstancesByPolicyResponse$ = [
		3,
		n0,
		_LTPIBPRi,
		0,
		[
			_TPIra,
			_IT,
			_MI,
			_HZIM,
			_TPINM,
			_TPITM
		],
		[
			[() => TrafficPolicyInstances, 0],
			2,
			1,
			0,
			0,
			0
		],
		3
	];
	var ListTrafficPolicyInstancesRequest$ = [
		3,
		n0,
		_LTPIR,
		0,
		[
			_HZIM,
			_TPINM,
			_TPITM,
			_MI
		],
		[
			[0, { [_hQ]: _h }],
			[0, { [_hQ]: _tra }],
			[0, { [_hQ]: _traf }],
			[1, { [_hQ]: _max }]
		]
	];
	var ListTrafficPolicyInstancesResponse$ = [
		3,
		n0,
		_LTPIRi,
		0,
		[
			_TPIra,
			_IT,
			_MI,
			_HZIM,
			_TPINM,
			_TPITM
		],
		[
			[() => TrafficPolicyInstances, 0],
			2,
			1,
			0,
			0,
			0
		],
		3
	];
	var ListTrafficPolicyVersionsRequest$ = [
		3,
		n0,
		_LTPVR,
		0,
		[
			_I,
			_TPVM,
			_MI
		],
		[
			[0, 1],
			[0, { [_hQ]: _traff }],
			[1, { [_hQ]: _max }]
		],
		1
	];
	var ListTrafficPolicyVersionsResponse$ = [
		3,
		n0,
		_LTPVRi,
		0,
		[
			_TPr,
			_IT,
			_TPVM,
			_MI
		],
		[
			[() => TrafficPolicies, 0],
			2,
			0,
			1
		],
		4
	];
	var ListVPCAssociationAuthorizationsRequest$ = [
		3,
		n0,
		_LVPCAAR,
		0,
		[
			_HZI,
			_NT,
			_MR
		],
		[
			[0, 1],
			[0, { [_hQ]: _n }],
			[1, { [_hQ]: _ma }]
		],
		1
	];
	var ListVPCAssociationAuthorizationsResponse$ = [
		3,
		n0,
		_LVPCAARi,
		0,
		[
			_HZI,
			_VPCs,
			_NT
		],
		[
			0,
			[() => VPCs, 0],
			0
		],
		2
	];
	var LocationSummary$ = [
		3,
		n0,
		_LSo,
		0,
		[_LN],
		[0]
	];
	var ProtectionError$ = [
		3,
		n0,
		_PE,
		0,
		[
			_RN,
			_RTe,
			_Cod,
			_M
		],
		[
			0,
			0,
			0,
			0
		],
		4
	];
	var QueryLoggingConfig$ = [
		3,
		n0,
		_QLC,
		0,
		[
			_I,
			_HZI,
			_CWLLGA
		],
		[
			0,
			0,
			0
		],
		3
	];
	var ResourceRecord$ = [
		3,
		n0,
		_RR,
		0,
		[_V],
		[0],
		1
	];
	var ResourceRecordSet$ = [
		3,
		n0,
		_RRS,
		0,
		[
			_N,
			_T,
			_SI,
			_W,
			_R,
			_GL,
			_Fa,
			_MVA,
			_TTL,
			_RRe,
			_AT,
			_HCI,
			_TPII,
			_CRC,
			_GPL,
			_AZA
		],
		[
			0,
			0,
			0,
			1,
			0,
			() => GeoLocation$,
			0,
			2,
			1,
			[() => ResourceRecords, 0],
			() => AliasTarget$,
			0,
			0,
			() => CidrRoutingConfig$,
			() => GeoProximityLocation$,
			() => AZAffinity$
		],
		2
	];
	var ResourceRecordSetChange$ = [
		3,
		n0,
		_RRSCes,
		0,
		[
			_CIh,
			_O,
			_SA,
			_A,
			_RRS,
			_SB,
			_RI
		],
		[
			0,
			0,
			4,
			0,
			[() => ResourceRecordSet$, 0],
			0,
			0
		],
		5
	];
	var ResourceRecordSetProtection$ = [
		3,
		n0,
		_RRSPe,
		0,
		[
			_RN,
			_RTe,
			_C
		],
		[
			0,
			0,
			0
		],
		2
	];
	var ResourceRecordSetProtectionConfig$ = [
		3,
		n0,
		_RRSPC,
		0,
		[
			_RN,
			_RTe,
			_C
		],
		[
			0,
			0,
			0
		],
		2
	];
	var ResourceRecordSetProtectionKey$ = [
		3,
		n0,
		_RRSPK,
		0,
		[_RN, _RTe],
		[0, 0],
		2
	];
	var ResourceTagSet$ = [
		3,
		n0,
		_RTS,
		0,
		[
			_RT,
			_RIe,
			_Ta
		],
		[
			0,
			0,
			[() => TagList, 0]
		]
	];
	var ReusableDelegationSetLimit$ = [
		3,
		n0,
		_RDSL,
		0,
		[_T, _V],
		[0, 1],
		2
	];
	var StatusReport$ = [
		3,
		n0,
		_SR,
		0,
		[_S, _CTh],
		[0, 4]
	];
	var SubnetConfiguration$ = [
		3,
		n0,
		_SCu,
		0,
		[
			_SIu,
			_AZI,
			_SGIL
		],
		[
			0,
			0,
			[() => SecurityGroupIdList, 0]
		],
		3
	];
	var Tag$ = [
		3,
		n0,
		_Tag,
		0,
		[_K, _V],
		[0, 0]
	];
	var TestDNSAnswerRequest$ = [
		3,
		n0,
		_TDNSAR,
		0,
		[
			_HZI,
			_RN,
			_RTe,
			_RIP,
			_EDNSCSIP,
			_EDNSCSM
		],
		[
			[0, { [_hQ]: _h }],
			[0, { [_hQ]: _r }],
			[0, { [_hQ]: _re }],
			[0, { [_hQ]: _res }],
			[0, { [_hQ]: _ed }],
			[0, { [_hQ]: _edn }]
		],
		3
	];
	var TestDNSAnswerResponse$ = [
		3,
		n0,
		_TDNSARe,
		0,
		[
			_Nam,
			_RN,
			_RTe,
			_RD,
			_RC,
			_Pro
		],
		[
			0,
			0,
			0,
			[() => RecordData, 0],
			0,
			0
		],
		6
	];
	var TrafficPolicy$ = [
		3,
		n0,
		_TP,
		0,
		[
			_I,
			_Ve,
			_N,
			_T,
			_Do,
			_C
		],
		[
			0,
			1,
			0,
			0,
			0,
			0
		],
		5
	];
	var TrafficPolicyInstance$ = [
		3,
		n0,
		_TPIr,
		0,
		[
			_I,
			_HZI,
			_N,
			_TTL,
			_Sta,
			_M,
			_TPI,
			_TPV,
			_TPT
		],
		[
			0,
			0,
			0,
			1,
			0,
			0,
			0,
			1,
			0
		],
		9
	];
	var TrafficPolicySummary$ = [
		3,
		n0,
		_TPSr,
		0,
		[
			_I,
			_N,
			_T,
			_LV,
			_TPC
		],
		[
			0,
			0,
			0,
			1,
			1
		],
		5
	];
	var UpdateHealthCheckRequest$ = [
		3,
		n0,
		_UHCR,
		0,
		[
			_HCI,
			_HCV,
			_IPA,
			_Po,
			_RP,
			_FQDN,
			_SSe,
			_FT,
			_In,
			_Dis,
			_HT,
			_CHC,
			_ESNI,
			_Re,
			_AI,
			_IDHS,
			_RE,
			_HCSI
		],
		[
			[0, 1],
			1,
			0,
			1,
			0,
			0,
			0,
			1,
			2,
			2,
			1,
			[() => ChildHealthCheckList, 0],
			2,
			[() => HealthCheckRegionList, 0],
			() => AlarmIdentifier$,
			0,
			[() => ResettableElementNameList, 0],
			0
		],
		1
	];
	var UpdateHealthCheckResponse$ = [
		3,
		n0,
		_UHCRp,
		0,
		[_HC],
		[[() => HealthCheck$, 0]],
		1
	];
	var UpdateHostedZoneCommentRequest$ = [
		3,
		n0,
		_UHZCR,
		0,
		[_I, _C],
		[[0, 1], 0],
		1
	];
	var UpdateHostedZoneCommentResponse$ = [
		3,
		n0,
		_UHZCRp,
		0,
		[_HZ],
		[[() => HostedZone$, 0]],
		1
	];
	var UpdateHostedZoneFeaturesRequest$ = [
		3,
		n0,
		_UHZFR,
		0,
		[
			_HZI,
			_EAR,
			_EPDNSF,
			_CGh,
			_DR
		],
		[
			[0, 1],
			2,
			2,
			[() => ChangeGuardrails, 0],
			2
		],
		1
	];
	var UpdateHostedZoneFeaturesResponse$ = [
		3,
		n0,
		_UHZFRp,
		0,
		[],
		[]
	];
	var UpdateHostedZoneTierRequest$ = [
		3,
		n0,
		_UHZTR,
		0,
		[
			_HZI,
			_HZT,
			_DR
		],
		[
			[0, 1],
			0,
			2
		],
		2
	];
	var UpdateHostedZoneTierResponse$ = [
		3,
		n0,
		_UHZTRp,
		0,
		[],
		[]
	];
	var UpdateTrafficPolicyCommentRequest$ = [
		3,
		n0,
		_UTPCR,
		0,
		[
			_I,
			_Ve,
			_C
		],
		[
			[0, 1],
			[1, 1],
			0
		],
		3
	];
	var UpdateTrafficPolicyCommentResponse$ = [
		3,
		n0,
		_UTPCRp,
		0,
		[_TP],
		[() => TrafficPolicy$],
		1
	];
	var UpdateTrafficPolicyInstanceRequest$ = [
		3,
		n0,
		_UTPIR,
		0,
		[
			_I,
			_TTL,
			_TPI,
			_TPV
		],
		[
			[0, 1],
			1,
			0,
			1
		],
		4
	];
	var UpdateTrafficPolicyInstanceResponse$ = [
		3,
		n0,
		_UTPIRp,
		0,
		[_TPIr],
		[() => TrafficPolicyInstance$],
		1
	];
	var VPC$ = [
		3,
		n0,
		_VPC,
		0,
		[_VPCR, _VPCI],
		[0, 0]
	];
	var ChangeBatchSummaries = [
		1,
		n0,
		_CBSh,
		0,
		[() => ChangeBatchSummary$, { [_xN]: _CBS }]
	];
	var ChangeGuardrails = [
		1,
		n0,
		_CGh,
		0,
		[() => ChangeGuardrail$, { [_xN]: _CG }]
	];
	var Changes = [
		1,
		n0,
		_Cha,
		0,
		[() => Change$, { [_xN]: _Ch }]
	];
	var ChildHealthCheckList = [
		1,
		n0,
		_CHCL,
		0,
		[0, { [_xN]: _CHCh }]
	];
	var CidrBlockSummaries = [
		1,
		n0,
		_CBSid,
		0,
		() => CidrBlockSummary$
	];
	var CidrCollectionChanges = [
		1,
		n0,
		_CCCi,
		0,
		[() => CidrCollectionChange$, 0]
	];
	var CidrList = [
		1,
		n0,
		_CL,
		0,
		[0, { [_xN]: _Ci }]
	];
	var CollectionSummaries = [
		1,
		n0,
		_CSo,
		0,
		() => CollectionSummary$
	];
	var DelegationSetNameServers = [
		1,
		n0,
		_DSNS,
		0,
		[0, { [_xN]: _NSa }]
	];
	var DelegationSets = [
		1,
		n0,
		_DSe,
		0,
		[() => DelegationSet$, { [_xN]: _DS }]
	];
	var DimensionList = [
		1,
		n0,
		_DL,
		0,
		[() => Dimension$, { [_xN]: _Di }]
	];
	var ErrorMessages = [
		1,
		n0,
		_EM,
		0,
		[0, { [_xN]: _M }]
	];
	var GeoLocationDetailsList = [
		1,
		n0,
		_GLDL,
		0,
		[() => GeoLocationDetails$, { [_xN]: _GLD }]
	];
	var HealthCheckObservations = [
		1,
		n0,
		_HCO,
		0,
		[() => HealthCheckObservation$, { [_xN]: _HCOe }]
	];
	var HealthCheckRegionList = [
		1,
		n0,
		_HCRL,
		0,
		[0, { [_xN]: _R }]
	];
	var HealthChecks = [
		1,
		n0,
		_HCe,
		0,
		[() => HealthCheck$, { [_xN]: _HC }]
	];
	var HealthCheckSources = [
		1,
		n0,
		_HCSe,
		0,
		[() => HealthCheckSource$, { [_xN]: _HCS }]
	];
	var HostedZones = [
		1,
		n0,
		_HZo,
		0,
		[() => HostedZone$, { [_xN]: _HZ }]
	];
	var HostedZoneSummaries = [
		1,
		n0,
		_HZSo,
		0,
		[() => HostedZoneSummary$, { [_xN]: _HZS }]
	];
	var KeySigningKeys = [
		1,
		n0,
		_KSKe,
		0,
		() => KeySigningKey$
	];
	var LocationSummaries = [
		1,
		n0,
		_LSoc,
		0,
		() => LocationSummary$
	];
	var ProtectionErrors = [
		1,
		n0,
		_PEr,
		0,
		[() => ProtectionError$, { [_xN]: _PE }]
	];
	var QueryLoggingConfigs = [
		1,
		n0,
		_QLCu,
		0,
		[() => QueryLoggingConfig$, { [_xN]: _QLC }]
	];
	var RecordData = [
		1,
		n0,
		_RD,
		0,
		[0, { [_xN]: _RDE }]
	];
	var ResettableElementNameList = [
		1,
		n0,
		_RENL,
		0,
		[0, { [_xN]: _REN }]
	];
	var ResourceRecords = [
		1,
		n0,
		_RRe,
		0,
		[() => ResourceRecord$, { [_xN]: _RR }]
	];
	var ResourceRecordSetChanges = [
		1,
		n0,
		_RRSCe,
		0,
		[() => ResourceRecordSetChange$, { [_xN]: _RRSCes }]
	];
	var ResourceRecordSetProtectionConfigBatch = [
		1,
		n0,
		_RRSPCB,
		0,
		[() => ResourceRecordSetProtectionConfig$, { [_xN]: _RRSPC }]
	];
	var ResourceRecordSetProtectionKeyBatch = [
		1,
		n0,
		_RRSPKB,
		0,
		[() => ResourceRecordSetProtectionKey$, { [_xN]: _RRSPK }]
	];
	var ResourceRecordSetProtections = [
		1,
		n0,
		_RRSP,
		0,
		[() => ResourceRecordSetProtection$, { [_xN]: _RRSPe }]
	];
	var ResourceRecordSets = [
		1,
		n0,
		_RRSe,
		0,
		[() => ResourceRecordSet$, { [_xN]: _RRS }]
	];
	var ResourceTagSetList = [
		1,
		n0,
		_RTSL,
		0,
		[() => ResourceTagSet$, { [_xN]: _RTS }]
	];
	var SecurityGroupIdList = [
		1,
		n0,
		_SGIL,
		0,
		[0, { [_xN]: _SGI }]
	];
	var SubnetConfigurationList = [
		1,
		n0,
		_SCL,
		0,
		[() => SubnetConfiguration$, { [_xN]: _SCu }]
	];
	var TagKeyList = [
		1,
		n0,
		_TKL,
		0,
		[0, { [_xN]: _K }]
	];
	var TagList = [
		1,
		n0,
		_TL,
		0,
		[() => Tag$, { [_xN]: _Tag }]
	];
	var TagResourceIdList = [
		1,
		n0,
		_TRIL,
		0,
		[0, { [_xN]: _RIe }]
	];
	var TrafficPolicies = [
		1,
		n0,
		_TPr,
		0,
		[() => TrafficPolicy$, { [_xN]: _TP }]
	];
	var TrafficPolicyInstances = [
		1,
		n0,
		_TPIra,
		0,
		[() => TrafficPolicyInstance$, { [_xN]: _TPIr }]
	];
	var TrafficPolicySummaries = [
		1,
		n0,
		_TPS,
		0,
		[() => TrafficPolicySummary$, { [_xN]: _TPSr }]
	];
	var VPCs = [
		1,
		n0,
		_VPCs,
		0,
		[() => VPC$, { [_xN]: _VPC }]
	];
	var ActivateKeySigningKey$ = [
		9,
		n0,
		_AKSK,
		{ [_ht]: [
			"POST",
			"/2013-04-01/keysigningkey/{HostedZoneId}/{Name}/activate",
			200
		] },
		() => ActivateKeySigningKeyRequest$,
		() => ActivateKeySigningKeyResponse$
	];
	var AssociateVPCWithHostedZone$ = [
		9,
		n0,
		_AVPCWHZ,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone/{HostedZoneId}/associatevpc",
			200
		] },
		() => AssociateVPCWithHostedZoneRequest$,
		() => AssociateVPCWithHostedZoneResponse$
	];
	var ChangeCidrCollection$ = [
		9,
		n0,
		_CCCh,
		{ [_ht]: [
			"POST",
			"/2013-04-01/cidrcollection/{Id}",
			200
		] },
		() => ChangeCidrCollectionRequest$,
		() => ChangeCidrCollectionResponse$
	];
	var ChangeResourceRecordSets$ = [
		9,
		n0,
		_CRRS,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone/{HostedZoneId}/rrset",
			200
		] },
		() => ChangeResourceRecordSetsRequest$,
		() => ChangeResourceRecordSetsResponse$
	];
	var ChangeTagsForResource$ = [
		9,
		n0,
		_CTFR,
		{ [_ht]: [
			"POST",
			"/2013-04-01/tags/{ResourceType}/{ResourceId}",
			200
		] },
		() => ChangeTagsForResourceRequest$,
		() => ChangeTagsForResourceResponse$
	];
	var CreateCidrCollection$ = [
		9,
		n0,
		_CCCr,
		{ [_ht]: [
			"POST",
			"/2013-04-01/cidrcollection",
			201
		] },
		() => CreateCidrCollectionRequest$,
		() => CreateCidrCollectionResponse$
	];
	var CreateHealthCheck$ = [
		9,
		n0,
		_CHCr,
		{ [_ht]: [
			"POST",
			"/2013-04-01/healthcheck",
			201
		] },
		() => CreateHealthCheckRequest$,
		() => CreateHealthCheckResponse$
	];
	var CreateHealthCheckSource$ = [
		9,
		n0,
		_CHCS,
		{ [_ht]: [
			"POST",
			"/2013-04-01/healthchecksource",
			201
		] },
		() => CreateHealthCheckSourceRequest$,
		() => CreateHealthCheckSourceResponse$
	];
	var CreateHostedZone$ = [
		9,
		n0,
		_CHZ,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone",
			201
		] },
		() => CreateHostedZoneRequest$,
		() => CreateHostedZoneResponse$
	];
	var CreateKeySigningKey$ = [
		9,
		n0,
		_CKSK,
		{ [_ht]: [
			"POST",
			"/2013-04-01/keysigningkey",
			201
		] },
		() => CreateKeySigningKeyRequest$,
		() => CreateKeySigningKeyResponse$
	];
	var CreateQueryLoggingConfig$ = [
		9,
		n0,
		_CQLC,
		{ [_ht]: [
			"POST",
			"/2013-04-01/queryloggingconfig",
			201
		] },
		() => CreateQueryLoggingConfigRequest$,
		() => CreateQueryLoggingConfigResponse$
	];
	var CreateResourceRecordSetProtections$ = [
		9,
		n0,
		_CRRSP,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone/{HostedZoneId}/rrsetprotection",
			200
		] },
		() => CreateResourceRecordSetProtectionsRequest$,
		() => CreateResourceRecordSetProtectionsResponse$
	];
	var CreateReusableDelegationSet$ = [
		9,
		n0,
		_CRDS,
		{ [_ht]: [
			"POST",
			"/2013-04-01/delegationset",
			201
		] },
		() => CreateReusableDelegationSetRequest$,
		() => CreateReusableDelegationSetResponse$
	];
	var CreateTrafficPolicy$ = [
		9,
		n0,
		_CTP,
		{ [_ht]: [
			"POST",
			"/2013-04-01/trafficpolicy",
			201
		] },
		() => CreateTrafficPolicyRequest$,
		() => CreateTrafficPolicyResponse$
	];
	var CreateTrafficPolicyInstance$ = [
		9,
		n0,
		_CTPI,
		{ [_ht]: [
			"POST",
			"/2013-04-01/trafficpolicyinstance",
			201
		] },
		() => CreateTrafficPolicyInstanceRequest$,
		() => CreateTrafficPolicyInstanceResponse$
	];
	var CreateTrafficPolicyVersion$ = [
		9,
		n0,
		_CTPV,
		{ [_ht]: [
			"POST",
			"/2013-04-01/trafficpolicy/{Id}",
			201
		] },
		() => CreateTrafficPolicyVersionRequest$,
		() => CreateTrafficPolicyVersionResponse$
	];
	var CreateVPCAssociationAuthorization$ = [
		9,
		n0,
		_CVPCAA,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone/{HostedZoneId}/authorizevpcassociation",
			200
		] },
		() => CreateVPCAssociationAuthorizationRequest$,
		() => CreateVPCAssociationAuthorizationResponse$
	];
	var DeactivateKeySigningKey$ = [
		9,
		n0,
		_DKSK,
		{ [_ht]: [
			"POST",
			"/2013-04-01/keysigningkey/{HostedZoneId}/{Name}/deactivate",
			200
		] },
		() => DeactivateKeySigningKeyRequest$,
		() => DeactivateKeySigningKeyResponse$
	];
	var DeleteCidrCollection$ = [
		9,
		n0,
		_DCC,
		{ [_ht]: [
			"DELETE",
			"/2013-04-01/cidrcollection/{Id}",
			200
		] },
		() => DeleteCidrCollectionRequest$,
		() => DeleteCidrCollectionResponse$
	];
	var DeleteHealthCheck$ = [
		9,
		n0,
		_DHC,
		{ [_ht]: [
			"DELETE",
			"/2013-04-01/healthcheck/{HealthCheckId}",
			200
		] },
		() => DeleteHealthCheckRequest$,
		() => DeleteHealthCheckResponse$
	];
	var DeleteHealthCheckSource$ = [
		9,
		n0,
		_DHCS,
		{ [_ht]: [
			"DELETE",
			"/2013-04-01/healthchecksource/{HealthCheckSourceId}",
			200
		] },
		() => DeleteHealthCheckSourceRequest$,
		() => DeleteHealthCheckSourceResponse$
	];
	var DeleteHostedZone$ = [
		9,
		n0,
		_DHZ,
		{ [_ht]: [
			"DELETE",
			"/2013-04-01/hostedzone/{Id}",
			200
		] },
		() => DeleteHostedZoneRequest$,
		() => DeleteHostedZoneResponse$
	];
	var DeleteKeySigningKey$ = [
		9,
		n0,
		_DKSKe,
		{ [_ht]: [
			"DELETE",
			"/2013-04-01/keysigningkey/{HostedZoneId}/{Name}",
			200
		] },
		() => DeleteKeySigningKeyRequest$,
		() => DeleteKeySigningKeyResponse$
	];
	var DeleteQueryLoggingConfig$ = [
		9,
		n0,
		_DQLC,
		{ [_ht]: [
			"DELETE",
			"/2013-04-01/queryloggingconfig/{Id}",
			200
		] },
		() => DeleteQueryLoggingConfigRequest$,
		() => DeleteQueryLoggingConfigResponse$
	];
	var DeleteResourceRecordSetProtections$ = [
		9,
		n0,
		_DRRSP,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone/{HostedZoneId}/rrsetprotection/delete",
			200
		] },
		() => DeleteResourceRecordSetProtectionsRequest$,
		() => DeleteResourceRecordSetProtectionsResponse$
	];
	var DeleteReusableDelegationSet$ = [
		9,
		n0,
		_DRDS,
		{ [_ht]: [
			"DELETE",
			"/2013-04-01/delegationset/{Id}",
			200
		] },
		() => DeleteReusableDelegationSetRequest$,
		() => DeleteReusableDelegationSetResponse$
	];
	var DeleteTrafficPolicy$ = [
		9,
		n0,
		_DTP,
		{ [_ht]: [
			"DELETE",
			"/2013-04-01/trafficpolicy/{Id}/{Version}",
			200
		] },
		() => DeleteTrafficPolicyRequest$,
		() => DeleteTrafficPolicyResponse$
	];
	var DeleteTrafficPolicyInstance$ = [
		9,
		n0,
		_DTPI,
		{ [_ht]: [
			"DELETE",
			"/2013-04-01/trafficpolicyinstance/{Id}",
			200
		] },
		() => DeleteTrafficPolicyInstanceRequest$,
		() => DeleteTrafficPolicyInstanceResponse$
	];
	var DeleteVPCAssociationAuthorization$ = [
		9,
		n0,
		_DVPCAA,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone/{HostedZoneId}/deauthorizevpcassociation",
			200
		] },
		() => DeleteVPCAssociationAuthorizationRequest$,
		() => DeleteVPCAssociationAuthorizationResponse$
	];
	var DisableHostedZoneDNSSEC$ = [
		9,
		n0,
		_DHZDNSSEC,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone/{HostedZoneId}/disable-dnssec",
			200
		] },
		() => DisableHostedZoneDNSSECRequest$,
		() => DisableHostedZoneDNSSECResponse$
	];
	var DisassociateVPCFromHostedZone$ = [
		9,
		n0,
		_DVPCFHZ,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone/{HostedZoneId}/disassociatevpc",
			200
		] },
		() => DisassociateVPCFromHostedZoneRequest$,
		() => DisassociateVPCFromHostedZoneResponse$
	];
	var EnableHostedZoneDNSSEC$ = [
		9,
		n0,
		_EHZDNSSEC,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone/{HostedZoneId}/enable-dnssec",
			200
		] },
		() => EnableHostedZoneDNSSECRequest$,
		() => EnableHostedZoneDNSSECResponse$
	];
	var GetAccountLimit$ = [
		9,
		n0,
		_GAL,
		{ [_ht]: [
			"GET",
			"/2013-04-01/accountlimit/{Type}",
			200
		] },
		() => GetAccountLimitRequest$,
		() => GetAccountLimitResponse$
	];
	var GetChange$ = [
		9,
		n0,
		_GC,
		{ [_ht]: [
			"GET",
			"/2013-04-01/change/{Id}",
			200
		] },
		() => GetChangeRequest$,
		() => GetChangeResponse$
	];
	var GetCheckerIpRanges$ = [
		9,
		n0,
		_GCIR,
		{ [_ht]: [
			"GET",
			"/2013-04-01/checkeripranges",
			200
		] },
		() => GetCheckerIpRangesRequest$,
		() => GetCheckerIpRangesResponse$
	];
	var GetDNSSEC$ = [
		9,
		n0,
		_GDNSSEC,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzone/{HostedZoneId}/dnssec",
			200
		] },
		() => GetDNSSECRequest$,
		() => GetDNSSECResponse$
	];
	var GetGeoLocation$ = [
		9,
		n0,
		_GGL,
		{ [_ht]: [
			"GET",
			"/2013-04-01/geolocation",
			200
		] },
		() => GetGeoLocationRequest$,
		() => GetGeoLocationResponse$
	];
	var GetHealthCheck$ = [
		9,
		n0,
		_GHC,
		{ [_ht]: [
			"GET",
			"/2013-04-01/healthcheck/{HealthCheckId}",
			200
		] },
		() => GetHealthCheckRequest$,
		() => GetHealthCheckResponse$
	];
	var GetHealthCheckCount$ = [
		9,
		n0,
		_GHCC,
		{ [_ht]: [
			"GET",
			"/2013-04-01/healthcheckcount",
			200
		] },
		() => GetHealthCheckCountRequest$,
		() => GetHealthCheckCountResponse$
	];
	var GetHealthCheckLastFailureReason$ = [
		9,
		n0,
		_GHCLFR,
		{ [_ht]: [
			"GET",
			"/2013-04-01/healthcheck/{HealthCheckId}/lastfailurereason",
			200
		] },
		() => GetHealthCheckLastFailureReasonRequest$,
		() => GetHealthCheckLastFailureReasonResponse$
	];
	var GetHealthCheckSource$ = [
		9,
		n0,
		_GHCS,
		{ [_ht]: [
			"GET",
			"/2013-04-01/healthchecksource/{HealthCheckSourceId}",
			200
		] },
		() => GetHealthCheckSourceRequest$,
		() => GetHealthCheckSourceResponse$
	];
	var GetHealthCheckStatus$ = [
		9,
		n0,
		_GHCSe,
		{ [_ht]: [
			"GET",
			"/2013-04-01/healthcheck/{HealthCheckId}/status",
			200
		] },
		() => GetHealthCheckStatusRequest$,
		() => GetHealthCheckStatusResponse$
	];
	var GetHostedZone$ = [
		9,
		n0,
		_GHZ,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzone/{Id}",
			200
		] },
		() => GetHostedZoneRequest$,
		() => GetHostedZoneResponse$
	];
	var GetHostedZoneChangeBatch$ = [
		9,
		n0,
		_GHZCB,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzone/{HostedZoneId}/changebatches/{ChangeId}",
			200
		] },
		() => GetHostedZoneChangeBatchRequest$,
		() => GetHostedZoneChangeBatchResponse$
	];
	var GetHostedZoneCount$ = [
		9,
		n0,
		_GHZC,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzonecount",
			200
		] },
		() => GetHostedZoneCountRequest$,
		() => GetHostedZoneCountResponse$
	];
	var GetHostedZoneLimit$ = [
		9,
		n0,
		_GHZL,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzonelimit/{HostedZoneId}/{Type}",
			200
		] },
		() => GetHostedZoneLimitRequest$,
		() => GetHostedZoneLimitResponse$
	];
	var GetQueryLoggingConfig$ = [
		9,
		n0,
		_GQLC,
		{ [_ht]: [
			"GET",
			"/2013-04-01/queryloggingconfig/{Id}",
			200
		] },
		() => GetQueryLoggingConfigRequest$,
		() => GetQueryLoggingConfigResponse$
	];
	var GetReusableDelegationSet$ = [
		9,
		n0,
		_GRDS,
		{ [_ht]: [
			"GET",
			"/2013-04-01/delegationset/{Id}",
			200
		] },
		() => GetReusableDelegationSetRequest$,
		() => GetReusableDelegationSetResponse$
	];
	var GetReusableDelegationSetLimit$ = [
		9,
		n0,
		_GRDSL,
		{ [_ht]: [
			"GET",
			"/2013-04-01/reusabledelegationsetlimit/{DelegationSetId}/{Type}",
			200
		] },
		() => GetReusableDelegationSetLimitRequest$,
		() => GetReusableDelegationSetLimitResponse$
	];
	var GetTrafficPolicy$ = [
		9,
		n0,
		_GTP,
		{ [_ht]: [
			"GET",
			"/2013-04-01/trafficpolicy/{Id}/{Version}",
			200
		] },
		() => GetTrafficPolicyRequest$,
		() => GetTrafficPolicyResponse$
	];
	var GetTrafficPolicyInstance$ = [
		9,
		n0,
		_GTPI,
		{ [_ht]: [
			"GET",
			"/2013-04-01/trafficpolicyinstance/{Id}",
			200
		] },
		() => GetTrafficPolicyInstanceRequest$,
		() => GetTrafficPolicyInstanceResponse$
	];
	var GetTrafficPolicyInstanceCount$ = [
		9,
		n0,
		_GTPIC,
		{ [_ht]: [
			"GET",
			"/2013-04-01/trafficpolicyinstancecount",
			200
		] },
		() => GetTrafficPolicyInstanceCountRequest$,
		() => GetTrafficPolicyInstanceCountResponse$
	];
	var ListCidrBlocks$ = [
		9,
		n0,
		_LCB,
		{ [_ht]: [
			"GET",
			"/2013-04-01/cidrcollection/{CollectionId}/cidrblocks",
			200
		] },
		() => ListCidrBlocksRequest$,
		() => ListCidrBlocksResponse$
	];
	var ListCidrCollections$ = [
		9,
		n0,
		_LCC,
		{ [_ht]: [
			"GET",
			"/2013-04-01/cidrcollection",
			200
		] },
		() => ListCidrCollectionsRequest$,
		() => ListCidrCollectionsResponse$
	];
	var ListCidrLocations$ = [
		9,
		n0,
		_LCL,
		{ [_ht]: [
			"GET",
			"/2013-04-01/cidrcollection/{CollectionId}",
			200
		] },
		() => ListCidrLocationsRequest$,
		() => ListCidrLocationsResponse$
	];
	var ListGeoLocations$ = [
		9,
		n0,
		_LGL,
		{ [_ht]: [
			"GET",
			"/2013-04-01/geolocations",
			200
		] },
		() => ListGeoLocationsRequest$,
		() => ListGeoLocationsResponse$
	];
	var ListHealthChecks$ = [
		9,
		n0,
		_LHC,
		{ [_ht]: [
			"GET",
			"/2013-04-01/healthcheck",
			200
		] },
		() => ListHealthChecksRequest$,
		() => ListHealthChecksResponse$
	];
	var ListHealthChecksBySource$ = [
		9,
		n0,
		_LHCBS,
		{ [_ht]: [
			"GET",
			"/2013-04-01/healthchecks/source/{HealthCheckSourceId}",
			200
		] },
		() => ListHealthChecksBySourceRequest$,
		() => ListHealthChecksBySourceResponse$
	];
	var ListHealthCheckSources$ = [
		9,
		n0,
		_LHCS,
		{ [_ht]: [
			"GET",
			"/2013-04-01/healthchecksource",
			200
		] },
		() => ListHealthCheckSourcesRequest$,
		() => ListHealthCheckSourcesResponse$
	];
	var ListHostedZoneChangeBatches$ = [
		9,
		n0,
		_LHZCB,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzone/{HostedZoneId}/changebatches",
			200
		] },
		() => ListHostedZoneChangeBatchesRequest$,
		() => ListHostedZoneChangeBatchesResponse$
	];
	var ListHostedZones$ = [
		9,
		n0,
		_LHZ,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzone",
			200
		] },
		() => ListHostedZonesRequest$,
		() => ListHostedZonesResponse$
	];
	var ListHostedZonesByName$ = [
		9,
		n0,
		_LHZBN,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzonesbyname",
			200
		] },
		() => ListHostedZonesByNameRequest$,
		() => ListHostedZonesByNameResponse$
	];
	var ListHostedZonesByVPC$ = [
		9,
		n0,
		_LHZBVPC,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzonesbyvpc",
			200
		] },
		() => ListHostedZonesByVPCRequest$,
		() => ListHostedZonesByVPCResponse$
	];
	var ListQueryLoggingConfigs$ = [
		9,
		n0,
		_LQLC,
		{ [_ht]: [
			"GET",
			"/2013-04-01/queryloggingconfig",
			200
		] },
		() => ListQueryLoggingConfigsRequest$,
		() => ListQueryLoggingConfigsResponse$
	];
	var ListResourceRecordSetChanges$ = [
		9,
		n0,
		_LRRSC,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzone/{HostedZoneId}/rrsetchanges",
			200
		] },
		() => ListResourceRecordSetChangesRequest$,
		() => ListResourceRecordSetChangesResponse$
	];
	var ListResourceRecordSetProtections$ = [
		9,
		n0,
		_LRRSP,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzone/{HostedZoneId}/rrsetprotection",
			200
		] },
		() => ListResourceRecordSetProtectionsRequest$,
		() => ListResourceRecordSetProtectionsResponse$
	];
	var ListResourceRecordSets$ = [
		9,
		n0,
		_LRRS,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzone/{HostedZoneId}/rrset",
			200
		] },
		() => ListResourceRecordSetsRequest$,
		() => ListResourceRecordSetsResponse$
	];
	var ListReusableDelegationSets$ = [
		9,
		n0,
		_LRDS,
		{ [_ht]: [
			"GET",
			"/2013-04-01/delegationset",
			200
		] },
		() => ListReusableDelegationSetsRequest$,
		() => ListReusableDelegationSetsResponse$
	];
	var ListTagsForResource$ = [
		9,
		n0,
		_LTFR,
		{ [_ht]: [
			"GET",
			"/2013-04-01/tags/{ResourceType}/{ResourceId}",
			200
		] },
		() => ListTagsForResourceRequest$,
		() => ListTagsForResourceResponse$
	];
	var ListTagsForResources$ = [
		9,
		n0,
		_LTFRi,
		{ [_ht]: [
			"POST",
			"/2013-04-01/tags/{ResourceType}",
			200
		] },
		() => ListTagsForResourcesRequest$,
		() => ListTagsForResourcesResponse$
	];
	var ListTrafficPolicies$ = [
		9,
		n0,
		_LTP,
		{ [_ht]: [
			"GET",
			"/2013-04-01/trafficpolicies",
			200
		] },
		() => ListTrafficPoliciesRequest$,
		() => ListTrafficPoliciesResponse$
	];
	var ListTrafficPolicyInstances$ = [
		9,
		n0,
		_LTPI,
		{ [_ht]: [
			"GET",
			"/2013-04-01/trafficpolicyinstances",
			200
		] },
		() => ListTrafficPolicyInstancesRequest$,
		() => ListTrafficPolicyInstancesResponse$
	];
	var ListTrafficPolicyInstancesByHostedZone$ = [
		9,
		n0,
		_LTPIBHZ,
		{ [_ht]: [
			"GET",
			"/2013-04-01/trafficpolicyinstances/hostedzone",
			200
		] },
		() => ListTrafficPolicyInstancesByHostedZoneRequest$,
		() => ListTrafficPolicyInstancesByHostedZoneResponse$
	];
	var ListTrafficPolicyInstancesByPolicy$ = [
		9,
		n0,
		_LTPIBP,
		{ [_ht]: [
			"GET",
			"/2013-04-01/trafficpolicyinstances/trafficpolicy",
			200
		] },
		() => ListTrafficPolicyInstancesByPolicyRequest$,
		() => ListTrafficPolicyInstancesByPolicyResponse$
	];
	var ListTrafficPolicyVersions$ = [
		9,
		n0,
		_LTPV,
		{ [_ht]: [
			"GET",
			"/2013-04-01/trafficpolicies/{Id}/versions",
			200
		] },
		() => ListTrafficPolicyVersionsRequest$,
		() => ListTrafficPolicyVersionsResponse$
	];
	var ListVPCAssociationAuthorizations$ = [
		9,
		n0,
		_LVPCAA,
		{ [_ht]: [
			"GET",
			"/2013-04-01/hostedzone/{HostedZoneId}/authorizevpcassociation",
			200
		] },
		() => ListVPCAssociationAuthorizationsRequest$,
		() => ListVPCAssociationAuthorizationsResponse$
	];
	var TestDNSAnswer$ = [
		9,
		n0,
		_TDNSA,
		{ [_ht]: [
			"GET",
			"/2013-04-01/testdnsanswer",
			200
		] },
		() => TestDNSAnswerRequest$,
		() => TestDNSAnswerResponse$
	];
	var UpdateHealthCheck$ = [
		9,
		n0,
		_UHC,
		{ [_ht]: [
			"POST",
			"/2013-04-01/healthcheck/{HealthCheckId}",
			200
		] },
		() => UpdateHealthCheckRequest$,
		() => UpdateHealthCheckResponse$
	];
	var UpdateHostedZoneComment$ = [
		9,
		n0,
		_UHZC,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone/{Id}",
			200
		] },
		() => UpdateHostedZoneCommentRequest$,
		() => UpdateHostedZoneCommentResponse$
	];
	var UpdateHostedZoneFeatures$ = [
		9,
		n0,
		_UHZF,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone/{HostedZoneId}/features",
			200
		] },
		() => UpdateHostedZoneFeaturesRequest$,
		() => UpdateHostedZoneFeaturesResponse$
	];
	var UpdateHostedZoneTier$ = [
		9,
		n0,
		_UHZT,
		{ [_ht]: [
			"POST",
			"/2013-04-01/hostedzone/{HostedZoneId}/tier",
			200
		] },
		() => UpdateHostedZoneTierRequest$,
		() => UpdateHostedZoneTierResponse$
	];
	var UpdateTrafficPolicyComment$ = [
		9,
		n0,
		_UTPC,
		{ [_ht]: [
			"POST",
			"/2013-04-01/trafficpolicy/{Id}/{Version}",
			200
		] },
		() => UpdateTrafficPolicyCommentRequest$,
		() => UpdateTrafficPolicyCommentResponse$
	];
	var UpdateTrafficPolicyInstance$ = [
		9,
		n0,
		_UTPI,
		{ [_ht]: [
			"POST",
			"/2013-04-01/trafficpolicyinstance/{Id}",
			200
		] },
		() => UpdateTrafficPolicyInstanceRequest$,
		() => UpdateTrafficPolicyInstanceResponse$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2013-04-01",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultRoute53HttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsRestXmlProtocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.route53",
				errorTypeRegistries,
				xmlNamespace: "https://route53.amazonaws.com/doc/2013-04-01/",
				version: "2013-04-01",
				serviceTarget: "AWSDnsV20130401"
			},
			serviceId: config?.serviceId ?? "Route 53",
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
	var Route53Client = class extends Client {
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
				httpAuthSchemeParametersProvider: defaultRoute53HttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "AWSDnsV20130401", "Route53Client", getEndpointPlugin);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [getIdNormalizerPlugin(config)];
	const _mw1 = (Command, cs, config, o) => [getChangeResourceRecordSetsPlugin(config), getIdNormalizerPlugin(config)];
	const _mw2 = (Command, cs, config, o) => [];
	var ActivateKeySigningKeyCommand = class extends command(_ep0, _mw0, "ActivateKeySigningKey", ActivateKeySigningKey$) {};
	var AssociateVPCWithHostedZoneCommand = class extends command(_ep0, _mw0, "AssociateVPCWithHostedZone", AssociateVPCWithHostedZone$) {};
	var ChangeCidrCollectionCommand = class extends command(_ep0, _mw0, "ChangeCidrCollection", ChangeCidrCollection$) {};
	var ChangeResourceRecordSetsCommand = class extends command(_ep0, _mw1, "ChangeResourceRecordSets", ChangeResourceRecordSets$) {};
	var ChangeTagsForResourceCommand = class extends command(_ep0, _mw2, "ChangeTagsForResource", ChangeTagsForResource$) {};
	var CreateCidrCollectionCommand = class extends command(_ep0, _mw2, "CreateCidrCollection", CreateCidrCollection$) {};
	var CreateHealthCheckCommand = class extends command(_ep0, _mw2, "CreateHealthCheck", CreateHealthCheck$) {};
	var CreateHealthCheckSourceCommand = class extends command(_ep0, _mw2, "CreateHealthCheckSource", CreateHealthCheckSource$) {};
	var CreateHostedZoneCommand = class extends command(_ep0, _mw0, "CreateHostedZone", CreateHostedZone$) {};
	var CreateKeySigningKeyCommand = class extends command(_ep0, _mw0, "CreateKeySigningKey", CreateKeySigningKey$) {};
	var CreateQueryLoggingConfigCommand = class extends command(_ep0, _mw0, "CreateQueryLoggingConfig", CreateQueryLoggingConfig$) {};
	var CreateResourceRecordSetProtectionsCommand = class extends command(_ep0, _mw0, "CreateResourceRecordSetProtections", CreateResourceRecordSetProtections$) {};
	var CreateReusableDelegationSetCommand = class extends command(_ep0, _mw0, "CreateReusableDelegationSet", CreateReusableDelegationSet$) {};
	var CreateTrafficPolicyCommand = class extends command(_ep0, _mw2, "CreateTrafficPolicy", CreateTrafficPolicy$) {};
	var CreateTrafficPolicyInstanceCommand = class extends command(_ep0, _mw0, "CreateTrafficPolicyInstance", CreateTrafficPolicyInstance$) {};
	var CreateTrafficPolicyVersionCommand = class extends command(_ep0, _mw0, "CreateTrafficPolicyVersion", CreateTrafficPolicyVersion$) {};
	var CreateVPCAssociationAuthorizationCommand = class extends command(_ep0, _mw0, "CreateVPCAssociationAuthorization", CreateVPCAssociationAuthorization$) {};
	var DeactivateKeySigningKeyCommand = class extends command(_ep0, _mw0, "DeactivateKeySigningKey", DeactivateKeySigningKey$) {};
	var DeleteCidrCollectionCommand = class extends command(_ep0, _mw0, "DeleteCidrCollection", DeleteCidrCollection$) {};
	var DeleteHealthCheckCommand = class extends command(_ep0, _mw2, "DeleteHealthCheck", DeleteHealthCheck$) {};
	var DeleteHealthCheckSourceCommand = class extends command(_ep0, _mw2, "DeleteHealthCheckSource", DeleteHealthCheckSource$) {};
	var DeleteHostedZoneCommand = class extends command(_ep0, _mw0, "DeleteHostedZone", DeleteHostedZone$) {};
	var DeleteKeySigningKeyCommand = class extends command(_ep0, _mw0, "DeleteKeySigningKey", DeleteKeySigningKey$) {};
	var DeleteQueryLoggingConfigCommand = class extends command(_ep0, _mw0, "DeleteQueryLoggingConfig", DeleteQueryLoggingConfig$) {};
	var DeleteResourceRecordSetProtectionsCommand = class extends command(_ep0, _mw0, "DeleteResourceRecordSetProtections", DeleteResourceRecordSetProtections$) {};
	var DeleteReusableDelegationSetCommand = class extends command(_ep0, _mw0, "DeleteReusableDelegationSet", DeleteReusableDelegationSet$) {};
	var DeleteTrafficPolicyCommand = class extends command(_ep0, _mw0, "DeleteTrafficPolicy", DeleteTrafficPolicy$) {};
	var DeleteTrafficPolicyInstanceCommand = class extends command(_ep0, _mw0, "DeleteTrafficPolicyInstance", DeleteTrafficPolicyInstance$) {};
	var DeleteVPCAssociationAuthorizationCommand = class extends command(_ep0, _mw0, "DeleteVPCAssociationAuthorization", DeleteVPCAssociationAuthorization$) {};
	var DisableHostedZoneDNSSECCommand = class extends command(_ep0, _mw0, "DisableHostedZoneDNSSEC", DisableHostedZoneDNSSEC$) {};
	var DisassociateVPCFromHostedZoneCommand = class extends command(_ep0, _mw0, "DisassociateVPCFromHostedZone", DisassociateVPCFromHostedZone$) {};
	var EnableHostedZoneDNSSECCommand = class extends command(_ep0, _mw0, "EnableHostedZoneDNSSEC", EnableHostedZoneDNSSEC$) {};
	var GetAccountLimitCommand = class extends command(_ep0, _mw2, "GetAccountLimit", GetAccountLimit$) {};
	var GetChangeCommand = class extends command(_ep0, _mw0, "GetChange", GetChange$) {};
	var GetCheckerIpRangesCommand = class extends command(_ep0, _mw2, "GetCheckerIpRanges", GetCheckerIpRanges$) {};
	var GetDNSSECCommand = class extends command(_ep0, _mw0, "GetDNSSEC", GetDNSSEC$) {};
	var GetGeoLocationCommand = class extends command(_ep0, _mw2, "GetGeoLocation", GetGeoLocation$) {};
	var GetHealthCheckCommand = class extends command(_ep0, _mw2, "GetHealthCheck", GetHealthCheck$) {};
	var GetHealthCheckCountCommand = class extends command(_ep0, _mw2, "GetHealthCheckCount", GetHealthCheckCount$) {};
	var GetHealthCheckLastFailureReasonCommand = class extends command(_ep0, _mw2, "GetHealthCheckLastFailureReason", GetHealthCheckLastFailureReason$) {};
	var GetHealthCheckSourceCommand = class extends command(_ep0, _mw2, "GetHealthCheckSource", GetHealthCheckSource$) {};
	var GetHealthCheckStatusCommand = class extends command(_ep0, _mw2, "GetHealthCheckStatus", GetHealthCheckStatus$) {};
	var GetHostedZoneChangeBatchCommand = class extends command(_ep0, _mw0, "GetHostedZoneChangeBatch", GetHostedZoneChangeBatch$) {};
	var GetHostedZoneCommand = class extends command(_ep0, _mw0, "GetHostedZone", GetHostedZone$) {};
	var GetHostedZoneCountCommand = class extends command(_ep0, _mw2, "GetHostedZoneCount", GetHostedZoneCount$) {};
	var GetHostedZoneLimitCommand = class extends command(_ep0, _mw0, "GetHostedZoneLimit", GetHostedZoneLimit$) {};
	var GetQueryLoggingConfigCommand = class extends command(_ep0, _mw0, "GetQueryLoggingConfig", GetQueryLoggingConfig$) {};
	var GetReusableDelegationSetCommand = class extends command(_ep0, _mw0, "GetReusableDelegationSet", GetReusableDelegationSet$) {};
	var GetReusableDelegationSetLimitCommand = class extends command(_ep0, _mw0, "GetReusableDelegationSetLimit", GetReusableDelegationSetLimit$) {};
	var GetTrafficPolicyCommand = class extends command(_ep0, _mw0, "GetTrafficPolicy", GetTrafficPolicy$) {};
	var GetTrafficPolicyInstanceCommand = class extends command(_ep0, _mw0, "GetTrafficPolicyInstance", GetTrafficPolicyInstance$) {};
	var GetTrafficPolicyInstanceCountCommand = class extends command(_ep0, _mw2, "GetTrafficPolicyInstanceCount", GetTrafficPolicyInstanceCount$) {};
	var ListCidrBlocksCommand = class extends command(_ep0, _mw2, "ListCidrBlocks", ListCidrBlocks$) {};
	var ListCidrCollectionsCommand = class extends command(_ep0, _mw2, "ListCidrCollections", ListCidrCollections$) {};
	var ListCidrLocationsCommand = class extends command(_ep0, _mw2, "ListCidrLocations", ListCidrLocations$) {};
	var ListGeoLocationsCommand = class extends command(_ep0, _mw2, "ListGeoLocations", ListGeoLocations$) {};
	var ListHealthChecksBySourceCommand = class extends command(_ep0, _mw2, "ListHealthChecksBySource", ListHealthChecksBySource$) {};
	var ListHealthChecksCommand = class extends command(_ep0, _mw2, "ListHealthChecks", ListHealthChecks$) {};
	var ListHealthCheckSourcesCommand = class extends command(_ep0, _mw2, "ListHealthCheckSources", ListHealthCheckSources$) {};
	var ListHostedZoneChangeBatchesCommand = class extends command(_ep0, _mw0, "ListHostedZoneChangeBatches", ListHostedZoneChangeBatches$) {};
	var ListHostedZonesByNameCommand = class extends command(_ep0, _mw0, "ListHostedZonesByName", ListHostedZonesByName$) {};
	var ListHostedZonesByVPCCommand = class extends command(_ep0, _mw2, "ListHostedZonesByVPC", ListHostedZonesByVPC$) {};
	var ListHostedZonesCommand = class extends command(_ep0, _mw0, "ListHostedZones", ListHostedZones$) {};
	var ListQueryLoggingConfigsCommand = class extends command(_ep0, _mw0, "ListQueryLoggingConfigs", ListQueryLoggingConfigs$) {};
	var ListResourceRecordSetChangesCommand = class extends command(_ep0, _mw0, "ListResourceRecordSetChanges", ListResourceRecordSetChanges$) {};
	var ListResourceRecordSetProtectionsCommand = class extends command(_ep0, _mw0, "ListResourceRecordSetProtections", ListResourceRecordSetProtections$) {};
	var ListResourceRecordSetsCommand = class extends command(_ep0, _mw0, "ListResourceRecordSets", ListResourceRecordSets$) {};
	var ListReusableDelegationSetsCommand = class extends command(_ep0, _mw2, "ListReusableDelegationSets", ListReusableDelegationSets$) {};
	var ListTagsForResourceCommand = class extends command(_ep0, _mw2, "ListTagsForResource", ListTagsForResource$) {};
	var ListTagsForResourcesCommand = class extends command(_ep0, _mw2, "ListTagsForResources", ListTagsForResources$) {};
	var ListTrafficPoliciesCommand = class extends command(_ep0, _mw2, "ListTrafficPolicies", ListTrafficPolicies$) {};
	var ListTrafficPolicyInstancesByHostedZoneCommand = class extends command(_ep0, _mw0, "ListTrafficPolicyInstancesByHostedZone", ListTrafficPolicyInstancesByHostedZone$) {};
	var ListTrafficPolicyInstancesByPolicyCommand = class extends command(_ep0, _mw2, "ListTrafficPolicyInstancesByPolicy", ListTrafficPolicyInstancesByPolicy$) {};
	var ListTrafficPolicyInstancesCommand = class extends command(_ep0, _mw2, "ListTrafficPolicyInstances", ListTrafficPolicyInstances$) {};
	var ListTrafficPolicyVersionsCommand = class extends command(_ep0, _mw0, "ListTrafficPolicyVersions", ListTrafficPolicyVersions$) {};
	var ListVPCAssociationAuthorizationsCommand = class extends command(_ep0, _mw0, "ListVPCAssociationAuthorizations", ListVPCAssociationAuthorizations$) {};
	var TestDNSAnswerCommand = class extends command(_ep0, _mw0, "TestDNSAnswer", TestDNSAnswer$) {};
	var UpdateHealthCheckCommand = class extends command(_ep0, _mw2, "UpdateHealthCheck", UpdateHealthCheck$) {};
	var UpdateHostedZoneCommentCommand = class extends command(_ep0, _mw0, "UpdateHostedZoneComment", UpdateHostedZoneComment$) {};
	var UpdateHostedZoneFeaturesCommand = class extends command(_ep0, _mw0, "UpdateHostedZoneFeatures", UpdateHostedZoneFeatures$) {};
	var UpdateHostedZoneTierCommand = class extends command(_ep0, _mw0, "UpdateHostedZoneTier", UpdateHostedZoneTier$) {};
	var UpdateTrafficPolicyCommentCommand = class extends command(_ep0, _mw0, "UpdateTrafficPolicyComment", UpdateTrafficPolicyComment$) {};
	var UpdateTrafficPolicyInstanceCommand = class extends command(_ep0, _mw0, "UpdateTrafficPolicyInstance", UpdateTrafficPolicyInstance$) {};
	const paginateListCidrBlocks = createPaginator(Route53Client, ListCidrBlocksCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListCidrCollections = createPaginator(Route53Client, ListCidrCollectionsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListCidrLocations = createPaginator(Route53Client, ListCidrLocationsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListHealthChecksBySource = createPaginator(Route53Client, ListHealthChecksBySourceCommand, "Marker", "NextMarker", "MaxItems");
	const paginateListHealthCheckSources = createPaginator(Route53Client, ListHealthCheckSourcesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListHealthChecks = createPaginator(Route53Client, ListHealthChecksCommand, "Marker", "NextMarker", "MaxItems");
	const paginateListHostedZoneChangeBatches = createPaginator(Route53Client, ListHostedZoneChangeBatchesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListHostedZones = createPaginator(Route53Client, ListHostedZonesCommand, "Marker", "NextMarker", "MaxItems");
	const paginateListQueryLoggingConfigs = createPaginator(Route53Client, ListQueryLoggingConfigsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListResourceRecordSetChanges = createPaginator(Route53Client, ListResourceRecordSetChangesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListResourceRecordSetProtections = createPaginator(Route53Client, ListResourceRecordSetProtectionsCommand, "NextToken", "NextToken", "MaxResults");
	const checkState$2 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new GetHealthCheckSourceCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return result.HealthCheckSource.HealthCheckSourceStatus;
				};
				if (returnComparator() === "CREATE_COMPLETED") return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.HealthCheckSource.HealthCheckSourceStatus;
				};
				if (returnComparator() === "CREATE_FAILED") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
			if (exception.name === "NoSuchHealthCheckSource") return {
				state: WaiterState.RETRY,
				reason
			};
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilHealthCheckSourceCreated = async (params, input) => {
		const result = await createWaiter({
			minDelay: 15,
			maxDelay: 120,
			...params
		}, input, checkState$2);
		return checkExceptions(result);
	};
	const checkState$1 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new GetHealthCheckSourceCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return result.HealthCheckSource.HealthCheckSourceStatus;
				};
				if (returnComparator() === "DELETE_COMPLETED") return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.HealthCheckSource.HealthCheckSourceStatus;
				};
				if (returnComparator() === "DELETE_FAILED") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
			if (exception.name === "NoSuchHealthCheckSource") return {
				state: WaiterState.SUCCESS,
				reason
			};
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilHealthCheckSourceDeleted = async (params, input) => {
		const result = await createWaiter({
			minDelay: 15,
			maxDelay: 120,
			...params
		}, input, checkState$1);
		return checkExceptions(result);
	};
	const checkState = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new GetChangeCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return result.ChangeInfo.Status;
				};
				if (returnComparator() === "INSYNC") return {
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
	const waitUntilResourceRecordSetsChanged = async (params, input) => {
		const result = await createWaiter({
			minDelay: 30,
			maxDelay: 120,
			...params
		}, input, checkState);
		return checkExceptions(result);
	};
	const commands = {
		ActivateKeySigningKeyCommand,
		AssociateVPCWithHostedZoneCommand,
		ChangeCidrCollectionCommand,
		ChangeResourceRecordSetsCommand,
		ChangeTagsForResourceCommand,
		CreateCidrCollectionCommand,
		CreateHealthCheckCommand,
		CreateHealthCheckSourceCommand,
		CreateHostedZoneCommand,
		CreateKeySigningKeyCommand,
		CreateQueryLoggingConfigCommand,
		CreateResourceRecordSetProtectionsCommand,
		CreateReusableDelegationSetCommand,
		CreateTrafficPolicyCommand,
		CreateTrafficPolicyInstanceCommand,
		CreateTrafficPolicyVersionCommand,
		CreateVPCAssociationAuthorizationCommand,
		DeactivateKeySigningKeyCommand,
		DeleteCidrCollectionCommand,
		DeleteHealthCheckCommand,
		DeleteHealthCheckSourceCommand,
		DeleteHostedZoneCommand,
		DeleteKeySigningKeyCommand,
		DeleteQueryLoggingConfigCommand,
		DeleteResourceRecordSetProtectionsCommand,
		DeleteReusableDelegationSetCommand,
		DeleteTrafficPolicyCommand,
		DeleteTrafficPolicyInstanceCommand,
		DeleteVPCAssociationAuthorizationCommand,
		DisableHostedZoneDNSSECCommand,
		DisassociateVPCFromHostedZoneCommand,
		EnableHostedZoneDNSSECCommand,
		GetAccountLimitCommand,
		GetChangeCommand,
		GetCheckerIpRangesCommand,
		GetDNSSECCommand,
		GetGeoLocationCommand,
		GetHealthCheckCommand,
		GetHealthCheckCountCommand,
		GetHealthCheckLastFailureReasonCommand,
		GetHealthCheckSourceCommand,
		GetHealthCheckStatusCommand,
		GetHostedZoneCommand,
		GetHostedZoneChangeBatchCommand,
		GetHostedZoneCountCommand,
		GetHostedZoneLimitCommand,
		GetQueryLoggingConfigCommand,
		GetReusableDelegationSetCommand,
		GetReusableDelegationSetLimitCommand,
		GetTrafficPolicyCommand,
		GetTrafficPolicyInstanceCommand,
		GetTrafficPolicyInstanceCountCommand,
		ListCidrBlocksCommand,
		ListCidrCollectionsCommand,
		ListCidrLocationsCommand,
		ListGeoLocationsCommand,
		ListHealthChecksCommand,
		ListHealthChecksBySourceCommand,
		ListHealthCheckSourcesCommand,
		ListHostedZoneChangeBatchesCommand,
		ListHostedZonesCommand,
		ListHostedZonesByNameCommand,
		ListHostedZonesByVPCCommand,
		ListQueryLoggingConfigsCommand,
		ListResourceRecordSetChangesCommand,
		ListResourceRecordSetProtectionsCommand,
		ListResourceRecordSetsCommand,
		ListReusableDelegationSetsCommand,
		ListTagsForResourceCommand,
		ListTagsForResourcesCommand,
		ListTrafficPoliciesCommand,
		ListTrafficPolicyInstancesCommand,
		ListTrafficPolicyInstancesByHostedZoneCommand,
		ListTrafficPolicyInstancesByPolicyCommand,
		ListTrafficPolicyVersionsCommand,
		ListVPCAssociationAuthorizationsCommand,
		TestDNSAnswerCommand,
		UpdateHealthCheckCommand,
		UpdateHostedZoneCommentCommand,
		UpdateHostedZoneFeaturesCommand,
		UpdateHostedZoneTierCommand,
		UpdateTrafficPolicyCommentCommand,
		UpdateTrafficPolicyInstanceCommand
	};
	const paginators = {
		paginateListCidrBlocks,
		paginateListCidrCollections,
		paginateListCidrLocations,
		paginateListHealthChecks,
		paginateListHealthChecksBySource,
		paginateListHealthCheckSources,
		paginateListHostedZoneChangeBatches,
		paginateListHostedZones,
		paginateListQueryLoggingConfigs,
		paginateListResourceRecordSetChanges,
		paginateListResourceRecordSetProtections
	};
	const waiters = {
		waitUntilResourceRecordSetsChanged,
		waitUntilHealthCheckSourceCreated,
		waitUntilHealthCheckSourceDeleted
	};
	var Route53 = class extends Route53Client {};
	createAggregatedClient(commands, Route53, {
		paginators,
		waiters
	});
	exports.AssociateVPCWithHostedZoneCommand = AssociateVPCWithHostedZoneCommand;
	exports.ChangeResourceRecordSetsCommand = ChangeResourceRecordSetsCommand;
	exports.ChangeTagsForResourceCommand = ChangeTagsForResourceCommand;
	exports.CreateHealthCheckCommand = CreateHealthCheckCommand;
	exports.CreateHostedZoneCommand = CreateHostedZoneCommand;
	exports.DeleteHealthCheckCommand = DeleteHealthCheckCommand;
	exports.DeleteHostedZoneCommand = DeleteHostedZoneCommand;
	exports.GetHostedZoneCommand = GetHostedZoneCommand;
	exports.ListHealthChecksCommand = ListHealthChecksCommand;
	exports.ListHostedZonesCommand = ListHostedZonesCommand;
	exports.ListResourceRecordSetsCommand = ListResourceRecordSetsCommand;
	exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
	exports.Route53Client = Route53Client;
	exports.paginateListHealthChecks = paginateListHealthChecks;
	exports.paginateListHostedZones = paginateListHostedZones;
})))(), 1);
const HEALTH_CHECK = recordKind("health-check");
async function healthChecks(r53) {
	return sortBy(await collect(import_dist_cjs.paginateListHealthChecks({ client: r53 }, {}), (p) => p.HealthChecks), (h) => h.Id);
}
async function captureHealthCheck(r53, h) {
	const tags = await r53.send(new import_dist_cjs.ListTagsForResourceCommand({
		ResourceType: "healthcheck",
		ResourceId: h.Id
	}));
	return {
		id: h.Id,
		config: h.HealthCheckConfig,
		tags: sortedTags(tags.ResourceTagSet?.Tags, (t) => t.Key)
	};
}
/** Creates the check; returns the id the instance gave it. */
async function restoreHealthCheck(r53, h) {
	const id = (await r53.send(new import_dist_cjs.CreateHealthCheckCommand({
		CallerReference: `localstack-pods-${h.id}-${Date.now()}`,
		HealthCheckConfig: h.config
	}))).HealthCheck.Id;
	if (h.tags) await r53.send(new import_dist_cjs.ChangeTagsForResourceCommand({
		ResourceType: "healthcheck",
		ResourceId: id,
		AddTags: h.tags
	}));
	return id;
}
async function deleteHealthCheck(r53, id) {
	await unlessMissing(r53.send(new import_dist_cjs.DeleteHealthCheckCommand({ HealthCheckId: id })));
}
// src/engine/state/portable/route53/zones.ts
const HOSTED_ZONE = recordKind("hosted-zone");
/** `/hostedzone/Z123` as the API answers it; `Z123` as ARNs, tags and users name it. */
const bareZoneId = (id) => id.replace(/^\/hostedzone\//, "");
async function hostedZones(r53) {
	const zones = await collect(import_dist_cjs.paginateListHostedZones({ client: r53 }, {}), (p) => p.HostedZones);
	return sortBy(zones, (z) => `${z.Name}\u0000${z.Id}`);
}
/** Whether a record set comes with the zone itself: its SOA, and the NS records of its apex. */
function isZoneDefault(zoneName, r) {
	return r.Name === zoneName && (r.Type === "SOA" || r.Type === "NS" && r.SetIdentifier === void 0);
}
async function recordSetsOf(r53, zoneId, zoneName) {
	const pages = pagesOf((token) => {
		const [name, type, identifier] = token === void 0 ? [] : JSON.parse(token);
		return r53.send(new import_dist_cjs.ListResourceRecordSetsCommand({
			HostedZoneId: zoneId,
			StartRecordName: name,
			StartRecordType: type,
			StartRecordIdentifier: identifier
		}));
	}, (page) => page.IsTruncated ? JSON.stringify([
		page.NextRecordName,
		page.NextRecordType,
		page.NextRecordIdentifier
	]) : void 0);
	return (await collect(pages, (p) => p.ResourceRecordSets)).filter((r) => !isZoneDefault(zoneName, r));
}
async function captureZone(r53, zone) {
	const id = bareZoneId(zone.Id);
	const detail = await r53.send(new import_dist_cjs.GetHostedZoneCommand({ Id: id }));
	const tags = await r53.send(new import_dist_cjs.ListTagsForResourceCommand({
		ResourceType: "hostedzone",
		ResourceId: id
	}));
	return {
		id,
		name: zone.Name,
		comment: zone.Config?.Comment || void 0,
		privateZone: zone.Config?.PrivateZone || void 0,
		vpcs: nonEmpty(detail.VPCs),
		recordSets: nonEmpty(await recordSetsOf(r53, id, zone.Name)),
		tags: sortedTags(tags.ResourceTagSet?.Tags, (t) => t.Key)
	};
}
/** Record sets go in batches of this many changes (AWS takes up to 1000). */
const CHANGE_BATCH = 500;
async function upsert(r53, zoneId, sets) {
	for (let i = 0; i < sets.length; i += CHANGE_BATCH) {
		const Changes = sets.slice(i, i + CHANGE_BATCH).map((ResourceRecordSet) => ({
			Action: "UPSERT",
			ResourceRecordSet
		}));
		await r53.send(new import_dist_cjs.ChangeResourceRecordSetsCommand({
			HostedZoneId: zoneId,
			ChangeBatch: { Changes }
		}));
	}
}
/** Deletes the record sets the zone did not come with, then the zone: AWS deletes no zone that holds others. */
async function deleteZone(r53, zone) {
	const id = bareZoneId(zone.Id);
	const sets = await unlessMissing(recordSetsOf(r53, id, zone.Name));
	if (sets === void 0) return;
	for (let i = 0; i < sets.length; i += CHANGE_BATCH) {
		const Changes = sets.slice(i, i + CHANGE_BATCH).map((ResourceRecordSet) => ({
			Action: "DELETE",
			ResourceRecordSet
		}));
		await r53.send(new import_dist_cjs.ChangeResourceRecordSetsCommand({
			HostedZoneId: id,
			ChangeBatch: { Changes }
		}));
	}
	await unlessMissing(r53.send(new import_dist_cjs.DeleteHostedZoneCommand({ Id: id })));
}
/**
* Makes the zone the pod's: any zone of its name (and privacy) goes first, then it is created,
* with the pod's record sets, VPCs and tags. Record sets that alias another zone of the pod name
* the id it got in this load.
*/
async function restoreZone(context, r53, z, zoneIdOf) {
	for (const existing of await hostedZones(r53)) if (existing.Name === z.name && Boolean(existing.Config?.PrivateZone) === Boolean(z.privateZone)) await deleteZone(r53, existing);
	const [firstVpc, ...otherVpcs] = z.vpcs ?? [];
	const created = await r53.send(new import_dist_cjs.CreateHostedZoneCommand({
		Name: z.name,
		CallerReference: `localstack-pods-${z.id}-${Date.now()}`,
		HostedZoneConfig: z.comment !== void 0 || z.privateZone ? {
			Comment: z.comment ?? "",
			PrivateZone: z.privateZone
		} : void 0,
		VPC: firstVpc
	}));
	const id = bareZoneId(created.HostedZone.Id);
	if (id !== z.id) context.renamed(z.id, id);
	for (const vpc of otherVpcs) await r53.send(new import_dist_cjs.AssociateVPCWithHostedZoneCommand({
		HostedZoneId: id,
		VPC: vpc
	}));
	const aliased = (target) => bareZoneId(target) === z.id ? id : zoneIdOf(bareZoneId(target));
	await upsert(r53, id, (z.recordSets ?? []).map((r) => r.AliasTarget?.HostedZoneId ? {
		...r,
		AliasTarget: {
			...r.AliasTarget,
			HostedZoneId: aliased(r.AliasTarget.HostedZoneId)
		}
	} : r));
	if (z.tags) await r53.send(new import_dist_cjs.ChangeTagsForResourceCommand({
		ResourceType: "hostedzone",
		ResourceId: id,
		AddTags: z.tags
	}));
	return id;
}
// src/engine/state/portable/route53/route53.ts
/** Route 53 is global: its state is kept, and asked for, in one region. */
const ROUTE53_REGION = "us-east-1";
const client = clientOf(import_dist_cjs.Route53Client);
/**
* Route 53 (global, in us-east-1): hosted zones, public and private (with their VPCs), every
* record set but the SOA and apex NS records the instance makes with a zone (simple, weighted,
* latency, failover, geolocation, multivalue, alias), health checks, and the tags of both.
*/
const route53 = {
	name: "route53",
	global: true,
	dependsOn: ["ec2"],
	capture: eachRegion(async function* (context, region) {
		if (region !== ROUTE53_REGION) return;
		const r53 = client(context, region);
		for (const check of await healthChecks(r53)) yield HEALTH_CHECK.record(region, check.Id, await captureHealthCheck(r53, check));
		for (const zone of await hostedZones(r53)) {
			const data = await captureZone(r53, zone);
			yield HOSTED_ZONE.record(region, data.id, data);
		}
	}),
	regionsWithState: async (context) => {
		const r53 = client(context, ROUTE53_REGION);
		const [zones, checks] = await Promise.all([r53.send(new import_dist_cjs.ListHostedZonesCommand({ MaxItems: 1 })), r53.send(new import_dist_cjs.ListHealthChecksCommand({ MaxItems: 1 }))]);
		return (zones.HostedZones?.length ?? 0) + (checks.HealthChecks?.length ?? 0) > 0 ? [ROUTE53_REGION] : [];
	},
	clear: async (context, region) => {
		if (region !== ROUTE53_REGION) return;
		const r53 = client(context, region);
		for (const zone of await hostedZones(r53)) await deleteZone(r53, zone);
		for (const check of await healthChecks(r53)) await deleteHealthCheck(r53, check.Id);
	},
	restore: (context, _region, records) => {
		const r53 = client(context, ROUTE53_REGION);
		const ids = new IdMap();
		return restoreRecords(context, records, 1, on(HEALTH_CHECK, async (h) => ids.set(h.id, await restoreHealthCheck(r53, h))), on(HOSTED_ZONE, async (z) => {
			const sets = z.recordSets?.map((r) => r.HealthCheckId ? {
				...r,
				HealthCheckId: ids.of(r.HealthCheckId)
			} : r);
			ids.set(z.id, await restoreZone(context, r53, {
				...z,
				recordSets: sets
			}, ids.of));
		}));
	},
	requests: { signingName: "route53" }
};
export { route53 };
