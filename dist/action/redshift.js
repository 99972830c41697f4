import { a as __toCommonJS, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$2, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$1, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { d as unlessMissing, f as unlessUnimplemented, g as labelOf, m as clientOf, r as collect, t as Network } from "./kit.js";
import { a as sortBy, d as on, g as recordKind, i as nonEmpty, m as restoreRecords, n as chunks } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { n as pollUntil } from "./wait.js";
import { n as sortedTags } from "./tags.js";
import { randomBytes } from "node:crypto";
// src/engine/state/portable/redshift/client.ts
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
	const { defaultProvider } = require_dist_cjs$1();
	const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
	const { streamCollector, NodeHttpHandler } = require_dist_cjs$2();
	const { AwsQueryProtocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const defaultRedshiftHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "redshift",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultRedshiftHttpAuthSchemeProvider = (authParameters) => {
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
			defaultSigningName: "redshift"
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
			["https://redshift-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://redshift.{Region}.amazonaws.com", i],
			["https://redshift-fips.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://redshift.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://redshift.{Region}.{PartitionResult#dnsSuffix}", i],
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
	var RedshiftServiceException = class RedshiftServiceException extends ServiceException {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.redshift#RedshiftServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, RedshiftServiceException.prototype);
		}
	};
	var DependentServiceUnavailableFault = class DependentServiceUnavailableFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#DependentServiceUnavailableFault";
		name = "DependentServiceUnavailableFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DependentServiceUnavailableFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DependentServiceUnavailableFault.prototype);
		}
	};
	var InvalidReservedNodeStateFault = class InvalidReservedNodeStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidReservedNodeStateFault";
		name = "InvalidReservedNodeStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidReservedNodeStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidReservedNodeStateFault.prototype);
		}
	};
	var ReservedNodeAlreadyExistsFault = class ReservedNodeAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ReservedNodeAlreadyExistsFault";
		name = "ReservedNodeAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ReservedNodeAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ReservedNodeAlreadyExistsFault.prototype);
		}
	};
	var ReservedNodeAlreadyMigratedFault = class ReservedNodeAlreadyMigratedFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ReservedNodeAlreadyMigratedFault";
		name = "ReservedNodeAlreadyMigratedFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ReservedNodeAlreadyMigratedFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ReservedNodeAlreadyMigratedFault.prototype);
		}
	};
	var ReservedNodeNotFoundFault = class ReservedNodeNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ReservedNodeNotFoundFault";
		name = "ReservedNodeNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ReservedNodeNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ReservedNodeNotFoundFault.prototype);
		}
	};
	var ReservedNodeOfferingNotFoundFault = class ReservedNodeOfferingNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ReservedNodeOfferingNotFoundFault";
		name = "ReservedNodeOfferingNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ReservedNodeOfferingNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ReservedNodeOfferingNotFoundFault.prototype);
		}
	};
	var UnsupportedOperationFault = class UnsupportedOperationFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#UnsupportedOperationFault";
		name = "UnsupportedOperationFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "UnsupportedOperationFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UnsupportedOperationFault.prototype);
		}
	};
	var AccessToClusterDeniedFault = class AccessToClusterDeniedFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#AccessToClusterDeniedFault";
		name = "AccessToClusterDeniedFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AccessToClusterDeniedFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AccessToClusterDeniedFault.prototype);
		}
	};
	var AccessToSnapshotDeniedFault = class AccessToSnapshotDeniedFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#AccessToSnapshotDeniedFault";
		name = "AccessToSnapshotDeniedFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AccessToSnapshotDeniedFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AccessToSnapshotDeniedFault.prototype);
		}
	};
	var ClusterNotFoundFault = class ClusterNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterNotFoundFault";
		name = "ClusterNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterNotFoundFault.prototype);
		}
	};
	var PartnerNotFoundFault = class PartnerNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#PartnerNotFoundFault";
		name = "PartnerNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "PartnerNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, PartnerNotFoundFault.prototype);
		}
	};
	var UnauthorizedPartnerIntegrationFault = class UnauthorizedPartnerIntegrationFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#UnauthorizedPartnerIntegrationFault";
		name = "UnauthorizedPartnerIntegrationFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "UnauthorizedPartnerIntegrationFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UnauthorizedPartnerIntegrationFault.prototype);
		}
	};
	var InvalidDataShareFault = class InvalidDataShareFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidDataShareFault";
		name = "InvalidDataShareFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidDataShareFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidDataShareFault.prototype);
		}
	};
	var InvalidNamespaceFault = class InvalidNamespaceFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidNamespaceFault";
		name = "InvalidNamespaceFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidNamespaceFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidNamespaceFault.prototype);
		}
	};
	var AuthenticationProfileAlreadyExistsFault = class AuthenticationProfileAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#AuthenticationProfileAlreadyExistsFault";
		name = "AuthenticationProfileAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AuthenticationProfileAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AuthenticationProfileAlreadyExistsFault.prototype);
		}
	};
	var AuthenticationProfileNotFoundFault = class AuthenticationProfileNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#AuthenticationProfileNotFoundFault";
		name = "AuthenticationProfileNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AuthenticationProfileNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AuthenticationProfileNotFoundFault.prototype);
		}
	};
	var AuthenticationProfileQuotaExceededFault = class AuthenticationProfileQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#AuthenticationProfileQuotaExceededFault";
		name = "AuthenticationProfileQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AuthenticationProfileQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AuthenticationProfileQuotaExceededFault.prototype);
		}
	};
	var AuthorizationAlreadyExistsFault = class AuthorizationAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#AuthorizationAlreadyExistsFault";
		name = "AuthorizationAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AuthorizationAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AuthorizationAlreadyExistsFault.prototype);
		}
	};
	var AuthorizationNotFoundFault = class AuthorizationNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#AuthorizationNotFoundFault";
		name = "AuthorizationNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AuthorizationNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AuthorizationNotFoundFault.prototype);
		}
	};
	var AuthorizationQuotaExceededFault = class AuthorizationQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#AuthorizationQuotaExceededFault";
		name = "AuthorizationQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AuthorizationQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AuthorizationQuotaExceededFault.prototype);
		}
	};
	var ClusterSecurityGroupNotFoundFault = class ClusterSecurityGroupNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterSecurityGroupNotFoundFault";
		name = "ClusterSecurityGroupNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterSecurityGroupNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterSecurityGroupNotFoundFault.prototype);
		}
	};
	var InvalidClusterSecurityGroupStateFault = class InvalidClusterSecurityGroupStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidClusterSecurityGroupStateFault";
		name = "InvalidClusterSecurityGroupStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidClusterSecurityGroupStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidClusterSecurityGroupStateFault.prototype);
		}
	};
	var EndpointAuthorizationAlreadyExistsFault = class EndpointAuthorizationAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#EndpointAuthorizationAlreadyExistsFault";
		name = "EndpointAuthorizationAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "EndpointAuthorizationAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EndpointAuthorizationAlreadyExistsFault.prototype);
		}
	};
	var EndpointAuthorizationsPerClusterLimitExceededFault = class EndpointAuthorizationsPerClusterLimitExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#EndpointAuthorizationsPerClusterLimitExceededFault";
		name = "EndpointAuthorizationsPerClusterLimitExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "EndpointAuthorizationsPerClusterLimitExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EndpointAuthorizationsPerClusterLimitExceededFault.prototype);
		}
	};
	var InvalidAuthorizationStateFault = class InvalidAuthorizationStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidAuthorizationStateFault";
		name = "InvalidAuthorizationStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidAuthorizationStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidAuthorizationStateFault.prototype);
		}
	};
	var InvalidClusterStateFault = class InvalidClusterStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidClusterStateFault";
		name = "InvalidClusterStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidClusterStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidClusterStateFault.prototype);
		}
	};
	var ClusterSnapshotNotFoundFault = class ClusterSnapshotNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterSnapshotNotFoundFault";
		name = "ClusterSnapshotNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterSnapshotNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterSnapshotNotFoundFault.prototype);
		}
	};
	var DependentServiceRequestThrottlingFault = class DependentServiceRequestThrottlingFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#DependentServiceRequestThrottlingFault";
		name = "DependentServiceRequestThrottlingFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DependentServiceRequestThrottlingFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DependentServiceRequestThrottlingFault.prototype);
		}
	};
	var InvalidClusterSnapshotStateFault = class InvalidClusterSnapshotStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidClusterSnapshotStateFault";
		name = "InvalidClusterSnapshotStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidClusterSnapshotStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidClusterSnapshotStateFault.prototype);
		}
	};
	var LimitExceededFault = class LimitExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#LimitExceededFault";
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
	var BatchDeleteRequestSizeExceededFault = class BatchDeleteRequestSizeExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#BatchDeleteRequestSizeExceededFault";
		name = "BatchDeleteRequestSizeExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BatchDeleteRequestSizeExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BatchDeleteRequestSizeExceededFault.prototype);
		}
	};
	var BatchModifyClusterSnapshotsLimitExceededFault = class BatchModifyClusterSnapshotsLimitExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#BatchModifyClusterSnapshotsLimitExceededFault";
		name = "BatchModifyClusterSnapshotsLimitExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BatchModifyClusterSnapshotsLimitExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BatchModifyClusterSnapshotsLimitExceededFault.prototype);
		}
	};
	var InvalidRetentionPeriodFault = class InvalidRetentionPeriodFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidRetentionPeriodFault";
		name = "InvalidRetentionPeriodFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidRetentionPeriodFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidRetentionPeriodFault.prototype);
		}
	};
	var BucketNotFoundFault = class BucketNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#BucketNotFoundFault";
		name = "BucketNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BucketNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BucketNotFoundFault.prototype);
		}
	};
	var ResizeNotFoundFault = class ResizeNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ResizeNotFoundFault";
		name = "ResizeNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ResizeNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ResizeNotFoundFault.prototype);
		}
	};
	var ClusterAlreadyExistsFault = class ClusterAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterAlreadyExistsFault";
		name = "ClusterAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterAlreadyExistsFault.prototype);
		}
	};
	var ClusterOnLatestRevisionFault = class ClusterOnLatestRevisionFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterOnLatestRevisionFault";
		name = "ClusterOnLatestRevisionFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterOnLatestRevisionFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterOnLatestRevisionFault.prototype);
		}
	};
	var ClusterParameterGroupAlreadyExistsFault = class ClusterParameterGroupAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterParameterGroupAlreadyExistsFault";
		name = "ClusterParameterGroupAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterParameterGroupAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterParameterGroupAlreadyExistsFault.prototype);
		}
	};
	var ClusterParameterGroupNotFoundFault = class ClusterParameterGroupNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterParameterGroupNotFoundFault";
		name = "ClusterParameterGroupNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterParameterGroupNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterParameterGroupNotFoundFault.prototype);
		}
	};
	var ClusterParameterGroupQuotaExceededFault = class ClusterParameterGroupQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterParameterGroupQuotaExceededFault";
		name = "ClusterParameterGroupQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterParameterGroupQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterParameterGroupQuotaExceededFault.prototype);
		}
	};
	var ClusterQuotaExceededFault = class ClusterQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterQuotaExceededFault";
		name = "ClusterQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterQuotaExceededFault.prototype);
		}
	};
	var ClusterSecurityGroupAlreadyExistsFault = class ClusterSecurityGroupAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterSecurityGroupAlreadyExistsFault";
		name = "ClusterSecurityGroupAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterSecurityGroupAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterSecurityGroupAlreadyExistsFault.prototype);
		}
	};
	var ClusterSecurityGroupQuotaExceededFault = class ClusterSecurityGroupQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterSecurityGroupQuotaExceededFault";
		name = "ClusterSecurityGroupQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterSecurityGroupQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterSecurityGroupQuotaExceededFault.prototype);
		}
	};
	var ClusterSnapshotAlreadyExistsFault = class ClusterSnapshotAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterSnapshotAlreadyExistsFault";
		name = "ClusterSnapshotAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterSnapshotAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterSnapshotAlreadyExistsFault.prototype);
		}
	};
	var ClusterSnapshotQuotaExceededFault = class ClusterSnapshotQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterSnapshotQuotaExceededFault";
		name = "ClusterSnapshotQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterSnapshotQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterSnapshotQuotaExceededFault.prototype);
		}
	};
	var ClusterSubnetGroupAlreadyExistsFault = class ClusterSubnetGroupAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterSubnetGroupAlreadyExistsFault";
		name = "ClusterSubnetGroupAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterSubnetGroupAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterSubnetGroupAlreadyExistsFault.prototype);
		}
	};
	var ClusterSubnetGroupNotFoundFault = class ClusterSubnetGroupNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterSubnetGroupNotFoundFault";
		name = "ClusterSubnetGroupNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterSubnetGroupNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterSubnetGroupNotFoundFault.prototype);
		}
	};
	var ClusterSubnetGroupQuotaExceededFault = class ClusterSubnetGroupQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterSubnetGroupQuotaExceededFault";
		name = "ClusterSubnetGroupQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterSubnetGroupQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterSubnetGroupQuotaExceededFault.prototype);
		}
	};
	var ClusterSubnetQuotaExceededFault = class ClusterSubnetQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ClusterSubnetQuotaExceededFault";
		name = "ClusterSubnetQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ClusterSubnetQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ClusterSubnetQuotaExceededFault.prototype);
		}
	};
	var ConflictPolicyUpdateFault = class ConflictPolicyUpdateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ConflictPolicyUpdateFault";
		name = "ConflictPolicyUpdateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ConflictPolicyUpdateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConflictPolicyUpdateFault.prototype);
		}
	};
	var CopyToRegionDisabledFault = class CopyToRegionDisabledFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#CopyToRegionDisabledFault";
		name = "CopyToRegionDisabledFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CopyToRegionDisabledFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CopyToRegionDisabledFault.prototype);
		}
	};
	var InvalidAuthenticationProfileRequestFault = class InvalidAuthenticationProfileRequestFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidAuthenticationProfileRequestFault";
		name = "InvalidAuthenticationProfileRequestFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidAuthenticationProfileRequestFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidAuthenticationProfileRequestFault.prototype);
		}
	};
	var DependentServiceAccessDeniedFault = class DependentServiceAccessDeniedFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#DependentServiceAccessDeniedFault";
		name = "DependentServiceAccessDeniedFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DependentServiceAccessDeniedFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DependentServiceAccessDeniedFault.prototype);
		}
	};
	var HsmClientCertificateNotFoundFault = class HsmClientCertificateNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#HsmClientCertificateNotFoundFault";
		name = "HsmClientCertificateNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HsmClientCertificateNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HsmClientCertificateNotFoundFault.prototype);
		}
	};
	var HsmConfigurationNotFoundFault = class HsmConfigurationNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#HsmConfigurationNotFoundFault";
		name = "HsmConfigurationNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HsmConfigurationNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HsmConfigurationNotFoundFault.prototype);
		}
	};
	var InsufficientClusterCapacityFault = class InsufficientClusterCapacityFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InsufficientClusterCapacityFault";
		name = "InsufficientClusterCapacityFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InsufficientClusterCapacityFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InsufficientClusterCapacityFault.prototype);
		}
	};
	var InvalidClusterSubnetGroupStateFault = class InvalidClusterSubnetGroupStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidClusterSubnetGroupStateFault";
		name = "InvalidClusterSubnetGroupStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidClusterSubnetGroupStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidClusterSubnetGroupStateFault.prototype);
		}
	};
	var InvalidClusterTrackFault = class InvalidClusterTrackFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidClusterTrackFault";
		name = "InvalidClusterTrackFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidClusterTrackFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidClusterTrackFault.prototype);
		}
	};
	var InvalidElasticIpFault = class InvalidElasticIpFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidElasticIpFault";
		name = "InvalidElasticIpFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidElasticIpFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidElasticIpFault.prototype);
		}
	};
	var InvalidSubnet = class InvalidSubnet extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidSubnet";
		name = "InvalidSubnet";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidSubnet",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidSubnet.prototype);
		}
	};
	var InvalidTagFault = class InvalidTagFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidTagFault";
		name = "InvalidTagFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidTagFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidTagFault.prototype);
		}
	};
	var InvalidVPCNetworkStateFault = class InvalidVPCNetworkStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidVPCNetworkStateFault";
		name = "InvalidVPCNetworkStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidVPCNetworkStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidVPCNetworkStateFault.prototype);
		}
	};
	var Ipv6CidrBlockNotFoundFault = class Ipv6CidrBlockNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#Ipv6CidrBlockNotFoundFault";
		name = "Ipv6CidrBlockNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "Ipv6CidrBlockNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, Ipv6CidrBlockNotFoundFault.prototype);
		}
	};
	var NumberOfNodesPerClusterLimitExceededFault = class NumberOfNodesPerClusterLimitExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#NumberOfNodesPerClusterLimitExceededFault";
		name = "NumberOfNodesPerClusterLimitExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NumberOfNodesPerClusterLimitExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NumberOfNodesPerClusterLimitExceededFault.prototype);
		}
	};
	var NumberOfNodesQuotaExceededFault = class NumberOfNodesQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#NumberOfNodesQuotaExceededFault";
		name = "NumberOfNodesQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "NumberOfNodesQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, NumberOfNodesQuotaExceededFault.prototype);
		}
	};
	var RedshiftIdcApplicationNotExistsFault = class RedshiftIdcApplicationNotExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#RedshiftIdcApplicationNotExistsFault";
		name = "RedshiftIdcApplicationNotExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "RedshiftIdcApplicationNotExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, RedshiftIdcApplicationNotExistsFault.prototype);
		}
	};
	var SnapshotScheduleNotFoundFault = class SnapshotScheduleNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SnapshotScheduleNotFoundFault";
		name = "SnapshotScheduleNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SnapshotScheduleNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SnapshotScheduleNotFoundFault.prototype);
		}
	};
	var TagLimitExceededFault = class TagLimitExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#TagLimitExceededFault";
		name = "TagLimitExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TagLimitExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TagLimitExceededFault.prototype);
		}
	};
	var UnauthorizedOperation = class UnauthorizedOperation extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#UnauthorizedOperation";
		name = "UnauthorizedOperation";
		$fault = "client";
		constructor(opts) {
			super({
				name: "UnauthorizedOperation",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UnauthorizedOperation.prototype);
		}
	};
	var CustomCnameAssociationFault = class CustomCnameAssociationFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#CustomCnameAssociationFault";
		name = "CustomCnameAssociationFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CustomCnameAssociationFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomCnameAssociationFault.prototype);
		}
	};
	var EndpointAlreadyExistsFault = class EndpointAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#EndpointAlreadyExistsFault";
		name = "EndpointAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "EndpointAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EndpointAlreadyExistsFault.prototype);
		}
	};
	var EndpointsPerAuthorizationLimitExceededFault = class EndpointsPerAuthorizationLimitExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#EndpointsPerAuthorizationLimitExceededFault";
		name = "EndpointsPerAuthorizationLimitExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "EndpointsPerAuthorizationLimitExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EndpointsPerAuthorizationLimitExceededFault.prototype);
		}
	};
	var EndpointsPerClusterLimitExceededFault = class EndpointsPerClusterLimitExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#EndpointsPerClusterLimitExceededFault";
		name = "EndpointsPerClusterLimitExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "EndpointsPerClusterLimitExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EndpointsPerClusterLimitExceededFault.prototype);
		}
	};
	var EventSubscriptionQuotaExceededFault = class EventSubscriptionQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#EventSubscriptionQuotaExceededFault";
		name = "EventSubscriptionQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "EventSubscriptionQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EventSubscriptionQuotaExceededFault.prototype);
		}
	};
	var SNSInvalidTopicFault = class SNSInvalidTopicFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SNSInvalidTopicFault";
		name = "SNSInvalidTopicFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SNSInvalidTopicFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SNSInvalidTopicFault.prototype);
		}
	};
	var SNSNoAuthorizationFault = class SNSNoAuthorizationFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SNSNoAuthorizationFault";
		name = "SNSNoAuthorizationFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SNSNoAuthorizationFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SNSNoAuthorizationFault.prototype);
		}
	};
	var SNSTopicArnNotFoundFault = class SNSTopicArnNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SNSTopicArnNotFoundFault";
		name = "SNSTopicArnNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SNSTopicArnNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SNSTopicArnNotFoundFault.prototype);
		}
	};
	var SourceNotFoundFault = class SourceNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SourceNotFoundFault";
		name = "SourceNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SourceNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SourceNotFoundFault.prototype);
		}
	};
	var SubscriptionAlreadyExistFault = class SubscriptionAlreadyExistFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SubscriptionAlreadyExistFault";
		name = "SubscriptionAlreadyExistFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SubscriptionAlreadyExistFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SubscriptionAlreadyExistFault.prototype);
		}
	};
	var SubscriptionCategoryNotFoundFault = class SubscriptionCategoryNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SubscriptionCategoryNotFoundFault";
		name = "SubscriptionCategoryNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SubscriptionCategoryNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SubscriptionCategoryNotFoundFault.prototype);
		}
	};
	var SubscriptionEventIdNotFoundFault = class SubscriptionEventIdNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SubscriptionEventIdNotFoundFault";
		name = "SubscriptionEventIdNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SubscriptionEventIdNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SubscriptionEventIdNotFoundFault.prototype);
		}
	};
	var SubscriptionSeverityNotFoundFault = class SubscriptionSeverityNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SubscriptionSeverityNotFoundFault";
		name = "SubscriptionSeverityNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SubscriptionSeverityNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SubscriptionSeverityNotFoundFault.prototype);
		}
	};
	var HsmClientCertificateAlreadyExistsFault = class HsmClientCertificateAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#HsmClientCertificateAlreadyExistsFault";
		name = "HsmClientCertificateAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HsmClientCertificateAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HsmClientCertificateAlreadyExistsFault.prototype);
		}
	};
	var HsmClientCertificateQuotaExceededFault = class HsmClientCertificateQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#HsmClientCertificateQuotaExceededFault";
		name = "HsmClientCertificateQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HsmClientCertificateQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HsmClientCertificateQuotaExceededFault.prototype);
		}
	};
	var HsmConfigurationAlreadyExistsFault = class HsmConfigurationAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#HsmConfigurationAlreadyExistsFault";
		name = "HsmConfigurationAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HsmConfigurationAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HsmConfigurationAlreadyExistsFault.prototype);
		}
	};
	var HsmConfigurationQuotaExceededFault = class HsmConfigurationQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#HsmConfigurationQuotaExceededFault";
		name = "HsmConfigurationQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "HsmConfigurationQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, HsmConfigurationQuotaExceededFault.prototype);
		}
	};
	var IntegrationAlreadyExistsFault = class IntegrationAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#IntegrationAlreadyExistsFault";
		name = "IntegrationAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IntegrationAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IntegrationAlreadyExistsFault.prototype);
		}
	};
	var IntegrationConflictOperationFault = class IntegrationConflictOperationFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#IntegrationConflictOperationFault";
		name = "IntegrationConflictOperationFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IntegrationConflictOperationFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IntegrationConflictOperationFault.prototype);
		}
	};
	var IntegrationQuotaExceededFault = class IntegrationQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#IntegrationQuotaExceededFault";
		name = "IntegrationQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IntegrationQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IntegrationQuotaExceededFault.prototype);
		}
	};
	var IntegrationSourceNotFoundFault = class IntegrationSourceNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#IntegrationSourceNotFoundFault";
		name = "IntegrationSourceNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IntegrationSourceNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IntegrationSourceNotFoundFault.prototype);
		}
	};
	var IntegrationTargetNotFoundFault = class IntegrationTargetNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#IntegrationTargetNotFoundFault";
		name = "IntegrationTargetNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IntegrationTargetNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IntegrationTargetNotFoundFault.prototype);
		}
	};
	var Qev2IdcApplicationAlreadyExistsFault = class Qev2IdcApplicationAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#Qev2IdcApplicationAlreadyExistsFault";
		name = "Qev2IdcApplicationAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "Qev2IdcApplicationAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, Qev2IdcApplicationAlreadyExistsFault.prototype);
		}
	};
	var RedshiftIdcApplicationAlreadyExistsFault = class RedshiftIdcApplicationAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#RedshiftIdcApplicationAlreadyExistsFault";
		name = "RedshiftIdcApplicationAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "RedshiftIdcApplicationAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, RedshiftIdcApplicationAlreadyExistsFault.prototype);
		}
	};
	var RedshiftIdcApplicationQuotaExceededFault = class RedshiftIdcApplicationQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#RedshiftIdcApplicationQuotaExceededFault";
		name = "RedshiftIdcApplicationQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "RedshiftIdcApplicationQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, RedshiftIdcApplicationQuotaExceededFault.prototype);
		}
	};
	var InvalidScheduledActionFault = class InvalidScheduledActionFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidScheduledActionFault";
		name = "InvalidScheduledActionFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidScheduledActionFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidScheduledActionFault.prototype);
		}
	};
	var InvalidScheduleFault = class InvalidScheduleFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidScheduleFault";
		name = "InvalidScheduleFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidScheduleFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidScheduleFault.prototype);
		}
	};
	var ScheduledActionAlreadyExistsFault = class ScheduledActionAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ScheduledActionAlreadyExistsFault";
		name = "ScheduledActionAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ScheduledActionAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ScheduledActionAlreadyExistsFault.prototype);
		}
	};
	var ScheduledActionQuotaExceededFault = class ScheduledActionQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ScheduledActionQuotaExceededFault";
		name = "ScheduledActionQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ScheduledActionQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ScheduledActionQuotaExceededFault.prototype);
		}
	};
	var ScheduledActionTypeUnsupportedFault = class ScheduledActionTypeUnsupportedFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ScheduledActionTypeUnsupportedFault";
		name = "ScheduledActionTypeUnsupportedFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ScheduledActionTypeUnsupportedFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ScheduledActionTypeUnsupportedFault.prototype);
		}
	};
	var SnapshotCopyGrantAlreadyExistsFault = class SnapshotCopyGrantAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SnapshotCopyGrantAlreadyExistsFault";
		name = "SnapshotCopyGrantAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SnapshotCopyGrantAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SnapshotCopyGrantAlreadyExistsFault.prototype);
		}
	};
	var SnapshotCopyGrantQuotaExceededFault = class SnapshotCopyGrantQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SnapshotCopyGrantQuotaExceededFault";
		name = "SnapshotCopyGrantQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SnapshotCopyGrantQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SnapshotCopyGrantQuotaExceededFault.prototype);
		}
	};
	var ScheduleDefinitionTypeUnsupportedFault = class ScheduleDefinitionTypeUnsupportedFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ScheduleDefinitionTypeUnsupportedFault";
		name = "ScheduleDefinitionTypeUnsupportedFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ScheduleDefinitionTypeUnsupportedFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ScheduleDefinitionTypeUnsupportedFault.prototype);
		}
	};
	var SnapshotScheduleAlreadyExistsFault = class SnapshotScheduleAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SnapshotScheduleAlreadyExistsFault";
		name = "SnapshotScheduleAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SnapshotScheduleAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SnapshotScheduleAlreadyExistsFault.prototype);
		}
	};
	var SnapshotScheduleQuotaExceededFault = class SnapshotScheduleQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SnapshotScheduleQuotaExceededFault";
		name = "SnapshotScheduleQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SnapshotScheduleQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SnapshotScheduleQuotaExceededFault.prototype);
		}
	};
	var ResourceNotFoundFault = class ResourceNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ResourceNotFoundFault";
		name = "ResourceNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ResourceNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ResourceNotFoundFault.prototype);
		}
	};
	var InvalidUsageLimitFault = class InvalidUsageLimitFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidUsageLimitFault";
		name = "InvalidUsageLimitFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidUsageLimitFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidUsageLimitFault.prototype);
		}
	};
	var UsageLimitAlreadyExistsFault = class UsageLimitAlreadyExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#UsageLimitAlreadyExistsFault";
		name = "UsageLimitAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "UsageLimitAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UsageLimitAlreadyExistsFault.prototype);
		}
	};
	var CustomDomainAssociationNotFoundFault = class CustomDomainAssociationNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#CustomDomainAssociationNotFoundFault";
		name = "CustomDomainAssociationNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CustomDomainAssociationNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomDomainAssociationNotFoundFault.prototype);
		}
	};
	var InvalidClusterParameterGroupStateFault = class InvalidClusterParameterGroupStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidClusterParameterGroupStateFault";
		name = "InvalidClusterParameterGroupStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidClusterParameterGroupStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidClusterParameterGroupStateFault.prototype);
		}
	};
	var InvalidClusterSubnetStateFault = class InvalidClusterSubnetStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidClusterSubnetStateFault";
		name = "InvalidClusterSubnetStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidClusterSubnetStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidClusterSubnetStateFault.prototype);
		}
	};
	var EndpointNotFoundFault = class EndpointNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#EndpointNotFoundFault";
		name = "EndpointNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "EndpointNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EndpointNotFoundFault.prototype);
		}
	};
	var InvalidEndpointStateFault = class InvalidEndpointStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidEndpointStateFault";
		name = "InvalidEndpointStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidEndpointStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidEndpointStateFault.prototype);
		}
	};
	var InvalidSubscriptionStateFault = class InvalidSubscriptionStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidSubscriptionStateFault";
		name = "InvalidSubscriptionStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidSubscriptionStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidSubscriptionStateFault.prototype);
		}
	};
	var SubscriptionNotFoundFault = class SubscriptionNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SubscriptionNotFoundFault";
		name = "SubscriptionNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SubscriptionNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SubscriptionNotFoundFault.prototype);
		}
	};
	var InvalidHsmClientCertificateStateFault = class InvalidHsmClientCertificateStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidHsmClientCertificateStateFault";
		name = "InvalidHsmClientCertificateStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidHsmClientCertificateStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidHsmClientCertificateStateFault.prototype);
		}
	};
	var InvalidHsmConfigurationStateFault = class InvalidHsmConfigurationStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidHsmConfigurationStateFault";
		name = "InvalidHsmConfigurationStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidHsmConfigurationStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidHsmConfigurationStateFault.prototype);
		}
	};
	var IntegrationConflictStateFault = class IntegrationConflictStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#IntegrationConflictStateFault";
		name = "IntegrationConflictStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IntegrationConflictStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IntegrationConflictStateFault.prototype);
		}
	};
	var IntegrationNotFoundFault = class IntegrationNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#IntegrationNotFoundFault";
		name = "IntegrationNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IntegrationNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IntegrationNotFoundFault.prototype);
		}
	};
	var Qev2IdcApplicationNotExistsFault = class Qev2IdcApplicationNotExistsFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#Qev2IdcApplicationNotExistsFault";
		name = "Qev2IdcApplicationNotExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "Qev2IdcApplicationNotExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, Qev2IdcApplicationNotExistsFault.prototype);
		}
	};
	var ScheduledActionNotFoundFault = class ScheduledActionNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ScheduledActionNotFoundFault";
		name = "ScheduledActionNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ScheduledActionNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ScheduledActionNotFoundFault.prototype);
		}
	};
	var InvalidSnapshotCopyGrantStateFault = class InvalidSnapshotCopyGrantStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidSnapshotCopyGrantStateFault";
		name = "InvalidSnapshotCopyGrantStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidSnapshotCopyGrantStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidSnapshotCopyGrantStateFault.prototype);
		}
	};
	var SnapshotCopyGrantNotFoundFault = class SnapshotCopyGrantNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SnapshotCopyGrantNotFoundFault";
		name = "SnapshotCopyGrantNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SnapshotCopyGrantNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SnapshotCopyGrantNotFoundFault.prototype);
		}
	};
	var InvalidClusterSnapshotScheduleStateFault = class InvalidClusterSnapshotScheduleStateFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidClusterSnapshotScheduleStateFault";
		name = "InvalidClusterSnapshotScheduleStateFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidClusterSnapshotScheduleStateFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidClusterSnapshotScheduleStateFault.prototype);
		}
	};
	var UsageLimitNotFoundFault = class UsageLimitNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#UsageLimitNotFoundFault";
		name = "UsageLimitNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "UsageLimitNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UsageLimitNotFoundFault.prototype);
		}
	};
	var ReservedNodeExchangeNotFoundFault = class ReservedNodeExchangeNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ReservedNodeExchangeNotFoundFault";
		name = "ReservedNodeExchangeNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ReservedNodeExchangeNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ReservedNodeExchangeNotFoundFault.prototype);
		}
	};
	var TableRestoreNotFoundFault = class TableRestoreNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#TableRestoreNotFoundFault";
		name = "TableRestoreNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TableRestoreNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TableRestoreNotFoundFault.prototype);
		}
	};
	var SnapshotCopyAlreadyDisabledFault = class SnapshotCopyAlreadyDisabledFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SnapshotCopyAlreadyDisabledFault";
		name = "SnapshotCopyAlreadyDisabledFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SnapshotCopyAlreadyDisabledFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SnapshotCopyAlreadyDisabledFault.prototype);
		}
	};
	var InsufficientS3BucketPolicyFault = class InsufficientS3BucketPolicyFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InsufficientS3BucketPolicyFault";
		name = "InsufficientS3BucketPolicyFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InsufficientS3BucketPolicyFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InsufficientS3BucketPolicyFault.prototype);
		}
	};
	var InvalidS3BucketNameFault = class InvalidS3BucketNameFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidS3BucketNameFault";
		name = "InvalidS3BucketNameFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidS3BucketNameFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidS3BucketNameFault.prototype);
		}
	};
	var InvalidS3KeyPrefixFault = class InvalidS3KeyPrefixFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidS3KeyPrefixFault";
		name = "InvalidS3KeyPrefixFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidS3KeyPrefixFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidS3KeyPrefixFault.prototype);
		}
	};
	var IncompatibleOrderableOptions = class IncompatibleOrderableOptions extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#IncompatibleOrderableOptions";
		name = "IncompatibleOrderableOptions";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IncompatibleOrderableOptions",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IncompatibleOrderableOptions.prototype);
		}
	};
	var SnapshotCopyAlreadyEnabledFault = class SnapshotCopyAlreadyEnabledFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SnapshotCopyAlreadyEnabledFault";
		name = "SnapshotCopyAlreadyEnabledFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SnapshotCopyAlreadyEnabledFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SnapshotCopyAlreadyEnabledFault.prototype);
		}
	};
	var UnknownSnapshotCopyRegionFault = class UnknownSnapshotCopyRegionFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#UnknownSnapshotCopyRegionFault";
		name = "UnknownSnapshotCopyRegionFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "UnknownSnapshotCopyRegionFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UnknownSnapshotCopyRegionFault.prototype);
		}
	};
	var EndpointAuthorizationNotFoundFault = class EndpointAuthorizationNotFoundFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#EndpointAuthorizationNotFoundFault";
		name = "EndpointAuthorizationNotFoundFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "EndpointAuthorizationNotFoundFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, EndpointAuthorizationNotFoundFault.prototype);
		}
	};
	var RedshiftInvalidParameterFault = class RedshiftInvalidParameterFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#RedshiftInvalidParameterFault";
		name = "RedshiftInvalidParameterFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "RedshiftInvalidParameterFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, RedshiftInvalidParameterFault.prototype);
		}
	};
	var InvalidPolicyFault = class InvalidPolicyFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidPolicyFault";
		name = "InvalidPolicyFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidPolicyFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidPolicyFault.prototype);
		}
	};
	var InProgressTableRestoreQuotaExceededFault = class InProgressTableRestoreQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InProgressTableRestoreQuotaExceededFault";
		name = "InProgressTableRestoreQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InProgressTableRestoreQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InProgressTableRestoreQuotaExceededFault.prototype);
		}
	};
	var InvalidRestoreFault = class InvalidRestoreFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidRestoreFault";
		name = "InvalidRestoreFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidRestoreFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidRestoreFault.prototype);
		}
	};
	var InvalidTableRestoreArgumentFault = class InvalidTableRestoreArgumentFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#InvalidTableRestoreArgumentFault";
		name = "InvalidTableRestoreArgumentFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidTableRestoreArgumentFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidTableRestoreArgumentFault.prototype);
		}
	};
	var TableLimitExceededFault = class TableLimitExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#TableLimitExceededFault";
		name = "TableLimitExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TableLimitExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TableLimitExceededFault.prototype);
		}
	};
	var UnsupportedOptionFault = class UnsupportedOptionFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#UnsupportedOptionFault";
		name = "UnsupportedOptionFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "UnsupportedOptionFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UnsupportedOptionFault.prototype);
		}
	};
	var SubnetAlreadyInUse = class SubnetAlreadyInUse extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SubnetAlreadyInUse";
		name = "SubnetAlreadyInUse";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SubnetAlreadyInUse",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SubnetAlreadyInUse.prototype);
		}
	};
	var SnapshotCopyDisabledFault = class SnapshotCopyDisabledFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SnapshotCopyDisabledFault";
		name = "SnapshotCopyDisabledFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SnapshotCopyDisabledFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SnapshotCopyDisabledFault.prototype);
		}
	};
	var SnapshotScheduleUpdateInProgressFault = class SnapshotScheduleUpdateInProgressFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#SnapshotScheduleUpdateInProgressFault";
		name = "SnapshotScheduleUpdateInProgressFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "SnapshotScheduleUpdateInProgressFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SnapshotScheduleUpdateInProgressFault.prototype);
		}
	};
	var ReservedNodeQuotaExceededFault = class ReservedNodeQuotaExceededFault extends RedshiftServiceException {
		static shapeId = "com.amazonaws.redshift#ReservedNodeQuotaExceededFault";
		name = "ReservedNodeQuotaExceededFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ReservedNodeQuotaExceededFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ReservedNodeQuotaExceededFault.prototype);
		}
	};
	const _A = "Association";
	const _AA = "AccountAttribute";
	const _AAEF = "AuthorizationAlreadyExistsFault";
	const _AAL = "AccountAttributeList";
	const _AALu = "AuthorizedAudiencesList";
	const _AAVPC = "AllowedAllVPCs";
	const _AAc = "AccountAttributes";
	const _AAcc = "AccountAlias";
	const _AC = "AquaConfiguration";
	const _ACC = "AssociatedClusterCount";
	const _ACL = "AssociatedClusterList";
	const _ACR = "AllowCancelResize";
	const _ACS = "AquaConfigurationStatus";
	const _ACSGI = "AuthorizeClusterSecurityGroupIngress";
	const _ACSGIM = "AuthorizeClusterSecurityGroupIngressMessage";
	const _ACSGIR = "AuthorizeClusterSecurityGroupIngressResult";
	const _ACs = "AssociatedClusters";
	const _ACu = "AutoCreate";
	const _ADS = "AuthorizeDataShare";
	const _ADSC = "AssociateDataShareConsumer";
	const _ADSCM = "AssociateDataShareConsumerMessage";
	const _ADSM = "AuthorizeDataShareMessage";
	const _AEA = "AssociateEntireAccount";
	const _AEAM = "AuthorizeEndpointAccessMessage";
	const _AEAu = "AuthorizeEndpointAccess";
	const _AEC = "AdditionalEncryptionContext";
	const _AI = "AccountId";
	const _AIBSIMB = "ActualIncrementalBackupSizeInMegaBytes";
	const _AIR = "AddIamRoles";
	const _AId = "AdditionalInfo";
	const _AL = "AssociationList";
	const _ALt = "AttributeList";
	const _AN = "AttributeName";
	const _ANFF = "AuthorizationNotFoundFault";
	const _ANL = "AttributeNameList";
	const _ANt = "AttributeNames";
	const _AP = "AuthenticationProfile";
	const _APAC = "AllowPubliclyAccessibleConsumers";
	const _APAEF = "AuthenticationProfileAlreadyExistsFault";
	const _APC = "AuthenticationProfileContent";
	const _APL = "AuthenticationProfileList";
	const _APN = "AuthenticationProfileName";
	const _APNFF = "AuthenticationProfileNotFoundFault";
	const _APQEF = "AuthenticationProfileQuotaExceededFault";
	const _APd = "AddPartner";
	const _APu = "AuthenticationProfiles";
	const _AQEF = "AuthorizationQuotaExceededFault";
	const _ARNE = "AcceptReservedNodeExchange";
	const _ARNEIM = "AcceptReservedNodeExchangeInputMessage";
	const _ARNEOM = "AcceptReservedNodeExchangeOutputMessage";
	const _ARRIMBPS = "AvgResizeRateInMegaBytesPerSecond";
	const _AS = "AquaStatus";
	const _ASA = "AuthorizeSnapshotAccess";
	const _ASAM = "AuthorizeSnapshotAccessMessage";
	const _ASAR = "AuthorizeSnapshotAccessResult";
	const _ASRP = "AutomatedSnapshotRetentionPeriod";
	const _ASp = "ApplyStatus";
	const _AT = "ApplicationType";
	const _ATCDF = "AccessToClusterDeniedFault";
	const _ATI = "AuthorizedTokenIssuer";
	const _ATIL = "AuthorizedTokenIssuerList";
	const _ATSDF = "AccessToSnapshotDeniedFault";
	const _ATc = "ActionType";
	const _ATp = "ApplyType";
	const _ATu = "AuthorizeTime";
	const _AV = "AttributeValues";
	const _AVL = "AttributeValueList";
	const _AVPC = "AllowedVPCs";
	const _AVT = "AttributeValueTarget";
	const _AVU = "AllowVersionUpgrade";
	const _AVl = "AllowedValues";
	const _AVt = "AttributeValue";
	const _AW = "AllowWrites";
	const _AWRA = "AccountWithRestoreAccess";
	const _AWRAL = "AccountsWithRestoreAccessList";
	const _AWRAc = "AccountsWithRestoreAccess";
	const _AZ = "AvailabilityZone";
	const _AZL = "AvailabilityZoneList";
	const _AZR = "AvailabilityZoneRelocation";
	const _AZRS = "AvailabilityZoneRelocationStatus";
	const _AZv = "AvailabilityZones";
	const _Ac = "Account";
	const _Act = "Active";
	const _Ad = "Address";
	const _Am = "Amount";
	const _As = "Associations";
	const _At = "Attribute";
	const _Au = "Authorization";
	const _BA = "BreachAction";
	const _BDCS = "BatchDeleteClusterSnapshots";
	const _BDCSR = "BatchDeleteClusterSnapshotsRequest";
	const _BDCSRa = "BatchDeleteClusterSnapshotsResult";
	const _BDRSEF = "BatchDeleteRequestSizeExceededFault";
	const _BMCS = "BatchModifyClusterSnapshots";
	const _BMCSLEF = "BatchModifyClusterSnapshotsLimitExceededFault";
	const _BMCSM = "BatchModifyClusterSnapshotsMessage";
	const _BMCSOM = "BatchModifyClusterSnapshotsOutputMessage";
	const _BN = "BucketName";
	const _BNFF = "BucketNotFoundFault";
	const _BPIMB = "BackupProgressInMegaBytes";
	const _BSOE = "BatchSnapshotOperationErrors";
	const _BSOEL = "BatchSnapshotOperationErrorList";
	const _C = "Cluster";
	const _CA = "ConsumerArn";
	const _CAEF = "ClusterAlreadyExistsFault";
	const _CAI = "CustomerAwsId";
	const _CAL = "CertificateAssociationList";
	const _CAP = "CreateAuthenticationProfile";
	const _CAPM = "CreateAuthenticationProfileMessage";
	const _CAPR = "CreateAuthenticationProfileResult";
	const _CAS = "ClusterAvailabilityStatus";
	const _CATS = "ClusterAssociatedToSchedule";
	const _CAW = "ConsumerAcceptedWrites";
	const _CAa = "CatalogArn";
	const _CAe = "CertificateAssociations";
	const _CAer = "CertificateAssociation";
	const _CAr = "CreatedAt";
	const _CBRIMBPS = "CurrentBackupRateInMegaBytesPerSecond";
	const _CC = "ClusterCredentials";
	const _CCAF = "CustomCnameAssociationFault";
	const _CCDA = "CreateCustomDomainAssociation";
	const _CCDAM = "CreateCustomDomainAssociationMessage";
	const _CCDAR = "CreateCustomDomainAssociationResult";
	const _CCM = "CreateClusterMessage";
	const _CCPG = "CreateClusterParameterGroup";
	const _CCPGM = "CreateClusterParameterGroupMessage";
	const _CCPGR = "CreateClusterParameterGroupResult";
	const _CCR = "CreateClusterResult";
	const _CCS = "CopyClusterSnapshot";
	const _CCSG = "CreateClusterSecurityGroup";
	const _CCSGM = "CreateClusterSecurityGroupMessage";
	const _CCSGMr = "CreateClusterSubnetGroupMessage";
	const _CCSGR = "CreateClusterSecurityGroupResult";
	const _CCSGRr = "CreateClusterSubnetGroupResult";
	const _CCSGr = "CreateClusterSubnetGroup";
	const _CCSM = "CopyClusterSnapshotMessage";
	const _CCSMr = "CreateClusterSnapshotMessage";
	const _CCSR = "CopyClusterSnapshotResult";
	const _CCSRr = "CreateClusterSnapshotResult";
	const _CCSr = "CreateClusterSnapshot";
	const _CCT = "ClusterCreateTime";
	const _CCr = "CreateCluster";
	const _CCu = "CurrencyCode";
	const _CD = "CreatedDate";
	const _CDAM = "CustomDomainAssociationsMessage";
	const _CDANFF = "CustomDomainAssociationNotFoundFault";
	const _CDCA = "CustomDomainCertificateArn";
	const _CDCED = "CustomDomainCertificateExpiryDate";
	const _CDCET = "CustomDomainCertExpiryTime";
	const _CDN = "CustomDomainName";
	const _CDR = "ClusterDbRevision";
	const _CDRL = "ClusterDbRevisionsList";
	const _CDRM = "ClusterDbRevisionsMessage";
	const _CDRl = "ClusterDbRevisions";
	const _CDRu = "CurrentDatabaseRevision";
	const _CE = "ClusterExists";
	const _CEA = "CreateEndpointAccess";
	const _CEAM = "CreateEndpointAccessMessage";
	const _CEC = "ClusterExtendedCredentials";
	const _CES = "CreateEventSubscription";
	const _CESM = "CreateEventSubscriptionMessage";
	const _CESR = "CreateEventSubscriptionResult";
	const _CHC = "CreateHsmConfiguration";
	const _CHCC = "CreateHsmClientCertificate";
	const _CHCCM = "CreateHsmClientCertificateMessage";
	const _CHCCR = "CreateHsmClientCertificateResult";
	const _CHCM = "CreateHsmConfigurationMessage";
	const _CHCR = "CreateHsmConfigurationResult";
	const _CI = "ConsumerIdentifier";
	const _CIDRIP = "CIDRIP";
	const _CIL = "ClusterIdentifierList";
	const _CIM = "CreateIntegrationMessage";
	const _CIR = "ClusterIamRole";
	const _CIRL = "ClusterIamRoleList";
	const _CIl = "ClusterIdentifier";
	const _CIlu = "ClusterIds";
	const _CIo = "ConsumerIdentifiers";
	const _CIr = "CreateIntegration";
	const _CL = "ClusterList";
	const _CM = "ClustersMessage";
	const _CN = "ClusterNodes";
	const _CNA = "ClusterNamespaceArn";
	const _CNFF = "ClusterNotFoundFault";
	const _CNL = "ClusterNodesList";
	const _CNa = "CatalogName";
	const _CNl = "ClusterNode";
	const _COLRF = "ClusterOnLatestRevisionFault";
	const _CPG = "ClusterParameterGroups";
	const _CPGAEF = "ClusterParameterGroupAlreadyExistsFault";
	const _CPGD = "ClusterParameterGroupDetails";
	const _CPGF = "ClusterParameterGroupFamily";
	const _CPGM = "ClusterParameterGroupsMessage";
	const _CPGN = "ClusterParameterGroupName";
	const _CPGNFF = "ClusterParameterGroupNotFoundFault";
	const _CPGNM = "ClusterParameterGroupNameMessage";
	const _CPGQEF = "ClusterParameterGroupQuotaExceededFault";
	const _CPGS = "ClusterParameterGroupStatus";
	const _CPGSL = "ClusterParameterGroupStatusList";
	const _CPGl = "ClusterParameterGroup";
	const _CPK = "ClusterPublicKey";
	const _CPS = "ClusterParameterStatus";
	const _CPSL = "ClusterParameterStatusList";
	const _CPUF = "ConflictPolicyUpdateFault";
	const _CQEF = "ClusterQuotaExceededFault";
	const _CQIA = "CreateQev2IdcApplication";
	const _CQIAM = "CreateQev2IdcApplicationMessage";
	const _CQIAR = "CreateQev2IdcApplicationResult";
	const _CR = "ConsumerRegion";
	const _CRIA = "CreateRedshiftIdcApplication";
	const _CRIAM = "CreateRedshiftIdcApplicationMessage";
	const _CRIAR = "CreateRedshiftIdcApplicationResult";
	const _CRIMBPS = "CurrentRateInMegaBytesPerSecond";
	const _CRM = "CancelResizeMessage";
	const _CRN = "ClusterRevisionNumber";
	const _CRRIMBPS = "CurrentRestoreRateInMegaBytesPerSecond";
	const _CRa = "CancelResize";
	const _CS = "ClusterStatus";
	const _CSA = "CreateScheduledAction";
	const _CSAEF = "ClusterSnapshotAlreadyExistsFault";
	const _CSAM = "CreateScheduledActionMessage";
	const _CSCG = "CreateSnapshotCopyGrant";
	const _CSCGM = "CreateSnapshotCopyGrantMessage";
	const _CSCGR = "CreateSnapshotCopyGrantResult";
	const _CSCS = "ClusterSnapshotCopyStatus";
	const _CSG = "ClusterSecurityGroup";
	const _CSGAEF = "ClusterSecurityGroupAlreadyExistsFault";
	const _CSGAEFl = "ClusterSubnetGroupAlreadyExistsFault";
	const _CSGM = "ClusterSecurityGroupMembership";
	const _CSGML = "ClusterSecurityGroupMembershipList";
	const _CSGMl = "ClusterSecurityGroupMessage";
	const _CSGMlu = "ClusterSubnetGroupMessage";
	const _CSGN = "ClusterSecurityGroupName";
	const _CSGNFF = "ClusterSecurityGroupNotFoundFault";
	const _CSGNFFl = "ClusterSubnetGroupNotFoundFault";
	const _CSGNL = "ClusterSecurityGroupNameList";
	const _CSGNl = "ClusterSubnetGroupName";
	const _CSGQEF = "ClusterSecurityGroupQuotaExceededFault";
	const _CSGQEFl = "ClusterSubnetGroupQuotaExceededFault";
	const _CSGl = "ClusterSecurityGroups";
	const _CSGlu = "ClusterSubnetGroup";
	const _CSGlus = "ClusterSubnetGroups";
	const _CSI = "CustSubscriptionId";
	const _CSM = "CustomerStorageMessage";
	const _CSNFF = "ClusterSnapshotNotFoundFault";
	const _CSQEF = "ClusterSnapshotQuotaExceededFault";
	const _CSQEFl = "ClusterSubnetQuotaExceededFault";
	const _CSS = "CreateSnapshotSchedule";
	const _CSSM = "CreateSnapshotScheduleMessage";
	const _CT = "ClusterType";
	const _CTM = "CreateTagsMessage";
	const _CTRDF = "CopyToRegionDisabledFault";
	const _CTr = "CreateTime";
	const _CTre = "CreateTags";
	const _CUL = "CreateUsageLimit";
	const _CULM = "CreateUsageLimitMessage";
	const _CV = "ClusterVersion";
	const _CVL = "ClusterVersionList";
	const _CVM = "ClusterVersionsMessage";
	const _CVl = "ClusterVersions";
	const _Cl = "Clusters";
	const _Cla = "Classic";
	const _Co = "Connect";
	const _Com = "Command";
	const _D = "Description";
	const _DAA = "DescribeAccountAttributes";
	const _DAAM = "DescribeAccountAttributesMessage";
	const _DAP = "DeleteAuthenticationProfile";
	const _DAPM = "DeleteAuthenticationProfileMessage";
	const _DAPMe = "DescribeAuthenticationProfilesMessage";
	const _DAPR = "DeleteAuthenticationProfileResult";
	const _DAPRe = "DescribeAuthenticationProfilesResult";
	const _DAPe = "DescribeAuthenticationProfiles";
	const _DBN = "DBName";
	const _DC = "DeleteCluster";
	const _DCDA = "DeleteCustomDomainAssociation";
	const _DCDAM = "DeleteCustomDomainAssociationMessage";
	const _DCDAMe = "DescribeCustomDomainAssociationsMessage";
	const _DCDAe = "DescribeCustomDomainAssociations";
	const _DCDR = "DescribeClusterDbRevisions";
	const _DCDRM = "DescribeClusterDbRevisionsMessage";
	const _DCM = "DeleteClusterMessage";
	const _DCMe = "DescribeClustersMessage";
	const _DCP = "DefaultClusterParameters";
	const _DCPG = "DeleteClusterParameterGroup";
	const _DCPGM = "DeleteClusterParameterGroupMessage";
	const _DCPGMe = "DescribeClusterParameterGroupsMessage";
	const _DCPGe = "DescribeClusterParameterGroups";
	const _DCPM = "DescribeClusterParametersMessage";
	const _DCPe = "DescribeClusterParameters";
	const _DCR = "DeleteClusterResult";
	const _DCS = "DeleteClusterSnapshot";
	const _DCSG = "DeleteClusterSecurityGroup";
	const _DCSGM = "DeleteClusterSecurityGroupMessage";
	const _DCSGMe = "DeleteClusterSubnetGroupMessage";
	const _DCSGMes = "DescribeClusterSecurityGroupsMessage";
	const _DCSGMesc = "DescribeClusterSubnetGroupsMessage";
	const _DCSGe = "DeleteClusterSubnetGroup";
	const _DCSGes = "DescribeClusterSecurityGroups";
	const _DCSGesc = "DescribeClusterSubnetGroups";
	const _DCSM = "DeleteClusterSnapshotMessage";
	const _DCSML = "DeleteClusterSnapshotMessageList";
	const _DCSMe = "DescribeClusterSnapshotsMessage";
	const _DCSR = "DeleteClusterSnapshotResult";
	const _DCSe = "DescribeClusterSnapshots";
	const _DCT = "DescribeClusterTracks";
	const _DCTM = "DescribeClusterTracksMessage";
	const _DCV = "DescribeClusterVersions";
	const _DCVM = "DescribeClusterVersionsMessage";
	const _DCe = "DescribeClusters";
	const _DDCP = "DescribeDefaultClusterParameters";
	const _DDCPM = "DescribeDefaultClusterParametersMessage";
	const _DDCPR = "DescribeDefaultClusterParametersResult";
	const _DDS = "DeauthorizeDataShare";
	const _DDSC = "DisassociateDataShareConsumer";
	const _DDSCM = "DisassociateDataShareConsumerMessage";
	const _DDSFC = "DescribeDataSharesForConsumer";
	const _DDSFCM = "DescribeDataSharesForConsumerMessage";
	const _DDSFCR = "DescribeDataSharesForConsumerResult";
	const _DDSFP = "DescribeDataSharesForProducer";
	const _DDSFPM = "DescribeDataSharesForProducerMessage";
	const _DDSFPR = "DescribeDataSharesForProducerResult";
	const _DDSM = "DeauthorizeDataShareMessage";
	const _DDSMe = "DescribeDataSharesMessage";
	const _DDSR = "DescribeDataSharesResult";
	const _DDSe = "DescribeDataShares";
	const _DE = "DescribeEvents";
	const _DEA = "DisassociateEntireAccount";
	const _DEAM = "DeleteEndpointAccessMessage";
	const _DEAMe = "DescribeEndpointAccessMessage";
	const _DEAMes = "DescribeEndpointAuthorizationMessage";
	const _DEAe = "DeleteEndpointAccess";
	const _DEAes = "DescribeEndpointAccess";
	const _DEAesc = "DescribeEndpointAuthorization";
	const _DEC = "DescribeEventCategories";
	const _DECM = "DescribeEventCategoriesMessage";
	const _DEM = "DescribeEventsMessage";
	const _DES = "DeleteEventSubscription";
	const _DESM = "DeleteEventSubscriptionMessage";
	const _DESMe = "DescribeEventSubscriptionsMessage";
	const _DESe = "DescribeEventSubscriptions";
	const _DG = "DbGroups";
	const _DGL = "DbGroupList";
	const _DGb = "DbGroup";
	const _DHC = "DeleteHsmConfiguration";
	const _DHCC = "DeleteHsmClientCertificate";
	const _DHCCM = "DeleteHsmClientCertificateMessage";
	const _DHCCMe = "DescribeHsmClientCertificatesMessage";
	const _DHCCe = "DescribeHsmClientCertificates";
	const _DHCM = "DeleteHsmConfigurationMessage";
	const _DHCMe = "DescribeHsmConfigurationsMessage";
	const _DHCe = "DescribeHsmConfigurations";
	const _DI = "DeleteIntegration";
	const _DIF = "DescribeIntegrationsFilter";
	const _DIFL = "DescribeIntegrationsFilterList";
	const _DIFVL = "DescribeIntegrationsFilterValueList";
	const _DII = "DescribeInboundIntegrations";
	const _DIIM = "DescribeInboundIntegrationsMessage";
	const _DIM = "DeleteIntegrationMessage";
	const _DIMe = "DescribeIntegrationsMessage";
	const _DIRA = "DefaultIamRoleArn";
	const _DIe = "DescribeIntegrations";
	const _DL = "DisableLogging";
	const _DLM = "DisableLoggingMessage";
	const _DLS = "DescribeLoggingStatus";
	const _DLSM = "DescribeLoggingStatusMessage";
	const _DM = "DeferMaintenance";
	const _DMD = "DeferMaintenanceDuration";
	const _DMET = "DeferMaintenanceEndTime";
	const _DMI = "DeferMaintenanceIdentifier";
	const _DMST = "DeferMaintenanceStartTime";
	const _DMW = "DeferredMaintenanceWindows";
	const _DMWL = "DeferredMaintenanceWindowsList";
	const _DMWe = "DeferredMaintenanceWindow";
	const _DN = "DatabaseName";
	const _DNCO = "DescribeNodeConfigurationOptions";
	const _DNCOM = "DescribeNodeConfigurationOptionsMessage";
	const _DNIM = "DeregisterNamespaceInputMessage";
	const _DNOM = "DeregisterNamespaceOutputMessage";
	const _DNb = "DbName";
	const _DNe = "DeregisterNamespace";
	const _DOCO = "DescribeOrderableClusterOptions";
	const _DOCOM = "DescribeOrderableClusterOptionsMessage";
	const _DP = "DbPassword";
	const _DPIM = "DescribePartnersInputMessage";
	const _DPOM = "DescribePartnersOutputMessage";
	const _DPe = "DeletePartner";
	const _DPes = "DescribePartners";
	const _DQIA = "DeleteQev2IdcApplication";
	const _DQIAM = "DeleteQev2IdcApplicationMessage";
	const _DQIAMe = "DescribeQev2IdcApplicationsMessage";
	const _DQIAR = "DescribeQev2IdcApplicationsResult";
	const _DQIAe = "DescribeQev2IdcApplications";
	const _DR = "DestinationRegion";
	const _DRIA = "DeleteRedshiftIdcApplication";
	const _DRIAM = "DeleteRedshiftIdcApplicationMessage";
	const _DRIAMe = "DescribeRedshiftIdcApplicationsMessage";
	const _DRIAR = "DescribeRedshiftIdcApplicationsResult";
	const _DRIAe = "DescribeRedshiftIdcApplications";
	const _DRM = "DescribeResizeMessage";
	const _DRN = "DescribeReservedNodes";
	const _DRNES = "DescribeReservedNodeExchangeStatus";
	const _DRNESIM = "DescribeReservedNodeExchangeStatusInputMessage";
	const _DRNESOM = "DescribeReservedNodeExchangeStatusOutputMessage";
	const _DRNM = "DescribeReservedNodesMessage";
	const _DRNO = "DescribeReservedNodeOfferings";
	const _DRNOM = "DescribeReservedNodeOfferingsMessage";
	const _DRP = "DeleteResourcePolicy";
	const _DRPM = "DeleteResourcePolicyMessage";
	const _DRRD = "DatabaseRevisionReleaseDate";
	const _DRa = "DatabaseRevision";
	const _DRe = "DescribeResize";
	const _DRr = "DryRun";
	const _DS = "DataShare";
	const _DSA = "DataShareArn";
	const _DSADF = "DependentServiceAccessDeniedFault";
	const _DSAL = "DataShareAssociationList";
	const _DSAM = "DeleteScheduledActionMessage";
	const _DSAMe = "DescribeScheduledActionsMessage";
	const _DSAa = "DataShareAssociations";
	const _DSAat = "DataShareAssociation";
	const _DSAe = "DeleteScheduledAction";
	const _DSAes = "DescribeScheduledActions";
	const _DSC = "DisableSnapshotCopy";
	const _DSCG = "DeleteSnapshotCopyGrant";
	const _DSCGM = "DeleteSnapshotCopyGrantMessage";
	const _DSCGMe = "DescribeSnapshotCopyGrantsMessage";
	const _DSCGe = "DescribeSnapshotCopyGrants";
	const _DSCM = "DisableSnapshotCopyMessage";
	const _DSCR = "DisableSnapshotCopyResult";
	const _DSL = "DataShareList";
	const _DSRTF = "DependentServiceRequestThrottlingFault";
	const _DSS = "DeleteSnapshotSchedule";
	const _DSSM = "DeleteSnapshotScheduleMessage";
	const _DSSMe = "DescribeSnapshotSchedulesMessage";
	const _DSSOM = "DescribeSnapshotSchedulesOutputMessage";
	const _DSSe = "DescribeSnapshotSchedules";
	const _DST = "DataShareType";
	const _DSUF = "DependentServiceUnavailableFault";
	const _DSa = "DataShares";
	const _DSe = "DescribeStorage";
	const _DSi = "DisassociateSchedule";
	const _DSu = "DurationSeconds";
	const _DT = "DataType";
	const _DTIMB = "DataTransferredInMegaBytes";
	const _DTM = "DeleteTagsMessage";
	const _DTMe = "DescribeTagsMessage";
	const _DTP = "DataTransferProgress";
	const _DTPP = "DataTransferProgressPercent";
	const _DTRS = "DescribeTableRestoreStatus";
	const _DTRSM = "DescribeTableRestoreStatusMessage";
	const _DTe = "DeleteTags";
	const _DTes = "DescribeTags";
	const _DU = "DbUser";
	const _DUL = "DeleteUsageLimit";
	const _DULM = "DeleteUsageLimitMessage";
	const _DULMe = "DescribeUsageLimitsMessage";
	const _DULe = "DescribeUsageLimits";
	const _DV = "DatabaseVersion";
	const _Da = "Date";
	const _Dat = "Database";
	const _Du = "Duration";
	const _E = "Errors";
	const _EA = "EndpointAccess";
	const _EAAEF = "EndpointAuthorizationAlreadyExistsFault";
	const _EAEF = "EndpointAlreadyExistsFault";
	const _EAL = "EndpointAccessList";
	const _EALn = "EndpointAuthorizationList";
	const _EANFF = "EndpointAuthorizationNotFoundFault";
	const _EAPCLEF = "EndpointAuthorizationsPerClusterLimitExceededFault";
	const _EAn = "EndpointAuthorization";
	const _EAna = "EnabledAll";
	const _EAnd = "EndpointAccesses";
	const _EAndp = "EndpointAuthorizations";
	const _EC = "EventCategories";
	const _ECFAO = "ExtraComputeForAutomaticOptimization";
	const _ECL = "EventCategoriesList";
	const _ECM = "EventCategoriesMap";
	const _ECML = "EventCategoriesMapList";
	const _ECMv = "EventCategoriesMessage";
	const _ECSG = "EC2SecurityGroups";
	const _ECSGL = "EC2SecurityGroupList";
	const _ECSGN = "EC2SecurityGroupName";
	const _ECSGOI = "EC2SecurityGroupOwnerId";
	const _ECSGe = "EC2SecurityGroup";
	const _ECSI = "EnableCaseSensitiveIdentifier";
	const _ECT = "EndpointCreateTime";
	const _ECn = "EndpointCount";
	const _ECr = "ErrorCode";
	const _ECv = "EventCategory";
	const _ED = "EventDescription";
	const _EDUP = "EstimatedDiskUtilizationPercent";
	const _EFV = "EngineFullVersion";
	const _EI = "ElasticIp";
	const _EIM = "EventInfoMap";
	const _EIML = "EventInfoMapList";
	const _EIS = "ElasticIpStatus";
	const _EIv = "EventId";
	const _EL = "EventList";
	const _ELM = "EnableLoggingMessage";
	const _ELn = "EnableLogging";
	const _EM = "EventsMessage";
	const _EMr = "ErrorMessage";
	const _EN = "EndpointName";
	const _ENFF = "EndpointNotFoundFault";
	const _ENSST = "ExpectedNextSnapshotScheduleTime";
	const _ENSSTS = "ExpectedNextSnapshotScheduleTimeStatus";
	const _EPALEF = "EndpointsPerAuthorizationLimitExceededFault";
	const _EPCLEF = "EndpointsPerClusterLimitExceededFault";
	const _ERN = "ExchangedReservedNode";
	const _ERNONO = "ElasticResizeNumberOfNodeOptions";
	const _ES = "EventSubscription";
	const _ESC = "EnableSnapshotCopy";
	const _ESCM = "EnableSnapshotCopyMessage";
	const _ESCR = "EnableSnapshotCopyResult";
	const _ESL = "EventSubscriptionsList";
	const _ESM = "EventSubscriptionsMessage";
	const _ESQEF = "EventSubscriptionQuotaExceededFault";
	const _ESTC = "EstimatedSecondsToCompletion";
	const _ESn = "EndpointStatus";
	const _ET = "EndTime";
	const _ETIS = "ElapsedTimeInSeconds";
	const _ETTCIS = "EstimatedTimeToCompletionInSeconds";
	const _ETTUL = "EligibleTracksToUpdateList";
	const _ETn = "EncryptionType";
	const _ETx = "ExpirationTime";
	const _EVR = "EnhancedVpcRouting";
	const _EWHSM = "EncryptedWithHSM";
	const _En = "Endpoint";
	const _Ena = "Enabled";
	const _Enab = "Enable";
	const _Enc = "Encrypted";
	const _Ev = "Event";
	const _Eve = "Events";
	const _Ex = "Expiration";
	const _F = "Force";
	const _FC = "FailureCode";
	const _FCSI = "FinalClusterSnapshotIdentifier";
	const _FCSRP = "FinalClusterSnapshotRetentionPeriod";
	const _FP = "FixedPrice";
	const _FPC = "FailoverPrimaryCompute";
	const _FPCIM = "FailoverPrimaryComputeInputMessage";
	const _FPCR = "FailoverPrimaryComputeResult";
	const _FR = "FailureReason";
	const _FT = "FeatureType";
	const _Fi = "Filters";
	const _Fil = "Filter";
	const _G = "Grantee";
	const _GCC = "GetClusterCredentials";
	const _GCCM = "GetClusterCredentialsMessage";
	const _GCCWIAM = "GetClusterCredentialsWithIAM";
	const _GCCWIAMM = "GetClusterCredentialsWithIAMMessage";
	const _GICAT = "GetIdentityCenterAuthToken";
	const _GICATR = "GetIdentityCenterAuthTokenRequest";
	const _GICATRe = "GetIdentityCenterAuthTokenResponse";
	const _GRNECO = "GetReservedNodeExchangeConfigurationOptions";
	const _GRNECOIM = "GetReservedNodeExchangeConfigurationOptionsInputMessage";
	const _GRNECOOM = "GetReservedNodeExchangeConfigurationOptionsOutputMessage";
	const _GRNEO = "GetReservedNodeExchangeOfferings";
	const _GRNEOIM = "GetReservedNodeExchangeOfferingsInputMessage";
	const _GRNEOOM = "GetReservedNodeExchangeOfferingsOutputMessage";
	const _GRP = "GetResourcePolicy";
	const _GRPM = "GetResourcePolicyMessage";
	const _GRPR = "GetResourcePolicyResult";
	const _Gr = "Grantor";
	const _HC = "HsmConfiguration";
	const _HCAEF = "HsmConfigurationAlreadyExistsFault";
	const _HCC = "HsmClientCertificate";
	const _HCCAEF = "HsmClientCertificateAlreadyExistsFault";
	const _HCCI = "HsmClientCertificateIdentifier";
	const _HCCL = "HsmClientCertificateList";
	const _HCCM = "HsmClientCertificateMessage";
	const _HCCNFF = "HsmClientCertificateNotFoundFault";
	const _HCCPK = "HsmClientCertificatePublicKey";
	const _HCCQEF = "HsmClientCertificateQuotaExceededFault";
	const _HCCs = "HsmClientCertificates";
	const _HCI = "HsmConfigurationIdentifier";
	const _HCL = "HsmConfigurationList";
	const _HCM = "HsmConfigurationMessage";
	const _HCNFF = "HsmConfigurationNotFoundFault";
	const _HCQEF = "HsmConfigurationQuotaExceededFault";
	const _HCs = "HsmConfigurations";
	const _HIA = "HsmIpAddress";
	const _HPN = "HsmPartitionName";
	const _HPP = "HsmPartitionPassword";
	const _HS = "HsmStatus";
	const _HSPC = "HsmServerPublicCertificate";
	const _I = "Identifiers";
	const _IA = "IntegrationArn";
	const _IAEF = "IntegrationAlreadyExistsFault";
	const _IAPRF = "InvalidAuthenticationProfileRequestFault";
	const _IASF = "InvalidAuthorizationStateFault";
	const _IAT = "IpAddressType";
	const _IAp = "Ipv6Address";
	const _ICBNFF = "Ipv6CidrBlockNotFoundFault";
	const _ICCF = "InsufficientClusterCapacityFault";
	const _ICOF = "IntegrationConflictOperationFault";
	const _ICPGSF = "InvalidClusterParameterGroupStateFault";
	const _ICSF = "IntegrationConflictStateFault";
	const _ICSFn = "InvalidClusterStateFault";
	const _ICSGSF = "InvalidClusterSecurityGroupStateFault";
	const _ICSGSFn = "InvalidClusterSubnetGroupStateFault";
	const _ICSSF = "InvalidClusterSnapshotStateFault";
	const _ICSSFn = "InvalidClusterSubnetStateFault";
	const _ICSSSF = "InvalidClusterSnapshotScheduleStateFault";
	const _ICTF = "InvalidClusterTrackFault";
	const _IDN = "IdcDisplayName";
	const _IDSF = "InvalidDataShareFault";
	const _IE = "IntegrationError";
	const _IEIF = "InvalidElasticIpFault";
	const _IEL = "IntegrationErrorList";
	const _IESF = "InvalidEndpointStateFault";
	const _IHCCSF = "InvalidHsmClientCertificateStateFault";
	const _IHCSF = "InvalidHsmConfigurationStateFault";
	const _II = "InboundIntegration";
	const _IIA = "IdcInstanceArn";
	const _IIL = "InboundIntegrationList";
	const _IIM = "InboundIntegrationsMessage";
	const _IIn = "InboundIntegrations";
	const _IL = "IntegrationList";
	const _IM = "IntegrationsMessage";
	const _IMAA = "IdcManagedApplicationArn";
	const _IMs = "IsModifiable";
	const _IN = "IntegrationName";
	const _INF = "InvalidNamespaceFault";
	const _INFF = "IntegrationNotFoundFault";
	const _INd = "IdentityNamespace";
	const _IOO = "IncompatibleOrderableOptions";
	const _IOS = "IdcOnboardStatus";
	const _IPF = "InvalidPolicyFault";
	const _IPR = "IPRanges";
	const _IPRL = "IPRangeList";
	const _IPRa = "IPRange";
	const _IPTRQEF = "InProgressTableRestoreQuotaExceededFault";
	const _IQEF = "IntegrationQuotaExceededFault";
	const _IR = "IamRoles";
	const _IRA = "IamRoleArn";
	const _IRAL = "IamRoleArnList";
	const _IRF = "InvalidRestoreFault";
	const _IRNSF = "InvalidReservedNodeStateFault";
	const _IRPF = "InvalidRetentionPeriodFault";
	const _IRa = "IamRole";
	const _IRm = "ImpactRanking";
	const _IS = "InvalidSubnet";
	const _ISAF = "InvalidScheduledActionFault";
	const _ISBNF = "InvalidS3BucketNameFault";
	const _ISBPF = "InsufficientS3BucketPolicyFault";
	const _ISCGSF = "InvalidSnapshotCopyGrantStateFault";
	const _ISF = "InvalidScheduleFault";
	const _ISKPF = "InvalidS3KeyPrefixFault";
	const _ISNFF = "IntegrationSourceNotFoundFault";
	const _ISSF = "InvalidSubscriptionStateFault";
	const _ITC = "ImportTablesCompleted";
	const _ITF = "InvalidTagFault";
	const _ITIP = "ImportTablesInProgress";
	const _ITNFF = "IntegrationTargetNotFoundFault";
	const _ITNS = "ImportTablesNotStarted";
	const _ITRAF = "InvalidTableRestoreArgumentFault";
	const _IULF = "InvalidUsageLimitFault";
	const _IVPCNSF = "InvalidVPCNetworkStateFault";
	const _Id = "Id";
	const _In = "Integration";
	const _Int = "Integrations";
	const _K = "Key";
	const _KKI = "KmsKeyId";
	const _KMSKI = "KMSKeyId";
	const _L = "Link";
	const _LC = "LakehouseConfiguration";
	const _LDT = "LogDestinationType";
	const _LE = "LogExports";
	const _LEF = "LimitExceededFault";
	const _LEo = "LoggingEnabled";
	const _LF = "LakeFormation";
	const _LFM = "LastFailureMessage";
	const _LFQ = "LakeFormationQuery";
	const _LFSI = "LakeFormationServiceIntegrations";
	const _LFSU = "LakeFormationScopeUnion";
	const _LFT = "LastFailureTime";
	const _LIAA = "LakehouseIdcApplicationArn";
	const _LIR = "LakehouseIdcRegistration";
	const _LIT = "LastIngestionTimes";
	const _LPS = "LoggingPublishStatus";
	const _LR = "LakehouseRegistration";
	const _LRM = "ListRecommendationsMessage";
	const _LRR = "ListRecommendationsResult";
	const _LRS = "LakehouseRegistrationStatus";
	const _LRi = "ListRecommendations";
	const _LS = "LoggingStatus";
	const _LSD = "LoadSampleData";
	const _LSDT = "LastSuccessfulDeliveryTime";
	const _LT = "LimitType";
	const _M = "Marker";
	const _MAC = "ModifyAquaConfiguration";
	const _MAIM = "ModifyAquaInputMessage";
	const _MAOM = "ModifyAquaOutputMessage";
	const _MAP = "ModifyAuthenticationProfile";
	const _MAPM = "ModifyAuthenticationProfileMessage";
	const _MAPR = "ModifyAuthenticationProfileResult";
	const _MAZ = "MultiAZ";
	const _MAZS = "MultiAZSecondary";
	const _MB = "ManagedBy";
	const _MC = "ModifyCluster";
	const _MCDA = "ModifyCustomDomainAssociation";
	const _MCDAM = "ModifyCustomDomainAssociationMessage";
	const _MCDAR = "ModifyCustomDomainAssociationResult";
	const _MCDR = "ModifyClusterDbRevision";
	const _MCDRM = "ModifyClusterDbRevisionMessage";
	const _MCDRR = "ModifyClusterDbRevisionResult";
	const _MCIR = "ModifyClusterIamRoles";
	const _MCIRM = "ModifyClusterIamRolesMessage";
	const _MCIRR = "ModifyClusterIamRolesResult";
	const _MCM = "ModifyClusterMessage";
	const _MCMM = "ModifyClusterMaintenanceMessage";
	const _MCMR = "ModifyClusterMaintenanceResult";
	const _MCMo = "ModifyClusterMaintenance";
	const _MCPG = "ModifyClusterParameterGroup";
	const _MCPGM = "ModifyClusterParameterGroupMessage";
	const _MCR = "ModifyClusterResult";
	const _MCS = "ModifyClusterSnapshot";
	const _MCSG = "ModifyClusterSubnetGroup";
	const _MCSGM = "ModifyClusterSubnetGroupMessage";
	const _MCSGR = "ModifyClusterSubnetGroupResult";
	const _MCSM = "ModifyClusterSnapshotMessage";
	const _MCSR = "ModifyClusterSnapshotResult";
	const _MCSS = "ModifyClusterSnapshotSchedule";
	const _MCSSM = "ModifyClusterSnapshotScheduleMessage";
	const _MEA = "ModifyEndpointAccess";
	const _MEAM = "ModifyEndpointAccessMessage";
	const _MES = "ModifyEventSubscription";
	const _MESM = "ModifyEventSubscriptionMessage";
	const _MESR = "ModifyEventSubscriptionResult";
	const _MEV = "MinimumEngineVersion";
	const _MI = "ModifyIntegration";
	const _MIM = "ModifyIntegrationMessage";
	const _MLC = "ModifyLakehouseConfiguration";
	const _MLCM = "ModifyLakehouseConfigurationMessage";
	const _MMP = "ManageMasterPassword";
	const _MPSA = "MasterPasswordSecretArn";
	const _MPSKKI = "MasterPasswordSecretKmsKeyId";
	const _MQIA = "ModifyQev2IdcApplication";
	const _MQIAM = "ModifyQev2IdcApplicationMessage";
	const _MQIAR = "ModifyQev2IdcApplicationResult";
	const _MR = "MaxRecords";
	const _MRIA = "ModifyRedshiftIdcApplication";
	const _MRIAM = "ModifyRedshiftIdcApplicationMessage";
	const _MRIAR = "ModifyRedshiftIdcApplicationResult";
	const _MS = "ModifyStatus";
	const _MSA = "ModifyScheduledAction";
	const _MSAM = "ModifyScheduledActionMessage";
	const _MSCRP = "ModifySnapshotCopyRetentionPeriod";
	const _MSCRPM = "ModifySnapshotCopyRetentionPeriodMessage";
	const _MSCRPR = "ModifySnapshotCopyRetentionPeriodResult";
	const _MSRD = "ManualSnapshotRemainingDays";
	const _MSRP = "ManualSnapshotRetentionPeriod";
	const _MSS = "ModifySnapshotSchedule";
	const _MSSM = "ModifySnapshotScheduleMessage";
	const _MT = "MaintenanceTrack";
	const _MTN = "MaintenanceTrackName";
	const _MTa = "MaintenanceTracks";
	const _MU = "MasterUsername";
	const _MUL = "ModifyUsageLimit";
	const _MULM = "ModifyUsageLimitMessage";
	const _MUP = "MasterUserPassword";
	const _Ma = "Manual";
	const _Me = "Message";
	const _Mo = "Mode";
	const _N = "Name";
	const _NA = "NamespaceArn";
	const _NC = "NodeCount";
	const _NCI = "NewClusterIdentifier";
	const _NCO = "NodeConfigurationOption";
	const _NCOF = "NodeConfigurationOptionsFilter";
	const _NCOFL = "NodeConfigurationOptionsFilterList";
	const _NCOL = "NodeConfigurationOptionList";
	const _NCOM = "NodeConfigurationOptionsMessage";
	const _NI = "NextInvocations";
	const _NII = "NetworkInterfaceId";
	const _NIL = "NetworkInterfaceList";
	const _NIU = "NamespaceIdentifierUnion";
	const _NIa = "NamespaceIdentifier";
	const _NIe = "NetworkInterface";
	const _NIet = "NetworkInterfaces";
	const _NMWST = "NextMaintenanceWindowStartTime";
	const _NON = "NumberOfNodes";
	const _NONPCLEF = "NumberOfNodesPerClusterLimitExceededFault";
	const _NONQEF = "NumberOfNodesQuotaExceededFault";
	const _NR = "NodeRole";
	const _NRT = "NextRefreshTime";
	const _NT = "NodeType";
	const _NTN = "NewTableName";
	const _O = "Operator";
	const _OA = "OwnerAccount";
	const _OCO = "OrderableClusterOption";
	const _OCOL = "OrderableClusterOptionsList";
	const _OCOM = "OrderableClusterOptionsMessage";
	const _OCOr = "OrderableClusterOptions";
	const _ON = "OperationName";
	const _OT = "OfferingType";
	const _Ob = "Observation";
	const _P = "Parameters";
	const _PA = "PubliclyAccessible";
	const _PAED = "ParameterApplyErrorDescription";
	const _PAS = "ParameterApplyStatus";
	const _PAW = "ProducerAllowedWrites";
	const _PAe = "PendingActions";
	const _PAr = "ProducerArn";
	const _PC = "PauseCluster";
	const _PCM = "PauseClusterMessage";
	const _PCR = "PauseClusterResult";
	const _PG = "ParameterGroups";
	const _PGF = "ParameterGroupFamily";
	const _PGL = "ParameterGroupList";
	const _PGN = "ParameterGroupName";
	const _PGS = "ParameterGroupStatus";
	const _PI = "ProvisionedIdentifier";
	const _PIA = "PrivateIpAddress";
	const _PII = "PartnerIntegrationInfo";
	const _PIIL = "PartnerIntegrationInfoList";
	const _PIIM = "PartnerIntegrationInputMessage";
	const _PIMB = "ProgressInMegaBytes";
	const _PIOM = "PartnerIntegrationOutputMessage";
	const _PIPA = "PrivateIPAddress";
	const _PIPAu = "PublicIPAddress";
	const _PL = "ParametersList";
	const _PMV = "PendingModifiedValues";
	const _PMW = "PreferredMaintenanceWindow";
	const _PN = "ParameterName";
	const _PNFF = "PartnerNotFoundFault";
	const _PNa = "PartnerName";
	const _PRNO = "PurchaseReservedNodeOffering";
	const _PRNOM = "PurchaseReservedNodeOfferingMessage";
	const _PRNOR = "PurchaseReservedNodeOfferingResult";
	const _PRP = "PutResourcePolicy";
	const _PRPM = "PutResourcePolicyMessage";
	const _PRPR = "PutResourcePolicyResult";
	const _PV = "ParameterValue";
	const _Pa = "Parameter";
	const _Pe = "Period";
	const _Po = "Port";
	const _Pol = "Policy";
	const _QIA = "Qev2IdcApplication";
	const _QIAA = "Qev2IdcApplicationArn";
	const _QIAAEF = "Qev2IdcApplicationAlreadyExistsFault";
	const _QIAL = "Qev2IdcApplicationList";
	const _QIAN = "Qev2IdcApplicationName";
	const _QIANEF = "Qev2IdcApplicationNotExistsFault";
	const _QIAe = "Qev2IdcApplications";
	const _R = "Resources";
	const _RA = "ResourceArn";
	const _RAL = "RecommendedActionList";
	const _RAP = "ResetAllParameters";
	const _RAe = "RecommendedActions";
	const _RAec = "RecommendedAction";
	const _RC = "RecurringCharge";
	const _RCA = "RecurringChargeAmount";
	const _RCF = "RecurringChargeFrequency";
	const _RCL = "RecurringChargeList";
	const _RCM = "RebootClusterMessage";
	const _RCMe = "ResizeClusterMessage";
	const _RCMes = "ResumeClusterMessage";
	const _RCPG = "ResetClusterParameterGroup";
	const _RCPGM = "ResetClusterParameterGroupMessage";
	const _RCR = "RebootClusterResult";
	const _RCRe = "ResizeClusterResult";
	const _RCRes = "ResumeClusterResult";
	const _RCSGI = "RevokeClusterSecurityGroupIngress";
	const _RCSGIM = "RevokeClusterSecurityGroupIngressMessage";
	const _RCSGIR = "RevokeClusterSecurityGroupIngressResult";
	const _RCe = "RecurringCharges";
	const _RCeb = "RebootCluster";
	const _RCes = "ResizeCluster";
	const _RCesu = "ResumeCluster";
	const _RDS = "RejectDataShare";
	const _RDSM = "RejectDataShareMessage";
	const _REA = "RevokeEndpointAccess";
	const _REAM = "RevokeEndpointAccessMessage";
	const _REK = "RotateEncryptionKey";
	const _REKM = "RotateEncryptionKeyMessage";
	const _REKR = "RotateEncryptionKeyResult";
	const _RFCS = "RestoreFromClusterSnapshot";
	const _RFCSM = "RestoreFromClusterSnapshotMessage";
	const _RFCSR = "RestoreFromClusterSnapshotResult";
	const _RI = "ResizeInfo";
	const _RIA = "RedshiftIdcApplication";
	const _RIAA = "RedshiftIdcApplicationArn";
	const _RIAAEF = "RedshiftIdcApplicationAlreadyExistsFault";
	const _RIAL = "RedshiftIdcApplicationList";
	const _RIAN = "RedshiftIdcApplicationName";
	const _RIANEF = "RedshiftIdcApplicationNotExistsFault";
	const _RIAQEF = "RedshiftIdcApplicationQuotaExceededFault";
	const _RIAe = "RedshiftIdcApplications";
	const _RIPF = "RedshiftInvalidParameterFault";
	const _RIR = "RemoveIamRoles";
	const _RL = "ReferenceLinks";
	const _RLL = "ReferenceLinkList";
	const _RLe = "ReferenceLink";
	const _RLec = "RecommendationList";
	const _RN = "ResourceName";
	const _RNAEF = "ReservedNodeAlreadyExistsFault";
	const _RNAMF = "ReservedNodeAlreadyMigratedFault";
	const _RNCO = "ReservedNodeConfigurationOption";
	const _RNCOL = "ReservedNodeConfigurationOptionList";
	const _RNENFF = "ReservedNodeExchangeNotFoundFault";
	const _RNERI = "ReservedNodeExchangeRequestId";
	const _RNES = "ReservedNodeExchangeStatus";
	const _RNESD = "ReservedNodeExchangeStatusDetails";
	const _RNESL = "ReservedNodeExchangeStatusList";
	const _RNFF = "ResizeNotFoundFault";
	const _RNFFe = "ResourceNotFoundFault";
	const _RNI = "ReservedNodeId";
	const _RNIM = "RegisterNamespaceInputMessage";
	const _RNL = "ReservedNodeList";
	const _RNM = "ReservedNodesMessage";
	const _RNNFF = "ReservedNodeNotFoundFault";
	const _RNO = "ReservedNodeOfferings";
	const _RNOI = "ReservedNodeOfferingId";
	const _RNOL = "ReservedNodeOfferingList";
	const _RNOM = "RegisterNamespaceOutputMessage";
	const _RNOMe = "ReservedNodeOfferingsMessage";
	const _RNONFF = "ReservedNodeOfferingNotFoundFault";
	const _RNOT = "ReservedNodeOfferingType";
	const _RNOe = "ReservedNodeOffering";
	const _RNQEF = "ReservedNodeQuotaExceededFault";
	const _RNT = "RestorableNodeTypes";
	const _RNTL = "RestorableNodeTypeList";
	const _RNe = "ReservedNode";
	const _RNeg = "RegisterNamespace";
	const _RNes = "ReservedNodes";
	const _RO = "ResourceOwner";
	const _RP = "RetentionPeriod";
	const _RPM = "ResizeProgressMessage";
	const _RPe = "ResourcePolicy";
	const _RS = "RestoreStatus";
	const _RSA = "RevokeSnapshotAccess";
	const _RSAM = "RevokeSnapshotAccessMessage";
	const _RSAR = "RevokeSnapshotAccessResult";
	const _RSI = "RedshiftServiceIntegrations";
	const _RSU = "RedshiftScopeUnion";
	const _RT = "RevisionTargets";
	const _RTFCS = "RestoreTableFromClusterSnapshot";
	const _RTFCSM = "RestoreTableFromClusterSnapshotMessage";
	const _RTFCSR = "RestoreTableFromClusterSnapshotResult";
	const _RTL = "RevisionTargetsList";
	const _RTe = "ResourceType";
	const _RTec = "RecommendationType";
	const _RTeco = "RecommendationText";
	const _RTeq = "RequestTime";
	const _RTes = "ResizeType";
	const _RTev = "RevisionTarget";
	const _RWA = "ReadWriteAccess";
	const _Re = "Recommendations";
	const _Rec = "Recommendation";
	const _Red = "Redshift";
	const _S = "Snapshot";
	const _SA = "SnapshotArn";
	const _SAAEF = "ScheduledActionAlreadyExistsFault";
	const _SAD = "ScheduledActionDescription";
	const _SAEF = "SubscriptionAlreadyExistFault";
	const _SAF = "ScheduledActionFilter";
	const _SAFL = "ScheduledActionFilterList";
	const _SAG = "S3AccessGrants";
	const _SAGSI = "S3AccessGrantsServiceIntegrations";
	const _SAGSU = "S3AccessGrantsScopeUnion";
	const _SAIU = "SubnetAlreadyInUse";
	const _SAL = "ScheduledActionList";
	const _SAM = "ScheduledActionsMessage";
	const _SAN = "ScheduledActionName";
	const _SANFF = "ScheduledActionNotFoundFault";
	const _SAQEF = "ScheduledActionQuotaExceededFault";
	const _SAS = "ScheduleAssociationState";
	const _SAT = "ScheduledActionType";
	const _SATL = "ScheduledActionTimeList";
	const _SATUF = "ScheduledActionTypeUnsupportedFault";
	const _SATc = "ScheduledActionTime";
	const _SAZ = "SubnetAvailabilityZone";
	const _SAc = "ScheduledAction";
	const _SAch = "ScheduledActions";
	const _SAo = "SourceArn";
	const _SCADF = "SnapshotCopyAlreadyDisabledFault";
	const _SCAEF = "SnapshotCopyAlreadyEnabledFault";
	const _SCD = "StatusChangeDate";
	const _SCDF = "SnapshotCopyDisabledFault";
	const _SCG = "SnapshotCopyGrant";
	const _SCGAEF = "SnapshotCopyGrantAlreadyExistsFault";
	const _SCGL = "SnapshotCopyGrantList";
	const _SCGM = "SnapshotCopyGrantMessage";
	const _SCGN = "SnapshotCopyGrantName";
	const _SCGNFF = "SnapshotCopyGrantNotFoundFault";
	const _SCGQEF = "SnapshotCopyGrantQuotaExceededFault";
	const _SCGn = "SnapshotCopyGrants";
	const _SCI = "SnapshotClusterIdentifier";
	const _SCIAT = "SupportedClusterIpAddressTypes";
	const _SCIe = "SecondaryClusterInfo";
	const _SCNFF = "SubscriptionCategoryNotFoundFault";
	const _SCT = "SubscriptionCreationTime";
	const _SCTn = "SnapshotCreateTime";
	const _SD = "ScheduleDefinitions";
	const _SDL = "ScheduleDefinitionList";
	const _SDN = "SourceDatabaseName";
	const _SDTUF = "ScheduleDefinitionTypeUnsupportedFault";
	const _SDc = "ScheduleDescription";
	const _SDch = "ScheduleDefinition";
	const _SE = "SortingEntities";
	const _SEINFF = "SubscriptionEventIdNotFoundFault";
	const _SEM = "SnapshotErrorMessage";
	const _SFCS = "SkipFinalClusterSnapshot";
	const _SGN = "SubnetGroupName";
	const _SGS = "SubnetGroupStatus";
	const _SI = "SnapshotIdentifier";
	const _SIL = "SnapshotIdentifierList";
	const _SILe = "ServiceIntegrationList";
	const _SILo = "SourceIdsList";
	const _SILu = "SubnetIdentifierList";
	const _SIU = "ServiceIntegrationsUnion";
	const _SIc = "ScheduleIdentifier";
	const _SIe = "ServiceIntegrations";
	const _SIer = "ServerlessIdentifier";
	const _SIo = "SourceIds";
	const _SIou = "SourceIdentifier";
	const _SIour = "SourceId";
	const _SIu = "SubnetIds";
	const _SIub = "SubnetId";
	const _SIubn = "SubnetIdentifier";
	const _SKP = "S3KeyPrefix";
	const _SL = "SnapshotList";
	const _SLu = "SubnetList";
	const _SM = "StatusMessage";
	const _SMn = "SnapshotMessage";
	const _SN = "SubscriptionName";
	const _SNFF = "SourceNotFoundFault";
	const _SNFFu = "SubscriptionNotFoundFault";
	const _SNSITF = "SNSInvalidTopicFault";
	const _SNSNAF = "SNSNoAuthorizationFault";
	const _SNSTANFF = "SNSTopicArnNotFoundFault";
	const _SO = "SortOrder";
	const _SOL = "SupportedOperationList";
	const _SOu = "SupportedOperation";
	const _SOup = "SupportedOperations";
	const _SP = "SupportedPlatforms";
	const _SPL = "SupportedPlatformsList";
	const _SPu = "SupportedPlatform";
	const _SR = "SourceRegion";
	const _SRN = "SourceReservedNode";
	const _SRNC = "SourceReservedNodeCount";
	const _SRNI = "SourceReservedNodeId";
	const _SRNT = "SourceReservedNodeType";
	const _SRST = "SnapshotRetentionStartTime";
	const _SS = "SensitiveString";
	const _SSAEF = "SnapshotScheduleAlreadyExistsFault";
	const _SSCI = "SourceSnapshotClusterIdentifier";
	const _SSE = "SnapshotSortingEntity";
	const _SSEL = "SnapshotSortingEntityList";
	const _SSI = "SnapshotScheduleIdentifier";
	const _SSIMB = "SnapshotSizeInMegaBytes";
	const _SSIo = "SourceSnapshotIdentifier";
	const _SSL = "SnapshotScheduleList";
	const _SSN = "SourceSchemaName";
	const _SSNFF = "SnapshotScheduleNotFoundFault";
	const _SSNFFu = "SubscriptionSeverityNotFoundFault";
	const _SSQEF = "SnapshotScheduleQuotaExceededFault";
	const _SSS = "SnapshotScheduleState";
	const _SSTL = "ScheduledSnapshotTimeList";
	const _SSUIPF = "SnapshotScheduleUpdateInProgressFault";
	const _SSn = "SnapshotSchedules";
	const _SSna = "SnapshotSchedule";
	const _SSu = "SubnetStatus";
	const _ST = "SourceType";
	const _STA = "SnsTopicArn";
	const _STG = "S3TableGranularity";
	const _STK = "SsoTagKeys";
	const _STKKI = "S3TableKmsKeyId";
	const _STN = "SourceTableName";
	const _STNa = "S3TableNamespace";
	const _STPS = "S3TablePublishStatus";
	const _STa = "S3Tables";
	const _STn = "SnapshotType";
	const _STna = "SnapshotTime";
	const _STt = "StartTime";
	const _Sc = "Schedule";
	const _Se = "Severity";
	const _Sn = "Snapshots";
	const _So = "Source";
	const _St = "Status";
	const _Sta = "State";
	const _Str = "String";
	const _Su = "Subnets";
	const _Sub = "Subnet";
	const _T = "Tags";
	const _TA = "TargetArn";
	const _TAT = "TargetActionType";
	const _TAa = "TargetAction";
	const _TBSIMB = "TotalBackupSizeInMegaBytes";
	const _TCT = "TargetClusterType";
	const _TDIMB = "TotalDataInMegaBytes";
	const _TDN = "TargetDatabaseName";
	const _TET = "TargetEncryptionType";
	const _TK = "TagKeys";
	const _TKL = "TagKeyList";
	const _TKa = "TagKey";
	const _TL = "TagList";
	const _TLEF = "TableLimitExceededFault";
	const _TLEFa = "TagLimitExceededFault";
	const _TLM = "TrackListMessage";
	const _TLr = "TrackList";
	const _TNON = "TargetNumberOfNodes";
	const _TNT = "TargetNodeType";
	const _TPSIMB = "TotalProvisionedStorageInMegaBytes";
	const _TR = "TaggedResource";
	const _TRDIMB = "TotalResizeDataInMegaBytes";
	const _TRL = "TaggedResourceList";
	const _TRLM = "TaggedResourceListMessage";
	const _TRNC = "TargetReservedNodeCount";
	const _TRNFF = "TableRestoreNotFoundFault";
	const _TRNO = "TargetReservedNodeOffering";
	const _TRNOI = "TargetReservedNodeOfferingId";
	const _TRNT = "TargetReservedNodeType";
	const _TRRI = "TableRestoreRequestId";
	const _TRS = "TableRestoreStatus";
	const _TRSD = "TableRestoreStatusDetails";
	const _TRSL = "TableRestoreStatusList";
	const _TRSM = "TableRestoreStatusMessage";
	const _TRa = "TaggedResources";
	const _TSCIMB = "TotalStorageCapacityInMegaBytes";
	const _TSI = "TargetSnapshotIdentifier";
	const _TSN = "TargetSchemaName";
	const _TTIA = "TrustedTokenIssuerArn";
	const _TV = "TagValues";
	const _TVL = "TagValueList";
	const _TVa = "TagValue";
	const _Ta = "Tag";
	const _Te = "Text";
	const _Ti = "Title";
	const _To = "Token";
	const _Ty = "Type";
	const _UA = "UpdatedAt";
	const _UL = "UsageLimit";
	const _ULAEF = "UsageLimitAlreadyExistsFault";
	const _ULI = "UsageLimitId";
	const _ULL = "UsageLimitList";
	const _ULNFF = "UsageLimitNotFoundFault";
	const _ULs = "UsageLimits";
	const _UO = "UnauthorizedOperation";
	const _UOF = "UnsupportedOperationFault";
	const _UOFn = "UnsupportedOptionFault";
	const _UP = "UsagePrice";
	const _UPIF = "UnauthorizedPartnerIntegrationFault";
	const _UPS = "UpdatePartnerStatus";
	const _UPSIM = "UpdatePartnerStatusInputMessage";
	const _USCRF = "UnknownSnapshotCopyRegionFault";
	const _UT = "UpdateTargets";
	const _UTp = "UpdateTarget";
	const _V = "Values";
	const _VE = "VpcEndpoints";
	const _VEI = "VpcEndpointId";
	const _VEL = "VpcEndpointsList";
	const _VEp = "VpcEndpoint";
	const _VI = "VpcIds";
	const _VIL = "VpcIdentifierList";
	const _VIp = "VpcId";
	const _VIpc = "VpcIdentifier";
	const _VSG = "VpcSecurityGroups";
	const _VSGI = "VpcSecurityGroupIds";
	const _VSGIL = "VpcSecurityGroupIdList";
	const _VSGIp = "VpcSecurityGroupId";
	const _VSGM = "VpcSecurityGroupMembership";
	const _VSGML = "VpcSecurityGroupMembershipList";
	const _VSGp = "VpcSecurityGroup";
	const _VSL = "ValueStringList";
	const _Va = "Value";
	const _WI = "WorkgroupIdentifier";
	const _aQE = "awsQueryError";
	const _c = "client";
	const _e = "error";
	const _hE = "httpError";
	const _i = "item";
	const _m = "message";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.redshift";
	const _xN = "xmlName";
	const n0 = "com.amazonaws.redshift";
	const _s_registry = new TypeRegistry(_s);
	var RedshiftServiceException$ = [
		-3,
		_s,
		"RedshiftServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(RedshiftServiceException$, RedshiftServiceException);
	const n0_registry = new TypeRegistry(n0);
	var AccessToClusterDeniedFault$ = [
		-3,
		n0,
		_ATCDF,
		{
			[_aQE]: [`AccessToClusterDenied`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AccessToClusterDeniedFault$, AccessToClusterDeniedFault);
	var AccessToSnapshotDeniedFault$ = [
		-3,
		n0,
		_ATSDF,
		{
			[_aQE]: [`AccessToSnapshotDenied`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AccessToSnapshotDeniedFault$, AccessToSnapshotDeniedFault);
	var AuthenticationProfileAlreadyExistsFault$ = [
		-3,
		n0,
		_APAEF,
		{
			[_aQE]: [`AuthenticationProfileAlreadyExistsFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AuthenticationProfileAlreadyExistsFault$, AuthenticationProfileAlreadyExistsFault);
	var AuthenticationProfileNotFoundFault$ = [
		-3,
		n0,
		_APNFF,
		{
			[_aQE]: [`AuthenticationProfileNotFoundFault`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AuthenticationProfileNotFoundFault$, AuthenticationProfileNotFoundFault);
	var AuthenticationProfileQuotaExceededFault$ = [
		-3,
		n0,
		_APQEF,
		{
			[_aQE]: [`AuthenticationProfileQuotaExceededFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AuthenticationProfileQuotaExceededFault$, AuthenticationProfileQuotaExceededFault);
	var AuthorizationAlreadyExistsFault$ = [
		-3,
		n0,
		_AAEF,
		{
			[_aQE]: [`AuthorizationAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AuthorizationAlreadyExistsFault$, AuthorizationAlreadyExistsFault);
	var AuthorizationNotFoundFault$ = [
		-3,
		n0,
		_ANFF,
		{
			[_aQE]: [`AuthorizationNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AuthorizationNotFoundFault$, AuthorizationNotFoundFault);
	var AuthorizationQuotaExceededFault$ = [
		-3,
		n0,
		_AQEF,
		{
			[_aQE]: [`AuthorizationQuotaExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AuthorizationQuotaExceededFault$, AuthorizationQuotaExceededFault);
	var BatchDeleteRequestSizeExceededFault$ = [
		-3,
		n0,
		_BDRSEF,
		{
			[_aQE]: [`BatchDeleteRequestSizeExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(BatchDeleteRequestSizeExceededFault$, BatchDeleteRequestSizeExceededFault);
	var BatchModifyClusterSnapshotsLimitExceededFault$ = [
		-3,
		n0,
		_BMCSLEF,
		{
			[_aQE]: [`BatchModifyClusterSnapshotsLimitExceededFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(BatchModifyClusterSnapshotsLimitExceededFault$, BatchModifyClusterSnapshotsLimitExceededFault);
	var BucketNotFoundFault$ = [
		-3,
		n0,
		_BNFF,
		{
			[_aQE]: [`BucketNotFoundFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(BucketNotFoundFault$, BucketNotFoundFault);
	var ClusterAlreadyExistsFault$ = [
		-3,
		n0,
		_CAEF,
		{
			[_aQE]: [`ClusterAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterAlreadyExistsFault$, ClusterAlreadyExistsFault);
	var ClusterNotFoundFault$ = [
		-3,
		n0,
		_CNFF,
		{
			[_aQE]: [`ClusterNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterNotFoundFault$, ClusterNotFoundFault);
	var ClusterOnLatestRevisionFault$ = [
		-3,
		n0,
		_COLRF,
		{
			[_aQE]: [`ClusterOnLatestRevision`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterOnLatestRevisionFault$, ClusterOnLatestRevisionFault);
	var ClusterParameterGroupAlreadyExistsFault$ = [
		-3,
		n0,
		_CPGAEF,
		{
			[_aQE]: [`ClusterParameterGroupAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterParameterGroupAlreadyExistsFault$, ClusterParameterGroupAlreadyExistsFault);
	var ClusterParameterGroupNotFoundFault$ = [
		-3,
		n0,
		_CPGNFF,
		{
			[_aQE]: [`ClusterParameterGroupNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterParameterGroupNotFoundFault$, ClusterParameterGroupNotFoundFault);
	var ClusterParameterGroupQuotaExceededFault$ = [
		-3,
		n0,
		_CPGQEF,
		{
			[_aQE]: [`ClusterParameterGroupQuotaExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterParameterGroupQuotaExceededFault$, ClusterParameterGroupQuotaExceededFault);
	var ClusterQuotaExceededFault$ = [
		-3,
		n0,
		_CQEF,
		{
			[_aQE]: [`ClusterQuotaExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterQuotaExceededFault$, ClusterQuotaExceededFault);
	var ClusterSecurityGroupAlreadyExistsFault$ = [
		-3,
		n0,
		_CSGAEF,
		{
			[_aQE]: [`ClusterSecurityGroupAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterSecurityGroupAlreadyExistsFault$, ClusterSecurityGroupAlreadyExistsFault);
	var ClusterSecurityGroupNotFoundFault$ = [
		-3,
		n0,
		_CSGNFF,
		{
			[_aQE]: [`ClusterSecurityGroupNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterSecurityGroupNotFoundFault$, ClusterSecurityGroupNotFoundFault);
	var ClusterSecurityGroupQuotaExceededFault$ = [
		-3,
		n0,
		_CSGQEF,
		{
			[_aQE]: [`QuotaExceeded.ClusterSecurityGroup`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterSecurityGroupQuotaExceededFault$, ClusterSecurityGroupQuotaExceededFault);
	var ClusterSnapshotAlreadyExistsFault$ = [
		-3,
		n0,
		_CSAEF,
		{
			[_aQE]: [`ClusterSnapshotAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterSnapshotAlreadyExistsFault$, ClusterSnapshotAlreadyExistsFault);
	var ClusterSnapshotNotFoundFault$ = [
		-3,
		n0,
		_CSNFF,
		{
			[_aQE]: [`ClusterSnapshotNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterSnapshotNotFoundFault$, ClusterSnapshotNotFoundFault);
	var ClusterSnapshotQuotaExceededFault$ = [
		-3,
		n0,
		_CSQEF,
		{
			[_aQE]: [`ClusterSnapshotQuotaExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterSnapshotQuotaExceededFault$, ClusterSnapshotQuotaExceededFault);
	var ClusterSubnetGroupAlreadyExistsFault$ = [
		-3,
		n0,
		_CSGAEFl,
		{
			[_aQE]: [`ClusterSubnetGroupAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterSubnetGroupAlreadyExistsFault$, ClusterSubnetGroupAlreadyExistsFault);
	var ClusterSubnetGroupNotFoundFault$ = [
		-3,
		n0,
		_CSGNFFl,
		{
			[_aQE]: [`ClusterSubnetGroupNotFoundFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterSubnetGroupNotFoundFault$, ClusterSubnetGroupNotFoundFault);
	var ClusterSubnetGroupQuotaExceededFault$ = [
		-3,
		n0,
		_CSGQEFl,
		{
			[_aQE]: [`ClusterSubnetGroupQuotaExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterSubnetGroupQuotaExceededFault$, ClusterSubnetGroupQuotaExceededFault);
	var ClusterSubnetQuotaExceededFault$ = [
		-3,
		n0,
		_CSQEFl,
		{
			[_aQE]: [`ClusterSubnetQuotaExceededFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ClusterSubnetQuotaExceededFault$, ClusterSubnetQuotaExceededFault);
	var ConflictPolicyUpdateFault$ = [
		-3,
		n0,
		_CPUF,
		{
			[_aQE]: [`ConflictPolicyUpdateFault`, 409],
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ConflictPolicyUpdateFault$, ConflictPolicyUpdateFault);
	var CopyToRegionDisabledFault$ = [
		-3,
		n0,
		_CTRDF,
		{
			[_aQE]: [`CopyToRegionDisabledFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CopyToRegionDisabledFault$, CopyToRegionDisabledFault);
	var CustomCnameAssociationFault$ = [
		-3,
		n0,
		_CCAF,
		{
			[_aQE]: [`CustomCnameAssociationFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CustomCnameAssociationFault$, CustomCnameAssociationFault);
	var CustomDomainAssociationNotFoundFault$ = [
		-3,
		n0,
		_CDANFF,
		{
			[_aQE]: [`CustomDomainAssociationNotFoundFault`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CustomDomainAssociationNotFoundFault$, CustomDomainAssociationNotFoundFault);
	var DependentServiceAccessDeniedFault$ = [
		-3,
		n0,
		_DSADF,
		{
			[_aQE]: [`DependentServiceAccessDenied`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DependentServiceAccessDeniedFault$, DependentServiceAccessDeniedFault);
	var DependentServiceRequestThrottlingFault$ = [
		-3,
		n0,
		_DSRTF,
		{
			[_aQE]: [`DependentServiceRequestThrottlingFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DependentServiceRequestThrottlingFault$, DependentServiceRequestThrottlingFault);
	var DependentServiceUnavailableFault$ = [
		-3,
		n0,
		_DSUF,
		{
			[_aQE]: [`DependentServiceUnavailableFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DependentServiceUnavailableFault$, DependentServiceUnavailableFault);
	var EndpointAlreadyExistsFault$ = [
		-3,
		n0,
		_EAEF,
		{
			[_aQE]: [`EndpointAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(EndpointAlreadyExistsFault$, EndpointAlreadyExistsFault);
	var EndpointAuthorizationAlreadyExistsFault$ = [
		-3,
		n0,
		_EAAEF,
		{
			[_aQE]: [`EndpointAuthorizationAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(EndpointAuthorizationAlreadyExistsFault$, EndpointAuthorizationAlreadyExistsFault);
	var EndpointAuthorizationNotFoundFault$ = [
		-3,
		n0,
		_EANFF,
		{
			[_aQE]: [`EndpointAuthorizationNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(EndpointAuthorizationNotFoundFault$, EndpointAuthorizationNotFoundFault);
	var EndpointAuthorizationsPerClusterLimitExceededFault$ = [
		-3,
		n0,
		_EAPCLEF,
		{
			[_aQE]: [`EndpointAuthorizationsPerClusterLimitExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(EndpointAuthorizationsPerClusterLimitExceededFault$, EndpointAuthorizationsPerClusterLimitExceededFault);
	var EndpointNotFoundFault$ = [
		-3,
		n0,
		_ENFF,
		{
			[_aQE]: [`EndpointNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(EndpointNotFoundFault$, EndpointNotFoundFault);
	var EndpointsPerAuthorizationLimitExceededFault$ = [
		-3,
		n0,
		_EPALEF,
		{
			[_aQE]: [`EndpointsPerAuthorizationLimitExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(EndpointsPerAuthorizationLimitExceededFault$, EndpointsPerAuthorizationLimitExceededFault);
	var EndpointsPerClusterLimitExceededFault$ = [
		-3,
		n0,
		_EPCLEF,
		{
			[_aQE]: [`EndpointsPerClusterLimitExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(EndpointsPerClusterLimitExceededFault$, EndpointsPerClusterLimitExceededFault);
	var EventSubscriptionQuotaExceededFault$ = [
		-3,
		n0,
		_ESQEF,
		{
			[_aQE]: [`EventSubscriptionQuotaExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(EventSubscriptionQuotaExceededFault$, EventSubscriptionQuotaExceededFault);
	var HsmClientCertificateAlreadyExistsFault$ = [
		-3,
		n0,
		_HCCAEF,
		{
			[_aQE]: [`HsmClientCertificateAlreadyExistsFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(HsmClientCertificateAlreadyExistsFault$, HsmClientCertificateAlreadyExistsFault);
	var HsmClientCertificateNotFoundFault$ = [
		-3,
		n0,
		_HCCNFF,
		{
			[_aQE]: [`HsmClientCertificateNotFoundFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(HsmClientCertificateNotFoundFault$, HsmClientCertificateNotFoundFault);
	var HsmClientCertificateQuotaExceededFault$ = [
		-3,
		n0,
		_HCCQEF,
		{
			[_aQE]: [`HsmClientCertificateQuotaExceededFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(HsmClientCertificateQuotaExceededFault$, HsmClientCertificateQuotaExceededFault);
	var HsmConfigurationAlreadyExistsFault$ = [
		-3,
		n0,
		_HCAEF,
		{
			[_aQE]: [`HsmConfigurationAlreadyExistsFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(HsmConfigurationAlreadyExistsFault$, HsmConfigurationAlreadyExistsFault);
	var HsmConfigurationNotFoundFault$ = [
		-3,
		n0,
		_HCNFF,
		{
			[_aQE]: [`HsmConfigurationNotFoundFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(HsmConfigurationNotFoundFault$, HsmConfigurationNotFoundFault);
	var HsmConfigurationQuotaExceededFault$ = [
		-3,
		n0,
		_HCQEF,
		{
			[_aQE]: [`HsmConfigurationQuotaExceededFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(HsmConfigurationQuotaExceededFault$, HsmConfigurationQuotaExceededFault);
	var IncompatibleOrderableOptions$ = [
		-3,
		n0,
		_IOO,
		{
			[_aQE]: [`IncompatibleOrderableOptions`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IncompatibleOrderableOptions$, IncompatibleOrderableOptions);
	var InProgressTableRestoreQuotaExceededFault$ = [
		-3,
		n0,
		_IPTRQEF,
		{
			[_aQE]: [`InProgressTableRestoreQuotaExceededFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InProgressTableRestoreQuotaExceededFault$, InProgressTableRestoreQuotaExceededFault);
	var InsufficientClusterCapacityFault$ = [
		-3,
		n0,
		_ICCF,
		{
			[_aQE]: [`InsufficientClusterCapacity`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InsufficientClusterCapacityFault$, InsufficientClusterCapacityFault);
	var InsufficientS3BucketPolicyFault$ = [
		-3,
		n0,
		_ISBPF,
		{
			[_aQE]: [`InsufficientS3BucketPolicyFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InsufficientS3BucketPolicyFault$, InsufficientS3BucketPolicyFault);
	var IntegrationAlreadyExistsFault$ = [
		-3,
		n0,
		_IAEF,
		{
			[_aQE]: [`IntegrationAlreadyExistsFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IntegrationAlreadyExistsFault$, IntegrationAlreadyExistsFault);
	var IntegrationConflictOperationFault$ = [
		-3,
		n0,
		_ICOF,
		{
			[_aQE]: [`IntegrationConflictOperationFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IntegrationConflictOperationFault$, IntegrationConflictOperationFault);
	var IntegrationConflictStateFault$ = [
		-3,
		n0,
		_ICSF,
		{
			[_aQE]: [`IntegrationConflictStateFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IntegrationConflictStateFault$, IntegrationConflictStateFault);
	var IntegrationNotFoundFault$ = [
		-3,
		n0,
		_INFF,
		{
			[_aQE]: [`IntegrationNotFoundFault`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IntegrationNotFoundFault$, IntegrationNotFoundFault);
	var IntegrationQuotaExceededFault$ = [
		-3,
		n0,
		_IQEF,
		{
			[_aQE]: [`IntegrationQuotaExceededFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IntegrationQuotaExceededFault$, IntegrationQuotaExceededFault);
	var IntegrationSourceNotFoundFault$ = [
		-3,
		n0,
		_ISNFF,
		{
			[_aQE]: [`IntegrationSourceNotFoundFault`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IntegrationSourceNotFoundFault$, IntegrationSourceNotFoundFault);
	var IntegrationTargetNotFoundFault$ = [
		-3,
		n0,
		_ITNFF,
		{
			[_aQE]: [`IntegrationTargetNotFoundFault`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IntegrationTargetNotFoundFault$, IntegrationTargetNotFoundFault);
	var InvalidAuthenticationProfileRequestFault$ = [
		-3,
		n0,
		_IAPRF,
		{
			[_aQE]: [`InvalidAuthenticationProfileRequestFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidAuthenticationProfileRequestFault$, InvalidAuthenticationProfileRequestFault);
	var InvalidAuthorizationStateFault$ = [
		-3,
		n0,
		_IASF,
		{
			[_aQE]: [`InvalidAuthorizationState`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidAuthorizationStateFault$, InvalidAuthorizationStateFault);
	var InvalidClusterParameterGroupStateFault$ = [
		-3,
		n0,
		_ICPGSF,
		{
			[_aQE]: [`InvalidClusterParameterGroupState`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidClusterParameterGroupStateFault$, InvalidClusterParameterGroupStateFault);
	var InvalidClusterSecurityGroupStateFault$ = [
		-3,
		n0,
		_ICSGSF,
		{
			[_aQE]: [`InvalidClusterSecurityGroupState`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidClusterSecurityGroupStateFault$, InvalidClusterSecurityGroupStateFault);
	var InvalidClusterSnapshotScheduleStateFault$ = [
		-3,
		n0,
		_ICSSSF,
		{
			[_aQE]: [`InvalidClusterSnapshotScheduleState`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidClusterSnapshotScheduleStateFault$, InvalidClusterSnapshotScheduleStateFault);
	var InvalidClusterSnapshotStateFault$ = [
		-3,
		n0,
		_ICSSF,
		{
			[_aQE]: [`InvalidClusterSnapshotState`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidClusterSnapshotStateFault$, InvalidClusterSnapshotStateFault);
	var InvalidClusterStateFault$ = [
		-3,
		n0,
		_ICSFn,
		{
			[_aQE]: [`InvalidClusterState`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidClusterStateFault$, InvalidClusterStateFault);
	var InvalidClusterSubnetGroupStateFault$ = [
		-3,
		n0,
		_ICSGSFn,
		{
			[_aQE]: [`InvalidClusterSubnetGroupStateFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidClusterSubnetGroupStateFault$, InvalidClusterSubnetGroupStateFault);
	var InvalidClusterSubnetStateFault$ = [
		-3,
		n0,
		_ICSSFn,
		{
			[_aQE]: [`InvalidClusterSubnetStateFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidClusterSubnetStateFault$, InvalidClusterSubnetStateFault);
	var InvalidClusterTrackFault$ = [
		-3,
		n0,
		_ICTF,
		{
			[_aQE]: [`InvalidClusterTrack`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidClusterTrackFault$, InvalidClusterTrackFault);
	var InvalidDataShareFault$ = [
		-3,
		n0,
		_IDSF,
		{
			[_aQE]: [`InvalidDataShareFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidDataShareFault$, InvalidDataShareFault);
	var InvalidElasticIpFault$ = [
		-3,
		n0,
		_IEIF,
		{
			[_aQE]: [`InvalidElasticIpFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidElasticIpFault$, InvalidElasticIpFault);
	var InvalidEndpointStateFault$ = [
		-3,
		n0,
		_IESF,
		{
			[_aQE]: [`InvalidEndpointState`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidEndpointStateFault$, InvalidEndpointStateFault);
	var InvalidHsmClientCertificateStateFault$ = [
		-3,
		n0,
		_IHCCSF,
		{
			[_aQE]: [`InvalidHsmClientCertificateStateFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidHsmClientCertificateStateFault$, InvalidHsmClientCertificateStateFault);
	var InvalidHsmConfigurationStateFault$ = [
		-3,
		n0,
		_IHCSF,
		{
			[_aQE]: [`InvalidHsmConfigurationStateFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidHsmConfigurationStateFault$, InvalidHsmConfigurationStateFault);
	var InvalidNamespaceFault$ = [
		-3,
		n0,
		_INF,
		{
			[_aQE]: [`InvalidNamespaceFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidNamespaceFault$, InvalidNamespaceFault);
	var InvalidPolicyFault$ = [
		-3,
		n0,
		_IPF,
		{
			[_aQE]: [`InvalidPolicyFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidPolicyFault$, InvalidPolicyFault);
	var InvalidReservedNodeStateFault$ = [
		-3,
		n0,
		_IRNSF,
		{
			[_aQE]: [`InvalidReservedNodeState`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidReservedNodeStateFault$, InvalidReservedNodeStateFault);
	var InvalidRestoreFault$ = [
		-3,
		n0,
		_IRF,
		{
			[_aQE]: [`InvalidRestore`, 406],
			[_e]: _c,
			[_hE]: 406
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidRestoreFault$, InvalidRestoreFault);
	var InvalidRetentionPeriodFault$ = [
		-3,
		n0,
		_IRPF,
		{
			[_aQE]: [`InvalidRetentionPeriodFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidRetentionPeriodFault$, InvalidRetentionPeriodFault);
	var InvalidS3BucketNameFault$ = [
		-3,
		n0,
		_ISBNF,
		{
			[_aQE]: [`InvalidS3BucketNameFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidS3BucketNameFault$, InvalidS3BucketNameFault);
	var InvalidS3KeyPrefixFault$ = [
		-3,
		n0,
		_ISKPF,
		{
			[_aQE]: [`InvalidS3KeyPrefixFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidS3KeyPrefixFault$, InvalidS3KeyPrefixFault);
	var InvalidScheduledActionFault$ = [
		-3,
		n0,
		_ISAF,
		{
			[_aQE]: [`InvalidScheduledAction`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidScheduledActionFault$, InvalidScheduledActionFault);
	var InvalidScheduleFault$ = [
		-3,
		n0,
		_ISF,
		{
			[_aQE]: [`InvalidSchedule`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidScheduleFault$, InvalidScheduleFault);
	var InvalidSnapshotCopyGrantStateFault$ = [
		-3,
		n0,
		_ISCGSF,
		{
			[_aQE]: [`InvalidSnapshotCopyGrantStateFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidSnapshotCopyGrantStateFault$, InvalidSnapshotCopyGrantStateFault);
	var InvalidSubnet$ = [
		-3,
		n0,
		_IS,
		{
			[_aQE]: [`InvalidSubnet`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidSubnet$, InvalidSubnet);
	var InvalidSubscriptionStateFault$ = [
		-3,
		n0,
		_ISSF,
		{
			[_aQE]: [`InvalidSubscriptionStateFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidSubscriptionStateFault$, InvalidSubscriptionStateFault);
	var InvalidTableRestoreArgumentFault$ = [
		-3,
		n0,
		_ITRAF,
		{
			[_aQE]: [`InvalidTableRestoreArgument`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidTableRestoreArgumentFault$, InvalidTableRestoreArgumentFault);
	var InvalidTagFault$ = [
		-3,
		n0,
		_ITF,
		{
			[_aQE]: [`InvalidTagFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidTagFault$, InvalidTagFault);
	var InvalidUsageLimitFault$ = [
		-3,
		n0,
		_IULF,
		{
			[_aQE]: [`InvalidUsageLimit`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidUsageLimitFault$, InvalidUsageLimitFault);
	var InvalidVPCNetworkStateFault$ = [
		-3,
		n0,
		_IVPCNSF,
		{
			[_aQE]: [`InvalidVPCNetworkStateFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidVPCNetworkStateFault$, InvalidVPCNetworkStateFault);
	var Ipv6CidrBlockNotFoundFault$ = [
		-3,
		n0,
		_ICBNFF,
		{
			[_aQE]: [`Ipv6CidrBlockNotFoundFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(Ipv6CidrBlockNotFoundFault$, Ipv6CidrBlockNotFoundFault);
	var LimitExceededFault$ = [
		-3,
		n0,
		_LEF,
		{
			[_aQE]: [`LimitExceededFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(LimitExceededFault$, LimitExceededFault);
	var NumberOfNodesPerClusterLimitExceededFault$ = [
		-3,
		n0,
		_NONPCLEF,
		{
			[_aQE]: [`NumberOfNodesPerClusterLimitExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NumberOfNodesPerClusterLimitExceededFault$, NumberOfNodesPerClusterLimitExceededFault);
	var NumberOfNodesQuotaExceededFault$ = [
		-3,
		n0,
		_NONQEF,
		{
			[_aQE]: [`NumberOfNodesQuotaExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(NumberOfNodesQuotaExceededFault$, NumberOfNodesQuotaExceededFault);
	var PartnerNotFoundFault$ = [
		-3,
		n0,
		_PNFF,
		{
			[_aQE]: [`PartnerNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(PartnerNotFoundFault$, PartnerNotFoundFault);
	var Qev2IdcApplicationAlreadyExistsFault$ = [
		-3,
		n0,
		_QIAAEF,
		{
			[_aQE]: [`Qev2IdcApplicationAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(Qev2IdcApplicationAlreadyExistsFault$, Qev2IdcApplicationAlreadyExistsFault);
	var Qev2IdcApplicationNotExistsFault$ = [
		-3,
		n0,
		_QIANEF,
		{
			[_aQE]: [`Qev2IdcApplicationNotExists`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(Qev2IdcApplicationNotExistsFault$, Qev2IdcApplicationNotExistsFault);
	var RedshiftIdcApplicationAlreadyExistsFault$ = [
		-3,
		n0,
		_RIAAEF,
		{
			[_aQE]: [`RedshiftIdcApplicationAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(RedshiftIdcApplicationAlreadyExistsFault$, RedshiftIdcApplicationAlreadyExistsFault);
	var RedshiftIdcApplicationNotExistsFault$ = [
		-3,
		n0,
		_RIANEF,
		{
			[_aQE]: [`RedshiftIdcApplicationNotExists`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(RedshiftIdcApplicationNotExistsFault$, RedshiftIdcApplicationNotExistsFault);
	var RedshiftIdcApplicationQuotaExceededFault$ = [
		-3,
		n0,
		_RIAQEF,
		{
			[_aQE]: [`RedshiftIdcApplicationQuotaExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(RedshiftIdcApplicationQuotaExceededFault$, RedshiftIdcApplicationQuotaExceededFault);
	var RedshiftInvalidParameterFault$ = [
		-3,
		n0,
		_RIPF,
		{
			[_aQE]: [`RedshiftInvalidParameter`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(RedshiftInvalidParameterFault$, RedshiftInvalidParameterFault);
	var ReservedNodeAlreadyExistsFault$ = [
		-3,
		n0,
		_RNAEF,
		{
			[_aQE]: [`ReservedNodeAlreadyExists`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ReservedNodeAlreadyExistsFault$, ReservedNodeAlreadyExistsFault);
	var ReservedNodeAlreadyMigratedFault$ = [
		-3,
		n0,
		_RNAMF,
		{
			[_aQE]: [`ReservedNodeAlreadyMigrated`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ReservedNodeAlreadyMigratedFault$, ReservedNodeAlreadyMigratedFault);
	var ReservedNodeExchangeNotFoundFault$ = [
		-3,
		n0,
		_RNENFF,
		{
			[_aQE]: [`ReservedNodeExchangeNotFond`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ReservedNodeExchangeNotFoundFault$, ReservedNodeExchangeNotFoundFault);
	var ReservedNodeNotFoundFault$ = [
		-3,
		n0,
		_RNNFF,
		{
			[_aQE]: [`ReservedNodeNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ReservedNodeNotFoundFault$, ReservedNodeNotFoundFault);
	var ReservedNodeOfferingNotFoundFault$ = [
		-3,
		n0,
		_RNONFF,
		{
			[_aQE]: [`ReservedNodeOfferingNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ReservedNodeOfferingNotFoundFault$, ReservedNodeOfferingNotFoundFault);
	var ReservedNodeQuotaExceededFault$ = [
		-3,
		n0,
		_RNQEF,
		{
			[_aQE]: [`ReservedNodeQuotaExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ReservedNodeQuotaExceededFault$, ReservedNodeQuotaExceededFault);
	var ResizeNotFoundFault$ = [
		-3,
		n0,
		_RNFF,
		{
			[_aQE]: [`ResizeNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ResizeNotFoundFault$, ResizeNotFoundFault);
	var ResourceNotFoundFault$ = [
		-3,
		n0,
		_RNFFe,
		{
			[_aQE]: [`ResourceNotFoundFault`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceNotFoundFault$, ResourceNotFoundFault);
	var ScheduledActionAlreadyExistsFault$ = [
		-3,
		n0,
		_SAAEF,
		{
			[_aQE]: [`ScheduledActionAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ScheduledActionAlreadyExistsFault$, ScheduledActionAlreadyExistsFault);
	var ScheduledActionNotFoundFault$ = [
		-3,
		n0,
		_SANFF,
		{
			[_aQE]: [`ScheduledActionNotFound`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ScheduledActionNotFoundFault$, ScheduledActionNotFoundFault);
	var ScheduledActionQuotaExceededFault$ = [
		-3,
		n0,
		_SAQEF,
		{
			[_aQE]: [`ScheduledActionQuotaExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ScheduledActionQuotaExceededFault$, ScheduledActionQuotaExceededFault);
	var ScheduledActionTypeUnsupportedFault$ = [
		-3,
		n0,
		_SATUF,
		{
			[_aQE]: [`ScheduledActionTypeUnsupported`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ScheduledActionTypeUnsupportedFault$, ScheduledActionTypeUnsupportedFault);
	var ScheduleDefinitionTypeUnsupportedFault$ = [
		-3,
		n0,
		_SDTUF,
		{
			[_aQE]: [`ScheduleDefinitionTypeUnsupported`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ScheduleDefinitionTypeUnsupportedFault$, ScheduleDefinitionTypeUnsupportedFault);
	var SnapshotCopyAlreadyDisabledFault$ = [
		-3,
		n0,
		_SCADF,
		{
			[_aQE]: [`SnapshotCopyAlreadyDisabledFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SnapshotCopyAlreadyDisabledFault$, SnapshotCopyAlreadyDisabledFault);
	var SnapshotCopyAlreadyEnabledFault$ = [
		-3,
		n0,
		_SCAEF,
		{
			[_aQE]: [`SnapshotCopyAlreadyEnabledFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SnapshotCopyAlreadyEnabledFault$, SnapshotCopyAlreadyEnabledFault);
	var SnapshotCopyDisabledFault$ = [
		-3,
		n0,
		_SCDF,
		{
			[_aQE]: [`SnapshotCopyDisabledFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SnapshotCopyDisabledFault$, SnapshotCopyDisabledFault);
	var SnapshotCopyGrantAlreadyExistsFault$ = [
		-3,
		n0,
		_SCGAEF,
		{
			[_aQE]: [`SnapshotCopyGrantAlreadyExistsFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SnapshotCopyGrantAlreadyExistsFault$, SnapshotCopyGrantAlreadyExistsFault);
	var SnapshotCopyGrantNotFoundFault$ = [
		-3,
		n0,
		_SCGNFF,
		{
			[_aQE]: [`SnapshotCopyGrantNotFoundFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SnapshotCopyGrantNotFoundFault$, SnapshotCopyGrantNotFoundFault);
	var SnapshotCopyGrantQuotaExceededFault$ = [
		-3,
		n0,
		_SCGQEF,
		{
			[_aQE]: [`SnapshotCopyGrantQuotaExceededFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SnapshotCopyGrantQuotaExceededFault$, SnapshotCopyGrantQuotaExceededFault);
	var SnapshotScheduleAlreadyExistsFault$ = [
		-3,
		n0,
		_SSAEF,
		{
			[_aQE]: [`SnapshotScheduleAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SnapshotScheduleAlreadyExistsFault$, SnapshotScheduleAlreadyExistsFault);
	var SnapshotScheduleNotFoundFault$ = [
		-3,
		n0,
		_SSNFF,
		{
			[_aQE]: [`SnapshotScheduleNotFound`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SnapshotScheduleNotFoundFault$, SnapshotScheduleNotFoundFault);
	var SnapshotScheduleQuotaExceededFault$ = [
		-3,
		n0,
		_SSQEF,
		{
			[_aQE]: [`SnapshotScheduleQuotaExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SnapshotScheduleQuotaExceededFault$, SnapshotScheduleQuotaExceededFault);
	var SnapshotScheduleUpdateInProgressFault$ = [
		-3,
		n0,
		_SSUIPF,
		{
			[_aQE]: [`SnapshotScheduleUpdateInProgress`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SnapshotScheduleUpdateInProgressFault$, SnapshotScheduleUpdateInProgressFault);
	var SNSInvalidTopicFault$ = [
		-3,
		n0,
		_SNSITF,
		{
			[_aQE]: [`SNSInvalidTopic`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SNSInvalidTopicFault$, SNSInvalidTopicFault);
	var SNSNoAuthorizationFault$ = [
		-3,
		n0,
		_SNSNAF,
		{
			[_aQE]: [`SNSNoAuthorization`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SNSNoAuthorizationFault$, SNSNoAuthorizationFault);
	var SNSTopicArnNotFoundFault$ = [
		-3,
		n0,
		_SNSTANFF,
		{
			[_aQE]: [`SNSTopicArnNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SNSTopicArnNotFoundFault$, SNSTopicArnNotFoundFault);
	var SourceNotFoundFault$ = [
		-3,
		n0,
		_SNFF,
		{
			[_aQE]: [`SourceNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SourceNotFoundFault$, SourceNotFoundFault);
	var SubnetAlreadyInUse$ = [
		-3,
		n0,
		_SAIU,
		{
			[_aQE]: [`SubnetAlreadyInUse`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SubnetAlreadyInUse$, SubnetAlreadyInUse);
	var SubscriptionAlreadyExistFault$ = [
		-3,
		n0,
		_SAEF,
		{
			[_aQE]: [`SubscriptionAlreadyExist`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SubscriptionAlreadyExistFault$, SubscriptionAlreadyExistFault);
	var SubscriptionCategoryNotFoundFault$ = [
		-3,
		n0,
		_SCNFF,
		{
			[_aQE]: [`SubscriptionCategoryNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SubscriptionCategoryNotFoundFault$, SubscriptionCategoryNotFoundFault);
	var SubscriptionEventIdNotFoundFault$ = [
		-3,
		n0,
		_SEINFF,
		{
			[_aQE]: [`SubscriptionEventIdNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SubscriptionEventIdNotFoundFault$, SubscriptionEventIdNotFoundFault);
	var SubscriptionNotFoundFault$ = [
		-3,
		n0,
		_SNFFu,
		{
			[_aQE]: [`SubscriptionNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SubscriptionNotFoundFault$, SubscriptionNotFoundFault);
	var SubscriptionSeverityNotFoundFault$ = [
		-3,
		n0,
		_SSNFFu,
		{
			[_aQE]: [`SubscriptionSeverityNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(SubscriptionSeverityNotFoundFault$, SubscriptionSeverityNotFoundFault);
	var TableLimitExceededFault$ = [
		-3,
		n0,
		_TLEF,
		{
			[_aQE]: [`TableLimitExceeded`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TableLimitExceededFault$, TableLimitExceededFault);
	var TableRestoreNotFoundFault$ = [
		-3,
		n0,
		_TRNFF,
		{
			[_aQE]: [`TableRestoreNotFoundFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TableRestoreNotFoundFault$, TableRestoreNotFoundFault);
	var TagLimitExceededFault$ = [
		-3,
		n0,
		_TLEFa,
		{
			[_aQE]: [`TagLimitExceededFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TagLimitExceededFault$, TagLimitExceededFault);
	var UnauthorizedOperation$ = [
		-3,
		n0,
		_UO,
		{
			[_aQE]: [`UnauthorizedOperation`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(UnauthorizedOperation$, UnauthorizedOperation);
	var UnauthorizedPartnerIntegrationFault$ = [
		-3,
		n0,
		_UPIF,
		{
			[_aQE]: [`UnauthorizedPartnerIntegration`, 401],
			[_e]: _c,
			[_hE]: 401
		},
		[_m],
		[0]
	];
	n0_registry.registerError(UnauthorizedPartnerIntegrationFault$, UnauthorizedPartnerIntegrationFault);
	var UnknownSnapshotCopyRegionFault$ = [
		-3,
		n0,
		_USCRF,
		{
			[_aQE]: [`UnknownSnapshotCopyRegionFault`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(UnknownSnapshotCopyRegionFault$, UnknownSnapshotCopyRegionFault);
	var UnsupportedOperationFault$ = [
		-3,
		n0,
		_UOF,
		{
			[_aQE]: [`UnsupportedOperation`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(UnsupportedOperationFault$, UnsupportedOperationFault);
	var UnsupportedOptionFault$ = [
		-3,
		n0,
		_UOFn,
		{
			[_aQE]: [`UnsupportedOptionFault`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(UnsupportedOptionFault$, UnsupportedOptionFault);
	var UsageLimitAlreadyExistsFault$ = [
		-3,
		n0,
		_ULAEF,
		{
			[_aQE]: [`UsageLimitAlreadyExists`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(UsageLimitAlreadyExistsFault$, UsageLimitAlreadyExistsFault);
	var UsageLimitNotFoundFault$ = [
		-3,
		n0,
		_ULNFF,
		{
			[_aQE]: [`UsageLimitNotFound`, 404],
			[_e]: _c,
			[_hE]: 404
		},
		[_m],
		[0]
	];
	n0_registry.registerError(UsageLimitNotFoundFault$, UsageLimitNotFoundFault);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var SensitiveString = [
		0,
		n0,
		_SS,
		8,
		0
	];
	var AcceptReservedNodeExchangeInputMessage$ = [
		3,
		n0,
		_ARNEIM,
		0,
		[_RNI, _TRNOI],
		[0, 0],
		2
	];
	var AcceptReservedNodeExchangeOutputMessage$ = [
		3,
		n0,
		_ARNEOM,
		0,
		[_ERN],
		[[() => ReservedNode$, 0]]
	];
	var AccountAttribute$ = [
		3,
		n0,
		_AA,
		0,
		[_AN, _AV],
		[0, [() => AttributeValueList, 0]]
	];
	var AccountAttributeList$ = [
		3,
		n0,
		_AAL,
		0,
		[_AAc],
		[[() => AttributeList, 0]]
	];
	var AccountWithRestoreAccess$ = [
		3,
		n0,
		_AWRA,
		0,
		[_AI, _AAcc],
		[0, 0]
	];
	var AquaConfiguration$ = [
		3,
		n0,
		_AC,
		0,
		[_AS, _ACS],
		[0, 0]
	];
	var AssociateDataShareConsumerMessage$ = [
		3,
		n0,
		_ADSCM,
		0,
		[
			_DSA,
			_AEA,
			_CA,
			_CR,
			_AW
		],
		[
			0,
			2,
			0,
			0,
			2
		],
		1
	];
	var Association$ = [
		3,
		n0,
		_A,
		0,
		[
			_CDCA,
			_CDCED,
			_CAe
		],
		[
			0,
			4,
			[() => CertificateAssociationList, 0]
		]
	];
	var AttributeValueTarget$ = [
		3,
		n0,
		_AVT,
		0,
		[_AVt],
		[0]
	];
	var AuthenticationProfile$ = [
		3,
		n0,
		_AP,
		0,
		[_APN, _APC],
		[0, 0]
	];
	var AuthorizeClusterSecurityGroupIngressMessage$ = [
		3,
		n0,
		_ACSGIM,
		0,
		[
			_CSGN,
			_CIDRIP,
			_ECSGN,
			_ECSGOI
		],
		[
			0,
			0,
			0,
			0
		],
		1
	];
	var AuthorizeClusterSecurityGroupIngressResult$ = [
		3,
		n0,
		_ACSGIR,
		0,
		[_CSG],
		[[() => ClusterSecurityGroup$, 0]]
	];
	var AuthorizeDataShareMessage$ = [
		3,
		n0,
		_ADSM,
		0,
		[
			_DSA,
			_CI,
			_AW
		],
		[
			0,
			0,
			2
		],
		2
	];
	var AuthorizedTokenIssuer$ = [
		3,
		n0,
		_ATI,
		0,
		[_TTIA, _AALu],
		[0, 64]
	];
	var AuthorizeEndpointAccessMessage$ = [
		3,
		n0,
		_AEAM,
		0,
		[
			_Ac,
			_CIl,
			_VI
		],
		[
			0,
			0,
			[() => VpcIdentifierList, 0]
		],
		1
	];
	var AuthorizeSnapshotAccessMessage$ = [
		3,
		n0,
		_ASAM,
		0,
		[
			_AWRA,
			_SI,
			_SA,
			_SCI
		],
		[
			0,
			0,
			0,
			0
		],
		1
	];
	var AuthorizeSnapshotAccessResult$ = [
		3,
		n0,
		_ASAR,
		0,
		[_S],
		[[() => Snapshot$, 0]]
	];
	var AvailabilityZone$ = [
		3,
		n0,
		_AZ,
		0,
		[_N, _SP],
		[0, [() => SupportedPlatformsList, 0]]
	];
	var BatchDeleteClusterSnapshotsRequest$ = [
		3,
		n0,
		_BDCSR,
		0,
		[_I],
		[[() => DeleteClusterSnapshotMessageList, 0]],
		1
	];
	var BatchDeleteClusterSnapshotsResult$ = [
		3,
		n0,
		_BDCSRa,
		0,
		[_R, _E],
		[[() => SnapshotIdentifierList, 0], [() => BatchSnapshotOperationErrorList, 0]]
	];
	var BatchModifyClusterSnapshotsMessage$ = [
		3,
		n0,
		_BMCSM,
		0,
		[
			_SIL,
			_MSRP,
			_F
		],
		[
			[() => SnapshotIdentifierList, 0],
			1,
			2
		],
		1
	];
	var BatchModifyClusterSnapshotsOutputMessage$ = [
		3,
		n0,
		_BMCSOM,
		0,
		[_R, _E],
		[[() => SnapshotIdentifierList, 0], [() => BatchSnapshotOperationErrors, 0]]
	];
	var CancelResizeMessage$ = [
		3,
		n0,
		_CRM,
		0,
		[_CIl],
		[0],
		1
	];
	var CertificateAssociation$ = [
		3,
		n0,
		_CAer,
		0,
		[_CDN, _CIl],
		[0, 0]
	];
	var Cluster$ = [
		3,
		n0,
		_C,
		0,
		[
			_CIl,
			_NT,
			_CS,
			_CAS,
			_MS,
			_MU,
			_DBN,
			_En,
			_CCT,
			_ASRP,
			_MSRP,
			_CSGl,
			_VSG,
			_CPG,
			_CSGNl,
			_VIp,
			_AZ,
			_PMW,
			_PMV,
			_CV,
			_AVU,
			_NON,
			_PA,
			_Enc,
			_RS,
			_DTP,
			_HS,
			_CSCS,
			_CPK,
			_CN,
			_EIS,
			_CRN,
			_T,
			_KKI,
			_EVR,
			_IR,
			_PAe,
			_MTN,
			_ERNONO,
			_DMW,
			_SSI,
			_SSS,
			_ENSST,
			_ENSSTS,
			_NMWST,
			_RI,
			_AZRS,
			_CNA,
			_TSCIMB,
			_AC,
			_DIRA,
			_RNES,
			_CDN,
			_CDCA,
			_CDCED,
			_MPSA,
			_MPSKKI,
			_IAT,
			_MAZ,
			_MAZS,
			_LRS,
			_CAa,
			_ECFAO,
			_LPS
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			[() => Endpoint$, 0],
			4,
			1,
			1,
			[() => ClusterSecurityGroupMembershipList, 0],
			[() => VpcSecurityGroupMembershipList, 0],
			[() => ClusterParameterGroupStatusList, 0],
			0,
			0,
			0,
			0,
			[() => PendingModifiedValues$, 0],
			0,
			2,
			1,
			2,
			2,
			() => RestoreStatus$,
			() => DataTransferProgress$,
			() => HsmStatus$,
			() => ClusterSnapshotCopyStatus$,
			0,
			() => ClusterNodesList,
			() => ElasticIpStatus$,
			0,
			[() => TagList, 0],
			0,
			2,
			[() => ClusterIamRoleList, 0],
			64,
			0,
			0,
			[() => DeferredMaintenanceWindowsList, 0],
			0,
			0,
			4,
			0,
			4,
			() => ResizeInfo$,
			0,
			0,
			1,
			() => AquaConfiguration$,
			0,
			() => ReservedNodeExchangeStatus$,
			0,
			0,
			4,
			0,
			0,
			0,
			0,
			() => SecondaryClusterInfo$,
			0,
			0,
			0,
			() => LoggingPublishStatus$
		]
	];
	var ClusterAssociatedToSchedule$ = [
		3,
		n0,
		_CATS,
		0,
		[_CIl, _SAS],
		[0, 0]
	];
	var ClusterCredentials$ = [
		3,
		n0,
		_CC,
		0,
		[
			_DU,
			_DP,
			_Ex
		],
		[
			0,
			[() => SensitiveString, 0],
			4
		]
	];
	var ClusterDbRevision$ = [
		3,
		n0,
		_CDR,
		0,
		[
			_CIl,
			_CDRu,
			_DRRD,
			_RT
		],
		[
			0,
			0,
			4,
			[() => RevisionTargetsList, 0]
		]
	];
	var ClusterDbRevisionsMessage$ = [
		3,
		n0,
		_CDRM,
		0,
		[_M, _CDRl],
		[0, [() => ClusterDbRevisionsList, 0]]
	];
	var ClusterExtendedCredentials$ = [
		3,
		n0,
		_CEC,
		0,
		[
			_DU,
			_DP,
			_Ex,
			_NRT
		],
		[
			0,
			[() => SensitiveString, 0],
			4,
			4
		]
	];
	var ClusterIamRole$ = [
		3,
		n0,
		_CIR,
		0,
		[_IRA, _ASp],
		[0, 0]
	];
	var ClusterNode$ = [
		3,
		n0,
		_CNl,
		0,
		[
			_NR,
			_PIPA,
			_PIPAu
		],
		[
			0,
			0,
			0
		]
	];
	var ClusterParameterGroup$ = [
		3,
		n0,
		_CPGl,
		0,
		[
			_PGN,
			_PGF,
			_D,
			_T
		],
		[
			0,
			0,
			0,
			[() => TagList, 0]
		]
	];
	var ClusterParameterGroupDetails$ = [
		3,
		n0,
		_CPGD,
		0,
		[_P, _M],
		[[() => ParametersList, 0], 0]
	];
	var ClusterParameterGroupNameMessage$ = [
		3,
		n0,
		_CPGNM,
		0,
		[_PGN, _PGS],
		[0, 0]
	];
	var ClusterParameterGroupsMessage$ = [
		3,
		n0,
		_CPGM,
		0,
		[_M, _PG],
		[0, [() => ParameterGroupList, 0]]
	];
	var ClusterParameterGroupStatus$ = [
		3,
		n0,
		_CPGS,
		0,
		[
			_PGN,
			_PAS,
			_CPSL
		],
		[
			0,
			0,
			() => ClusterParameterStatusList
		]
	];
	var ClusterParameterStatus$ = [
		3,
		n0,
		_CPS,
		0,
		[
			_PN,
			_PAS,
			_PAED
		],
		[
			0,
			0,
			0
		]
	];
	var ClusterSecurityGroup$ = [
		3,
		n0,
		_CSG,
		0,
		[
			_CSGN,
			_D,
			_ECSG,
			_IPR,
			_T
		],
		[
			0,
			0,
			[() => EC2SecurityGroupList, 0],
			[() => IPRangeList, 0],
			[() => TagList, 0]
		]
	];
	var ClusterSecurityGroupMembership$ = [
		3,
		n0,
		_CSGM,
		0,
		[_CSGN, _St],
		[0, 0]
	];
	var ClusterSecurityGroupMessage$ = [
		3,
		n0,
		_CSGMl,
		0,
		[_M, _CSGl],
		[0, [() => ClusterSecurityGroups, 0]]
	];
	var ClustersMessage$ = [
		3,
		n0,
		_CM,
		0,
		[_M, _Cl],
		[0, [() => ClusterList, 0]]
	];
	var ClusterSnapshotCopyStatus$ = [
		3,
		n0,
		_CSCS,
		0,
		[
			_DR,
			_RP,
			_MSRP,
			_SCGN
		],
		[
			0,
			1,
			1,
			0
		]
	];
	var ClusterSubnetGroup$ = [
		3,
		n0,
		_CSGlu,
		0,
		[
			_CSGNl,
			_D,
			_VIp,
			_SGS,
			_Su,
			_T,
			_SCIAT
		],
		[
			0,
			0,
			0,
			0,
			[() => SubnetList, 0],
			[() => TagList, 0],
			[() => ValueStringList, 0]
		]
	];
	var ClusterSubnetGroupMessage$ = [
		3,
		n0,
		_CSGMlu,
		0,
		[_M, _CSGlus],
		[0, [() => ClusterSubnetGroups, 0]]
	];
	var ClusterVersion$ = [
		3,
		n0,
		_CV,
		0,
		[
			_CV,
			_CPGF,
			_D
		],
		[
			0,
			0,
			0
		]
	];
	var ClusterVersionsMessage$ = [
		3,
		n0,
		_CVM,
		0,
		[_M, _CVl],
		[0, [() => ClusterVersionList, 0]]
	];
	var Connect$ = [
		3,
		n0,
		_Co,
		0,
		[_Au],
		[0],
		1
	];
	var CopyClusterSnapshotMessage$ = [
		3,
		n0,
		_CCSM,
		0,
		[
			_SSIo,
			_TSI,
			_SSCI,
			_MSRP
		],
		[
			0,
			0,
			0,
			1
		],
		2
	];
	var CopyClusterSnapshotResult$ = [
		3,
		n0,
		_CCSR,
		0,
		[_S],
		[[() => Snapshot$, 0]]
	];
	var CreateAuthenticationProfileMessage$ = [
		3,
		n0,
		_CAPM,
		0,
		[_APN, _APC],
		[0, 0],
		2
	];
	var CreateAuthenticationProfileResult$ = [
		3,
		n0,
		_CAPR,
		0,
		[_APN, _APC],
		[0, 0]
	];
	var CreateClusterMessage$ = [
		3,
		n0,
		_CCM,
		0,
		[
			_CIl,
			_NT,
			_MU,
			_DBN,
			_CT,
			_MUP,
			_CSGl,
			_VSGI,
			_CSGNl,
			_AZ,
			_PMW,
			_CPGN,
			_ASRP,
			_MSRP,
			_Po,
			_CV,
			_AVU,
			_NON,
			_PA,
			_Enc,
			_HCCI,
			_HCI,
			_EI,
			_T,
			_KKI,
			_EVR,
			_AId,
			_IR,
			_MTN,
			_SSI,
			_AZR,
			_ACS,
			_DIRA,
			_LSD,
			_MMP,
			_MPSKKI,
			_IAT,
			_MAZ,
			_RIAA,
			_CNa,
			_ECFAO
		],
		[
			0,
			0,
			0,
			0,
			0,
			[() => SensitiveString, 0],
			[() => ClusterSecurityGroupNameList, 0],
			[() => VpcSecurityGroupIdList, 0],
			0,
			0,
			0,
			0,
			1,
			1,
			1,
			0,
			2,
			1,
			2,
			2,
			0,
			0,
			0,
			[() => TagList, 0],
			0,
			2,
			0,
			[() => IamRoleArnList, 0],
			0,
			0,
			2,
			0,
			0,
			0,
			2,
			0,
			0,
			2,
			0,
			0,
			2
		],
		3
	];
	var CreateClusterParameterGroupMessage$ = [
		3,
		n0,
		_CCPGM,
		0,
		[
			_PGN,
			_PGF,
			_D,
			_T
		],
		[
			0,
			0,
			0,
			[() => TagList, 0]
		],
		3
	];
	var CreateClusterParameterGroupResult$ = [
		3,
		n0,
		_CCPGR,
		0,
		[_CPGl],
		[[() => ClusterParameterGroup$, 0]]
	];
	var CreateClusterResult$ = [
		3,
		n0,
		_CCR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var CreateClusterSecurityGroupMessage$ = [
		3,
		n0,
		_CCSGM,
		0,
		[
			_CSGN,
			_D,
			_T
		],
		[
			0,
			0,
			[() => TagList, 0]
		],
		2
	];
	var CreateClusterSecurityGroupResult$ = [
		3,
		n0,
		_CCSGR,
		0,
		[_CSG],
		[[() => ClusterSecurityGroup$, 0]]
	];
	var CreateClusterSnapshotMessage$ = [
		3,
		n0,
		_CCSMr,
		0,
		[
			_SI,
			_CIl,
			_MSRP,
			_T
		],
		[
			0,
			0,
			1,
			[() => TagList, 0]
		],
		2
	];
	var CreateClusterSnapshotResult$ = [
		3,
		n0,
		_CCSRr,
		0,
		[_S],
		[[() => Snapshot$, 0]]
	];
	var CreateClusterSubnetGroupMessage$ = [
		3,
		n0,
		_CCSGMr,
		0,
		[
			_CSGNl,
			_D,
			_SIu,
			_T
		],
		[
			0,
			0,
			[() => SubnetIdentifierList, 0],
			[() => TagList, 0]
		],
		3
	];
	var CreateClusterSubnetGroupResult$ = [
		3,
		n0,
		_CCSGRr,
		0,
		[_CSGlu],
		[[() => ClusterSubnetGroup$, 0]]
	];
	var CreateCustomDomainAssociationMessage$ = [
		3,
		n0,
		_CCDAM,
		0,
		[
			_CDN,
			_CDCA,
			_CIl
		],
		[
			0,
			0,
			0
		],
		3
	];
	var CreateCustomDomainAssociationResult$ = [
		3,
		n0,
		_CCDAR,
		0,
		[
			_CDN,
			_CDCA,
			_CIl,
			_CDCET
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var CreateEndpointAccessMessage$ = [
		3,
		n0,
		_CEAM,
		0,
		[
			_EN,
			_SGN,
			_CIl,
			_RO,
			_VSGI
		],
		[
			0,
			0,
			0,
			0,
			[() => VpcSecurityGroupIdList, 0]
		],
		2
	];
	var CreateEventSubscriptionMessage$ = [
		3,
		n0,
		_CESM,
		0,
		[
			_SN,
			_STA,
			_ST,
			_SIo,
			_EC,
			_Se,
			_Ena,
			_T
		],
		[
			0,
			0,
			0,
			[() => SourceIdsList, 0],
			[() => EventCategoriesList, 0],
			0,
			2,
			[() => TagList, 0]
		],
		2
	];
	var CreateEventSubscriptionResult$ = [
		3,
		n0,
		_CESR,
		0,
		[_ES],
		[[() => EventSubscription$, 0]]
	];
	var CreateHsmClientCertificateMessage$ = [
		3,
		n0,
		_CHCCM,
		0,
		[_HCCI, _T],
		[0, [() => TagList, 0]],
		1
	];
	var CreateHsmClientCertificateResult$ = [
		3,
		n0,
		_CHCCR,
		0,
		[_HCC],
		[[() => HsmClientCertificate$, 0]]
	];
	var CreateHsmConfigurationMessage$ = [
		3,
		n0,
		_CHCM,
		0,
		[
			_HCI,
			_D,
			_HIA,
			_HPN,
			_HPP,
			_HSPC,
			_T
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			[() => TagList, 0]
		],
		6
	];
	var CreateHsmConfigurationResult$ = [
		3,
		n0,
		_CHCR,
		0,
		[_HC],
		[[() => HsmConfiguration$, 0]]
	];
	var CreateIntegrationMessage$ = [
		3,
		n0,
		_CIM,
		0,
		[
			_SAo,
			_TA,
			_IN,
			_KMSKI,
			_TL,
			_AEC,
			_D
		],
		[
			0,
			0,
			0,
			0,
			[() => TagList, 0],
			128,
			0
		],
		3
	];
	var CreateQev2IdcApplicationMessage$ = [
		3,
		n0,
		_CQIAM,
		0,
		[
			_IIA,
			_QIAN,
			_IDN,
			_T
		],
		[
			0,
			0,
			0,
			[() => TagList, 0]
		],
		3
	];
	var CreateQev2IdcApplicationResult$ = [
		3,
		n0,
		_CQIAR,
		0,
		[_QIA],
		[[() => Qev2IdcApplication$, 0]]
	];
	var CreateRedshiftIdcApplicationMessage$ = [
		3,
		n0,
		_CRIAM,
		0,
		[
			_IIA,
			_RIAN,
			_IDN,
			_IRA,
			_INd,
			_ATIL,
			_SIe,
			_AT,
			_T,
			_STK
		],
		[
			0,
			0,
			0,
			0,
			0,
			() => AuthorizedTokenIssuerList,
			() => ServiceIntegrationList,
			0,
			[() => TagList, 0],
			[() => TagKeyList, 0]
		],
		4
	];
	var CreateRedshiftIdcApplicationResult$ = [
		3,
		n0,
		_CRIAR,
		0,
		[_RIA],
		[[() => RedshiftIdcApplication$, 0]]
	];
	var CreateScheduledActionMessage$ = [
		3,
		n0,
		_CSAM,
		0,
		[
			_SAN,
			_TAa,
			_Sc,
			_IRa,
			_SAD,
			_STt,
			_ET,
			_Enab
		],
		[
			0,
			() => ScheduledActionType$,
			0,
			0,
			0,
			4,
			4,
			2
		],
		4
	];
	var CreateSnapshotCopyGrantMessage$ = [
		3,
		n0,
		_CSCGM,
		0,
		[
			_SCGN,
			_KKI,
			_T
		],
		[
			0,
			0,
			[() => TagList, 0]
		],
		1
	];
	var CreateSnapshotCopyGrantResult$ = [
		3,
		n0,
		_CSCGR,
		0,
		[_SCG],
		[[() => SnapshotCopyGrant$, 0]]
	];
	var CreateSnapshotScheduleMessage$ = [
		3,
		n0,
		_CSSM,
		0,
		[
			_SD,
			_SIc,
			_SDc,
			_T,
			_DRr,
			_NI
		],
		[
			[() => ScheduleDefinitionList, 0],
			0,
			0,
			[() => TagList, 0],
			2,
			1
		]
	];
	var CreateTagsMessage$ = [
		3,
		n0,
		_CTM,
		0,
		[_RN, _T],
		[0, [() => TagList, 0]],
		2
	];
	var CreateUsageLimitMessage$ = [
		3,
		n0,
		_CULM,
		0,
		[
			_CIl,
			_FT,
			_LT,
			_Am,
			_Pe,
			_BA,
			_T
		],
		[
			0,
			0,
			0,
			1,
			0,
			0,
			[() => TagList, 0]
		],
		4
	];
	var CustomDomainAssociationsMessage$ = [
		3,
		n0,
		_CDAM,
		0,
		[_M, _As],
		[0, [() => AssociationList, 0]]
	];
	var CustomerStorageMessage$ = [
		3,
		n0,
		_CSM,
		0,
		[_TBSIMB, _TPSIMB],
		[1, 1]
	];
	var DataShare$ = [
		3,
		n0,
		_DS,
		0,
		[
			_DSA,
			_PAr,
			_APAC,
			_DSAa,
			_MB,
			_DST
		],
		[
			0,
			0,
			2,
			() => DataShareAssociationList,
			0,
			0
		]
	];
	var DataShareAssociation$ = [
		3,
		n0,
		_DSAat,
		0,
		[
			_CI,
			_St,
			_CR,
			_CD,
			_SCD,
			_PAW,
			_CAW
		],
		[
			0,
			0,
			0,
			4,
			4,
			2,
			2
		]
	];
	var DataTransferProgress$ = [
		3,
		n0,
		_DTP,
		0,
		[
			_St,
			_CRIMBPS,
			_TDIMB,
			_DTIMB,
			_ETTCIS,
			_ETIS
		],
		[
			0,
			1,
			1,
			1,
			1,
			1
		]
	];
	var DeauthorizeDataShareMessage$ = [
		3,
		n0,
		_DDSM,
		0,
		[_DSA, _CI],
		[0, 0],
		2
	];
	var DefaultClusterParameters$ = [
		3,
		n0,
		_DCP,
		0,
		[
			_PGF,
			_M,
			_P
		],
		[
			0,
			0,
			[() => ParametersList, 0]
		]
	];
	var DeferredMaintenanceWindow$ = [
		3,
		n0,
		_DMWe,
		0,
		[
			_DMI,
			_DMST,
			_DMET
		],
		[
			0,
			4,
			4
		]
	];
	var DeleteAuthenticationProfileMessage$ = [
		3,
		n0,
		_DAPM,
		0,
		[_APN],
		[0],
		1
	];
	var DeleteAuthenticationProfileResult$ = [
		3,
		n0,
		_DAPR,
		0,
		[_APN],
		[0]
	];
	var DeleteClusterMessage$ = [
		3,
		n0,
		_DCM,
		0,
		[
			_CIl,
			_SFCS,
			_FCSI,
			_FCSRP
		],
		[
			0,
			2,
			0,
			1
		],
		1
	];
	var DeleteClusterParameterGroupMessage$ = [
		3,
		n0,
		_DCPGM,
		0,
		[_PGN],
		[0],
		1
	];
	var DeleteClusterResult$ = [
		3,
		n0,
		_DCR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var DeleteClusterSecurityGroupMessage$ = [
		3,
		n0,
		_DCSGM,
		0,
		[_CSGN],
		[0],
		1
	];
	var DeleteClusterSnapshotMessage$ = [
		3,
		n0,
		_DCSM,
		0,
		[_SI, _SCI],
		[0, 0],
		1
	];
	var DeleteClusterSnapshotResult$ = [
		3,
		n0,
		_DCSR,
		0,
		[_S],
		[[() => Snapshot$, 0]]
	];
	var DeleteClusterSubnetGroupMessage$ = [
		3,
		n0,
		_DCSGMe,
		0,
		[_CSGNl],
		[0],
		1
	];
	var DeleteCustomDomainAssociationMessage$ = [
		3,
		n0,
		_DCDAM,
		0,
		[_CIl, _CDN],
		[0, 0],
		2
	];
	var DeleteEndpointAccessMessage$ = [
		3,
		n0,
		_DEAM,
		0,
		[_EN],
		[0],
		1
	];
	var DeleteEventSubscriptionMessage$ = [
		3,
		n0,
		_DESM,
		0,
		[_SN],
		[0],
		1
	];
	var DeleteHsmClientCertificateMessage$ = [
		3,
		n0,
		_DHCCM,
		0,
		[_HCCI],
		[0],
		1
	];
	var DeleteHsmConfigurationMessage$ = [
		3,
		n0,
		_DHCM,
		0,
		[_HCI],
		[0],
		1
	];
	var DeleteIntegrationMessage$ = [
		3,
		n0,
		_DIM,
		0,
		[_IA],
		[0],
		1
	];
	var DeleteQev2IdcApplicationMessage$ = [
		3,
		n0,
		_DQIAM,
		0,
		[_QIAA],
		[0],
		1
	];
	var DeleteRedshiftIdcApplicationMessage$ = [
		3,
		n0,
		_DRIAM,
		0,
		[_RIAA],
		[0],
		1
	];
	var DeleteResourcePolicyMessage$ = [
		3,
		n0,
		_DRPM,
		0,
		[_RA],
		[0],
		1
	];
	var DeleteScheduledActionMessage$ = [
		3,
		n0,
		_DSAM,
		0,
		[_SAN],
		[0],
		1
	];
	var DeleteSnapshotCopyGrantMessage$ = [
		3,
		n0,
		_DSCGM,
		0,
		[_SCGN],
		[0],
		1
	];
	var DeleteSnapshotScheduleMessage$ = [
		3,
		n0,
		_DSSM,
		0,
		[_SIc],
		[0],
		1
	];
	var DeleteTagsMessage$ = [
		3,
		n0,
		_DTM,
		0,
		[_RN, _TK],
		[0, [() => TagKeyList, 0]],
		2
	];
	var DeleteUsageLimitMessage$ = [
		3,
		n0,
		_DULM,
		0,
		[_ULI],
		[0],
		1
	];
	var DeregisterNamespaceInputMessage$ = [
		3,
		n0,
		_DNIM,
		0,
		[_NIa, _CIo],
		[() => NamespaceIdentifierUnion$, 64],
		2
	];
	var DeregisterNamespaceOutputMessage$ = [
		3,
		n0,
		_DNOM,
		0,
		[_St],
		[0]
	];
	var DescribeAccountAttributesMessage$ = [
		3,
		n0,
		_DAAM,
		0,
		[_ANt],
		[[() => AttributeNameList, 0]]
	];
	var DescribeAuthenticationProfilesMessage$ = [
		3,
		n0,
		_DAPMe,
		0,
		[_APN],
		[0]
	];
	var DescribeAuthenticationProfilesResult$ = [
		3,
		n0,
		_DAPRe,
		0,
		[_APu],
		[() => AuthenticationProfileList]
	];
	var DescribeClusterDbRevisionsMessage$ = [
		3,
		n0,
		_DCDRM,
		0,
		[
			_CIl,
			_MR,
			_M
		],
		[
			0,
			1,
			0
		]
	];
	var DescribeClusterParameterGroupsMessage$ = [
		3,
		n0,
		_DCPGMe,
		0,
		[
			_PGN,
			_MR,
			_M,
			_TK,
			_TV
		],
		[
			0,
			1,
			0,
			[() => TagKeyList, 0],
			[() => TagValueList, 0]
		]
	];
	var DescribeClusterParametersMessage$ = [
		3,
		n0,
		_DCPM,
		0,
		[
			_PGN,
			_So,
			_MR,
			_M
		],
		[
			0,
			0,
			1,
			0
		],
		1
	];
	var DescribeClusterSecurityGroupsMessage$ = [
		3,
		n0,
		_DCSGMes,
		0,
		[
			_CSGN,
			_MR,
			_M,
			_TK,
			_TV
		],
		[
			0,
			1,
			0,
			[() => TagKeyList, 0],
			[() => TagValueList, 0]
		]
	];
	var DescribeClustersMessage$ = [
		3,
		n0,
		_DCMe,
		0,
		[
			_CIl,
			_MR,
			_M,
			_TK,
			_TV
		],
		[
			0,
			1,
			0,
			[() => TagKeyList, 0],
			[() => TagValueList, 0]
		]
	];
	var DescribeClusterSnapshotsMessage$ = [
		3,
		n0,
		_DCSMe,
		0,
		[
			_CIl,
			_SI,
			_SA,
			_STn,
			_STt,
			_ET,
			_MR,
			_M,
			_OA,
			_TK,
			_TV,
			_CE,
			_SE
		],
		[
			0,
			0,
			0,
			0,
			4,
			4,
			1,
			0,
			0,
			[() => TagKeyList, 0],
			[() => TagValueList, 0],
			2,
			[() => SnapshotSortingEntityList, 0]
		]
	];
	var DescribeClusterSubnetGroupsMessage$ = [
		3,
		n0,
		_DCSGMesc,
		0,
		[
			_CSGNl,
			_MR,
			_M,
			_TK,
			_TV
		],
		[
			0,
			1,
			0,
			[() => TagKeyList, 0],
			[() => TagValueList, 0]
		]
	];
	var DescribeClusterTracksMessage$ = [
		3,
		n0,
		_DCTM,
		0,
		[
			_MTN,
			_MR,
			_M
		],
		[
			0,
			1,
			0
		]
	];
	var DescribeClusterVersionsMessage$ = [
		3,
		n0,
		_DCVM,
		0,
		[
			_CV,
			_CPGF,
			_MR,
			_M
		],
		[
			0,
			0,
			1,
			0
		]
	];
	var DescribeCustomDomainAssociationsMessage$ = [
		3,
		n0,
		_DCDAMe,
		0,
		[
			_CDN,
			_CDCA,
			_MR,
			_M
		],
		[
			0,
			0,
			1,
			0
		]
	];
	var DescribeDataSharesForConsumerMessage$ = [
		3,
		n0,
		_DDSFCM,
		0,
		[
			_CA,
			_St,
			_MR,
			_M
		],
		[
			0,
			0,
			1,
			0
		]
	];
	var DescribeDataSharesForConsumerResult$ = [
		3,
		n0,
		_DDSFCR,
		0,
		[_DSa, _M],
		[() => DataShareList, 0]
	];
	var DescribeDataSharesForProducerMessage$ = [
		3,
		n0,
		_DDSFPM,
		0,
		[
			_PAr,
			_St,
			_MR,
			_M
		],
		[
			0,
			0,
			1,
			0
		]
	];
	var DescribeDataSharesForProducerResult$ = [
		3,
		n0,
		_DDSFPR,
		0,
		[_DSa, _M],
		[() => DataShareList, 0]
	];
	var DescribeDataSharesMessage$ = [
		3,
		n0,
		_DDSMe,
		0,
		[
			_DSA,
			_MR,
			_M
		],
		[
			0,
			1,
			0
		]
	];
	var DescribeDataSharesResult$ = [
		3,
		n0,
		_DDSR,
		0,
		[_DSa, _M],
		[() => DataShareList, 0]
	];
	var DescribeDefaultClusterParametersMessage$ = [
		3,
		n0,
		_DDCPM,
		0,
		[
			_PGF,
			_MR,
			_M
		],
		[
			0,
			1,
			0
		],
		1
	];
	var DescribeDefaultClusterParametersResult$ = [
		3,
		n0,
		_DDCPR,
		0,
		[_DCP],
		[[() => DefaultClusterParameters$, 0]]
	];
	var DescribeEndpointAccessMessage$ = [
		3,
		n0,
		_DEAMe,
		0,
		[
			_CIl,
			_RO,
			_EN,
			_VIp,
			_MR,
			_M
		],
		[
			0,
			0,
			0,
			0,
			1,
			0
		]
	];
	var DescribeEndpointAuthorizationMessage$ = [
		3,
		n0,
		_DEAMes,
		0,
		[
			_CIl,
			_Ac,
			_G,
			_MR,
			_M
		],
		[
			0,
			0,
			2,
			1,
			0
		]
	];
	var DescribeEventCategoriesMessage$ = [
		3,
		n0,
		_DECM,
		0,
		[_ST],
		[0]
	];
	var DescribeEventsMessage$ = [
		3,
		n0,
		_DEM,
		0,
		[
			_SIou,
			_ST,
			_STt,
			_ET,
			_Du,
			_MR,
			_M
		],
		[
			0,
			0,
			4,
			4,
			1,
			1,
			0
		]
	];
	var DescribeEventSubscriptionsMessage$ = [
		3,
		n0,
		_DESMe,
		0,
		[
			_SN,
			_MR,
			_M,
			_TK,
			_TV
		],
		[
			0,
			1,
			0,
			[() => TagKeyList, 0],
			[() => TagValueList, 0]
		]
	];
	var DescribeHsmClientCertificatesMessage$ = [
		3,
		n0,
		_DHCCMe,
		0,
		[
			_HCCI,
			_MR,
			_M,
			_TK,
			_TV
		],
		[
			0,
			1,
			0,
			[() => TagKeyList, 0],
			[() => TagValueList, 0]
		]
	];
	var DescribeHsmConfigurationsMessage$ = [
		3,
		n0,
		_DHCMe,
		0,
		[
			_HCI,
			_MR,
			_M,
			_TK,
			_TV
		],
		[
			0,
			1,
			0,
			[() => TagKeyList, 0],
			[() => TagValueList, 0]
		]
	];
	var DescribeInboundIntegrationsMessage$ = [
		3,
		n0,
		_DIIM,
		0,
		[
			_IA,
			_TA,
			_MR,
			_M
		],
		[
			0,
			0,
			1,
			0
		]
	];
	var DescribeIntegrationsFilter$ = [
		3,
		n0,
		_DIF,
		0,
		[_N, _V],
		[0, [() => DescribeIntegrationsFilterValueList, 0]],
		2
	];
	var DescribeIntegrationsMessage$ = [
		3,
		n0,
		_DIMe,
		0,
		[
			_IA,
			_MR,
			_M,
			_Fi
		],
		[
			0,
			1,
			0,
			[() => DescribeIntegrationsFilterList, 0]
		]
	];
	var DescribeLoggingStatusMessage$ = [
		3,
		n0,
		_DLSM,
		0,
		[_CIl],
		[0],
		1
	];
	var DescribeNodeConfigurationOptionsMessage$ = [
		3,
		n0,
		_DNCOM,
		0,
		[
			_ATc,
			_CIl,
			_SI,
			_SA,
			_OA,
			_Fi,
			_M,
			_MR
		],
		[
			0,
			0,
			0,
			0,
			0,
			[() => NodeConfigurationOptionsFilterList, { [_xN]: _Fil }],
			0,
			1
		],
		1
	];
	var DescribeOrderableClusterOptionsMessage$ = [
		3,
		n0,
		_DOCOM,
		0,
		[
			_CV,
			_NT,
			_MR,
			_M
		],
		[
			0,
			0,
			1,
			0
		]
	];
	var DescribePartnersInputMessage$ = [
		3,
		n0,
		_DPIM,
		0,
		[
			_AI,
			_CIl,
			_DN,
			_PNa
		],
		[
			0,
			0,
			0,
			0
		],
		2
	];
	var DescribePartnersOutputMessage$ = [
		3,
		n0,
		_DPOM,
		0,
		[_PIIL],
		[[() => PartnerIntegrationInfoList, 0]]
	];
	var DescribeQev2IdcApplicationsMessage$ = [
		3,
		n0,
		_DQIAMe,
		0,
		[
			_QIAA,
			_MR,
			_M
		],
		[
			0,
			1,
			0
		]
	];
	var DescribeQev2IdcApplicationsResult$ = [
		3,
		n0,
		_DQIAR,
		0,
		[_QIAe, _M],
		[[() => Qev2IdcApplicationList, 0], 0]
	];
	var DescribeRedshiftIdcApplicationsMessage$ = [
		3,
		n0,
		_DRIAMe,
		0,
		[
			_RIAA,
			_MR,
			_M
		],
		[
			0,
			1,
			0
		]
	];
	var DescribeRedshiftIdcApplicationsResult$ = [
		3,
		n0,
		_DRIAR,
		0,
		[_RIAe, _M],
		[[() => RedshiftIdcApplicationList, 0], 0]
	];
	var DescribeReservedNodeExchangeStatusInputMessage$ = [
		3,
		n0,
		_DRNESIM,
		0,
		[
			_RNI,
			_RNERI,
			_MR,
			_M
		],
		[
			0,
			0,
			1,
			0
		]
	];
	var DescribeReservedNodeExchangeStatusOutputMessage$ = [
		3,
		n0,
		_DRNESOM,
		0,
		[_RNESD, _M],
		[[() => ReservedNodeExchangeStatusList, 0], 0]
	];
	var DescribeReservedNodeOfferingsMessage$ = [
		3,
		n0,
		_DRNOM,
		0,
		[
			_RNOI,
			_MR,
			_M
		],
		[
			0,
			1,
			0
		]
	];
	var DescribeReservedNodesMessage$ = [
		3,
		n0,
		_DRNM,
		0,
		[
			_RNI,
			_MR,
			_M
		],
		[
			0,
			1,
			0
		]
	];
	var DescribeResizeMessage$ = [
		3,
		n0,
		_DRM,
		0,
		[_CIl],
		[0],
		1
	];
	var DescribeScheduledActionsMessage$ = [
		3,
		n0,
		_DSAMe,
		0,
		[
			_SAN,
			_TAT,
			_STt,
			_ET,
			_Act,
			_Fi,
			_M,
			_MR
		],
		[
			0,
			0,
			4,
			4,
			2,
			[() => ScheduledActionFilterList, 0],
			0,
			1
		]
	];
	var DescribeSnapshotCopyGrantsMessage$ = [
		3,
		n0,
		_DSCGMe,
		0,
		[
			_SCGN,
			_MR,
			_M,
			_TK,
			_TV
		],
		[
			0,
			1,
			0,
			[() => TagKeyList, 0],
			[() => TagValueList, 0]
		]
	];
	var DescribeSnapshotSchedulesMessage$ = [
		3,
		n0,
		_DSSMe,
		0,
		[
			_CIl,
			_SIc,
			_TK,
			_TV,
			_M,
			_MR
		],
		[
			0,
			0,
			[() => TagKeyList, 0],
			[() => TagValueList, 0],
			0,
			1
		]
	];
	var DescribeSnapshotSchedulesOutputMessage$ = [
		3,
		n0,
		_DSSOM,
		0,
		[_SSn, _M],
		[[() => SnapshotScheduleList, 0], 0]
	];
	var DescribeTableRestoreStatusMessage$ = [
		3,
		n0,
		_DTRSM,
		0,
		[
			_CIl,
			_TRRI,
			_MR,
			_M
		],
		[
			0,
			0,
			1,
			0
		]
	];
	var DescribeTagsMessage$ = [
		3,
		n0,
		_DTMe,
		0,
		[
			_RN,
			_RTe,
			_MR,
			_M,
			_TK,
			_TV
		],
		[
			0,
			0,
			1,
			0,
			[() => TagKeyList, 0],
			[() => TagValueList, 0]
		]
	];
	var DescribeUsageLimitsMessage$ = [
		3,
		n0,
		_DULMe,
		0,
		[
			_ULI,
			_CIl,
			_FT,
			_MR,
			_M,
			_TK,
			_TV
		],
		[
			0,
			0,
			0,
			1,
			0,
			[() => TagKeyList, 0],
			[() => TagValueList, 0]
		]
	];
	var DisableLoggingMessage$ = [
		3,
		n0,
		_DLM,
		0,
		[
			_CIl,
			_LDT,
			_LE
		],
		[
			0,
			0,
			64
		],
		1
	];
	var DisableSnapshotCopyMessage$ = [
		3,
		n0,
		_DSCM,
		0,
		[_CIl],
		[0],
		1
	];
	var DisableSnapshotCopyResult$ = [
		3,
		n0,
		_DSCR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var DisassociateDataShareConsumerMessage$ = [
		3,
		n0,
		_DDSCM,
		0,
		[
			_DSA,
			_DEA,
			_CA,
			_CR
		],
		[
			0,
			2,
			0,
			0
		],
		1
	];
	var EC2SecurityGroup$ = [
		3,
		n0,
		_ECSGe,
		0,
		[
			_St,
			_ECSGN,
			_ECSGOI,
			_T
		],
		[
			0,
			0,
			0,
			[() => TagList, 0]
		]
	];
	var ElasticIpStatus$ = [
		3,
		n0,
		_EIS,
		0,
		[_EI, _St],
		[0, 0]
	];
	var EnableLoggingMessage$ = [
		3,
		n0,
		_ELM,
		0,
		[
			_CIl,
			_BN,
			_SKP,
			_LDT,
			_LE,
			_STKKI,
			_STG
		],
		[
			0,
			0,
			0,
			0,
			64,
			0,
			0
		],
		1
	];
	var EnableSnapshotCopyMessage$ = [
		3,
		n0,
		_ESCM,
		0,
		[
			_CIl,
			_DR,
			_RP,
			_SCGN,
			_MSRP
		],
		[
			0,
			0,
			1,
			0,
			1
		],
		2
	];
	var EnableSnapshotCopyResult$ = [
		3,
		n0,
		_ESCR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var Endpoint$ = [
		3,
		n0,
		_En,
		0,
		[
			_Ad,
			_Po,
			_VE
		],
		[
			0,
			1,
			[() => VpcEndpointsList, 0]
		]
	];
	var EndpointAccess$ = [
		3,
		n0,
		_EA,
		0,
		[
			_CIl,
			_RO,
			_SGN,
			_ESn,
			_EN,
			_ECT,
			_Po,
			_Ad,
			_VSG,
			_VEp
		],
		[
			0,
			0,
			0,
			0,
			0,
			4,
			1,
			0,
			[() => VpcSecurityGroupMembershipList, 0],
			[() => VpcEndpoint$, 0]
		]
	];
	var EndpointAccessList$ = [
		3,
		n0,
		_EAL,
		0,
		[_EAL, _M],
		[[() => EndpointAccesses, 0], 0]
	];
	var EndpointAuthorization$ = [
		3,
		n0,
		_EAn,
		0,
		[
			_Gr,
			_G,
			_CIl,
			_ATu,
			_CS,
			_St,
			_AAVPC,
			_AVPC,
			_ECn
		],
		[
			0,
			0,
			0,
			4,
			0,
			0,
			2,
			[() => VpcIdentifierList, 0],
			1
		]
	];
	var EndpointAuthorizationList$ = [
		3,
		n0,
		_EALn,
		0,
		[_EALn, _M],
		[[() => EndpointAuthorizations, 0], 0]
	];
	var Event$ = [
		3,
		n0,
		_Ev,
		0,
		[
			_SIou,
			_ST,
			_Me,
			_EC,
			_Se,
			_Da,
			_EIv
		],
		[
			0,
			0,
			0,
			[() => EventCategoriesList, 0],
			0,
			4,
			0
		]
	];
	var EventCategoriesMap$ = [
		3,
		n0,
		_ECM,
		0,
		[_ST, _Eve],
		[0, [() => EventInfoMapList, 0]]
	];
	var EventCategoriesMessage$ = [
		3,
		n0,
		_ECMv,
		0,
		[_ECML],
		[[() => EventCategoriesMapList, 0]]
	];
	var EventInfoMap$ = [
		3,
		n0,
		_EIM,
		0,
		[
			_EIv,
			_EC,
			_ED,
			_Se
		],
		[
			0,
			[() => EventCategoriesList, 0],
			0,
			0
		]
	];
	var EventsMessage$ = [
		3,
		n0,
		_EM,
		0,
		[_M, _Eve],
		[0, [() => EventList, 0]]
	];
	var EventSubscription$ = [
		3,
		n0,
		_ES,
		0,
		[
			_CAI,
			_CSI,
			_STA,
			_St,
			_SCT,
			_ST,
			_SILo,
			_ECL,
			_Se,
			_Ena,
			_T
		],
		[
			0,
			0,
			0,
			0,
			4,
			0,
			[() => SourceIdsList, 0],
			[() => EventCategoriesList, 0],
			0,
			2,
			[() => TagList, 0]
		]
	];
	var EventSubscriptionsMessage$ = [
		3,
		n0,
		_ESM,
		0,
		[_M, _ESL],
		[0, [() => EventSubscriptionsList, 0]]
	];
	var FailoverPrimaryComputeInputMessage$ = [
		3,
		n0,
		_FPCIM,
		0,
		[_CIl],
		[0],
		1
	];
	var FailoverPrimaryComputeResult$ = [
		3,
		n0,
		_FPCR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var GetClusterCredentialsMessage$ = [
		3,
		n0,
		_GCCM,
		0,
		[
			_DU,
			_DNb,
			_CIl,
			_DSu,
			_ACu,
			_DG,
			_CDN
		],
		[
			0,
			0,
			0,
			1,
			2,
			[() => DbGroupList, 0],
			0
		],
		1
	];
	var GetClusterCredentialsWithIAMMessage$ = [
		3,
		n0,
		_GCCWIAMM,
		0,
		[
			_DNb,
			_CIl,
			_DSu,
			_CDN
		],
		[
			0,
			0,
			1,
			0
		]
	];
	var GetIdentityCenterAuthTokenRequest$ = [
		3,
		n0,
		_GICATR,
		0,
		[_CIlu],
		[[() => ClusterIdentifierList, 0]],
		1
	];
	var GetIdentityCenterAuthTokenResponse$ = [
		3,
		n0,
		_GICATRe,
		0,
		[_To, _ETx],
		[[() => SensitiveString, 0], 4]
	];
	var GetReservedNodeExchangeConfigurationOptionsInputMessage$ = [
		3,
		n0,
		_GRNECOIM,
		0,
		[
			_ATc,
			_CIl,
			_SI,
			_MR,
			_M
		],
		[
			0,
			0,
			0,
			1,
			0
		],
		1
	];
	var GetReservedNodeExchangeConfigurationOptionsOutputMessage$ = [
		3,
		n0,
		_GRNECOOM,
		0,
		[_M, _RNCOL],
		[0, [() => ReservedNodeConfigurationOptionList, 0]]
	];
	var GetReservedNodeExchangeOfferingsInputMessage$ = [
		3,
		n0,
		_GRNEOIM,
		0,
		[
			_RNI,
			_MR,
			_M
		],
		[
			0,
			1,
			0
		],
		1
	];
	var GetReservedNodeExchangeOfferingsOutputMessage$ = [
		3,
		n0,
		_GRNEOOM,
		0,
		[_M, _RNO],
		[0, [() => ReservedNodeOfferingList, 0]]
	];
	var GetResourcePolicyMessage$ = [
		3,
		n0,
		_GRPM,
		0,
		[_RA],
		[0],
		1
	];
	var GetResourcePolicyResult$ = [
		3,
		n0,
		_GRPR,
		0,
		[_RPe],
		[() => ResourcePolicy$]
	];
	var HsmClientCertificate$ = [
		3,
		n0,
		_HCC,
		0,
		[
			_HCCI,
			_HCCPK,
			_T
		],
		[
			0,
			0,
			[() => TagList, 0]
		]
	];
	var HsmClientCertificateMessage$ = [
		3,
		n0,
		_HCCM,
		0,
		[_M, _HCCs],
		[0, [() => HsmClientCertificateList, 0]]
	];
	var HsmConfiguration$ = [
		3,
		n0,
		_HC,
		0,
		[
			_HCI,
			_D,
			_HIA,
			_HPN,
			_T
		],
		[
			0,
			0,
			0,
			0,
			[() => TagList, 0]
		]
	];
	var HsmConfigurationMessage$ = [
		3,
		n0,
		_HCM,
		0,
		[_M, _HCs],
		[0, [() => HsmConfigurationList, 0]]
	];
	var HsmStatus$ = [
		3,
		n0,
		_HS,
		0,
		[
			_HCCI,
			_HCI,
			_St
		],
		[
			0,
			0,
			0
		]
	];
	var InboundIntegration$ = [
		3,
		n0,
		_II,
		0,
		[
			_IA,
			_SAo,
			_TA,
			_St,
			_E,
			_CTr
		],
		[
			0,
			0,
			0,
			0,
			[() => IntegrationErrorList, 0],
			4
		]
	];
	var InboundIntegrationsMessage$ = [
		3,
		n0,
		_IIM,
		0,
		[_M, _IIn],
		[0, [() => InboundIntegrationList, 0]]
	];
	var Integration$ = [
		3,
		n0,
		_In,
		0,
		[
			_IA,
			_IN,
			_SAo,
			_TA,
			_St,
			_E,
			_CTr,
			_D,
			_KMSKI,
			_AEC,
			_T
		],
		[
			0,
			0,
			0,
			0,
			0,
			[() => IntegrationErrorList, 0],
			4,
			0,
			0,
			128,
			[() => TagList, 0]
		]
	];
	var IntegrationError$ = [
		3,
		n0,
		_IE,
		0,
		[_ECr, _EMr],
		[0, 0],
		1
	];
	var IntegrationsMessage$ = [
		3,
		n0,
		_IM,
		0,
		[_M, _Int],
		[0, [() => IntegrationList, 0]]
	];
	var IPRange$ = [
		3,
		n0,
		_IPRa,
		0,
		[
			_St,
			_CIDRIP,
			_T
		],
		[
			0,
			0,
			[() => TagList, 0]
		]
	];
	var LakeFormationQuery$ = [
		3,
		n0,
		_LFQ,
		0,
		[_Au],
		[0],
		1
	];
	var LakehouseConfiguration$ = [
		3,
		n0,
		_LC,
		0,
		[
			_CIl,
			_LIAA,
			_LRS,
			_CAa
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var ListRecommendationsMessage$ = [
		3,
		n0,
		_LRM,
		0,
		[
			_CIl,
			_NA,
			_MR,
			_M
		],
		[
			0,
			0,
			1,
			0
		]
	];
	var ListRecommendationsResult$ = [
		3,
		n0,
		_LRR,
		0,
		[_Re, _M],
		[[() => RecommendationList, 0], 0]
	];
	var LoggingPublishStatus$ = [
		3,
		n0,
		_LPS,
		0,
		[_STa],
		[() => S3TablePublishStatus$]
	];
	var LoggingStatus$ = [
		3,
		n0,
		_LS,
		0,
		[
			_LEo,
			_BN,
			_SKP,
			_LSDT,
			_LFT,
			_LFM,
			_LDT,
			_LE,
			_STa
		],
		[
			2,
			0,
			0,
			4,
			4,
			0,
			0,
			64,
			() => S3TablePublishStatus$
		]
	];
	var MaintenanceTrack$ = [
		3,
		n0,
		_MT,
		0,
		[
			_MTN,
			_DV,
			_UT
		],
		[
			0,
			0,
			[() => EligibleTracksToUpdateList, 0]
		]
	];
	var ModifyAquaInputMessage$ = [
		3,
		n0,
		_MAIM,
		0,
		[_CIl, _ACS],
		[0, 0],
		1
	];
	var ModifyAquaOutputMessage$ = [
		3,
		n0,
		_MAOM,
		0,
		[_AC],
		[() => AquaConfiguration$]
	];
	var ModifyAuthenticationProfileMessage$ = [
		3,
		n0,
		_MAPM,
		0,
		[_APN, _APC],
		[0, 0],
		2
	];
	var ModifyAuthenticationProfileResult$ = [
		3,
		n0,
		_MAPR,
		0,
		[_APN, _APC],
		[0, 0]
	];
	var ModifyClusterDbRevisionMessage$ = [
		3,
		n0,
		_MCDRM,
		0,
		[_CIl, _RTev],
		[0, 0],
		2
	];
	var ModifyClusterDbRevisionResult$ = [
		3,
		n0,
		_MCDRR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var ModifyClusterIamRolesMessage$ = [
		3,
		n0,
		_MCIRM,
		0,
		[
			_CIl,
			_AIR,
			_RIR,
			_DIRA
		],
		[
			0,
			[() => IamRoleArnList, 0],
			[() => IamRoleArnList, 0],
			0
		],
		1
	];
	var ModifyClusterIamRolesResult$ = [
		3,
		n0,
		_MCIRR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var ModifyClusterMaintenanceMessage$ = [
		3,
		n0,
		_MCMM,
		0,
		[
			_CIl,
			_DM,
			_DMI,
			_DMST,
			_DMET,
			_DMD
		],
		[
			0,
			2,
			0,
			4,
			4,
			1
		],
		1
	];
	var ModifyClusterMaintenanceResult$ = [
		3,
		n0,
		_MCMR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var ModifyClusterMessage$ = [
		3,
		n0,
		_MCM,
		0,
		[
			_CIl,
			_CT,
			_NT,
			_NON,
			_CSGl,
			_VSGI,
			_MUP,
			_CPGN,
			_ASRP,
			_MSRP,
			_PMW,
			_CV,
			_AVU,
			_HCCI,
			_HCI,
			_NCI,
			_PA,
			_EI,
			_EVR,
			_MTN,
			_Enc,
			_KKI,
			_AZR,
			_AZ,
			_Po,
			_MMP,
			_MPSKKI,
			_IAT,
			_MAZ,
			_ECFAO
		],
		[
			0,
			0,
			0,
			1,
			[() => ClusterSecurityGroupNameList, 0],
			[() => VpcSecurityGroupIdList, 0],
			[() => SensitiveString, 0],
			0,
			1,
			1,
			0,
			0,
			2,
			0,
			0,
			0,
			2,
			0,
			2,
			0,
			2,
			0,
			2,
			0,
			1,
			2,
			0,
			0,
			2,
			2
		],
		1
	];
	var ModifyClusterParameterGroupMessage$ = [
		3,
		n0,
		_MCPGM,
		0,
		[_PGN, _P],
		[0, [() => ParametersList, 0]],
		2
	];
	var ModifyClusterResult$ = [
		3,
		n0,
		_MCR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var ModifyClusterSnapshotMessage$ = [
		3,
		n0,
		_MCSM,
		0,
		[
			_SI,
			_MSRP,
			_F
		],
		[
			0,
			1,
			2
		],
		1
	];
	var ModifyClusterSnapshotResult$ = [
		3,
		n0,
		_MCSR,
		0,
		[_S],
		[[() => Snapshot$, 0]]
	];
	var ModifyClusterSnapshotScheduleMessage$ = [
		3,
		n0,
		_MCSSM,
		0,
		[
			_CIl,
			_SIc,
			_DSi
		],
		[
			0,
			0,
			2
		],
		1
	];
	var ModifyClusterSubnetGroupMessage$ = [
		3,
		n0,
		_MCSGM,
		0,
		[
			_CSGNl,
			_SIu,
			_D
		],
		[
			0,
			[() => SubnetIdentifierList, 0],
			0
		],
		2
	];
	var ModifyClusterSubnetGroupResult$ = [
		3,
		n0,
		_MCSGR,
		0,
		[_CSGlu],
		[[() => ClusterSubnetGroup$, 0]]
	];
	var ModifyCustomDomainAssociationMessage$ = [
		3,
		n0,
		_MCDAM,
		0,
		[
			_CDN,
			_CDCA,
			_CIl
		],
		[
			0,
			0,
			0
		],
		3
	];
	var ModifyCustomDomainAssociationResult$ = [
		3,
		n0,
		_MCDAR,
		0,
		[
			_CDN,
			_CDCA,
			_CIl,
			_CDCET
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var ModifyEndpointAccessMessage$ = [
		3,
		n0,
		_MEAM,
		0,
		[_EN, _VSGI],
		[0, [() => VpcSecurityGroupIdList, 0]],
		1
	];
	var ModifyEventSubscriptionMessage$ = [
		3,
		n0,
		_MESM,
		0,
		[
			_SN,
			_STA,
			_ST,
			_SIo,
			_EC,
			_Se,
			_Ena
		],
		[
			0,
			0,
			0,
			[() => SourceIdsList, 0],
			[() => EventCategoriesList, 0],
			0,
			2
		],
		1
	];
	var ModifyEventSubscriptionResult$ = [
		3,
		n0,
		_MESR,
		0,
		[_ES],
		[[() => EventSubscription$, 0]]
	];
	var ModifyIntegrationMessage$ = [
		3,
		n0,
		_MIM,
		0,
		[
			_IA,
			_D,
			_IN
		],
		[
			0,
			0,
			0
		],
		1
	];
	var ModifyLakehouseConfigurationMessage$ = [
		3,
		n0,
		_MLCM,
		0,
		[
			_CIl,
			_LR,
			_CNa,
			_LIR,
			_LIAA,
			_DRr
		],
		[
			0,
			0,
			0,
			0,
			0,
			2
		],
		1
	];
	var ModifyQev2IdcApplicationMessage$ = [
		3,
		n0,
		_MQIAM,
		0,
		[_QIAA, _IDN],
		[0, 0],
		1
	];
	var ModifyQev2IdcApplicationResult$ = [
		3,
		n0,
		_MQIAR,
		0,
		[_QIA],
		[[() => Qev2IdcApplication$, 0]]
	];
	var ModifyRedshiftIdcApplicationMessage$ = [
		3,
		n0,
		_MRIAM,
		0,
		[
			_RIAA,
			_INd,
			_IRA,
			_IDN,
			_ATIL,
			_SIe
		],
		[
			0,
			0,
			0,
			0,
			() => AuthorizedTokenIssuerList,
			() => ServiceIntegrationList
		],
		1
	];
	var ModifyRedshiftIdcApplicationResult$ = [
		3,
		n0,
		_MRIAR,
		0,
		[_RIA],
		[[() => RedshiftIdcApplication$, 0]]
	];
	var ModifyScheduledActionMessage$ = [
		3,
		n0,
		_MSAM,
		0,
		[
			_SAN,
			_TAa,
			_Sc,
			_IRa,
			_SAD,
			_STt,
			_ET,
			_Enab
		],
		[
			0,
			() => ScheduledActionType$,
			0,
			0,
			0,
			4,
			4,
			2
		],
		1
	];
	var ModifySnapshotCopyRetentionPeriodMessage$ = [
		3,
		n0,
		_MSCRPM,
		0,
		[
			_CIl,
			_RP,
			_Ma
		],
		[
			0,
			1,
			2
		],
		2
	];
	var ModifySnapshotCopyRetentionPeriodResult$ = [
		3,
		n0,
		_MSCRPR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var ModifySnapshotScheduleMessage$ = [
		3,
		n0,
		_MSSM,
		0,
		[_SIc, _SD],
		[0, [() => ScheduleDefinitionList, 0]],
		2
	];
	var ModifyUsageLimitMessage$ = [
		3,
		n0,
		_MULM,
		0,
		[
			_ULI,
			_Am,
			_BA
		],
		[
			0,
			1,
			0
		],
		1
	];
	var NetworkInterface$ = [
		3,
		n0,
		_NIe,
		0,
		[
			_NII,
			_SIub,
			_PIA,
			_AZ,
			_IAp
		],
		[
			0,
			0,
			0,
			0,
			0
		]
	];
	var NodeConfigurationOption$ = [
		3,
		n0,
		_NCO,
		0,
		[
			_NT,
			_NON,
			_EDUP,
			_Mo
		],
		[
			0,
			1,
			1,
			0
		]
	];
	var NodeConfigurationOptionsFilter$ = [
		3,
		n0,
		_NCOF,
		0,
		[
			_N,
			_O,
			_V
		],
		[
			0,
			0,
			[() => ValueStringList, { [_xN]: _Va }]
		]
	];
	var NodeConfigurationOptionsMessage$ = [
		3,
		n0,
		_NCOM,
		0,
		[_NCOL, _M],
		[[() => NodeConfigurationOptionList, 0], 0]
	];
	var OrderableClusterOption$ = [
		3,
		n0,
		_OCO,
		0,
		[
			_CV,
			_CT,
			_NT,
			_AZv
		],
		[
			0,
			0,
			0,
			[() => AvailabilityZoneList, 0]
		]
	];
	var OrderableClusterOptionsMessage$ = [
		3,
		n0,
		_OCOM,
		0,
		[_OCOr, _M],
		[[() => OrderableClusterOptionsList, 0], 0]
	];
	var Parameter$ = [
		3,
		n0,
		_Pa,
		0,
		[
			_PN,
			_PV,
			_D,
			_So,
			_DT,
			_AVl,
			_ATp,
			_IMs,
			_MEV
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			2,
			0
		]
	];
	var PartnerIntegrationInfo$ = [
		3,
		n0,
		_PII,
		0,
		[
			_DN,
			_PNa,
			_St,
			_SM,
			_CAr,
			_UA
		],
		[
			0,
			0,
			0,
			0,
			4,
			4
		]
	];
	var PartnerIntegrationInputMessage$ = [
		3,
		n0,
		_PIIM,
		0,
		[
			_AI,
			_CIl,
			_DN,
			_PNa
		],
		[
			0,
			0,
			0,
			0
		],
		4
	];
	var PartnerIntegrationOutputMessage$ = [
		3,
		n0,
		_PIOM,
		0,
		[_DN, _PNa],
		[0, 0]
	];
	var PauseClusterMessage$ = [
		3,
		n0,
		_PCM,
		0,
		[_CIl],
		[0],
		1
	];
	var PauseClusterResult$ = [
		3,
		n0,
		_PCR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var PendingModifiedValues$ = [
		3,
		n0,
		_PMV,
		0,
		[
			_MUP,
			_NT,
			_NON,
			_CT,
			_CV,
			_ASRP,
			_CIl,
			_PA,
			_EVR,
			_MTN,
			_ETn
		],
		[
			[() => SensitiveString, 0],
			0,
			1,
			0,
			0,
			1,
			0,
			2,
			2,
			0,
			0
		]
	];
	var ProvisionedIdentifier$ = [
		3,
		n0,
		_PI,
		0,
		[_CIl],
		[0],
		1
	];
	var PurchaseReservedNodeOfferingMessage$ = [
		3,
		n0,
		_PRNOM,
		0,
		[_RNOI, _NC],
		[0, 1],
		1
	];
	var PurchaseReservedNodeOfferingResult$ = [
		3,
		n0,
		_PRNOR,
		0,
		[_RNe],
		[[() => ReservedNode$, 0]]
	];
	var PutResourcePolicyMessage$ = [
		3,
		n0,
		_PRPM,
		0,
		[_RA, _Pol],
		[0, 0],
		2
	];
	var PutResourcePolicyResult$ = [
		3,
		n0,
		_PRPR,
		0,
		[_RPe],
		[() => ResourcePolicy$]
	];
	var Qev2IdcApplication$ = [
		3,
		n0,
		_QIA,
		0,
		[
			_IIA,
			_QIAN,
			_QIAA,
			_IMAA,
			_IOS,
			_IDN,
			_T
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			[() => TagList, 0]
		]
	];
	var ReadWriteAccess$ = [
		3,
		n0,
		_RWA,
		0,
		[_Au],
		[0],
		1
	];
	var RebootClusterMessage$ = [
		3,
		n0,
		_RCM,
		0,
		[_CIl],
		[0],
		1
	];
	var RebootClusterResult$ = [
		3,
		n0,
		_RCR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var Recommendation$ = [
		3,
		n0,
		_Rec,
		0,
		[
			_Id,
			_CIl,
			_NA,
			_CAr,
			_RTec,
			_Ti,
			_D,
			_Ob,
			_IRm,
			_RTeco,
			_RAe,
			_RL
		],
		[
			0,
			0,
			0,
			4,
			0,
			0,
			0,
			0,
			0,
			0,
			[() => RecommendedActionList, 0],
			[() => ReferenceLinkList, 0]
		]
	];
	var RecommendedAction$ = [
		3,
		n0,
		_RAec,
		0,
		[
			_Te,
			_Dat,
			_Com,
			_Ty
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var RecurringCharge$ = [
		3,
		n0,
		_RC,
		0,
		[_RCA, _RCF],
		[1, 0]
	];
	var RedshiftIdcApplication$ = [
		3,
		n0,
		_RIA,
		0,
		[
			_IIA,
			_RIAN,
			_RIAA,
			_INd,
			_IDN,
			_IRA,
			_IMAA,
			_IOS,
			_ATIL,
			_SIe,
			_AT,
			_T,
			_STK
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			() => AuthorizedTokenIssuerList,
			() => ServiceIntegrationList,
			0,
			[() => TagList, 0],
			[() => TagKeyList, 0]
		]
	];
	var ReferenceLink$ = [
		3,
		n0,
		_RLe,
		0,
		[_Te, _L],
		[0, 0]
	];
	var RegisterNamespaceInputMessage$ = [
		3,
		n0,
		_RNIM,
		0,
		[_NIa, _CIo],
		[() => NamespaceIdentifierUnion$, 64],
		2
	];
	var RegisterNamespaceOutputMessage$ = [
		3,
		n0,
		_RNOM,
		0,
		[_St],
		[0]
	];
	var RejectDataShareMessage$ = [
		3,
		n0,
		_RDSM,
		0,
		[_DSA],
		[0],
		1
	];
	var ReservedNode$ = [
		3,
		n0,
		_RNe,
		0,
		[
			_RNI,
			_RNOI,
			_NT,
			_STt,
			_Du,
			_FP,
			_UP,
			_CCu,
			_NC,
			_Sta,
			_OT,
			_RCe,
			_RNOT
		],
		[
			0,
			0,
			0,
			4,
			1,
			1,
			1,
			0,
			1,
			0,
			0,
			[() => RecurringChargeList, 0],
			0
		]
	];
	var ReservedNodeConfigurationOption$ = [
		3,
		n0,
		_RNCO,
		0,
		[
			_SRN,
			_TRNC,
			_TRNO
		],
		[
			[() => ReservedNode$, 0],
			1,
			[() => ReservedNodeOffering$, 0]
		]
	];
	var ReservedNodeExchangeStatus$ = [
		3,
		n0,
		_RNES,
		0,
		[
			_RNERI,
			_St,
			_RTeq,
			_SRNI,
			_SRNT,
			_SRNC,
			_TRNOI,
			_TRNT,
			_TRNC
		],
		[
			0,
			0,
			4,
			0,
			0,
			1,
			0,
			0,
			1
		]
	];
	var ReservedNodeOffering$ = [
		3,
		n0,
		_RNOe,
		0,
		[
			_RNOI,
			_NT,
			_Du,
			_FP,
			_UP,
			_CCu,
			_OT,
			_RCe,
			_RNOT
		],
		[
			0,
			0,
			1,
			1,
			1,
			0,
			0,
			[() => RecurringChargeList, 0],
			0
		]
	];
	var ReservedNodeOfferingsMessage$ = [
		3,
		n0,
		_RNOMe,
		0,
		[_M, _RNO],
		[0, [() => ReservedNodeOfferingList, 0]]
	];
	var ReservedNodesMessage$ = [
		3,
		n0,
		_RNM,
		0,
		[_M, _RNes],
		[0, [() => ReservedNodeList, 0]]
	];
	var ResetClusterParameterGroupMessage$ = [
		3,
		n0,
		_RCPGM,
		0,
		[
			_PGN,
			_RAP,
			_P
		],
		[
			0,
			2,
			[() => ParametersList, 0]
		],
		1
	];
	var ResizeClusterMessage$ = [
		3,
		n0,
		_RCMe,
		0,
		[
			_CIl,
			_CT,
			_NT,
			_NON,
			_Cla,
			_RNI,
			_TRNOI
		],
		[
			0,
			0,
			0,
			1,
			2,
			0,
			0
		],
		1
	];
	var ResizeClusterResult$ = [
		3,
		n0,
		_RCRe,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var ResizeInfo$ = [
		3,
		n0,
		_RI,
		0,
		[_RTes, _ACR],
		[0, 2]
	];
	var ResizeProgressMessage$ = [
		3,
		n0,
		_RPM,
		0,
		[
			_TNT,
			_TNON,
			_TCT,
			_St,
			_ITC,
			_ITIP,
			_ITNS,
			_ARRIMBPS,
			_TRDIMB,
			_PIMB,
			_ETIS,
			_ETTCIS,
			_RTes,
			_Me,
			_TET,
			_DTPP
		],
		[
			0,
			1,
			0,
			0,
			64,
			64,
			64,
			1,
			1,
			1,
			1,
			1,
			0,
			0,
			0,
			1
		]
	];
	var ResourcePolicy$ = [
		3,
		n0,
		_RPe,
		0,
		[_RA, _Pol],
		[0, 0]
	];
	var RestoreFromClusterSnapshotMessage$ = [
		3,
		n0,
		_RFCSM,
		0,
		[
			_CIl,
			_SI,
			_SA,
			_SCI,
			_Po,
			_AZ,
			_AVU,
			_CSGNl,
			_PA,
			_OA,
			_HCCI,
			_HCI,
			_EI,
			_CPGN,
			_CSGl,
			_VSGI,
			_PMW,
			_ASRP,
			_MSRP,
			_KKI,
			_NT,
			_EVR,
			_AId,
			_IR,
			_MTN,
			_SSI,
			_NON,
			_AZR,
			_ACS,
			_DIRA,
			_RNI,
			_TRNOI,
			_Enc,
			_MMP,
			_MPSKKI,
			_IAT,
			_MAZ,
			_CNa,
			_RIAA
		],
		[
			0,
			0,
			0,
			0,
			1,
			0,
			2,
			0,
			2,
			0,
			0,
			0,
			0,
			0,
			[() => ClusterSecurityGroupNameList, 0],
			[() => VpcSecurityGroupIdList, 0],
			0,
			1,
			1,
			0,
			0,
			2,
			0,
			[() => IamRoleArnList, 0],
			0,
			0,
			1,
			2,
			0,
			0,
			0,
			0,
			2,
			2,
			0,
			0,
			2,
			0,
			0
		],
		1
	];
	var RestoreFromClusterSnapshotResult$ = [
		3,
		n0,
		_RFCSR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var RestoreStatus$ = [
		3,
		n0,
		_RS,
		0,
		[
			_St,
			_CRRIMBPS,
			_SSIMB,
			_PIMB,
			_ETIS,
			_ETTCIS
		],
		[
			0,
			1,
			1,
			1,
			1,
			1
		]
	];
	var RestoreTableFromClusterSnapshotMessage$ = [
		3,
		n0,
		_RTFCSM,
		0,
		[
			_CIl,
			_SI,
			_SDN,
			_STN,
			_NTN,
			_SSN,
			_TDN,
			_TSN,
			_ECSI
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			2
		],
		5
	];
	var RestoreTableFromClusterSnapshotResult$ = [
		3,
		n0,
		_RTFCSR,
		0,
		[_TRS],
		[() => TableRestoreStatus$]
	];
	var ResumeClusterMessage$ = [
		3,
		n0,
		_RCMes,
		0,
		[_CIl],
		[0],
		1
	];
	var ResumeClusterResult$ = [
		3,
		n0,
		_RCRes,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var RevisionTarget$ = [
		3,
		n0,
		_RTev,
		0,
		[
			_DRa,
			_D,
			_DRRD
		],
		[
			0,
			0,
			4
		]
	];
	var RevokeClusterSecurityGroupIngressMessage$ = [
		3,
		n0,
		_RCSGIM,
		0,
		[
			_CSGN,
			_CIDRIP,
			_ECSGN,
			_ECSGOI
		],
		[
			0,
			0,
			0,
			0
		],
		1
	];
	var RevokeClusterSecurityGroupIngressResult$ = [
		3,
		n0,
		_RCSGIR,
		0,
		[_CSG],
		[[() => ClusterSecurityGroup$, 0]]
	];
	var RevokeEndpointAccessMessage$ = [
		3,
		n0,
		_REAM,
		0,
		[
			_CIl,
			_Ac,
			_VI,
			_F
		],
		[
			0,
			0,
			[() => VpcIdentifierList, 0],
			2
		]
	];
	var RevokeSnapshotAccessMessage$ = [
		3,
		n0,
		_RSAM,
		0,
		[
			_AWRA,
			_SI,
			_SA,
			_SCI
		],
		[
			0,
			0,
			0,
			0
		],
		1
	];
	var RevokeSnapshotAccessResult$ = [
		3,
		n0,
		_RSAR,
		0,
		[_S],
		[[() => Snapshot$, 0]]
	];
	var RotateEncryptionKeyMessage$ = [
		3,
		n0,
		_REKM,
		0,
		[_CIl],
		[0],
		1
	];
	var RotateEncryptionKeyResult$ = [
		3,
		n0,
		_REKR,
		0,
		[_C],
		[[() => Cluster$, 0]]
	];
	var S3TablePublishStatus$ = [
		3,
		n0,
		_STPS,
		0,
		[
			_STa,
			_STNa,
			_STG,
			_EAna,
			_LIT
		],
		[
			64,
			0,
			0,
			2,
			128
		]
	];
	var ScheduledAction$ = [
		3,
		n0,
		_SAc,
		0,
		[
			_SAN,
			_TAa,
			_Sc,
			_IRa,
			_SAD,
			_Sta,
			_NI,
			_STt,
			_ET
		],
		[
			0,
			() => ScheduledActionType$,
			0,
			0,
			0,
			0,
			[() => ScheduledActionTimeList, 0],
			4,
			4
		]
	];
	var ScheduledActionFilter$ = [
		3,
		n0,
		_SAF,
		0,
		[_N, _V],
		[0, [() => ValueStringList, 0]],
		2
	];
	var ScheduledActionsMessage$ = [
		3,
		n0,
		_SAM,
		0,
		[_M, _SAch],
		[0, [() => ScheduledActionList, 0]]
	];
	var ScheduledActionType$ = [
		3,
		n0,
		_SAT,
		0,
		[
			_RCes,
			_PC,
			_RCesu
		],
		[
			() => ResizeClusterMessage$,
			() => PauseClusterMessage$,
			() => ResumeClusterMessage$
		]
	];
	var SecondaryClusterInfo$ = [
		3,
		n0,
		_SCIe,
		0,
		[_AZ, _CN],
		[0, () => ClusterNodesList]
	];
	var ServerlessIdentifier$ = [
		3,
		n0,
		_SIer,
		0,
		[_NIa, _WI],
		[0, 0],
		2
	];
	var Snapshot$ = [
		3,
		n0,
		_S,
		0,
		[
			_SI,
			_CIl,
			_SCTn,
			_St,
			_Po,
			_AZ,
			_CCT,
			_MU,
			_CV,
			_EFV,
			_STn,
			_NT,
			_NON,
			_DBN,
			_VIp,
			_Enc,
			_KKI,
			_EWHSM,
			_AWRAc,
			_OA,
			_TBSIMB,
			_AIBSIMB,
			_BPIMB,
			_CBRIMBPS,
			_ESTC,
			_ETIS,
			_SR,
			_T,
			_RNT,
			_EVR,
			_MTN,
			_MSRP,
			_MSRD,
			_SRST,
			_MPSA,
			_MPSKKI,
			_SA
		],
		[
			0,
			0,
			4,
			0,
			1,
			0,
			4,
			0,
			0,
			0,
			0,
			0,
			1,
			0,
			0,
			2,
			0,
			2,
			[() => AccountsWithRestoreAccessList, 0],
			0,
			1,
			1,
			1,
			1,
			1,
			1,
			0,
			[() => TagList, 0],
			[() => RestorableNodeTypeList, 0],
			2,
			0,
			1,
			1,
			4,
			0,
			0,
			0
		]
	];
	var SnapshotCopyGrant$ = [
		3,
		n0,
		_SCG,
		0,
		[
			_SCGN,
			_KKI,
			_T
		],
		[
			0,
			0,
			[() => TagList, 0]
		]
	];
	var SnapshotCopyGrantMessage$ = [
		3,
		n0,
		_SCGM,
		0,
		[_M, _SCGn],
		[0, [() => SnapshotCopyGrantList, 0]]
	];
	var SnapshotErrorMessage$ = [
		3,
		n0,
		_SEM,
		0,
		[
			_SI,
			_SCI,
			_FC,
			_FR
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var SnapshotMessage$ = [
		3,
		n0,
		_SMn,
		0,
		[_M, _Sn],
		[0, [() => SnapshotList, 0]]
	];
	var SnapshotSchedule$ = [
		3,
		n0,
		_SSna,
		0,
		[
			_SD,
			_SIc,
			_SDc,
			_T,
			_NI,
			_ACC,
			_ACs
		],
		[
			[() => ScheduleDefinitionList, 0],
			0,
			0,
			[() => TagList, 0],
			[() => ScheduledSnapshotTimeList, 0],
			1,
			[() => AssociatedClusterList, 0]
		]
	];
	var SnapshotSortingEntity$ = [
		3,
		n0,
		_SSE,
		0,
		[_At, _SO],
		[0, 0],
		1
	];
	var Subnet$ = [
		3,
		n0,
		_Sub,
		0,
		[
			_SIubn,
			_SAZ,
			_SSu
		],
		[
			0,
			[() => AvailabilityZone$, 0],
			0
		]
	];
	var SupportedOperation$ = [
		3,
		n0,
		_SOu,
		0,
		[_ON],
		[0]
	];
	var SupportedPlatform$ = [
		3,
		n0,
		_SPu,
		0,
		[_N],
		[0]
	];
	var TableRestoreStatus$ = [
		3,
		n0,
		_TRS,
		0,
		[
			_TRRI,
			_St,
			_Me,
			_RTeq,
			_PIMB,
			_TDIMB,
			_CIl,
			_SI,
			_SDN,
			_SSN,
			_STN,
			_TDN,
			_TSN,
			_NTN
		],
		[
			0,
			0,
			0,
			4,
			1,
			1,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0
		]
	];
	var TableRestoreStatusMessage$ = [
		3,
		n0,
		_TRSM,
		0,
		[_TRSD, _M],
		[[() => TableRestoreStatusList, 0], 0]
	];
	var Tag$ = [
		3,
		n0,
		_Ta,
		0,
		[_K, _Va],
		[0, 0]
	];
	var TaggedResource$ = [
		3,
		n0,
		_TR,
		0,
		[
			_Ta,
			_RN,
			_RTe
		],
		[
			() => Tag$,
			0,
			0
		]
	];
	var TaggedResourceListMessage$ = [
		3,
		n0,
		_TRLM,
		0,
		[_TRa, _M],
		[[() => TaggedResourceList, 0], 0]
	];
	var TrackListMessage$ = [
		3,
		n0,
		_TLM,
		0,
		[_MTa, _M],
		[[() => TrackList, 0], 0]
	];
	var UpdatePartnerStatusInputMessage$ = [
		3,
		n0,
		_UPSIM,
		0,
		[
			_AI,
			_CIl,
			_DN,
			_PNa,
			_St,
			_SM
		],
		[
			0,
			0,
			0,
			0,
			0,
			0
		],
		5
	];
	var UpdateTarget$ = [
		3,
		n0,
		_UTp,
		0,
		[
			_MTN,
			_DV,
			_SOup
		],
		[
			0,
			0,
			[() => SupportedOperationList, 0]
		]
	];
	var UsageLimit$ = [
		3,
		n0,
		_UL,
		0,
		[
			_ULI,
			_CIl,
			_FT,
			_LT,
			_Am,
			_Pe,
			_BA,
			_T
		],
		[
			0,
			0,
			0,
			0,
			1,
			0,
			0,
			[() => TagList, 0]
		]
	];
	var UsageLimitList$ = [
		3,
		n0,
		_ULL,
		0,
		[_ULs, _M],
		[[() => UsageLimits, 0], 0]
	];
	var VpcEndpoint$ = [
		3,
		n0,
		_VEp,
		0,
		[
			_VEI,
			_VIp,
			_NIet
		],
		[
			0,
			0,
			[() => NetworkInterfaceList, 0]
		]
	];
	var VpcSecurityGroupMembership$ = [
		3,
		n0,
		_VSGM,
		0,
		[_VSGIp, _St],
		[0, 0]
	];
	var __Unit = "unit";
	var AccountsWithRestoreAccessList = [
		1,
		n0,
		_AWRAL,
		0,
		[() => AccountWithRestoreAccess$, { [_xN]: _AWRA }]
	];
	var AssociatedClusterList = [
		1,
		n0,
		_ACL,
		0,
		[() => ClusterAssociatedToSchedule$, { [_xN]: _CATS }]
	];
	var AssociationList = [
		1,
		n0,
		_AL,
		0,
		[() => Association$, { [_xN]: _A }]
	];
	var AttributeList = [
		1,
		n0,
		_ALt,
		0,
		[() => AccountAttribute$, { [_xN]: _AA }]
	];
	var AttributeNameList = [
		1,
		n0,
		_ANL,
		0,
		[0, { [_xN]: _AN }]
	];
	var AttributeValueList = [
		1,
		n0,
		_AVL,
		0,
		[() => AttributeValueTarget$, { [_xN]: _AVT }]
	];
	var AuthenticationProfileList = [
		1,
		n0,
		_APL,
		0,
		() => AuthenticationProfile$
	];
	var AuthorizedTokenIssuerList = [
		1,
		n0,
		_ATIL,
		0,
		() => AuthorizedTokenIssuer$
	];
	var AvailabilityZoneList = [
		1,
		n0,
		_AZL,
		0,
		[() => AvailabilityZone$, { [_xN]: _AZ }]
	];
	var BatchSnapshotOperationErrorList = [
		1,
		n0,
		_BSOEL,
		0,
		[() => SnapshotErrorMessage$, { [_xN]: _SEM }]
	];
	var BatchSnapshotOperationErrors = [
		1,
		n0,
		_BSOE,
		0,
		[() => SnapshotErrorMessage$, { [_xN]: _SEM }]
	];
	var CertificateAssociationList = [
		1,
		n0,
		_CAL,
		0,
		[() => CertificateAssociation$, { [_xN]: _CAer }]
	];
	var ClusterDbRevisionsList = [
		1,
		n0,
		_CDRL,
		0,
		[() => ClusterDbRevision$, { [_xN]: _CDR }]
	];
	var ClusterIamRoleList = [
		1,
		n0,
		_CIRL,
		0,
		[() => ClusterIamRole$, { [_xN]: _CIR }]
	];
	var ClusterIdentifierList = [
		1,
		n0,
		_CIL,
		0,
		[0, { [_xN]: _CIl }]
	];
	var ClusterList = [
		1,
		n0,
		_CL,
		0,
		[() => Cluster$, { [_xN]: _C }]
	];
	var ClusterNodesList = [
		1,
		n0,
		_CNL,
		0,
		() => ClusterNode$
	];
	var ClusterParameterGroupStatusList = [
		1,
		n0,
		_CPGSL,
		0,
		[() => ClusterParameterGroupStatus$, { [_xN]: _CPGl }]
	];
	var ClusterParameterStatusList = [
		1,
		n0,
		_CPSL,
		0,
		() => ClusterParameterStatus$
	];
	var ClusterSecurityGroupMembershipList = [
		1,
		n0,
		_CSGML,
		0,
		[() => ClusterSecurityGroupMembership$, { [_xN]: _CSG }]
	];
	var ClusterSecurityGroupNameList = [
		1,
		n0,
		_CSGNL,
		0,
		[0, { [_xN]: _CSGN }]
	];
	var ClusterSecurityGroups = [
		1,
		n0,
		_CSGl,
		0,
		[() => ClusterSecurityGroup$, { [_xN]: _CSG }]
	];
	var ClusterSubnetGroups = [
		1,
		n0,
		_CSGlus,
		0,
		[() => ClusterSubnetGroup$, { [_xN]: _CSGlu }]
	];
	var ClusterVersionList = [
		1,
		n0,
		_CVL,
		0,
		[() => ClusterVersion$, { [_xN]: _CV }]
	];
	var DataShareAssociationList = [
		1,
		n0,
		_DSAL,
		0,
		() => DataShareAssociation$
	];
	var DataShareList = [
		1,
		n0,
		_DSL,
		0,
		() => DataShare$
	];
	var DbGroupList = [
		1,
		n0,
		_DGL,
		0,
		[0, { [_xN]: _DGb }]
	];
	var DeferredMaintenanceWindowsList = [
		1,
		n0,
		_DMWL,
		0,
		[() => DeferredMaintenanceWindow$, { [_xN]: _DMWe }]
	];
	var DeleteClusterSnapshotMessageList = [
		1,
		n0,
		_DCSML,
		0,
		[() => DeleteClusterSnapshotMessage$, { [_xN]: _DCSM }]
	];
	var DescribeIntegrationsFilterList = [
		1,
		n0,
		_DIFL,
		0,
		[() => DescribeIntegrationsFilter$, { [_xN]: _DIF }]
	];
	var DescribeIntegrationsFilterValueList = [
		1,
		n0,
		_DIFVL,
		0,
		[0, { [_xN]: _Va }]
	];
	var EC2SecurityGroupList = [
		1,
		n0,
		_ECSGL,
		0,
		[() => EC2SecurityGroup$, { [_xN]: _ECSGe }]
	];
	var EligibleTracksToUpdateList = [
		1,
		n0,
		_ETTUL,
		0,
		[() => UpdateTarget$, { [_xN]: _UTp }]
	];
	var EndpointAccesses = [
		1,
		n0,
		_EAnd,
		0,
		[() => EndpointAccess$, 0]
	];
	var EndpointAuthorizations = [
		1,
		n0,
		_EAndp,
		0,
		[() => EndpointAuthorization$, 0]
	];
	var EventCategoriesList = [
		1,
		n0,
		_ECL,
		0,
		[0, { [_xN]: _ECv }]
	];
	var EventCategoriesMapList = [
		1,
		n0,
		_ECML,
		0,
		[() => EventCategoriesMap$, { [_xN]: _ECM }]
	];
	var EventInfoMapList = [
		1,
		n0,
		_EIML,
		0,
		[() => EventInfoMap$, { [_xN]: _EIM }]
	];
	var EventList = [
		1,
		n0,
		_EL,
		0,
		[() => Event$, { [_xN]: _Ev }]
	];
	var EventSubscriptionsList = [
		1,
		n0,
		_ESL,
		0,
		[() => EventSubscription$, { [_xN]: _ES }]
	];
	var HsmClientCertificateList = [
		1,
		n0,
		_HCCL,
		0,
		[() => HsmClientCertificate$, { [_xN]: _HCC }]
	];
	var HsmConfigurationList = [
		1,
		n0,
		_HCL,
		0,
		[() => HsmConfiguration$, { [_xN]: _HC }]
	];
	var IamRoleArnList = [
		1,
		n0,
		_IRAL,
		0,
		[0, { [_xN]: _IRA }]
	];
	var InboundIntegrationList = [
		1,
		n0,
		_IIL,
		0,
		[() => InboundIntegration$, { [_xN]: _II }]
	];
	var IntegrationErrorList = [
		1,
		n0,
		_IEL,
		0,
		[() => IntegrationError$, { [_xN]: _IE }]
	];
	var IntegrationList = [
		1,
		n0,
		_IL,
		0,
		[() => Integration$, { [_xN]: _In }]
	];
	var IPRangeList = [
		1,
		n0,
		_IPRL,
		0,
		[() => IPRange$, { [_xN]: _IPRa }]
	];
	var LakeFormationServiceIntegrations = [
		1,
		n0,
		_LFSI,
		0,
		() => LakeFormationScopeUnion$
	];
	var NetworkInterfaceList = [
		1,
		n0,
		_NIL,
		0,
		[() => NetworkInterface$, { [_xN]: _NIe }]
	];
	var NodeConfigurationOptionList = [
		1,
		n0,
		_NCOL,
		0,
		[() => NodeConfigurationOption$, { [_xN]: _NCO }]
	];
	var NodeConfigurationOptionsFilterList = [
		1,
		n0,
		_NCOFL,
		0,
		[() => NodeConfigurationOptionsFilter$, { [_xN]: _NCOF }]
	];
	var OrderableClusterOptionsList = [
		1,
		n0,
		_OCOL,
		0,
		[() => OrderableClusterOption$, { [_xN]: _OCO }]
	];
	var ParameterGroupList = [
		1,
		n0,
		_PGL,
		0,
		[() => ClusterParameterGroup$, { [_xN]: _CPGl }]
	];
	var ParametersList = [
		1,
		n0,
		_PL,
		0,
		[() => Parameter$, { [_xN]: _Pa }]
	];
	var PartnerIntegrationInfoList = [
		1,
		n0,
		_PIIL,
		0,
		[() => PartnerIntegrationInfo$, { [_xN]: _PII }]
	];
	var Qev2IdcApplicationList = [
		1,
		n0,
		_QIAL,
		0,
		[() => Qev2IdcApplication$, 0]
	];
	var RecommendationList = [
		1,
		n0,
		_RLec,
		0,
		[() => Recommendation$, { [_xN]: _Rec }]
	];
	var RecommendedActionList = [
		1,
		n0,
		_RAL,
		0,
		[() => RecommendedAction$, { [_xN]: _RAec }]
	];
	var RecurringChargeList = [
		1,
		n0,
		_RCL,
		0,
		[() => RecurringCharge$, { [_xN]: _RC }]
	];
	var RedshiftIdcApplicationList = [
		1,
		n0,
		_RIAL,
		0,
		[() => RedshiftIdcApplication$, 0]
	];
	var RedshiftServiceIntegrations = [
		1,
		n0,
		_RSI,
		0,
		() => RedshiftScopeUnion$
	];
	var ReferenceLinkList = [
		1,
		n0,
		_RLL,
		0,
		[() => ReferenceLink$, { [_xN]: _RLe }]
	];
	var ReservedNodeConfigurationOptionList = [
		1,
		n0,
		_RNCOL,
		0,
		[() => ReservedNodeConfigurationOption$, { [_xN]: _RNCO }]
	];
	var ReservedNodeExchangeStatusList = [
		1,
		n0,
		_RNESL,
		0,
		[() => ReservedNodeExchangeStatus$, { [_xN]: _RNES }]
	];
	var ReservedNodeList = [
		1,
		n0,
		_RNL,
		0,
		[() => ReservedNode$, { [_xN]: _RNe }]
	];
	var ReservedNodeOfferingList = [
		1,
		n0,
		_RNOL,
		0,
		[() => ReservedNodeOffering$, { [_xN]: _RNOe }]
	];
	var RestorableNodeTypeList = [
		1,
		n0,
		_RNTL,
		0,
		[0, { [_xN]: _NT }]
	];
	var RevisionTargetsList = [
		1,
		n0,
		_RTL,
		0,
		[() => RevisionTarget$, { [_xN]: _RTev }]
	];
	var S3AccessGrantsServiceIntegrations = [
		1,
		n0,
		_SAGSI,
		0,
		() => S3AccessGrantsScopeUnion$
	];
	var ScheduledActionFilterList = [
		1,
		n0,
		_SAFL,
		0,
		[() => ScheduledActionFilter$, { [_xN]: _SAF }]
	];
	var ScheduledActionList = [
		1,
		n0,
		_SAL,
		0,
		[() => ScheduledAction$, { [_xN]: _SAc }]
	];
	var ScheduledActionTimeList = [
		1,
		n0,
		_SATL,
		0,
		[4, { [_xN]: _SATc }]
	];
	var ScheduleDefinitionList = [
		1,
		n0,
		_SDL,
		0,
		[0, { [_xN]: _SDch }]
	];
	var ScheduledSnapshotTimeList = [
		1,
		n0,
		_SSTL,
		0,
		[4, { [_xN]: _STna }]
	];
	var ServiceIntegrationList = [
		1,
		n0,
		_SILe,
		0,
		() => ServiceIntegrationsUnion$
	];
	var SnapshotCopyGrantList = [
		1,
		n0,
		_SCGL,
		0,
		[() => SnapshotCopyGrant$, { [_xN]: _SCG }]
	];
	var SnapshotIdentifierList = [
		1,
		n0,
		_SIL,
		0,
		[0, { [_xN]: _Str }]
	];
	var SnapshotList = [
		1,
		n0,
		_SL,
		0,
		[() => Snapshot$, { [_xN]: _S }]
	];
	var SnapshotScheduleList = [
		1,
		n0,
		_SSL,
		0,
		[() => SnapshotSchedule$, { [_xN]: _SSna }]
	];
	var SnapshotSortingEntityList = [
		1,
		n0,
		_SSEL,
		0,
		[() => SnapshotSortingEntity$, { [_xN]: _SSE }]
	];
	var SourceIdsList = [
		1,
		n0,
		_SILo,
		0,
		[0, { [_xN]: _SIour }]
	];
	var SubnetIdentifierList = [
		1,
		n0,
		_SILu,
		0,
		[0, { [_xN]: _SIubn }]
	];
	var SubnetList = [
		1,
		n0,
		_SLu,
		0,
		[() => Subnet$, { [_xN]: _Sub }]
	];
	var SupportedOperationList = [
		1,
		n0,
		_SOL,
		0,
		[() => SupportedOperation$, { [_xN]: _SOu }]
	];
	var SupportedPlatformsList = [
		1,
		n0,
		_SPL,
		0,
		[() => SupportedPlatform$, { [_xN]: _SPu }]
	];
	var TableRestoreStatusList = [
		1,
		n0,
		_TRSL,
		0,
		[() => TableRestoreStatus$, { [_xN]: _TRS }]
	];
	var TaggedResourceList = [
		1,
		n0,
		_TRL,
		0,
		[() => TaggedResource$, { [_xN]: _TR }]
	];
	var TagKeyList = [
		1,
		n0,
		_TKL,
		0,
		[0, { [_xN]: _TKa }]
	];
	var TagList = [
		1,
		n0,
		_TL,
		0,
		[() => Tag$, { [_xN]: _Ta }]
	];
	var TagValueList = [
		1,
		n0,
		_TVL,
		0,
		[0, { [_xN]: _TVa }]
	];
	var TrackList = [
		1,
		n0,
		_TLr,
		0,
		[() => MaintenanceTrack$, { [_xN]: _MT }]
	];
	var UsageLimits = [
		1,
		n0,
		_ULs,
		0,
		[() => UsageLimit$, 0]
	];
	var ValueStringList = [
		1,
		n0,
		_VSL,
		0,
		[0, { [_xN]: _i }]
	];
	var VpcEndpointsList = [
		1,
		n0,
		_VEL,
		0,
		[() => VpcEndpoint$, { [_xN]: _VEp }]
	];
	var VpcIdentifierList = [
		1,
		n0,
		_VIL,
		0,
		[0, { [_xN]: _VIpc }]
	];
	var VpcSecurityGroupIdList = [
		1,
		n0,
		_VSGIL,
		0,
		[0, { [_xN]: _VSGIp }]
	];
	var VpcSecurityGroupMembershipList = [
		1,
		n0,
		_VSGML,
		0,
		[() => VpcSecurityGroupMembership$, { [_xN]: _VSGp }]
	];
	var LakeFormationScopeUnion$ = [
		4,
		n0,
		_LFSU,
		0,
		[_LFQ],
		[() => LakeFormationQuery$]
	];
	var NamespaceIdentifierUnion$ = [
		4,
		n0,
		_NIU,
		0,
		[_SIer, _PI],
		[() => ServerlessIdentifier$, () => ProvisionedIdentifier$]
	];
	var RedshiftScopeUnion$ = [
		4,
		n0,
		_RSU,
		0,
		[_Co],
		[() => Connect$]
	];
	var S3AccessGrantsScopeUnion$ = [
		4,
		n0,
		_SAGSU,
		0,
		[_RWA],
		[() => ReadWriteAccess$]
	];
	var ServiceIntegrationsUnion$ = [
		4,
		n0,
		_SIU,
		0,
		[
			_LF,
			_SAG,
			_Red
		],
		[
			() => LakeFormationServiceIntegrations,
			() => S3AccessGrantsServiceIntegrations,
			() => RedshiftServiceIntegrations
		]
	];
	var AcceptReservedNodeExchange$ = [
		9,
		n0,
		_ARNE,
		0,
		() => AcceptReservedNodeExchangeInputMessage$,
		() => AcceptReservedNodeExchangeOutputMessage$
	];
	var AddPartner$ = [
		9,
		n0,
		_APd,
		0,
		() => PartnerIntegrationInputMessage$,
		() => PartnerIntegrationOutputMessage$
	];
	var AssociateDataShareConsumer$ = [
		9,
		n0,
		_ADSC,
		0,
		() => AssociateDataShareConsumerMessage$,
		() => DataShare$
	];
	var AuthorizeClusterSecurityGroupIngress$ = [
		9,
		n0,
		_ACSGI,
		0,
		() => AuthorizeClusterSecurityGroupIngressMessage$,
		() => AuthorizeClusterSecurityGroupIngressResult$
	];
	var AuthorizeDataShare$ = [
		9,
		n0,
		_ADS,
		0,
		() => AuthorizeDataShareMessage$,
		() => DataShare$
	];
	var AuthorizeEndpointAccess$ = [
		9,
		n0,
		_AEAu,
		0,
		() => AuthorizeEndpointAccessMessage$,
		() => EndpointAuthorization$
	];
	var AuthorizeSnapshotAccess$ = [
		9,
		n0,
		_ASA,
		0,
		() => AuthorizeSnapshotAccessMessage$,
		() => AuthorizeSnapshotAccessResult$
	];
	var BatchDeleteClusterSnapshots$ = [
		9,
		n0,
		_BDCS,
		0,
		() => BatchDeleteClusterSnapshotsRequest$,
		() => BatchDeleteClusterSnapshotsResult$
	];
	var BatchModifyClusterSnapshots$ = [
		9,
		n0,
		_BMCS,
		0,
		() => BatchModifyClusterSnapshotsMessage$,
		() => BatchModifyClusterSnapshotsOutputMessage$
	];
	var CancelResize$ = [
		9,
		n0,
		_CRa,
		0,
		() => CancelResizeMessage$,
		() => ResizeProgressMessage$
	];
	var CopyClusterSnapshot$ = [
		9,
		n0,
		_CCS,
		0,
		() => CopyClusterSnapshotMessage$,
		() => CopyClusterSnapshotResult$
	];
	var CreateAuthenticationProfile$ = [
		9,
		n0,
		_CAP,
		0,
		() => CreateAuthenticationProfileMessage$,
		() => CreateAuthenticationProfileResult$
	];
	var CreateCluster$ = [
		9,
		n0,
		_CCr,
		0,
		() => CreateClusterMessage$,
		() => CreateClusterResult$
	];
	var CreateClusterParameterGroup$ = [
		9,
		n0,
		_CCPG,
		0,
		() => CreateClusterParameterGroupMessage$,
		() => CreateClusterParameterGroupResult$
	];
	var CreateClusterSecurityGroup$ = [
		9,
		n0,
		_CCSG,
		0,
		() => CreateClusterSecurityGroupMessage$,
		() => CreateClusterSecurityGroupResult$
	];
	var CreateClusterSnapshot$ = [
		9,
		n0,
		_CCSr,
		0,
		() => CreateClusterSnapshotMessage$,
		() => CreateClusterSnapshotResult$
	];
	var CreateClusterSubnetGroup$ = [
		9,
		n0,
		_CCSGr,
		0,
		() => CreateClusterSubnetGroupMessage$,
		() => CreateClusterSubnetGroupResult$
	];
	var CreateCustomDomainAssociation$ = [
		9,
		n0,
		_CCDA,
		0,
		() => CreateCustomDomainAssociationMessage$,
		() => CreateCustomDomainAssociationResult$
	];
	var CreateEndpointAccess$ = [
		9,
		n0,
		_CEA,
		0,
		() => CreateEndpointAccessMessage$,
		() => EndpointAccess$
	];
	var CreateEventSubscription$ = [
		9,
		n0,
		_CES,
		0,
		() => CreateEventSubscriptionMessage$,
		() => CreateEventSubscriptionResult$
	];
	var CreateHsmClientCertificate$ = [
		9,
		n0,
		_CHCC,
		0,
		() => CreateHsmClientCertificateMessage$,
		() => CreateHsmClientCertificateResult$
	];
	var CreateHsmConfiguration$ = [
		9,
		n0,
		_CHC,
		0,
		() => CreateHsmConfigurationMessage$,
		() => CreateHsmConfigurationResult$
	];
	var CreateIntegration$ = [
		9,
		n0,
		_CIr,
		0,
		() => CreateIntegrationMessage$,
		() => Integration$
	];
	var CreateQev2IdcApplication$ = [
		9,
		n0,
		_CQIA,
		0,
		() => CreateQev2IdcApplicationMessage$,
		() => CreateQev2IdcApplicationResult$
	];
	var CreateRedshiftIdcApplication$ = [
		9,
		n0,
		_CRIA,
		0,
		() => CreateRedshiftIdcApplicationMessage$,
		() => CreateRedshiftIdcApplicationResult$
	];
	var CreateScheduledAction$ = [
		9,
		n0,
		_CSA,
		0,
		() => CreateScheduledActionMessage$,
		() => ScheduledAction$
	];
	var CreateSnapshotCopyGrant$ = [
		9,
		n0,
		_CSCG,
		0,
		() => CreateSnapshotCopyGrantMessage$,
		() => CreateSnapshotCopyGrantResult$
	];
	var CreateSnapshotSchedule$ = [
		9,
		n0,
		_CSS,
		0,
		() => CreateSnapshotScheduleMessage$,
		() => SnapshotSchedule$
	];
	var CreateTags$ = [
		9,
		n0,
		_CTre,
		0,
		() => CreateTagsMessage$,
		() => __Unit
	];
	var CreateUsageLimit$ = [
		9,
		n0,
		_CUL,
		0,
		() => CreateUsageLimitMessage$,
		() => UsageLimit$
	];
	var DeauthorizeDataShare$ = [
		9,
		n0,
		_DDS,
		0,
		() => DeauthorizeDataShareMessage$,
		() => DataShare$
	];
	var DeleteAuthenticationProfile$ = [
		9,
		n0,
		_DAP,
		0,
		() => DeleteAuthenticationProfileMessage$,
		() => DeleteAuthenticationProfileResult$
	];
	var DeleteCluster$ = [
		9,
		n0,
		_DC,
		0,
		() => DeleteClusterMessage$,
		() => DeleteClusterResult$
	];
	var DeleteClusterParameterGroup$ = [
		9,
		n0,
		_DCPG,
		0,
		() => DeleteClusterParameterGroupMessage$,
		() => __Unit
	];
	var DeleteClusterSecurityGroup$ = [
		9,
		n0,
		_DCSG,
		0,
		() => DeleteClusterSecurityGroupMessage$,
		() => __Unit
	];
	var DeleteClusterSnapshot$ = [
		9,
		n0,
		_DCS,
		0,
		() => DeleteClusterSnapshotMessage$,
		() => DeleteClusterSnapshotResult$
	];
	var DeleteClusterSubnetGroup$ = [
		9,
		n0,
		_DCSGe,
		0,
		() => DeleteClusterSubnetGroupMessage$,
		() => __Unit
	];
	var DeleteCustomDomainAssociation$ = [
		9,
		n0,
		_DCDA,
		0,
		() => DeleteCustomDomainAssociationMessage$,
		() => __Unit
	];
	var DeleteEndpointAccess$ = [
		9,
		n0,
		_DEAe,
		0,
		() => DeleteEndpointAccessMessage$,
		() => EndpointAccess$
	];
	var DeleteEventSubscription$ = [
		9,
		n0,
		_DES,
		0,
		() => DeleteEventSubscriptionMessage$,
		() => __Unit
	];
	var DeleteHsmClientCertificate$ = [
		9,
		n0,
		_DHCC,
		0,
		() => DeleteHsmClientCertificateMessage$,
		() => __Unit
	];
	var DeleteHsmConfiguration$ = [
		9,
		n0,
		_DHC,
		0,
		() => DeleteHsmConfigurationMessage$,
		() => __Unit
	];
	var DeleteIntegration$ = [
		9,
		n0,
		_DI,
		0,
		() => DeleteIntegrationMessage$,
		() => Integration$
	];
	var DeletePartner$ = [
		9,
		n0,
		_DPe,
		0,
		() => PartnerIntegrationInputMessage$,
		() => PartnerIntegrationOutputMessage$
	];
	var DeleteQev2IdcApplication$ = [
		9,
		n0,
		_DQIA,
		0,
		() => DeleteQev2IdcApplicationMessage$,
		() => __Unit
	];
	var DeleteRedshiftIdcApplication$ = [
		9,
		n0,
		_DRIA,
		0,
		() => DeleteRedshiftIdcApplicationMessage$,
		() => __Unit
	];
	var DeleteResourcePolicy$ = [
		9,
		n0,
		_DRP,
		0,
		() => DeleteResourcePolicyMessage$,
		() => __Unit
	];
	var DeleteScheduledAction$ = [
		9,
		n0,
		_DSAe,
		0,
		() => DeleteScheduledActionMessage$,
		() => __Unit
	];
	var DeleteSnapshotCopyGrant$ = [
		9,
		n0,
		_DSCG,
		0,
		() => DeleteSnapshotCopyGrantMessage$,
		() => __Unit
	];
	var DeleteSnapshotSchedule$ = [
		9,
		n0,
		_DSS,
		0,
		() => DeleteSnapshotScheduleMessage$,
		() => __Unit
	];
	var DeleteTags$ = [
		9,
		n0,
		_DTe,
		0,
		() => DeleteTagsMessage$,
		() => __Unit
	];
	var DeleteUsageLimit$ = [
		9,
		n0,
		_DUL,
		0,
		() => DeleteUsageLimitMessage$,
		() => __Unit
	];
	var DeregisterNamespace$ = [
		9,
		n0,
		_DNe,
		0,
		() => DeregisterNamespaceInputMessage$,
		() => DeregisterNamespaceOutputMessage$
	];
	var DescribeAccountAttributes$ = [
		9,
		n0,
		_DAA,
		0,
		() => DescribeAccountAttributesMessage$,
		() => AccountAttributeList$
	];
	var DescribeAuthenticationProfiles$ = [
		9,
		n0,
		_DAPe,
		0,
		() => DescribeAuthenticationProfilesMessage$,
		() => DescribeAuthenticationProfilesResult$
	];
	var DescribeClusterDbRevisions$ = [
		9,
		n0,
		_DCDR,
		0,
		() => DescribeClusterDbRevisionsMessage$,
		() => ClusterDbRevisionsMessage$
	];
	var DescribeClusterParameterGroups$ = [
		9,
		n0,
		_DCPGe,
		0,
		() => DescribeClusterParameterGroupsMessage$,
		() => ClusterParameterGroupsMessage$
	];
	var DescribeClusterParameters$ = [
		9,
		n0,
		_DCPe,
		0,
		() => DescribeClusterParametersMessage$,
		() => ClusterParameterGroupDetails$
	];
	var DescribeClusters$ = [
		9,
		n0,
		_DCe,
		0,
		() => DescribeClustersMessage$,
		() => ClustersMessage$
	];
	var DescribeClusterSecurityGroups$ = [
		9,
		n0,
		_DCSGes,
		0,
		() => DescribeClusterSecurityGroupsMessage$,
		() => ClusterSecurityGroupMessage$
	];
	var DescribeClusterSnapshots$ = [
		9,
		n0,
		_DCSe,
		0,
		() => DescribeClusterSnapshotsMessage$,
		() => SnapshotMessage$
	];
	var DescribeClusterSubnetGroups$ = [
		9,
		n0,
		_DCSGesc,
		0,
		() => DescribeClusterSubnetGroupsMessage$,
		() => ClusterSubnetGroupMessage$
	];
	var DescribeClusterTracks$ = [
		9,
		n0,
		_DCT,
		0,
		() => DescribeClusterTracksMessage$,
		() => TrackListMessage$
	];
	var DescribeClusterVersions$ = [
		9,
		n0,
		_DCV,
		0,
		() => DescribeClusterVersionsMessage$,
		() => ClusterVersionsMessage$
	];
	var DescribeCustomDomainAssociations$ = [
		9,
		n0,
		_DCDAe,
		0,
		() => DescribeCustomDomainAssociationsMessage$,
		() => CustomDomainAssociationsMessage$
	];
	var DescribeDataShares$ = [
		9,
		n0,
		_DDSe,
		0,
		() => DescribeDataSharesMessage$,
		() => DescribeDataSharesResult$
	];
	var DescribeDataSharesForConsumer$ = [
		9,
		n0,
		_DDSFC,
		0,
		() => DescribeDataSharesForConsumerMessage$,
		() => DescribeDataSharesForConsumerResult$
	];
	var DescribeDataSharesForProducer$ = [
		9,
		n0,
		_DDSFP,
		0,
		() => DescribeDataSharesForProducerMessage$,
		() => DescribeDataSharesForProducerResult$
	];
	var DescribeDefaultClusterParameters$ = [
		9,
		n0,
		_DDCP,
		0,
		() => DescribeDefaultClusterParametersMessage$,
		() => DescribeDefaultClusterParametersResult$
	];
	var DescribeEndpointAccess$ = [
		9,
		n0,
		_DEAes,
		0,
		() => DescribeEndpointAccessMessage$,
		() => EndpointAccessList$
	];
	var DescribeEndpointAuthorization$ = [
		9,
		n0,
		_DEAesc,
		0,
		() => DescribeEndpointAuthorizationMessage$,
		() => EndpointAuthorizationList$
	];
	var DescribeEventCategories$ = [
		9,
		n0,
		_DEC,
		0,
		() => DescribeEventCategoriesMessage$,
		() => EventCategoriesMessage$
	];
	var DescribeEvents$ = [
		9,
		n0,
		_DE,
		0,
		() => DescribeEventsMessage$,
		() => EventsMessage$
	];
	var DescribeEventSubscriptions$ = [
		9,
		n0,
		_DESe,
		0,
		() => DescribeEventSubscriptionsMessage$,
		() => EventSubscriptionsMessage$
	];
	var DescribeHsmClientCertificates$ = [
		9,
		n0,
		_DHCCe,
		0,
		() => DescribeHsmClientCertificatesMessage$,
		() => HsmClientCertificateMessage$
	];
	var DescribeHsmConfigurations$ = [
		9,
		n0,
		_DHCe,
		0,
		() => DescribeHsmConfigurationsMessage$,
		() => HsmConfigurationMessage$
	];
	var DescribeInboundIntegrations$ = [
		9,
		n0,
		_DII,
		0,
		() => DescribeInboundIntegrationsMessage$,
		() => InboundIntegrationsMessage$
	];
	var DescribeIntegrations$ = [
		9,
		n0,
		_DIe,
		0,
		() => DescribeIntegrationsMessage$,
		() => IntegrationsMessage$
	];
	var DescribeLoggingStatus$ = [
		9,
		n0,
		_DLS,
		0,
		() => DescribeLoggingStatusMessage$,
		() => LoggingStatus$
	];
	var DescribeNodeConfigurationOptions$ = [
		9,
		n0,
		_DNCO,
		0,
		() => DescribeNodeConfigurationOptionsMessage$,
		() => NodeConfigurationOptionsMessage$
	];
	var DescribeOrderableClusterOptions$ = [
		9,
		n0,
		_DOCO,
		0,
		() => DescribeOrderableClusterOptionsMessage$,
		() => OrderableClusterOptionsMessage$
	];
	var DescribePartners$ = [
		9,
		n0,
		_DPes,
		0,
		() => DescribePartnersInputMessage$,
		() => DescribePartnersOutputMessage$
	];
	var DescribeQev2IdcApplications$ = [
		9,
		n0,
		_DQIAe,
		0,
		() => DescribeQev2IdcApplicationsMessage$,
		() => DescribeQev2IdcApplicationsResult$
	];
	var DescribeRedshiftIdcApplications$ = [
		9,
		n0,
		_DRIAe,
		0,
		() => DescribeRedshiftIdcApplicationsMessage$,
		() => DescribeRedshiftIdcApplicationsResult$
	];
	var DescribeReservedNodeExchangeStatus$ = [
		9,
		n0,
		_DRNES,
		0,
		() => DescribeReservedNodeExchangeStatusInputMessage$,
		() => DescribeReservedNodeExchangeStatusOutputMessage$
	];
	var DescribeReservedNodeOfferings$ = [
		9,
		n0,
		_DRNO,
		0,
		() => DescribeReservedNodeOfferingsMessage$,
		() => ReservedNodeOfferingsMessage$
	];
	var DescribeReservedNodes$ = [
		9,
		n0,
		_DRN,
		0,
		() => DescribeReservedNodesMessage$,
		() => ReservedNodesMessage$
	];
	var DescribeResize$ = [
		9,
		n0,
		_DRe,
		0,
		() => DescribeResizeMessage$,
		() => ResizeProgressMessage$
	];
	var DescribeScheduledActions$ = [
		9,
		n0,
		_DSAes,
		0,
		() => DescribeScheduledActionsMessage$,
		() => ScheduledActionsMessage$
	];
	var DescribeSnapshotCopyGrants$ = [
		9,
		n0,
		_DSCGe,
		0,
		() => DescribeSnapshotCopyGrantsMessage$,
		() => SnapshotCopyGrantMessage$
	];
	var DescribeSnapshotSchedules$ = [
		9,
		n0,
		_DSSe,
		0,
		() => DescribeSnapshotSchedulesMessage$,
		() => DescribeSnapshotSchedulesOutputMessage$
	];
	var DescribeStorage$ = [
		9,
		n0,
		_DSe,
		0,
		() => __Unit,
		() => CustomerStorageMessage$
	];
	var DescribeTableRestoreStatus$ = [
		9,
		n0,
		_DTRS,
		0,
		() => DescribeTableRestoreStatusMessage$,
		() => TableRestoreStatusMessage$
	];
	var DescribeTags$ = [
		9,
		n0,
		_DTes,
		0,
		() => DescribeTagsMessage$,
		() => TaggedResourceListMessage$
	];
	var DescribeUsageLimits$ = [
		9,
		n0,
		_DULe,
		0,
		() => DescribeUsageLimitsMessage$,
		() => UsageLimitList$
	];
	var DisableLogging$ = [
		9,
		n0,
		_DL,
		0,
		() => DisableLoggingMessage$,
		() => LoggingStatus$
	];
	var DisableSnapshotCopy$ = [
		9,
		n0,
		_DSC,
		0,
		() => DisableSnapshotCopyMessage$,
		() => DisableSnapshotCopyResult$
	];
	var DisassociateDataShareConsumer$ = [
		9,
		n0,
		_DDSC,
		0,
		() => DisassociateDataShareConsumerMessage$,
		() => DataShare$
	];
	var EnableLogging$ = [
		9,
		n0,
		_ELn,
		0,
		() => EnableLoggingMessage$,
		() => LoggingStatus$
	];
	var EnableSnapshotCopy$ = [
		9,
		n0,
		_ESC,
		0,
		() => EnableSnapshotCopyMessage$,
		() => EnableSnapshotCopyResult$
	];
	var FailoverPrimaryCompute$ = [
		9,
		n0,
		_FPC,
		0,
		() => FailoverPrimaryComputeInputMessage$,
		() => FailoverPrimaryComputeResult$
	];
	var GetClusterCredentials$ = [
		9,
		n0,
		_GCC,
		0,
		() => GetClusterCredentialsMessage$,
		() => ClusterCredentials$
	];
	var GetClusterCredentialsWithIAM$ = [
		9,
		n0,
		_GCCWIAM,
		0,
		() => GetClusterCredentialsWithIAMMessage$,
		() => ClusterExtendedCredentials$
	];
	var GetIdentityCenterAuthToken$ = [
		9,
		n0,
		_GICAT,
		0,
		() => GetIdentityCenterAuthTokenRequest$,
		() => GetIdentityCenterAuthTokenResponse$
	];
	var GetReservedNodeExchangeConfigurationOptions$ = [
		9,
		n0,
		_GRNECO,
		0,
		() => GetReservedNodeExchangeConfigurationOptionsInputMessage$,
		() => GetReservedNodeExchangeConfigurationOptionsOutputMessage$
	];
	var GetReservedNodeExchangeOfferings$ = [
		9,
		n0,
		_GRNEO,
		0,
		() => GetReservedNodeExchangeOfferingsInputMessage$,
		() => GetReservedNodeExchangeOfferingsOutputMessage$
	];
	var GetResourcePolicy$ = [
		9,
		n0,
		_GRP,
		0,
		() => GetResourcePolicyMessage$,
		() => GetResourcePolicyResult$
	];
	var ListRecommendations$ = [
		9,
		n0,
		_LRi,
		0,
		() => ListRecommendationsMessage$,
		() => ListRecommendationsResult$
	];
	var ModifyAquaConfiguration$ = [
		9,
		n0,
		_MAC,
		0,
		() => ModifyAquaInputMessage$,
		() => ModifyAquaOutputMessage$
	];
	var ModifyAuthenticationProfile$ = [
		9,
		n0,
		_MAP,
		0,
		() => ModifyAuthenticationProfileMessage$,
		() => ModifyAuthenticationProfileResult$
	];
	var ModifyCluster$ = [
		9,
		n0,
		_MC,
		0,
		() => ModifyClusterMessage$,
		() => ModifyClusterResult$
	];
	var ModifyClusterDbRevision$ = [
		9,
		n0,
		_MCDR,
		0,
		() => ModifyClusterDbRevisionMessage$,
		() => ModifyClusterDbRevisionResult$
	];
	var ModifyClusterIamRoles$ = [
		9,
		n0,
		_MCIR,
		0,
		() => ModifyClusterIamRolesMessage$,
		() => ModifyClusterIamRolesResult$
	];
	var ModifyClusterMaintenance$ = [
		9,
		n0,
		_MCMo,
		0,
		() => ModifyClusterMaintenanceMessage$,
		() => ModifyClusterMaintenanceResult$
	];
	var ModifyClusterParameterGroup$ = [
		9,
		n0,
		_MCPG,
		0,
		() => ModifyClusterParameterGroupMessage$,
		() => ClusterParameterGroupNameMessage$
	];
	var ModifyClusterSnapshot$ = [
		9,
		n0,
		_MCS,
		0,
		() => ModifyClusterSnapshotMessage$,
		() => ModifyClusterSnapshotResult$
	];
	var ModifyClusterSnapshotSchedule$ = [
		9,
		n0,
		_MCSS,
		0,
		() => ModifyClusterSnapshotScheduleMessage$,
		() => __Unit
	];
	var ModifyClusterSubnetGroup$ = [
		9,
		n0,
		_MCSG,
		0,
		() => ModifyClusterSubnetGroupMessage$,
		() => ModifyClusterSubnetGroupResult$
	];
	var ModifyCustomDomainAssociation$ = [
		9,
		n0,
		_MCDA,
		0,
		() => ModifyCustomDomainAssociationMessage$,
		() => ModifyCustomDomainAssociationResult$
	];
	var ModifyEndpointAccess$ = [
		9,
		n0,
		_MEA,
		0,
		() => ModifyEndpointAccessMessage$,
		() => EndpointAccess$
	];
	var ModifyEventSubscription$ = [
		9,
		n0,
		_MES,
		0,
		() => ModifyEventSubscriptionMessage$,
		() => ModifyEventSubscriptionResult$
	];
	var ModifyIntegration$ = [
		9,
		n0,
		_MI,
		0,
		() => ModifyIntegrationMessage$,
		() => Integration$
	];
	var ModifyLakehouseConfiguration$ = [
		9,
		n0,
		_MLC,
		0,
		() => ModifyLakehouseConfigurationMessage$,
		() => LakehouseConfiguration$
	];
	var ModifyQev2IdcApplication$ = [
		9,
		n0,
		_MQIA,
		0,
		() => ModifyQev2IdcApplicationMessage$,
		() => ModifyQev2IdcApplicationResult$
	];
	var ModifyRedshiftIdcApplication$ = [
		9,
		n0,
		_MRIA,
		0,
		() => ModifyRedshiftIdcApplicationMessage$,
		() => ModifyRedshiftIdcApplicationResult$
	];
	var ModifyScheduledAction$ = [
		9,
		n0,
		_MSA,
		0,
		() => ModifyScheduledActionMessage$,
		() => ScheduledAction$
	];
	var ModifySnapshotCopyRetentionPeriod$ = [
		9,
		n0,
		_MSCRP,
		0,
		() => ModifySnapshotCopyRetentionPeriodMessage$,
		() => ModifySnapshotCopyRetentionPeriodResult$
	];
	var ModifySnapshotSchedule$ = [
		9,
		n0,
		_MSS,
		0,
		() => ModifySnapshotScheduleMessage$,
		() => SnapshotSchedule$
	];
	var ModifyUsageLimit$ = [
		9,
		n0,
		_MUL,
		0,
		() => ModifyUsageLimitMessage$,
		() => UsageLimit$
	];
	var PauseCluster$ = [
		9,
		n0,
		_PC,
		0,
		() => PauseClusterMessage$,
		() => PauseClusterResult$
	];
	var PurchaseReservedNodeOffering$ = [
		9,
		n0,
		_PRNO,
		0,
		() => PurchaseReservedNodeOfferingMessage$,
		() => PurchaseReservedNodeOfferingResult$
	];
	var PutResourcePolicy$ = [
		9,
		n0,
		_PRP,
		0,
		() => PutResourcePolicyMessage$,
		() => PutResourcePolicyResult$
	];
	var RebootCluster$ = [
		9,
		n0,
		_RCeb,
		0,
		() => RebootClusterMessage$,
		() => RebootClusterResult$
	];
	var RegisterNamespace$ = [
		9,
		n0,
		_RNeg,
		0,
		() => RegisterNamespaceInputMessage$,
		() => RegisterNamespaceOutputMessage$
	];
	var RejectDataShare$ = [
		9,
		n0,
		_RDS,
		0,
		() => RejectDataShareMessage$,
		() => DataShare$
	];
	var ResetClusterParameterGroup$ = [
		9,
		n0,
		_RCPG,
		0,
		() => ResetClusterParameterGroupMessage$,
		() => ClusterParameterGroupNameMessage$
	];
	var ResizeCluster$ = [
		9,
		n0,
		_RCes,
		0,
		() => ResizeClusterMessage$,
		() => ResizeClusterResult$
	];
	var RestoreFromClusterSnapshot$ = [
		9,
		n0,
		_RFCS,
		0,
		() => RestoreFromClusterSnapshotMessage$,
		() => RestoreFromClusterSnapshotResult$
	];
	var RestoreTableFromClusterSnapshot$ = [
		9,
		n0,
		_RTFCS,
		0,
		() => RestoreTableFromClusterSnapshotMessage$,
		() => RestoreTableFromClusterSnapshotResult$
	];
	var ResumeCluster$ = [
		9,
		n0,
		_RCesu,
		0,
		() => ResumeClusterMessage$,
		() => ResumeClusterResult$
	];
	var RevokeClusterSecurityGroupIngress$ = [
		9,
		n0,
		_RCSGI,
		0,
		() => RevokeClusterSecurityGroupIngressMessage$,
		() => RevokeClusterSecurityGroupIngressResult$
	];
	var RevokeEndpointAccess$ = [
		9,
		n0,
		_REA,
		0,
		() => RevokeEndpointAccessMessage$,
		() => EndpointAuthorization$
	];
	var RevokeSnapshotAccess$ = [
		9,
		n0,
		_RSA,
		0,
		() => RevokeSnapshotAccessMessage$,
		() => RevokeSnapshotAccessResult$
	];
	var RotateEncryptionKey$ = [
		9,
		n0,
		_REK,
		0,
		() => RotateEncryptionKeyMessage$,
		() => RotateEncryptionKeyResult$
	];
	var UpdatePartnerStatus$ = [
		9,
		n0,
		_UPS,
		0,
		() => UpdatePartnerStatusInputMessage$,
		() => PartnerIntegrationOutputMessage$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2012-12-01",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultRedshiftHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsQueryProtocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.redshift",
				errorTypeRegistries,
				xmlNamespace: "http://redshift.amazonaws.com/doc/2012-12-01/",
				version: "2012-12-01",
				serviceTarget: "RedshiftServiceVersion20121201"
			},
			serviceId: config?.serviceId ?? "Redshift",
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
	var RedshiftClient = class extends Client {
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
				httpAuthSchemeParametersProvider: defaultRedshiftHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "RedshiftServiceVersion20121201", "RedshiftClient", getEndpointPlugin);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	var AcceptReservedNodeExchangeCommand = class extends command(_ep0, _mw0, "AcceptReservedNodeExchange", AcceptReservedNodeExchange$) {};
	var AddPartnerCommand = class extends command(_ep0, _mw0, "AddPartner", AddPartner$) {};
	var AssociateDataShareConsumerCommand = class extends command(_ep0, _mw0, "AssociateDataShareConsumer", AssociateDataShareConsumer$) {};
	var AuthorizeClusterSecurityGroupIngressCommand = class extends command(_ep0, _mw0, "AuthorizeClusterSecurityGroupIngress", AuthorizeClusterSecurityGroupIngress$) {};
	var AuthorizeDataShareCommand = class extends command(_ep0, _mw0, "AuthorizeDataShare", AuthorizeDataShare$) {};
	var AuthorizeEndpointAccessCommand = class extends command(_ep0, _mw0, "AuthorizeEndpointAccess", AuthorizeEndpointAccess$) {};
	var AuthorizeSnapshotAccessCommand = class extends command(_ep0, _mw0, "AuthorizeSnapshotAccess", AuthorizeSnapshotAccess$) {};
	var BatchDeleteClusterSnapshotsCommand = class extends command(_ep0, _mw0, "BatchDeleteClusterSnapshots", BatchDeleteClusterSnapshots$) {};
	var BatchModifyClusterSnapshotsCommand = class extends command(_ep0, _mw0, "BatchModifyClusterSnapshots", BatchModifyClusterSnapshots$) {};
	var CancelResizeCommand = class extends command(_ep0, _mw0, "CancelResize", CancelResize$) {};
	var CopyClusterSnapshotCommand = class extends command(_ep0, _mw0, "CopyClusterSnapshot", CopyClusterSnapshot$) {};
	var CreateAuthenticationProfileCommand = class extends command(_ep0, _mw0, "CreateAuthenticationProfile", CreateAuthenticationProfile$) {};
	var CreateClusterCommand = class extends command(_ep0, _mw0, "CreateCluster", CreateCluster$) {};
	var CreateClusterParameterGroupCommand = class extends command(_ep0, _mw0, "CreateClusterParameterGroup", CreateClusterParameterGroup$) {};
	var CreateClusterSecurityGroupCommand = class extends command(_ep0, _mw0, "CreateClusterSecurityGroup", CreateClusterSecurityGroup$) {};
	var CreateClusterSnapshotCommand = class extends command(_ep0, _mw0, "CreateClusterSnapshot", CreateClusterSnapshot$) {};
	var CreateClusterSubnetGroupCommand = class extends command(_ep0, _mw0, "CreateClusterSubnetGroup", CreateClusterSubnetGroup$) {};
	var CreateCustomDomainAssociationCommand = class extends command(_ep0, _mw0, "CreateCustomDomainAssociation", CreateCustomDomainAssociation$) {};
	var CreateEndpointAccessCommand = class extends command(_ep0, _mw0, "CreateEndpointAccess", CreateEndpointAccess$) {};
	var CreateEventSubscriptionCommand = class extends command(_ep0, _mw0, "CreateEventSubscription", CreateEventSubscription$) {};
	var CreateHsmClientCertificateCommand = class extends command(_ep0, _mw0, "CreateHsmClientCertificate", CreateHsmClientCertificate$) {};
	var CreateHsmConfigurationCommand = class extends command(_ep0, _mw0, "CreateHsmConfiguration", CreateHsmConfiguration$) {};
	var CreateIntegrationCommand = class extends command(_ep0, _mw0, "CreateIntegration", CreateIntegration$) {};
	var CreateQev2IdcApplicationCommand = class extends command(_ep0, _mw0, "CreateQev2IdcApplication", CreateQev2IdcApplication$) {};
	var CreateRedshiftIdcApplicationCommand = class extends command(_ep0, _mw0, "CreateRedshiftIdcApplication", CreateRedshiftIdcApplication$) {};
	var CreateScheduledActionCommand = class extends command(_ep0, _mw0, "CreateScheduledAction", CreateScheduledAction$) {};
	var CreateSnapshotCopyGrantCommand = class extends command(_ep0, _mw0, "CreateSnapshotCopyGrant", CreateSnapshotCopyGrant$) {};
	var CreateSnapshotScheduleCommand = class extends command(_ep0, _mw0, "CreateSnapshotSchedule", CreateSnapshotSchedule$) {};
	var CreateTagsCommand = class extends command(_ep0, _mw0, "CreateTags", CreateTags$) {};
	var CreateUsageLimitCommand = class extends command(_ep0, _mw0, "CreateUsageLimit", CreateUsageLimit$) {};
	var DeauthorizeDataShareCommand = class extends command(_ep0, _mw0, "DeauthorizeDataShare", DeauthorizeDataShare$) {};
	var DeleteAuthenticationProfileCommand = class extends command(_ep0, _mw0, "DeleteAuthenticationProfile", DeleteAuthenticationProfile$) {};
	var DeleteClusterCommand = class extends command(_ep0, _mw0, "DeleteCluster", DeleteCluster$) {};
	var DeleteClusterParameterGroupCommand = class extends command(_ep0, _mw0, "DeleteClusterParameterGroup", DeleteClusterParameterGroup$) {};
	var DeleteClusterSecurityGroupCommand = class extends command(_ep0, _mw0, "DeleteClusterSecurityGroup", DeleteClusterSecurityGroup$) {};
	var DeleteClusterSnapshotCommand = class extends command(_ep0, _mw0, "DeleteClusterSnapshot", DeleteClusterSnapshot$) {};
	var DeleteClusterSubnetGroupCommand = class extends command(_ep0, _mw0, "DeleteClusterSubnetGroup", DeleteClusterSubnetGroup$) {};
	var DeleteCustomDomainAssociationCommand = class extends command(_ep0, _mw0, "DeleteCustomDomainAssociation", DeleteCustomDomainAssociation$) {};
	var DeleteEndpointAccessCommand = class extends command(_ep0, _mw0, "DeleteEndpointAccess", DeleteEndpointAccess$) {};
	var DeleteEventSubscriptionCommand = class extends command(_ep0, _mw0, "DeleteEventSubscription", DeleteEventSubscription$) {};
	var DeleteHsmClientCertificateCommand = class extends command(_ep0, _mw0, "DeleteHsmClientCertificate", DeleteHsmClientCertificate$) {};
	var DeleteHsmConfigurationCommand = class extends command(_ep0, _mw0, "DeleteHsmConfiguration", DeleteHsmConfiguration$) {};
	var DeleteIntegrationCommand = class extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {};
	var DeletePartnerCommand = class extends command(_ep0, _mw0, "DeletePartner", DeletePartner$) {};
	var DeleteQev2IdcApplicationCommand = class extends command(_ep0, _mw0, "DeleteQev2IdcApplication", DeleteQev2IdcApplication$) {};
	var DeleteRedshiftIdcApplicationCommand = class extends command(_ep0, _mw0, "DeleteRedshiftIdcApplication", DeleteRedshiftIdcApplication$) {};
	var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {};
	var DeleteScheduledActionCommand = class extends command(_ep0, _mw0, "DeleteScheduledAction", DeleteScheduledAction$) {};
	var DeleteSnapshotCopyGrantCommand = class extends command(_ep0, _mw0, "DeleteSnapshotCopyGrant", DeleteSnapshotCopyGrant$) {};
	var DeleteSnapshotScheduleCommand = class extends command(_ep0, _mw0, "DeleteSnapshotSchedule", DeleteSnapshotSchedule$) {};
	var DeleteTagsCommand = class extends command(_ep0, _mw0, "DeleteTags", DeleteTags$) {};
	var DeleteUsageLimitCommand = class extends command(_ep0, _mw0, "DeleteUsageLimit", DeleteUsageLimit$) {};
	var DeregisterNamespaceCommand = class extends command(_ep0, _mw0, "DeregisterNamespace", DeregisterNamespace$) {};
	var DescribeAccountAttributesCommand = class extends command(_ep0, _mw0, "DescribeAccountAttributes", DescribeAccountAttributes$) {};
	var DescribeAuthenticationProfilesCommand = class extends command(_ep0, _mw0, "DescribeAuthenticationProfiles", DescribeAuthenticationProfiles$) {};
	var DescribeClusterDbRevisionsCommand = class extends command(_ep0, _mw0, "DescribeClusterDbRevisions", DescribeClusterDbRevisions$) {};
	var DescribeClusterParameterGroupsCommand = class extends command(_ep0, _mw0, "DescribeClusterParameterGroups", DescribeClusterParameterGroups$) {};
	var DescribeClusterParametersCommand = class extends command(_ep0, _mw0, "DescribeClusterParameters", DescribeClusterParameters$) {};
	var DescribeClustersCommand = class extends command(_ep0, _mw0, "DescribeClusters", DescribeClusters$) {};
	var DescribeClusterSecurityGroupsCommand = class extends command(_ep0, _mw0, "DescribeClusterSecurityGroups", DescribeClusterSecurityGroups$) {};
	var DescribeClusterSnapshotsCommand = class extends command(_ep0, _mw0, "DescribeClusterSnapshots", DescribeClusterSnapshots$) {};
	var DescribeClusterSubnetGroupsCommand = class extends command(_ep0, _mw0, "DescribeClusterSubnetGroups", DescribeClusterSubnetGroups$) {};
	var DescribeClusterTracksCommand = class extends command(_ep0, _mw0, "DescribeClusterTracks", DescribeClusterTracks$) {};
	var DescribeClusterVersionsCommand = class extends command(_ep0, _mw0, "DescribeClusterVersions", DescribeClusterVersions$) {};
	var DescribeCustomDomainAssociationsCommand = class extends command(_ep0, _mw0, "DescribeCustomDomainAssociations", DescribeCustomDomainAssociations$) {};
	var DescribeDataSharesCommand = class extends command(_ep0, _mw0, "DescribeDataShares", DescribeDataShares$) {};
	var DescribeDataSharesForConsumerCommand = class extends command(_ep0, _mw0, "DescribeDataSharesForConsumer", DescribeDataSharesForConsumer$) {};
	var DescribeDataSharesForProducerCommand = class extends command(_ep0, _mw0, "DescribeDataSharesForProducer", DescribeDataSharesForProducer$) {};
	var DescribeDefaultClusterParametersCommand = class extends command(_ep0, _mw0, "DescribeDefaultClusterParameters", DescribeDefaultClusterParameters$) {};
	var DescribeEndpointAccessCommand = class extends command(_ep0, _mw0, "DescribeEndpointAccess", DescribeEndpointAccess$) {};
	var DescribeEndpointAuthorizationCommand = class extends command(_ep0, _mw0, "DescribeEndpointAuthorization", DescribeEndpointAuthorization$) {};
	var DescribeEventCategoriesCommand = class extends command(_ep0, _mw0, "DescribeEventCategories", DescribeEventCategories$) {};
	var DescribeEventsCommand = class extends command(_ep0, _mw0, "DescribeEvents", DescribeEvents$) {};
	var DescribeEventSubscriptionsCommand = class extends command(_ep0, _mw0, "DescribeEventSubscriptions", DescribeEventSubscriptions$) {};
	var DescribeHsmClientCertificatesCommand = class extends command(_ep0, _mw0, "DescribeHsmClientCertificates", DescribeHsmClientCertificates$) {};
	var DescribeHsmConfigurationsCommand = class extends command(_ep0, _mw0, "DescribeHsmConfigurations", DescribeHsmConfigurations$) {};
	var DescribeInboundIntegrationsCommand = class extends command(_ep0, _mw0, "DescribeInboundIntegrations", DescribeInboundIntegrations$) {};
	var DescribeIntegrationsCommand = class extends command(_ep0, _mw0, "DescribeIntegrations", DescribeIntegrations$) {};
	var DescribeLoggingStatusCommand = class extends command(_ep0, _mw0, "DescribeLoggingStatus", DescribeLoggingStatus$) {};
	var DescribeNodeConfigurationOptionsCommand = class extends command(_ep0, _mw0, "DescribeNodeConfigurationOptions", DescribeNodeConfigurationOptions$) {};
	var DescribeOrderableClusterOptionsCommand = class extends command(_ep0, _mw0, "DescribeOrderableClusterOptions", DescribeOrderableClusterOptions$) {};
	var DescribePartnersCommand = class extends command(_ep0, _mw0, "DescribePartners", DescribePartners$) {};
	var DescribeQev2IdcApplicationsCommand = class extends command(_ep0, _mw0, "DescribeQev2IdcApplications", DescribeQev2IdcApplications$) {};
	var DescribeRedshiftIdcApplicationsCommand = class extends command(_ep0, _mw0, "DescribeRedshiftIdcApplications", DescribeRedshiftIdcApplications$) {};
	var DescribeReservedNodeExchangeStatusCommand = class extends command(_ep0, _mw0, "DescribeReservedNodeExchangeStatus", DescribeReservedNodeExchangeStatus$) {};
	var DescribeReservedNodeOfferingsCommand = class extends command(_ep0, _mw0, "DescribeReservedNodeOfferings", DescribeReservedNodeOfferings$) {};
	var DescribeReservedNodesCommand = class extends command(_ep0, _mw0, "DescribeReservedNodes", DescribeReservedNodes$) {};
	var DescribeResizeCommand = class extends command(_ep0, _mw0, "DescribeResize", DescribeResize$) {};
	var DescribeScheduledActionsCommand = class extends command(_ep0, _mw0, "DescribeScheduledActions", DescribeScheduledActions$) {};
	var DescribeSnapshotCopyGrantsCommand = class extends command(_ep0, _mw0, "DescribeSnapshotCopyGrants", DescribeSnapshotCopyGrants$) {};
	var DescribeSnapshotSchedulesCommand = class extends command(_ep0, _mw0, "DescribeSnapshotSchedules", DescribeSnapshotSchedules$) {};
	var DescribeStorageCommand = class extends command(_ep0, _mw0, "DescribeStorage", DescribeStorage$) {};
	var DescribeTableRestoreStatusCommand = class extends command(_ep0, _mw0, "DescribeTableRestoreStatus", DescribeTableRestoreStatus$) {};
	var DescribeTagsCommand = class extends command(_ep0, _mw0, "DescribeTags", DescribeTags$) {};
	var DescribeUsageLimitsCommand = class extends command(_ep0, _mw0, "DescribeUsageLimits", DescribeUsageLimits$) {};
	var DisableLoggingCommand = class extends command(_ep0, _mw0, "DisableLogging", DisableLogging$) {};
	var DisableSnapshotCopyCommand = class extends command(_ep0, _mw0, "DisableSnapshotCopy", DisableSnapshotCopy$) {};
	var DisassociateDataShareConsumerCommand = class extends command(_ep0, _mw0, "DisassociateDataShareConsumer", DisassociateDataShareConsumer$) {};
	var EnableLoggingCommand = class extends command(_ep0, _mw0, "EnableLogging", EnableLogging$) {};
	var EnableSnapshotCopyCommand = class extends command(_ep0, _mw0, "EnableSnapshotCopy", EnableSnapshotCopy$) {};
	var FailoverPrimaryComputeCommand = class extends command(_ep0, _mw0, "FailoverPrimaryCompute", FailoverPrimaryCompute$) {};
	var GetClusterCredentialsCommand = class extends command(_ep0, _mw0, "GetClusterCredentials", GetClusterCredentials$) {};
	var GetClusterCredentialsWithIAMCommand = class extends command(_ep0, _mw0, "GetClusterCredentialsWithIAM", GetClusterCredentialsWithIAM$) {};
	var GetIdentityCenterAuthTokenCommand = class extends command(_ep0, _mw0, "GetIdentityCenterAuthToken", GetIdentityCenterAuthToken$) {};
	var GetReservedNodeExchangeConfigurationOptionsCommand = class extends command(_ep0, _mw0, "GetReservedNodeExchangeConfigurationOptions", GetReservedNodeExchangeConfigurationOptions$) {};
	var GetReservedNodeExchangeOfferingsCommand = class extends command(_ep0, _mw0, "GetReservedNodeExchangeOfferings", GetReservedNodeExchangeOfferings$) {};
	var GetResourcePolicyCommand = class extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {};
	var ListRecommendationsCommand = class extends command(_ep0, _mw0, "ListRecommendations", ListRecommendations$) {};
	var ModifyAquaConfigurationCommand = class extends command(_ep0, _mw0, "ModifyAquaConfiguration", ModifyAquaConfiguration$) {};
	var ModifyAuthenticationProfileCommand = class extends command(_ep0, _mw0, "ModifyAuthenticationProfile", ModifyAuthenticationProfile$) {};
	var ModifyClusterCommand = class extends command(_ep0, _mw0, "ModifyCluster", ModifyCluster$) {};
	var ModifyClusterDbRevisionCommand = class extends command(_ep0, _mw0, "ModifyClusterDbRevision", ModifyClusterDbRevision$) {};
	var ModifyClusterIamRolesCommand = class extends command(_ep0, _mw0, "ModifyClusterIamRoles", ModifyClusterIamRoles$) {};
	var ModifyClusterMaintenanceCommand = class extends command(_ep0, _mw0, "ModifyClusterMaintenance", ModifyClusterMaintenance$) {};
	var ModifyClusterParameterGroupCommand = class extends command(_ep0, _mw0, "ModifyClusterParameterGroup", ModifyClusterParameterGroup$) {};
	var ModifyClusterSnapshotCommand = class extends command(_ep0, _mw0, "ModifyClusterSnapshot", ModifyClusterSnapshot$) {};
	var ModifyClusterSnapshotScheduleCommand = class extends command(_ep0, _mw0, "ModifyClusterSnapshotSchedule", ModifyClusterSnapshotSchedule$) {};
	var ModifyClusterSubnetGroupCommand = class extends command(_ep0, _mw0, "ModifyClusterSubnetGroup", ModifyClusterSubnetGroup$) {};
	var ModifyCustomDomainAssociationCommand = class extends command(_ep0, _mw0, "ModifyCustomDomainAssociation", ModifyCustomDomainAssociation$) {};
	var ModifyEndpointAccessCommand = class extends command(_ep0, _mw0, "ModifyEndpointAccess", ModifyEndpointAccess$) {};
	var ModifyEventSubscriptionCommand = class extends command(_ep0, _mw0, "ModifyEventSubscription", ModifyEventSubscription$) {};
	var ModifyIntegrationCommand = class extends command(_ep0, _mw0, "ModifyIntegration", ModifyIntegration$) {};
	var ModifyLakehouseConfigurationCommand = class extends command(_ep0, _mw0, "ModifyLakehouseConfiguration", ModifyLakehouseConfiguration$) {};
	var ModifyQev2IdcApplicationCommand = class extends command(_ep0, _mw0, "ModifyQev2IdcApplication", ModifyQev2IdcApplication$) {};
	var ModifyRedshiftIdcApplicationCommand = class extends command(_ep0, _mw0, "ModifyRedshiftIdcApplication", ModifyRedshiftIdcApplication$) {};
	var ModifyScheduledActionCommand = class extends command(_ep0, _mw0, "ModifyScheduledAction", ModifyScheduledAction$) {};
	var ModifySnapshotCopyRetentionPeriodCommand = class extends command(_ep0, _mw0, "ModifySnapshotCopyRetentionPeriod", ModifySnapshotCopyRetentionPeriod$) {};
	var ModifySnapshotScheduleCommand = class extends command(_ep0, _mw0, "ModifySnapshotSchedule", ModifySnapshotSchedule$) {};
	var ModifyUsageLimitCommand = class extends command(_ep0, _mw0, "ModifyUsageLimit", ModifyUsageLimit$) {};
	var PauseClusterCommand = class extends command(_ep0, _mw0, "PauseCluster", PauseCluster$) {};
	var PurchaseReservedNodeOfferingCommand = class extends command(_ep0, _mw0, "PurchaseReservedNodeOffering", PurchaseReservedNodeOffering$) {};
	var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {};
	var RebootClusterCommand = class extends command(_ep0, _mw0, "RebootCluster", RebootCluster$) {};
	var RegisterNamespaceCommand = class extends command(_ep0, _mw0, "RegisterNamespace", RegisterNamespace$) {};
	var RejectDataShareCommand = class extends command(_ep0, _mw0, "RejectDataShare", RejectDataShare$) {};
	var ResetClusterParameterGroupCommand = class extends command(_ep0, _mw0, "ResetClusterParameterGroup", ResetClusterParameterGroup$) {};
	var ResizeClusterCommand = class extends command(_ep0, _mw0, "ResizeCluster", ResizeCluster$) {};
	var RestoreFromClusterSnapshotCommand = class extends command(_ep0, _mw0, "RestoreFromClusterSnapshot", RestoreFromClusterSnapshot$) {};
	var RestoreTableFromClusterSnapshotCommand = class extends command(_ep0, _mw0, "RestoreTableFromClusterSnapshot", RestoreTableFromClusterSnapshot$) {};
	var ResumeClusterCommand = class extends command(_ep0, _mw0, "ResumeCluster", ResumeCluster$) {};
	var RevokeClusterSecurityGroupIngressCommand = class extends command(_ep0, _mw0, "RevokeClusterSecurityGroupIngress", RevokeClusterSecurityGroupIngress$) {};
	var RevokeEndpointAccessCommand = class extends command(_ep0, _mw0, "RevokeEndpointAccess", RevokeEndpointAccess$) {};
	var RevokeSnapshotAccessCommand = class extends command(_ep0, _mw0, "RevokeSnapshotAccess", RevokeSnapshotAccess$) {};
	var RotateEncryptionKeyCommand = class extends command(_ep0, _mw0, "RotateEncryptionKey", RotateEncryptionKey$) {};
	var UpdatePartnerStatusCommand = class extends command(_ep0, _mw0, "UpdatePartnerStatus", UpdatePartnerStatus$) {};
	const paginateDescribeClusterDbRevisions = createPaginator(RedshiftClient, DescribeClusterDbRevisionsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeClusterParameterGroups = createPaginator(RedshiftClient, DescribeClusterParameterGroupsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeClusterParameters = createPaginator(RedshiftClient, DescribeClusterParametersCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeClusterSecurityGroups = createPaginator(RedshiftClient, DescribeClusterSecurityGroupsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeClusterSnapshots = createPaginator(RedshiftClient, DescribeClusterSnapshotsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeClusters = createPaginator(RedshiftClient, DescribeClustersCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeClusterSubnetGroups = createPaginator(RedshiftClient, DescribeClusterSubnetGroupsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeClusterTracks = createPaginator(RedshiftClient, DescribeClusterTracksCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeClusterVersions = createPaginator(RedshiftClient, DescribeClusterVersionsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeCustomDomainAssociations = createPaginator(RedshiftClient, DescribeCustomDomainAssociationsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeDataSharesForConsumer = createPaginator(RedshiftClient, DescribeDataSharesForConsumerCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeDataSharesForProducer = createPaginator(RedshiftClient, DescribeDataSharesForProducerCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeDataShares = createPaginator(RedshiftClient, DescribeDataSharesCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeDefaultClusterParameters = createPaginator(RedshiftClient, DescribeDefaultClusterParametersCommand, "Marker", "DefaultClusterParameters.Marker", "MaxRecords");
	const paginateDescribeEndpointAccess = createPaginator(RedshiftClient, DescribeEndpointAccessCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeEndpointAuthorization = createPaginator(RedshiftClient, DescribeEndpointAuthorizationCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeEvents = createPaginator(RedshiftClient, DescribeEventsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeEventSubscriptions = createPaginator(RedshiftClient, DescribeEventSubscriptionsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeHsmClientCertificates = createPaginator(RedshiftClient, DescribeHsmClientCertificatesCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeHsmConfigurations = createPaginator(RedshiftClient, DescribeHsmConfigurationsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeInboundIntegrations = createPaginator(RedshiftClient, DescribeInboundIntegrationsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeIntegrations = createPaginator(RedshiftClient, DescribeIntegrationsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeNodeConfigurationOptions = createPaginator(RedshiftClient, DescribeNodeConfigurationOptionsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeOrderableClusterOptions = createPaginator(RedshiftClient, DescribeOrderableClusterOptionsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeQev2IdcApplications = createPaginator(RedshiftClient, DescribeQev2IdcApplicationsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeRedshiftIdcApplications = createPaginator(RedshiftClient, DescribeRedshiftIdcApplicationsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeReservedNodeExchangeStatus = createPaginator(RedshiftClient, DescribeReservedNodeExchangeStatusCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeReservedNodeOfferings = createPaginator(RedshiftClient, DescribeReservedNodeOfferingsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeReservedNodes = createPaginator(RedshiftClient, DescribeReservedNodesCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeScheduledActions = createPaginator(RedshiftClient, DescribeScheduledActionsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeSnapshotCopyGrants = createPaginator(RedshiftClient, DescribeSnapshotCopyGrantsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeSnapshotSchedules = createPaginator(RedshiftClient, DescribeSnapshotSchedulesCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeTableRestoreStatus = createPaginator(RedshiftClient, DescribeTableRestoreStatusCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeTags = createPaginator(RedshiftClient, DescribeTagsCommand, "Marker", "Marker", "MaxRecords");
	const paginateDescribeUsageLimits = createPaginator(RedshiftClient, DescribeUsageLimitsCommand, "Marker", "Marker", "MaxRecords");
	const paginateGetReservedNodeExchangeConfigurationOptions = createPaginator(RedshiftClient, GetReservedNodeExchangeConfigurationOptionsCommand, "Marker", "Marker", "MaxRecords");
	const paginateGetReservedNodeExchangeOfferings = createPaginator(RedshiftClient, GetReservedNodeExchangeOfferingsCommand, "Marker", "Marker", "MaxRecords");
	const paginateListRecommendations = createPaginator(RedshiftClient, ListRecommendationsCommand, "Marker", "Marker", "MaxRecords");
	const checkState$3 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeClustersCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return [].concat(...result.Clusters).map((element_2) => {
						return element_2.ClusterStatus;
					});
				};
				let allStringEq_5 = returnComparator().length > 0;
				for (let element_4 of returnComparator()) allStringEq_5 = allStringEq_5 && element_4 == "available";
				if (allStringEq_5) return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return [].concat(...result.Clusters).map((element_2) => {
						return element_2.ClusterStatus;
					});
				};
				for (let anyStringEq_4 of returnComparator()) if (anyStringEq_4 == "deleting") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
			if (exception.name === "ClusterNotFoundFault") return {
				state: WaiterState.RETRY,
				reason
			};
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilClusterAvailable = async (params, input) => {
		const result = await createWaiter({
			minDelay: 60,
			maxDelay: 120,
			...params
		}, input, checkState$3);
		return checkExceptions(result);
	};
	const checkState$2 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeClustersCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return [].concat(...result.Clusters).map((element_2) => {
						return element_2.ClusterStatus;
					});
				};
				for (let anyStringEq_4 of returnComparator()) if (anyStringEq_4 == "creating") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return [].concat(...result.Clusters).map((element_2) => {
						return element_2.ClusterStatus;
					});
				};
				for (let anyStringEq_4 of returnComparator()) if (anyStringEq_4 == "modifying") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
			if (exception.name === "ClusterNotFoundFault") return {
				state: WaiterState.SUCCESS,
				reason
			};
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilClusterDeleted = async (params, input) => {
		const result = await createWaiter({
			minDelay: 60,
			maxDelay: 120,
			...params
		}, input, checkState$2);
		return checkExceptions(result);
	};
	const checkState$1 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeClustersCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return [].concat(...result.Clusters).map((element_2) => {
						return element_2.RestoreStatus.Status;
					});
				};
				let allStringEq_5 = returnComparator().length > 0;
				for (let element_4 of returnComparator()) allStringEq_5 = allStringEq_5 && element_4 == "completed";
				if (allStringEq_5) return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return [].concat(...result.Clusters).map((element_2) => {
						return element_2.ClusterStatus;
					});
				};
				for (let anyStringEq_4 of returnComparator()) if (anyStringEq_4 == "deleting") return {
					state: WaiterState.FAILURE,
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
	const waitUntilClusterRestored = async (params, input) => {
		const result = await createWaiter({
			minDelay: 60,
			maxDelay: 120,
			...params
		}, input, checkState$1);
		return checkExceptions(result);
	};
	const checkState = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeClusterSnapshotsCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return [].concat(...result.Snapshots).map((element_2) => {
						return element_2.Status;
					});
				};
				let allStringEq_5 = returnComparator().length > 0;
				for (let element_4 of returnComparator()) allStringEq_5 = allStringEq_5 && element_4 == "available";
				if (allStringEq_5) return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return [].concat(...result.Snapshots).map((element_2) => {
						return element_2.Status;
					});
				};
				for (let anyStringEq_4 of returnComparator()) if (anyStringEq_4 == "failed") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return [].concat(...result.Snapshots).map((element_2) => {
						return element_2.Status;
					});
				};
				for (let anyStringEq_4 of returnComparator()) if (anyStringEq_4 == "deleted") return {
					state: WaiterState.FAILURE,
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
	const waitUntilSnapshotAvailable = async (params, input) => {
		const result = await createWaiter({
			minDelay: 15,
			maxDelay: 120,
			...params
		}, input, checkState);
		return checkExceptions(result);
	};
	const commands = {
		AcceptReservedNodeExchangeCommand,
		AddPartnerCommand,
		AssociateDataShareConsumerCommand,
		AuthorizeClusterSecurityGroupIngressCommand,
		AuthorizeDataShareCommand,
		AuthorizeEndpointAccessCommand,
		AuthorizeSnapshotAccessCommand,
		BatchDeleteClusterSnapshotsCommand,
		BatchModifyClusterSnapshotsCommand,
		CancelResizeCommand,
		CopyClusterSnapshotCommand,
		CreateAuthenticationProfileCommand,
		CreateClusterCommand,
		CreateClusterParameterGroupCommand,
		CreateClusterSecurityGroupCommand,
		CreateClusterSnapshotCommand,
		CreateClusterSubnetGroupCommand,
		CreateCustomDomainAssociationCommand,
		CreateEndpointAccessCommand,
		CreateEventSubscriptionCommand,
		CreateHsmClientCertificateCommand,
		CreateHsmConfigurationCommand,
		CreateIntegrationCommand,
		CreateQev2IdcApplicationCommand,
		CreateRedshiftIdcApplicationCommand,
		CreateScheduledActionCommand,
		CreateSnapshotCopyGrantCommand,
		CreateSnapshotScheduleCommand,
		CreateTagsCommand,
		CreateUsageLimitCommand,
		DeauthorizeDataShareCommand,
		DeleteAuthenticationProfileCommand,
		DeleteClusterCommand,
		DeleteClusterParameterGroupCommand,
		DeleteClusterSecurityGroupCommand,
		DeleteClusterSnapshotCommand,
		DeleteClusterSubnetGroupCommand,
		DeleteCustomDomainAssociationCommand,
		DeleteEndpointAccessCommand,
		DeleteEventSubscriptionCommand,
		DeleteHsmClientCertificateCommand,
		DeleteHsmConfigurationCommand,
		DeleteIntegrationCommand,
		DeletePartnerCommand,
		DeleteQev2IdcApplicationCommand,
		DeleteRedshiftIdcApplicationCommand,
		DeleteResourcePolicyCommand,
		DeleteScheduledActionCommand,
		DeleteSnapshotCopyGrantCommand,
		DeleteSnapshotScheduleCommand,
		DeleteTagsCommand,
		DeleteUsageLimitCommand,
		DeregisterNamespaceCommand,
		DescribeAccountAttributesCommand,
		DescribeAuthenticationProfilesCommand,
		DescribeClusterDbRevisionsCommand,
		DescribeClusterParameterGroupsCommand,
		DescribeClusterParametersCommand,
		DescribeClustersCommand,
		DescribeClusterSecurityGroupsCommand,
		DescribeClusterSnapshotsCommand,
		DescribeClusterSubnetGroupsCommand,
		DescribeClusterTracksCommand,
		DescribeClusterVersionsCommand,
		DescribeCustomDomainAssociationsCommand,
		DescribeDataSharesCommand,
		DescribeDataSharesForConsumerCommand,
		DescribeDataSharesForProducerCommand,
		DescribeDefaultClusterParametersCommand,
		DescribeEndpointAccessCommand,
		DescribeEndpointAuthorizationCommand,
		DescribeEventCategoriesCommand,
		DescribeEventsCommand,
		DescribeEventSubscriptionsCommand,
		DescribeHsmClientCertificatesCommand,
		DescribeHsmConfigurationsCommand,
		DescribeInboundIntegrationsCommand,
		DescribeIntegrationsCommand,
		DescribeLoggingStatusCommand,
		DescribeNodeConfigurationOptionsCommand,
		DescribeOrderableClusterOptionsCommand,
		DescribePartnersCommand,
		DescribeQev2IdcApplicationsCommand,
		DescribeRedshiftIdcApplicationsCommand,
		DescribeReservedNodeExchangeStatusCommand,
		DescribeReservedNodeOfferingsCommand,
		DescribeReservedNodesCommand,
		DescribeResizeCommand,
		DescribeScheduledActionsCommand,
		DescribeSnapshotCopyGrantsCommand,
		DescribeSnapshotSchedulesCommand,
		DescribeStorageCommand,
		DescribeTableRestoreStatusCommand,
		DescribeTagsCommand,
		DescribeUsageLimitsCommand,
		DisableLoggingCommand,
		DisableSnapshotCopyCommand,
		DisassociateDataShareConsumerCommand,
		EnableLoggingCommand,
		EnableSnapshotCopyCommand,
		FailoverPrimaryComputeCommand,
		GetClusterCredentialsCommand,
		GetClusterCredentialsWithIAMCommand,
		GetIdentityCenterAuthTokenCommand,
		GetReservedNodeExchangeConfigurationOptionsCommand,
		GetReservedNodeExchangeOfferingsCommand,
		GetResourcePolicyCommand,
		ListRecommendationsCommand,
		ModifyAquaConfigurationCommand,
		ModifyAuthenticationProfileCommand,
		ModifyClusterCommand,
		ModifyClusterDbRevisionCommand,
		ModifyClusterIamRolesCommand,
		ModifyClusterMaintenanceCommand,
		ModifyClusterParameterGroupCommand,
		ModifyClusterSnapshotCommand,
		ModifyClusterSnapshotScheduleCommand,
		ModifyClusterSubnetGroupCommand,
		ModifyCustomDomainAssociationCommand,
		ModifyEndpointAccessCommand,
		ModifyEventSubscriptionCommand,
		ModifyIntegrationCommand,
		ModifyLakehouseConfigurationCommand,
		ModifyQev2IdcApplicationCommand,
		ModifyRedshiftIdcApplicationCommand,
		ModifyScheduledActionCommand,
		ModifySnapshotCopyRetentionPeriodCommand,
		ModifySnapshotScheduleCommand,
		ModifyUsageLimitCommand,
		PauseClusterCommand,
		PurchaseReservedNodeOfferingCommand,
		PutResourcePolicyCommand,
		RebootClusterCommand,
		RegisterNamespaceCommand,
		RejectDataShareCommand,
		ResetClusterParameterGroupCommand,
		ResizeClusterCommand,
		RestoreFromClusterSnapshotCommand,
		RestoreTableFromClusterSnapshotCommand,
		ResumeClusterCommand,
		RevokeClusterSecurityGroupIngressCommand,
		RevokeEndpointAccessCommand,
		RevokeSnapshotAccessCommand,
		RotateEncryptionKeyCommand,
		UpdatePartnerStatusCommand
	};
	const paginators = {
		paginateDescribeClusterDbRevisions,
		paginateDescribeClusterParameterGroups,
		paginateDescribeClusterParameters,
		paginateDescribeClusters,
		paginateDescribeClusterSecurityGroups,
		paginateDescribeClusterSnapshots,
		paginateDescribeClusterSubnetGroups,
		paginateDescribeClusterTracks,
		paginateDescribeClusterVersions,
		paginateDescribeCustomDomainAssociations,
		paginateDescribeDataShares,
		paginateDescribeDataSharesForConsumer,
		paginateDescribeDataSharesForProducer,
		paginateDescribeDefaultClusterParameters,
		paginateDescribeEndpointAccess,
		paginateDescribeEndpointAuthorization,
		paginateDescribeEvents,
		paginateDescribeEventSubscriptions,
		paginateDescribeHsmClientCertificates,
		paginateDescribeHsmConfigurations,
		paginateDescribeInboundIntegrations,
		paginateDescribeIntegrations,
		paginateDescribeNodeConfigurationOptions,
		paginateDescribeOrderableClusterOptions,
		paginateDescribeQev2IdcApplications,
		paginateDescribeRedshiftIdcApplications,
		paginateDescribeReservedNodeExchangeStatus,
		paginateDescribeReservedNodeOfferings,
		paginateDescribeReservedNodes,
		paginateDescribeScheduledActions,
		paginateDescribeSnapshotCopyGrants,
		paginateDescribeSnapshotSchedules,
		paginateDescribeTableRestoreStatus,
		paginateDescribeTags,
		paginateDescribeUsageLimits,
		paginateGetReservedNodeExchangeConfigurationOptions,
		paginateGetReservedNodeExchangeOfferings,
		paginateListRecommendations
	};
	const waiters = {
		waitUntilClusterAvailable,
		waitUntilClusterDeleted,
		waitUntilClusterRestored,
		waitUntilSnapshotAvailable
	};
	var Redshift = class extends RedshiftClient {};
	createAggregatedClient(commands, Redshift, {
		paginators,
		waiters
	});
	exports.CreateClusterCommand = CreateClusterCommand;
	exports.CreateClusterParameterGroupCommand = CreateClusterParameterGroupCommand;
	exports.CreateClusterSubnetGroupCommand = CreateClusterSubnetGroupCommand;
	exports.CreateSnapshotCopyGrantCommand = CreateSnapshotCopyGrantCommand;
	exports.CreateSnapshotScheduleCommand = CreateSnapshotScheduleCommand;
	exports.DeleteClusterCommand = DeleteClusterCommand;
	exports.DeleteClusterParameterGroupCommand = DeleteClusterParameterGroupCommand;
	exports.DeleteClusterSubnetGroupCommand = DeleteClusterSubnetGroupCommand;
	exports.DeleteSnapshotCopyGrantCommand = DeleteSnapshotCopyGrantCommand;
	exports.DeleteSnapshotScheduleCommand = DeleteSnapshotScheduleCommand;
	exports.DescribeClusterParameterGroupsCommand = DescribeClusterParameterGroupsCommand;
	exports.DescribeClusterSubnetGroupsCommand = DescribeClusterSubnetGroupsCommand;
	exports.DescribeClustersCommand = DescribeClustersCommand;
	exports.DescribeSnapshotCopyGrantsCommand = DescribeSnapshotCopyGrantsCommand;
	exports.ModifyClusterParameterGroupCommand = ModifyClusterParameterGroupCommand;
	exports.ModifyClusterSnapshotScheduleCommand = ModifyClusterSnapshotScheduleCommand;
	exports.RedshiftClient = RedshiftClient;
	exports.paginateDescribeClusterParameterGroups = paginateDescribeClusterParameterGroups;
	exports.paginateDescribeClusterParameters = paginateDescribeClusterParameters;
	exports.paginateDescribeClusterSubnetGroups = paginateDescribeClusterSubnetGroups;
	exports.paginateDescribeClusters = paginateDescribeClusters;
	exports.paginateDescribeSnapshotCopyGrants = paginateDescribeSnapshotCopyGrants;
	exports.paginateDescribeSnapshotSchedules = paginateDescribeSnapshotSchedules;
})))(), 1);
const client = clientOf(import_dist_cjs.RedshiftClient);
/** A resource's tags as a record keeps them: sorted, undefined when none. */
const tagsOf = (tags) => sortedTags(tags, (t) => t.Key);
// src/engine/state/portable/redshift/clusters.ts
const DELETE_TIMEOUT_MS = 12e4;
/** The cluster security group every cluster of moto and LocalStack is in (EC2-Classic's, which AWS retired). */
const DEFAULT_SECURITY_GROUP = "Default";
const CLUSTER = recordKind("cluster");
async function clusters(r) {
	return sortBy(await collect(import_dist_cjs.paginateDescribeClusters({ client: r }, {}), (p) => p.Clusters), (c) => c.ClusterIdentifier);
}
function clusterOf(context, c) {
	const managedPassword = c.MasterPasswordSecretArn ? true : void 0;
	if (!managedPassword) context.warn(CLUSTER.label(c.ClusterIdentifier), "its master password is not readable: a load gives the cluster a new, random one (set yours with ModifyCluster)");
	return {
		id: c.ClusterIdentifier,
		nodeType: c.NodeType,
		numberOfNodes: c.NumberOfNodes ?? 1,
		dbName: c.DBName,
		masterUsername: c.MasterUsername,
		managedPassword,
		port: c.Endpoint?.Port,
		parameterGroup: c.ClusterParameterGroups?.[0]?.ParameterGroupName,
		subnetGroup: c.ClusterSubnetGroupName,
		vpcSecurityGroupIds: nonEmpty(sortBy((c.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId), (id) => id)),
		clusterSecurityGroups: nonEmpty(sortBy((c.ClusterSecurityGroups ?? []).map((g) => g.ClusterSecurityGroupName).filter((name) => name !== DEFAULT_SECURITY_GROUP), (name) => name)),
		availabilityZone: c.AvailabilityZone,
		encrypted: c.Encrypted,
		kmsKeyId: c.KmsKeyId,
		publiclyAccessible: c.PubliclyAccessible,
		enhancedVpcRouting: c.EnhancedVpcRouting,
		automatedSnapshotRetentionPeriod: c.AutomatedSnapshotRetentionPeriod,
		manualSnapshotRetentionPeriod: c.ManualSnapshotRetentionPeriod,
		preferredMaintenanceWindow: c.PreferredMaintenanceWindow,
		clusterVersion: c.ClusterVersion,
		allowVersionUpgrade: c.AllowVersionUpgrade,
		iamRoles: nonEmpty(sortBy((c.IamRoles ?? []).map((role) => role.IamRoleArn), (arn) => arn)),
		defaultIamRole: c.DefaultIamRoleArn,
		snapshotSchedule: c.SnapshotScheduleIdentifier,
		tags: tagsOf(c.Tags)
	};
}
/** Deleting takes minutes on AWS; a cluster of the same name, or a deletion of its groups, must wait for it. */
async function deleteCluster(r, id) {
	if (!await unlessMissing(r.send(new import_dist_cjs.DeleteClusterCommand({
		ClusterIdentifier: id,
		SkipFinalClusterSnapshot: true
	})))) return;
	const describe = async () => (await unlessMissing(r.send(new import_dist_cjs.DescribeClustersCommand({ ClusterIdentifier: id }))))?.Clusters?.[0];
	await pollUntil(describe, (current) => current === void 0, CLUSTER.label(id), "deleted", DELETE_TIMEOUT_MS);
}
/** A password Redshift takes: upper and lower case letters and digits, none of the characters it refuses. */
function generatedPassword() {
	return `Pw${randomBytes(16).toString("hex")}9`;
}
/** Made anew (deleted first when the instance has it), with a new password unless Secrets Manager keeps it. */
async function restoreCluster(r, c) {
	await deleteCluster(r, c.id);
	await r.send(new import_dist_cjs.CreateClusterCommand({
		ClusterIdentifier: c.id,
		NodeType: c.nodeType,
		ClusterType: c.numberOfNodes > 1 ? "multi-node" : "single-node",
		NumberOfNodes: c.numberOfNodes > 1 ? c.numberOfNodes : void 0,
		DBName: c.dbName,
		MasterUsername: c.masterUsername,
		ManageMasterPassword: c.managedPassword,
		MasterUserPassword: c.managedPassword ? void 0 : generatedPassword(),
		Port: c.port,
		ClusterParameterGroupName: c.parameterGroup,
		ClusterSubnetGroupName: c.subnetGroup,
		VpcSecurityGroupIds: c.vpcSecurityGroupIds,
		ClusterSecurityGroups: c.clusterSecurityGroups,
		AvailabilityZone: c.availabilityZone,
		Encrypted: c.encrypted,
		KmsKeyId: c.kmsKeyId,
		PubliclyAccessible: c.publiclyAccessible,
		EnhancedVpcRouting: c.enhancedVpcRouting,
		AutomatedSnapshotRetentionPeriod: c.automatedSnapshotRetentionPeriod,
		ManualSnapshotRetentionPeriod: c.manualSnapshotRetentionPeriod,
		PreferredMaintenanceWindow: c.preferredMaintenanceWindow,
		ClusterVersion: c.clusterVersion,
		AllowVersionUpgrade: c.allowVersionUpgrade,
		IamRoles: c.iamRoles,
		DefaultIamRoleArn: c.defaultIamRole,
		Tags: c.tags
	}));
	if (c.snapshotSchedule) await r.send(new import_dist_cjs.ModifyClusterSnapshotScheduleCommand({
		ClusterIdentifier: c.id,
		ScheduleIdentifier: c.snapshotSchedule
	}));
}
// src/engine/state/portable/redshift/groups.ts
/** ModifyClusterParameterGroup takes at most 20 parameters. */
const PARAMETERS_PER_CALL = 20;
/** The parameter groups every region has (`default.redshift-1.0`): neither made nor deleted. */
const isDefaultParameterGroup = (name) => name.startsWith("default.");
const PARAMETER_GROUP = recordKind("parameter-group");
const SUBNET_GROUP = recordKind("subnet-group");
const COPY_GRANT = recordKind("snapshot-copy-grant");
const SCHEDULE = recordKind("snapshot-schedule");
async function parameterGroups(r) {
	const all = await collect(import_dist_cjs.paginateDescribeClusterParameterGroups({ client: r }, {}), (p) => p.ParameterGroups);
	return sortBy(all.filter((g) => !isDefaultParameterGroup(g.ParameterGroupName)), (g) => g.ParameterGroupName);
}
async function subnetGroups(r) {
	return sortBy(await collect(import_dist_cjs.paginateDescribeClusterSubnetGroups({ client: r }, {}), (p) => p.ClusterSubnetGroups), (g) => g.ClusterSubnetGroupName);
}
async function copyGrants(r) {
	const listed = await unlessUnimplemented(r, "DescribeSnapshotCopyGrants", () => collect(import_dist_cjs.paginateDescribeSnapshotCopyGrants({ client: r }, {}), (p) => p.SnapshotCopyGrants));
	return sortBy(listed ?? [], (g) => g.SnapshotCopyGrantName);
}
/** None where the instance does not serve them (moto, LocalStack). */
async function schedules(r) {
	const listed = await unlessUnimplemented(r, "DescribeSnapshotSchedules", () => collect(import_dist_cjs.paginateDescribeSnapshotSchedules({ client: r }, {}), (p) => p.SnapshotSchedules));
	return sortBy(listed ?? [], (s) => s.ScheduleIdentifier);
}
/** Only the parameters set in the group: the others are the engine's defaults. */
async function captureParameterGroup(r, g) {
	const pages = import_dist_cjs.paginateDescribeClusterParameters({ client: r }, {
		ParameterGroupName: g.ParameterGroupName,
		Source: "user"
	});
	const set = (await collect(pages, (p) => p.Parameters)).filter((p) => p.Source === "user");
	const parameters = sortBy(set, (p) => p.ParameterName).map((p) => ({
		name: p.ParameterName,
		value: p.ParameterValue,
		applyType: p.ApplyType
	}));
	return {
		name: g.ParameterGroupName,
		family: g.ParameterGroupFamily,
		description: g.Description ?? "",
		parameters: nonEmpty(parameters),
		tags: tagsOf(g.Tags)
	};
}
async function subnetGroupOf(network, g) {
	const ids = sortBy((g.Subnets ?? []).map((s) => s.SubnetIdentifier), (id) => id);
	return {
		name: g.ClusterSubnetGroupName,
		description: g.Description ?? "",
		subnets: (await network.placementOf(ids)).subnets,
		tags: tagsOf(g.Tags)
	};
}
const copyGrantOf = (g) => ({
	name: g.SnapshotCopyGrantName,
	kmsKeyId: g.KmsKeyId,
	tags: tagsOf(g.Tags)
});
const scheduleOf = (s) => ({
	id: s.ScheduleIdentifier,
	definitions: s.ScheduleDefinitions ?? [],
	description: s.ScheduleDescription,
	tags: tagsOf(s.Tags)
});
/** Every group, grant and schedule of the region (clusters are deleted before: a group in use cannot be). */
async function clearGroups(r) {
	for (const s of await schedules(r)) await unlessMissing(r.send(new import_dist_cjs.DeleteSnapshotScheduleCommand({ ScheduleIdentifier: s.ScheduleIdentifier })));
	for (const g of await copyGrants(r)) await unlessMissing(r.send(new import_dist_cjs.DeleteSnapshotCopyGrantCommand({ SnapshotCopyGrantName: g.SnapshotCopyGrantName })));
	for (const g of await subnetGroups(r)) await unlessMissing(r.send(new import_dist_cjs.DeleteClusterSubnetGroupCommand({ ClusterSubnetGroupName: g.ClusterSubnetGroupName })));
	for (const g of await parameterGroups(r)) await unlessMissing(r.send(new import_dist_cjs.DeleteClusterParameterGroupCommand({ ParameterGroupName: g.ParameterGroupName })));
}
/** Made anew (deleted first when the instance has it), then its parameters set. */
async function restoreParameterGroup(r, g) {
	await unlessMissing(r.send(new import_dist_cjs.DeleteClusterParameterGroupCommand({ ParameterGroupName: g.name })));
	await r.send(new import_dist_cjs.CreateClusterParameterGroupCommand({
		ParameterGroupName: g.name,
		ParameterGroupFamily: g.family,
		Description: g.description,
		Tags: g.tags
	}));
	if (!g.parameters) return;
	const parameters = g.parameters.map((p) => ({
		ParameterName: p.name,
		ParameterValue: p.value,
		ApplyType: p.applyType
	}));
	for (const Parameters of chunks(parameters, PARAMETERS_PER_CALL)) await r.send(new import_dist_cjs.ModifyClusterParameterGroupCommand({
		ParameterGroupName: g.name,
		Parameters
	}));
}
async function restoreSubnetGroup(r, network, g, resource) {
	const { SubnetIds } = await network.placementIds({
		subnets: g.subnets,
		groups: []
	}, resource);
	await unlessMissing(r.send(new import_dist_cjs.DeleteClusterSubnetGroupCommand({ ClusterSubnetGroupName: g.name })));
	await r.send(new import_dist_cjs.CreateClusterSubnetGroupCommand({
		ClusterSubnetGroupName: g.name,
		Description: g.description,
		SubnetIds,
		Tags: g.tags
	}));
}
async function restoreCopyGrant(r, g) {
	await unlessMissing(r.send(new import_dist_cjs.DeleteSnapshotCopyGrantCommand({ SnapshotCopyGrantName: g.name })));
	await r.send(new import_dist_cjs.CreateSnapshotCopyGrantCommand({
		SnapshotCopyGrantName: g.name,
		KmsKeyId: g.kmsKeyId,
		Tags: g.tags
	}));
}
async function restoreSchedule(r, s) {
	await unlessMissing(r.send(new import_dist_cjs.DeleteSnapshotScheduleCommand({ ScheduleIdentifier: s.id })));
	await r.send(new import_dist_cjs.CreateSnapshotScheduleCommand({
		ScheduleIdentifier: s.id,
		ScheduleDefinitions: s.definitions,
		ScheduleDescription: s.description,
		Tags: s.tags
	}));
}
// src/engine/state/portable/redshift/redshift.ts
/** What clusters name first (groups, grants, schedules), then the clusters. */
const capture = eachRegion(async function* (context, region) {
	const r = client(context, region);
	for (const g of await parameterGroups(r)) yield PARAMETER_GROUP.record(region, g.ParameterGroupName, await captureParameterGroup(r, g));
	const network = new Network(context, region);
	for (const g of await subnetGroups(r)) yield SUBNET_GROUP.record(region, g.ClusterSubnetGroupName, await subnetGroupOf(network, g));
	for (const g of await copyGrants(r)) yield COPY_GRANT.record(region, g.SnapshotCopyGrantName, copyGrantOf(g));
	for (const s of await schedules(r)) yield SCHEDULE.record(region, s.ScheduleIdentifier, scheduleOf(s));
	for (const c of await clusters(r)) yield CLUSTER.record(region, c.ClusterIdentifier, clusterOf(context, c));
});
/** Clusters, the region's own parameter groups, subnet groups and copy grants, each asked for one page at once. */
const regionsWithState = regionsWhere(async (context, region) => {
	const r = client(context, region);
	const [c, p, s, g] = await Promise.all([
		r.send(new import_dist_cjs.DescribeClustersCommand({ MaxRecords: 20 })),
		r.send(new import_dist_cjs.DescribeClusterParameterGroupsCommand({ MaxRecords: 100 })),
		r.send(new import_dist_cjs.DescribeClusterSubnetGroupsCommand({ MaxRecords: 20 })),
		unlessUnimplemented(r, "DescribeSnapshotCopyGrants", () => r.send(new import_dist_cjs.DescribeSnapshotCopyGrantsCommand({ MaxRecords: 20 })))
	]);
	const ownGroups = (p.ParameterGroups ?? []).filter((x) => !isDefaultParameterGroup(x.ParameterGroupName));
	return [
		c.Clusters,
		ownGroups,
		s.ClusterSubnetGroups,
		g?.SnapshotCopyGrants
	].some((items) => (items?.length ?? 0) > 0);
});
async function clear(context, region) {
	const r = client(context, region);
	for (const c of await clusters(r)) await deleteCluster(r, c.ClusterIdentifier);
	await clearGroups(r);
}
/**
* Redshift: clusters' configuration (nodes, database, master user, port, groups, security
* groups, encryption, snapshots and maintenance, roles, tags), parameter groups with the
* parameters set in them, subnet groups, snapshot copy grants and snapshot schedules. The
* clusters' data is not kept, nor their master password, which is not readable.
*/
const redshift = {
	name: "redshift",
	dependsOn: [
		"iam",
		"kms",
		"ec2"
	],
	capture,
	regionsWithState,
	clear,
	restore: (context, region, records) => {
		const r = client(context, region);
		const network = new Network(context, region);
		return restoreRecords(context, records, 1, on(PARAMETER_GROUP, (g) => restoreParameterGroup(r, g)), on(SUBNET_GROUP, (g, record) => restoreSubnetGroup(r, network, g, labelOf(record))), on(COPY_GRANT, (g) => restoreCopyGrant(r, g)), on(SCHEDULE, (s) => restoreSchedule(r, s)), on(CLUSTER, (c) => restoreCluster(r, c)));
	},
	requests: { signingName: "redshift" }
};
export { redshift };
