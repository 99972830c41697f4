import { a as __toCommonJS, n as __esmMin, o as __toESM, r as __exportAll, t as __commonJSMin } from "./rolldown-runtime.js";
import { C as partition, O as init_protocols, T as init_dist_es, _ as init_client, a as validate, c as protocols_exports$1, d as require_dist_cjs$3, g as client_exports, i as parse, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$2, p as httpAuthSchemes_exports, s as init_protocols$1, t as init_util, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { a as validateAccountId, n as s3_exports, o as validateOutpostService, r as getArnResources, s as validatePartition, t as init_s3 } from "./s3.js";
import { $ as client_exports$1, H as config_exports, Ln as HttpRequest, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { d as unlessMissing, f as unlessUnimplemented, m as clientOf, r as collect } from "./kit.js";
import { a as sortBy, d as on, g as recordKind, m as restoreRecords, t as canonicalDocument } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/configurations.js
function resolveS3ControlConfig(input) {
	const { useArnRegion } = input;
	return Object.assign(input, { useArnRegion: typeof useArnRegion === "function" ? useArnRegion : () => Promise.resolve(useArnRegion) });
}
var init_configurations = __esmMin((() => {}));
// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/constants.js
var CONTEXT_OUTPOST_ID, CONTEXT_ACCOUNT_ID, CONTEXT_ARN_REGION, CONTEXT_SIGNING_SERVICE, CONTEXT_SIGNING_REGION;
var init_constants = __esmMin((() => {
	CONTEXT_OUTPOST_ID = "outpost_id";
	CONTEXT_ACCOUNT_ID = "account_id";
	CONTEXT_ARN_REGION = "outpost_arn_region";
	CONTEXT_SIGNING_SERVICE = "signing_service";
	CONTEXT_SIGNING_REGION = "signing_region";
}));
// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-process-arnables/parse-outpost-arnables.js
var parseOutpostArnablesMiddleaware, parseOutpostArnablesMiddleawareOptions, validateOutpostsArn, parseOutpostsAccessPointArnResource, parseOutpostBucketArnResource;
var init_parse_outpost_arnables = __esmMin((() => {
	init_client();
	init_util();
	init_s3();
	init_constants();
	parseOutpostArnablesMiddleaware = (options) => (next, context) => async (args) => {
		const { input } = args;
		const parameter = input.Name && validate(input.Name) ? "Name" : input.Bucket && validate(input.Bucket) ? "Bucket" : void 0;
		if (!parameter) return next(args);
		const clientRegion = await options.region();
		const useArnRegion = await options.useArnRegion();
		const useFipsEndpoint = await options.useFipsEndpoint();
		const useDualstackEndpoint = await options.useDualstackEndpoint();
		const baseRegion = clientRegion;
		let clientPartition;
		let signingRegion;
		if (options.regionInfoProvider) ({partition: clientPartition, signingRegion = baseRegion} = await options.regionInfoProvider(baseRegion, {
			useFipsEndpoint,
			useDualstackEndpoint
		}));
		else {
			signingRegion = context.endpointV2?.properties?.authSchemes?.[0]?.signingRegion || baseRegion;
			clientPartition = partition(signingRegion).name;
		}
		const validatorOptions = {
			useFipsEndpoint,
			useDualstackEndpoint,
			clientRegion,
			clientPartition,
			signingRegion,
			useArnRegion
		};
		let arn;
		if (parameter === "Name") {
			arn = parse(input.Name);
			validateOutpostsArn(arn, validatorOptions);
			const { outpostId, accesspointName } = parseOutpostsAccessPointArnResource(arn.resource);
			input.Name = accesspointName;
			context[CONTEXT_OUTPOST_ID] = outpostId;
		} else {
			arn = parse(input.Bucket);
			validateOutpostsArn(arn, validatorOptions);
			const { outpostId, bucketName } = parseOutpostBucketArnResource(arn.resource);
			input.Bucket = bucketName;
			context[CONTEXT_OUTPOST_ID] = outpostId;
		}
		context[CONTEXT_SIGNING_SERVICE] = arn.service;
		context[CONTEXT_SIGNING_REGION] = useArnRegion ? arn.region : signingRegion;
		if (!input.AccountId) input.AccountId = arn.accountId;
		if (useArnRegion) context[CONTEXT_ARN_REGION] = arn.region;
		return next(args);
	};
	parseOutpostArnablesMiddleawareOptions = {
		toMiddleware: "serializerMiddleware",
		relation: "before",
		tags: [
			"CONVERT_ARN",
			"OUTPOST_BUCKET_ARN",
			"OUTPOST_ACCESS_POINT_ARN",
			"OUTPOST"
		],
		name: "parseOutpostArnablesMiddleaware"
	};
	validateOutpostsArn = (arn, { clientPartition }) => {
		const { service, partition, accountId, region } = arn;
		validateOutpostService(service);
		validatePartition(partition, { clientPartition });
		validateAccountId(accountId);
	};
	parseOutpostsAccessPointArnResource = (resource) => {
		const { outpostId, accesspointName } = getArnResources(resource);
		if (!outpostId) throw new Error("ARN resource should begin with 'outpost'");
		return {
			outpostId,
			accesspointName
		};
	};
	parseOutpostBucketArnResource = (resource) => {
		const delimiter = resource.includes(":") ? ":" : "/";
		const [resourceType, ...rest] = resource.split(delimiter);
		if (resourceType === "outpost") {
			if (!rest[0] || rest[1] !== "bucket" || !rest[2] || rest.length !== 3) throw new Error(`Outpost Bucket ARN should have resource outpost${delimiter}{outpostId}${delimiter}bucket${delimiter}{bucketName}`);
			const [outpostId, _, bucketName] = rest;
			return {
				outpostId,
				bucketName
			};
		} else throw new Error(`ARN resource should begin with 'outpost${delimiter}'`);
	};
}));
// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-process-arnables/getOutpostEndpoint.js
var REGEX_S3CONTROL_HOSTNAME, getOutpostEndpoint;
var init_getOutpostEndpoint = __esmMin((() => {
	REGEX_S3CONTROL_HOSTNAME = /^(.+\.)?s3-control(-fips)?[.-]([a-z0-9-]+)\./;
	getOutpostEndpoint = (hostname, { isCustomEndpoint, regionOverride, useFipsEndpoint }) => {
		if (isCustomEndpoint) return hostname;
		if (!hostname.match(REGEX_S3CONTROL_HOSTNAME)) return hostname;
		const [matched, prefix, fips, region] = hostname.match(REGEX_S3CONTROL_HOSTNAME);
		return [
			`s3-outposts${useFipsEndpoint ? "-fips" : ""}`,
			regionOverride || region,
			hostname.replace(new RegExp(`^${matched}`), "")
		].filter((part) => part !== void 0).join(".");
	};
}));
// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-process-arnables/update-arnables-request.js
var ACCOUNT_ID_HEADER, OUTPOST_ID_HEADER, updateArnablesRequestMiddleware, updateArnablesRequestMiddlewareOptions;
var init_update_arnables_request = __esmMin((() => {
	init_protocols();
	init_constants();
	init_getOutpostEndpoint();
	ACCOUNT_ID_HEADER = "x-amz-account-id";
	OUTPOST_ID_HEADER = "x-amz-outpost-id";
	updateArnablesRequestMiddleware = (config) => (next, context) => async (args) => {
		const { request } = args;
		if (!HttpRequest.isInstance(request)) return next(args);
		if (context["account_id"]) request.headers[ACCOUNT_ID_HEADER] = context[CONTEXT_ACCOUNT_ID];
		if (context["outpost_id"]) {
			const { isCustomEndpoint } = config;
			const useFipsEndpoint = await config.useFipsEndpoint();
			request.headers[OUTPOST_ID_HEADER] = context[CONTEXT_OUTPOST_ID];
			request.hostname = getOutpostEndpoint(request.hostname, {
				isCustomEndpoint,
				regionOverride: context[CONTEXT_ARN_REGION],
				useFipsEndpoint
			});
		}
		return next(args);
	};
	updateArnablesRequestMiddlewareOptions = {
		toMiddleware: "serializerMiddleware",
		relation: "after",
		name: "updateArnablesRequestMiddleware",
		tags: [
			"ACCOUNT_ID",
			"OUTPOST_ID",
			"OUTPOST"
		]
	};
}));
// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-process-arnables/getProcessArnablesPlugin.js
var getProcessArnablesPlugin;
var init_getProcessArnablesPlugin = __esmMin((() => {
	init_parse_outpost_arnables();
	init_update_arnables_request();
	getProcessArnablesPlugin = (options) => ({ applyToStack: (clientStack) => {
		clientStack.addRelativeTo(parseOutpostArnablesMiddleaware(options), parseOutpostArnablesMiddleawareOptions);
		clientStack.addRelativeTo(updateArnablesRequestMiddleware(options), updateArnablesRequestMiddlewareOptions);
	} });
}));
// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-host-prefix-deduplication/hostPrefixDeduplicationMiddleware.js
var hostPrefixDeduplicationMiddleware, hostPrefixDeduplicationMiddlewareOptions, getHostPrefixDeduplicationPlugin;
var init_hostPrefixDeduplicationMiddleware = __esmMin((() => {
	hostPrefixDeduplicationMiddleware = () => {
		return (next, context) => (args) => {
			return next(args);
		};
	};
	hostPrefixDeduplicationMiddlewareOptions = {
		tags: [
			"HOST_PREFIX_DEDUPLICATION",
			"ENDPOINT_V2",
			"ENDPOINT"
		],
		toMiddleware: "serializerMiddleware",
		relation: "after",
		name: "hostPrefixDeduplicationMiddleware",
		override: true
	};
	getHostPrefixDeduplicationPlugin = (config) => ({ applyToStack: (clientStack) => {
		clientStack.addRelativeTo(hostPrefixDeduplicationMiddleware(), hostPrefixDeduplicationMiddlewareOptions);
	} });
}));
// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/middleware-redirect-from-postid/redirect-from-postid.js
var redirectFromPostIdMiddleware, redirectFromPostIdMiddlewareOptions, getRedirectFromPostIdPlugin;
var init_redirect_from_postid = __esmMin((() => {
	init_protocols();
	init_constants();
	init_getOutpostEndpoint();
	redirectFromPostIdMiddleware = (config) => (next, context) => async (args) => {
		const { input, request } = args;
		if (!HttpRequest.isInstance(request)) return next(args);
		if (input.OutpostId) {
			const { isCustomEndpoint } = config;
			const useFipsEndpoint = await config.useFipsEndpoint();
			request.hostname = getOutpostEndpoint(request.hostname, {
				isCustomEndpoint,
				useFipsEndpoint
			});
			context[CONTEXT_SIGNING_SERVICE] = "s3-outposts";
		}
		return next(args);
	};
	redirectFromPostIdMiddlewareOptions = {
		step: "build",
		name: "redirectFromPostIdMiddleware",
		tags: ["OUTPOST"],
		override: true
	};
	getRedirectFromPostIdPlugin = (options) => ({ applyToStack: (clientStack) => {
		clientStack.add(redirectFromPostIdMiddleware(options), redirectFromPostIdMiddlewareOptions);
	} });
}));
// node_modules/@aws-sdk/middleware-sdk-s3/dist-es/submodules/s3-control/index.js
var s3_control_exports = /* @__PURE__ */ __exportAll({
	getHostPrefixDeduplicationPlugin: () => getHostPrefixDeduplicationPlugin,
	getOutpostEndpoint: () => getOutpostEndpoint,
	getProcessArnablesPlugin: () => getProcessArnablesPlugin,
	getRedirectFromPostIdPlugin: () => getRedirectFromPostIdPlugin,
	hostPrefixDeduplicationMiddleware: () => hostPrefixDeduplicationMiddleware,
	hostPrefixDeduplicationMiddlewareOptions: () => hostPrefixDeduplicationMiddlewareOptions,
	parseOutpostArnablesMiddleaware: () => parseOutpostArnablesMiddleaware,
	parseOutpostArnablesMiddleawareOptions: () => parseOutpostArnablesMiddleawareOptions,
	redirectFromPostIdMiddleware: () => redirectFromPostIdMiddleware,
	redirectFromPostIdMiddlewareOptions: () => redirectFromPostIdMiddlewareOptions,
	resolveS3ControlConfig: () => resolveS3ControlConfig,
	updateArnablesRequestMiddleware: () => updateArnablesRequestMiddleware,
	updateArnablesRequestMiddlewareOptions: () => updateArnablesRequestMiddlewareOptions
});
var init_s3_control = __esmMin((() => {
	init_configurations();
	init_getProcessArnablesPlugin();
	init_parse_outpost_arnables();
	init_update_arnables_request();
	init_getOutpostEndpoint();
	init_hostPrefixDeduplicationMiddleware();
	init_redirect_from_postid();
}));
// node_modules/@smithy/middleware-apply-body-checksum/dist-cjs/index.js
var require_dist_cjs$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { isArrayBuffer, hasOwn } = (init_serde(), __toCommonJS(serde_exports));
	const { HttpRequest } = (init_protocols(), __toCommonJS(protocols_exports));
	const applyMd5BodyChecksumMiddleware = (options) => (next) => async (args) => {
		const { request } = args;
		if (HttpRequest.isInstance(request)) {
			const { body, headers } = request;
			if (!hasHeader("content-md5", headers)) {
				let digest;
				if (body === void 0 || typeof body === "string" || ArrayBuffer.isView(body) || isArrayBuffer(body)) {
					const hash = new options.md5();
					hash.update(body || "");
					digest = hash.digest();
				} else digest = options.streamHasher(options.md5, body);
				const cloned = HttpRequest.clone(request);
				cloned.headers = {
					...headers,
					"content-md5": options.base64Encoder(await digest)
				};
				return next({
					...args,
					request: cloned
				});
			}
		}
		return next(args);
	};
	const applyMd5BodyChecksumMiddlewareOptions = {
		name: "applyMd5BodyChecksumMiddleware",
		step: "build",
		tags: ["SET_CONTENT_MD5", "BODY_CHECKSUM"],
		override: true
	};
	const getApplyMd5BodyChecksumPlugin = (config) => ({ applyToStack: (clientStack) => {
		clientStack.add(applyMd5BodyChecksumMiddleware(config), applyMd5BodyChecksumMiddlewareOptions);
	} });
	const hasHeader = (soughtHeader, headers) => {
		soughtHeader = soughtHeader.toLowerCase();
		for (const headerName in headers) {
			if (!hasOwn(headers, headerName)) continue;
			if (soughtHeader === headerName.toLowerCase()) return true;
		}
		return false;
	};
	const resolveMd5BodyChecksumConfig = (input) => input;
	exports.applyMd5BodyChecksumMiddleware = applyMd5BodyChecksumMiddleware;
	exports.applyMd5BodyChecksumMiddlewareOptions = applyMd5BodyChecksumMiddlewareOptions;
	exports.getApplyMd5BodyChecksumPlugin = getApplyMd5BodyChecksumPlugin;
	exports.resolveMd5BodyChecksumConfig = resolveMd5BodyChecksumConfig;
}));
// src/engine/state/portable/s3control/client.ts
var import_dist_cjs = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports) => {
	const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client(), __toCommonJS(client_exports));
	const { resolveS3ControlConfig, getHostPrefixDeduplicationPlugin, getProcessArnablesPlugin, getRedirectFromPostIdPlugin } = (init_s3_control(), __toCommonJS(s3_control_exports));
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
	const { NODE_USE_ARN_REGION_CONFIG_OPTIONS } = (init_s3(), __toCommonJS(s3_exports));
	const { Sha256, Md5, fileStreamHasher } = (init_checksum(), __toCommonJS(checksum_exports));
	const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
	const { streamCollector, NodeHttpHandler } = require_dist_cjs$3();
	const { AwsRestXmlProtocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { getApplyMd5BodyChecksumPlugin } = require_dist_cjs$1();
	const defaultS3ControlHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "s3",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultS3ControlHttpAuthSchemeProvider = (authParameters) => {
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
			useFipsEndpoint: options.useFipsEndpoint ?? false,
			useDualstackEndpoint: options.useDualstackEndpoint ?? false,
			defaultSigningName: "s3"
		});
	};
	const commonParams = {
		UseArnRegion: {
			type: "clientContextParams",
			name: "useArnRegion"
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
	var packageInfo = { version: "3.1111.0" };
	const ai = "ref";
	const aj = "fn";
	const ak = "argv";
	const al = "authSchemes";
	const am = "disableDoubleEncoding";
	const an = "signingName";
	const ao = "signingRegion";
	const ap = "x-amz-account-id";
	const aq = "x-amz-outpost-id";
	const a = -1;
	const b = true;
	const c = false;
	const d = "isSet";
	const e = "aws.partition";
	const f = "partitionResult";
	const g = "booleanEquals";
	const h = "stringEquals";
	const i = "isValidHostLabel";
	const j = "aws.parseArn";
	const k = "resourceArn";
	const l = "getAttr";
	const m = "service";
	const n = "s3express";
	const o = (n) => "arnPartition_ssa_" + n;
	const p = "name";
	const q = "coalesce";
	const s = "substring";
	const t = "";
	const u = "--";
	const v = "accessPointArn";
	const w = "resourceId[0]";
	const x = (n) => "arnType_ssa_" + n + t;
	const y = "bucketArn";
	const z = "s3-outposts";
	const A = "resourceId[1]";
	const B = (n) => "outpostId_ssa_" + n + t;
	const C = "resourceId[2]";
	const D = (n) => "outpostType_ssa_" + n + t;
	const E = "resourceId[3]";
	const F = "{url#scheme}://{url#authority}{url#path}";
	const G = "{url#scheme}://{url#authority}";
	const H = (n) => "Client was configured for partition `{partitionResult#name}` but ARN has `{arnPartition_ssa_" + n + "#name}`";
	const I = (n) => "Invalid ARN: The outpost Id must only contain a-z, A-Z, 0-9 and `-`., found: `{outpostId_ssa_" + n + "}`";
	const J = {
		[aj]: l,
		[ak]: [{ [ai]: f }, p]
	};
	const K = { [ai]: "OutpostId" };
	const L = { [ai]: k };
	const M = {
		[aj]: l,
		[ak]: [L, "region"]
	};
	const N = { [ai]: "AccessPointName" };
	const O = { [ai]: "Region" };
	const P = { [ai]: v };
	const Q = { [ai]: y };
	const R = { [ai]: "AccountId" };
	const S = {
		[aj]: l,
		[ak]: [P, "accountId"]
	};
	const T = {
		[aj]: l,
		[ak]: [Q, "accountId"]
	};
	const U = {
		[aj]: l,
		[ak]: [P, "region"]
	};
	const V = {
		[aj]: l,
		[ak]: [Q, "region"]
	};
	const W = { [al]: [{
		[am]: true,
		[p]: "sigv4",
		[an]: z,
		[ao]: "{Region}"
	}] };
	const X = { [al]: [{
		[am]: true,
		[p]: "sigv4",
		[an]: n,
		[ao]: "{Region}"
	}] };
	const Y = { [al]: [{
		[am]: true,
		[p]: "sigv4",
		[an]: "s3",
		[ao]: "{Region}"
	}] };
	const Z = { [al]: [{
		[am]: true,
		[p]: "sigv4",
		[an]: z,
		[ao]: "{accessPointArn#region}"
	}] };
	const aa = {
		[ap]: ["{accessPointArn#accountId}"],
		[aq]: ["{outpostId_ssa_1}"]
	};
	const ab = { [al]: [{
		[am]: true,
		[p]: "sigv4",
		[an]: z,
		[ao]: "{bucketArn#region}"
	}] };
	const ac = {
		[ap]: ["{bucketArn#accountId}"],
		[aq]: ["{outpostId_ssa_2}"]
	};
	const ad = [O];
	const ae = [{ [ai]: "ResourceArn" }];
	const af = [{ [ai]: "Endpoint" }];
	const ag = [N];
	const ah = [{ [ai]: "Bucket" }];
	const _data = {
		conditions: [
			[d, ad],
			[
				e,
				ad,
				f
			],
			[g, [{ [ai]: "UseFIPS" }, b]],
			[h, [J, "aws-cn"]],
			[d, [K]],
			[i, [K, c]],
			[d, ae],
			[
				j,
				ae,
				k
			],
			[h, [{
				[aj]: l,
				[ak]: [L, m]
			}, n]],
			[
				e,
				[M],
				o(3)
			],
			[h, [{
				[aj]: l,
				[ak]: [{ [ai]: o(3) }, p]
			}, J]],
			[d, af],
			[g, [{ [ai]: "UseDualStack" }, b]],
			[g, [{
				[aj]: q,
				[ak]: [{ [ai]: "UseS3ExpressControlEndpoint" }, c]
			}, b]],
			[
				"parseURL",
				af,
				"url"
			],
			[d, ag],
			[h, [{
				[aj]: q,
				[ak]: [{
					[aj]: s,
					[ak]: [
						N,
						0,
						7,
						b
					]
				}, t]
			}, "--xa-s3"]],
			[s, [
				N,
				7,
				15,
				b
			]],
			[h, [{
				[aj]: q,
				[ak]: [{
					[aj]: s,
					[ak]: [
						N,
						15,
						17,
						b
					]
				}, t]
			}, u]],
			[s, [
				N,
				7,
				16,
				b
			]],
			[h, [O, "snow"]],
			[
				j,
				ag,
				v
			],
			[
				l,
				[P, w],
				x(1)
			],
			[d, ah],
			[
				j,
				ah,
				y
			],
			[
				l,
				[Q, w],
				x(2)
			],
			[h, [{ [ai]: x(2) }, t]],
			[h, [{
				[aj]: l,
				[ak]: [Q, m]
			}, z]],
			[
				l,
				[Q, A],
				B(2)
			],
			[h, [{
				[aj]: q,
				[ak]: [{
					[aj]: s,
					[ak]: [
						N,
						16,
						18,
						b
					]
				}, t]
			}, u]],
			[h, [{ [ai]: x(1) }, t]],
			[h, [{
				[aj]: l,
				[ak]: [P, m]
			}, z]],
			[
				l,
				[P, A],
				B(1)
			],
			[d, [R]],
			[i, [R, c]],
			[g, [{
				[aj]: q,
				[ak]: [{ [ai]: "RequiresAccountId" }, c]
			}, b]],
			[h, [R, S]],
			[i, [O, b]],
			[h, [R, T]],
			[g, [{
				[aj]: q,
				[ak]: [{ [ai]: "UseArnRegion" }, b]
			}, b]],
			[i, [{ [ai]: B(2) }, c]],
			[h, [O, U]],
			[h, [O, V]],
			[
				e,
				[V],
				o(2)
			],
			[h, [{
				[aj]: l,
				[ak]: [{ [ai]: o(2) }, p]
			}, J]],
			[i, [V, b]],
			[h, [T, t]],
			[i, [T, c]],
			[i, [{ [ai]: B(1) }, c]],
			[
				e,
				[U],
				o(1)
			],
			[h, [{
				[aj]: l,
				[ak]: [{ [ai]: o(1) }, p]
			}, J]],
			[i, [U, b]],
			[h, [S, t]],
			[i, [S, c]],
			[s, [
				N,
				7,
				20,
				b
			]],
			[h, [{
				[aj]: q,
				[ak]: [{
					[aj]: s,
					[ak]: [
						N,
						20,
						22,
						b
					]
				}, t]
			}, u]],
			[s, [
				N,
				7,
				21,
				b
			]],
			[h, [{
				[aj]: q,
				[ak]: [{
					[aj]: s,
					[ak]: [
						N,
						21,
						23,
						b
					]
				}, t]
			}, u]],
			[
				l,
				[P, C],
				D(1)
			],
			[l, [P, E]],
			[h, [{ [ai]: D(1) }, "accesspoint"]],
			[s, [
				N,
				7,
				27,
				b
			]],
			[h, [{
				[aj]: q,
				[ak]: [{
					[aj]: s,
					[ak]: [
						N,
						27,
						29,
						b
					]
				}, t]
			}, u]],
			[
				l,
				[Q, C],
				D(2)
			],
			[l, [Q, E]],
			[h, [{ [ai]: D(2) }, "bucket"]],
			[h, [O, M]]
		],
		results: [
			[a],
			[a, "Partition does not support FIPS"],
			[a, "AccountId is required but not set"],
			[a, "AccountId must only contain a-z, A-Z, 0-9 and `-`."],
			[a, "OutpostId must only contain a-z, A-Z, 0-9 and `-`."],
			[a, "Invalid Configuration: DualStack and custom endpoint are not supported"],
			[F, W],
			["https://s3-outposts-fips.{Region}.{partitionResult#dualStackDnsSuffix}", W],
			["https://s3-outposts-fips.{Region}.{partitionResult#dnsSuffix}", W],
			["https://s3-outposts.{Region}.{partitionResult#dualStackDnsSuffix}", W],
			["https://s3-outposts.{Region}.{partitionResult#dnsSuffix}", W],
			[a, "Invalid region: region was not a valid DNS name."],
			[a, "Invalid configuration: region from ARN `{resourceArn#region}` does not match client region `{Region}` and UseArnRegion is `false`"],
			[a, "S3Express does not support Dual-stack."],
			[G, X],
			["https://s3express-control-fips.{Region}.{partitionResult#dnsSuffix}", X],
			["https://s3express-control.{Region}.{partitionResult#dnsSuffix}", X],
			[a, H(3)],
			[a, "Unrecognized S3Express Access Point name format."],
			[a, "S3 Snow does not support DualStack"],
			[a, "S3 Snow does not support FIPS"],
			[G, Y],
			[a, "Invalid configuration: region from ARN `{accessPointArn#region}` does not match client region `{Region}` and UseArnRegion is `false`"],
			[a, "Invalid ARN: the accountId specified in the ARN (`{accessPointArn#accountId}`) does not match the parameter (`{AccountId}`)"],
			[
				"https://s3-outposts-fips.{accessPointArn#region}.{arnPartition_ssa_1#dualStackDnsSuffix}",
				Z,
				aa
			],
			[
				"https://s3-outposts-fips.{accessPointArn#region}.{arnPartition_ssa_1#dnsSuffix}",
				Z,
				aa
			],
			[
				"https://s3-outposts.{accessPointArn#region}.{arnPartition_ssa_1#dualStackDnsSuffix}",
				Z,
				aa
			],
			[
				F,
				Z,
				aa
			],
			[
				"https://s3-outposts.{accessPointArn#region}.{arnPartition_ssa_1#dnsSuffix}",
				Z,
				aa
			],
			[a, "Expected an outpost type `accesspoint`, found `{outpostType_ssa_1}`"],
			[a, "Invalid ARN: expected an access point name"],
			[a, "Invalid ARN: Expected a 4-component resource"],
			[a, "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{accessPointArn#accountId}`"],
			[a, "Invalid ARN: missing account ID"],
			[a, "Invalid region in ARN: `{accessPointArn#region}` (invalid DNS name)"],
			[a, H(1)],
			[a, I(1)],
			[a, "Invalid ARN: The Outpost Id was not set"],
			[a, "Invalid ARN: No ARN type specified"],
			[a, "Invalid configuration: region from ARN `{bucketArn#region}` does not match client region `{Region}` and UseArnRegion is `false`"],
			[a, "Invalid ARN: the accountId specified in the ARN (`{bucketArn#accountId}`) does not match the parameter (`{AccountId}`)"],
			[
				"https://s3-outposts-fips.{bucketArn#region}.{arnPartition_ssa_2#dualStackDnsSuffix}",
				ab,
				ac
			],
			[
				"https://s3-outposts-fips.{bucketArn#region}.{arnPartition_ssa_2#dnsSuffix}",
				ab,
				ac
			],
			[
				"https://s3-outposts.{bucketArn#region}.{arnPartition_ssa_2#dualStackDnsSuffix}",
				ab,
				ac
			],
			[
				F,
				ab,
				ac
			],
			[
				"https://s3-outposts.{bucketArn#region}.{arnPartition_ssa_2#dnsSuffix}",
				ab,
				ac
			],
			[a, "Invalid ARN: Expected an outpost type `bucket`, found `{outpostType_ssa_2}`"],
			[a, "Invalid ARN: expected a bucket name"],
			[a, "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{bucketArn#accountId}`"],
			[a, "Invalid region in ARN: `{bucketArn#region}` (invalid DNS name)"],
			[a, H(2)],
			[a, I(2)],
			["{url#scheme}://{AccountId}.{url#authority}{url#path}", Y],
			[F, Y],
			["https://{AccountId}.s3-control-fips.dualstack.{Region}.{partitionResult#dnsSuffix}", Y],
			["https://s3-control-fips.dualstack.{Region}.{partitionResult#dnsSuffix}", Y],
			["https://{AccountId}.s3-control-fips.{Region}.{partitionResult#dnsSuffix}", Y],
			["https://s3-control-fips.{Region}.{partitionResult#dnsSuffix}", Y],
			["https://{AccountId}.s3-control.dualstack.{Region}.{partitionResult#dnsSuffix}", Y],
			["https://s3-control.dualstack.{Region}.{partitionResult#dnsSuffix}", Y],
			["https://{AccountId}.s3-control.{Region}.{partitionResult#dnsSuffix}", Y],
			["https://s3-control.{Region}.{partitionResult#dnsSuffix}", Y],
			[a, "Region must be set"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		3,
		100000062,
		1,
		27,
		4,
		11,
		5,
		6,
		12,
		23,
		6,
		15,
		7,
		8,
		21,
		17,
		8,
		23,
		9,
		100000062,
		24,
		10,
		100000062,
		25,
		11,
		100000038,
		26,
		100000038,
		12,
		27,
		13,
		100000038,
		28,
		14,
		100000037,
		39,
		100000051,
		15,
		40,
		16,
		100000051,
		42,
		100000051,
		100000039,
		22,
		18,
		100000038,
		30,
		100000038,
		19,
		31,
		20,
		100000038,
		32,
		21,
		100000037,
		39,
		100000036,
		22,
		41,
		100000036,
		334,
		15,
		24,
		25,
		21,
		388,
		25,
		23,
		26,
		100000062,
		24,
		383,
		100000062,
		2,
		214,
		28,
		4,
		201,
		29,
		6,
		30,
		33,
		7,
		31,
		33,
		8,
		32,
		33,
		9,
		194,
		33,
		11,
		77,
		34,
		12,
		36,
		35,
		13,
		169,
		80,
		13,
		100000013,
		37,
		15,
		38,
		40,
		16,
		100000013,
		39,
		21,
		60,
		40,
		23,
		41,
		188,
		24,
		42,
		188,
		25,
		43,
		100000038,
		26,
		100000038,
		44,
		27,
		45,
		100000038,
		28,
		46,
		100000037,
		33,
		47,
		48,
		38,
		48,
		297,
		39,
		51,
		49,
		40,
		50,
		100000051,
		42,
		52,
		100000039,
		40,
		52,
		100000051,
		43,
		53,
		100000051,
		44,
		54,
		100000050,
		45,
		55,
		100000049,
		46,
		100000033,
		56,
		47,
		57,
		100000048,
		63,
		58,
		100000031,
		64,
		59,
		100000047,
		65,
		100000043,
		100000046,
		22,
		61,
		100000038,
		30,
		100000038,
		62,
		31,
		63,
		100000038,
		32,
		64,
		100000037,
		33,
		65,
		66,
		36,
		66,
		324,
		39,
		68,
		67,
		41,
		68,
		334,
		48,
		69,
		100000036,
		49,
		70,
		100000036,
		50,
		71,
		100000035,
		51,
		72,
		100000034,
		52,
		100000033,
		73,
		53,
		74,
		100000032,
		58,
		75,
		100000031,
		59,
		76,
		100000030,
		60,
		100000026,
		100000029,
		12,
		181,
		78,
		13,
		168,
		79,
		14,
		126,
		80,
		15,
		81,
		83,
		16,
		171,
		82,
		21,
		109,
		83,
		23,
		84,
		85,
		24,
		91,
		85,
		33,
		87,
		86,
		35,
		379,
		89,
		34,
		88,
		381,
		35,
		90,
		89,
		37,
		100000061,
		100000011,
		37,
		100000060,
		100000011,
		25,
		92,
		100000038,
		26,
		100000038,
		93,
		27,
		94,
		100000038,
		28,
		95,
		100000037,
		33,
		96,
		97,
		38,
		97,
		297,
		39,
		100,
		98,
		40,
		99,
		100000051,
		42,
		101,
		100000039,
		40,
		101,
		100000051,
		43,
		102,
		100000051,
		44,
		103,
		100000050,
		45,
		104,
		100000049,
		46,
		100000033,
		105,
		47,
		106,
		100000048,
		63,
		107,
		100000031,
		64,
		108,
		100000047,
		65,
		100000045,
		100000046,
		22,
		110,
		100000038,
		30,
		100000038,
		111,
		31,
		112,
		100000038,
		32,
		113,
		100000037,
		33,
		114,
		115,
		36,
		115,
		324,
		39,
		117,
		116,
		41,
		117,
		334,
		48,
		118,
		100000036,
		49,
		119,
		100000036,
		50,
		120,
		100000035,
		51,
		121,
		100000034,
		52,
		100000033,
		122,
		53,
		123,
		100000032,
		58,
		124,
		100000031,
		59,
		125,
		100000030,
		60,
		100000028,
		100000029,
		15,
		128,
		127,
		20,
		100000021,
		131,
		16,
		100000014,
		129,
		20,
		100000021,
		130,
		21,
		151,
		131,
		23,
		132,
		285,
		24,
		133,
		285,
		25,
		134,
		100000038,
		26,
		100000038,
		135,
		27,
		136,
		100000038,
		28,
		137,
		100000037,
		33,
		138,
		139,
		38,
		139,
		297,
		39,
		142,
		140,
		40,
		141,
		100000051,
		42,
		143,
		100000039,
		40,
		143,
		100000051,
		43,
		144,
		100000051,
		44,
		145,
		100000050,
		45,
		146,
		100000049,
		46,
		100000033,
		147,
		47,
		148,
		100000048,
		63,
		149,
		100000031,
		64,
		150,
		100000047,
		65,
		100000044,
		100000046,
		22,
		152,
		100000038,
		30,
		100000038,
		153,
		31,
		154,
		100000038,
		32,
		155,
		100000037,
		33,
		156,
		157,
		36,
		157,
		324,
		39,
		159,
		158,
		41,
		159,
		334,
		48,
		160,
		100000036,
		49,
		161,
		100000036,
		50,
		162,
		100000035,
		51,
		163,
		100000034,
		52,
		100000033,
		164,
		53,
		165,
		100000032,
		58,
		166,
		100000031,
		59,
		167,
		100000030,
		60,
		100000027,
		100000029,
		14,
		100000014,
		169,
		15,
		170,
		100000016,
		16,
		171,
		100000016,
		17,
		172,
		173,
		18,
		100000016,
		173,
		19,
		174,
		175,
		29,
		100000016,
		175,
		54,
		176,
		177,
		55,
		100000016,
		177,
		56,
		178,
		179,
		57,
		100000016,
		179,
		61,
		180,
		100000018,
		62,
		100000016,
		100000018,
		13,
		100000005,
		182,
		14,
		370,
		183,
		15,
		184,
		186,
		16,
		100000005,
		185,
		21,
		388,
		186,
		23,
		187,
		188,
		24,
		383,
		188,
		33,
		190,
		189,
		35,
		379,
		192,
		34,
		191,
		381,
		35,
		193,
		192,
		37,
		100000059,
		100000011,
		37,
		100000058,
		100000011,
		10,
		195,
		100000017,
		11,
		197,
		196,
		12,
		396,
		199,
		12,
		404,
		198,
		14,
		402,
		199,
		39,
		100000016,
		200,
		66,
		100000016,
		100000012,
		5,
		202,
		407,
		11,
		208,
		203,
		12,
		204,
		210,
		33,
		206,
		205,
		35,
		100000002,
		207,
		34,
		207,
		100000003,
		37,
		100000009,
		100000011,
		12,
		426,
		209,
		14,
		422,
		210,
		33,
		212,
		211,
		35,
		100000002,
		213,
		34,
		213,
		100000003,
		37,
		100000010,
		100000011,
		3,
		100000001,
		215,
		4,
		406,
		216,
		6,
		217,
		220,
		7,
		218,
		220,
		8,
		219,
		220,
		9,
		393,
		220,
		11,
		264,
		221,
		12,
		223,
		222,
		13,
		345,
		267,
		13,
		100000013,
		224,
		15,
		225,
		227,
		16,
		100000013,
		226,
		21,
		247,
		227,
		23,
		228,
		364,
		24,
		229,
		364,
		25,
		230,
		100000038,
		26,
		100000038,
		231,
		27,
		232,
		100000038,
		28,
		233,
		100000037,
		33,
		234,
		235,
		38,
		235,
		297,
		39,
		238,
		236,
		40,
		237,
		100000051,
		42,
		239,
		100000039,
		40,
		239,
		100000051,
		43,
		240,
		100000051,
		44,
		241,
		100000050,
		45,
		242,
		100000049,
		46,
		100000033,
		243,
		47,
		244,
		100000048,
		63,
		245,
		100000031,
		64,
		246,
		100000047,
		65,
		100000041,
		100000046,
		22,
		248,
		100000038,
		30,
		100000038,
		249,
		31,
		250,
		100000038,
		32,
		251,
		100000037,
		33,
		252,
		253,
		36,
		253,
		324,
		39,
		255,
		254,
		41,
		255,
		334,
		48,
		256,
		100000036,
		49,
		257,
		100000036,
		50,
		258,
		100000035,
		51,
		259,
		100000034,
		52,
		100000033,
		260,
		53,
		261,
		100000032,
		58,
		262,
		100000031,
		59,
		263,
		100000030,
		60,
		100000024,
		100000029,
		12,
		357,
		265,
		13,
		344,
		266,
		14,
		278,
		267,
		15,
		268,
		270,
		16,
		347,
		269,
		21,
		318,
		270,
		23,
		271,
		272,
		24,
		291,
		272,
		33,
		274,
		273,
		35,
		379,
		276,
		34,
		275,
		381,
		35,
		277,
		276,
		37,
		100000057,
		100000011,
		37,
		100000056,
		100000011,
		15,
		280,
		279,
		20,
		100000020,
		283,
		16,
		100000014,
		281,
		20,
		100000020,
		282,
		21,
		318,
		283,
		23,
		284,
		285,
		24,
		291,
		285,
		33,
		287,
		286,
		35,
		379,
		289,
		34,
		288,
		381,
		35,
		290,
		289,
		37,
		100000053,
		100000011,
		37,
		100000052,
		100000011,
		25,
		292,
		100000038,
		26,
		100000038,
		293,
		27,
		294,
		100000038,
		28,
		295,
		100000037,
		33,
		296,
		306,
		38,
		306,
		297,
		39,
		300,
		298,
		40,
		299,
		100000051,
		42,
		301,
		100000039,
		40,
		301,
		100000051,
		43,
		302,
		100000051,
		44,
		303,
		100000050,
		45,
		304,
		100000049,
		46,
		100000033,
		305,
		47,
		100000040,
		100000048,
		39,
		309,
		307,
		40,
		308,
		100000051,
		42,
		310,
		100000039,
		40,
		310,
		100000051,
		43,
		311,
		100000051,
		44,
		312,
		100000050,
		45,
		313,
		100000049,
		46,
		100000033,
		314,
		47,
		315,
		100000048,
		63,
		316,
		100000031,
		64,
		317,
		100000047,
		65,
		100000042,
		100000046,
		22,
		319,
		100000038,
		30,
		100000038,
		320,
		31,
		321,
		100000038,
		32,
		322,
		100000037,
		33,
		323,
		332,
		36,
		332,
		324,
		39,
		326,
		325,
		41,
		326,
		334,
		48,
		327,
		100000036,
		49,
		328,
		100000036,
		50,
		329,
		100000035,
		51,
		330,
		100000034,
		52,
		100000033,
		331,
		53,
		100000023,
		100000032,
		39,
		335,
		333,
		41,
		335,
		334,
		48,
		100000022,
		100000036,
		48,
		336,
		100000036,
		49,
		337,
		100000036,
		50,
		338,
		100000035,
		51,
		339,
		100000034,
		52,
		100000033,
		340,
		53,
		341,
		100000032,
		58,
		342,
		100000031,
		59,
		343,
		100000030,
		60,
		100000025,
		100000029,
		14,
		100000014,
		345,
		15,
		346,
		100000015,
		16,
		347,
		100000015,
		17,
		348,
		349,
		18,
		100000015,
		349,
		19,
		350,
		351,
		29,
		100000015,
		351,
		54,
		352,
		353,
		55,
		100000015,
		353,
		56,
		354,
		355,
		57,
		100000015,
		355,
		61,
		356,
		100000018,
		62,
		100000015,
		100000018,
		13,
		100000005,
		358,
		14,
		370,
		359,
		15,
		360,
		362,
		16,
		100000005,
		361,
		21,
		388,
		362,
		23,
		363,
		364,
		24,
		383,
		364,
		33,
		366,
		365,
		35,
		379,
		368,
		34,
		367,
		381,
		35,
		369,
		368,
		37,
		100000055,
		100000011,
		37,
		100000054,
		100000011,
		15,
		372,
		371,
		20,
		100000019,
		375,
		16,
		100000005,
		373,
		20,
		100000019,
		374,
		21,
		388,
		375,
		23,
		376,
		377,
		24,
		383,
		377,
		33,
		380,
		378,
		35,
		379,
		382,
		37,
		100000002,
		100000011,
		34,
		382,
		381,
		37,
		100000003,
		100000011,
		37,
		100000005,
		100000011,
		25,
		384,
		100000038,
		26,
		100000038,
		385,
		27,
		386,
		100000038,
		28,
		387,
		100000037,
		40,
		100000005,
		100000051,
		22,
		389,
		100000038,
		30,
		100000038,
		390,
		31,
		391,
		100000038,
		32,
		392,
		100000037,
		48,
		100000005,
		100000036,
		10,
		394,
		100000017,
		11,
		398,
		395,
		12,
		396,
		400,
		39,
		100000013,
		397,
		66,
		100000013,
		100000012,
		12,
		404,
		399,
		14,
		402,
		400,
		39,
		100000015,
		401,
		66,
		100000015,
		100000012,
		39,
		100000014,
		403,
		66,
		100000014,
		100000012,
		39,
		100000005,
		405,
		66,
		100000005,
		100000012,
		5,
		410,
		407,
		33,
		409,
		408,
		35,
		100000002,
		100000004,
		34,
		100000004,
		100000003,
		11,
		416,
		411,
		12,
		412,
		418,
		33,
		414,
		413,
		35,
		100000002,
		415,
		34,
		415,
		100000003,
		37,
		100000007,
		100000011,
		12,
		426,
		417,
		14,
		422,
		418,
		33,
		420,
		419,
		35,
		100000002,
		421,
		34,
		421,
		100000003,
		37,
		100000008,
		100000011,
		33,
		424,
		423,
		35,
		100000002,
		425,
		34,
		425,
		100000003,
		37,
		100000006,
		100000011,
		33,
		428,
		427,
		35,
		100000002,
		100000005,
		34,
		100000005,
		100000003
	]);
	const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
	const cache = new EndpointCache({
		size: 50,
		params: [
			"AccessPointName",
			"AccountId",
			"Bucket",
			"Endpoint",
			"OutpostId",
			"Region",
			"RequiresAccountId",
			"ResourceArn",
			"UseArnRegion",
			"UseDualStack",
			"UseFIPS",
			"UseS3ExpressControlEndpoint"
		]
	});
	const defaultEndpointResolver = (endpointParams, context = {}) => {
		return cache.get(endpointParams, () => decideEndpoint(bdd, {
			endpointParams,
			logger: context.logger
		}));
	};
	customEndpointFunctions.aws = awsEndpointFunctions;
	var S3ControlServiceException = class S3ControlServiceException extends ServiceException {
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, S3ControlServiceException.prototype);
		}
	};
	var BucketAlreadyExists = class BucketAlreadyExists extends S3ControlServiceException {
		name = "BucketAlreadyExists";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BucketAlreadyExists",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BucketAlreadyExists.prototype);
		}
	};
	var BucketAlreadyOwnedByYou = class BucketAlreadyOwnedByYou extends S3ControlServiceException {
		name = "BucketAlreadyOwnedByYou";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BucketAlreadyOwnedByYou",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BucketAlreadyOwnedByYou.prototype);
		}
	};
	var BadRequestException = class BadRequestException extends S3ControlServiceException {
		name = "BadRequestException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "BadRequestException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BadRequestException.prototype);
			this.Message = opts.Message;
		}
	};
	var IdempotencyException = class IdempotencyException extends S3ControlServiceException {
		name = "IdempotencyException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "IdempotencyException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IdempotencyException.prototype);
			this.Message = opts.Message;
		}
	};
	var InternalServiceException = class InternalServiceException extends S3ControlServiceException {
		name = "InternalServiceException";
		$fault = "server";
		Message;
		constructor(opts) {
			super({
				name: "InternalServiceException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, InternalServiceException.prototype);
			this.Message = opts.Message;
		}
	};
	var TooManyRequestsException = class TooManyRequestsException extends S3ControlServiceException {
		name = "TooManyRequestsException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "TooManyRequestsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyRequestsException.prototype);
			this.Message = opts.Message;
		}
	};
	var NotFoundException = class NotFoundException extends S3ControlServiceException {
		name = "NotFoundException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "NotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NotFoundException.prototype);
			this.Message = opts.Message;
		}
	};
	var NoSuchPublicAccessBlockConfiguration = class NoSuchPublicAccessBlockConfiguration extends S3ControlServiceException {
		name = "NoSuchPublicAccessBlockConfiguration";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "NoSuchPublicAccessBlockConfiguration",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NoSuchPublicAccessBlockConfiguration.prototype);
			this.Message = opts.Message;
		}
	};
	var InvalidNextTokenException = class InvalidNextTokenException extends S3ControlServiceException {
		name = "InvalidNextTokenException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "InvalidNextTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidNextTokenException.prototype);
			this.Message = opts.Message;
		}
	};
	var InvalidRequestException = class InvalidRequestException extends S3ControlServiceException {
		name = "InvalidRequestException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "InvalidRequestException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidRequestException.prototype);
			this.Message = opts.Message;
		}
	};
	var TooManyTagsException = class TooManyTagsException extends S3ControlServiceException {
		name = "TooManyTagsException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "TooManyTagsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyTagsException.prototype);
			this.Message = opts.Message;
		}
	};
	var JobStatusException = class JobStatusException extends S3ControlServiceException {
		name = "JobStatusException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "JobStatusException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, JobStatusException.prototype);
			this.Message = opts.Message;
		}
	};
	const _A = "Alias";
	const _AA = "ApplicationArn";
	const _AAGIC = "AssociateAccessGrantsIdentityCenter";
	const _AAGICR = "AssociateAccessGrantsIdentityCenterRequest";
	const _ABA = "AllowedByApplication";
	const _AC = "AuditContext";
	const _ACG = "AccessControlGrants";
	const _ACL = "ACL";
	const _ACLc = "AccessControlList";
	const _ACOM = "AdvancedCostOptimizationMetrics";
	const _ACP = "AccessControlPolicy";
	const _ACT = "AccessControlTranslation";
	const _ADPM = "AdvancedDataProtectionMetrics";
	const _AED = "AsyncErrorDetails";
	const _AF = "AllowedFeatures";
	const _AFl = "AllowedFeature";
	const _AG = "AccessGrant";
	const _AGA = "AccessGrantArn";
	const _AGI = "AccessGrantId";
	const _AGIA = "AccessGrantsInstanceArn";
	const _AGII = "AccessGrantsInstanceId";
	const _AGIL = "AccessGrantsInstancesList";
	const _AGIc = "AccessGrantsInstance";
	const _AGL = "AccessGrantsList";
	const _AGLA = "AccessGrantsLocationArn";
	const _AGLC = "AccessGrantsLocationConfiguration";
	const _AGLI = "AccessGrantsLocationId";
	const _AGLL = "AccessGrantsLocationsList";
	const _AGLc = "AccessGrantsLocation";
	const _AI = "AccountId";
	const _AIMU = "AbortIncompleteMultipartUpload";
	const _AKI = "AccessKeyId";
	const _AL = "AccountLevel";
	const _ALT = "AwsLambdaTransformation";
	const _ALw = "AwsLambda";
	const _AM = "ActivityMetrics";
	const _AO = "AsyncOperation";
	const _AOw = "AwsOrg";
	const _AP = "AccessPoint";
	const _APA = "AccessPointArn";
	const _APL = "AccessPointList";
	const _APM = "AdvancedPerformanceMetrics";
	const _APc = "AccessPoints";
	const _ARD = "AsyncResponseDetails";
	const _ARP = "AsyncRequestParameters";
	const _Ac = "Account";
	const _Act = "Actions";
	const _Acti = "Action";
	const _An = "And";
	const _Ar = "Arn";
	const _B = "Bucket";
	const _BA = "BucketArn";
	const _BAE = "BucketAlreadyExists";
	const _BAI = "BucketAccountId";
	const _BAOBY = "BucketAlreadyOwnedByYou";
	const _BGR = "BypassGovernanceRetention";
	const _BGT = "BytesGreaterThan";
	const _BKE = "BucketKeyEnabled";
	const _BL = "BucketLevel";
	const _BLT = "BytesLessThan";
	const _BPA = "BlockPublicAcls";
	const _BPP = "BlockPublicPolicy";
	const _BRE = "BadRequestException";
	const _Bu = "Buckets";
	const _C = "Code";
	const _CA = "CreatedAt";
	const _CACL = "CannedAccessControlList";
	const _CAG = "CreateAccessGrant";
	const _CAGI = "CreateAccessGrantsInstance";
	const _CAGIR = "CreateAccessGrantsInstanceRequest";
	const _CAGIRr = "CreateAccessGrantsInstanceResult";
	const _CAGL = "CallerAccessGrantsList";
	const _CAGLR = "CreateAccessGrantsLocationRequest";
	const _CAGLRr = "CreateAccessGrantsLocationResult";
	const _CAGLr = "CreateAccessGrantsLocation";
	const _CAGR = "CreateAccessGrantRequest";
	const _CAGRr = "CreateAccessGrantResult";
	const _CAP = "CreateAccessPoint";
	const _CAPFOL = "CreateAccessPointForObjectLambda";
	const _CAPFOLR = "CreateAccessPointForObjectLambdaRequest";
	const _CAPFOLRr = "CreateAccessPointForObjectLambdaResult";
	const _CAPR = "CreateAccessPointRequest";
	const _CAPRr = "CreateAccessPointResult";
	const _CAh = "ChecksumAlgorithm";
	const _CAr = "CreatedAfter";
	const _CB = "CreatedBefore";
	const _CBC = "CreateBucketConfiguration";
	const _CBR = "CreateBucketRequest";
	const _CBRr = "CreateBucketResult";
	const _CBr = "CreateBucket";
	const _CC = "CacheControl";
	const _CD = "CreationDate";
	const _CDo = "ContentDisposition";
	const _CE = "ContentEncoding";
	const _CI = "ConfigId";
	const _CJ = "CreateJob";
	const _CJR = "CreateJobRequest";
	const _CJRr = "CreateJobResult";
	const _CL = "ContentLanguage";
	const _CLo = "ContentLength";
	const _CMD = "ContentMD5";
	const _CMRAP = "CreateMultiRegionAccessPoint";
	const _CMRAPI = "CreateMultiRegionAccessPointInput";
	const _CMRAPR = "CreateMultiRegionAccessPointRequest";
	const _CMRAPRr = "CreateMultiRegionAccessPointResult";
	const _CR = "ConfirmationRequired";
	const _CRSBA = "ConfirmRemoveSelfBucketAccess";
	const _CRT = "ClientRequestToken";
	const _CSLG = "CreateStorageLensGroup";
	const _CSLGR = "CreateStorageLensGroupRequest";
	const _CT = "CreationTime";
	const _CTh = "ChecksumType";
	const _CTl = "ClientToken";
	const _CTo = "ContentTransformation";
	const _CTon = "ContentType";
	const _CWM = "CloudWatchMetrics";
	const _CWME = "CloudWatchMetricsEnabled";
	const _Co = "Configuration";
	const _Cr = "Credentials";
	const _D = "Description";
	const _DAG = "DeleteAccessGrant";
	const _DAGI = "DeleteAccessGrantsInstance";
	const _DAGIC = "DissociateAccessGrantsIdentityCenter";
	const _DAGICR = "DissociateAccessGrantsIdentityCenterRequest";
	const _DAGIR = "DeleteAccessGrantsInstanceRequest";
	const _DAGIRP = "DeleteAccessGrantsInstanceResourcePolicy";
	const _DAGIRPR = "DeleteAccessGrantsInstanceResourcePolicyRequest";
	const _DAGL = "DeleteAccessGrantsLocation";
	const _DAGLR = "DeleteAccessGrantsLocationRequest";
	const _DAGR = "DeleteAccessGrantRequest";
	const _DAI = "DaysAfterInitiation";
	const _DAP = "DeleteAccessPoint";
	const _DAPFOL = "DeleteAccessPointForObjectLambda";
	const _DAPFOLR = "DeleteAccessPointForObjectLambdaRequest";
	const _DAPP = "DeleteAccessPointPolicy";
	const _DAPPFOL = "DeleteAccessPointPolicyForObjectLambda";
	const _DAPPFOLR = "DeleteAccessPointPolicyForObjectLambdaRequest";
	const _DAPPR = "DeleteAccessPointPolicyRequest";
	const _DAPR = "DeleteAccessPointRequest";
	const _DAPS = "DeleteAccessPointScope";
	const _DAPSR = "DeleteAccessPointScopeRequest";
	const _DB = "DirectoryBucket";
	const _DBLC = "DeleteBucketLifecycleConfiguration";
	const _DBLCR = "DeleteBucketLifecycleConfigurationRequest";
	const _DBP = "DeleteBucketPolicy";
	const _DBPR = "DeleteBucketPolicyRequest";
	const _DBR = "DeleteBucketRequest";
	const _DBRR = "DeleteBucketReplicationRequest";
	const _DBRe = "DeleteBucketReplication";
	const _DBT = "DeleteBucketTagging";
	const _DBTR = "DeleteBucketTaggingRequest";
	const _DBe = "DeleteBucket";
	const _DE = "DataExport";
	const _DGT = "DaysGreaterThan";
	const _DJ = "DescribeJob";
	const _DJR = "DescribeJobRequest";
	const _DJRe = "DescribeJobResult";
	const _DJT = "DeleteJobTagging";
	const _DJTR = "DeleteJobTaggingRequest";
	const _DJTRe = "DeleteJobTaggingResult";
	const _DK = "DSSE-KMS";
	const _DLT = "DaysLessThan";
	const _DMR = "DeleteMarkerReplication";
	const _DMRAP = "DeleteMultiRegionAccessPoint";
	const _DMRAPI = "DeleteMultiRegionAccessPointInput";
	const _DMRAPO = "DescribeMultiRegionAccessPointOperation";
	const _DMRAPOR = "DescribeMultiRegionAccessPointOperationRequest";
	const _DMRAPORe = "DescribeMultiRegionAccessPointOperationResult";
	const _DMRAPR = "DeleteMultiRegionAccessPointRequest";
	const _DMRAPRe = "DeleteMultiRegionAccessPointResult";
	const _DN = "DisplayName";
	const _DPAB = "DeletePublicAccessBlock";
	const _DPABR = "DeletePublicAccessBlockRequest";
	const _DS = "DurationSeconds";
	const _DSCM = "DetailedStatusCodesMetrics";
	const _DSI = "DataSourceId";
	const _DSLC = "DeleteStorageLensConfiguration";
	const _DSLCR = "DeleteStorageLensConfigurationRequest";
	const _DSLCT = "DeleteStorageLensConfigurationTagging";
	const _DSLCTR = "DeleteStorageLensConfigurationTaggingRequest";
	const _DSLCTRe = "DeleteStorageLensConfigurationTaggingResult";
	const _DSLG = "DeleteStorageLensGroup";
	const _DSLGR = "DeleteStorageLensGroupRequest";
	const _DSSEKMS = "DSSEKMS";
	const _DSSEKMSF = "DSSEKMSFilter";
	const _DST = "DataSourceType";
	const _Da = "Date";
	const _Day = "Days";
	const _De = "Details";
	const _Del = "Delimiter";
	const _Des = "Destination";
	const _E = "Expiration";
	const _EBO = "ExpectedBucketOwner";
	const _EC = "EncryptionConfiguration";
	const _ED = "ErrorDetails";
	const _EFR = "EligibleForReplication";
	const _EID = "ExpirationInDays";
	const _EMBO = "ExpectedManifestBucketOwner";
	const _EMO = "EnableManifestOutput";
	const _EMRAPP = "EstablishedMultiRegionAccessPointPolicy";
	const _EODM = "ExpiredObjectDeleteMarker";
	const _EOR = "ExistingObjectReplication";
	const _EPDE = "ExpandedPrefixesDataExport";
	const _ET = "ETag";
	const _ETIAS = "ElapsedTimeInActiveSeconds";
	const _ETv = "EventThreshold";
	const _En = "Endpoints";
	const _Ena = "Enabled";
	const _Enc = "Encryption";
	const _Es = "Established";
	const _Ex = "Exclude";
	const _F = "Format";
	const _FA = "FunctionArn";
	const _FC = "FailureCode";
	const _FP = "FunctionPayload";
	const _FR = "FailureReasons";
	const _FRa = "FailureReason";
	const _Fi = "Fields";
	const _Fil = "Filter";
	const _G = "Grantee";
	const _GAG = "GetAccessGrant";
	const _GAGI = "GetAccessGrantsInstance";
	const _GAGIFP = "GetAccessGrantsInstanceForPrefix";
	const _GAGIFPR = "GetAccessGrantsInstanceForPrefixRequest";
	const _GAGIFPRe = "GetAccessGrantsInstanceForPrefixResult";
	const _GAGIR = "GetAccessGrantsInstanceRequest";
	const _GAGIRP = "GetAccessGrantsInstanceResourcePolicy";
	const _GAGIRPR = "GetAccessGrantsInstanceResourcePolicyRequest";
	const _GAGIRPRe = "GetAccessGrantsInstanceResourcePolicyResult";
	const _GAGIRe = "GetAccessGrantsInstanceResult";
	const _GAGL = "GetAccessGrantsLocation";
	const _GAGLR = "GetAccessGrantsLocationRequest";
	const _GAGLRe = "GetAccessGrantsLocationResult";
	const _GAGR = "GetAccessGrantRequest";
	const _GAGRe = "GetAccessGrantResult";
	const _GAP = "GetAccessPoint";
	const _GAPCFOL = "GetAccessPointConfigurationForObjectLambda";
	const _GAPCFOLR = "GetAccessPointConfigurationForObjectLambdaRequest";
	const _GAPCFOLRe = "GetAccessPointConfigurationForObjectLambdaResult";
	const _GAPFOL = "GetAccessPointForObjectLambda";
	const _GAPFOLR = "GetAccessPointForObjectLambdaRequest";
	const _GAPFOLRe = "GetAccessPointForObjectLambdaResult";
	const _GAPP = "GetAccessPointPolicy";
	const _GAPPFOL = "GetAccessPointPolicyForObjectLambda";
	const _GAPPFOLR = "GetAccessPointPolicyForObjectLambdaRequest";
	const _GAPPFOLRe = "GetAccessPointPolicyForObjectLambdaResult";
	const _GAPPR = "GetAccessPointPolicyRequest";
	const _GAPPRe = "GetAccessPointPolicyResult";
	const _GAPPS = "GetAccessPointPolicyStatus";
	const _GAPPSFOL = "GetAccessPointPolicyStatusForObjectLambda";
	const _GAPPSFOLR = "GetAccessPointPolicyStatusForObjectLambdaRequest";
	const _GAPPSFOLRe = "GetAccessPointPolicyStatusForObjectLambdaResult";
	const _GAPPSR = "GetAccessPointPolicyStatusRequest";
	const _GAPPSRe = "GetAccessPointPolicyStatusResult";
	const _GAPR = "GetAccessPointRequest";
	const _GAPRe = "GetAccessPointResult";
	const _GAPS = "GetAccessPointScope";
	const _GAPSR = "GetAccessPointScopeRequest";
	const _GAPSRe = "GetAccessPointScopeResult";
	const _GB = "GetBucket";
	const _GBLC = "GetBucketLifecycleConfiguration";
	const _GBLCR = "GetBucketLifecycleConfigurationRequest";
	const _GBLCRe = "GetBucketLifecycleConfigurationResult";
	const _GBP = "GetBucketPolicy";
	const _GBPR = "GetBucketPolicyRequest";
	const _GBPRe = "GetBucketPolicyResult";
	const _GBR = "GetBucketRequest";
	const _GBRR = "GetBucketReplicationRequest";
	const _GBRRe = "GetBucketReplicationResult";
	const _GBRe = "GetBucketResult";
	const _GBRet = "GetBucketReplication";
	const _GBT = "GetBucketTagging";
	const _GBTR = "GetBucketTaggingRequest";
	const _GBTRe = "GetBucketTaggingResult";
	const _GBV = "GetBucketVersioning";
	const _GBVR = "GetBucketVersioningRequest";
	const _GBVRe = "GetBucketVersioningResult";
	const _GDA = "GetDataAccess";
	const _GDAR = "GetDataAccessRequest";
	const _GDARe = "GetDataAccessResult";
	const _GFC = "GrantFullControl";
	const _GI = "GranteeIdentifier";
	const _GJT = "GlacierJobTier";
	const _GJTR = "GetJobTaggingRequest";
	const _GJTRe = "GetJobTaggingResult";
	const _GJTe = "GetJobTagging";
	const _GMD = "GeneratedManifestDescriptor";
	const _GME = "GeneratedManifestEncryption";
	const _GMRAP = "GetMultiRegionAccessPoint";
	const _GMRAPP = "GetMultiRegionAccessPointPolicy";
	const _GMRAPPR = "GetMultiRegionAccessPointPolicyRequest";
	const _GMRAPPRe = "GetMultiRegionAccessPointPolicyResult";
	const _GMRAPPS = "GetMultiRegionAccessPointPolicyStatus";
	const _GMRAPPSR = "GetMultiRegionAccessPointPolicyStatusRequest";
	const _GMRAPPSRe = "GetMultiRegionAccessPointPolicyStatusResult";
	const _GMRAPR = "GetMultiRegionAccessPointRequest";
	const _GMRAPRR = "GetMultiRegionAccessPointRoutesRequest";
	const _GMRAPRRe = "GetMultiRegionAccessPointRoutesResult";
	const _GMRAPRe = "GetMultiRegionAccessPointResult";
	const _GMRAPRet = "GetMultiRegionAccessPointRoutes";
	const _GPAB = "GetPublicAccessBlock";
	const _GPABO = "GetPublicAccessBlockOutput";
	const _GPABR = "GetPublicAccessBlockRequest";
	const _GR = "GrantRead";
	const _GRACP = "GrantReadACP";
	const _GS = "GrantScope";
	const _GSLC = "GetStorageLensConfiguration";
	const _GSLCR = "GetStorageLensConfigurationRequest";
	const _GSLCRe = "GetStorageLensConfigurationResult";
	const _GSLCT = "GetStorageLensConfigurationTagging";
	const _GSLCTR = "GetStorageLensConfigurationTaggingRequest";
	const _GSLCTRe = "GetStorageLensConfigurationTaggingResult";
	const _GSLG = "GetStorageLensGroup";
	const _GSLGR = "GetStorageLensGroupRequest";
	const _GSLGRe = "GetStorageLensGroupResult";
	const _GT = "GranteeType";
	const _GW = "GrantWrite";
	const _GWACP = "GrantWriteACP";
	const _Gr = "Grants";
	const _HED = "HttpExpiresDate";
	const _HR = "HomeRegion";
	const _I = "Include";
	const _IAMRA = "IAMRoleArn";
	const _ICA = "IdentityCenterArn";
	const _ICAA = "IdentityCenterApplicationArn";
	const _ICIA = "IdentityCenterInstanceArn";
	const _ID = "ID";
	const _IE = "IdempotencyException";
	const _IEs = "IsEnabled";
	const _INTE = "InvalidNextTokenException";
	const _IP = "IsPublic";
	const _IPA = "IgnorePublicAcls";
	const _IRE = "InvalidRequestException";
	const _ISE = "InternalServiceException";
	const _ISV = "InvocationSchemaVersion";
	const _Id = "Id";
	const _Ide = "Identifier";
	const _J = "Job";
	const _JA = "JobArn";
	const _JD = "JobDescriptor";
	const _JF = "JobFailure";
	const _JFL = "JobFailureList";
	const _JI = "JobId";
	const _JLD = "JobListDescriptor";
	const _JLDL = "JobListDescriptorList";
	const _JM = "JobManifest";
	const _JMG = "JobManifestGenerator";
	const _JMGF = "JobManifestGeneratorFilter";
	const _JML = "JobManifestLocation";
	const _JMS = "JobManifestSpec";
	const _JO = "JobOperation";
	const _JPS = "JobProgressSummary";
	const _JR = "JobReport";
	const _JS = "JobStatuses";
	const _JSE = "JobStatusException";
	const _JT = "JobTimers";
	const _Jo = "Jobs";
	const _K = "Key";
	const _KI = "KeyId";
	const _KKA = "KmsKeyArn";
	const _KMSKA = "KMSKeyArn";
	const _KNC = "KeyNameConstraint";
	const _L = "Location";
	const _LAG = "ListAccessGrants";
	const _LAGE = "ListAccessGrantEntry";
	const _LAGI = "ListAccessGrantsInstances";
	const _LAGIE = "ListAccessGrantsInstanceEntry";
	const _LAGIR = "ListAccessGrantsInstancesRequest";
	const _LAGIRi = "ListAccessGrantsInstancesResult";
	const _LAGL = "ListAccessGrantsLocations";
	const _LAGLE = "ListAccessGrantsLocationsEntry";
	const _LAGLR = "ListAccessGrantsLocationsRequest";
	const _LAGLRi = "ListAccessGrantsLocationsResult";
	const _LAGR = "ListAccessGrantsRequest";
	const _LAGRi = "ListAccessGrantsResult";
	const _LAP = "ListAccessPoints";
	const _LAPFDB = "ListAccessPointsForDirectoryBuckets";
	const _LAPFDBR = "ListAccessPointsForDirectoryBucketsRequest";
	const _LAPFDBRi = "ListAccessPointsForDirectoryBucketsResult";
	const _LAPFOL = "ListAccessPointsForObjectLambda";
	const _LAPFOLR = "ListAccessPointsForObjectLambdaRequest";
	const _LAPFOLRi = "ListAccessPointsForObjectLambdaResult";
	const _LAPR = "ListAccessPointsRequest";
	const _LAPRi = "ListAccessPointsResult";
	const _LC = "LocationConstraint";
	const _LCAG = "ListCallerAccessGrants";
	const _LCAGE = "ListCallerAccessGrantsEntry";
	const _LCAGR = "ListCallerAccessGrantsRequest";
	const _LCAGRi = "ListCallerAccessGrantsResult";
	const _LCi = "LifecycleConfiguration";
	const _LE = "LifecycleExpiration";
	const _LH = "LegalHold";
	const _LI = "LambdaInvoke";
	const _LIO = "LambdaInvokeOperation";
	const _LJ = "ListJobs";
	const _LJR = "ListJobsRequest";
	const _LJRi = "ListJobsResult";
	const _LMRAP = "ListMultiRegionAccessPoints";
	const _LMRAPR = "ListMultiRegionAccessPointsRequest";
	const _LMRAPRi = "ListMultiRegionAccessPointsResult";
	const _LR = "LifecycleRule";
	const _LRAO = "LifecycleRuleAndOperator";
	const _LRB = "ListRegionalBuckets";
	const _LRBR = "ListRegionalBucketsRequest";
	const _LRBRi = "ListRegionalBucketsResult";
	const _LRF = "LifecycleRuleFilter";
	const _LRi = "LifecycleRules";
	const _LS = "LocationScope";
	const _LSLC = "ListStorageLensConfigurations";
	const _LSLCE = "ListStorageLensConfigurationEntry";
	const _LSLCR = "ListStorageLensConfigurationsRequest";
	const _LSLCRi = "ListStorageLensConfigurationsResult";
	const _LSLCRis = "ListStorageLensConfigurationResult";
	const _LSLG = "ListStorageLensGroups";
	const _LSLGE = "ListStorageLensGroupEntry";
	const _LSLGR = "ListStorageLensGroupsRequest";
	const _LSLGRi = "ListStorageLensGroupsResult";
	const _LTFR = "ListTagsForResource";
	const _LTFRR = "ListTagsForResourceRequest";
	const _LTFRRi = "ListTagsForResourceResult";
	const _M = "Message";
	const _MAOE = "MatchAnyObjectEncryption";
	const _MAP = "MatchAnyPrefix";
	const _MAS = "MatchAnySuffix";
	const _MASC = "MatchAnyStorageClass";
	const _MASa = "MatchAnySubstring";
	const _MAT = "MatchAnyTag";
	const _MD = "MfaDelete";
	const _MDa = "MaxDepth";
	const _MDe = "MetadataDirective";
	const _ME = "ManifestEncryption";
	const _MF = "ManifestFormat";
	const _MFA = "MFA";
	const _MFAD = "MFADelete";
	const _MG = "ManifestGenerator";
	const _MGT = "MatchedGrantTarget";
	const _MOA = "MatchObjectAge";
	const _MOL = "ManifestOutputLocation";
	const _MOS = "MatchObjectSize";
	const _MP = "ManifestPrefix";
	const _MR = "MaxResults";
	const _MRAPAR = "MultiRegionAccessPointsAsyncResponse";
	const _MRAPD = "MultiRegionAccessPointDetails";
	const _MRAPPD = "MultiRegionAccessPointPolicyDocument";
	const _MRAPR = "MultiRegionAccessPointReport";
	const _MRAPRL = "MultiRegionAccessPointReportList";
	const _MRAPRR = "MultiRegionAccessPointRegionalResponse";
	const _MRAPRRL = "MultiRegionAccessPointRegionalResponseList";
	const _MRAPRu = "MultiRegionAccessPointRoute";
	const _MSBP = "MinStorageBytesPercentage";
	const _MSC = "ModifiedSinceConstraint";
	const _Ma = "Manifest";
	const _Me = "Metrics";
	const _Mi = "Minutes";
	const _Mo = "Mode";
	const _Mr = "Mrap";
	const _N = "Name";
	const _ND = "NoncurrentDays";
	const _NFE = "NotFoundException";
	const _NNV = "NewerNoncurrentVersions";
	const _NO = "NetworkOrigin";
	const _NOM = "NewObjectMetadata";
	const _NOT = "NewObjectTagging";
	const _NOTF = "NumberOfTasksFailed";
	const _NOTS = "NumberOfTasksSucceeded";
	const _NOTSSE = "NOTSSE";
	const _NS = "NOT-SSE";
	const _NSPABC = "NoSuchPublicAccessBlockConfiguration";
	const _NSSEF = "NotSSEFilter";
	const _NT = "NextToken";
	const _NVE = "NoncurrentVersionExpiration";
	const _NVT = "NoncurrentVersionTransitions";
	const _NVTL = "NoncurrentVersionTransitionList";
	const _NVTo = "NoncurrentVersionTransition";
	const _O = "Owner";
	const _OA = "ObjectArn";
	const _OE = "ObjectEncryption";
	const _OEF = "ObjectEncryptionFilter";
	const _OEFL = "ObjectEncryptionFilterList";
	const _OI = "OutpostId";
	const _OLAFL = "ObjectLambdaAllowedFeaturesList";
	const _OLAP = "ObjectLambdaAccessPoint";
	const _OLAPA = "ObjectLambdaAccessPointArn";
	const _OLAPAb = "ObjectLambdaAccessPointAlias";
	const _OLAPL = "ObjectLambdaAccessPointList";
	const _OLC = "ObjectLambdaConfiguration";
	const _OLCT = "ObjectLambdaContentTransformation";
	const _OLEFB = "ObjectLockEnabledForBucket";
	const _OLLHS = "ObjectLockLegalHoldStatus";
	const _OLM = "ObjectLockMode";
	const _OLRUD = "ObjectLockRetainUntilDate";
	const _OLTC = "ObjectLambdaTransformationConfiguration";
	const _OLTCAL = "ObjectLambdaTransformationConfigurationActionsList";
	const _OLTCL = "ObjectLambdaTransformationConfigurationsList";
	const _ORS = "ObjectReplicationStatuses";
	const _OSGT = "ObjectSizeGreaterThan";
	const _OSGTB = "ObjectSizeGreaterThanBytes";
	const _OSLT = "ObjectSizeLessThan";
	const _OSLTB = "ObjectSizeLessThanBytes";
	const _OSV = "OutputSchemaVersion";
	const _OVI = "ObjectVersionId";
	const _Op = "Operation";
	const _Or = "Organization";
	const _Or_ = "Or";
	const _P = "Permission";
	const _PAB = "PublicAccessBlock";
	const _PABC = "PublicAccessBlockConfiguration";
	const _PABE = "PublicAccessBlockEnabled";
	const _PAGIRP = "PutAccessGrantsInstanceResourcePolicy";
	const _PAGIRPR = "PutAccessGrantsInstanceResourcePolicyRequest";
	const _PAGIRPRu = "PutAccessGrantsInstanceResourcePolicyResult";
	const _PAPCFOL = "PutAccessPointConfigurationForObjectLambda";
	const _PAPCFOLR = "PutAccessPointConfigurationForObjectLambdaRequest";
	const _PAPP = "PutAccessPointPolicy";
	const _PAPPFOL = "PutAccessPointPolicyForObjectLambda";
	const _PAPPFOLR = "PutAccessPointPolicyForObjectLambdaRequest";
	const _PAPPR = "PutAccessPointPolicyRequest";
	const _PAPS = "PutAccessPointScope";
	const _PAPSR = "PutAccessPointScopeRequest";
	const _PBLC = "PutBucketLifecycleConfiguration";
	const _PBLCR = "PutBucketLifecycleConfigurationRequest";
	const _PBP = "PutBucketPolicy";
	const _PBPR = "PutBucketPolicyRequest";
	const _PBR = "PutBucketReplication";
	const _PBRR = "PutBucketReplicationRequest";
	const _PBT = "PutBucketTagging";
	const _PBTR = "PutBucketTaggingRequest";
	const _PBV = "PutBucketVersioning";
	const _PBVR = "PutBucketVersioningRequest";
	const _PD = "PrefixDelimiter";
	const _PJT = "PutJobTagging";
	const _PJTR = "PutJobTaggingRequest";
	const _PJTRu = "PutJobTaggingResult";
	const _PL = "PrefixLevel";
	const _PLSM = "PrefixLevelStorageMetrics";
	const _PLr = "PrefixesList";
	const _PMRAPP = "ProposedMultiRegionAccessPointPolicy";
	const _PMRAPPI = "PutMultiRegionAccessPointPolicyInput";
	const _PMRAPPR = "PutMultiRegionAccessPointPolicyRequest";
	const _PMRAPPRu = "PutMultiRegionAccessPointPolicyResult";
	const _PMRAPPu = "PutMultiRegionAccessPointPolicy";
	const _PPAB = "PutPublicAccessBlock";
	const _PPABR = "PutPublicAccessBlockRequest";
	const _PS = "PolicyStatus";
	const _PSLC = "PutStorageLensConfiguration";
	const _PSLCR = "PutStorageLensConfigurationRequest";
	const _PSLCT = "PutStorageLensConfigurationTagging";
	const _PSLCTR = "PutStorageLensConfigurationTaggingRequest";
	const _PSLCTRu = "PutStorageLensConfigurationTaggingResult";
	const _PSr = "ProgressSummary";
	const _Pe = "Permissions";
	const _Po = "Policy";
	const _Pr = "Priority";
	const _Pre = "Prefix";
	const _Pref = "Prefixes";
	const _Pri = "Privilege";
	const _Pro = "Proposed";
	const _R = "Resource";
	const _RA = "RoleArn";
	const _RAe = "ResourceArn";
	const _RB = "RegionalBucket";
	const _RBL = "RegionalBucketList";
	const _RC = "ReplicationConfiguration";
	const _RCL = "RegionCreationList";
	const _RCe = "RequesterCharged";
	const _RD = "ResponseDetails";
	const _RI = "RequestId";
	const _RJS = "RequestedJobStatus";
	const _RKKID = "ReplicaKmsKeyID";
	const _RL = "RedirectLocation";
	const _RLo = "RouteList";
	const _RM = "ReplicaModifications";
	const _RP = "RequestParameters";
	const _RPB = "RestrictPublicBuckets";
	const _RPe = "RequesterPays";
	const _RR = "RegionReport";
	const _RRAO = "ReplicationRuleAndOperator";
	const _RRF = "ReplicationRuleFilter";
	const _RRL = "RegionReportList";
	const _RRe = "ReplicationRule";
	const _RRep = "ReplicationRules";
	const _RS = "RequestStatus";
	const _RSe = "ReportScope";
	const _RT = "ReplicationTime";
	const _RTARN = "RequestTokenARN";
	const _RTV = "ReplicationTimeValue";
	const _RU = "RouteUpdates";
	const _RUD = "RetainUntilDate";
	const _Re = "Report";
	const _Reg = "Regions";
	const _Regi = "Region";
	const _Ret = "Retention";
	const _Ro = "Routes";
	const _Rol = "Role";
	const _Rou = "Route";
	const _Ru = "Rules";
	const _Rul = "Rule";
	const _S = "Scope";
	const _SACL = "S3AccessControlList";
	const _SACP = "S3AccessControlPolicy";
	const _SAK = "SecretAccessKey";
	const _SAP = "SupportingAccessPoint";
	const _SB = "SourceBucket";
	const _SBD = "S3BucketDestination";
	const _SC = "StorageClass";
	const _SCOC = "S3ComputeObjectChecksum";
	const _SCOCO = "S3ComputeObjectChecksumOperation";
	const _SCOO = "S3CopyObjectOperation";
	const _SC_ = "SSE-C";
	const _SCe = "SelectionCriteria";
	const _SCu = "SuspendedCause";
	const _SD = "SuspendedDate";
	const _SDOT = "S3DeleteObjectTagging";
	const _SDOTO = "S3DeleteObjectTaggingOperation";
	const _SG = "S3Grant";
	const _SGL = "S3GrantList";
	const _SGMD = "S3GeneratedManifestDescriptor";
	const _SGr = "S3Grantee";
	const _SIRO = "S3InitiateRestoreObject";
	const _SIROO = "S3InitiateRestoreObjectOperation";
	const _SJMG = "S3JobManifestGenerator";
	const _SK = "SSE-KMS";
	const _SKEO = "SseKmsEncryptedObjects";
	const _SLA = "StorageLensArn";
	const _SLAO = "StorageLensAwsOrg";
	const _SLC = "StorageLensConfiguration";
	const _SLCL = "StorageLensConfigurationList";
	const _SLDE = "StorageLensDataExport";
	const _SLDEE = "StorageLensDataExportEncryption";
	const _SLEPDE = "StorageLensExpandedPrefixesDataExport";
	const _SLG = "StorageLensGroup";
	const _SLGA = "StorageLensGroupArn";
	const _SLGAO = "StorageLensGroupAndOperator";
	const _SLGF = "StorageLensGroupFilter";
	const _SLGL = "StorageLensGroupLevel";
	const _SLGLE = "StorageLensGroupLevelExclude";
	const _SLGLI = "StorageLensGroupLevelInclude";
	const _SLGLSC = "StorageLensGroupLevelSelectionCriteria";
	const _SLGLt = "StorageLensGroupList";
	const _SLGOO = "StorageLensGroupOrOperator";
	const _SLT = "StorageLensTag";
	const _SLTD = "StorageLensTableDestination";
	const _SLTt = "StorageLensTags";
	const _SM = "StorageMetrics";
	const _SMOL = "S3ManifestOutputLocation";
	const _SMRAPR = "SubmitMultiRegionAccessPointRoutes";
	const _SMRAPRR = "SubmitMultiRegionAccessPointRoutesRequest";
	const _SMRAPRRu = "SubmitMultiRegionAccessPointRoutesResult";
	const _SOLLH = "S3ObjectLockLegalHold";
	const _SOM = "S3ObjectMetadata";
	const _SOO = "S3ObjectOwner";
	const _SP = "S3Prefix";
	const _SPL = "ScopePermissionList";
	const _SPOA = "S3PutObjectAcl";
	const _SPOC = "S3PutObjectCopy";
	const _SPOLH = "S3PutObjectLegalHold";
	const _SPOR = "S3PutObjectRetention";
	const _SPOT = "S3PutObjectTagging";
	const _SPT = "S3PrefixType";
	const _SR = "S3Retention";
	const _SRO = "S3ReplicateObject";
	const _SROO = "S3ReplicateObjectOperation";
	const _SS = "SSE-S3";
	const _SSC = "SourceSelectionCriteria";
	const _SSEA = "SSEAlgorithm";
	const _SSEAKKI = "SSEAwsKmsKeyId";
	const _SSEC = "SSEC";
	const _SSECF = "SSECFilter";
	const _SSEKMS = "SSEKMS";
	const _SSEKMSE = "SSEKMSEncryption";
	const _SSEKMSF = "SSEKMSFilter";
	const _SSES = "SSES3";
	const _SSESE = "SSES3Encryption";
	const _SSESF = "SSES3Filter";
	const _SSOAO = "S3SetObjectAclOperation";
	const _SSOLHO = "S3SetObjectLegalHoldOperation";
	const _SSORO = "S3SetObjectRetentionOperation";
	const _SSOTO = "S3SetObjectTaggingOperation";
	const _SSP = "S3SubPrefix";
	const _ST = "SessionToken";
	const _STS = "S3TagSet";
	const _STa = "S3Tag";
	const _SUOE = "S3UpdateObjectEncryption";
	const _SUOEO = "S3UpdateObjectEncryptionOperation";
	const _SUOESSEKMS = "S3UpdateObjectEncryptionSSEKMS";
	const _SUR = "StatusUpdateReason";
	const _Sp = "Spec";
	const _St = "Status";
	const _Su = "Suffix";
	const _T = "Tags";
	const _TC = "TransformationConfigurations";
	const _TCr = "TransformationConfiguration";
	const _TD = "TerminationDate";
	const _TDP = "TrafficDialPercentage";
	const _TI = "TypeIdentifier";
	const _TK = "TagKeys";
	const _TKP = "TargetKeyPrefix";
	const _TL = "TagList";
	const _TLr = "TransitionList";
	const _TMRE = "TooManyRequestsException";
	const _TMTE = "TooManyTagsException";
	const _TNOT = "TotalNumberOfTasks";
	const _TR = "TargetResource";
	const _TRR = "TagResourceRequest";
	const _TRRa = "TagResourceResult";
	const _TRa = "TagResource";
	const _TS = "TagSet";
	const _TT = "TargetType";
	const _Ta = "Target";
	const _Tag = "Tag";
	const _Tagg = "Tagging";
	const _Ti = "Timers";
	const _Tim = "Time";
	const _Tr = "Transitions";
	const _Tra = "Transition";
	const _UA = "UserArguments";
	const _UAGL = "UpdateAccessGrantsLocation";
	const _UAGLR = "UpdateAccessGrantsLocationRequest";
	const _UAGLRp = "UpdateAccessGrantsLocationResult";
	const _UJP = "UpdateJobPriority";
	const _UJPR = "UpdateJobPriorityRequest";
	const _UJPRp = "UpdateJobPriorityResult";
	const _UJS = "UpdateJobStatus";
	const _UJSR = "UpdateJobStatusRequest";
	const _UJSRp = "UpdateJobStatusResult";
	const _UM = "UserMetadata";
	const _UMSC = "UnModifiedSinceConstraint";
	const _UR = "UntagResource";
	const _URR = "UntagResourceRequest";
	const _URRn = "UntagResourceResult";
	const _USLG = "UpdateStorageLensGroup";
	const _USLGR = "UpdateStorageLensGroupRequest";
	const _V = "Value";
	const _VC = "VpcConfiguration";
	const _VCe = "VersioningConfiguration";
	const _VI = "VpcId";
	const _aBA = "allowedByApplication";
	const _aC = "auditContext";
	const _aa = "application_arn";
	const _b = "bucket";
	const _c = "client";
	const _dB = "directoryBucket";
	const _dS = "durationSeconds";
	const _dSI = "dataSourceId";
	const _dST = "dataSourceType";
	const _e = "error";
	const _g = "granteetype";
	const _gr = "granteeidentifier";
	const _gra = "grantscope";
	const _h = "http";
	const _hCR = "httpChecksumRequired";
	const _hE = "httpError";
	const _hH = "httpHeader";
	const _hL = "hostLabel";
	const _hP = "httpPayload";
	const _hQ = "httpQuery";
	const _jS = "jobStatuses";
	const _l = "locationscope";
	const _mR = "maxResults";
	const _nT = "nextToken";
	const _p = "permission";
	const _pr = "privilege";
	const _pri = "priority";
	const _rJS = "requestedJobStatus";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.s3control";
	const _sUR = "statusUpdateReason";
	const _se = "server";
	const _sp = "s3prefix";
	const _t = "target";
	const _tK = "tagKeys";
	const _tT = "targetType";
	const _xF = "xmlFlattened";
	const _xN = "xmlName";
	const _xaa = "x-amz-acl";
	const _xaai = "x-amz-account-id";
	const _xabole = "x-amz-bucket-object-lock-enabled";
	const _xacrsba = "x-amz-confirm-remove-self-bucket-access";
	const _xagfc = "x-amz-grant-full-control";
	const _xagr = "x-amz-grant-read";
	const _xagra = "x-amz-grant-read-acp";
	const _xagw = "x-amz-grant-write";
	const _xagwa = "x-amz-grant-write-acp";
	const _xam = "x-amz-mfa";
	const _xaoi = "x-amz-outpost-id";
	const n0 = "com.amazonaws.s3control";
	const _s_registry = TypeRegistry.for(_s);
	var S3ControlServiceException$ = [
		-3,
		_s,
		"S3ControlServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(S3ControlServiceException$, S3ControlServiceException);
	const n0_registry = TypeRegistry.for(n0);
	var BadRequestException$ = [
		-3,
		n0,
		_BRE,
		{ [_e]: _c },
		[_M],
		[0]
	];
	n0_registry.registerError(BadRequestException$, BadRequestException);
	var BucketAlreadyExists$ = [
		-3,
		n0,
		_BAE,
		{ [_e]: _c },
		[],
		[]
	];
	n0_registry.registerError(BucketAlreadyExists$, BucketAlreadyExists);
	var BucketAlreadyOwnedByYou$ = [
		-3,
		n0,
		_BAOBY,
		{ [_e]: _c },
		[],
		[]
	];
	n0_registry.registerError(BucketAlreadyOwnedByYou$, BucketAlreadyOwnedByYou);
	var IdempotencyException$ = [
		-3,
		n0,
		_IE,
		{ [_e]: _c },
		[_M],
		[0]
	];
	n0_registry.registerError(IdempotencyException$, IdempotencyException);
	var InternalServiceException$ = [
		-3,
		n0,
		_ISE,
		{ [_e]: _se },
		[_M],
		[0]
	];
	n0_registry.registerError(InternalServiceException$, InternalServiceException);
	var InvalidNextTokenException$ = [
		-3,
		n0,
		_INTE,
		{ [_e]: _c },
		[_M],
		[0]
	];
	n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
	var InvalidRequestException$ = [
		-3,
		n0,
		_IRE,
		{ [_e]: _c },
		[_M],
		[0]
	];
	n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
	var JobStatusException$ = [
		-3,
		n0,
		_JSE,
		{ [_e]: _c },
		[_M],
		[0]
	];
	n0_registry.registerError(JobStatusException$, JobStatusException);
	var NoSuchPublicAccessBlockConfiguration$ = [
		-3,
		n0,
		_NSPABC,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_M],
		[0]
	];
	n0_registry.registerError(NoSuchPublicAccessBlockConfiguration$, NoSuchPublicAccessBlockConfiguration);
	var NotFoundException$ = [
		-3,
		n0,
		_NFE,
		{ [_e]: _c },
		[_M],
		[0]
	];
	n0_registry.registerError(NotFoundException$, NotFoundException);
	var TooManyRequestsException$ = [
		-3,
		n0,
		_TMRE,
		{ [_e]: _c },
		[_M],
		[0]
	];
	n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
	var TooManyTagsException$ = [
		-3,
		n0,
		_TMTE,
		{ [_e]: _c },
		[_M],
		[0]
	];
	n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var AccessKeyId = [
		0,
		n0,
		_AKI,
		8,
		0
	];
	var SecretAccessKey = [
		0,
		n0,
		_SAK,
		8,
		0
	];
	var SessionToken = [
		0,
		n0,
		_ST,
		8,
		0
	];
	var AbortIncompleteMultipartUpload$ = [
		3,
		n0,
		_AIMU,
		0,
		[_DAI],
		[1]
	];
	var AccessControlTranslation$ = [
		3,
		n0,
		_ACT,
		0,
		[_O],
		[0],
		1
	];
	var AccessGrantsLocationConfiguration$ = [
		3,
		n0,
		_AGLC,
		0,
		[_SSP],
		[0]
	];
	var AccessPoint$ = [
		3,
		n0,
		_AP,
		0,
		[
			_N,
			_NO,
			_B,
			_VC,
			_APA,
			_A,
			_BAI,
			_DSI,
			_DST
		],
		[
			0,
			0,
			0,
			() => VpcConfiguration$,
			0,
			0,
			0,
			0,
			0
		],
		3
	];
	var AccountLevel$ = [
		3,
		n0,
		_AL,
		0,
		[
			_BL,
			_AM,
			_ACOM,
			_ADPM,
			_DSCM,
			_APM,
			_SLGL
		],
		[
			() => BucketLevel$,
			() => ActivityMetrics$,
			() => AdvancedCostOptimizationMetrics$,
			() => AdvancedDataProtectionMetrics$,
			() => DetailedStatusCodesMetrics$,
			() => AdvancedPerformanceMetrics$,
			[() => StorageLensGroupLevel$, 0]
		],
		1
	];
	var ActivityMetrics$ = [
		3,
		n0,
		_AM,
		0,
		[_IEs],
		[2]
	];
	var AdvancedCostOptimizationMetrics$ = [
		3,
		n0,
		_ACOM,
		0,
		[_IEs],
		[2]
	];
	var AdvancedDataProtectionMetrics$ = [
		3,
		n0,
		_ADPM,
		0,
		[_IEs],
		[2]
	];
	var AdvancedPerformanceMetrics$ = [
		3,
		n0,
		_APM,
		0,
		[_IEs],
		[2]
	];
	var AssociateAccessGrantsIdentityCenterRequest$ = [
		3,
		n0,
		_AAGICR,
		0,
		[_ICA, _AI],
		[0, [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var AsyncErrorDetails$ = [
		3,
		n0,
		_AED,
		0,
		[
			_C,
			_M,
			_R,
			_RI
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var AsyncOperation$ = [
		3,
		n0,
		_AO,
		0,
		[
			_CT,
			_Op,
			_RTARN,
			_RP,
			_RS,
			_RD
		],
		[
			4,
			0,
			0,
			[() => AsyncRequestParameters$, 0],
			0,
			[() => AsyncResponseDetails$, 0]
		]
	];
	var AsyncRequestParameters$ = [
		3,
		n0,
		_ARP,
		0,
		[
			_CMRAPR,
			_DMRAPR,
			_PMRAPPR
		],
		[
			[() => CreateMultiRegionAccessPointInput$, 0],
			() => DeleteMultiRegionAccessPointInput$,
			() => PutMultiRegionAccessPointPolicyInput$
		]
	];
	var AsyncResponseDetails$ = [
		3,
		n0,
		_ARD,
		0,
		[_MRAPD, _ED],
		[[() => MultiRegionAccessPointsAsyncResponse$, 0], () => AsyncErrorDetails$]
	];
	var AwsLambdaTransformation$ = [
		3,
		n0,
		_ALT,
		0,
		[_FA, _FP],
		[0, 0],
		1
	];
	var BucketLevel$ = [
		3,
		n0,
		_BL,
		0,
		[
			_AM,
			_PL,
			_ACOM,
			_ADPM,
			_DSCM,
			_APM
		],
		[
			() => ActivityMetrics$,
			() => PrefixLevel$,
			() => AdvancedCostOptimizationMetrics$,
			() => AdvancedDataProtectionMetrics$,
			() => DetailedStatusCodesMetrics$,
			() => AdvancedPerformanceMetrics$
		]
	];
	var CloudWatchMetrics$ = [
		3,
		n0,
		_CWM,
		0,
		[_IEs],
		[2],
		1
	];
	var CreateAccessGrantRequest$ = [
		3,
		n0,
		_CAGR,
		0,
		[
			_AGLI,
			_G,
			_P,
			_AI,
			_AGLC,
			_AA,
			_SPT,
			_T
		],
		[
			0,
			() => Grantee$,
			0,
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			() => AccessGrantsLocationConfiguration$,
			0,
			0,
			[() => TagList, 0]
		],
		3
	];
	var CreateAccessGrantResult$ = [
		3,
		n0,
		_CAGRr,
		0,
		[
			_CA,
			_AGI,
			_AGA,
			_G,
			_AGLI,
			_AGLC,
			_P,
			_AA,
			_GS
		],
		[
			4,
			0,
			0,
			() => Grantee$,
			0,
			() => AccessGrantsLocationConfiguration$,
			0,
			0,
			0
		]
	];
	var CreateAccessGrantsInstanceRequest$ = [
		3,
		n0,
		_CAGIR,
		0,
		[
			_AI,
			_ICA,
			_T
		],
		[
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			0,
			[() => TagList, 0]
		]
	];
	var CreateAccessGrantsInstanceResult$ = [
		3,
		n0,
		_CAGIRr,
		0,
		[
			_CA,
			_AGII,
			_AGIA,
			_ICA,
			_ICIA,
			_ICAA
		],
		[
			4,
			0,
			0,
			0,
			0,
			0
		]
	];
	var CreateAccessGrantsLocationRequest$ = [
		3,
		n0,
		_CAGLR,
		0,
		[
			_LS,
			_IAMRA,
			_AI,
			_T
		],
		[
			0,
			0,
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[() => TagList, 0]
		],
		2
	];
	var CreateAccessGrantsLocationResult$ = [
		3,
		n0,
		_CAGLRr,
		0,
		[
			_CA,
			_AGLI,
			_AGLA,
			_LS,
			_IAMRA
		],
		[
			4,
			0,
			0,
			0,
			0
		]
	];
	var CreateAccessPointForObjectLambdaRequest$ = [
		3,
		n0,
		_CAPFOLR,
		0,
		[
			_N,
			_Co,
			_AI
		],
		[
			[0, 1],
			[() => ObjectLambdaConfiguration$, 0],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var CreateAccessPointForObjectLambdaResult$ = [
		3,
		n0,
		_CAPFOLRr,
		0,
		[_OLAPA, _A],
		[0, () => ObjectLambdaAccessPointAlias$]
	];
	var CreateAccessPointRequest$ = [
		3,
		n0,
		_CAPR,
		0,
		[
			_N,
			_B,
			_AI,
			_VC,
			_PABC,
			_BAI,
			_S,
			_T
		],
		[
			[0, 1],
			0,
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			() => VpcConfiguration$,
			[() => PublicAccessBlockConfiguration$, 0],
			0,
			[() => Scope$, 0],
			[() => TagList, 0]
		],
		2
	];
	var CreateAccessPointResult$ = [
		3,
		n0,
		_CAPRr,
		0,
		[_APA, _A],
		[0, 0]
	];
	var CreateBucketConfiguration$ = [
		3,
		n0,
		_CBC,
		0,
		[_LC],
		[0]
	];
	var CreateBucketRequest$ = [
		3,
		n0,
		_CBR,
		0,
		[
			_B,
			_ACL,
			_CBC,
			_GFC,
			_GR,
			_GRACP,
			_GW,
			_GWACP,
			_OLEFB,
			_OI
		],
		[
			[0, 1],
			[0, { [_hH]: _xaa }],
			[() => CreateBucketConfiguration$, {
				[_hP]: 1,
				[_xN]: _CBC
			}],
			[0, { [_hH]: _xagfc }],
			[0, { [_hH]: _xagr }],
			[0, { [_hH]: _xagra }],
			[0, { [_hH]: _xagw }],
			[0, { [_hH]: _xagwa }],
			[2, { [_hH]: _xabole }],
			[0, { [_hH]: _xaoi }]
		],
		1
	];
	var CreateBucketResult$ = [
		3,
		n0,
		_CBRr,
		0,
		[_L, _BA],
		[[0, { [_hH]: _L }], 0]
	];
	var CreateJobRequest$ = [
		3,
		n0,
		_CJR,
		0,
		[
			_Op,
			_Re,
			_Pr,
			_RA,
			_AI,
			_CR,
			_CRT,
			_Ma,
			_D,
			_T,
			_MG
		],
		[
			[() => JobOperation$, 0],
			() => JobReport$,
			1,
			0,
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			2,
			[0, 4],
			() => JobManifest$,
			0,
			() => S3TagSet,
			[() => JobManifestGenerator$, 0]
		],
		4
	];
	var CreateJobResult$ = [
		3,
		n0,
		_CJRr,
		0,
		[_JI],
		[0]
	];
	var CreateMultiRegionAccessPointInput$ = [
		3,
		n0,
		_CMRAPI,
		0,
		[
			_N,
			_Reg,
			_PAB
		],
		[
			0,
			[() => RegionCreationList, 0],
			[() => PublicAccessBlockConfiguration$, 0]
		],
		2
	];
	var CreateMultiRegionAccessPointRequest$ = [
		3,
		n0,
		_CMRAPR,
		0,
		[
			_De,
			_AI,
			_CTl
		],
		[
			[() => CreateMultiRegionAccessPointInput$, 0],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, 4]
		],
		1
	];
	var CreateMultiRegionAccessPointResult$ = [
		3,
		n0,
		_CMRAPRr,
		0,
		[_RTARN],
		[0]
	];
	var CreateStorageLensGroupRequest$ = [
		3,
		n0,
		_CSLGR,
		0,
		[
			_SLG,
			_AI,
			_T
		],
		[
			[() => StorageLensGroup$, 0],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[() => TagList, 0]
		],
		1
	];
	var Credentials$ = [
		3,
		n0,
		_Cr,
		8,
		[
			_AKI,
			_SAK,
			_ST,
			_E
		],
		[
			[() => AccessKeyId, 0],
			[() => SecretAccessKey, 0],
			[() => SessionToken, 0],
			4
		]
	];
	var DeleteAccessGrantRequest$ = [
		3,
		n0,
		_DAGR,
		0,
		[_AGI, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteAccessGrantsInstanceRequest$ = [
		3,
		n0,
		_DAGIR,
		0,
		[_AI],
		[[0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]]
	];
	var DeleteAccessGrantsInstanceResourcePolicyRequest$ = [
		3,
		n0,
		_DAGIRPR,
		0,
		[_AI],
		[[0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]]
	];
	var DeleteAccessGrantsLocationRequest$ = [
		3,
		n0,
		_DAGLR,
		0,
		[_AGLI, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteAccessPointForObjectLambdaRequest$ = [
		3,
		n0,
		_DAPFOLR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteAccessPointPolicyForObjectLambdaRequest$ = [
		3,
		n0,
		_DAPPFOLR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteAccessPointPolicyRequest$ = [
		3,
		n0,
		_DAPPR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteAccessPointRequest$ = [
		3,
		n0,
		_DAPR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteAccessPointScopeRequest$ = [
		3,
		n0,
		_DAPSR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteBucketLifecycleConfigurationRequest$ = [
		3,
		n0,
		_DBLCR,
		0,
		[_B, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteBucketPolicyRequest$ = [
		3,
		n0,
		_DBPR,
		0,
		[_B, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteBucketReplicationRequest$ = [
		3,
		n0,
		_DBRR,
		0,
		[_B, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteBucketRequest$ = [
		3,
		n0,
		_DBR,
		0,
		[_B, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteBucketTaggingRequest$ = [
		3,
		n0,
		_DBTR,
		0,
		[_B, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteJobTaggingRequest$ = [
		3,
		n0,
		_DJTR,
		0,
		[_JI, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteJobTaggingResult$ = [
		3,
		n0,
		_DJTRe,
		0,
		[],
		[]
	];
	var DeleteMarkerReplication$ = [
		3,
		n0,
		_DMR,
		0,
		[_St],
		[0],
		1
	];
	var DeleteMultiRegionAccessPointInput$ = [
		3,
		n0,
		_DMRAPI,
		0,
		[_N],
		[0],
		1
	];
	var DeleteMultiRegionAccessPointRequest$ = [
		3,
		n0,
		_DMRAPR,
		0,
		[
			_De,
			_AI,
			_CTl
		],
		[
			() => DeleteMultiRegionAccessPointInput$,
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, 4]
		],
		1
	];
	var DeleteMultiRegionAccessPointResult$ = [
		3,
		n0,
		_DMRAPRe,
		0,
		[_RTARN],
		[0]
	];
	var DeletePublicAccessBlockRequest$ = [
		3,
		n0,
		_DPABR,
		0,
		[_AI],
		[[0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]]
	];
	var DeleteStorageLensConfigurationRequest$ = [
		3,
		n0,
		_DSLCR,
		0,
		[_CI, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteStorageLensConfigurationTaggingRequest$ = [
		3,
		n0,
		_DSLCTR,
		0,
		[_CI, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DeleteStorageLensConfigurationTaggingResult$ = [
		3,
		n0,
		_DSLCTRe,
		0,
		[],
		[]
	];
	var DeleteStorageLensGroupRequest$ = [
		3,
		n0,
		_DSLGR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DescribeJobRequest$ = [
		3,
		n0,
		_DJR,
		0,
		[_JI, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DescribeJobResult$ = [
		3,
		n0,
		_DJRe,
		0,
		[_J],
		[[() => JobDescriptor$, 0]]
	];
	var DescribeMultiRegionAccessPointOperationRequest$ = [
		3,
		n0,
		_DMRAPOR,
		0,
		[_RTARN, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var DescribeMultiRegionAccessPointOperationResult$ = [
		3,
		n0,
		_DMRAPORe,
		0,
		[_AO],
		[[() => AsyncOperation$, 0]]
	];
	var Destination$ = [
		3,
		n0,
		_Des,
		0,
		[
			_B,
			_Ac,
			_RT,
			_ACT,
			_EC,
			_Me,
			_SC
		],
		[
			0,
			0,
			() => ReplicationTime$,
			() => AccessControlTranslation$,
			() => EncryptionConfiguration$,
			() => Metrics$,
			0
		],
		1
	];
	var DetailedStatusCodesMetrics$ = [
		3,
		n0,
		_DSCM,
		0,
		[_IEs],
		[2]
	];
	var DissociateAccessGrantsIdentityCenterRequest$ = [
		3,
		n0,
		_DAGICR,
		0,
		[_AI],
		[[0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]]
	];
	var DSSEKMSFilter$ = [
		3,
		n0,
		_DSSEKMSF,
		0,
		[_KKA],
		[0]
	];
	var EncryptionConfiguration$ = [
		3,
		n0,
		_EC,
		0,
		[_RKKID],
		[0]
	];
	var EstablishedMultiRegionAccessPointPolicy$ = [
		3,
		n0,
		_EMRAPP,
		0,
		[_Po],
		[0]
	];
	var _Exclude$ = [
		3,
		n0,
		_Ex,
		0,
		[_Bu, _Reg],
		[[() => Buckets, 0], [() => Regions, 0]]
	];
	var ExistingObjectReplication$ = [
		3,
		n0,
		_EOR,
		0,
		[_St],
		[0],
		1
	];
	var GeneratedManifestEncryption$ = [
		3,
		n0,
		_GME,
		0,
		[_SSES, _SSEKMS],
		[[() => SSES3Encryption$, { [_xN]: _SS }], [() => SSEKMSEncryption$, { [_xN]: _SK }]]
	];
	var GetAccessGrantRequest$ = [
		3,
		n0,
		_GAGR,
		0,
		[_AGI, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetAccessGrantResult$ = [
		3,
		n0,
		_GAGRe,
		0,
		[
			_CA,
			_AGI,
			_AGA,
			_G,
			_P,
			_AGLI,
			_AGLC,
			_GS,
			_AA
		],
		[
			4,
			0,
			0,
			() => Grantee$,
			0,
			0,
			() => AccessGrantsLocationConfiguration$,
			0,
			0
		]
	];
	var GetAccessGrantsInstanceForPrefixRequest$ = [
		3,
		n0,
		_GAGIFPR,
		0,
		[_SP, _AI],
		[[0, { [_hQ]: _sp }], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetAccessGrantsInstanceForPrefixResult$ = [
		3,
		n0,
		_GAGIFPRe,
		0,
		[_AGIA, _AGII],
		[0, 0]
	];
	var GetAccessGrantsInstanceRequest$ = [
		3,
		n0,
		_GAGIR,
		0,
		[_AI],
		[[0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]]
	];
	var GetAccessGrantsInstanceResourcePolicyRequest$ = [
		3,
		n0,
		_GAGIRPR,
		0,
		[_AI],
		[[0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]]
	];
	var GetAccessGrantsInstanceResourcePolicyResult$ = [
		3,
		n0,
		_GAGIRPRe,
		0,
		[
			_Po,
			_Or,
			_CA
		],
		[
			0,
			0,
			4
		]
	];
	var GetAccessGrantsInstanceResult$ = [
		3,
		n0,
		_GAGIRe,
		0,
		[
			_AGIA,
			_AGII,
			_ICA,
			_ICIA,
			_ICAA,
			_CA
		],
		[
			0,
			0,
			0,
			0,
			0,
			4
		]
	];
	var GetAccessGrantsLocationRequest$ = [
		3,
		n0,
		_GAGLR,
		0,
		[_AGLI, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetAccessGrantsLocationResult$ = [
		3,
		n0,
		_GAGLRe,
		0,
		[
			_CA,
			_AGLI,
			_AGLA,
			_LS,
			_IAMRA
		],
		[
			4,
			0,
			0,
			0,
			0
		]
	];
	var GetAccessPointConfigurationForObjectLambdaRequest$ = [
		3,
		n0,
		_GAPCFOLR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetAccessPointConfigurationForObjectLambdaResult$ = [
		3,
		n0,
		_GAPCFOLRe,
		0,
		[_Co],
		[[() => ObjectLambdaConfiguration$, 0]]
	];
	var GetAccessPointForObjectLambdaRequest$ = [
		3,
		n0,
		_GAPFOLR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetAccessPointForObjectLambdaResult$ = [
		3,
		n0,
		_GAPFOLRe,
		0,
		[
			_N,
			_PABC,
			_CD,
			_A
		],
		[
			0,
			[() => PublicAccessBlockConfiguration$, 0],
			4,
			() => ObjectLambdaAccessPointAlias$
		]
	];
	var GetAccessPointPolicyForObjectLambdaRequest$ = [
		3,
		n0,
		_GAPPFOLR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetAccessPointPolicyForObjectLambdaResult$ = [
		3,
		n0,
		_GAPPFOLRe,
		0,
		[_Po],
		[0]
	];
	var GetAccessPointPolicyRequest$ = [
		3,
		n0,
		_GAPPR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetAccessPointPolicyResult$ = [
		3,
		n0,
		_GAPPRe,
		0,
		[_Po],
		[0]
	];
	var GetAccessPointPolicyStatusForObjectLambdaRequest$ = [
		3,
		n0,
		_GAPPSFOLR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetAccessPointPolicyStatusForObjectLambdaResult$ = [
		3,
		n0,
		_GAPPSFOLRe,
		0,
		[_PS],
		[[() => PolicyStatus$, 0]]
	];
	var GetAccessPointPolicyStatusRequest$ = [
		3,
		n0,
		_GAPPSR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetAccessPointPolicyStatusResult$ = [
		3,
		n0,
		_GAPPSRe,
		0,
		[_PS],
		[[() => PolicyStatus$, 0]]
	];
	var GetAccessPointRequest$ = [
		3,
		n0,
		_GAPR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetAccessPointResult$ = [
		3,
		n0,
		_GAPRe,
		0,
		[
			_N,
			_B,
			_NO,
			_VC,
			_PABC,
			_CD,
			_A,
			_APA,
			_En,
			_BAI,
			_DSI,
			_DST
		],
		[
			0,
			0,
			0,
			() => VpcConfiguration$,
			[() => PublicAccessBlockConfiguration$, 0],
			4,
			0,
			0,
			128,
			0,
			0,
			0
		]
	];
	var GetAccessPointScopeRequest$ = [
		3,
		n0,
		_GAPSR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetAccessPointScopeResult$ = [
		3,
		n0,
		_GAPSRe,
		0,
		[_S],
		[[() => Scope$, 0]]
	];
	var GetBucketLifecycleConfigurationRequest$ = [
		3,
		n0,
		_GBLCR,
		0,
		[_B, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetBucketLifecycleConfigurationResult$ = [
		3,
		n0,
		_GBLCRe,
		0,
		[_Ru],
		[[() => LifecycleRules, 0]]
	];
	var GetBucketPolicyRequest$ = [
		3,
		n0,
		_GBPR,
		0,
		[_B, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetBucketPolicyResult$ = [
		3,
		n0,
		_GBPRe,
		0,
		[_Po],
		[0]
	];
	var GetBucketReplicationRequest$ = [
		3,
		n0,
		_GBRR,
		0,
		[_B, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetBucketReplicationResult$ = [
		3,
		n0,
		_GBRRe,
		0,
		[_RC],
		[[() => ReplicationConfiguration$, 0]]
	];
	var GetBucketRequest$ = [
		3,
		n0,
		_GBR,
		0,
		[_B, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetBucketResult$ = [
		3,
		n0,
		_GBRe,
		0,
		[
			_B,
			_PABE,
			_CD
		],
		[
			0,
			2,
			4
		]
	];
	var GetBucketTaggingRequest$ = [
		3,
		n0,
		_GBTR,
		0,
		[_B, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetBucketTaggingResult$ = [
		3,
		n0,
		_GBTRe,
		0,
		[_TS],
		[() => S3TagSet],
		1
	];
	var GetBucketVersioningRequest$ = [
		3,
		n0,
		_GBVR,
		0,
		[_B, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetBucketVersioningResult$ = [
		3,
		n0,
		_GBVRe,
		0,
		[_St, _MFAD],
		[0, [0, { [_xN]: _MD }]]
	];
	var GetDataAccessRequest$ = [
		3,
		n0,
		_GDAR,
		0,
		[
			_Ta,
			_P,
			_AI,
			_DS,
			_Pri,
			_TT,
			_AC
		],
		[
			[0, { [_hQ]: _t }],
			[0, { [_hQ]: _p }],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[1, { [_hQ]: _dS }],
			[0, { [_hQ]: _pr }],
			[0, { [_hQ]: _tT }],
			[0, { [_hQ]: _aC }]
		],
		2
	];
	var GetDataAccessResult$ = [
		3,
		n0,
		_GDARe,
		0,
		[
			_Cr,
			_MGT,
			_G
		],
		[
			[() => Credentials$, 0],
			0,
			() => Grantee$
		]
	];
	var GetJobTaggingRequest$ = [
		3,
		n0,
		_GJTR,
		0,
		[_JI, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetJobTaggingResult$ = [
		3,
		n0,
		_GJTRe,
		0,
		[_T],
		[() => S3TagSet]
	];
	var GetMultiRegionAccessPointPolicyRequest$ = [
		3,
		n0,
		_GMRAPPR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetMultiRegionAccessPointPolicyResult$ = [
		3,
		n0,
		_GMRAPPRe,
		0,
		[_Po],
		[() => MultiRegionAccessPointPolicyDocument$]
	];
	var GetMultiRegionAccessPointPolicyStatusRequest$ = [
		3,
		n0,
		_GMRAPPSR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetMultiRegionAccessPointPolicyStatusResult$ = [
		3,
		n0,
		_GMRAPPSRe,
		0,
		[_Es],
		[[() => PolicyStatus$, 0]]
	];
	var GetMultiRegionAccessPointRequest$ = [
		3,
		n0,
		_GMRAPR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetMultiRegionAccessPointResult$ = [
		3,
		n0,
		_GMRAPRe,
		0,
		[_AP],
		[[() => MultiRegionAccessPointReport$, 0]]
	];
	var GetMultiRegionAccessPointRoutesRequest$ = [
		3,
		n0,
		_GMRAPRR,
		0,
		[_Mr, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetMultiRegionAccessPointRoutesResult$ = [
		3,
		n0,
		_GMRAPRRe,
		0,
		[_Mr, _Ro],
		[0, [() => RouteList, 0]]
	];
	var GetPublicAccessBlockOutput$ = [
		3,
		n0,
		_GPABO,
		0,
		[_PABC],
		[[() => PublicAccessBlockConfiguration$, 16]]
	];
	var GetPublicAccessBlockRequest$ = [
		3,
		n0,
		_GPABR,
		0,
		[_AI],
		[[0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]]
	];
	var GetStorageLensConfigurationRequest$ = [
		3,
		n0,
		_GSLCR,
		0,
		[_CI, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetStorageLensConfigurationResult$ = [
		3,
		n0,
		_GSLCRe,
		0,
		[_SLC],
		[[() => StorageLensConfiguration$, 16]]
	];
	var GetStorageLensConfigurationTaggingRequest$ = [
		3,
		n0,
		_GSLCTR,
		0,
		[_CI, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetStorageLensConfigurationTaggingResult$ = [
		3,
		n0,
		_GSLCTRe,
		0,
		[_T],
		[[() => StorageLensTags, 0]]
	];
	var GetStorageLensGroupRequest$ = [
		3,
		n0,
		_GSLGR,
		0,
		[_N, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var GetStorageLensGroupResult$ = [
		3,
		n0,
		_GSLGRe,
		0,
		[_SLG],
		[[() => StorageLensGroup$, 16]]
	];
	var Grantee$ = [
		3,
		n0,
		_G,
		0,
		[_GT, _GI],
		[0, 0]
	];
	var Include$ = [
		3,
		n0,
		_I,
		0,
		[_Bu, _Reg],
		[[() => Buckets, 0], [() => Regions, 0]]
	];
	var JobDescriptor$ = [
		3,
		n0,
		_JD,
		0,
		[
			_JI,
			_CR,
			_D,
			_JA,
			_St,
			_Ma,
			_Op,
			_Pr,
			_PSr,
			_SUR,
			_FR,
			_Re,
			_CT,
			_TD,
			_RA,
			_SD,
			_SCu,
			_MG,
			_GMD
		],
		[
			0,
			2,
			0,
			0,
			0,
			() => JobManifest$,
			[() => JobOperation$, 0],
			1,
			() => JobProgressSummary$,
			0,
			() => JobFailureList,
			() => JobReport$,
			4,
			4,
			0,
			4,
			0,
			[() => JobManifestGenerator$, 0],
			() => S3GeneratedManifestDescriptor$
		]
	];
	var JobFailure$ = [
		3,
		n0,
		_JF,
		0,
		[_FC, _FRa],
		[0, 0]
	];
	var JobListDescriptor$ = [
		3,
		n0,
		_JLD,
		0,
		[
			_JI,
			_D,
			_Op,
			_Pr,
			_St,
			_CT,
			_TD,
			_PSr
		],
		[
			0,
			0,
			0,
			1,
			0,
			4,
			4,
			() => JobProgressSummary$
		]
	];
	var JobManifest$ = [
		3,
		n0,
		_JM,
		0,
		[_Sp, _L],
		[() => JobManifestSpec$, () => JobManifestLocation$],
		2
	];
	var JobManifestGeneratorFilter$ = [
		3,
		n0,
		_JMGF,
		0,
		[
			_EFR,
			_CAr,
			_CB,
			_ORS,
			_KNC,
			_OSGTB,
			_OSLTB,
			_MASC,
			_MAOE
		],
		[
			2,
			4,
			4,
			64,
			() => KeyNameConstraint$,
			1,
			1,
			64,
			[() => ObjectEncryptionFilterList, 0]
		]
	];
	var JobManifestLocation$ = [
		3,
		n0,
		_JML,
		0,
		[
			_OA,
			_ET,
			_OVI
		],
		[
			0,
			0,
			0
		],
		2
	];
	var JobManifestSpec$ = [
		3,
		n0,
		_JMS,
		0,
		[_F, _Fi],
		[0, 64],
		1
	];
	var JobOperation$ = [
		3,
		n0,
		_JO,
		0,
		[
			_LI,
			_SPOC,
			_SPOA,
			_SPOT,
			_SDOT,
			_SIRO,
			_SPOLH,
			_SPOR,
			_SRO,
			_SCOC,
			_SUOE
		],
		[
			() => LambdaInvokeOperation$,
			() => S3CopyObjectOperation$,
			() => S3SetObjectAclOperation$,
			() => S3SetObjectTaggingOperation$,
			() => S3DeleteObjectTaggingOperation$,
			() => S3InitiateRestoreObjectOperation$,
			() => S3SetObjectLegalHoldOperation$,
			() => S3SetObjectRetentionOperation$,
			() => S3ReplicateObjectOperation$,
			() => S3ComputeObjectChecksumOperation$,
			[() => S3UpdateObjectEncryptionOperation$, 0]
		]
	];
	var JobProgressSummary$ = [
		3,
		n0,
		_JPS,
		0,
		[
			_TNOT,
			_NOTS,
			_NOTF,
			_Ti
		],
		[
			1,
			1,
			1,
			() => JobTimers$
		]
	];
	var JobReport$ = [
		3,
		n0,
		_JR,
		0,
		[
			_Ena,
			_B,
			_F,
			_Pre,
			_RSe,
			_EBO
		],
		[
			2,
			0,
			0,
			0,
			0,
			0
		],
		1
	];
	var JobTimers$ = [
		3,
		n0,
		_JT,
		0,
		[_ETIAS],
		[1]
	];
	var KeyNameConstraint$ = [
		3,
		n0,
		_KNC,
		0,
		[
			_MAP,
			_MAS,
			_MASa
		],
		[
			64,
			64,
			64
		]
	];
	var LambdaInvokeOperation$ = [
		3,
		n0,
		_LIO,
		0,
		[
			_FA,
			_ISV,
			_UA
		],
		[
			0,
			0,
			128
		]
	];
	var LifecycleConfiguration$ = [
		3,
		n0,
		_LCi,
		0,
		[_Ru],
		[[() => LifecycleRules, 0]]
	];
	var LifecycleExpiration$ = [
		3,
		n0,
		_LE,
		0,
		[
			_Da,
			_Day,
			_EODM
		],
		[
			4,
			1,
			2
		]
	];
	var LifecycleRule$ = [
		3,
		n0,
		_LR,
		0,
		[
			_St,
			_E,
			_ID,
			_Fil,
			_Tr,
			_NVT,
			_NVE,
			_AIMU
		],
		[
			0,
			() => LifecycleExpiration$,
			0,
			() => LifecycleRuleFilter$,
			[() => TransitionList, 0],
			[() => NoncurrentVersionTransitionList, 0],
			() => NoncurrentVersionExpiration$,
			() => AbortIncompleteMultipartUpload$
		],
		1
	];
	var LifecycleRuleAndOperator$ = [
		3,
		n0,
		_LRAO,
		0,
		[
			_Pre,
			_T,
			_OSGT,
			_OSLT
		],
		[
			0,
			() => S3TagSet,
			1,
			1
		]
	];
	var LifecycleRuleFilter$ = [
		3,
		n0,
		_LRF,
		0,
		[
			_Pre,
			_Tag,
			_An,
			_OSGT,
			_OSLT
		],
		[
			0,
			() => S3Tag$,
			() => LifecycleRuleAndOperator$,
			1,
			1
		]
	];
	var ListAccessGrantEntry$ = [
		3,
		n0,
		_LAGE,
		0,
		[
			_CA,
			_AGI,
			_AGA,
			_G,
			_P,
			_AGLI,
			_AGLC,
			_GS,
			_AA
		],
		[
			4,
			0,
			0,
			() => Grantee$,
			0,
			0,
			() => AccessGrantsLocationConfiguration$,
			0,
			0
		]
	];
	var ListAccessGrantsInstanceEntry$ = [
		3,
		n0,
		_LAGIE,
		0,
		[
			_AGII,
			_AGIA,
			_CA,
			_ICA,
			_ICIA,
			_ICAA
		],
		[
			0,
			0,
			4,
			0,
			0,
			0
		]
	];
	var ListAccessGrantsInstancesRequest$ = [
		3,
		n0,
		_LAGIR,
		0,
		[
			_AI,
			_NT,
			_MR
		],
		[
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, { [_hQ]: _nT }],
			[1, { [_hQ]: _mR }]
		]
	];
	var ListAccessGrantsInstancesResult$ = [
		3,
		n0,
		_LAGIRi,
		0,
		[_NT, _AGIL],
		[0, [() => AccessGrantsInstancesList, 0]]
	];
	var ListAccessGrantsLocationsEntry$ = [
		3,
		n0,
		_LAGLE,
		0,
		[
			_CA,
			_AGLI,
			_AGLA,
			_LS,
			_IAMRA
		],
		[
			4,
			0,
			0,
			0,
			0
		]
	];
	var ListAccessGrantsLocationsRequest$ = [
		3,
		n0,
		_LAGLR,
		0,
		[
			_AI,
			_NT,
			_MR,
			_LS
		],
		[
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, { [_hQ]: _nT }],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _l }]
		]
	];
	var ListAccessGrantsLocationsResult$ = [
		3,
		n0,
		_LAGLRi,
		0,
		[_NT, _AGLL],
		[0, [() => AccessGrantsLocationsList, 0]]
	];
	var ListAccessGrantsRequest$ = [
		3,
		n0,
		_LAGR,
		0,
		[
			_AI,
			_NT,
			_MR,
			_GT,
			_GI,
			_P,
			_GS,
			_AA
		],
		[
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, { [_hQ]: _nT }],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _g }],
			[0, { [_hQ]: _gr }],
			[0, { [_hQ]: _p }],
			[0, { [_hQ]: _gra }],
			[0, { [_hQ]: _aa }]
		]
	];
	var ListAccessGrantsResult$ = [
		3,
		n0,
		_LAGRi,
		0,
		[_NT, _AGL],
		[0, [() => AccessGrantsList, 0]]
	];
	var ListAccessPointsForDirectoryBucketsRequest$ = [
		3,
		n0,
		_LAPFDBR,
		0,
		[
			_AI,
			_DB,
			_NT,
			_MR
		],
		[
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, { [_hQ]: _dB }],
			[0, { [_hQ]: _nT }],
			[1, { [_hQ]: _mR }]
		]
	];
	var ListAccessPointsForDirectoryBucketsResult$ = [
		3,
		n0,
		_LAPFDBRi,
		0,
		[_APL, _NT],
		[[() => AccessPointList, 0], 0]
	];
	var ListAccessPointsForObjectLambdaRequest$ = [
		3,
		n0,
		_LAPFOLR,
		0,
		[
			_AI,
			_NT,
			_MR
		],
		[
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, { [_hQ]: _nT }],
			[1, { [_hQ]: _mR }]
		]
	];
	var ListAccessPointsForObjectLambdaResult$ = [
		3,
		n0,
		_LAPFOLRi,
		0,
		[_OLAPL, _NT],
		[[() => ObjectLambdaAccessPointList, 0], 0]
	];
	var ListAccessPointsRequest$ = [
		3,
		n0,
		_LAPR,
		0,
		[
			_AI,
			_B,
			_NT,
			_MR,
			_DSI,
			_DST
		],
		[
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, { [_hQ]: _b }],
			[0, { [_hQ]: _nT }],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _dSI }],
			[0, { [_hQ]: _dST }]
		]
	];
	var ListAccessPointsResult$ = [
		3,
		n0,
		_LAPRi,
		0,
		[_APL, _NT],
		[[() => AccessPointList, 0], 0]
	];
	var ListCallerAccessGrantsEntry$ = [
		3,
		n0,
		_LCAGE,
		0,
		[
			_P,
			_GS,
			_AA
		],
		[
			0,
			0,
			0
		]
	];
	var ListCallerAccessGrantsRequest$ = [
		3,
		n0,
		_LCAGR,
		0,
		[
			_AI,
			_GS,
			_NT,
			_MR,
			_ABA
		],
		[
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, { [_hQ]: _gra }],
			[0, { [_hQ]: _nT }],
			[1, { [_hQ]: _mR }],
			[2, { [_hQ]: _aBA }]
		]
	];
	var ListCallerAccessGrantsResult$ = [
		3,
		n0,
		_LCAGRi,
		0,
		[_NT, _CAGL],
		[0, [() => CallerAccessGrantsList, 0]]
	];
	var ListJobsRequest$ = [
		3,
		n0,
		_LJR,
		0,
		[
			_AI,
			_JS,
			_NT,
			_MR
		],
		[
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[64, { [_hQ]: _jS }],
			[0, { [_hQ]: _nT }],
			[1, { [_hQ]: _mR }]
		]
	];
	var ListJobsResult$ = [
		3,
		n0,
		_LJRi,
		0,
		[_NT, _Jo],
		[0, () => JobListDescriptorList]
	];
	var ListMultiRegionAccessPointsRequest$ = [
		3,
		n0,
		_LMRAPR,
		0,
		[
			_AI,
			_NT,
			_MR
		],
		[
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, { [_hQ]: _nT }],
			[1, { [_hQ]: _mR }]
		]
	];
	var ListMultiRegionAccessPointsResult$ = [
		3,
		n0,
		_LMRAPRi,
		0,
		[_APc, _NT],
		[[() => MultiRegionAccessPointReportList, 0], 0]
	];
	var ListRegionalBucketsRequest$ = [
		3,
		n0,
		_LRBR,
		0,
		[
			_AI,
			_NT,
			_MR,
			_OI
		],
		[
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, { [_hQ]: _nT }],
			[1, { [_hQ]: _mR }],
			[0, { [_hH]: _xaoi }]
		]
	];
	var ListRegionalBucketsResult$ = [
		3,
		n0,
		_LRBRi,
		0,
		[_RBL, _NT],
		[[() => RegionalBucketList, 0], 0]
	];
	var ListStorageLensConfigurationEntry$ = [
		3,
		n0,
		_LSLCE,
		0,
		[
			_Id,
			_SLA,
			_HR,
			_IEs
		],
		[
			0,
			0,
			0,
			2
		],
		3
	];
	var ListStorageLensConfigurationsRequest$ = [
		3,
		n0,
		_LSLCR,
		0,
		[_AI, _NT],
		[[0, {
			[_hL]: 1,
			[_hH]: _xaai
		}], [0, { [_hQ]: _nT }]]
	];
	var ListStorageLensConfigurationsResult$ = [
		3,
		n0,
		_LSLCRi,
		{ [_xN]: _LSLCRis },
		[_NT, _SLCL],
		[0, [() => StorageLensConfigurationList, {
			[_xF]: 1,
			[_xN]: _SLC
		}]]
	];
	var ListStorageLensGroupEntry$ = [
		3,
		n0,
		_LSLGE,
		0,
		[
			_N,
			_SLGA,
			_HR
		],
		[
			0,
			0,
			0
		],
		3
	];
	var ListStorageLensGroupsRequest$ = [
		3,
		n0,
		_LSLGR,
		0,
		[_AI, _NT],
		[[0, {
			[_hL]: 1,
			[_hH]: _xaai
		}], [0, { [_hQ]: _nT }]]
	];
	var ListStorageLensGroupsResult$ = [
		3,
		n0,
		_LSLGRi,
		0,
		[_NT, _SLGLt],
		[0, [() => StorageLensGroupList, {
			[_xF]: 1,
			[_xN]: _SLG
		}]]
	];
	var ListTagsForResourceRequest$ = [
		3,
		n0,
		_LTFRR,
		0,
		[_RAe, _AI],
		[[0, 1], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var ListTagsForResourceResult$ = [
		3,
		n0,
		_LTFRRi,
		0,
		[_T],
		[[() => TagList, 0]]
	];
	var MatchObjectAge$ = [
		3,
		n0,
		_MOA,
		0,
		[_DGT, _DLT],
		[1, 1]
	];
	var MatchObjectSize$ = [
		3,
		n0,
		_MOS,
		0,
		[_BGT, _BLT],
		[1, 1]
	];
	var Metrics$ = [
		3,
		n0,
		_Me,
		0,
		[_St, _ETv],
		[0, () => ReplicationTimeValue$],
		1
	];
	var MultiRegionAccessPointPolicyDocument$ = [
		3,
		n0,
		_MRAPPD,
		0,
		[_Es, _Pro],
		[() => EstablishedMultiRegionAccessPointPolicy$, () => ProposedMultiRegionAccessPointPolicy$]
	];
	var MultiRegionAccessPointRegionalResponse$ = [
		3,
		n0,
		_MRAPRR,
		0,
		[_N, _RS],
		[0, 0]
	];
	var MultiRegionAccessPointReport$ = [
		3,
		n0,
		_MRAPR,
		0,
		[
			_N,
			_A,
			_CA,
			_PAB,
			_St,
			_Reg
		],
		[
			0,
			0,
			4,
			[() => PublicAccessBlockConfiguration$, 0],
			0,
			[() => RegionReportList, 0]
		]
	];
	var MultiRegionAccessPointRoute$ = [
		3,
		n0,
		_MRAPRu,
		0,
		[
			_TDP,
			_B,
			_Regi
		],
		[
			1,
			0,
			0
		],
		1
	];
	var MultiRegionAccessPointsAsyncResponse$ = [
		3,
		n0,
		_MRAPAR,
		0,
		[_Reg],
		[[() => MultiRegionAccessPointRegionalResponseList, 0]]
	];
	var NoncurrentVersionExpiration$ = [
		3,
		n0,
		_NVE,
		0,
		[_ND, _NNV],
		[1, 1]
	];
	var NoncurrentVersionTransition$ = [
		3,
		n0,
		_NVTo,
		0,
		[_ND, _SC],
		[1, 0]
	];
	var NotSSEFilter$ = [
		3,
		n0,
		_NSSEF,
		0,
		[],
		[]
	];
	var ObjectEncryption$ = [
		3,
		n0,
		_OE,
		0,
		[_SSEKMS],
		[[() => S3UpdateObjectEncryptionSSEKMS$, { [_xN]: _SK }]]
	];
	var ObjectLambdaAccessPoint$ = [
		3,
		n0,
		_OLAP,
		0,
		[
			_N,
			_OLAPA,
			_A
		],
		[
			0,
			0,
			() => ObjectLambdaAccessPointAlias$
		],
		1
	];
	var ObjectLambdaAccessPointAlias$ = [
		3,
		n0,
		_OLAPAb,
		0,
		[_V, _St],
		[0, 0]
	];
	var ObjectLambdaConfiguration$ = [
		3,
		n0,
		_OLC,
		0,
		[
			_SAP,
			_TC,
			_CWME,
			_AF
		],
		[
			0,
			[() => ObjectLambdaTransformationConfigurationsList, 0],
			2,
			[() => ObjectLambdaAllowedFeaturesList, 0]
		],
		2
	];
	var ObjectLambdaTransformationConfiguration$ = [
		3,
		n0,
		_OLTC,
		0,
		[_Act, _CTo],
		[[() => ObjectLambdaTransformationConfigurationActionsList, 0], () => ObjectLambdaContentTransformation$],
		2
	];
	var PolicyStatus$ = [
		3,
		n0,
		_PS,
		0,
		[_IP],
		[[2, { [_xN]: _IP }]]
	];
	var PrefixLevel$ = [
		3,
		n0,
		_PL,
		0,
		[_SM],
		[() => PrefixLevelStorageMetrics$],
		1
	];
	var PrefixLevelStorageMetrics$ = [
		3,
		n0,
		_PLSM,
		0,
		[_IEs, _SCe],
		[2, () => SelectionCriteria$]
	];
	var ProposedMultiRegionAccessPointPolicy$ = [
		3,
		n0,
		_PMRAPP,
		0,
		[_Po],
		[0]
	];
	var PublicAccessBlockConfiguration$ = [
		3,
		n0,
		_PABC,
		0,
		[
			_BPA,
			_IPA,
			_BPP,
			_RPB
		],
		[
			[2, { [_xN]: _BPA }],
			[2, { [_xN]: _IPA }],
			[2, { [_xN]: _BPP }],
			[2, { [_xN]: _RPB }]
		]
	];
	var PutAccessGrantsInstanceResourcePolicyRequest$ = [
		3,
		n0,
		_PAGIRPR,
		0,
		[
			_Po,
			_AI,
			_Or
		],
		[
			0,
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			0
		],
		1
	];
	var PutAccessGrantsInstanceResourcePolicyResult$ = [
		3,
		n0,
		_PAGIRPRu,
		0,
		[
			_Po,
			_Or,
			_CA
		],
		[
			0,
			0,
			4
		]
	];
	var PutAccessPointConfigurationForObjectLambdaRequest$ = [
		3,
		n0,
		_PAPCFOLR,
		0,
		[
			_N,
			_Co,
			_AI
		],
		[
			[0, 1],
			[() => ObjectLambdaConfiguration$, 0],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var PutAccessPointPolicyForObjectLambdaRequest$ = [
		3,
		n0,
		_PAPPFOLR,
		0,
		[
			_N,
			_Po,
			_AI
		],
		[
			[0, 1],
			0,
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var PutAccessPointPolicyRequest$ = [
		3,
		n0,
		_PAPPR,
		0,
		[
			_N,
			_Po,
			_AI
		],
		[
			[0, 1],
			0,
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var PutAccessPointScopeRequest$ = [
		3,
		n0,
		_PAPSR,
		0,
		[
			_N,
			_S,
			_AI
		],
		[
			[0, 1],
			[() => Scope$, 0],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var PutBucketLifecycleConfigurationRequest$ = [
		3,
		n0,
		_PBLCR,
		0,
		[
			_B,
			_AI,
			_LCi
		],
		[
			[0, 1],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[() => LifecycleConfiguration$, {
				[_hP]: 1,
				[_xN]: _LCi
			}]
		],
		1
	];
	var PutBucketPolicyRequest$ = [
		3,
		n0,
		_PBPR,
		0,
		[
			_B,
			_Po,
			_AI,
			_CRSBA
		],
		[
			[0, 1],
			0,
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[2, { [_hH]: _xacrsba }]
		],
		2
	];
	var PutBucketReplicationRequest$ = [
		3,
		n0,
		_PBRR,
		0,
		[
			_B,
			_RC,
			_AI
		],
		[
			[0, 1],
			[() => ReplicationConfiguration$, {
				[_hP]: 1,
				[_xN]: _RC
			}],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var PutBucketTaggingRequest$ = [
		3,
		n0,
		_PBTR,
		0,
		[
			_B,
			_Tagg,
			_AI
		],
		[
			[0, 1],
			[() => Tagging$, {
				[_hP]: 1,
				[_xN]: _Tagg
			}],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var PutBucketVersioningRequest$ = [
		3,
		n0,
		_PBVR,
		0,
		[
			_B,
			_VCe,
			_AI,
			_MFA
		],
		[
			[0, 1],
			[() => VersioningConfiguration$, {
				[_hP]: 1,
				[_xN]: _VCe
			}],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, { [_hH]: _xam }]
		],
		2
	];
	var PutJobTaggingRequest$ = [
		3,
		n0,
		_PJTR,
		0,
		[
			_JI,
			_T,
			_AI
		],
		[
			[0, 1],
			() => S3TagSet,
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var PutJobTaggingResult$ = [
		3,
		n0,
		_PJTRu,
		0,
		[],
		[]
	];
	var PutMultiRegionAccessPointPolicyInput$ = [
		3,
		n0,
		_PMRAPPI,
		0,
		[_N, _Po],
		[0, 0],
		2
	];
	var PutMultiRegionAccessPointPolicyRequest$ = [
		3,
		n0,
		_PMRAPPR,
		0,
		[
			_De,
			_AI,
			_CTl
		],
		[
			() => PutMultiRegionAccessPointPolicyInput$,
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, 4]
		],
		1
	];
	var PutMultiRegionAccessPointPolicyResult$ = [
		3,
		n0,
		_PMRAPPRu,
		0,
		[_RTARN],
		[0]
	];
	var PutPublicAccessBlockRequest$ = [
		3,
		n0,
		_PPABR,
		0,
		[_PABC, _AI],
		[[() => PublicAccessBlockConfiguration$, {
			[_hP]: 1,
			[_xN]: _PABC
		}], [0, {
			[_hL]: 1,
			[_hH]: _xaai
		}]],
		1
	];
	var PutStorageLensConfigurationRequest$ = [
		3,
		n0,
		_PSLCR,
		0,
		[
			_CI,
			_SLC,
			_AI,
			_T
		],
		[
			[0, 1],
			[() => StorageLensConfiguration$, 0],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[() => StorageLensTags, 0]
		],
		2
	];
	var PutStorageLensConfigurationTaggingRequest$ = [
		3,
		n0,
		_PSLCTR,
		0,
		[
			_CI,
			_T,
			_AI
		],
		[
			[0, 1],
			[() => StorageLensTags, 0],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var PutStorageLensConfigurationTaggingResult$ = [
		3,
		n0,
		_PSLCTRu,
		0,
		[],
		[]
	];
	var Region$ = [
		3,
		n0,
		_Regi,
		0,
		[_B, _BAI],
		[0, 0],
		1
	];
	var RegionalBucket$ = [
		3,
		n0,
		_RB,
		0,
		[
			_B,
			_PABE,
			_CD,
			_BA,
			_OI
		],
		[
			0,
			2,
			4,
			0,
			0
		],
		3
	];
	var RegionReport$ = [
		3,
		n0,
		_RR,
		0,
		[
			_B,
			_Regi,
			_BAI
		],
		[
			0,
			0,
			0
		]
	];
	var ReplicaModifications$ = [
		3,
		n0,
		_RM,
		0,
		[_St],
		[0],
		1
	];
	var ReplicationConfiguration$ = [
		3,
		n0,
		_RC,
		0,
		[_Rol, _Ru],
		[0, [() => ReplicationRules, 0]],
		2
	];
	var ReplicationRule$ = [
		3,
		n0,
		_RRe,
		0,
		[
			_St,
			_Des,
			_B,
			_ID,
			_Pr,
			_Pre,
			_Fil,
			_SSC,
			_EOR,
			_DMR
		],
		[
			0,
			() => Destination$,
			0,
			0,
			1,
			0,
			() => ReplicationRuleFilter$,
			() => SourceSelectionCriteria$,
			() => ExistingObjectReplication$,
			() => DeleteMarkerReplication$
		],
		3
	];
	var ReplicationRuleAndOperator$ = [
		3,
		n0,
		_RRAO,
		0,
		[_Pre, _T],
		[0, () => S3TagSet]
	];
	var ReplicationRuleFilter$ = [
		3,
		n0,
		_RRF,
		0,
		[
			_Pre,
			_Tag,
			_An
		],
		[
			0,
			() => S3Tag$,
			() => ReplicationRuleAndOperator$
		]
	];
	var ReplicationTime$ = [
		3,
		n0,
		_RT,
		0,
		[_St, _Tim],
		[0, () => ReplicationTimeValue$],
		2
	];
	var ReplicationTimeValue$ = [
		3,
		n0,
		_RTV,
		0,
		[_Mi],
		[1]
	];
	var S3AccessControlList$ = [
		3,
		n0,
		_SACL,
		0,
		[_O, _Gr],
		[() => S3ObjectOwner$, () => S3GrantList],
		1
	];
	var S3AccessControlPolicy$ = [
		3,
		n0,
		_SACP,
		0,
		[_ACLc, _CACL],
		[() => S3AccessControlList$, 0]
	];
	var S3BucketDestination$ = [
		3,
		n0,
		_SBD,
		0,
		[
			_F,
			_OSV,
			_Ar,
			_AI,
			_Pre,
			_Enc
		],
		[
			0,
			0,
			0,
			0,
			0,
			[() => StorageLensDataExportEncryption$, 0]
		],
		3
	];
	var S3ComputeObjectChecksumOperation$ = [
		3,
		n0,
		_SCOCO,
		0,
		[_CAh, _CTh],
		[0, 0]
	];
	var S3CopyObjectOperation$ = [
		3,
		n0,
		_SCOO,
		0,
		[
			_TR,
			_CACL,
			_ACG,
			_MDe,
			_MSC,
			_NOM,
			_NOT,
			_RL,
			_RPe,
			_SC,
			_UMSC,
			_SSEAKKI,
			_TKP,
			_OLLHS,
			_OLM,
			_OLRUD,
			_BKE,
			_CAh
		],
		[
			0,
			0,
			() => S3GrantList,
			0,
			4,
			() => S3ObjectMetadata$,
			() => S3TagSet,
			0,
			2,
			0,
			4,
			0,
			0,
			0,
			0,
			4,
			2,
			0
		]
	];
	var S3DeleteObjectTaggingOperation$ = [
		3,
		n0,
		_SDOTO,
		0,
		[],
		[]
	];
	var S3GeneratedManifestDescriptor$ = [
		3,
		n0,
		_SGMD,
		0,
		[_F, _L],
		[0, () => JobManifestLocation$]
	];
	var S3Grant$ = [
		3,
		n0,
		_SG,
		0,
		[_G, _P],
		[() => S3Grantee$, 0]
	];
	var S3Grantee$ = [
		3,
		n0,
		_SGr,
		0,
		[
			_TI,
			_Ide,
			_DN
		],
		[
			0,
			0,
			0
		]
	];
	var S3InitiateRestoreObjectOperation$ = [
		3,
		n0,
		_SIROO,
		0,
		[_EID, _GJT],
		[1, 0]
	];
	var S3JobManifestGenerator$ = [
		3,
		n0,
		_SJMG,
		0,
		[
			_SB,
			_EMO,
			_EBO,
			_MOL,
			_Fil
		],
		[
			0,
			2,
			0,
			[() => S3ManifestOutputLocation$, 0],
			[() => JobManifestGeneratorFilter$, 0]
		],
		2
	];
	var S3ManifestOutputLocation$ = [
		3,
		n0,
		_SMOL,
		0,
		[
			_B,
			_MF,
			_EMBO,
			_MP,
			_ME
		],
		[
			0,
			0,
			0,
			0,
			[() => GeneratedManifestEncryption$, 0]
		],
		2
	];
	var S3ObjectLockLegalHold$ = [
		3,
		n0,
		_SOLLH,
		0,
		[_St],
		[0],
		1
	];
	var S3ObjectMetadata$ = [
		3,
		n0,
		_SOM,
		0,
		[
			_CC,
			_CDo,
			_CE,
			_CL,
			_UM,
			_CLo,
			_CMD,
			_CTon,
			_HED,
			_RCe,
			_SSEA
		],
		[
			0,
			0,
			0,
			0,
			128,
			1,
			0,
			0,
			4,
			2,
			0
		]
	];
	var S3ObjectOwner$ = [
		3,
		n0,
		_SOO,
		0,
		[_ID, _DN],
		[0, 0]
	];
	var S3ReplicateObjectOperation$ = [
		3,
		n0,
		_SROO,
		0,
		[],
		[]
	];
	var S3Retention$ = [
		3,
		n0,
		_SR,
		0,
		[_RUD, _Mo],
		[4, 0]
	];
	var S3SetObjectAclOperation$ = [
		3,
		n0,
		_SSOAO,
		0,
		[_ACP],
		[() => S3AccessControlPolicy$]
	];
	var S3SetObjectLegalHoldOperation$ = [
		3,
		n0,
		_SSOLHO,
		0,
		[_LH],
		[() => S3ObjectLockLegalHold$],
		1
	];
	var S3SetObjectRetentionOperation$ = [
		3,
		n0,
		_SSORO,
		0,
		[_Ret, _BGR],
		[() => S3Retention$, 2],
		1
	];
	var S3SetObjectTaggingOperation$ = [
		3,
		n0,
		_SSOTO,
		0,
		[_TS],
		[() => S3TagSet]
	];
	var S3Tag$ = [
		3,
		n0,
		_STa,
		0,
		[_K, _V],
		[0, 0],
		2
	];
	var S3UpdateObjectEncryptionOperation$ = [
		3,
		n0,
		_SUOEO,
		0,
		[_OE],
		[[() => ObjectEncryption$, 0]]
	];
	var S3UpdateObjectEncryptionSSEKMS$ = [
		3,
		n0,
		_SUOESSEKMS,
		{ [_xN]: _SK },
		[_KMSKA, _BKE],
		[0, 2],
		1
	];
	var Scope$ = [
		3,
		n0,
		_S,
		0,
		[_Pref, _Pe],
		[[() => PrefixesList, { [_xN]: _Pref }], [() => ScopePermissionList, { [_xN]: _Pe }]]
	];
	var SelectionCriteria$ = [
		3,
		n0,
		_SCe,
		0,
		[
			_Del,
			_MDa,
			_MSBP
		],
		[
			0,
			1,
			1
		]
	];
	var SourceSelectionCriteria$ = [
		3,
		n0,
		_SSC,
		0,
		[_SKEO, _RM],
		[() => SseKmsEncryptedObjects$, () => ReplicaModifications$]
	];
	var SSECFilter$ = [
		3,
		n0,
		_SSECF,
		0,
		[],
		[]
	];
	var SSEKMS$ = [
		3,
		n0,
		_SSEKMS,
		{ [_xN]: _SK },
		[_KI],
		[0],
		1
	];
	var SseKmsEncryptedObjects$ = [
		3,
		n0,
		_SKEO,
		0,
		[_St],
		[0],
		1
	];
	var SSEKMSEncryption$ = [
		3,
		n0,
		_SSEKMSE,
		{ [_xN]: _SK },
		[_KI],
		[0],
		1
	];
	var SSEKMSFilter$ = [
		3,
		n0,
		_SSEKMSF,
		0,
		[_KKA, _BKE],
		[0, 2]
	];
	var SSES3$ = [
		3,
		n0,
		_SSES,
		{ [_xN]: _SS },
		[],
		[]
	];
	var SSES3Encryption$ = [
		3,
		n0,
		_SSESE,
		{ [_xN]: _SS },
		[],
		[]
	];
	var SSES3Filter$ = [
		3,
		n0,
		_SSESF,
		0,
		[],
		[]
	];
	var StorageLensAwsOrg$ = [
		3,
		n0,
		_SLAO,
		0,
		[_Ar],
		[0],
		1
	];
	var StorageLensConfiguration$ = [
		3,
		n0,
		_SLC,
		0,
		[
			_Id,
			_AL,
			_IEs,
			_I,
			_Ex,
			_DE,
			_EPDE,
			_AOw,
			_SLA,
			_PD
		],
		[
			0,
			[() => AccountLevel$, 0],
			2,
			[() => Include$, 0],
			[() => _Exclude$, 0],
			[() => StorageLensDataExport$, 0],
			[() => StorageLensExpandedPrefixesDataExport$, 0],
			() => StorageLensAwsOrg$,
			0,
			0
		],
		3
	];
	var StorageLensDataExport$ = [
		3,
		n0,
		_SLDE,
		0,
		[
			_SBD,
			_CWM,
			_SLTD
		],
		[
			[() => S3BucketDestination$, 0],
			() => CloudWatchMetrics$,
			[() => StorageLensTableDestination$, 0]
		]
	];
	var StorageLensDataExportEncryption$ = [
		3,
		n0,
		_SLDEE,
		0,
		[_SSES, _SSEKMS],
		[[() => SSES3$, { [_xN]: _SS }], [() => SSEKMS$, { [_xN]: _SK }]]
	];
	var StorageLensExpandedPrefixesDataExport$ = [
		3,
		n0,
		_SLEPDE,
		0,
		[_SBD, _SLTD],
		[[() => S3BucketDestination$, 0], [() => StorageLensTableDestination$, 0]]
	];
	var StorageLensGroup$ = [
		3,
		n0,
		_SLG,
		0,
		[
			_N,
			_Fil,
			_SLGA
		],
		[
			0,
			[() => StorageLensGroupFilter$, 0],
			0
		],
		2
	];
	var StorageLensGroupAndOperator$ = [
		3,
		n0,
		_SLGAO,
		0,
		[
			_MAP,
			_MAS,
			_MAT,
			_MOA,
			_MOS
		],
		[
			[() => MatchAnyPrefix, 0],
			[() => MatchAnySuffix, 0],
			[() => MatchAnyTag, 0],
			() => MatchObjectAge$,
			() => MatchObjectSize$
		]
	];
	var StorageLensGroupFilter$ = [
		3,
		n0,
		_SLGF,
		0,
		[
			_MAP,
			_MAS,
			_MAT,
			_MOA,
			_MOS,
			_An,
			_Or_
		],
		[
			[() => MatchAnyPrefix, 0],
			[() => MatchAnySuffix, 0],
			[() => MatchAnyTag, 0],
			() => MatchObjectAge$,
			() => MatchObjectSize$,
			[() => StorageLensGroupAndOperator$, 0],
			[() => StorageLensGroupOrOperator$, 0]
		]
	];
	var StorageLensGroupLevel$ = [
		3,
		n0,
		_SLGL,
		0,
		[_SCe],
		[[() => StorageLensGroupLevelSelectionCriteria$, 0]]
	];
	var StorageLensGroupLevelSelectionCriteria$ = [
		3,
		n0,
		_SLGLSC,
		0,
		[_I, _Ex],
		[[() => StorageLensGroupLevelInclude, 0], [() => StorageLensGroupLevelExclude, 0]]
	];
	var StorageLensGroupOrOperator$ = [
		3,
		n0,
		_SLGOO,
		0,
		[
			_MAP,
			_MAS,
			_MAT,
			_MOA,
			_MOS
		],
		[
			[() => MatchAnyPrefix, 0],
			[() => MatchAnySuffix, 0],
			[() => MatchAnyTag, 0],
			() => MatchObjectAge$,
			() => MatchObjectSize$
		]
	];
	var StorageLensTableDestination$ = [
		3,
		n0,
		_SLTD,
		0,
		[_IEs, _Enc],
		[2, [() => StorageLensDataExportEncryption$, 0]],
		1
	];
	var StorageLensTag$ = [
		3,
		n0,
		_SLT,
		0,
		[_K, _V],
		[0, 0],
		2
	];
	var SubmitMultiRegionAccessPointRoutesRequest$ = [
		3,
		n0,
		_SMRAPRR,
		0,
		[
			_Mr,
			_RU,
			_AI
		],
		[
			[0, 1],
			[() => RouteList, 0],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var SubmitMultiRegionAccessPointRoutesResult$ = [
		3,
		n0,
		_SMRAPRRu,
		0,
		[],
		[]
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
	var Tagging$ = [
		3,
		n0,
		_Tagg,
		0,
		[_TS],
		[() => S3TagSet],
		1
	];
	var TagResourceRequest$ = [
		3,
		n0,
		_TRR,
		0,
		[
			_RAe,
			_T,
			_AI
		],
		[
			[0, 1],
			[() => TagList, 0],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var TagResourceResult$ = [
		3,
		n0,
		_TRRa,
		0,
		[],
		[]
	];
	var Transition$ = [
		3,
		n0,
		_Tra,
		0,
		[
			_Da,
			_Day,
			_SC
		],
		[
			4,
			1,
			0
		]
	];
	var UntagResourceRequest$ = [
		3,
		n0,
		_URR,
		0,
		[
			_RAe,
			_TK,
			_AI
		],
		[
			[0, 1],
			[64, { [_hQ]: _tK }],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var UntagResourceResult$ = [
		3,
		n0,
		_URRn,
		0,
		[],
		[]
	];
	var UpdateAccessGrantsLocationRequest$ = [
		3,
		n0,
		_UAGLR,
		0,
		[
			_AGLI,
			_IAMRA,
			_AI
		],
		[
			[0, 1],
			0,
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var UpdateAccessGrantsLocationResult$ = [
		3,
		n0,
		_UAGLRp,
		0,
		[
			_CA,
			_AGLI,
			_AGLA,
			_LS,
			_IAMRA
		],
		[
			4,
			0,
			0,
			0,
			0
		]
	];
	var UpdateJobPriorityRequest$ = [
		3,
		n0,
		_UJPR,
		0,
		[
			_JI,
			_Pr,
			_AI
		],
		[
			[0, 1],
			[1, { [_hQ]: _pri }],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var UpdateJobPriorityResult$ = [
		3,
		n0,
		_UJPRp,
		0,
		[_JI, _Pr],
		[0, 1],
		2
	];
	var UpdateJobStatusRequest$ = [
		3,
		n0,
		_UJSR,
		0,
		[
			_JI,
			_RJS,
			_AI,
			_SUR
		],
		[
			[0, 1],
			[0, { [_hQ]: _rJS }],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}],
			[0, { [_hQ]: _sUR }]
		],
		2
	];
	var UpdateJobStatusResult$ = [
		3,
		n0,
		_UJSRp,
		0,
		[
			_JI,
			_St,
			_SUR
		],
		[
			0,
			0,
			0
		]
	];
	var UpdateStorageLensGroupRequest$ = [
		3,
		n0,
		_USLGR,
		0,
		[
			_N,
			_SLG,
			_AI
		],
		[
			[0, 1],
			[() => StorageLensGroup$, 0],
			[0, {
				[_hL]: 1,
				[_hH]: _xaai
			}]
		],
		2
	];
	var VersioningConfiguration$ = [
		3,
		n0,
		_VCe,
		0,
		[_MFAD, _St],
		[[0, { [_xN]: _MD }], 0]
	];
	var VpcConfiguration$ = [
		3,
		n0,
		_VC,
		0,
		[_VI],
		[0],
		1
	];
	var __Unit = "unit";
	var AccessGrantsInstancesList = [
		1,
		n0,
		_AGIL,
		0,
		[() => ListAccessGrantsInstanceEntry$, { [_xN]: _AGIc }]
	];
	var AccessGrantsList = [
		1,
		n0,
		_AGL,
		0,
		[() => ListAccessGrantEntry$, { [_xN]: _AG }]
	];
	var AccessGrantsLocationsList = [
		1,
		n0,
		_AGLL,
		0,
		[() => ListAccessGrantsLocationsEntry$, { [_xN]: _AGLc }]
	];
	var AccessPointList = [
		1,
		n0,
		_APL,
		0,
		[() => AccessPoint$, { [_xN]: _AP }]
	];
	var Buckets = [
		1,
		n0,
		_Bu,
		0,
		[0, { [_xN]: _Ar }]
	];
	var CallerAccessGrantsList = [
		1,
		n0,
		_CAGL,
		0,
		[() => ListCallerAccessGrantsEntry$, { [_xN]: _AG }]
	];
	var JobFailureList = [
		1,
		n0,
		_JFL,
		0,
		() => JobFailure$
	];
	var JobListDescriptorList = [
		1,
		n0,
		_JLDL,
		0,
		() => JobListDescriptor$
	];
	var LifecycleRules = [
		1,
		n0,
		_LRi,
		0,
		[() => LifecycleRule$, { [_xN]: _Rul }]
	];
	var MatchAnyPrefix = [
		1,
		n0,
		_MAP,
		0,
		[0, { [_xN]: _Pre }]
	];
	var MatchAnySuffix = [
		1,
		n0,
		_MAS,
		0,
		[0, { [_xN]: _Su }]
	];
	var MatchAnyTag = [
		1,
		n0,
		_MAT,
		0,
		[() => S3Tag$, { [_xN]: _Tag }]
	];
	var MultiRegionAccessPointRegionalResponseList = [
		1,
		n0,
		_MRAPRRL,
		0,
		[() => MultiRegionAccessPointRegionalResponse$, { [_xN]: _Regi }]
	];
	var MultiRegionAccessPointReportList = [
		1,
		n0,
		_MRAPRL,
		0,
		[() => MultiRegionAccessPointReport$, { [_xN]: _AP }]
	];
	var NoncurrentVersionTransitionList = [
		1,
		n0,
		_NVTL,
		0,
		[() => NoncurrentVersionTransition$, { [_xN]: _NVTo }]
	];
	var ObjectEncryptionFilterList = [
		1,
		n0,
		_OEFL,
		0,
		[() => ObjectEncryptionFilter$, { [_xN]: _OE }]
	];
	var ObjectLambdaAccessPointList = [
		1,
		n0,
		_OLAPL,
		0,
		[() => ObjectLambdaAccessPoint$, { [_xN]: _OLAP }]
	];
	var ObjectLambdaAllowedFeaturesList = [
		1,
		n0,
		_OLAFL,
		0,
		[0, { [_xN]: _AFl }]
	];
	var ObjectLambdaTransformationConfigurationActionsList = [
		1,
		n0,
		_OLTCAL,
		0,
		[0, { [_xN]: _Acti }]
	];
	var ObjectLambdaTransformationConfigurationsList = [
		1,
		n0,
		_OLTCL,
		0,
		[() => ObjectLambdaTransformationConfiguration$, { [_xN]: _TCr }]
	];
	var PrefixesList = [
		1,
		n0,
		_PLr,
		0,
		[0, { [_xN]: _Pre }]
	];
	var RegionalBucketList = [
		1,
		n0,
		_RBL,
		0,
		[() => RegionalBucket$, { [_xN]: _RB }]
	];
	var RegionCreationList = [
		1,
		n0,
		_RCL,
		0,
		[() => Region$, { [_xN]: _Regi }]
	];
	var RegionReportList = [
		1,
		n0,
		_RRL,
		0,
		[() => RegionReport$, { [_xN]: _Regi }]
	];
	var Regions = [
		1,
		n0,
		_Reg,
		0,
		[0, { [_xN]: _Regi }]
	];
	var ReplicationRules = [
		1,
		n0,
		_RRep,
		0,
		[() => ReplicationRule$, { [_xN]: _Rul }]
	];
	var RouteList = [
		1,
		n0,
		_RLo,
		0,
		[() => MultiRegionAccessPointRoute$, { [_xN]: _Rou }]
	];
	var S3GrantList = [
		1,
		n0,
		_SGL,
		0,
		() => S3Grant$
	];
	var S3TagSet = [
		1,
		n0,
		_STS,
		0,
		() => S3Tag$
	];
	var ScopePermissionList = [
		1,
		n0,
		_SPL,
		0,
		[0, { [_xN]: _P }]
	];
	var StorageLensConfigurationList = [
		1,
		n0,
		_SLCL,
		0,
		[() => ListStorageLensConfigurationEntry$, { [_xN]: _SLC }]
	];
	var StorageLensGroupLevelExclude = [
		1,
		n0,
		_SLGLE,
		0,
		[0, { [_xN]: _Ar }]
	];
	var StorageLensGroupLevelInclude = [
		1,
		n0,
		_SLGLI,
		0,
		[0, { [_xN]: _Ar }]
	];
	var StorageLensGroupList = [
		1,
		n0,
		_SLGLt,
		0,
		[() => ListStorageLensGroupEntry$, { [_xN]: _SLG }]
	];
	var StorageLensTags = [
		1,
		n0,
		_SLTt,
		0,
		[() => StorageLensTag$, { [_xN]: _Tag }]
	];
	var TagList = [
		1,
		n0,
		_TL,
		0,
		[() => Tag$, { [_xN]: _Tag }]
	];
	var TransitionList = [
		1,
		n0,
		_TLr,
		0,
		[() => Transition$, { [_xN]: _Tra }]
	];
	var JobManifestGenerator$ = [
		4,
		n0,
		_JMG,
		0,
		[_SJMG],
		[[() => S3JobManifestGenerator$, 0]]
	];
	var ObjectEncryptionFilter$ = [
		4,
		n0,
		_OEF,
		0,
		[
			_SSES,
			_SSEKMS,
			_DSSEKMS,
			_SSEC,
			_NOTSSE
		],
		[
			[() => SSES3Filter$, { [_xN]: _SS }],
			[() => SSEKMSFilter$, { [_xN]: _SK }],
			[() => DSSEKMSFilter$, { [_xN]: _DK }],
			[() => SSECFilter$, { [_xN]: _SC_ }],
			[() => NotSSEFilter$, { [_xN]: _NS }]
		]
	];
	var ObjectLambdaContentTransformation$ = [
		4,
		n0,
		_OLCT,
		0,
		[_ALw],
		[() => AwsLambdaTransformation$]
	];
	var AssociateAccessGrantsIdentityCenter$ = [
		9,
		n0,
		_AAGIC,
		{
			[_h]: [
				"POST",
				"/v20180820/accessgrantsinstance/identitycenter",
				200
			],
			[_hCR]: 1
		},
		() => AssociateAccessGrantsIdentityCenterRequest$,
		() => __Unit
	];
	var CreateAccessGrant$ = [
		9,
		n0,
		_CAG,
		{
			[_h]: [
				"POST",
				"/v20180820/accessgrantsinstance/grant",
				200
			],
			[_hCR]: 1
		},
		() => CreateAccessGrantRequest$,
		() => CreateAccessGrantResult$
	];
	var CreateAccessGrantsInstance$ = [
		9,
		n0,
		_CAGI,
		{
			[_h]: [
				"POST",
				"/v20180820/accessgrantsinstance",
				200
			],
			[_hCR]: 1
		},
		() => CreateAccessGrantsInstanceRequest$,
		() => CreateAccessGrantsInstanceResult$
	];
	var CreateAccessGrantsLocation$ = [
		9,
		n0,
		_CAGLr,
		{
			[_h]: [
				"POST",
				"/v20180820/accessgrantsinstance/location",
				200
			],
			[_hCR]: 1
		},
		() => CreateAccessGrantsLocationRequest$,
		() => CreateAccessGrantsLocationResult$
	];
	var CreateAccessPoint$ = [
		9,
		n0,
		_CAP,
		{ [_h]: [
			"PUT",
			"/v20180820/accesspoint/{Name}",
			200
		] },
		() => CreateAccessPointRequest$,
		() => CreateAccessPointResult$
	];
	var CreateAccessPointForObjectLambda$ = [
		9,
		n0,
		_CAPFOL,
		{ [_h]: [
			"PUT",
			"/v20180820/accesspointforobjectlambda/{Name}",
			200
		] },
		() => CreateAccessPointForObjectLambdaRequest$,
		() => CreateAccessPointForObjectLambdaResult$
	];
	var CreateBucket$ = [
		9,
		n0,
		_CBr,
		{
			[_h]: [
				"PUT",
				"/v20180820/bucket/{Bucket}",
				200
			],
			[_hCR]: 1
		},
		() => CreateBucketRequest$,
		() => CreateBucketResult$
	];
	var CreateJob$ = [
		9,
		n0,
		_CJ,
		{ [_h]: [
			"POST",
			"/v20180820/jobs",
			200
		] },
		() => CreateJobRequest$,
		() => CreateJobResult$
	];
	var CreateMultiRegionAccessPoint$ = [
		9,
		n0,
		_CMRAP,
		{
			[_h]: [
				"POST",
				"/v20180820/async-requests/mrap/create",
				200
			],
			[_hCR]: 1
		},
		() => CreateMultiRegionAccessPointRequest$,
		() => CreateMultiRegionAccessPointResult$
	];
	var CreateStorageLensGroup$ = [
		9,
		n0,
		_CSLG,
		{ [_h]: [
			"POST",
			"/v20180820/storagelensgroup",
			204
		] },
		() => CreateStorageLensGroupRequest$,
		() => __Unit
	];
	var DeleteAccessGrant$ = [
		9,
		n0,
		_DAG,
		{
			[_h]: [
				"DELETE",
				"/v20180820/accessgrantsinstance/grant/{AccessGrantId}",
				200
			],
			[_hCR]: 1
		},
		() => DeleteAccessGrantRequest$,
		() => __Unit
	];
	var DeleteAccessGrantsInstance$ = [
		9,
		n0,
		_DAGI,
		{
			[_h]: [
				"DELETE",
				"/v20180820/accessgrantsinstance",
				200
			],
			[_hCR]: 1
		},
		() => DeleteAccessGrantsInstanceRequest$,
		() => __Unit
	];
	var DeleteAccessGrantsInstanceResourcePolicy$ = [
		9,
		n0,
		_DAGIRP,
		{
			[_h]: [
				"DELETE",
				"/v20180820/accessgrantsinstance/resourcepolicy",
				200
			],
			[_hCR]: 1
		},
		() => DeleteAccessGrantsInstanceResourcePolicyRequest$,
		() => __Unit
	];
	var DeleteAccessGrantsLocation$ = [
		9,
		n0,
		_DAGL,
		{
			[_h]: [
				"DELETE",
				"/v20180820/accessgrantsinstance/location/{AccessGrantsLocationId}",
				200
			],
			[_hCR]: 1
		},
		() => DeleteAccessGrantsLocationRequest$,
		() => __Unit
	];
	var DeleteAccessPoint$ = [
		9,
		n0,
		_DAP,
		{ [_h]: [
			"DELETE",
			"/v20180820/accesspoint/{Name}",
			200
		] },
		() => DeleteAccessPointRequest$,
		() => __Unit
	];
	var DeleteAccessPointForObjectLambda$ = [
		9,
		n0,
		_DAPFOL,
		{ [_h]: [
			"DELETE",
			"/v20180820/accesspointforobjectlambda/{Name}",
			200
		] },
		() => DeleteAccessPointForObjectLambdaRequest$,
		() => __Unit
	];
	var DeleteAccessPointPolicy$ = [
		9,
		n0,
		_DAPP,
		{ [_h]: [
			"DELETE",
			"/v20180820/accesspoint/{Name}/policy",
			200
		] },
		() => DeleteAccessPointPolicyRequest$,
		() => __Unit
	];
	var DeleteAccessPointPolicyForObjectLambda$ = [
		9,
		n0,
		_DAPPFOL,
		{ [_h]: [
			"DELETE",
			"/v20180820/accesspointforobjectlambda/{Name}/policy",
			200
		] },
		() => DeleteAccessPointPolicyForObjectLambdaRequest$,
		() => __Unit
	];
	var DeleteAccessPointScope$ = [
		9,
		n0,
		_DAPS,
		{ [_h]: [
			"DELETE",
			"/v20180820/accesspoint/{Name}/scope",
			200
		] },
		() => DeleteAccessPointScopeRequest$,
		() => __Unit
	];
	var DeleteBucket$ = [
		9,
		n0,
		_DBe,
		{ [_h]: [
			"DELETE",
			"/v20180820/bucket/{Bucket}",
			200
		] },
		() => DeleteBucketRequest$,
		() => __Unit
	];
	var DeleteBucketLifecycleConfiguration$ = [
		9,
		n0,
		_DBLC,
		{ [_h]: [
			"DELETE",
			"/v20180820/bucket/{Bucket}/lifecycleconfiguration",
			200
		] },
		() => DeleteBucketLifecycleConfigurationRequest$,
		() => __Unit
	];
	var DeleteBucketPolicy$ = [
		9,
		n0,
		_DBP,
		{ [_h]: [
			"DELETE",
			"/v20180820/bucket/{Bucket}/policy",
			200
		] },
		() => DeleteBucketPolicyRequest$,
		() => __Unit
	];
	var DeleteBucketReplication$ = [
		9,
		n0,
		_DBRe,
		{ [_h]: [
			"DELETE",
			"/v20180820/bucket/{Bucket}/replication",
			200
		] },
		() => DeleteBucketReplicationRequest$,
		() => __Unit
	];
	var DeleteBucketTagging$ = [
		9,
		n0,
		_DBT,
		{ [_h]: [
			"DELETE",
			"/v20180820/bucket/{Bucket}/tagging",
			204
		] },
		() => DeleteBucketTaggingRequest$,
		() => __Unit
	];
	var DeleteJobTagging$ = [
		9,
		n0,
		_DJT,
		{ [_h]: [
			"DELETE",
			"/v20180820/jobs/{JobId}/tagging",
			200
		] },
		() => DeleteJobTaggingRequest$,
		() => DeleteJobTaggingResult$
	];
	var DeleteMultiRegionAccessPoint$ = [
		9,
		n0,
		_DMRAP,
		{
			[_h]: [
				"POST",
				"/v20180820/async-requests/mrap/delete",
				200
			],
			[_hCR]: 1
		},
		() => DeleteMultiRegionAccessPointRequest$,
		() => DeleteMultiRegionAccessPointResult$
	];
	var DeletePublicAccessBlock$ = [
		9,
		n0,
		_DPAB,
		{ [_h]: [
			"DELETE",
			"/v20180820/configuration/publicAccessBlock",
			200
		] },
		() => DeletePublicAccessBlockRequest$,
		() => __Unit
	];
	var DeleteStorageLensConfiguration$ = [
		9,
		n0,
		_DSLC,
		{ [_h]: [
			"DELETE",
			"/v20180820/storagelens/{ConfigId}",
			200
		] },
		() => DeleteStorageLensConfigurationRequest$,
		() => __Unit
	];
	var DeleteStorageLensConfigurationTagging$ = [
		9,
		n0,
		_DSLCT,
		{ [_h]: [
			"DELETE",
			"/v20180820/storagelens/{ConfigId}/tagging",
			200
		] },
		() => DeleteStorageLensConfigurationTaggingRequest$,
		() => DeleteStorageLensConfigurationTaggingResult$
	];
	var DeleteStorageLensGroup$ = [
		9,
		n0,
		_DSLG,
		{ [_h]: [
			"DELETE",
			"/v20180820/storagelensgroup/{Name}",
			204
		] },
		() => DeleteStorageLensGroupRequest$,
		() => __Unit
	];
	var DescribeJob$ = [
		9,
		n0,
		_DJ,
		{ [_h]: [
			"GET",
			"/v20180820/jobs/{JobId}",
			200
		] },
		() => DescribeJobRequest$,
		() => DescribeJobResult$
	];
	var DescribeMultiRegionAccessPointOperation$ = [
		9,
		n0,
		_DMRAPO,
		{
			[_h]: [
				"GET",
				"/v20180820/async-requests/mrap/{RequestTokenARN+}",
				200
			],
			[_hCR]: 1
		},
		() => DescribeMultiRegionAccessPointOperationRequest$,
		() => DescribeMultiRegionAccessPointOperationResult$
	];
	var DissociateAccessGrantsIdentityCenter$ = [
		9,
		n0,
		_DAGIC,
		{
			[_h]: [
				"DELETE",
				"/v20180820/accessgrantsinstance/identitycenter",
				200
			],
			[_hCR]: 1
		},
		() => DissociateAccessGrantsIdentityCenterRequest$,
		() => __Unit
	];
	var GetAccessGrant$ = [
		9,
		n0,
		_GAG,
		{
			[_h]: [
				"GET",
				"/v20180820/accessgrantsinstance/grant/{AccessGrantId}",
				200
			],
			[_hCR]: 1
		},
		() => GetAccessGrantRequest$,
		() => GetAccessGrantResult$
	];
	var GetAccessGrantsInstance$ = [
		9,
		n0,
		_GAGI,
		{
			[_h]: [
				"GET",
				"/v20180820/accessgrantsinstance",
				200
			],
			[_hCR]: 1
		},
		() => GetAccessGrantsInstanceRequest$,
		() => GetAccessGrantsInstanceResult$
	];
	var GetAccessGrantsInstanceForPrefix$ = [
		9,
		n0,
		_GAGIFP,
		{
			[_h]: [
				"GET",
				"/v20180820/accessgrantsinstance/prefix",
				200
			],
			[_hCR]: 1
		},
		() => GetAccessGrantsInstanceForPrefixRequest$,
		() => GetAccessGrantsInstanceForPrefixResult$
	];
	var GetAccessGrantsInstanceResourcePolicy$ = [
		9,
		n0,
		_GAGIRP,
		{
			[_h]: [
				"GET",
				"/v20180820/accessgrantsinstance/resourcepolicy",
				200
			],
			[_hCR]: 1
		},
		() => GetAccessGrantsInstanceResourcePolicyRequest$,
		() => GetAccessGrantsInstanceResourcePolicyResult$
	];
	var GetAccessGrantsLocation$ = [
		9,
		n0,
		_GAGL,
		{
			[_h]: [
				"GET",
				"/v20180820/accessgrantsinstance/location/{AccessGrantsLocationId}",
				200
			],
			[_hCR]: 1
		},
		() => GetAccessGrantsLocationRequest$,
		() => GetAccessGrantsLocationResult$
	];
	var GetAccessPoint$ = [
		9,
		n0,
		_GAP,
		{ [_h]: [
			"GET",
			"/v20180820/accesspoint/{Name}",
			200
		] },
		() => GetAccessPointRequest$,
		() => GetAccessPointResult$
	];
	var GetAccessPointConfigurationForObjectLambda$ = [
		9,
		n0,
		_GAPCFOL,
		{ [_h]: [
			"GET",
			"/v20180820/accesspointforobjectlambda/{Name}/configuration",
			200
		] },
		() => GetAccessPointConfigurationForObjectLambdaRequest$,
		() => GetAccessPointConfigurationForObjectLambdaResult$
	];
	var GetAccessPointForObjectLambda$ = [
		9,
		n0,
		_GAPFOL,
		{ [_h]: [
			"GET",
			"/v20180820/accesspointforobjectlambda/{Name}",
			200
		] },
		() => GetAccessPointForObjectLambdaRequest$,
		() => GetAccessPointForObjectLambdaResult$
	];
	var GetAccessPointPolicy$ = [
		9,
		n0,
		_GAPP,
		{ [_h]: [
			"GET",
			"/v20180820/accesspoint/{Name}/policy",
			200
		] },
		() => GetAccessPointPolicyRequest$,
		() => GetAccessPointPolicyResult$
	];
	var GetAccessPointPolicyForObjectLambda$ = [
		9,
		n0,
		_GAPPFOL,
		{ [_h]: [
			"GET",
			"/v20180820/accesspointforobjectlambda/{Name}/policy",
			200
		] },
		() => GetAccessPointPolicyForObjectLambdaRequest$,
		() => GetAccessPointPolicyForObjectLambdaResult$
	];
	var GetAccessPointPolicyStatus$ = [
		9,
		n0,
		_GAPPS,
		{ [_h]: [
			"GET",
			"/v20180820/accesspoint/{Name}/policyStatus",
			200
		] },
		() => GetAccessPointPolicyStatusRequest$,
		() => GetAccessPointPolicyStatusResult$
	];
	var GetAccessPointPolicyStatusForObjectLambda$ = [
		9,
		n0,
		_GAPPSFOL,
		{ [_h]: [
			"GET",
			"/v20180820/accesspointforobjectlambda/{Name}/policyStatus",
			200
		] },
		() => GetAccessPointPolicyStatusForObjectLambdaRequest$,
		() => GetAccessPointPolicyStatusForObjectLambdaResult$
	];
	var GetAccessPointScope$ = [
		9,
		n0,
		_GAPS,
		{ [_h]: [
			"GET",
			"/v20180820/accesspoint/{Name}/scope",
			200
		] },
		() => GetAccessPointScopeRequest$,
		() => GetAccessPointScopeResult$
	];
	var GetBucket$ = [
		9,
		n0,
		_GB,
		{ [_h]: [
			"GET",
			"/v20180820/bucket/{Bucket}",
			200
		] },
		() => GetBucketRequest$,
		() => GetBucketResult$
	];
	var GetBucketLifecycleConfiguration$ = [
		9,
		n0,
		_GBLC,
		{ [_h]: [
			"GET",
			"/v20180820/bucket/{Bucket}/lifecycleconfiguration",
			200
		] },
		() => GetBucketLifecycleConfigurationRequest$,
		() => GetBucketLifecycleConfigurationResult$
	];
	var GetBucketPolicy$ = [
		9,
		n0,
		_GBP,
		{ [_h]: [
			"GET",
			"/v20180820/bucket/{Bucket}/policy",
			200
		] },
		() => GetBucketPolicyRequest$,
		() => GetBucketPolicyResult$
	];
	var GetBucketReplication$ = [
		9,
		n0,
		_GBRet,
		{ [_h]: [
			"GET",
			"/v20180820/bucket/{Bucket}/replication",
			200
		] },
		() => GetBucketReplicationRequest$,
		() => GetBucketReplicationResult$
	];
	var GetBucketTagging$ = [
		9,
		n0,
		_GBT,
		{ [_h]: [
			"GET",
			"/v20180820/bucket/{Bucket}/tagging",
			200
		] },
		() => GetBucketTaggingRequest$,
		() => GetBucketTaggingResult$
	];
	var GetBucketVersioning$ = [
		9,
		n0,
		_GBV,
		{ [_h]: [
			"GET",
			"/v20180820/bucket/{Bucket}/versioning",
			200
		] },
		() => GetBucketVersioningRequest$,
		() => GetBucketVersioningResult$
	];
	var GetDataAccess$ = [
		9,
		n0,
		_GDA,
		{
			[_h]: [
				"GET",
				"/v20180820/accessgrantsinstance/dataaccess",
				200
			],
			[_hCR]: 1
		},
		() => GetDataAccessRequest$,
		() => GetDataAccessResult$
	];
	var GetJobTagging$ = [
		9,
		n0,
		_GJTe,
		{ [_h]: [
			"GET",
			"/v20180820/jobs/{JobId}/tagging",
			200
		] },
		() => GetJobTaggingRequest$,
		() => GetJobTaggingResult$
	];
	var GetMultiRegionAccessPoint$ = [
		9,
		n0,
		_GMRAP,
		{
			[_h]: [
				"GET",
				"/v20180820/mrap/instances/{Name+}",
				200
			],
			[_hCR]: 1
		},
		() => GetMultiRegionAccessPointRequest$,
		() => GetMultiRegionAccessPointResult$
	];
	var GetMultiRegionAccessPointPolicy$ = [
		9,
		n0,
		_GMRAPP,
		{
			[_h]: [
				"GET",
				"/v20180820/mrap/instances/{Name+}/policy",
				200
			],
			[_hCR]: 1
		},
		() => GetMultiRegionAccessPointPolicyRequest$,
		() => GetMultiRegionAccessPointPolicyResult$
	];
	var GetMultiRegionAccessPointPolicyStatus$ = [
		9,
		n0,
		_GMRAPPS,
		{
			[_h]: [
				"GET",
				"/v20180820/mrap/instances/{Name+}/policystatus",
				200
			],
			[_hCR]: 1
		},
		() => GetMultiRegionAccessPointPolicyStatusRequest$,
		() => GetMultiRegionAccessPointPolicyStatusResult$
	];
	var GetMultiRegionAccessPointRoutes$ = [
		9,
		n0,
		_GMRAPRet,
		{
			[_h]: [
				"GET",
				"/v20180820/mrap/instances/{Mrap+}/routes",
				200
			],
			[_hCR]: 1
		},
		() => GetMultiRegionAccessPointRoutesRequest$,
		() => GetMultiRegionAccessPointRoutesResult$
	];
	var GetPublicAccessBlock$ = [
		9,
		n0,
		_GPAB,
		{ [_h]: [
			"GET",
			"/v20180820/configuration/publicAccessBlock",
			200
		] },
		() => GetPublicAccessBlockRequest$,
		() => GetPublicAccessBlockOutput$
	];
	var GetStorageLensConfiguration$ = [
		9,
		n0,
		_GSLC,
		{ [_h]: [
			"GET",
			"/v20180820/storagelens/{ConfigId}",
			200
		] },
		() => GetStorageLensConfigurationRequest$,
		() => GetStorageLensConfigurationResult$
	];
	var GetStorageLensConfigurationTagging$ = [
		9,
		n0,
		_GSLCT,
		{ [_h]: [
			"GET",
			"/v20180820/storagelens/{ConfigId}/tagging",
			200
		] },
		() => GetStorageLensConfigurationTaggingRequest$,
		() => GetStorageLensConfigurationTaggingResult$
	];
	var GetStorageLensGroup$ = [
		9,
		n0,
		_GSLG,
		{ [_h]: [
			"GET",
			"/v20180820/storagelensgroup/{Name}",
			200
		] },
		() => GetStorageLensGroupRequest$,
		() => GetStorageLensGroupResult$
	];
	var ListAccessGrants$ = [
		9,
		n0,
		_LAG,
		{
			[_h]: [
				"GET",
				"/v20180820/accessgrantsinstance/grants",
				200
			],
			[_hCR]: 1
		},
		() => ListAccessGrantsRequest$,
		() => ListAccessGrantsResult$
	];
	var ListAccessGrantsInstances$ = [
		9,
		n0,
		_LAGI,
		{
			[_h]: [
				"GET",
				"/v20180820/accessgrantsinstances",
				200
			],
			[_hCR]: 1
		},
		() => ListAccessGrantsInstancesRequest$,
		() => ListAccessGrantsInstancesResult$
	];
	var ListAccessGrantsLocations$ = [
		9,
		n0,
		_LAGL,
		{
			[_h]: [
				"GET",
				"/v20180820/accessgrantsinstance/locations",
				200
			],
			[_hCR]: 1
		},
		() => ListAccessGrantsLocationsRequest$,
		() => ListAccessGrantsLocationsResult$
	];
	var ListAccessPoints$ = [
		9,
		n0,
		_LAP,
		{ [_h]: [
			"GET",
			"/v20180820/accesspoint",
			200
		] },
		() => ListAccessPointsRequest$,
		() => ListAccessPointsResult$
	];
	var ListAccessPointsForDirectoryBuckets$ = [
		9,
		n0,
		_LAPFDB,
		{ [_h]: [
			"GET",
			"/v20180820/accesspointfordirectory",
			200
		] },
		() => ListAccessPointsForDirectoryBucketsRequest$,
		() => ListAccessPointsForDirectoryBucketsResult$
	];
	var ListAccessPointsForObjectLambda$ = [
		9,
		n0,
		_LAPFOL,
		{ [_h]: [
			"GET",
			"/v20180820/accesspointforobjectlambda",
			200
		] },
		() => ListAccessPointsForObjectLambdaRequest$,
		() => ListAccessPointsForObjectLambdaResult$
	];
	var ListCallerAccessGrants$ = [
		9,
		n0,
		_LCAG,
		{
			[_h]: [
				"GET",
				"/v20180820/accessgrantsinstance/caller/grants",
				200
			],
			[_hCR]: 1
		},
		() => ListCallerAccessGrantsRequest$,
		() => ListCallerAccessGrantsResult$
	];
	var ListJobs$ = [
		9,
		n0,
		_LJ,
		{ [_h]: [
			"GET",
			"/v20180820/jobs",
			200
		] },
		() => ListJobsRequest$,
		() => ListJobsResult$
	];
	var ListMultiRegionAccessPoints$ = [
		9,
		n0,
		_LMRAP,
		{
			[_h]: [
				"GET",
				"/v20180820/mrap/instances",
				200
			],
			[_hCR]: 1
		},
		() => ListMultiRegionAccessPointsRequest$,
		() => ListMultiRegionAccessPointsResult$
	];
	var ListRegionalBuckets$ = [
		9,
		n0,
		_LRB,
		{ [_h]: [
			"GET",
			"/v20180820/bucket",
			200
		] },
		() => ListRegionalBucketsRequest$,
		() => ListRegionalBucketsResult$
	];
	var ListStorageLensConfigurations$ = [
		9,
		n0,
		_LSLC,
		{ [_h]: [
			"GET",
			"/v20180820/storagelens",
			200
		] },
		() => ListStorageLensConfigurationsRequest$,
		() => ListStorageLensConfigurationsResult$
	];
	var ListStorageLensGroups$ = [
		9,
		n0,
		_LSLG,
		{ [_h]: [
			"GET",
			"/v20180820/storagelensgroup",
			200
		] },
		() => ListStorageLensGroupsRequest$,
		() => ListStorageLensGroupsResult$
	];
	var ListTagsForResource$ = [
		9,
		n0,
		_LTFR,
		{ [_h]: [
			"GET",
			"/v20180820/tags/{ResourceArn+}",
			200
		] },
		() => ListTagsForResourceRequest$,
		() => ListTagsForResourceResult$
	];
	var PutAccessGrantsInstanceResourcePolicy$ = [
		9,
		n0,
		_PAGIRP,
		{
			[_h]: [
				"PUT",
				"/v20180820/accessgrantsinstance/resourcepolicy",
				200
			],
			[_hCR]: 1
		},
		() => PutAccessGrantsInstanceResourcePolicyRequest$,
		() => PutAccessGrantsInstanceResourcePolicyResult$
	];
	var PutAccessPointConfigurationForObjectLambda$ = [
		9,
		n0,
		_PAPCFOL,
		{ [_h]: [
			"PUT",
			"/v20180820/accesspointforobjectlambda/{Name}/configuration",
			200
		] },
		() => PutAccessPointConfigurationForObjectLambdaRequest$,
		() => __Unit
	];
	var PutAccessPointPolicy$ = [
		9,
		n0,
		_PAPP,
		{ [_h]: [
			"PUT",
			"/v20180820/accesspoint/{Name}/policy",
			200
		] },
		() => PutAccessPointPolicyRequest$,
		() => __Unit
	];
	var PutAccessPointPolicyForObjectLambda$ = [
		9,
		n0,
		_PAPPFOL,
		{ [_h]: [
			"PUT",
			"/v20180820/accesspointforobjectlambda/{Name}/policy",
			200
		] },
		() => PutAccessPointPolicyForObjectLambdaRequest$,
		() => __Unit
	];
	var PutAccessPointScope$ = [
		9,
		n0,
		_PAPS,
		{ [_h]: [
			"PUT",
			"/v20180820/accesspoint/{Name}/scope",
			200
		] },
		() => PutAccessPointScopeRequest$,
		() => __Unit
	];
	var PutBucketLifecycleConfiguration$ = [
		9,
		n0,
		_PBLC,
		{
			[_h]: [
				"PUT",
				"/v20180820/bucket/{Bucket}/lifecycleconfiguration",
				200
			],
			[_hCR]: 1
		},
		() => PutBucketLifecycleConfigurationRequest$,
		() => __Unit
	];
	var PutBucketPolicy$ = [
		9,
		n0,
		_PBP,
		{
			[_h]: [
				"PUT",
				"/v20180820/bucket/{Bucket}/policy",
				200
			],
			[_hCR]: 1
		},
		() => PutBucketPolicyRequest$,
		() => __Unit
	];
	var PutBucketReplication$ = [
		9,
		n0,
		_PBR,
		{
			[_h]: [
				"PUT",
				"/v20180820/bucket/{Bucket}/replication",
				200
			],
			[_hCR]: 1
		},
		() => PutBucketReplicationRequest$,
		() => __Unit
	];
	var PutBucketTagging$ = [
		9,
		n0,
		_PBT,
		{
			[_h]: [
				"PUT",
				"/v20180820/bucket/{Bucket}/tagging",
				200
			],
			[_hCR]: 1
		},
		() => PutBucketTaggingRequest$,
		() => __Unit
	];
	var PutBucketVersioning$ = [
		9,
		n0,
		_PBV,
		{
			[_h]: [
				"PUT",
				"/v20180820/bucket/{Bucket}/versioning",
				200
			],
			[_hCR]: 1
		},
		() => PutBucketVersioningRequest$,
		() => __Unit
	];
	var PutJobTagging$ = [
		9,
		n0,
		_PJT,
		{ [_h]: [
			"PUT",
			"/v20180820/jobs/{JobId}/tagging",
			200
		] },
		() => PutJobTaggingRequest$,
		() => PutJobTaggingResult$
	];
	var PutMultiRegionAccessPointPolicy$ = [
		9,
		n0,
		_PMRAPPu,
		{
			[_h]: [
				"POST",
				"/v20180820/async-requests/mrap/put-policy",
				200
			],
			[_hCR]: 1
		},
		() => PutMultiRegionAccessPointPolicyRequest$,
		() => PutMultiRegionAccessPointPolicyResult$
	];
	var PutPublicAccessBlock$ = [
		9,
		n0,
		_PPAB,
		{ [_h]: [
			"PUT",
			"/v20180820/configuration/publicAccessBlock",
			200
		] },
		() => PutPublicAccessBlockRequest$,
		() => __Unit
	];
	var PutStorageLensConfiguration$ = [
		9,
		n0,
		_PSLC,
		{ [_h]: [
			"PUT",
			"/v20180820/storagelens/{ConfigId}",
			200
		] },
		() => PutStorageLensConfigurationRequest$,
		() => __Unit
	];
	var PutStorageLensConfigurationTagging$ = [
		9,
		n0,
		_PSLCT,
		{ [_h]: [
			"PUT",
			"/v20180820/storagelens/{ConfigId}/tagging",
			200
		] },
		() => PutStorageLensConfigurationTaggingRequest$,
		() => PutStorageLensConfigurationTaggingResult$
	];
	var SubmitMultiRegionAccessPointRoutes$ = [
		9,
		n0,
		_SMRAPR,
		{
			[_h]: [
				"PATCH",
				"/v20180820/mrap/instances/{Mrap+}/routes",
				200
			],
			[_hCR]: 1
		},
		() => SubmitMultiRegionAccessPointRoutesRequest$,
		() => SubmitMultiRegionAccessPointRoutesResult$
	];
	var TagResource$ = [
		9,
		n0,
		_TRa,
		{ [_h]: [
			"POST",
			"/v20180820/tags/{ResourceArn+}",
			204
		] },
		() => TagResourceRequest$,
		() => TagResourceResult$
	];
	var UntagResource$ = [
		9,
		n0,
		_UR,
		{ [_h]: [
			"DELETE",
			"/v20180820/tags/{ResourceArn+}",
			204
		] },
		() => UntagResourceRequest$,
		() => UntagResourceResult$
	];
	var UpdateAccessGrantsLocation$ = [
		9,
		n0,
		_UAGL,
		{
			[_h]: [
				"PUT",
				"/v20180820/accessgrantsinstance/location/{AccessGrantsLocationId}",
				200
			],
			[_hCR]: 1
		},
		() => UpdateAccessGrantsLocationRequest$,
		() => UpdateAccessGrantsLocationResult$
	];
	var UpdateJobPriority$ = [
		9,
		n0,
		_UJP,
		{ [_h]: [
			"POST",
			"/v20180820/jobs/{JobId}/priority",
			200
		] },
		() => UpdateJobPriorityRequest$,
		() => UpdateJobPriorityResult$
	];
	var UpdateJobStatus$ = [
		9,
		n0,
		_UJS,
		{ [_h]: [
			"POST",
			"/v20180820/jobs/{JobId}/status",
			200
		] },
		() => UpdateJobStatusRequest$,
		() => UpdateJobStatusResult$
	];
	var UpdateStorageLensGroup$ = [
		9,
		n0,
		_USLG,
		{ [_h]: [
			"PUT",
			"/v20180820/storagelensgroup/{Name}",
			204
		] },
		() => UpdateStorageLensGroupRequest$,
		() => __Unit
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2018-08-20",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultS3ControlHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			md5: config?.md5 ?? Md5,
			protocol: config?.protocol ?? AwsRestXmlProtocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.s3control",
				errorTypeRegistries,
				xmlNamespace: "http://awss3control.amazonaws.com/doc/2018-08-20/",
				version: "2018-08-20",
				serviceTarget: "AWSS3ControlServiceV20180820"
			},
			serviceId: config?.serviceId ?? "S3 Control",
			sha256: config?.sha256 ?? Sha256,
			signingEscapePath: config?.signingEscapePath ?? false,
			urlParser: config?.urlParser ?? parseUrl,
			useArnRegion: config?.useArnRegion ?? void 0,
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
			streamHasher: config?.streamHasher ?? fileStreamHasher,
			useArnRegion: config?.useArnRegion ?? loadConfig(NODE_USE_ARN_REGION_CONFIG_OPTIONS, loaderConfig),
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
	var S3ControlClient = class extends Client {
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
			const _config_7 = resolveS3ControlConfig(_config_6);
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
			this.middlewareStack.use(getHostPrefixDeduplicationPlugin(this.config));
			this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
				httpAuthSchemeParametersProvider: defaultS3ControlHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "AWSS3ControlServiceV20180820", "S3ControlClient", getEndpointPlugin);
	const _ep0 = {
		RequiresAccountId: {
			type: "staticContextParams",
			value: true
		},
		AccountId: {
			type: "contextParams",
			name: "AccountId"
		}
	};
	const _ep1 = {
		RequiresAccountId: {
			type: "staticContextParams",
			value: true
		},
		AccessPointName: {
			type: "contextParams",
			name: "Name"
		},
		AccountId: {
			type: "contextParams",
			name: "AccountId"
		},
		Bucket: {
			type: "contextParams",
			name: "Bucket"
		}
	};
	const _ep2 = {
		OutpostId: {
			type: "contextParams",
			name: "OutpostId"
		},
		Bucket: {
			type: "contextParams",
			name: "Bucket"
		}
	};
	const _ep3 = {
		RequiresAccountId: {
			type: "staticContextParams",
			value: true
		},
		AccessPointName: {
			type: "contextParams",
			name: "Name"
		},
		AccountId: {
			type: "contextParams",
			name: "AccountId"
		}
	};
	const _ep4 = {
		RequiresAccountId: {
			type: "staticContextParams",
			value: true
		},
		UseS3ExpressControlEndpoint: {
			type: "staticContextParams",
			value: true
		},
		AccessPointName: {
			type: "contextParams",
			name: "Name"
		},
		AccountId: {
			type: "contextParams",
			name: "AccountId"
		}
	};
	const _ep5 = {
		RequiresAccountId: {
			type: "staticContextParams",
			value: true
		},
		AccountId: {
			type: "contextParams",
			name: "AccountId"
		},
		Bucket: {
			type: "contextParams",
			name: "Bucket"
		}
	};
	const _ep6 = {
		RequiresAccountId: {
			type: "staticContextParams",
			value: true
		},
		UseS3ExpressControlEndpoint: {
			type: "staticContextParams",
			value: true
		},
		AccountId: {
			type: "contextParams",
			name: "AccountId"
		}
	};
	const _ep7 = {
		RequiresAccountId: {
			type: "staticContextParams",
			value: true
		},
		OutpostId: {
			type: "contextParams",
			name: "OutpostId"
		},
		AccountId: {
			type: "contextParams",
			name: "AccountId"
		}
	};
	const _ep8 = {
		RequiresAccountId: {
			type: "staticContextParams",
			value: true
		},
		ResourceArn: {
			type: "contextParams",
			name: "ResourceArn"
		},
		AccountId: {
			type: "contextParams",
			name: "AccountId"
		}
	};
	const _mw0 = (Command, cs, config, o) => [getProcessArnablesPlugin(config), getApplyMd5BodyChecksumPlugin(config)];
	const _mw1 = (Command, cs, config, o) => [getProcessArnablesPlugin(config)];
	const _mw2 = (Command, cs, config, o) => [getRedirectFromPostIdPlugin(config), getApplyMd5BodyChecksumPlugin(config)];
	const _mw3 = (Command, cs, config, o) => [getRedirectFromPostIdPlugin(config)];
	var AssociateAccessGrantsIdentityCenterCommand = class extends command(_ep0, _mw0, "AssociateAccessGrantsIdentityCenter", AssociateAccessGrantsIdentityCenter$) {};
	var CreateAccessGrantCommand = class extends command(_ep0, _mw0, "CreateAccessGrant", CreateAccessGrant$) {};
	var CreateAccessGrantsInstanceCommand = class extends command(_ep0, _mw0, "CreateAccessGrantsInstance", CreateAccessGrantsInstance$) {};
	var CreateAccessGrantsLocationCommand = class extends command(_ep0, _mw0, "CreateAccessGrantsLocation", CreateAccessGrantsLocation$) {};
	var CreateAccessPointCommand = class extends command(_ep1, _mw1, "CreateAccessPoint", CreateAccessPoint$) {};
	var CreateAccessPointForObjectLambdaCommand = class extends command(_ep0, _mw1, "CreateAccessPointForObjectLambda", CreateAccessPointForObjectLambda$) {};
	var CreateBucketCommand = class extends command(_ep2, _mw2, "CreateBucket", CreateBucket$) {};
	var CreateJobCommand = class extends command(_ep0, _mw1, "CreateJob", CreateJob$) {};
	var CreateMultiRegionAccessPointCommand = class extends command(_ep0, _mw0, "CreateMultiRegionAccessPoint", CreateMultiRegionAccessPoint$) {};
	var CreateStorageLensGroupCommand = class extends command(_ep0, _mw1, "CreateStorageLensGroup", CreateStorageLensGroup$) {};
	var DeleteAccessGrantCommand = class extends command(_ep0, _mw0, "DeleteAccessGrant", DeleteAccessGrant$) {};
	var DeleteAccessGrantsInstanceCommand = class extends command(_ep0, _mw0, "DeleteAccessGrantsInstance", DeleteAccessGrantsInstance$) {};
	var DeleteAccessGrantsInstanceResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteAccessGrantsInstanceResourcePolicy", DeleteAccessGrantsInstanceResourcePolicy$) {};
	var DeleteAccessGrantsLocationCommand = class extends command(_ep0, _mw0, "DeleteAccessGrantsLocation", DeleteAccessGrantsLocation$) {};
	var DeleteAccessPointCommand = class extends command(_ep3, _mw1, "DeleteAccessPoint", DeleteAccessPoint$) {};
	var DeleteAccessPointForObjectLambdaCommand = class extends command(_ep0, _mw1, "DeleteAccessPointForObjectLambda", DeleteAccessPointForObjectLambda$) {};
	var DeleteAccessPointPolicyCommand = class extends command(_ep3, _mw1, "DeleteAccessPointPolicy", DeleteAccessPointPolicy$) {};
	var DeleteAccessPointPolicyForObjectLambdaCommand = class extends command(_ep0, _mw1, "DeleteAccessPointPolicyForObjectLambda", DeleteAccessPointPolicyForObjectLambda$) {};
	var DeleteAccessPointScopeCommand = class extends command(_ep4, _mw1, "DeleteAccessPointScope", DeleteAccessPointScope$) {};
	var DeleteBucketCommand = class extends command(_ep5, _mw1, "DeleteBucket", DeleteBucket$) {};
	var DeleteBucketLifecycleConfigurationCommand = class extends command(_ep5, _mw1, "DeleteBucketLifecycleConfiguration", DeleteBucketLifecycleConfiguration$) {};
	var DeleteBucketPolicyCommand = class extends command(_ep5, _mw1, "DeleteBucketPolicy", DeleteBucketPolicy$) {};
	var DeleteBucketReplicationCommand = class extends command(_ep5, _mw1, "DeleteBucketReplication", DeleteBucketReplication$) {};
	var DeleteBucketTaggingCommand = class extends command(_ep5, _mw1, "DeleteBucketTagging", DeleteBucketTagging$) {};
	var DeleteJobTaggingCommand = class extends command(_ep0, _mw1, "DeleteJobTagging", DeleteJobTagging$) {};
	var DeleteMultiRegionAccessPointCommand = class extends command(_ep0, _mw0, "DeleteMultiRegionAccessPoint", DeleteMultiRegionAccessPoint$) {};
	var DeletePublicAccessBlockCommand = class extends command(_ep0, _mw1, "DeletePublicAccessBlock", DeletePublicAccessBlock$) {};
	var DeleteStorageLensConfigurationCommand = class extends command(_ep0, _mw1, "DeleteStorageLensConfiguration", DeleteStorageLensConfiguration$) {};
	var DeleteStorageLensConfigurationTaggingCommand = class extends command(_ep0, _mw1, "DeleteStorageLensConfigurationTagging", DeleteStorageLensConfigurationTagging$) {};
	var DeleteStorageLensGroupCommand = class extends command(_ep0, _mw1, "DeleteStorageLensGroup", DeleteStorageLensGroup$) {};
	var DescribeJobCommand = class extends command(_ep0, _mw1, "DescribeJob", DescribeJob$) {};
	var DescribeMultiRegionAccessPointOperationCommand = class extends command(_ep0, _mw0, "DescribeMultiRegionAccessPointOperation", DescribeMultiRegionAccessPointOperation$) {};
	var DissociateAccessGrantsIdentityCenterCommand = class extends command(_ep0, _mw0, "DissociateAccessGrantsIdentityCenter", DissociateAccessGrantsIdentityCenter$) {};
	var GetAccessGrantCommand = class extends command(_ep0, _mw0, "GetAccessGrant", GetAccessGrant$) {};
	var GetAccessGrantsInstanceCommand = class extends command(_ep0, _mw0, "GetAccessGrantsInstance", GetAccessGrantsInstance$) {};
	var GetAccessGrantsInstanceForPrefixCommand = class extends command(_ep0, _mw0, "GetAccessGrantsInstanceForPrefix", GetAccessGrantsInstanceForPrefix$) {};
	var GetAccessGrantsInstanceResourcePolicyCommand = class extends command(_ep0, _mw0, "GetAccessGrantsInstanceResourcePolicy", GetAccessGrantsInstanceResourcePolicy$) {};
	var GetAccessGrantsLocationCommand = class extends command(_ep0, _mw0, "GetAccessGrantsLocation", GetAccessGrantsLocation$) {};
	var GetAccessPointCommand = class extends command(_ep3, _mw1, "GetAccessPoint", GetAccessPoint$) {};
	var GetAccessPointConfigurationForObjectLambdaCommand = class extends command(_ep0, _mw1, "GetAccessPointConfigurationForObjectLambda", GetAccessPointConfigurationForObjectLambda$) {};
	var GetAccessPointForObjectLambdaCommand = class extends command(_ep0, _mw1, "GetAccessPointForObjectLambda", GetAccessPointForObjectLambda$) {};
	var GetAccessPointPolicyCommand = class extends command(_ep3, _mw1, "GetAccessPointPolicy", GetAccessPointPolicy$) {};
	var GetAccessPointPolicyForObjectLambdaCommand = class extends command(_ep0, _mw1, "GetAccessPointPolicyForObjectLambda", GetAccessPointPolicyForObjectLambda$) {};
	var GetAccessPointPolicyStatusCommand = class extends command(_ep3, _mw1, "GetAccessPointPolicyStatus", GetAccessPointPolicyStatus$) {};
	var GetAccessPointPolicyStatusForObjectLambdaCommand = class extends command(_ep0, _mw1, "GetAccessPointPolicyStatusForObjectLambda", GetAccessPointPolicyStatusForObjectLambda$) {};
	var GetAccessPointScopeCommand = class extends command(_ep4, _mw1, "GetAccessPointScope", GetAccessPointScope$) {};
	var GetBucketCommand = class extends command(_ep5, _mw1, "GetBucket", GetBucket$) {};
	var GetBucketLifecycleConfigurationCommand = class extends command(_ep5, _mw1, "GetBucketLifecycleConfiguration", GetBucketLifecycleConfiguration$) {};
	var GetBucketPolicyCommand = class extends command(_ep5, _mw1, "GetBucketPolicy", GetBucketPolicy$) {};
	var GetBucketReplicationCommand = class extends command(_ep5, _mw1, "GetBucketReplication", GetBucketReplication$) {};
	var GetBucketTaggingCommand = class extends command(_ep5, _mw1, "GetBucketTagging", GetBucketTagging$) {};
	var GetBucketVersioningCommand = class extends command(_ep5, _mw1, "GetBucketVersioning", GetBucketVersioning$) {};
	var GetDataAccessCommand = class extends command(_ep0, _mw0, "GetDataAccess", GetDataAccess$) {};
	var GetJobTaggingCommand = class extends command(_ep0, _mw1, "GetJobTagging", GetJobTagging$) {};
	var GetMultiRegionAccessPointCommand = class extends command(_ep0, _mw0, "GetMultiRegionAccessPoint", GetMultiRegionAccessPoint$) {};
	var GetMultiRegionAccessPointPolicyCommand = class extends command(_ep0, _mw0, "GetMultiRegionAccessPointPolicy", GetMultiRegionAccessPointPolicy$) {};
	var GetMultiRegionAccessPointPolicyStatusCommand = class extends command(_ep0, _mw0, "GetMultiRegionAccessPointPolicyStatus", GetMultiRegionAccessPointPolicyStatus$) {};
	var GetMultiRegionAccessPointRoutesCommand = class extends command(_ep0, _mw0, "GetMultiRegionAccessPointRoutes", GetMultiRegionAccessPointRoutes$) {};
	var GetPublicAccessBlockCommand = class extends command(_ep0, _mw1, "GetPublicAccessBlock", GetPublicAccessBlock$) {};
	var GetStorageLensConfigurationCommand = class extends command(_ep0, _mw1, "GetStorageLensConfiguration", GetStorageLensConfiguration$) {};
	var GetStorageLensConfigurationTaggingCommand = class extends command(_ep0, _mw1, "GetStorageLensConfigurationTagging", GetStorageLensConfigurationTagging$) {};
	var GetStorageLensGroupCommand = class extends command(_ep0, _mw1, "GetStorageLensGroup", GetStorageLensGroup$) {};
	var ListAccessGrantsCommand = class extends command(_ep0, _mw0, "ListAccessGrants", ListAccessGrants$) {};
	var ListAccessGrantsInstancesCommand = class extends command(_ep0, _mw0, "ListAccessGrantsInstances", ListAccessGrantsInstances$) {};
	var ListAccessGrantsLocationsCommand = class extends command(_ep0, _mw0, "ListAccessGrantsLocations", ListAccessGrantsLocations$) {};
	var ListAccessPointsCommand = class extends command(_ep5, _mw1, "ListAccessPoints", ListAccessPoints$) {};
	var ListAccessPointsForDirectoryBucketsCommand = class extends command(_ep6, _mw1, "ListAccessPointsForDirectoryBuckets", ListAccessPointsForDirectoryBuckets$) {};
	var ListAccessPointsForObjectLambdaCommand = class extends command(_ep0, _mw1, "ListAccessPointsForObjectLambda", ListAccessPointsForObjectLambda$) {};
	var ListCallerAccessGrantsCommand = class extends command(_ep0, _mw0, "ListCallerAccessGrants", ListCallerAccessGrants$) {};
	var ListJobsCommand = class extends command(_ep0, _mw1, "ListJobs", ListJobs$) {};
	var ListMultiRegionAccessPointsCommand = class extends command(_ep0, _mw0, "ListMultiRegionAccessPoints", ListMultiRegionAccessPoints$) {};
	var ListRegionalBucketsCommand = class extends command(_ep7, _mw3, "ListRegionalBuckets", ListRegionalBuckets$) {};
	var ListStorageLensConfigurationsCommand = class extends command(_ep0, _mw1, "ListStorageLensConfigurations", ListStorageLensConfigurations$) {};
	var ListStorageLensGroupsCommand = class extends command(_ep0, _mw1, "ListStorageLensGroups", ListStorageLensGroups$) {};
	var ListTagsForResourceCommand = class extends command(_ep8, _mw1, "ListTagsForResource", ListTagsForResource$) {};
	var PutAccessGrantsInstanceResourcePolicyCommand = class extends command(_ep0, _mw0, "PutAccessGrantsInstanceResourcePolicy", PutAccessGrantsInstanceResourcePolicy$) {};
	var PutAccessPointConfigurationForObjectLambdaCommand = class extends command(_ep0, _mw1, "PutAccessPointConfigurationForObjectLambda", PutAccessPointConfigurationForObjectLambda$) {};
	var PutAccessPointPolicyCommand = class extends command(_ep3, _mw1, "PutAccessPointPolicy", PutAccessPointPolicy$) {};
	var PutAccessPointPolicyForObjectLambdaCommand = class extends command(_ep0, _mw1, "PutAccessPointPolicyForObjectLambda", PutAccessPointPolicyForObjectLambda$) {};
	var PutAccessPointScopeCommand = class extends command(_ep4, _mw1, "PutAccessPointScope", PutAccessPointScope$) {};
	var PutBucketLifecycleConfigurationCommand = class extends command(_ep5, _mw0, "PutBucketLifecycleConfiguration", PutBucketLifecycleConfiguration$) {};
	var PutBucketPolicyCommand = class extends command(_ep5, _mw0, "PutBucketPolicy", PutBucketPolicy$) {};
	var PutBucketReplicationCommand = class extends command(_ep5, _mw0, "PutBucketReplication", PutBucketReplication$) {};
	var PutBucketTaggingCommand = class extends command(_ep5, _mw0, "PutBucketTagging", PutBucketTagging$) {};
	var PutBucketVersioningCommand = class extends command(_ep5, _mw0, "PutBucketVersioning", PutBucketVersioning$) {};
	var PutJobTaggingCommand = class extends command(_ep0, _mw1, "PutJobTagging", PutJobTagging$) {};
	var PutMultiRegionAccessPointPolicyCommand = class extends command(_ep0, _mw0, "PutMultiRegionAccessPointPolicy", PutMultiRegionAccessPointPolicy$) {};
	var PutPublicAccessBlockCommand = class extends command(_ep0, _mw1, "PutPublicAccessBlock", PutPublicAccessBlock$) {};
	var PutStorageLensConfigurationCommand = class extends command(_ep0, _mw1, "PutStorageLensConfiguration", PutStorageLensConfiguration$) {};
	var PutStorageLensConfigurationTaggingCommand = class extends command(_ep0, _mw1, "PutStorageLensConfigurationTagging", PutStorageLensConfigurationTagging$) {};
	var SubmitMultiRegionAccessPointRoutesCommand = class extends command(_ep0, _mw0, "SubmitMultiRegionAccessPointRoutes", SubmitMultiRegionAccessPointRoutes$) {};
	var TagResourceCommand = class extends command(_ep8, _mw1, "TagResource", TagResource$) {};
	var UntagResourceCommand = class extends command(_ep8, _mw1, "UntagResource", UntagResource$) {};
	var UpdateAccessGrantsLocationCommand = class extends command(_ep0, _mw0, "UpdateAccessGrantsLocation", UpdateAccessGrantsLocation$) {};
	var UpdateJobPriorityCommand = class extends command(_ep0, _mw1, "UpdateJobPriority", UpdateJobPriority$) {};
	var UpdateJobStatusCommand = class extends command(_ep0, _mw1, "UpdateJobStatus", UpdateJobStatus$) {};
	var UpdateStorageLensGroupCommand = class extends command(_ep0, _mw1, "UpdateStorageLensGroup", UpdateStorageLensGroup$) {};
	const paginateListAccessGrantsInstances = createPaginator(S3ControlClient, ListAccessGrantsInstancesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListAccessGrantsLocations = createPaginator(S3ControlClient, ListAccessGrantsLocationsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListAccessGrants = createPaginator(S3ControlClient, ListAccessGrantsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListAccessPointsForDirectoryBuckets = createPaginator(S3ControlClient, ListAccessPointsForDirectoryBucketsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListAccessPointsForObjectLambda = createPaginator(S3ControlClient, ListAccessPointsForObjectLambdaCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListAccessPoints = createPaginator(S3ControlClient, ListAccessPointsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListCallerAccessGrants = createPaginator(S3ControlClient, ListCallerAccessGrantsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListJobs = createPaginator(S3ControlClient, ListJobsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListMultiRegionAccessPoints = createPaginator(S3ControlClient, ListMultiRegionAccessPointsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListRegionalBuckets = createPaginator(S3ControlClient, ListRegionalBucketsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListStorageLensConfigurations = createPaginator(S3ControlClient, ListStorageLensConfigurationsCommand, "NextToken", "NextToken", "");
	const paginateListStorageLensGroups = createPaginator(S3ControlClient, ListStorageLensGroupsCommand, "NextToken", "NextToken", "");
	const commands = {
		AssociateAccessGrantsIdentityCenterCommand,
		CreateAccessGrantCommand,
		CreateAccessGrantsInstanceCommand,
		CreateAccessGrantsLocationCommand,
		CreateAccessPointCommand,
		CreateAccessPointForObjectLambdaCommand,
		CreateBucketCommand,
		CreateJobCommand,
		CreateMultiRegionAccessPointCommand,
		CreateStorageLensGroupCommand,
		DeleteAccessGrantCommand,
		DeleteAccessGrantsInstanceCommand,
		DeleteAccessGrantsInstanceResourcePolicyCommand,
		DeleteAccessGrantsLocationCommand,
		DeleteAccessPointCommand,
		DeleteAccessPointForObjectLambdaCommand,
		DeleteAccessPointPolicyCommand,
		DeleteAccessPointPolicyForObjectLambdaCommand,
		DeleteAccessPointScopeCommand,
		DeleteBucketCommand,
		DeleteBucketLifecycleConfigurationCommand,
		DeleteBucketPolicyCommand,
		DeleteBucketReplicationCommand,
		DeleteBucketTaggingCommand,
		DeleteJobTaggingCommand,
		DeleteMultiRegionAccessPointCommand,
		DeletePublicAccessBlockCommand,
		DeleteStorageLensConfigurationCommand,
		DeleteStorageLensConfigurationTaggingCommand,
		DeleteStorageLensGroupCommand,
		DescribeJobCommand,
		DescribeMultiRegionAccessPointOperationCommand,
		DissociateAccessGrantsIdentityCenterCommand,
		GetAccessGrantCommand,
		GetAccessGrantsInstanceCommand,
		GetAccessGrantsInstanceForPrefixCommand,
		GetAccessGrantsInstanceResourcePolicyCommand,
		GetAccessGrantsLocationCommand,
		GetAccessPointCommand,
		GetAccessPointConfigurationForObjectLambdaCommand,
		GetAccessPointForObjectLambdaCommand,
		GetAccessPointPolicyCommand,
		GetAccessPointPolicyForObjectLambdaCommand,
		GetAccessPointPolicyStatusCommand,
		GetAccessPointPolicyStatusForObjectLambdaCommand,
		GetAccessPointScopeCommand,
		GetBucketCommand,
		GetBucketLifecycleConfigurationCommand,
		GetBucketPolicyCommand,
		GetBucketReplicationCommand,
		GetBucketTaggingCommand,
		GetBucketVersioningCommand,
		GetDataAccessCommand,
		GetJobTaggingCommand,
		GetMultiRegionAccessPointCommand,
		GetMultiRegionAccessPointPolicyCommand,
		GetMultiRegionAccessPointPolicyStatusCommand,
		GetMultiRegionAccessPointRoutesCommand,
		GetPublicAccessBlockCommand,
		GetStorageLensConfigurationCommand,
		GetStorageLensConfigurationTaggingCommand,
		GetStorageLensGroupCommand,
		ListAccessGrantsCommand,
		ListAccessGrantsInstancesCommand,
		ListAccessGrantsLocationsCommand,
		ListAccessPointsCommand,
		ListAccessPointsForDirectoryBucketsCommand,
		ListAccessPointsForObjectLambdaCommand,
		ListCallerAccessGrantsCommand,
		ListJobsCommand,
		ListMultiRegionAccessPointsCommand,
		ListRegionalBucketsCommand,
		ListStorageLensConfigurationsCommand,
		ListStorageLensGroupsCommand,
		ListTagsForResourceCommand,
		PutAccessGrantsInstanceResourcePolicyCommand,
		PutAccessPointConfigurationForObjectLambdaCommand,
		PutAccessPointPolicyCommand,
		PutAccessPointPolicyForObjectLambdaCommand,
		PutAccessPointScopeCommand,
		PutBucketLifecycleConfigurationCommand,
		PutBucketPolicyCommand,
		PutBucketReplicationCommand,
		PutBucketTaggingCommand,
		PutBucketVersioningCommand,
		PutJobTaggingCommand,
		PutMultiRegionAccessPointPolicyCommand,
		PutPublicAccessBlockCommand,
		PutStorageLensConfigurationCommand,
		PutStorageLensConfigurationTaggingCommand,
		SubmitMultiRegionAccessPointRoutesCommand,
		TagResourceCommand,
		UntagResourceCommand,
		UpdateAccessGrantsLocationCommand,
		UpdateJobPriorityCommand,
		UpdateJobStatusCommand,
		UpdateStorageLensGroupCommand
	};
	const paginators = {
		paginateListAccessGrants,
		paginateListAccessGrantsInstances,
		paginateListAccessGrantsLocations,
		paginateListAccessPoints,
		paginateListAccessPointsForDirectoryBuckets,
		paginateListAccessPointsForObjectLambda,
		paginateListCallerAccessGrants,
		paginateListJobs,
		paginateListMultiRegionAccessPoints,
		paginateListRegionalBuckets,
		paginateListStorageLensConfigurations,
		paginateListStorageLensGroups
	};
	var S3Control = class extends S3ControlClient {};
	createAggregatedClient(commands, S3Control, { paginators });
	exports.CreateAccessPointCommand = CreateAccessPointCommand;
	exports.DeleteAccessPointCommand = DeleteAccessPointCommand;
	exports.DeletePublicAccessBlockCommand = DeletePublicAccessBlockCommand;
	exports.GetAccessPointCommand = GetAccessPointCommand;
	exports.GetAccessPointPolicyCommand = GetAccessPointPolicyCommand;
	exports.GetPublicAccessBlockCommand = GetPublicAccessBlockCommand;
	exports.PutAccessPointPolicyCommand = PutAccessPointPolicyCommand;
	exports.PutPublicAccessBlockCommand = PutPublicAccessBlockCommand;
	exports.S3ControlClient = S3ControlClient;
	exports.paginateListAccessPoints = paginateListAccessPoints;
})))(), 1);
/**
* The account goes in the host: AWS's endpoint rules prefix the endpoint's host with the
* account id (`123456789012.s3-control…`), which on an emulator's `127.0.0.1:4566` makes no
* address. Requests go to the endpoint as it is, and name the account in the `Host` header:
* LocalStack's moto takes an access point's account from the host's first label, moto and
* MiniStack from the `x-amz-account-id` header the SDK sends as well.
*/
const accountInHost = (next) => async (args) => {
	const request = args.request;
	const account = args.input.AccountId;
	if (account) request.headers.host = `${account}.${request.hostname}${request.port ? `:${request.port}` : ""}`;
	return next(args);
};
var AccountRoutedS3Control = class extends import_dist_cjs.S3ControlClient {
	constructor(config) {
		super({
			...config,
			endpointProvider: () => ({ url: new URL(config.endpoint) })
		});
		this.middlewareStack.add(accountInHost, {
			step: "build",
			name: "accountInHost"
		});
	}
};
const s3controlClient = clientOf(AccountRoutedS3Control);
// src/engine/state/portable/s3control/s3control.ts
/**
* The region whose records hold the account's own settings (its public access block), which
* belong to no region: AWS answers them in every one.
*/
const ACCOUNT_REGION = "us-east-1";
const PUBLIC_ACCESS_BLOCK = recordKind("public-access-block", "account public access block");
const ACCESS_POINT = recordKind("access-point");
/** The account's public access block; undefined when none is set, or the instance does not serve it (MiniStack). */
async function publicAccessBlock(s, account) {
	return (await unlessUnimplemented(s, "GetPublicAccessBlock", () => s.send(new import_dist_cjs.GetPublicAccessBlockCommand({ AccountId: account }))))?.PublicAccessBlockConfiguration;
}
/**
* The access points of `region`: moto keeps them per account and lists them in every region,
* so those whose ARN names another region are left to it.
*/
async function accessPoints(s, account, region) {
	const all = await collect(import_dist_cjs.paginateListAccessPoints({ client: s }, { AccountId: account }), (p) => p.AccessPointList);
	return sortBy(all.filter((a) => a.AccessPointArn?.split(":")[3] === region), (a) => a.Name);
}
async function captureAccessPoint(s, account, a) {
	const got = await s.send(new import_dist_cjs.GetAccessPointCommand({
		AccountId: account,
		Name: a.Name
	}));
	const policy = await unlessMissing(s.send(new import_dist_cjs.GetAccessPointPolicyCommand({
		AccountId: account,
		Name: a.Name
	})));
	return {
		name: a.Name,
		bucket: got.Bucket,
		vpcId: got.VpcConfiguration?.VpcId,
		publicAccessBlock: got.PublicAccessBlockConfiguration,
		policy: canonicalDocument(policy?.Policy)
	};
}
const capture = eachRegion(async function* (context, region) {
	const s = s3controlClient(context, region);
	if (region === ACCOUNT_REGION) {
		const configuration = await publicAccessBlock(s, context.account);
		if (configuration) yield PUBLIC_ACCESS_BLOCK.record(region, "account", { configuration });
	}
	for (const a of await accessPoints(s, context.account, region)) yield ACCESS_POINT.record(region, a.Name, await captureAccessPoint(s, context.account, a));
});
const regionsWithState = regionsWhere(async (context, region) => {
	const s = s3controlClient(context, region);
	if (region === ACCOUNT_REGION && await publicAccessBlock(s, context.account)) return true;
	return (await accessPoints(s, context.account, region)).length > 0;
});
async function clear(context, region) {
	const s = s3controlClient(context, region);
	const AccountId = context.account;
	for (const a of await accessPoints(s, AccountId, region)) await unlessMissing(s.send(new import_dist_cjs.DeleteAccessPointCommand({
		AccountId,
		Name: a.Name
	})));
	if (region === ACCOUNT_REGION && await publicAccessBlock(s, AccountId)) await s.send(new import_dist_cjs.DeletePublicAccessBlockCommand({ AccountId }));
}
/** Made anew: an access point's bucket, network origin and public access block are set at creation only. */
async function restoreAccessPoint(s, AccountId, a) {
	await unlessMissing(s.send(new import_dist_cjs.DeleteAccessPointCommand({
		AccountId,
		Name: a.name
	})));
	await s.send(new import_dist_cjs.CreateAccessPointCommand({
		AccountId,
		Name: a.name,
		Bucket: a.bucket,
		VpcConfiguration: a.vpcId ? { VpcId: a.vpcId } : void 0,
		PublicAccessBlockConfiguration: a.publicAccessBlock
	}));
	if (a.policy) await s.send(new import_dist_cjs.PutAccessPointPolicyCommand({
		AccountId,
		Name: a.name,
		Policy: a.policy
	}));
}
/**
* S3 Control: the account's public access block, and access points (bucket, VPC, public access
* block, policy). Multi-Region access points and Storage Lens configurations are not kept.
*/
const s3control = {
	name: "s3control",
	dependsOn: ["s3", "ec2"],
	capture,
	regionsWithState,
	clear,
	restore: (context, region, records) => {
		const s = s3controlClient(context, region);
		return restoreRecords(context, records, 1, on(PUBLIC_ACCESS_BLOCK, (p) => s.send(new import_dist_cjs.PutPublicAccessBlockCommand({
			AccountId: context.account,
			PublicAccessBlockConfiguration: p.configuration
		}))), on(ACCESS_POINT, (a) => restoreAccessPoint(s, context.account, a)));
	}
};
export { s3control };
