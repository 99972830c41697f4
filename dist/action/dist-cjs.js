import { a as __toCommonJS, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$3, f as require_dist_cjs$1, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$2, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
// node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var require_dist_cjs = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin, setCredentialFeature, stsRegionDefaultResolver } = (init_client(), __toCommonJS(client_exports));
	const { NoAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin } = (init_dist_es(), __toCommonJS(dist_es_exports));
	const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client$1(), __toCommonJS(client_exports$1));
	const { Command: $Command } = (init_client$1(), __toCommonJS(client_exports$1));
	exports.$Command = $Command;
	exports.__Client = Client;
	const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
	const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveParams, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
	const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
	const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
	const { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
	const { resolveAwsSdkSigV4Config, resolveAwsSdkSigV4AConfig, AwsSdkSigV4Signer, AwsSdkSigV4ASigner, NODE_SIGV4A_CONFIG_OPTIONS, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
	const { SignatureV4MultiRegion } = require_dist_cjs$1();
	const { defaultProvider } = require_dist_cjs$2();
	const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
	const { streamCollector, NodeHttpHandler } = require_dist_cjs$3();
	const { AwsQueryProtocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const q = "ref";
	const a = -1;
	const b = true;
	const c = "isSet";
	const d = "PartitionResult";
	const e = "booleanEquals";
	const f = "stringEquals";
	const g = "getAttr";
	const h = "us-east-1";
	const i = "sigv4";
	const j = "sts";
	const k = "https://sts.{Region}.{PartitionResult#dnsSuffix}";
	const l = { [q]: "Endpoint" };
	const m = { [q]: "Region" };
	const n = { [q]: d };
	const o = {};
	const p = [m];
	const _data = {
		conditions: [
			[c, [l]],
			[c, p],
			[
				"aws.partition",
				p,
				d
			],
			[e, [{ [q]: "UseFIPS" }, b]],
			[e, [{ [q]: "UseDualStack" }, b]],
			[f, [m, "aws-global"]],
			[e, [{ [q]: "UseGlobalEndpoint" }, b]],
			[f, [m, "eu-central-1"]],
			[e, [{
				fn: g,
				argv: [n, "supportsDualStack"]
			}, b]],
			[e, [{
				fn: g,
				argv: [n, "supportsFIPS"]
			}, b]],
			[f, [m, "ap-south-1"]],
			[f, [m, "eu-north-1"]],
			[f, [m, "eu-west-1"]],
			[f, [m, "eu-west-2"]],
			[f, [m, "eu-west-3"]],
			[f, [m, "sa-east-1"]],
			[f, [m, h]],
			[f, [m, "us-east-2"]],
			[f, [m, "us-west-2"]],
			[f, [m, "us-west-1"]],
			[f, [m, "ca-central-1"]],
			[f, [m, "ap-southeast-1"]],
			[f, [m, "ap-northeast-1"]],
			[f, [m, "ap-southeast-2"]],
			[f, [{
				fn: g,
				argv: [n, "name"]
			}, "aws-us-gov"]]
		],
		results: [
			[a],
			["https://sts.amazonaws.com", { authSchemes: [{
				name: i,
				signingName: j,
				signingRegion: h
			}] }],
			[k, { authSchemes: [{
				name: i,
				signingName: j,
				signingRegion: "{Region}"
			}] }],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[l, o],
			["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://sts.{Region}.amazonaws.com", o],
			["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", o],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			[k, o],
			[a, "Invalid Configuration: Missing Region"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		30,
		3,
		1,
		4,
		100000014,
		2,
		5,
		100000014,
		3,
		25,
		6,
		4,
		24,
		7,
		5,
		100000001,
		8,
		6,
		9,
		100000013,
		7,
		100000001,
		10,
		10,
		100000001,
		11,
		11,
		100000001,
		12,
		12,
		100000001,
		13,
		13,
		100000001,
		14,
		14,
		100000001,
		15,
		15,
		100000001,
		16,
		16,
		100000001,
		17,
		17,
		100000001,
		18,
		18,
		100000001,
		19,
		19,
		100000001,
		20,
		20,
		100000001,
		21,
		21,
		100000001,
		22,
		22,
		100000001,
		23,
		23,
		100000001,
		100000002,
		8,
		100000011,
		100000012,
		4,
		28,
		26,
		9,
		27,
		100000010,
		24,
		100000008,
		100000009,
		8,
		29,
		100000007,
		9,
		100000006,
		100000007,
		3,
		100000003,
		31,
		4,
		100000004,
		100000005
	]);
	const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
	const cache = new EndpointCache({
		size: 50,
		params: [
			"Endpoint",
			"Region",
			"UseDualStack",
			"UseFIPS",
			"UseGlobalEndpoint"
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
	const _defaultSTSHttpAuthSchemeParametersProvider = async (config, context, input) => {
		return {
			operation: getSmithyContext(context).operation,
			region: await normalizeProvider(config.region)() || (() => {
				throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
			})()
		};
	};
	const defaultSTSHttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultSTSHttpAuthSchemeParametersProvider);
	function createAwsAuthSigv4HttpAuthOption(authParameters) {
		return {
			schemeId: "aws.auth#sigv4",
			signingProperties: {
				name: "sts",
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
				name: "sts",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	function createSmithyApiNoAuthHttpAuthOption(authParameters) {
		return { schemeId: "smithy.api#noAuth" };
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
	const _defaultSTSHttpAuthSchemeProvider = (authParameters) => {
		const options = [];
		switch (authParameters.operation) {
			case "AssumeRoleWithSAML":
				options.push(createSmithyApiNoAuthHttpAuthOption());
				options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
				break;
			case "AssumeRoleWithWebIdentity":
				options.push(createSmithyApiNoAuthHttpAuthOption());
				options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
				break;
			default:
				options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
				options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
		}
		return options;
	};
	const defaultSTSHttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver, _defaultSTSHttpAuthSchemeProvider, {
		"aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
		"aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
		"smithy.api#noAuth": createSmithyApiNoAuthHttpAuthOption
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
			useGlobalEndpoint: options.useGlobalEndpoint ?? false,
			defaultSigningName: "sts"
		});
	};
	const commonParams = {
		UseGlobalEndpoint: {
			type: "builtInParams",
			name: "useGlobalEndpoint"
		},
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
	var packageInfo = { version: "3.1172.0" };
	var STSServiceException = class STSServiceException extends ServiceException {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, STSServiceException.prototype);
		}
	};
	var ExpiredTokenException = class ExpiredTokenException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#ExpiredTokenException";
		name = "ExpiredTokenException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ExpiredTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ExpiredTokenException.prototype);
		}
	};
	var InvalidContextAssertionException = class InvalidContextAssertionException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#InvalidContextAssertionException";
		name = "InvalidContextAssertionException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidContextAssertionException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidContextAssertionException.prototype);
		}
	};
	var MalformedPolicyDocumentException = class MalformedPolicyDocumentException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#MalformedPolicyDocumentException";
		name = "MalformedPolicyDocumentException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "MalformedPolicyDocumentException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, MalformedPolicyDocumentException.prototype);
		}
	};
	var PackedPolicyTooLargeException = class PackedPolicyTooLargeException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#PackedPolicyTooLargeException";
		name = "PackedPolicyTooLargeException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "PackedPolicyTooLargeException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, PackedPolicyTooLargeException.prototype);
		}
	};
	var RegionDisabledException = class RegionDisabledException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#RegionDisabledException";
		name = "RegionDisabledException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "RegionDisabledException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, RegionDisabledException.prototype);
		}
	};
	var IDPRejectedClaimException = class IDPRejectedClaimException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#IDPRejectedClaimException";
		name = "IDPRejectedClaimException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IDPRejectedClaimException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IDPRejectedClaimException.prototype);
		}
	};
	var InvalidIdentityTokenException = class InvalidIdentityTokenException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#InvalidIdentityTokenException";
		name = "InvalidIdentityTokenException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidIdentityTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidIdentityTokenException.prototype);
		}
	};
	var IDPCommunicationErrorException = class IDPCommunicationErrorException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#IDPCommunicationErrorException";
		name = "IDPCommunicationErrorException";
		$fault = "client";
		$retryable = {};
		constructor(opts) {
			super({
				name: "IDPCommunicationErrorException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IDPCommunicationErrorException.prototype);
		}
	};
	var InvalidAuthorizationMessageException = class InvalidAuthorizationMessageException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#InvalidAuthorizationMessageException";
		name = "InvalidAuthorizationMessageException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidAuthorizationMessageException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidAuthorizationMessageException.prototype);
		}
	};
	var ExpiredTradeInTokenException = class ExpiredTradeInTokenException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#ExpiredTradeInTokenException";
		name = "ExpiredTradeInTokenException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ExpiredTradeInTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ExpiredTradeInTokenException.prototype);
		}
	};
	var InsufficientSessionLifetimeException = class InsufficientSessionLifetimeException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#InsufficientSessionLifetimeException";
		name = "InsufficientSessionLifetimeException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InsufficientSessionLifetimeException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InsufficientSessionLifetimeException.prototype);
		}
	};
	var InvalidSubjectCredentialsException = class InvalidSubjectCredentialsException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#InvalidSubjectCredentialsException";
		name = "InvalidSubjectCredentialsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidSubjectCredentialsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidSubjectCredentialsException.prototype);
		}
	};
	var JWTPayloadSizeExceededException = class JWTPayloadSizeExceededException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#JWTPayloadSizeExceededException";
		name = "JWTPayloadSizeExceededException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "JWTPayloadSizeExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, JWTPayloadSizeExceededException.prototype);
		}
	};
	var OutboundWebIdentityFederationDisabledException = class OutboundWebIdentityFederationDisabledException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";
		name = "OutboundWebIdentityFederationDisabledException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "OutboundWebIdentityFederationDisabledException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, OutboundWebIdentityFederationDisabledException.prototype);
		}
	};
	var SessionDurationEscalationException = class SessionDurationEscalationException extends STSServiceException {
		static shapeId = "com.amazonaws.sts#SessionDurationEscalationException";
		name = "SessionDurationEscalationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SessionDurationEscalationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SessionDurationEscalationException.prototype);
		}
	};
	const _A = "Arn";
	const _AKI = "AccessKeyId";
	const _AP = "AssumedPrincipal";
	const _AR = "AssumeRole";
	const _ARI = "AssumedRoleId";
	const _ARR = "AssumeRoleRequest";
	const _ARRs = "AssumeRoleResponse";
	const _ARRss = "AssumeRootRequest";
	const _ARRssu = "AssumeRootResponse";
	const _ARU = "AssumedRoleUser";
	const _ARWSAML = "AssumeRoleWithSAML";
	const _ARWSAMLR = "AssumeRoleWithSAMLRequest";
	const _ARWSAMLRs = "AssumeRoleWithSAMLResponse";
	const _ARWWI = "AssumeRoleWithWebIdentity";
	const _ARWWIR = "AssumeRoleWithWebIdentityRequest";
	const _ARWWIRs = "AssumeRoleWithWebIdentityResponse";
	const _ARs = "AssumeRoot";
	const _Ac = "Account";
	const _Au = "Audience";
	const _C = "Credentials";
	const _CA = "ContextAssertion";
	const _DAM = "DecodeAuthorizationMessage";
	const _DAMR = "DecodeAuthorizationMessageRequest";
	const _DAMRe = "DecodeAuthorizationMessageResponse";
	const _DM = "DecodedMessage";
	const _DS = "DurationSeconds";
	const _E = "Expiration";
	const _EI = "ExternalId";
	const _EM = "EncodedMessage";
	const _ETE = "ExpiredTokenException";
	const _ETITE = "ExpiredTradeInTokenException";
	const _FPA = "FederatedProviderArn";
	const _FU = "FederatedUser";
	const _FUI = "FederatedUserId";
	const _GAKI = "GetAccessKeyInfo";
	const _GAKIR = "GetAccessKeyInfoRequest";
	const _GAKIRe = "GetAccessKeyInfoResponse";
	const _GCI = "GetCallerIdentity";
	const _GCIR = "GetCallerIdentityRequest";
	const _GCIRe = "GetCallerIdentityResponse";
	const _GDAT = "GetDelegatedAccessToken";
	const _GDATR = "GetDelegatedAccessTokenRequest";
	const _GDATRe = "GetDelegatedAccessTokenResponse";
	const _GFT = "GetFederationToken";
	const _GFTR = "GetFederationTokenRequest";
	const _GFTRe = "GetFederationTokenResponse";
	const _GSC = "GetScopedCredentials";
	const _GSCR = "GetScopedCredentialsRequest";
	const _GSCRe = "GetScopedCredentialsResponse";
	const _GST = "GetSessionToken";
	const _GSTR = "GetSessionTokenRequest";
	const _GSTRe = "GetSessionTokenResponse";
	const _GWIT = "GetWebIdentityToken";
	const _GWITR = "GetWebIdentityTokenRequest";
	const _GWITRe = "GetWebIdentityTokenResponse";
	const _I = "Issuer";
	const _IAME = "InvalidAuthorizationMessageException";
	const _ICAE = "InvalidContextAssertionException";
	const _IDPCEE = "IDPCommunicationErrorException";
	const _IDPRCE = "IDPRejectedClaimException";
	const _IITE = "InvalidIdentityTokenException";
	const _IP = "IdentityProvider";
	const _ISCE = "InvalidSubjectCredentialsException";
	const _ISLE = "InsufficientSessionLifetimeException";
	const _JWTPSEE = "JWTPayloadSizeExceededException";
	const _K = "Key";
	const _MPDE = "MalformedPolicyDocumentException";
	const _MSTS = "MinimumSessionTokenSize";
	const _N = "Name";
	const _NQ = "NameQualifier";
	const _OI = "OriginIdentity";
	const _OWIFDE = "OutboundWebIdentityFederationDisabledException";
	const _P = "Policy";
	const _PA = "PolicyArns";
	const _PAr = "PrincipalArn";
	const _PAro = "ProviderArn";
	const _PC = "ProvidedContexts";
	const _PCLT = "ProvidedContextsListType";
	const _PCr = "ProvidedContext";
	const _PDT = "PolicyDescriptorType";
	const _PI = "ProviderId";
	const _PPS = "PackedPolicySize";
	const _PPTLE = "PackedPolicyTooLargeException";
	const _Pr = "Provider";
	const _RA = "RoleArn";
	const _RDE = "RegionDisabledException";
	const _RSN = "RoleSessionName";
	const _S = "Subject";
	const _SA = "SigningAlgorithm";
	const _SAK = "SecretAccessKey";
	const _SAMLA = "SAMLAssertion";
	const _SAMLAT = "SAMLAssertionType";
	const _SDEE = "SessionDurationEscalationException";
	const _SFWIT = "SubjectFromWebIdentityToken";
	const _SI = "SourceIdentity";
	const _SIe = "SessionInfo";
	const _SM = "SubjectMode";
	const _SN = "SerialNumber";
	const _SPC = "ScopedPoliciesCount";
	const _SS = "ScopedSession";
	const _SSD = "ScopedSessionDescription";
	const _SSI = "ScopedSessionId";
	const _ST = "SubjectType";
	const _STS = "SessionTokenSize";
	const _STU = "SessionTokenUtilization";
	const _STe = "SessionToken";
	const _Sc = "Scope";
	const _T = "Tags";
	const _TC = "TokenCode";
	const _TCr = "TransactionContext";
	const _TIPC = "TrustedIdentityPropagationContext";
	const _TIT = "TradeInToken";
	const _TP = "TargetPrincipal";
	const _TPA = "TaskPolicyArn";
	const _TTK = "TransitiveTagKeys";
	const _Ta = "Tag";
	const _UI = "UserId";
	const _V = "Value";
	const _WIT = "WebIdentityToken";
	const _a = "arn";
	const _aKST = "accessKeySecretType";
	const _aQE = "awsQueryError";
	const _c = "client";
	const _cTT = "clientTokenType";
	const _e = "error";
	const _hE = "httpError";
	const _m = "message";
	const _oIIT = "originIdentityIssuerType";
	const _oIST = "originIdentitySubjectType";
	const _oISTT = "originIdentitySubjectTypeType";
	const _pDLT = "policyDescriptorListType";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.sts";
	const _tCIPMT = "transactionContextIdentityProviderMapType";
	const _tCVT = "transactionContextValueType";
	const _tITT = "tradeInTokenType";
	const _tLT = "tagListType";
	const _wITT = "webIdentityTokenType";
	const n0 = "com.amazonaws.sts";
	const _s_registry = new TypeRegistry(_s);
	var STSServiceException$ = [
		-3,
		_s,
		"STSServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(STSServiceException$, STSServiceException);
	const n0_registry = new TypeRegistry(n0);
	var ExpiredTokenException$ = [
		-3,
		n0,
		_ETE,
		{
			[_aQE]: [`ExpiredTokenException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ExpiredTokenException$, ExpiredTokenException);
	var ExpiredTradeInTokenException$ = [
		-3,
		n0,
		_ETITE,
		{
			[_aQE]: [`ExpiredTradeInTokenException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ExpiredTradeInTokenException$, ExpiredTradeInTokenException);
	var IDPCommunicationErrorException$ = [
		-3,
		n0,
		_IDPCEE,
		{
			[_aQE]: [`IDPCommunicationError`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IDPCommunicationErrorException$, IDPCommunicationErrorException);
	var IDPRejectedClaimException$ = [
		-3,
		n0,
		_IDPRCE,
		{
			[_aQE]: [`IDPRejectedClaim`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IDPRejectedClaimException$, IDPRejectedClaimException);
	var InsufficientSessionLifetimeException$ = [
		-3,
		n0,
		_ISLE,
		{
			[_aQE]: [`InsufficientSessionLifetime`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InsufficientSessionLifetimeException$, InsufficientSessionLifetimeException);
	var InvalidAuthorizationMessageException$ = [
		-3,
		n0,
		_IAME,
		{
			[_aQE]: [`InvalidAuthorizationMessageException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidAuthorizationMessageException$, InvalidAuthorizationMessageException);
	var InvalidContextAssertionException$ = [
		-3,
		n0,
		_ICAE,
		{
			[_aQE]: [`InvalidContextAssertion`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidContextAssertionException$, InvalidContextAssertionException);
	var InvalidIdentityTokenException$ = [
		-3,
		n0,
		_IITE,
		{
			[_aQE]: [`InvalidIdentityToken`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidIdentityTokenException$, InvalidIdentityTokenException);
	var InvalidSubjectCredentialsException$ = [
		-3,
		n0,
		_ISCE,
		{
			[_aQE]: [`InvalidSubjectCredentials`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidSubjectCredentialsException$, InvalidSubjectCredentialsException);
	var JWTPayloadSizeExceededException$ = [
		-3,
		n0,
		_JWTPSEE,
		{
			[_aQE]: [`JWTPayloadSizeExceededException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(JWTPayloadSizeExceededException$, JWTPayloadSizeExceededException);
	var MalformedPolicyDocumentException$ = [
		-3,
		n0,
		_MPDE,
		{
			[_aQE]: [`MalformedPolicyDocument`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
	var OutboundWebIdentityFederationDisabledException$ = [
		-3,
		n0,
		_OWIFDE,
		{
			[_aQE]: [`OutboundWebIdentityFederationDisabledException`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(OutboundWebIdentityFederationDisabledException$, OutboundWebIdentityFederationDisabledException);
	var PackedPolicyTooLargeException$ = [
		-3,
		n0,
		_PPTLE,
		{
			[_aQE]: [`PackedPolicyTooLarge`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(PackedPolicyTooLargeException$, PackedPolicyTooLargeException);
	var RegionDisabledException$ = [
		-3,
		n0,
		_RDE,
		{
			[_aQE]: [`RegionDisabledException`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(RegionDisabledException$, RegionDisabledException);
	var SessionDurationEscalationException$ = [
		-3,
		n0,
		_SDEE,
		{
			[_aQE]: [`SessionDurationEscalationException`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SessionDurationEscalationException$, SessionDurationEscalationException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var accessKeySecretType = [
		0,
		n0,
		_aKST,
		8,
		0
	];
	var clientTokenType = [
		0,
		n0,
		_cTT,
		8,
		0
	];
	var originIdentityIssuerType = [
		0,
		n0,
		_oIIT,
		8,
		0
	];
	var originIdentitySubjectType = [
		0,
		n0,
		_oIST,
		8,
		0
	];
	var originIdentitySubjectTypeType = [
		0,
		n0,
		_oISTT,
		8,
		0
	];
	var SAMLAssertionType = [
		0,
		n0,
		_SAMLAT,
		8,
		0
	];
	var tradeInTokenType = [
		0,
		n0,
		_tITT,
		8,
		0
	];
	var transactionContextValueType = [
		0,
		n0,
		_tCVT,
		8,
		0
	];
	var webIdentityTokenType = [
		0,
		n0,
		_wITT,
		8,
		0
	];
	var AssumedRoleUser$ = [
		3,
		n0,
		_ARU,
		0,
		[_ARI, _A],
		[0, 0],
		2
	];
	var AssumeRoleRequest$ = [
		3,
		n0,
		_ARR,
		0,
		[
			_RA,
			_RSN,
			_PA,
			_P,
			_DS,
			_T,
			_TTK,
			_EI,
			_SN,
			_TC,
			_SI,
			_PC,
			_MSTS
		],
		[
			0,
			0,
			() => policyDescriptorListType,
			0,
			1,
			() => tagListType,
			64,
			0,
			0,
			0,
			0,
			() => ProvidedContextsListType,
			1
		],
		2
	];
	var AssumeRoleResponse$ = [
		3,
		n0,
		_ARRs,
		0,
		[
			_C,
			_ARU,
			_PPS,
			_SI,
			_STU,
			_STS
		],
		[
			[() => Credentials$, 0],
			() => AssumedRoleUser$,
			1,
			0,
			1,
			1
		]
	];
	var AssumeRoleWithSAMLRequest$ = [
		3,
		n0,
		_ARWSAMLR,
		0,
		[
			_RA,
			_PAr,
			_SAMLA,
			_PA,
			_P,
			_DS,
			_MSTS
		],
		[
			0,
			0,
			[() => SAMLAssertionType, 0],
			() => policyDescriptorListType,
			0,
			1,
			1
		],
		3
	];
	var AssumeRoleWithSAMLResponse$ = [
		3,
		n0,
		_ARWSAMLRs,
		0,
		[
			_C,
			_ARU,
			_PPS,
			_S,
			_ST,
			_I,
			_Au,
			_NQ,
			_SI,
			_STU,
			_STS,
			_TIPC
		],
		[
			[() => Credentials$, 0],
			() => AssumedRoleUser$,
			1,
			0,
			0,
			0,
			0,
			0,
			0,
			1,
			1,
			[() => TrustedIdentityPropagationContext$, 0]
		]
	];
	var AssumeRoleWithWebIdentityRequest$ = [
		3,
		n0,
		_ARWWIR,
		0,
		[
			_RA,
			_RSN,
			_WIT,
			_PI,
			_PA,
			_P,
			_DS,
			_MSTS
		],
		[
			0,
			0,
			[() => clientTokenType, 0],
			0,
			() => policyDescriptorListType,
			0,
			1,
			1
		],
		3
	];
	var AssumeRoleWithWebIdentityResponse$ = [
		3,
		n0,
		_ARWWIRs,
		0,
		[
			_C,
			_SFWIT,
			_ARU,
			_PPS,
			_Pr,
			_Au,
			_SI,
			_STU,
			_STS,
			_TIPC
		],
		[
			[() => Credentials$, 0],
			0,
			() => AssumedRoleUser$,
			1,
			0,
			0,
			0,
			1,
			1,
			[() => TrustedIdentityPropagationContext$, 0]
		]
	];
	var AssumeRootRequest$ = [
		3,
		n0,
		_ARRss,
		0,
		[
			_TP,
			_TPA,
			_DS,
			_MSTS
		],
		[
			0,
			() => PolicyDescriptorType$,
			1,
			1
		],
		2
	];
	var AssumeRootResponse$ = [
		3,
		n0,
		_ARRssu,
		0,
		[
			_C,
			_SI,
			_STU,
			_STS
		],
		[
			[() => Credentials$, 0],
			0,
			1,
			1
		]
	];
	var Credentials$ = [
		3,
		n0,
		_C,
		0,
		[
			_AKI,
			_SAK,
			_STe,
			_E
		],
		[
			0,
			[() => accessKeySecretType, 0],
			0,
			4
		],
		4
	];
	var DecodeAuthorizationMessageRequest$ = [
		3,
		n0,
		_DAMR,
		0,
		[_EM],
		[0],
		1
	];
	var DecodeAuthorizationMessageResponse$ = [
		3,
		n0,
		_DAMRe,
		0,
		[_DM],
		[0]
	];
	var FederatedUser$ = [
		3,
		n0,
		_FU,
		0,
		[_FUI, _A],
		[0, 0],
		2
	];
	var GetAccessKeyInfoRequest$ = [
		3,
		n0,
		_GAKIR,
		0,
		[_AKI],
		[0],
		1
	];
	var GetAccessKeyInfoResponse$ = [
		3,
		n0,
		_GAKIRe,
		0,
		[_Ac],
		[0]
	];
	var GetCallerIdentityRequest$ = [
		3,
		n0,
		_GCIR,
		0,
		[],
		[]
	];
	var GetCallerIdentityResponse$ = [
		3,
		n0,
		_GCIRe,
		0,
		[
			_UI,
			_Ac,
			_A
		],
		[
			0,
			0,
			0
		]
	];
	var GetDelegatedAccessTokenRequest$ = [
		3,
		n0,
		_GDATR,
		0,
		[_TIT],
		[[() => tradeInTokenType, 0]],
		1
	];
	var GetDelegatedAccessTokenResponse$ = [
		3,
		n0,
		_GDATRe,
		0,
		[
			_C,
			_PPS,
			_AP
		],
		[
			[() => Credentials$, 0],
			1,
			0
		]
	];
	var GetFederationTokenRequest$ = [
		3,
		n0,
		_GFTR,
		0,
		[
			_N,
			_P,
			_PA,
			_DS,
			_T,
			_MSTS
		],
		[
			0,
			0,
			() => policyDescriptorListType,
			1,
			() => tagListType,
			1
		],
		1
	];
	var GetFederationTokenResponse$ = [
		3,
		n0,
		_GFTRe,
		0,
		[
			_C,
			_FU,
			_PPS,
			_STU,
			_STS
		],
		[
			[() => Credentials$, 0],
			() => FederatedUser$,
			1,
			1,
			1
		]
	];
	var GetScopedCredentialsRequest$ = [
		3,
		n0,
		_GSCR,
		0,
		[
			_P,
			_DS,
			_MSTS,
			_SSD
		],
		[
			0,
			1,
			1,
			0
		]
	];
	var GetScopedCredentialsResponse$ = [
		3,
		n0,
		_GSCRe,
		0,
		[
			_C,
			_SIe,
			_STU,
			_STS,
			_SPC,
			_SI
		],
		[
			[() => Credentials$, 0],
			() => ScopedSession$,
			1,
			1,
			1,
			0
		]
	];
	var GetSessionTokenRequest$ = [
		3,
		n0,
		_GSTR,
		0,
		[
			_DS,
			_SN,
			_TC,
			_MSTS
		],
		[
			1,
			0,
			0,
			1
		]
	];
	var GetSessionTokenResponse$ = [
		3,
		n0,
		_GSTRe,
		0,
		[
			_C,
			_STU,
			_STS
		],
		[
			[() => Credentials$, 0],
			1,
			1
		]
	];
	var GetWebIdentityTokenRequest$ = [
		3,
		n0,
		_GWITR,
		0,
		[
			_Au,
			_SA,
			_DS,
			_Sc,
			_SM,
			_T
		],
		[
			64,
			0,
			1,
			0,
			0,
			() => tagListType
		],
		2
	];
	var GetWebIdentityTokenResponse$ = [
		3,
		n0,
		_GWITRe,
		0,
		[_WIT, _E],
		[[() => webIdentityTokenType, 0], 4]
	];
	var OriginIdentity$ = [
		3,
		n0,
		_OI,
		0,
		[
			_S,
			_ST,
			_I,
			_FPA
		],
		[
			[() => originIdentitySubjectType, 0],
			[() => originIdentitySubjectTypeType, 0],
			[() => originIdentityIssuerType, 0],
			0
		]
	];
	var PolicyDescriptorType$ = [
		3,
		n0,
		_PDT,
		0,
		[_a],
		[0]
	];
	var ProvidedContext$ = [
		3,
		n0,
		_PCr,
		0,
		[_PAro, _CA],
		[0, 0]
	];
	var ScopedSession$ = [
		3,
		n0,
		_SS,
		0,
		[_SSI, _A],
		[0, 0],
		2
	];
	var Tag$ = [
		3,
		n0,
		_Ta,
		0,
		[_K, _V],
		[0, 0],
		2
	];
	var TransactionContext$ = [
		3,
		n0,
		_TCr,
		0,
		[_IP],
		[[() => transactionContextIdentityProviderMapType, 0]]
	];
	var TrustedIdentityPropagationContext$ = [
		3,
		n0,
		_TIPC,
		8,
		[_OI, _TCr],
		[[() => OriginIdentity$, 0], [() => TransactionContext$, 0]]
	];
	var policyDescriptorListType = [
		1,
		n0,
		_pDLT,
		0,
		() => PolicyDescriptorType$
	];
	var ProvidedContextsListType = [
		1,
		n0,
		_PCLT,
		0,
		() => ProvidedContext$
	];
	var tagListType = [
		1,
		n0,
		_tLT,
		0,
		() => Tag$
	];
	var transactionContextIdentityProviderMapType = [
		2,
		n0,
		_tCIPMT,
		0,
		[0, 0],
		[() => transactionContextValueType, 0]
	];
	var AssumeRole$ = [
		9,
		n0,
		_AR,
		0,
		() => AssumeRoleRequest$,
		() => AssumeRoleResponse$
	];
	var AssumeRoleWithSAML$ = [
		9,
		n0,
		_ARWSAML,
		0,
		() => AssumeRoleWithSAMLRequest$,
		() => AssumeRoleWithSAMLResponse$
	];
	var AssumeRoleWithWebIdentity$ = [
		9,
		n0,
		_ARWWI,
		0,
		() => AssumeRoleWithWebIdentityRequest$,
		() => AssumeRoleWithWebIdentityResponse$
	];
	var AssumeRoot$ = [
		9,
		n0,
		_ARs,
		0,
		() => AssumeRootRequest$,
		() => AssumeRootResponse$
	];
	var DecodeAuthorizationMessage$ = [
		9,
		n0,
		_DAM,
		0,
		() => DecodeAuthorizationMessageRequest$,
		() => DecodeAuthorizationMessageResponse$
	];
	var GetAccessKeyInfo$ = [
		9,
		n0,
		_GAKI,
		0,
		() => GetAccessKeyInfoRequest$,
		() => GetAccessKeyInfoResponse$
	];
	var GetCallerIdentity$ = [
		9,
		n0,
		_GCI,
		0,
		() => GetCallerIdentityRequest$,
		() => GetCallerIdentityResponse$
	];
	var GetDelegatedAccessToken$ = [
		9,
		n0,
		_GDAT,
		0,
		() => GetDelegatedAccessTokenRequest$,
		() => GetDelegatedAccessTokenResponse$
	];
	var GetFederationToken$ = [
		9,
		n0,
		_GFT,
		0,
		() => GetFederationTokenRequest$,
		() => GetFederationTokenResponse$
	];
	var GetScopedCredentials$ = [
		9,
		n0,
		_GSC,
		0,
		() => GetScopedCredentialsRequest$,
		() => GetScopedCredentialsResponse$
	];
	var GetSessionToken$ = [
		9,
		n0,
		_GST,
		0,
		() => GetSessionTokenRequest$,
		() => GetSessionTokenResponse$
	];
	var GetWebIdentityToken$ = [
		9,
		n0,
		_GWIT,
		0,
		() => GetWebIdentityTokenRequest$,
		() => GetWebIdentityTokenResponse$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2011-06-15",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSTSHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [
				{
					schemeId: "aws.auth#sigv4",
					identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
					signer: new AwsSdkSigV4Signer()
				},
				{
					schemeId: "aws.auth#sigv4a",
					identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
					signer: new AwsSdkSigV4ASigner()
				},
				{
					schemeId: "smithy.api#noAuth",
					identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
					signer: new NoAuthSigner()
				}
			],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsQueryProtocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.sts",
				errorTypeRegistries,
				xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
				version: "2011-06-15",
				serviceTarget: "AWSSecurityTokenServiceV20110615"
			},
			serviceId: config?.serviceId ?? "STS",
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
			httpAuthSchemes: config?.httpAuthSchemes ?? [
				{
					schemeId: "aws.auth#sigv4",
					identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4") || (async (idProps) => await defaultProvider(idProps?.__config || {})()),
					signer: new AwsSdkSigV4Signer()
				},
				{
					schemeId: "aws.auth#sigv4a",
					identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
					signer: new AwsSdkSigV4ASigner()
				},
				{
					schemeId: "smithy.api#noAuth",
					identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
					signer: new NoAuthSigner()
				}
			],
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
	var STSClient = class extends Client {
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
				httpAuthSchemeParametersProvider: defaultSTSHttpAuthSchemeParametersProvider,
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
	const command = makeBuilder(commonParams, "AWSSecurityTokenServiceV20110615", "STSClient", getEndpointPlugin);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	var AssumeRoleCommand = class extends command(_ep0, _mw0, "AssumeRole", AssumeRole$) {};
	var AssumeRoleWithSAMLCommand = class extends command(_ep0, _mw0, "AssumeRoleWithSAML", AssumeRoleWithSAML$) {};
	var AssumeRoleWithWebIdentityCommand = class extends command(_ep0, _mw0, "AssumeRoleWithWebIdentity", AssumeRoleWithWebIdentity$) {};
	var AssumeRootCommand = class extends command(_ep0, _mw0, "AssumeRoot", AssumeRoot$) {};
	var DecodeAuthorizationMessageCommand = class extends command(_ep0, _mw0, "DecodeAuthorizationMessage", DecodeAuthorizationMessage$) {};
	var GetAccessKeyInfoCommand = class extends command(_ep0, _mw0, "GetAccessKeyInfo", GetAccessKeyInfo$) {};
	var GetCallerIdentityCommand = class extends command(_ep0, _mw0, "GetCallerIdentity", GetCallerIdentity$) {};
	var GetDelegatedAccessTokenCommand = class extends command(_ep0, _mw0, "GetDelegatedAccessToken", GetDelegatedAccessToken$) {};
	var GetFederationTokenCommand = class extends command(_ep0, _mw0, "GetFederationToken", GetFederationToken$) {};
	var GetScopedCredentialsCommand = class extends command(_ep0, _mw0, "GetScopedCredentials", GetScopedCredentials$) {};
	var GetSessionTokenCommand = class extends command(_ep0, _mw0, "GetSessionToken", GetSessionToken$) {};
	var GetWebIdentityTokenCommand = class extends command(_ep0, _mw0, "GetWebIdentityToken", GetWebIdentityToken$) {};
	const commands = {
		AssumeRoleCommand,
		AssumeRoleWithSAMLCommand,
		AssumeRoleWithWebIdentityCommand,
		AssumeRootCommand,
		DecodeAuthorizationMessageCommand,
		GetAccessKeyInfoCommand,
		GetCallerIdentityCommand,
		GetDelegatedAccessTokenCommand,
		GetFederationTokenCommand,
		GetScopedCredentialsCommand,
		GetSessionTokenCommand,
		GetWebIdentityTokenCommand
	};
	var STS = class extends STSClient {};
	createAggregatedClient(commands, STS);
	const WebIdentityTokenSubjectModeType = {
		AWS_IDENTITY: "AWSIdentity",
		ORIGIN_IDENTITY: "OriginIdentity"
	};
	const getAccountIdFromAssumedRoleUser = (assumedRoleUser) => {
		if (typeof assumedRoleUser?.Arn === "string") {
			const arnComponents = assumedRoleUser.Arn.split(":");
			if (arnComponents.length > 4 && arnComponents[4] !== "") return arnComponents[4];
		}
	};
	const resolveRegion = async (_region, _parentRegion, credentialProviderLogger, loaderConfig = {}) => {
		const region = typeof _region === "function" ? await _region() : _region;
		const parentRegion = typeof _parentRegion === "function" ? await _parentRegion() : _parentRegion;
		let stsDefaultRegion = "";
		const resolvedRegion = region ?? parentRegion ?? (stsDefaultRegion = await stsRegionDefaultResolver(loaderConfig)());
		credentialProviderLogger?.debug?.("@aws-sdk/client-sts::resolveRegion", "accepting first of:", `${region} (credential provider clientConfig)`, `${parentRegion} (contextual client)`, `${stsDefaultRegion} (STS default: AWS_REGION, profile region, or us-east-1)`);
		return resolvedRegion;
	};
	const getDefaultRoleAssumer$1 = (stsOptions, STSClient) => {
		let stsClient;
		let closureSourceCreds;
		return async (sourceCreds, params) => {
			closureSourceCreds = sourceCreds;
			if (!stsClient) {
				const { logger = stsOptions?.parentClientConfig?.logger, profile = stsOptions?.parentClientConfig?.profile, region, requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger, userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId } = stsOptions;
				const resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
					logger,
					profile
				});
				const isCompatibleRequestHandler = !isH2(requestHandler);
				stsClient = new STSClient({
					...stsOptions,
					userAgentAppId,
					profile,
					credentialDefaultProvider: () => async () => closureSourceCreds,
					region: resolvedRegion,
					requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
					logger
				});
			}
			const { Credentials, AssumedRoleUser } = await stsClient.send(new AssumeRoleCommand(params));
			if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) throw new Error(`Invalid response from STS.assumeRole call with role ${params.RoleArn}`);
			const accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser);
			const credentials = {
				accessKeyId: Credentials.AccessKeyId,
				secretAccessKey: Credentials.SecretAccessKey,
				sessionToken: Credentials.SessionToken,
				expiration: Credentials.Expiration,
				...Credentials.CredentialScope && { credentialScope: Credentials.CredentialScope },
				...accountId && { accountId }
			};
			setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE", "i");
			return credentials;
		};
	};
	const getDefaultRoleAssumerWithWebIdentity$1 = (stsOptions, STSClient) => {
		let stsClient;
		return async (params) => {
			if (!stsClient) {
				const { logger = stsOptions?.parentClientConfig?.logger, profile = stsOptions?.parentClientConfig?.profile, region, requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger, userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId } = stsOptions;
				const resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
					logger,
					profile
				});
				const isCompatibleRequestHandler = !isH2(requestHandler);
				stsClient = new STSClient({
					...stsOptions,
					userAgentAppId,
					profile,
					region: resolvedRegion,
					requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
					logger
				});
			}
			const { Credentials, AssumedRoleUser } = await stsClient.send(new AssumeRoleWithWebIdentityCommand(params));
			if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) throw new Error(`Invalid response from STS.assumeRoleWithWebIdentity call with role ${params.RoleArn}`);
			const accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser);
			const credentials = {
				accessKeyId: Credentials.AccessKeyId,
				secretAccessKey: Credentials.SecretAccessKey,
				sessionToken: Credentials.SessionToken,
				expiration: Credentials.Expiration,
				...Credentials.CredentialScope && { credentialScope: Credentials.CredentialScope },
				...accountId && { accountId }
			};
			if (accountId) setCredentialFeature(credentials, "RESOLVED_ACCOUNT_ID", "T");
			setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE_WEB_ID", "k");
			return credentials;
		};
	};
	const isH2 = (requestHandler) => {
		return requestHandler?.metadata?.handlerProtocol === "h2";
	};
	const getCustomizableStsClientCtor = (baseCtor, customizations) => {
		if (!customizations) return baseCtor;
		else return class CustomizableSTSClient extends baseCtor {
			constructor(config) {
				super(config);
				for (const customization of customizations) this.middlewareStack.use(customization);
			}
		};
	};
	const getDefaultRoleAssumer = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumer$1(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins));
	const getDefaultRoleAssumerWithWebIdentity = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumerWithWebIdentity$1(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins));
	const decorateDefaultCredentialProvider = (provider) => (input) => provider({
		roleAssumer: getDefaultRoleAssumer(input),
		roleAssumerWithWebIdentity: getDefaultRoleAssumerWithWebIdentity(input),
		...input
	});
	exports.AssumeRole$ = AssumeRole$;
	exports.AssumeRoleCommand = AssumeRoleCommand;
	exports.AssumeRoleRequest$ = AssumeRoleRequest$;
	exports.AssumeRoleResponse$ = AssumeRoleResponse$;
	exports.AssumeRoleWithSAML$ = AssumeRoleWithSAML$;
	exports.AssumeRoleWithSAMLCommand = AssumeRoleWithSAMLCommand;
	exports.AssumeRoleWithSAMLRequest$ = AssumeRoleWithSAMLRequest$;
	exports.AssumeRoleWithSAMLResponse$ = AssumeRoleWithSAMLResponse$;
	exports.AssumeRoleWithWebIdentity$ = AssumeRoleWithWebIdentity$;
	exports.AssumeRoleWithWebIdentityCommand = AssumeRoleWithWebIdentityCommand;
	exports.AssumeRoleWithWebIdentityRequest$ = AssumeRoleWithWebIdentityRequest$;
	exports.AssumeRoleWithWebIdentityResponse$ = AssumeRoleWithWebIdentityResponse$;
	exports.AssumeRoot$ = AssumeRoot$;
	exports.AssumeRootCommand = AssumeRootCommand;
	exports.AssumeRootRequest$ = AssumeRootRequest$;
	exports.AssumeRootResponse$ = AssumeRootResponse$;
	exports.AssumedRoleUser$ = AssumedRoleUser$;
	exports.Credentials$ = Credentials$;
	exports.DecodeAuthorizationMessage$ = DecodeAuthorizationMessage$;
	exports.DecodeAuthorizationMessageCommand = DecodeAuthorizationMessageCommand;
	exports.DecodeAuthorizationMessageRequest$ = DecodeAuthorizationMessageRequest$;
	exports.DecodeAuthorizationMessageResponse$ = DecodeAuthorizationMessageResponse$;
	exports.ExpiredTokenException = ExpiredTokenException;
	exports.ExpiredTokenException$ = ExpiredTokenException$;
	exports.ExpiredTradeInTokenException = ExpiredTradeInTokenException;
	exports.ExpiredTradeInTokenException$ = ExpiredTradeInTokenException$;
	exports.FederatedUser$ = FederatedUser$;
	exports.GetAccessKeyInfo$ = GetAccessKeyInfo$;
	exports.GetAccessKeyInfoCommand = GetAccessKeyInfoCommand;
	exports.GetAccessKeyInfoRequest$ = GetAccessKeyInfoRequest$;
	exports.GetAccessKeyInfoResponse$ = GetAccessKeyInfoResponse$;
	exports.GetCallerIdentity$ = GetCallerIdentity$;
	exports.GetCallerIdentityCommand = GetCallerIdentityCommand;
	exports.GetCallerIdentityRequest$ = GetCallerIdentityRequest$;
	exports.GetCallerIdentityResponse$ = GetCallerIdentityResponse$;
	exports.GetDelegatedAccessToken$ = GetDelegatedAccessToken$;
	exports.GetDelegatedAccessTokenCommand = GetDelegatedAccessTokenCommand;
	exports.GetDelegatedAccessTokenRequest$ = GetDelegatedAccessTokenRequest$;
	exports.GetDelegatedAccessTokenResponse$ = GetDelegatedAccessTokenResponse$;
	exports.GetFederationToken$ = GetFederationToken$;
	exports.GetFederationTokenCommand = GetFederationTokenCommand;
	exports.GetFederationTokenRequest$ = GetFederationTokenRequest$;
	exports.GetFederationTokenResponse$ = GetFederationTokenResponse$;
	exports.GetScopedCredentials$ = GetScopedCredentials$;
	exports.GetScopedCredentialsCommand = GetScopedCredentialsCommand;
	exports.GetScopedCredentialsRequest$ = GetScopedCredentialsRequest$;
	exports.GetScopedCredentialsResponse$ = GetScopedCredentialsResponse$;
	exports.GetSessionToken$ = GetSessionToken$;
	exports.GetSessionTokenCommand = GetSessionTokenCommand;
	exports.GetSessionTokenRequest$ = GetSessionTokenRequest$;
	exports.GetSessionTokenResponse$ = GetSessionTokenResponse$;
	exports.GetWebIdentityToken$ = GetWebIdentityToken$;
	exports.GetWebIdentityTokenCommand = GetWebIdentityTokenCommand;
	exports.GetWebIdentityTokenRequest$ = GetWebIdentityTokenRequest$;
	exports.GetWebIdentityTokenResponse$ = GetWebIdentityTokenResponse$;
	exports.IDPCommunicationErrorException = IDPCommunicationErrorException;
	exports.IDPCommunicationErrorException$ = IDPCommunicationErrorException$;
	exports.IDPRejectedClaimException = IDPRejectedClaimException;
	exports.IDPRejectedClaimException$ = IDPRejectedClaimException$;
	exports.InsufficientSessionLifetimeException = InsufficientSessionLifetimeException;
	exports.InsufficientSessionLifetimeException$ = InsufficientSessionLifetimeException$;
	exports.InvalidAuthorizationMessageException = InvalidAuthorizationMessageException;
	exports.InvalidAuthorizationMessageException$ = InvalidAuthorizationMessageException$;
	exports.InvalidContextAssertionException = InvalidContextAssertionException;
	exports.InvalidContextAssertionException$ = InvalidContextAssertionException$;
	exports.InvalidIdentityTokenException = InvalidIdentityTokenException;
	exports.InvalidIdentityTokenException$ = InvalidIdentityTokenException$;
	exports.InvalidSubjectCredentialsException = InvalidSubjectCredentialsException;
	exports.InvalidSubjectCredentialsException$ = InvalidSubjectCredentialsException$;
	exports.JWTPayloadSizeExceededException = JWTPayloadSizeExceededException;
	exports.JWTPayloadSizeExceededException$ = JWTPayloadSizeExceededException$;
	exports.MalformedPolicyDocumentException = MalformedPolicyDocumentException;
	exports.MalformedPolicyDocumentException$ = MalformedPolicyDocumentException$;
	exports.OriginIdentity$ = OriginIdentity$;
	exports.OutboundWebIdentityFederationDisabledException = OutboundWebIdentityFederationDisabledException;
	exports.OutboundWebIdentityFederationDisabledException$ = OutboundWebIdentityFederationDisabledException$;
	exports.PackedPolicyTooLargeException = PackedPolicyTooLargeException;
	exports.PackedPolicyTooLargeException$ = PackedPolicyTooLargeException$;
	exports.PolicyDescriptorType$ = PolicyDescriptorType$;
	exports.ProvidedContext$ = ProvidedContext$;
	exports.RegionDisabledException = RegionDisabledException;
	exports.RegionDisabledException$ = RegionDisabledException$;
	exports.STS = STS;
	exports.STSClient = STSClient;
	exports.STSServiceException = STSServiceException;
	exports.STSServiceException$ = STSServiceException$;
	exports.ScopedSession$ = ScopedSession$;
	exports.SessionDurationEscalationException = SessionDurationEscalationException;
	exports.SessionDurationEscalationException$ = SessionDurationEscalationException$;
	exports.Tag$ = Tag$;
	exports.TransactionContext$ = TransactionContext$;
	exports.TrustedIdentityPropagationContext$ = TrustedIdentityPropagationContext$;
	exports.WebIdentityTokenSubjectModeType = WebIdentityTokenSubjectModeType;
	exports.decorateDefaultCredentialProvider = decorateDefaultCredentialProvider;
	exports.errorTypeRegistries = errorTypeRegistries;
	exports.getDefaultRoleAssumer = getDefaultRoleAssumer;
	exports.getDefaultRoleAssumerWithWebIdentity = getDefaultRoleAssumerWithWebIdentity;
}));
export { require_dist_cjs as t };
