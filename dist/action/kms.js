import { a as __toCommonJS, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$2, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$1, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { n as mapOrdered, t as forEachLimit } from "./concurrency.js";
import { d as unlessMissing, m as clientOf, o as createOrUpdate, r as collect } from "./kit.js";
import { a as sortBy, d as on, g as recordKind, i as nonEmpty, m as restoreRecords } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { n as sortedTags, t as replaceTags } from "./tags.js";
// src/engine/state/portable/kms/kms.ts
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
	const { AwsJson1_1Protocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const defaultKMSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "kms",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultKMSHttpAuthSchemeProvider = (authParameters) => {
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
			defaultSigningName: "kms"
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
			["https://kms-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://kms-fips.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://kms.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://kms.{Region}.{PartitionResult#dnsSuffix}", i],
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
	var KMSServiceException = class KMSServiceException extends ServiceException {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.kms#KMSServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, KMSServiceException.prototype);
		}
	};
	var AlreadyExistsException = class AlreadyExistsException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#AlreadyExistsException";
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
	var DependencyTimeoutException = class DependencyTimeoutException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#DependencyTimeoutException";
		name = "DependencyTimeoutException";
		$fault = "server";
		constructor(opts) {
			super({
				name: "DependencyTimeoutException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, DependencyTimeoutException.prototype);
		}
	};
	var InvalidArnException = class InvalidArnException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidArnException";
		name = "InvalidArnException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidArnException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidArnException.prototype);
		}
	};
	var KMSInternalException = class KMSInternalException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#KMSInternalException";
		name = "KMSInternalException";
		$fault = "server";
		constructor(opts) {
			super({
				name: "KMSInternalException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, KMSInternalException.prototype);
		}
	};
	var KMSInvalidStateException = class KMSInvalidStateException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#KMSInvalidStateException";
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
	var NotFoundException = class NotFoundException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#NotFoundException";
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
	var CloudHsmClusterInUseException = class CloudHsmClusterInUseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CloudHsmClusterInUseException";
		name = "CloudHsmClusterInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CloudHsmClusterInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CloudHsmClusterInUseException.prototype);
		}
	};
	var CloudHsmClusterInvalidConfigurationException = class CloudHsmClusterInvalidConfigurationException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CloudHsmClusterInvalidConfigurationException";
		name = "CloudHsmClusterInvalidConfigurationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CloudHsmClusterInvalidConfigurationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CloudHsmClusterInvalidConfigurationException.prototype);
		}
	};
	var CloudHsmClusterNotActiveException = class CloudHsmClusterNotActiveException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CloudHsmClusterNotActiveException";
		name = "CloudHsmClusterNotActiveException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CloudHsmClusterNotActiveException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CloudHsmClusterNotActiveException.prototype);
		}
	};
	var CloudHsmClusterNotFoundException = class CloudHsmClusterNotFoundException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CloudHsmClusterNotFoundException";
		name = "CloudHsmClusterNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CloudHsmClusterNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CloudHsmClusterNotFoundException.prototype);
		}
	};
	var CloudHsmClusterNotRelatedException = class CloudHsmClusterNotRelatedException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CloudHsmClusterNotRelatedException";
		name = "CloudHsmClusterNotRelatedException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CloudHsmClusterNotRelatedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CloudHsmClusterNotRelatedException.prototype);
		}
	};
	var ConflictException = class ConflictException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#ConflictException";
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
	var CustomKeyStoreInvalidStateException = class CustomKeyStoreInvalidStateException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CustomKeyStoreInvalidStateException";
		name = "CustomKeyStoreInvalidStateException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CustomKeyStoreInvalidStateException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomKeyStoreInvalidStateException.prototype);
		}
	};
	var CustomKeyStoreNotFoundException = class CustomKeyStoreNotFoundException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CustomKeyStoreNotFoundException";
		name = "CustomKeyStoreNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CustomKeyStoreNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomKeyStoreNotFoundException.prototype);
		}
	};
	var InvalidAliasNameException = class InvalidAliasNameException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidAliasNameException";
		name = "InvalidAliasNameException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidAliasNameException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidAliasNameException.prototype);
		}
	};
	var LimitExceededException = class LimitExceededException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#LimitExceededException";
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
	var CustomKeyStoreNameInUseException = class CustomKeyStoreNameInUseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CustomKeyStoreNameInUseException";
		name = "CustomKeyStoreNameInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CustomKeyStoreNameInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomKeyStoreNameInUseException.prototype);
		}
	};
	var IncorrectTrustAnchorException = class IncorrectTrustAnchorException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#IncorrectTrustAnchorException";
		name = "IncorrectTrustAnchorException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IncorrectTrustAnchorException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IncorrectTrustAnchorException.prototype);
		}
	};
	var XksProxyIncorrectAuthenticationCredentialException = class XksProxyIncorrectAuthenticationCredentialException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyIncorrectAuthenticationCredentialException";
		name = "XksProxyIncorrectAuthenticationCredentialException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyIncorrectAuthenticationCredentialException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyIncorrectAuthenticationCredentialException.prototype);
		}
	};
	var XksProxyInvalidConfigurationException = class XksProxyInvalidConfigurationException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyInvalidConfigurationException";
		name = "XksProxyInvalidConfigurationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyInvalidConfigurationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyInvalidConfigurationException.prototype);
		}
	};
	var XksProxyInvalidResponseException = class XksProxyInvalidResponseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyInvalidResponseException";
		name = "XksProxyInvalidResponseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyInvalidResponseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyInvalidResponseException.prototype);
		}
	};
	var XksProxyUriEndpointInUseException = class XksProxyUriEndpointInUseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyUriEndpointInUseException";
		name = "XksProxyUriEndpointInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyUriEndpointInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyUriEndpointInUseException.prototype);
		}
	};
	var XksProxyUriInUseException = class XksProxyUriInUseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyUriInUseException";
		name = "XksProxyUriInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyUriInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyUriInUseException.prototype);
		}
	};
	var XksProxyUriUnreachableException = class XksProxyUriUnreachableException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyUriUnreachableException";
		name = "XksProxyUriUnreachableException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyUriUnreachableException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyUriUnreachableException.prototype);
		}
	};
	var XksProxyVpcEndpointServiceInUseException = class XksProxyVpcEndpointServiceInUseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyVpcEndpointServiceInUseException";
		name = "XksProxyVpcEndpointServiceInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyVpcEndpointServiceInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyVpcEndpointServiceInUseException.prototype);
		}
	};
	var XksProxyVpcEndpointServiceInvalidConfigurationException = class XksProxyVpcEndpointServiceInvalidConfigurationException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyVpcEndpointServiceInvalidConfigurationException";
		name = "XksProxyVpcEndpointServiceInvalidConfigurationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyVpcEndpointServiceInvalidConfigurationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyVpcEndpointServiceInvalidConfigurationException.prototype);
		}
	};
	var XksProxyVpcEndpointServiceNotFoundException = class XksProxyVpcEndpointServiceNotFoundException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksProxyVpcEndpointServiceNotFoundException";
		name = "XksProxyVpcEndpointServiceNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksProxyVpcEndpointServiceNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksProxyVpcEndpointServiceNotFoundException.prototype);
		}
	};
	var DisabledException = class DisabledException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#DisabledException";
		name = "DisabledException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DisabledException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DisabledException.prototype);
		}
	};
	var DryRunOperationException = class DryRunOperationException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#DryRunOperationException";
		name = "DryRunOperationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DryRunOperationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DryRunOperationException.prototype);
		}
	};
	var InvalidGrantTokenException = class InvalidGrantTokenException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidGrantTokenException";
		name = "InvalidGrantTokenException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidGrantTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidGrantTokenException.prototype);
		}
	};
	var MalformedPolicyDocumentException = class MalformedPolicyDocumentException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#MalformedPolicyDocumentException";
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
	var TagException = class TagException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#TagException";
		name = "TagException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TagException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TagException.prototype);
		}
	};
	var UnsupportedOperationException = class UnsupportedOperationException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#UnsupportedOperationException";
		name = "UnsupportedOperationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "UnsupportedOperationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UnsupportedOperationException.prototype);
		}
	};
	var XksKeyAlreadyInUseException = class XksKeyAlreadyInUseException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksKeyAlreadyInUseException";
		name = "XksKeyAlreadyInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksKeyAlreadyInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksKeyAlreadyInUseException.prototype);
		}
	};
	var XksKeyInvalidConfigurationException = class XksKeyInvalidConfigurationException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksKeyInvalidConfigurationException";
		name = "XksKeyInvalidConfigurationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksKeyInvalidConfigurationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksKeyInvalidConfigurationException.prototype);
		}
	};
	var XksKeyNotFoundException = class XksKeyNotFoundException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#XksKeyNotFoundException";
		name = "XksKeyNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "XksKeyNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, XksKeyNotFoundException.prototype);
		}
	};
	var CustomKeyStoreHasCMKsException = class CustomKeyStoreHasCMKsException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#CustomKeyStoreHasCMKsException";
		name = "CustomKeyStoreHasCMKsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "CustomKeyStoreHasCMKsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, CustomKeyStoreHasCMKsException.prototype);
		}
	};
	var InvalidCiphertextException = class InvalidCiphertextException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidCiphertextException";
		name = "InvalidCiphertextException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidCiphertextException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidCiphertextException.prototype);
		}
	};
	var InvalidKeyUsageException = class InvalidKeyUsageException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidKeyUsageException";
		name = "InvalidKeyUsageException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidKeyUsageException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidKeyUsageException.prototype);
		}
	};
	var KeyUnavailableException = class KeyUnavailableException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#KeyUnavailableException";
		name = "KeyUnavailableException";
		$fault = "server";
		constructor(opts) {
			super({
				name: "KeyUnavailableException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, KeyUnavailableException.prototype);
		}
	};
	var IncorrectKeyException = class IncorrectKeyException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#IncorrectKeyException";
		name = "IncorrectKeyException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IncorrectKeyException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IncorrectKeyException.prototype);
		}
	};
	var InvalidMarkerException = class InvalidMarkerException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidMarkerException";
		name = "InvalidMarkerException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidMarkerException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidMarkerException.prototype);
		}
	};
	var ExpiredImportTokenException = class ExpiredImportTokenException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#ExpiredImportTokenException";
		name = "ExpiredImportTokenException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ExpiredImportTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ExpiredImportTokenException.prototype);
		}
	};
	var IncorrectKeyMaterialException = class IncorrectKeyMaterialException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#IncorrectKeyMaterialException";
		name = "IncorrectKeyMaterialException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IncorrectKeyMaterialException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IncorrectKeyMaterialException.prototype);
		}
	};
	var InvalidImportTokenException = class InvalidImportTokenException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidImportTokenException";
		name = "InvalidImportTokenException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidImportTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidImportTokenException.prototype);
		}
	};
	var InvalidGrantIdException = class InvalidGrantIdException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#InvalidGrantIdException";
		name = "InvalidGrantIdException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidGrantIdException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidGrantIdException.prototype);
		}
	};
	var KMSInvalidMacException = class KMSInvalidMacException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#KMSInvalidMacException";
		name = "KMSInvalidMacException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KMSInvalidMacException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KMSInvalidMacException.prototype);
		}
	};
	var KMSInvalidSignatureException = class KMSInvalidSignatureException extends KMSServiceException {
		static shapeId = "com.amazonaws.kms#KMSInvalidSignatureException";
		name = "KMSInvalidSignatureException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "KMSInvalidSignatureException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, KMSInvalidSignatureException.prototype);
		}
	};
	const _A = "Arn";
	const _AA = "AliasArn";
	const _AD = "AttestationDocument";
	const _AEE = "AlreadyExistsException";
	const _AKI = "AccessKeyId";
	const _AL = "AliasList";
	const _ALE = "AliasListEntry";
	const _AN = "AliasName";
	const _AWSAI = "AWSAccountId";
	const _Al = "Aliases";
	const _BPLSC = "BypassPolicyLockoutSafetyCheck";
	const _C = "Constraints";
	const _CA = "CreateAlias";
	const _CAR = "CreateAliasRequest";
	const _CB = "CiphertextBlob";
	const _CCKS = "ConnectCustomKeyStore";
	const _CCKSR = "ConnectCustomKeyStoreRequest";
	const _CCKSRo = "ConnectCustomKeyStoreResponse";
	const _CCKSRr = "CreateCustomKeyStoreRequest";
	const _CCKSRre = "CreateCustomKeyStoreResponse";
	const _CCKSr = "CreateCustomKeyStore";
	const _CD = "CreationDate";
	const _CE = "ConflictException";
	const _CEC = "ConnectionErrorCode";
	const _CFR = "CiphertextForRecipient";
	const _CG = "CreateGrant";
	const _CGR = "CreateGrantRequest";
	const _CGRr = "CreateGrantResponse";
	const _CHCI = "CloudHsmClusterId";
	const _CHCICE = "CloudHsmClusterInvalidConfigurationException";
	const _CHCIUE = "CloudHsmClusterInUseException";
	const _CHCNAE = "CloudHsmClusterNotActiveException";
	const _CHCNFE = "CloudHsmClusterNotFoundException";
	const _CHCNRE = "CloudHsmClusterNotRelatedException";
	const _CK = "CreateKey";
	const _CKD = "CancelKeyDeletion";
	const _CKDR = "CancelKeyDeletionRequest";
	const _CKDRa = "CancelKeyDeletionResponse";
	const _CKMI = "CurrentKeyMaterialId";
	const _CKR = "CreateKeyRequest";
	const _CKRr = "CreateKeyResponse";
	const _CKS = "CustomKeyStores";
	const _CKSHCMKE = "CustomKeyStoreHasCMKsException";
	const _CKSI = "CustomKeyStoreId";
	const _CKSISE = "CustomKeyStoreInvalidStateException";
	const _CKSL = "CustomKeyStoresList";
	const _CKSLE = "CustomKeyStoresListEntry";
	const _CKSN = "CustomKeyStoreName";
	const _CKSNFE = "CustomKeyStoreNotFoundException";
	const _CKSNIUE = "CustomKeyStoreNameInUseException";
	const _CKST = "CustomKeyStoreType";
	const _CMKS = "CustomerMasterKeySpec";
	const _CS = "ConnectionState";
	const _CTEI = "CloudTrailEventId";
	const _Co = "Connectivity";
	const _D = "Description";
	const _DA = "DeleteAlias";
	const _DAR = "DeleteAliasRequest";
	const _DCKS = "DeleteCustomKeyStore";
	const _DCKSR = "DeleteCustomKeyStoreRequest";
	const _DCKSRe = "DeleteCustomKeyStoreResponse";
	const _DCKSRes = "DescribeCustomKeyStoresRequest";
	const _DCKSResc = "DescribeCustomKeyStoresResponse";
	const _DCKSRi = "DisconnectCustomKeyStoreRequest";
	const _DCKSRis = "DisconnectCustomKeyStoreResponse";
	const _DCKSe = "DescribeCustomKeyStores";
	const _DCKSi = "DisconnectCustomKeyStore";
	const _DD = "DeletionDate";
	const _DE = "DisabledException";
	const _DEA = "DestinationEncryptionAlgorithm";
	const _DEC = "DestinationEncryptionContext";
	const _DIKM = "DeleteImportedKeyMaterial";
	const _DIKMR = "DeleteImportedKeyMaterialRequest";
	const _DIKMRe = "DeleteImportedKeyMaterialResponse";
	const _DK = "DescribeKey";
	const _DKI = "DestinationKeyId";
	const _DKMI = "DestinationKeyMaterialId";
	const _DKR = "DescribeKeyRequest";
	const _DKRR = "DisableKeyRotationRequest";
	const _DKRe = "DescribeKeyResponse";
	const _DKRi = "DisableKeyRequest";
	const _DKRis = "DisableKeyRotation";
	const _DKi = "DisableKey";
	const _DR = "DryRun";
	const _DRM = "DryRunModifiers";
	const _DROE = "DryRunOperationException";
	const _DRe = "DecapsulateRequest";
	const _DRec = "DecapsulateResponse";
	const _DRecr = "DecryptRequest";
	const _DRecry = "DecryptResponse";
	const _DSS = "DeriveSharedSecret";
	const _DSSR = "DeriveSharedSecretRequest";
	const _DSSRe = "DeriveSharedSecretResponse";
	const _DTE = "DependencyTimeoutException";
	const _De = "Decapsulate";
	const _Dec = "Decrypt";
	const _E = "Enabled";
	const _EA = "EncapsulationAlgorithm";
	const _EAn = "EncryptionAlgorithm";
	const _EAnc = "EncryptionAlgorithms";
	const _EAnca = "EncapsulationAlgorithms";
	const _EC = "EncryptionContext";
	const _ECE = "EncryptionContextEquals";
	const _ECS = "EncryptionContextSubset";
	const _EITE = "ExpiredImportTokenException";
	const _EK = "EnableKey";
	const _EKM = "EncryptedKeyMaterial";
	const _EKR = "EnableKeyRequest";
	const _EKRR = "EnableKeyRotationRequest";
	const _EKRn = "EnableKeyRotation";
	const _EM = "ExpirationModel";
	const _ER = "EncapsulateRequest";
	const _ERn = "EncapsulateResponse";
	const _ERnc = "EncryptRequest";
	const _ERncr = "EncryptResponse";
	const _En = "Encapsulate";
	const _Enc = "Encrypt";
	const _G = "Grants";
	const _GC = "GrantConstraints";
	const _GDK = "GenerateDataKey";
	const _GDKP = "GenerateDataKeyPair";
	const _GDKPR = "GenerateDataKeyPairRequest";
	const _GDKPRe = "GenerateDataKeyPairResponse";
	const _GDKPWP = "GenerateDataKeyPairWithoutPlaintext";
	const _GDKPWPR = "GenerateDataKeyPairWithoutPlaintextRequest";
	const _GDKPWPRe = "GenerateDataKeyPairWithoutPlaintextResponse";
	const _GDKR = "GenerateDataKeyRequest";
	const _GDKRe = "GenerateDataKeyResponse";
	const _GDKWP = "GenerateDataKeyWithoutPlaintext";
	const _GDKWPR = "GenerateDataKeyWithoutPlaintextRequest";
	const _GDKWPRe = "GenerateDataKeyWithoutPlaintextResponse";
	const _GI = "GrantId";
	const _GKLU = "GetKeyLastUsage";
	const _GKLUR = "GetKeyLastUsageRequest";
	const _GKLURe = "GetKeyLastUsageResponse";
	const _GKP = "GetKeyPolicy";
	const _GKPR = "GetKeyPolicyRequest";
	const _GKPRe = "GetKeyPolicyResponse";
	const _GKRS = "GetKeyRotationStatus";
	const _GKRSR = "GetKeyRotationStatusRequest";
	const _GKRSRe = "GetKeyRotationStatusResponse";
	const _GL = "GrantList";
	const _GLE = "GrantListEntry";
	const _GM = "GenerateMac";
	const _GMR = "GenerateMacRequest";
	const _GMRe = "GenerateMacResponse";
	const _GP = "GranteePrincipal";
	const _GPFI = "GetParametersForImport";
	const _GPFIR = "GetParametersForImportRequest";
	const _GPFIRe = "GetParametersForImportResponse";
	const _GPK = "GetPublicKey";
	const _GPKR = "GetPublicKeyRequest";
	const _GPKRe = "GetPublicKeyResponse";
	const _GR = "GenerateRandom";
	const _GRR = "GenerateRandomRequest";
	const _GRRe = "GenerateRandomResponse";
	const _GSP = "GranteeServicePrincipal";
	const _GT = "GrantTokens";
	const _GTr = "GrantToken";
	const _I = "Id";
	const _IA = "IssuingAccount";
	const _IAE = "InvalidArnException";
	const _IANE = "InvalidAliasNameException";
	const _ICE = "InvalidCiphertextException";
	const _IGIE = "InvalidGrantIdException";
	const _IGTE = "InvalidGrantTokenException";
	const _IITE = "InvalidImportTokenException";
	const _IKE = "IncorrectKeyException";
	const _IKM = "IncludeKeyMaterial";
	const _IKME = "IncorrectKeyMaterialException";
	const _IKMR = "ImportKeyMaterialRequest";
	const _IKMRm = "ImportKeyMaterialResponse";
	const _IKMm = "ImportKeyMaterial";
	const _IKUE = "InvalidKeyUsageException";
	const _IME = "InvalidMarkerException";
	const _IS = "ImportState";
	const _IT = "ImportToken";
	const _ITAE = "IncorrectTrustAnchorException";
	const _ITm = "ImportType";
	const _K = "Keys";
	const _KA = "KeyArn";
	const _KAA = "KeyAgreementAlgorithm";
	const _KAAe = "KeyAgreementAlgorithms";
	const _KCD = "KeyCreationDate";
	const _KEA = "KeyEncryptionAlgorithm";
	const _KI = "KeyId";
	const _KL = "KeyList";
	const _KLE = "KeyListEntry";
	const _KLU = "KeyLastUsage";
	const _KLUD = "KeyLastUsageData";
	const _KM = "KeyMetadata";
	const _KMD = "KeyMaterialDescription";
	const _KMI = "KeyMaterialId";
	const _KMS = "KeyMaterialState";
	const _KMSIE = "KMSInternalException";
	const _KMSIME = "KMSInvalidMacException";
	const _KMSISE = "KMSInvalidSignatureException";
	const _KMSISEn = "KMSInvalidStateException";
	const _KMe = "KeyManager";
	const _KO = "KeyOrigin";
	const _KPS = "KeyPairSpec";
	const _KRE = "KeyRotationEnabled";
	const _KRI = "KmsRequestId";
	const _KS = "KeySpec";
	const _KSP = "KeyStorePassword";
	const _KSPT = "KeyStorePasswordType";
	const _KSe = "KeyState";
	const _KU = "KeyUsage";
	const _KUE = "KeyUnavailableException";
	const _L = "Limit";
	const _LA = "ListAliases";
	const _LAR = "ListAliasesRequest";
	const _LARi = "ListAliasesResponse";
	const _LEE = "LimitExceededException";
	const _LG = "ListGrants";
	const _LGR = "ListGrantsRequest";
	const _LGRi = "ListGrantsResponse";
	const _LK = "ListKeys";
	const _LKP = "ListKeyPolicies";
	const _LKPR = "ListKeyPoliciesRequest";
	const _LKPRi = "ListKeyPoliciesResponse";
	const _LKR = "ListKeysRequest";
	const _LKRR = "ListKeyRotationsRequest";
	const _LKRRi = "ListKeyRotationsResponse";
	const _LKRi = "ListKeysResponse";
	const _LKRis = "ListKeyRotations";
	const _LRG = "ListRetirableGrants";
	const _LRGR = "ListRetirableGrantsRequest";
	const _LRT = "ListResourceTags";
	const _LRTR = "ListResourceTagsRequest";
	const _LRTRi = "ListResourceTagsResponse";
	const _LUD = "LastUpdatedDate";
	const _M = "Marker";
	const _MA = "MacAlgorithm";
	const _MAa = "MacAlgorithms";
	const _MPDE = "MalformedPolicyDocumentException";
	const _MR = "MultiRegion";
	const _MRC = "MultiRegionConfiguration";
	const _MRK = "MultiRegionKey";
	const _MRKL = "MultiRegionKeyList";
	const _MRKT = "MultiRegionKeyType";
	const _MT = "MessageType";
	const _MV = "MacValid";
	const _Ma = "Mac";
	const _Me = "Message";
	const _N = "Name";
	const _NCKSN = "NewCustomKeyStoreName";
	const _NFE = "NotFoundException";
	const _NM = "NextMarker";
	const _NOB = "NumberOfBytes";
	const _NRD = "NextRotationDate";
	const _O = "Operations";
	const _ODRSD = "OnDemandRotationStartDate";
	const _Op = "Operation";
	const _Or = "Origin";
	const _P = "Policy";
	const _PDWID = "PendingDeletionWindowInDays";
	const _PK = "PublicKey";
	const _PKCB = "PrivateKeyCiphertextBlob";
	const _PKP = "PrivateKeyPlaintext";
	const _PKPR = "PutKeyPolicyRequest";
	const _PKPu = "PutKeyPolicy";
	const _PKr = "PrimaryKey";
	const _PN = "PolicyName";
	const _PNo = "PolicyNames";
	const _PR = "PrimaryRegion";
	const _PT = "PlaintextType";
	const _PVT = "ParametersValidTo";
	const _PWID = "PendingWindowInDays";
	const _Pl = "Plaintext";
	const _R = "Recipient";
	const _RD = "RotationDate";
	const _RE = "ReEncrypt";
	const _RER = "ReEncryptRequest";
	const _RERe = "ReEncryptResponse";
	const _RG = "RetireGrant";
	const _RGR = "RetireGrantRequest";
	const _RGRe = "RevokeGrantRequest";
	const _RGe = "RevokeGrant";
	const _RI = "RecipientInfo";
	const _RK = "ReplicaKeys";
	const _RKM = "ReplicaKeyMetadata";
	const _RKOD = "RotateKeyOnDemand";
	const _RKODR = "RotateKeyOnDemandRequest";
	const _RKODRo = "RotateKeyOnDemandResponse";
	const _RKR = "ReplicateKeyRequest";
	const _RKRe = "ReplicateKeyResponse";
	const _RKe = "ReplicateKey";
	const _RL = "RotationsList";
	const _RLE = "RotationsListEntry";
	const _RP = "RetiringPrincipal";
	const _RPID = "RotationPeriodInDays";
	const _RPe = "ReplicaPolicy";
	const _RR = "ReplicaRegion";
	const _RSAK = "RawSecretAccessKey";
	const _RSP = "RetiringServicePrincipal";
	const _RT = "ReplicaTags";
	const _RTo = "RotationType";
	const _Re = "Region";
	const _Ro = "Rotations";
	const _S = "Signature";
	const _SA = "SigningAlgorithms";
	const _SAi = "SigningAlgorithm";
	const _SAo = "SourceArn";
	const _SEA = "SourceEncryptionAlgorithm";
	const _SEC = "SourceEncryptionContext";
	const _SKD = "ScheduleKeyDeletion";
	const _SKDR = "ScheduleKeyDeletionRequest";
	const _SKDRc = "ScheduleKeyDeletionResponse";
	const _SKI = "SourceKeyId";
	const _SKMI = "SourceKeyMaterialId";
	const _SR = "SignRequest";
	const _SRi = "SignResponse";
	const _SS = "SharedSecret";
	const _SSCB = "SharedSecretCiphertextBlob";
	const _SV = "SignatureValid";
	const _Si = "Sign";
	const _T = "Tags";
	const _TAC = "TrustAnchorCertificate";
	const _TE = "TagException";
	const _TK = "TagKey";
	const _TKI = "TargetKeyId";
	const _TKa = "TagKeys";
	const _TL = "TagList";
	const _TR = "TagResource";
	const _TRR = "TagResourceRequest";
	const _TSD = "TrackingStartDate";
	const _TV = "TagValue";
	const _Ta = "Tag";
	const _Ti = "Timestamp";
	const _Tr = "Truncated";
	const _UA = "UpdateAlias";
	const _UAR = "UpdateAliasRequest";
	const _UCKS = "UpdateCustomKeyStore";
	const _UCKSR = "UpdateCustomKeyStoreRequest";
	const _UCKSRp = "UpdateCustomKeyStoreResponse";
	const _UE = "UriEndpoint";
	const _UKD = "UpdateKeyDescription";
	const _UKDR = "UpdateKeyDescriptionRequest";
	const _UOE = "UnsupportedOperationException";
	const _UP = "UriPath";
	const _UPR = "UpdatePrimaryRegion";
	const _UPRR = "UpdatePrimaryRegionRequest";
	const _UR = "UntagResource";
	const _URR = "UntagResourceRequest";
	const _V = "Verify";
	const _VESN = "VpcEndpointServiceName";
	const _VESO = "VpcEndpointServiceOwner";
	const _VM = "VerifyMac";
	const _VMR = "VerifyMacRequest";
	const _VMRe = "VerifyMacResponse";
	const _VR = "VerifyRequest";
	const _VRe = "VerifyResponse";
	const _VT = "ValidTo";
	const _WA = "WrappingAlgorithm";
	const _WKS = "WrappingKeySpec";
	const _XKAIUE = "XksKeyAlreadyInUseException";
	const _XKC = "XksKeyConfiguration";
	const _XKCT = "XksKeyConfigurationType";
	const _XKI = "XksKeyId";
	const _XKICE = "XksKeyInvalidConfigurationException";
	const _XKNFE = "XksKeyNotFoundException";
	const _XPAAKIT = "XksProxyAuthenticationAccessKeyIdType";
	const _XPAC = "XksProxyAuthenticationCredential";
	const _XPACT = "XksProxyAuthenticationCredentialType";
	const _XPARSAKT = "XksProxyAuthenticationRawSecretAccessKeyType";
	const _XPC = "XksProxyConnectivity";
	const _XPCT = "XksProxyConfigurationType";
	const _XPCk = "XksProxyConfiguration";
	const _XPIACE = "XksProxyIncorrectAuthenticationCredentialException";
	const _XPICE = "XksProxyInvalidConfigurationException";
	const _XPIRE = "XksProxyInvalidResponseException";
	const _XPUE = "XksProxyUriEndpoint";
	const _XPUEIUE = "XksProxyUriEndpointInUseException";
	const _XPUIUE = "XksProxyUriInUseException";
	const _XPUP = "XksProxyUriPath";
	const _XPUUE = "XksProxyUriUnreachableException";
	const _XPVESICE = "XksProxyVpcEndpointServiceInvalidConfigurationException";
	const _XPVESIUE = "XksProxyVpcEndpointServiceInUseException";
	const _XPVESN = "XksProxyVpcEndpointServiceName";
	const _XPVESNFE = "XksProxyVpcEndpointServiceNotFoundException";
	const _XPVESO = "XksProxyVpcEndpointServiceOwner";
	const _aQE = "awsQueryError";
	const _c = "client";
	const _e = "error";
	const _hE = "httpError";
	const _m = "message";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.kms";
	const _se = "server";
	const n0 = "com.amazonaws.kms";
	const _s_registry = new TypeRegistry(_s);
	var KMSServiceException$ = [
		-3,
		_s,
		"KMSServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(KMSServiceException$, KMSServiceException);
	const n0_registry = new TypeRegistry(n0);
	var AlreadyExistsException$ = [
		-3,
		n0,
		_AEE,
		{
			[_aQE]: [`AlreadyExists`, 409],
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
	var CloudHsmClusterInUseException$ = [
		-3,
		n0,
		_CHCIUE,
		{
			[_aQE]: [`CloudHsmClusterInUseException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CloudHsmClusterInUseException$, CloudHsmClusterInUseException);
	var CloudHsmClusterInvalidConfigurationException$ = [
		-3,
		n0,
		_CHCICE,
		{
			[_aQE]: [`CloudHsmClusterInvalidConfigurationException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CloudHsmClusterInvalidConfigurationException$, CloudHsmClusterInvalidConfigurationException);
	var CloudHsmClusterNotActiveException$ = [
		-3,
		n0,
		_CHCNAE,
		{
			[_aQE]: [`CloudHsmClusterNotActiveException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CloudHsmClusterNotActiveException$, CloudHsmClusterNotActiveException);
	var CloudHsmClusterNotFoundException$ = [
		-3,
		n0,
		_CHCNFE,
		{
			[_aQE]: [`CloudHsmClusterNotFoundException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CloudHsmClusterNotFoundException$, CloudHsmClusterNotFoundException);
	var CloudHsmClusterNotRelatedException$ = [
		-3,
		n0,
		_CHCNRE,
		{
			[_aQE]: [`CloudHsmClusterNotRelatedException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CloudHsmClusterNotRelatedException$, CloudHsmClusterNotRelatedException);
	var ConflictException$ = [
		-3,
		n0,
		_CE,
		{
			[_aQE]: [`ConflictException`, 409],
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ConflictException$, ConflictException);
	var CustomKeyStoreHasCMKsException$ = [
		-3,
		n0,
		_CKSHCMKE,
		{
			[_aQE]: [`CustomKeyStoreHasCMKsException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CustomKeyStoreHasCMKsException$, CustomKeyStoreHasCMKsException);
	var CustomKeyStoreInvalidStateException$ = [
		-3,
		n0,
		_CKSISE,
		{
			[_aQE]: [`CustomKeyStoreInvalidStateException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CustomKeyStoreInvalidStateException$, CustomKeyStoreInvalidStateException);
	var CustomKeyStoreNameInUseException$ = [
		-3,
		n0,
		_CKSNIUE,
		{
			[_aQE]: [`CustomKeyStoreNameInUseException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CustomKeyStoreNameInUseException$, CustomKeyStoreNameInUseException);
	var CustomKeyStoreNotFoundException$ = [
		-3,
		n0,
		_CKSNFE,
		{
			[_aQE]: [`CustomKeyStoreNotFoundException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(CustomKeyStoreNotFoundException$, CustomKeyStoreNotFoundException);
	var DependencyTimeoutException$ = [
		-3,
		n0,
		_DTE,
		{
			[_aQE]: [`DependencyTimeout`, 503],
			[_e]: _se,
			[_hE]: 503
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DependencyTimeoutException$, DependencyTimeoutException);
	var DisabledException$ = [
		-3,
		n0,
		_DE,
		{
			[_aQE]: [`Disabled`, 409],
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DisabledException$, DisabledException);
	var DryRunOperationException$ = [
		-3,
		n0,
		_DROE,
		{
			[_aQE]: [`DryRunOperation`, 412],
			[_e]: _c,
			[_hE]: 412
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DryRunOperationException$, DryRunOperationException);
	var ExpiredImportTokenException$ = [
		-3,
		n0,
		_EITE,
		{
			[_aQE]: [`ExpiredImportTokenException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ExpiredImportTokenException$, ExpiredImportTokenException);
	var IncorrectKeyException$ = [
		-3,
		n0,
		_IKE,
		{
			[_aQE]: [`IncorrectKeyException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IncorrectKeyException$, IncorrectKeyException);
	var IncorrectKeyMaterialException$ = [
		-3,
		n0,
		_IKME,
		{
			[_aQE]: [`IncorrectKeyMaterialException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IncorrectKeyMaterialException$, IncorrectKeyMaterialException);
	var IncorrectTrustAnchorException$ = [
		-3,
		n0,
		_ITAE,
		{
			[_aQE]: [`IncorrectTrustAnchorException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(IncorrectTrustAnchorException$, IncorrectTrustAnchorException);
	var InvalidAliasNameException$ = [
		-3,
		n0,
		_IANE,
		{
			[_aQE]: [`InvalidAliasName`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidAliasNameException$, InvalidAliasNameException);
	var InvalidArnException$ = [
		-3,
		n0,
		_IAE,
		{
			[_aQE]: [`InvalidArn`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidArnException$, InvalidArnException);
	var InvalidCiphertextException$ = [
		-3,
		n0,
		_ICE,
		{
			[_aQE]: [`InvalidCiphertext`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidCiphertextException$, InvalidCiphertextException);
	var InvalidGrantIdException$ = [
		-3,
		n0,
		_IGIE,
		{
			[_aQE]: [`InvalidGrantId`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidGrantIdException$, InvalidGrantIdException);
	var InvalidGrantTokenException$ = [
		-3,
		n0,
		_IGTE,
		{
			[_aQE]: [`InvalidGrantToken`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidGrantTokenException$, InvalidGrantTokenException);
	var InvalidImportTokenException$ = [
		-3,
		n0,
		_IITE,
		{
			[_aQE]: [`InvalidImportTokenException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidImportTokenException$, InvalidImportTokenException);
	var InvalidKeyUsageException$ = [
		-3,
		n0,
		_IKUE,
		{
			[_aQE]: [`InvalidKeyUsage`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidKeyUsageException$, InvalidKeyUsageException);
	var InvalidMarkerException$ = [
		-3,
		n0,
		_IME,
		{
			[_aQE]: [`InvalidMarker`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidMarkerException$, InvalidMarkerException);
	var KeyUnavailableException$ = [
		-3,
		n0,
		_KUE,
		{
			[_aQE]: [`KeyUnavailable`, 500],
			[_e]: _se,
			[_hE]: 500
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KeyUnavailableException$, KeyUnavailableException);
	var KMSInternalException$ = [
		-3,
		n0,
		_KMSIE,
		{
			[_aQE]: [`KMSInternal`, 500],
			[_e]: _se,
			[_hE]: 500
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSInternalException$, KMSInternalException);
	var KMSInvalidMacException$ = [
		-3,
		n0,
		_KMSIME,
		{
			[_aQE]: [`KMSInvalidMac`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSInvalidMacException$, KMSInvalidMacException);
	var KMSInvalidSignatureException$ = [
		-3,
		n0,
		_KMSISE,
		{
			[_aQE]: [`KMSInvalidSignature`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSInvalidSignatureException$, KMSInvalidSignatureException);
	var KMSInvalidStateException$ = [
		-3,
		n0,
		_KMSISEn,
		{
			[_aQE]: [`KMSInvalidStateException`, 409],
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
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
	var TagException$ = [
		-3,
		n0,
		_TE,
		{
			[_aQE]: [`TagException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(TagException$, TagException);
	var UnsupportedOperationException$ = [
		-3,
		n0,
		_UOE,
		{
			[_aQE]: [`UnsupportedOperation`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(UnsupportedOperationException$, UnsupportedOperationException);
	var XksKeyAlreadyInUseException$ = [
		-3,
		n0,
		_XKAIUE,
		{
			[_aQE]: [`XksKeyAlreadyInUse`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksKeyAlreadyInUseException$, XksKeyAlreadyInUseException);
	var XksKeyInvalidConfigurationException$ = [
		-3,
		n0,
		_XKICE,
		{
			[_aQE]: [`XksKeyInvalidConfiguration`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksKeyInvalidConfigurationException$, XksKeyInvalidConfigurationException);
	var XksKeyNotFoundException$ = [
		-3,
		n0,
		_XKNFE,
		{
			[_aQE]: [`XksKeyNotFoundException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksKeyNotFoundException$, XksKeyNotFoundException);
	var XksProxyIncorrectAuthenticationCredentialException$ = [
		-3,
		n0,
		_XPIACE,
		{
			[_aQE]: [`XksProxyIncorrectAuthenticationCredentialException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyIncorrectAuthenticationCredentialException$, XksProxyIncorrectAuthenticationCredentialException);
	var XksProxyInvalidConfigurationException$ = [
		-3,
		n0,
		_XPICE,
		{
			[_aQE]: [`XksProxyInvalidConfigurationException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyInvalidConfigurationException$, XksProxyInvalidConfigurationException);
	var XksProxyInvalidResponseException$ = [
		-3,
		n0,
		_XPIRE,
		{
			[_aQE]: [`XksProxyInvalidResponseException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyInvalidResponseException$, XksProxyInvalidResponseException);
	var XksProxyUriEndpointInUseException$ = [
		-3,
		n0,
		_XPUEIUE,
		{
			[_aQE]: [`XksProxyUriEndpointInUseException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyUriEndpointInUseException$, XksProxyUriEndpointInUseException);
	var XksProxyUriInUseException$ = [
		-3,
		n0,
		_XPUIUE,
		{
			[_aQE]: [`XksProxyUriInUseException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyUriInUseException$, XksProxyUriInUseException);
	var XksProxyUriUnreachableException$ = [
		-3,
		n0,
		_XPUUE,
		{
			[_aQE]: [`XksProxyUriUnreachableException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyUriUnreachableException$, XksProxyUriUnreachableException);
	var XksProxyVpcEndpointServiceInUseException$ = [
		-3,
		n0,
		_XPVESIUE,
		{
			[_aQE]: [`XksProxyVpcEndpointServiceInUseException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyVpcEndpointServiceInUseException$, XksProxyVpcEndpointServiceInUseException);
	var XksProxyVpcEndpointServiceInvalidConfigurationException$ = [
		-3,
		n0,
		_XPVESICE,
		{
			[_aQE]: [`XksProxyVpcEndpointServiceInvalidConfigurationException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyVpcEndpointServiceInvalidConfigurationException$, XksProxyVpcEndpointServiceInvalidConfigurationException);
	var XksProxyVpcEndpointServiceNotFoundException$ = [
		-3,
		n0,
		_XPVESNFE,
		{
			[_aQE]: [`XksProxyVpcEndpointServiceNotFoundException`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(XksProxyVpcEndpointServiceNotFoundException$, XksProxyVpcEndpointServiceNotFoundException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var KeyStorePasswordType = [
		0,
		n0,
		_KSPT,
		8,
		0
	];
	var PlaintextType = [
		0,
		n0,
		_PT,
		8,
		21
	];
	var XksProxyAuthenticationAccessKeyIdType = [
		0,
		n0,
		_XPAAKIT,
		8,
		0
	];
	var XksProxyAuthenticationRawSecretAccessKeyType = [
		0,
		n0,
		_XPARSAKT,
		8,
		0
	];
	var AliasListEntry$ = [
		3,
		n0,
		_ALE,
		0,
		[
			_AN,
			_AA,
			_TKI,
			_CD,
			_LUD
		],
		[
			0,
			0,
			0,
			4,
			4
		]
	];
	var CancelKeyDeletionRequest$ = [
		3,
		n0,
		_CKDR,
		0,
		[_KI],
		[0],
		1
	];
	var CancelKeyDeletionResponse$ = [
		3,
		n0,
		_CKDRa,
		0,
		[_KI],
		[0]
	];
	var ConnectCustomKeyStoreRequest$ = [
		3,
		n0,
		_CCKSR,
		0,
		[_CKSI],
		[0],
		1
	];
	var ConnectCustomKeyStoreResponse$ = [
		3,
		n0,
		_CCKSRo,
		0,
		[],
		[]
	];
	var CreateAliasRequest$ = [
		3,
		n0,
		_CAR,
		0,
		[_AN, _TKI],
		[0, 0],
		2
	];
	var CreateCustomKeyStoreRequest$ = [
		3,
		n0,
		_CCKSRr,
		0,
		[
			_CKSN,
			_CHCI,
			_TAC,
			_KSP,
			_CKST,
			_XPUE,
			_XPUP,
			_XPVESN,
			_XPVESO,
			_XPAC,
			_XPC
		],
		[
			0,
			0,
			0,
			[() => KeyStorePasswordType, 0],
			0,
			0,
			0,
			0,
			0,
			[() => XksProxyAuthenticationCredentialType$, 0],
			0
		],
		1
	];
	var CreateCustomKeyStoreResponse$ = [
		3,
		n0,
		_CCKSRre,
		0,
		[_CKSI],
		[0]
	];
	var CreateGrantRequest$ = [
		3,
		n0,
		_CGR,
		0,
		[
			_KI,
			_O,
			_GP,
			_RP,
			_C,
			_GT,
			_N,
			_DR,
			_GSP,
			_RSP
		],
		[
			0,
			64,
			0,
			0,
			() => GrantConstraints$,
			64,
			0,
			2,
			0,
			0
		],
		2
	];
	var CreateGrantResponse$ = [
		3,
		n0,
		_CGRr,
		0,
		[_GTr, _GI],
		[0, 0]
	];
	var CreateKeyRequest$ = [
		3,
		n0,
		_CKR,
		0,
		[
			_P,
			_D,
			_KU,
			_CMKS,
			_KS,
			_Or,
			_CKSI,
			_BPLSC,
			_T,
			_MR,
			_XKI
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
			() => TagList,
			2,
			0
		]
	];
	var CreateKeyResponse$ = [
		3,
		n0,
		_CKRr,
		0,
		[_KM],
		[() => KeyMetadata$]
	];
	var CustomKeyStoresListEntry$ = [
		3,
		n0,
		_CKSLE,
		0,
		[
			_CKSI,
			_CKSN,
			_CHCI,
			_TAC,
			_CS,
			_CEC,
			_CD,
			_CKST,
			_XPCk
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			4,
			0,
			[() => XksProxyConfigurationType$, 0]
		]
	];
	var DecapsulateRequest$ = [
		3,
		n0,
		_DRe,
		0,
		[
			_KI,
			_SSCB,
			_EA,
			_GT,
			_DR
		],
		[
			0,
			21,
			0,
			64,
			2
		],
		3
	];
	var DecapsulateResponse$ = [
		3,
		n0,
		_DRec,
		0,
		[
			_KI,
			_SS,
			_EA
		],
		[
			0,
			[() => PlaintextType, 0],
			0
		]
	];
	var DecryptRequest$ = [
		3,
		n0,
		_DRecr,
		0,
		[
			_CB,
			_EC,
			_GT,
			_KI,
			_EAn,
			_R,
			_DR,
			_DRM
		],
		[
			21,
			128,
			64,
			0,
			0,
			() => RecipientInfo$,
			2,
			64
		]
	];
	var DecryptResponse$ = [
		3,
		n0,
		_DRecry,
		0,
		[
			_KI,
			_Pl,
			_EAn,
			_CFR,
			_KMI
		],
		[
			0,
			[() => PlaintextType, 0],
			0,
			21,
			0
		]
	];
	var DeleteAliasRequest$ = [
		3,
		n0,
		_DAR,
		0,
		[_AN],
		[0],
		1
	];
	var DeleteCustomKeyStoreRequest$ = [
		3,
		n0,
		_DCKSR,
		0,
		[_CKSI],
		[0],
		1
	];
	var DeleteCustomKeyStoreResponse$ = [
		3,
		n0,
		_DCKSRe,
		0,
		[],
		[]
	];
	var DeleteImportedKeyMaterialRequest$ = [
		3,
		n0,
		_DIKMR,
		0,
		[_KI, _KMI],
		[0, 0],
		1
	];
	var DeleteImportedKeyMaterialResponse$ = [
		3,
		n0,
		_DIKMRe,
		0,
		[_KI, _KMI],
		[0, 0]
	];
	var DeriveSharedSecretRequest$ = [
		3,
		n0,
		_DSSR,
		0,
		[
			_KI,
			_KAA,
			_PK,
			_GT,
			_DR,
			_R
		],
		[
			0,
			0,
			21,
			64,
			2,
			() => RecipientInfo$
		],
		3
	];
	var DeriveSharedSecretResponse$ = [
		3,
		n0,
		_DSSRe,
		0,
		[
			_KI,
			_SS,
			_CFR,
			_KAA,
			_KO
		],
		[
			0,
			[() => PlaintextType, 0],
			21,
			0,
			0
		]
	];
	var DescribeCustomKeyStoresRequest$ = [
		3,
		n0,
		_DCKSRes,
		0,
		[
			_CKSI,
			_CKSN,
			_L,
			_M
		],
		[
			0,
			0,
			1,
			0
		]
	];
	var DescribeCustomKeyStoresResponse$ = [
		3,
		n0,
		_DCKSResc,
		0,
		[
			_CKS,
			_NM,
			_Tr
		],
		[
			[() => CustomKeyStoresList, 0],
			0,
			2
		]
	];
	var DescribeKeyRequest$ = [
		3,
		n0,
		_DKR,
		0,
		[_KI, _GT],
		[0, 64],
		1
	];
	var DescribeKeyResponse$ = [
		3,
		n0,
		_DKRe,
		0,
		[_KM],
		[() => KeyMetadata$]
	];
	var DisableKeyRequest$ = [
		3,
		n0,
		_DKRi,
		0,
		[_KI],
		[0],
		1
	];
	var DisableKeyRotationRequest$ = [
		3,
		n0,
		_DKRR,
		0,
		[_KI],
		[0],
		1
	];
	var DisconnectCustomKeyStoreRequest$ = [
		3,
		n0,
		_DCKSRi,
		0,
		[_CKSI],
		[0],
		1
	];
	var DisconnectCustomKeyStoreResponse$ = [
		3,
		n0,
		_DCKSRis,
		0,
		[],
		[]
	];
	var EnableKeyRequest$ = [
		3,
		n0,
		_EKR,
		0,
		[_KI],
		[0],
		1
	];
	var EnableKeyRotationRequest$ = [
		3,
		n0,
		_EKRR,
		0,
		[_KI, _RPID],
		[0, 1],
		1
	];
	var EncapsulateRequest$ = [
		3,
		n0,
		_ER,
		0,
		[
			_KI,
			_EA,
			_GT,
			_DR
		],
		[
			0,
			0,
			64,
			2
		],
		2
	];
	var EncapsulateResponse$ = [
		3,
		n0,
		_ERn,
		0,
		[
			_KI,
			_SS,
			_SSCB,
			_EA
		],
		[
			0,
			[() => PlaintextType, 0],
			21,
			0
		]
	];
	var EncryptRequest$ = [
		3,
		n0,
		_ERnc,
		0,
		[
			_KI,
			_Pl,
			_EC,
			_GT,
			_EAn,
			_DR
		],
		[
			0,
			[() => PlaintextType, 0],
			128,
			64,
			0,
			2
		],
		2
	];
	var EncryptResponse$ = [
		3,
		n0,
		_ERncr,
		0,
		[
			_CB,
			_KI,
			_EAn
		],
		[
			21,
			0,
			0
		]
	];
	var GenerateDataKeyPairRequest$ = [
		3,
		n0,
		_GDKPR,
		0,
		[
			_KI,
			_KPS,
			_EC,
			_GT,
			_R,
			_DR
		],
		[
			0,
			0,
			128,
			64,
			() => RecipientInfo$,
			2
		],
		2
	];
	var GenerateDataKeyPairResponse$ = [
		3,
		n0,
		_GDKPRe,
		0,
		[
			_PKCB,
			_PKP,
			_PK,
			_KI,
			_KPS,
			_CFR,
			_KMI
		],
		[
			21,
			[() => PlaintextType, 0],
			21,
			0,
			0,
			21,
			0
		]
	];
	var GenerateDataKeyPairWithoutPlaintextRequest$ = [
		3,
		n0,
		_GDKPWPR,
		0,
		[
			_KI,
			_KPS,
			_EC,
			_GT,
			_DR
		],
		[
			0,
			0,
			128,
			64,
			2
		],
		2
	];
	var GenerateDataKeyPairWithoutPlaintextResponse$ = [
		3,
		n0,
		_GDKPWPRe,
		0,
		[
			_PKCB,
			_PK,
			_KI,
			_KPS,
			_KMI
		],
		[
			21,
			21,
			0,
			0,
			0
		]
	];
	var GenerateDataKeyRequest$ = [
		3,
		n0,
		_GDKR,
		0,
		[
			_KI,
			_EC,
			_NOB,
			_KS,
			_GT,
			_R,
			_DR
		],
		[
			0,
			128,
			1,
			0,
			64,
			() => RecipientInfo$,
			2
		],
		1
	];
	var GenerateDataKeyResponse$ = [
		3,
		n0,
		_GDKRe,
		0,
		[
			_CB,
			_Pl,
			_KI,
			_CFR,
			_KMI
		],
		[
			21,
			[() => PlaintextType, 0],
			0,
			21,
			0
		]
	];
	var GenerateDataKeyWithoutPlaintextRequest$ = [
		3,
		n0,
		_GDKWPR,
		0,
		[
			_KI,
			_EC,
			_KS,
			_NOB,
			_GT,
			_DR
		],
		[
			0,
			128,
			0,
			1,
			64,
			2
		],
		1
	];
	var GenerateDataKeyWithoutPlaintextResponse$ = [
		3,
		n0,
		_GDKWPRe,
		0,
		[
			_CB,
			_KI,
			_KMI
		],
		[
			21,
			0,
			0
		]
	];
	var GenerateMacRequest$ = [
		3,
		n0,
		_GMR,
		0,
		[
			_Me,
			_KI,
			_MA,
			_GT,
			_DR
		],
		[
			[() => PlaintextType, 0],
			0,
			0,
			64,
			2
		],
		3
	];
	var GenerateMacResponse$ = [
		3,
		n0,
		_GMRe,
		0,
		[
			_Ma,
			_MA,
			_KI
		],
		[
			21,
			0,
			0
		]
	];
	var GenerateRandomRequest$ = [
		3,
		n0,
		_GRR,
		0,
		[
			_NOB,
			_CKSI,
			_R
		],
		[
			1,
			0,
			() => RecipientInfo$
		]
	];
	var GenerateRandomResponse$ = [
		3,
		n0,
		_GRRe,
		0,
		[_Pl, _CFR],
		[[() => PlaintextType, 0], 21]
	];
	var GetKeyLastUsageRequest$ = [
		3,
		n0,
		_GKLUR,
		0,
		[_KI],
		[0],
		1
	];
	var GetKeyLastUsageResponse$ = [
		3,
		n0,
		_GKLURe,
		0,
		[
			_KI,
			_KLU,
			_TSD,
			_KCD
		],
		[
			0,
			() => KeyLastUsageData$,
			4,
			4
		]
	];
	var GetKeyPolicyRequest$ = [
		3,
		n0,
		_GKPR,
		0,
		[_KI, _PN],
		[0, 0],
		1
	];
	var GetKeyPolicyResponse$ = [
		3,
		n0,
		_GKPRe,
		0,
		[_P, _PN],
		[0, 0]
	];
	var GetKeyRotationStatusRequest$ = [
		3,
		n0,
		_GKRSR,
		0,
		[_KI],
		[0],
		1
	];
	var GetKeyRotationStatusResponse$ = [
		3,
		n0,
		_GKRSRe,
		0,
		[
			_KRE,
			_KI,
			_RPID,
			_NRD,
			_ODRSD
		],
		[
			2,
			0,
			1,
			4,
			4
		]
	];
	var GetParametersForImportRequest$ = [
		3,
		n0,
		_GPFIR,
		0,
		[
			_KI,
			_WA,
			_WKS
		],
		[
			0,
			0,
			0
		],
		3
	];
	var GetParametersForImportResponse$ = [
		3,
		n0,
		_GPFIRe,
		0,
		[
			_KI,
			_IT,
			_PK,
			_PVT
		],
		[
			0,
			21,
			[() => PlaintextType, 0],
			4
		]
	];
	var GetPublicKeyRequest$ = [
		3,
		n0,
		_GPKR,
		0,
		[_KI, _GT],
		[0, 64],
		1
	];
	var GetPublicKeyResponse$ = [
		3,
		n0,
		_GPKRe,
		0,
		[
			_KI,
			_PK,
			_CMKS,
			_KS,
			_KU,
			_EAnc,
			_SA,
			_KAAe,
			_EAnca
		],
		[
			0,
			21,
			0,
			0,
			0,
			64,
			64,
			64,
			64
		]
	];
	var GrantConstraints$ = [
		3,
		n0,
		_GC,
		0,
		[
			_ECS,
			_ECE,
			_SAo
		],
		[
			128,
			128,
			0
		]
	];
	var GrantListEntry$ = [
		3,
		n0,
		_GLE,
		0,
		[
			_KI,
			_GI,
			_N,
			_CD,
			_GP,
			_RP,
			_IA,
			_O,
			_C,
			_GSP,
			_RSP
		],
		[
			0,
			0,
			0,
			4,
			0,
			0,
			0,
			64,
			() => GrantConstraints$,
			0,
			0
		]
	];
	var ImportKeyMaterialRequest$ = [
		3,
		n0,
		_IKMR,
		0,
		[
			_KI,
			_IT,
			_EKM,
			_VT,
			_EM,
			_ITm,
			_KMD,
			_KMI
		],
		[
			0,
			21,
			21,
			4,
			0,
			0,
			0,
			0
		],
		3
	];
	var ImportKeyMaterialResponse$ = [
		3,
		n0,
		_IKMRm,
		0,
		[_KI, _KMI],
		[0, 0]
	];
	var KeyLastUsageData$ = [
		3,
		n0,
		_KLUD,
		0,
		[
			_Op,
			_Ti,
			_CTEI,
			_KRI
		],
		[
			0,
			4,
			0,
			0
		]
	];
	var KeyListEntry$ = [
		3,
		n0,
		_KLE,
		0,
		[_KI, _KA],
		[0, 0]
	];
	var KeyMetadata$ = [
		3,
		n0,
		_KM,
		0,
		[
			_KI,
			_AWSAI,
			_A,
			_CD,
			_E,
			_D,
			_KU,
			_KSe,
			_DD,
			_VT,
			_Or,
			_CKSI,
			_CHCI,
			_EM,
			_KMe,
			_CMKS,
			_KS,
			_EAnc,
			_SA,
			_KAAe,
			_EAnca,
			_MR,
			_MRC,
			_PDWID,
			_MAa,
			_XKC,
			_CKMI
		],
		[
			0,
			0,
			0,
			4,
			2,
			0,
			0,
			0,
			4,
			4,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			64,
			64,
			64,
			64,
			2,
			() => MultiRegionConfiguration$,
			1,
			64,
			() => XksKeyConfigurationType$,
			0
		],
		1
	];
	var ListAliasesRequest$ = [
		3,
		n0,
		_LAR,
		0,
		[
			_KI,
			_L,
			_M
		],
		[
			0,
			1,
			0
		]
	];
	var ListAliasesResponse$ = [
		3,
		n0,
		_LARi,
		0,
		[
			_Al,
			_NM,
			_Tr
		],
		[
			() => AliasList,
			0,
			2
		]
	];
	var ListGrantsRequest$ = [
		3,
		n0,
		_LGR,
		0,
		[
			_KI,
			_L,
			_M,
			_GI,
			_GP,
			_GSP
		],
		[
			0,
			1,
			0,
			0,
			0,
			0
		],
		1
	];
	var ListGrantsResponse$ = [
		3,
		n0,
		_LGRi,
		0,
		[
			_G,
			_NM,
			_Tr
		],
		[
			() => GrantList,
			0,
			2
		]
	];
	var ListKeyPoliciesRequest$ = [
		3,
		n0,
		_LKPR,
		0,
		[
			_KI,
			_L,
			_M
		],
		[
			0,
			1,
			0
		],
		1
	];
	var ListKeyPoliciesResponse$ = [
		3,
		n0,
		_LKPRi,
		0,
		[
			_PNo,
			_NM,
			_Tr
		],
		[
			64,
			0,
			2
		]
	];
	var ListKeyRotationsRequest$ = [
		3,
		n0,
		_LKRR,
		0,
		[
			_KI,
			_IKM,
			_L,
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
	var ListKeyRotationsResponse$ = [
		3,
		n0,
		_LKRRi,
		0,
		[
			_Ro,
			_NM,
			_Tr
		],
		[
			() => RotationsList,
			0,
			2
		]
	];
	var ListKeysRequest$ = [
		3,
		n0,
		_LKR,
		0,
		[_L, _M],
		[1, 0]
	];
	var ListKeysResponse$ = [
		3,
		n0,
		_LKRi,
		0,
		[
			_K,
			_NM,
			_Tr
		],
		[
			() => KeyList,
			0,
			2
		]
	];
	var ListResourceTagsRequest$ = [
		3,
		n0,
		_LRTR,
		0,
		[
			_KI,
			_L,
			_M
		],
		[
			0,
			1,
			0
		],
		1
	];
	var ListResourceTagsResponse$ = [
		3,
		n0,
		_LRTRi,
		0,
		[
			_T,
			_NM,
			_Tr
		],
		[
			() => TagList,
			0,
			2
		]
	];
	var ListRetirableGrantsRequest$ = [
		3,
		n0,
		_LRGR,
		0,
		[
			_L,
			_M,
			_RP,
			_RSP
		],
		[
			1,
			0,
			0,
			0
		]
	];
	var MultiRegionConfiguration$ = [
		3,
		n0,
		_MRC,
		0,
		[
			_MRKT,
			_PKr,
			_RK
		],
		[
			0,
			() => MultiRegionKey$,
			() => MultiRegionKeyList
		]
	];
	var MultiRegionKey$ = [
		3,
		n0,
		_MRK,
		0,
		[_A, _Re],
		[0, 0]
	];
	var PutKeyPolicyRequest$ = [
		3,
		n0,
		_PKPR,
		0,
		[
			_KI,
			_P,
			_PN,
			_BPLSC
		],
		[
			0,
			0,
			0,
			2
		],
		2
	];
	var RecipientInfo$ = [
		3,
		n0,
		_RI,
		0,
		[_KEA, _AD],
		[0, 21]
	];
	var ReEncryptRequest$ = [
		3,
		n0,
		_RER,
		0,
		[
			_DKI,
			_CB,
			_SEC,
			_SKI,
			_DEC,
			_SEA,
			_DEA,
			_GT,
			_DR,
			_DRM
		],
		[
			0,
			21,
			128,
			0,
			128,
			0,
			0,
			64,
			2,
			64
		],
		1
	];
	var ReEncryptResponse$ = [
		3,
		n0,
		_RERe,
		0,
		[
			_CB,
			_SKI,
			_KI,
			_SEA,
			_DEA,
			_SKMI,
			_DKMI
		],
		[
			21,
			0,
			0,
			0,
			0,
			0,
			0
		]
	];
	var ReplicateKeyRequest$ = [
		3,
		n0,
		_RKR,
		0,
		[
			_KI,
			_RR,
			_P,
			_BPLSC,
			_D,
			_T
		],
		[
			0,
			0,
			0,
			2,
			0,
			() => TagList
		],
		2
	];
	var ReplicateKeyResponse$ = [
		3,
		n0,
		_RKRe,
		0,
		[
			_RKM,
			_RPe,
			_RT
		],
		[
			() => KeyMetadata$,
			0,
			() => TagList
		]
	];
	var RetireGrantRequest$ = [
		3,
		n0,
		_RGR,
		0,
		[
			_GTr,
			_KI,
			_GI,
			_DR
		],
		[
			0,
			0,
			0,
			2
		]
	];
	var RevokeGrantRequest$ = [
		3,
		n0,
		_RGRe,
		0,
		[
			_KI,
			_GI,
			_DR
		],
		[
			0,
			0,
			2
		],
		2
	];
	var RotateKeyOnDemandRequest$ = [
		3,
		n0,
		_RKODR,
		0,
		[_KI],
		[0],
		1
	];
	var RotateKeyOnDemandResponse$ = [
		3,
		n0,
		_RKODRo,
		0,
		[_KI],
		[0]
	];
	var RotationsListEntry$ = [
		3,
		n0,
		_RLE,
		0,
		[
			_KI,
			_KMI,
			_KMD,
			_IS,
			_KMS,
			_EM,
			_VT,
			_RD,
			_RTo
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			4,
			4,
			0
		]
	];
	var ScheduleKeyDeletionRequest$ = [
		3,
		n0,
		_SKDR,
		0,
		[_KI, _PWID],
		[0, 1],
		1
	];
	var ScheduleKeyDeletionResponse$ = [
		3,
		n0,
		_SKDRc,
		0,
		[
			_KI,
			_DD,
			_KSe,
			_PWID
		],
		[
			0,
			4,
			0,
			1
		]
	];
	var SignRequest$ = [
		3,
		n0,
		_SR,
		0,
		[
			_KI,
			_Me,
			_SAi,
			_MT,
			_GT,
			_DR
		],
		[
			0,
			[() => PlaintextType, 0],
			0,
			0,
			64,
			2
		],
		3
	];
	var SignResponse$ = [
		3,
		n0,
		_SRi,
		0,
		[
			_KI,
			_S,
			_SAi
		],
		[
			0,
			21,
			0
		]
	];
	var Tag$ = [
		3,
		n0,
		_Ta,
		0,
		[_TK, _TV],
		[0, 0],
		2
	];
	var TagResourceRequest$ = [
		3,
		n0,
		_TRR,
		0,
		[_KI, _T],
		[0, () => TagList],
		2
	];
	var UntagResourceRequest$ = [
		3,
		n0,
		_URR,
		0,
		[_KI, _TKa],
		[0, 64],
		2
	];
	var UpdateAliasRequest$ = [
		3,
		n0,
		_UAR,
		0,
		[_AN, _TKI],
		[0, 0],
		2
	];
	var UpdateCustomKeyStoreRequest$ = [
		3,
		n0,
		_UCKSR,
		0,
		[
			_CKSI,
			_NCKSN,
			_KSP,
			_CHCI,
			_XPUE,
			_XPUP,
			_XPVESN,
			_XPVESO,
			_XPAC,
			_XPC
		],
		[
			0,
			0,
			[() => KeyStorePasswordType, 0],
			0,
			0,
			0,
			0,
			0,
			[() => XksProxyAuthenticationCredentialType$, 0],
			0
		],
		1
	];
	var UpdateCustomKeyStoreResponse$ = [
		3,
		n0,
		_UCKSRp,
		0,
		[],
		[]
	];
	var UpdateKeyDescriptionRequest$ = [
		3,
		n0,
		_UKDR,
		0,
		[_KI, _D],
		[0, 0],
		2
	];
	var UpdatePrimaryRegionRequest$ = [
		3,
		n0,
		_UPRR,
		0,
		[_KI, _PR],
		[0, 0],
		2
	];
	var VerifyMacRequest$ = [
		3,
		n0,
		_VMR,
		0,
		[
			_Me,
			_KI,
			_MA,
			_Ma,
			_GT,
			_DR
		],
		[
			[() => PlaintextType, 0],
			0,
			0,
			21,
			64,
			2
		],
		4
	];
	var VerifyMacResponse$ = [
		3,
		n0,
		_VMRe,
		0,
		[
			_KI,
			_MV,
			_MA
		],
		[
			0,
			2,
			0
		]
	];
	var VerifyRequest$ = [
		3,
		n0,
		_VR,
		0,
		[
			_KI,
			_Me,
			_S,
			_SAi,
			_MT,
			_GT,
			_DR
		],
		[
			0,
			[() => PlaintextType, 0],
			21,
			0,
			0,
			64,
			2
		],
		4
	];
	var VerifyResponse$ = [
		3,
		n0,
		_VRe,
		0,
		[
			_KI,
			_SV,
			_SAi
		],
		[
			0,
			2,
			0
		]
	];
	var XksKeyConfigurationType$ = [
		3,
		n0,
		_XKCT,
		0,
		[_I],
		[0]
	];
	var XksProxyAuthenticationCredentialType$ = [
		3,
		n0,
		_XPACT,
		0,
		[_AKI, _RSAK],
		[[() => XksProxyAuthenticationAccessKeyIdType, 0], [() => XksProxyAuthenticationRawSecretAccessKeyType, 0]],
		2
	];
	var XksProxyConfigurationType$ = [
		3,
		n0,
		_XPCT,
		0,
		[
			_Co,
			_AKI,
			_UE,
			_UP,
			_VESN,
			_VESO
		],
		[
			0,
			[() => XksProxyAuthenticationAccessKeyIdType, 0],
			0,
			0,
			0,
			0
		]
	];
	var __Unit = "unit";
	var AliasList = [
		1,
		n0,
		_AL,
		0,
		() => AliasListEntry$
	];
	var CustomKeyStoresList = [
		1,
		n0,
		_CKSL,
		0,
		[() => CustomKeyStoresListEntry$, 0]
	];
	var GrantList = [
		1,
		n0,
		_GL,
		0,
		() => GrantListEntry$
	];
	var KeyList = [
		1,
		n0,
		_KL,
		0,
		() => KeyListEntry$
	];
	var MultiRegionKeyList = [
		1,
		n0,
		_MRKL,
		0,
		() => MultiRegionKey$
	];
	var RotationsList = [
		1,
		n0,
		_RL,
		0,
		() => RotationsListEntry$
	];
	var TagList = [
		1,
		n0,
		_TL,
		0,
		() => Tag$
	];
	var CancelKeyDeletion$ = [
		9,
		n0,
		_CKD,
		0,
		() => CancelKeyDeletionRequest$,
		() => CancelKeyDeletionResponse$
	];
	var ConnectCustomKeyStore$ = [
		9,
		n0,
		_CCKS,
		0,
		() => ConnectCustomKeyStoreRequest$,
		() => ConnectCustomKeyStoreResponse$
	];
	var CreateAlias$ = [
		9,
		n0,
		_CA,
		0,
		() => CreateAliasRequest$,
		() => __Unit
	];
	var CreateCustomKeyStore$ = [
		9,
		n0,
		_CCKSr,
		0,
		() => CreateCustomKeyStoreRequest$,
		() => CreateCustomKeyStoreResponse$
	];
	var CreateGrant$ = [
		9,
		n0,
		_CG,
		0,
		() => CreateGrantRequest$,
		() => CreateGrantResponse$
	];
	var CreateKey$ = [
		9,
		n0,
		_CK,
		0,
		() => CreateKeyRequest$,
		() => CreateKeyResponse$
	];
	var Decapsulate$ = [
		9,
		n0,
		_De,
		0,
		() => DecapsulateRequest$,
		() => DecapsulateResponse$
	];
	var Decrypt$ = [
		9,
		n0,
		_Dec,
		0,
		() => DecryptRequest$,
		() => DecryptResponse$
	];
	var DeleteAlias$ = [
		9,
		n0,
		_DA,
		0,
		() => DeleteAliasRequest$,
		() => __Unit
	];
	var DeleteCustomKeyStore$ = [
		9,
		n0,
		_DCKS,
		0,
		() => DeleteCustomKeyStoreRequest$,
		() => DeleteCustomKeyStoreResponse$
	];
	var DeleteImportedKeyMaterial$ = [
		9,
		n0,
		_DIKM,
		0,
		() => DeleteImportedKeyMaterialRequest$,
		() => DeleteImportedKeyMaterialResponse$
	];
	var DeriveSharedSecret$ = [
		9,
		n0,
		_DSS,
		0,
		() => DeriveSharedSecretRequest$,
		() => DeriveSharedSecretResponse$
	];
	var DescribeCustomKeyStores$ = [
		9,
		n0,
		_DCKSe,
		0,
		() => DescribeCustomKeyStoresRequest$,
		() => DescribeCustomKeyStoresResponse$
	];
	var DescribeKey$ = [
		9,
		n0,
		_DK,
		0,
		() => DescribeKeyRequest$,
		() => DescribeKeyResponse$
	];
	var DisableKey$ = [
		9,
		n0,
		_DKi,
		0,
		() => DisableKeyRequest$,
		() => __Unit
	];
	var DisableKeyRotation$ = [
		9,
		n0,
		_DKRis,
		0,
		() => DisableKeyRotationRequest$,
		() => __Unit
	];
	var DisconnectCustomKeyStore$ = [
		9,
		n0,
		_DCKSi,
		0,
		() => DisconnectCustomKeyStoreRequest$,
		() => DisconnectCustomKeyStoreResponse$
	];
	var EnableKey$ = [
		9,
		n0,
		_EK,
		0,
		() => EnableKeyRequest$,
		() => __Unit
	];
	var EnableKeyRotation$ = [
		9,
		n0,
		_EKRn,
		0,
		() => EnableKeyRotationRequest$,
		() => __Unit
	];
	var Encapsulate$ = [
		9,
		n0,
		_En,
		0,
		() => EncapsulateRequest$,
		() => EncapsulateResponse$
	];
	var Encrypt$ = [
		9,
		n0,
		_Enc,
		0,
		() => EncryptRequest$,
		() => EncryptResponse$
	];
	var GenerateDataKey$ = [
		9,
		n0,
		_GDK,
		0,
		() => GenerateDataKeyRequest$,
		() => GenerateDataKeyResponse$
	];
	var GenerateDataKeyPair$ = [
		9,
		n0,
		_GDKP,
		0,
		() => GenerateDataKeyPairRequest$,
		() => GenerateDataKeyPairResponse$
	];
	var GenerateDataKeyPairWithoutPlaintext$ = [
		9,
		n0,
		_GDKPWP,
		0,
		() => GenerateDataKeyPairWithoutPlaintextRequest$,
		() => GenerateDataKeyPairWithoutPlaintextResponse$
	];
	var GenerateDataKeyWithoutPlaintext$ = [
		9,
		n0,
		_GDKWP,
		0,
		() => GenerateDataKeyWithoutPlaintextRequest$,
		() => GenerateDataKeyWithoutPlaintextResponse$
	];
	var GenerateMac$ = [
		9,
		n0,
		_GM,
		0,
		() => GenerateMacRequest$,
		() => GenerateMacResponse$
	];
	var GenerateRandom$ = [
		9,
		n0,
		_GR,
		0,
		() => GenerateRandomRequest$,
		() => GenerateRandomResponse$
	];
	var GetKeyLastUsage$ = [
		9,
		n0,
		_GKLU,
		0,
		() => GetKeyLastUsageRequest$,
		() => GetKeyLastUsageResponse$
	];
	var GetKeyPolicy$ = [
		9,
		n0,
		_GKP,
		0,
		() => GetKeyPolicyRequest$,
		() => GetKeyPolicyResponse$
	];
	var GetKeyRotationStatus$ = [
		9,
		n0,
		_GKRS,
		0,
		() => GetKeyRotationStatusRequest$,
		() => GetKeyRotationStatusResponse$
	];
	var GetParametersForImport$ = [
		9,
		n0,
		_GPFI,
		0,
		() => GetParametersForImportRequest$,
		() => GetParametersForImportResponse$
	];
	var GetPublicKey$ = [
		9,
		n0,
		_GPK,
		0,
		() => GetPublicKeyRequest$,
		() => GetPublicKeyResponse$
	];
	var ImportKeyMaterial$ = [
		9,
		n0,
		_IKMm,
		0,
		() => ImportKeyMaterialRequest$,
		() => ImportKeyMaterialResponse$
	];
	var ListAliases$ = [
		9,
		n0,
		_LA,
		0,
		() => ListAliasesRequest$,
		() => ListAliasesResponse$
	];
	var ListGrants$ = [
		9,
		n0,
		_LG,
		0,
		() => ListGrantsRequest$,
		() => ListGrantsResponse$
	];
	var ListKeyPolicies$ = [
		9,
		n0,
		_LKP,
		0,
		() => ListKeyPoliciesRequest$,
		() => ListKeyPoliciesResponse$
	];
	var ListKeyRotations$ = [
		9,
		n0,
		_LKRis,
		0,
		() => ListKeyRotationsRequest$,
		() => ListKeyRotationsResponse$
	];
	var ListKeys$ = [
		9,
		n0,
		_LK,
		0,
		() => ListKeysRequest$,
		() => ListKeysResponse$
	];
	var ListResourceTags$ = [
		9,
		n0,
		_LRT,
		0,
		() => ListResourceTagsRequest$,
		() => ListResourceTagsResponse$
	];
	var ListRetirableGrants$ = [
		9,
		n0,
		_LRG,
		0,
		() => ListRetirableGrantsRequest$,
		() => ListGrantsResponse$
	];
	var PutKeyPolicy$ = [
		9,
		n0,
		_PKPu,
		0,
		() => PutKeyPolicyRequest$,
		() => __Unit
	];
	var ReEncrypt$ = [
		9,
		n0,
		_RE,
		0,
		() => ReEncryptRequest$,
		() => ReEncryptResponse$
	];
	var ReplicateKey$ = [
		9,
		n0,
		_RKe,
		0,
		() => ReplicateKeyRequest$,
		() => ReplicateKeyResponse$
	];
	var RetireGrant$ = [
		9,
		n0,
		_RG,
		0,
		() => RetireGrantRequest$,
		() => __Unit
	];
	var RevokeGrant$ = [
		9,
		n0,
		_RGe,
		0,
		() => RevokeGrantRequest$,
		() => __Unit
	];
	var RotateKeyOnDemand$ = [
		9,
		n0,
		_RKOD,
		0,
		() => RotateKeyOnDemandRequest$,
		() => RotateKeyOnDemandResponse$
	];
	var ScheduleKeyDeletion$ = [
		9,
		n0,
		_SKD,
		0,
		() => ScheduleKeyDeletionRequest$,
		() => ScheduleKeyDeletionResponse$
	];
	var Sign$ = [
		9,
		n0,
		_Si,
		0,
		() => SignRequest$,
		() => SignResponse$
	];
	var TagResource$ = [
		9,
		n0,
		_TR,
		0,
		() => TagResourceRequest$,
		() => __Unit
	];
	var UntagResource$ = [
		9,
		n0,
		_UR,
		0,
		() => UntagResourceRequest$,
		() => __Unit
	];
	var UpdateAlias$ = [
		9,
		n0,
		_UA,
		0,
		() => UpdateAliasRequest$,
		() => __Unit
	];
	var UpdateCustomKeyStore$ = [
		9,
		n0,
		_UCKS,
		0,
		() => UpdateCustomKeyStoreRequest$,
		() => UpdateCustomKeyStoreResponse$
	];
	var UpdateKeyDescription$ = [
		9,
		n0,
		_UKD,
		0,
		() => UpdateKeyDescriptionRequest$,
		() => __Unit
	];
	var UpdatePrimaryRegion$ = [
		9,
		n0,
		_UPR,
		0,
		() => UpdatePrimaryRegionRequest$,
		() => __Unit
	];
	var Verify$ = [
		9,
		n0,
		_V,
		0,
		() => VerifyRequest$,
		() => VerifyResponse$
	];
	var VerifyMac$ = [
		9,
		n0,
		_VM,
		0,
		() => VerifyMacRequest$,
		() => VerifyMacResponse$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2014-11-01",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultKMSHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsJson1_1Protocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.kms",
				errorTypeRegistries,
				xmlNamespace: "https://trent.amazonaws.com/doc/2014-11-01/",
				version: "2014-11-01",
				serviceTarget: "TrentService"
			},
			serviceId: config?.serviceId ?? "KMS",
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
	var KMSClient = class extends Client {
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
				httpAuthSchemeParametersProvider: defaultKMSHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "TrentService", "KMSClient", getEndpointPlugin);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	var CancelKeyDeletionCommand = class extends command(_ep0, _mw0, "CancelKeyDeletion", CancelKeyDeletion$) {};
	var ConnectCustomKeyStoreCommand = class extends command(_ep0, _mw0, "ConnectCustomKeyStore", ConnectCustomKeyStore$) {};
	var CreateAliasCommand = class extends command(_ep0, _mw0, "CreateAlias", CreateAlias$) {};
	var CreateCustomKeyStoreCommand = class extends command(_ep0, _mw0, "CreateCustomKeyStore", CreateCustomKeyStore$) {};
	var CreateGrantCommand = class extends command(_ep0, _mw0, "CreateGrant", CreateGrant$) {};
	var CreateKeyCommand = class extends command(_ep0, _mw0, "CreateKey", CreateKey$) {};
	var DecapsulateCommand = class extends command(_ep0, _mw0, "Decapsulate", Decapsulate$) {};
	var DecryptCommand = class extends command(_ep0, _mw0, "Decrypt", Decrypt$) {};
	var DeleteAliasCommand = class extends command(_ep0, _mw0, "DeleteAlias", DeleteAlias$) {};
	var DeleteCustomKeyStoreCommand = class extends command(_ep0, _mw0, "DeleteCustomKeyStore", DeleteCustomKeyStore$) {};
	var DeleteImportedKeyMaterialCommand = class extends command(_ep0, _mw0, "DeleteImportedKeyMaterial", DeleteImportedKeyMaterial$) {};
	var DeriveSharedSecretCommand = class extends command(_ep0, _mw0, "DeriveSharedSecret", DeriveSharedSecret$) {};
	var DescribeCustomKeyStoresCommand = class extends command(_ep0, _mw0, "DescribeCustomKeyStores", DescribeCustomKeyStores$) {};
	var DescribeKeyCommand = class extends command(_ep0, _mw0, "DescribeKey", DescribeKey$) {};
	var DisableKeyCommand = class extends command(_ep0, _mw0, "DisableKey", DisableKey$) {};
	var DisableKeyRotationCommand = class extends command(_ep0, _mw0, "DisableKeyRotation", DisableKeyRotation$) {};
	var DisconnectCustomKeyStoreCommand = class extends command(_ep0, _mw0, "DisconnectCustomKeyStore", DisconnectCustomKeyStore$) {};
	var EnableKeyCommand = class extends command(_ep0, _mw0, "EnableKey", EnableKey$) {};
	var EnableKeyRotationCommand = class extends command(_ep0, _mw0, "EnableKeyRotation", EnableKeyRotation$) {};
	var EncapsulateCommand = class extends command(_ep0, _mw0, "Encapsulate", Encapsulate$) {};
	var EncryptCommand = class extends command(_ep0, _mw0, "Encrypt", Encrypt$) {};
	var GenerateDataKeyCommand = class extends command(_ep0, _mw0, "GenerateDataKey", GenerateDataKey$) {};
	var GenerateDataKeyPairCommand = class extends command(_ep0, _mw0, "GenerateDataKeyPair", GenerateDataKeyPair$) {};
	var GenerateDataKeyPairWithoutPlaintextCommand = class extends command(_ep0, _mw0, "GenerateDataKeyPairWithoutPlaintext", GenerateDataKeyPairWithoutPlaintext$) {};
	var GenerateDataKeyWithoutPlaintextCommand = class extends command(_ep0, _mw0, "GenerateDataKeyWithoutPlaintext", GenerateDataKeyWithoutPlaintext$) {};
	var GenerateMacCommand = class extends command(_ep0, _mw0, "GenerateMac", GenerateMac$) {};
	var GenerateRandomCommand = class extends command(_ep0, _mw0, "GenerateRandom", GenerateRandom$) {};
	var GetKeyLastUsageCommand = class extends command(_ep0, _mw0, "GetKeyLastUsage", GetKeyLastUsage$) {};
	var GetKeyPolicyCommand = class extends command(_ep0, _mw0, "GetKeyPolicy", GetKeyPolicy$) {};
	var GetKeyRotationStatusCommand = class extends command(_ep0, _mw0, "GetKeyRotationStatus", GetKeyRotationStatus$) {};
	var GetParametersForImportCommand = class extends command(_ep0, _mw0, "GetParametersForImport", GetParametersForImport$) {};
	var GetPublicKeyCommand = class extends command(_ep0, _mw0, "GetPublicKey", GetPublicKey$) {};
	var ImportKeyMaterialCommand = class extends command(_ep0, _mw0, "ImportKeyMaterial", ImportKeyMaterial$) {};
	var ListAliasesCommand = class extends command(_ep0, _mw0, "ListAliases", ListAliases$) {};
	var ListGrantsCommand = class extends command(_ep0, _mw0, "ListGrants", ListGrants$) {};
	var ListKeyPoliciesCommand = class extends command(_ep0, _mw0, "ListKeyPolicies", ListKeyPolicies$) {};
	var ListKeyRotationsCommand = class extends command(_ep0, _mw0, "ListKeyRotations", ListKeyRotations$) {};
	var ListKeysCommand = class extends command(_ep0, _mw0, "ListKeys", ListKeys$) {};
	var ListResourceTagsCommand = class extends command(_ep0, _mw0, "ListResourceTags", ListResourceTags$) {};
	var ListRetirableGrantsCommand = class extends command(_ep0, _mw0, "ListRetirableGrants", ListRetirableGrants$) {};
	var PutKeyPolicyCommand = class extends command(_ep0, _mw0, "PutKeyPolicy", PutKeyPolicy$) {};
	var ReEncryptCommand = class extends command(_ep0, _mw0, "ReEncrypt", ReEncrypt$) {};
	var ReplicateKeyCommand = class extends command(_ep0, _mw0, "ReplicateKey", ReplicateKey$) {};
	var RetireGrantCommand = class extends command(_ep0, _mw0, "RetireGrant", RetireGrant$) {};
	var RevokeGrantCommand = class extends command(_ep0, _mw0, "RevokeGrant", RevokeGrant$) {};
	var RotateKeyOnDemandCommand = class extends command(_ep0, _mw0, "RotateKeyOnDemand", RotateKeyOnDemand$) {};
	var ScheduleKeyDeletionCommand = class extends command(_ep0, _mw0, "ScheduleKeyDeletion", ScheduleKeyDeletion$) {};
	var SignCommand = class extends command(_ep0, _mw0, "Sign", Sign$) {};
	var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {};
	var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {};
	var UpdateAliasCommand = class extends command(_ep0, _mw0, "UpdateAlias", UpdateAlias$) {};
	var UpdateCustomKeyStoreCommand = class extends command(_ep0, _mw0, "UpdateCustomKeyStore", UpdateCustomKeyStore$) {};
	var UpdateKeyDescriptionCommand = class extends command(_ep0, _mw0, "UpdateKeyDescription", UpdateKeyDescription$) {};
	var UpdatePrimaryRegionCommand = class extends command(_ep0, _mw0, "UpdatePrimaryRegion", UpdatePrimaryRegion$) {};
	var VerifyCommand = class extends command(_ep0, _mw0, "Verify", Verify$) {};
	var VerifyMacCommand = class extends command(_ep0, _mw0, "VerifyMac", VerifyMac$) {};
	const paginateDescribeCustomKeyStores = createPaginator(KMSClient, DescribeCustomKeyStoresCommand, "Marker", "NextMarker", "Limit");
	const paginateListAliases = createPaginator(KMSClient, ListAliasesCommand, "Marker", "NextMarker", "Limit");
	const paginateListGrants = createPaginator(KMSClient, ListGrantsCommand, "Marker", "NextMarker", "Limit");
	const paginateListKeyPolicies = createPaginator(KMSClient, ListKeyPoliciesCommand, "Marker", "NextMarker", "Limit");
	const paginateListKeyRotations = createPaginator(KMSClient, ListKeyRotationsCommand, "Marker", "NextMarker", "Limit");
	const paginateListKeys = createPaginator(KMSClient, ListKeysCommand, "Marker", "NextMarker", "Limit");
	const paginateListResourceTags = createPaginator(KMSClient, ListResourceTagsCommand, "Marker", "NextMarker", "Limit");
	const paginateListRetirableGrants = createPaginator(KMSClient, ListRetirableGrantsCommand, "Marker", "NextMarker", "Limit");
	const commands = {
		CancelKeyDeletionCommand,
		ConnectCustomKeyStoreCommand,
		CreateAliasCommand,
		CreateCustomKeyStoreCommand,
		CreateGrantCommand,
		CreateKeyCommand,
		DecapsulateCommand,
		DecryptCommand,
		DeleteAliasCommand,
		DeleteCustomKeyStoreCommand,
		DeleteImportedKeyMaterialCommand,
		DeriveSharedSecretCommand,
		DescribeCustomKeyStoresCommand,
		DescribeKeyCommand,
		DisableKeyCommand,
		DisableKeyRotationCommand,
		DisconnectCustomKeyStoreCommand,
		EnableKeyCommand,
		EnableKeyRotationCommand,
		EncapsulateCommand,
		EncryptCommand,
		GenerateDataKeyCommand,
		GenerateDataKeyPairCommand,
		GenerateDataKeyPairWithoutPlaintextCommand,
		GenerateDataKeyWithoutPlaintextCommand,
		GenerateMacCommand,
		GenerateRandomCommand,
		GetKeyLastUsageCommand,
		GetKeyPolicyCommand,
		GetKeyRotationStatusCommand,
		GetParametersForImportCommand,
		GetPublicKeyCommand,
		ImportKeyMaterialCommand,
		ListAliasesCommand,
		ListGrantsCommand,
		ListKeyPoliciesCommand,
		ListKeyRotationsCommand,
		ListKeysCommand,
		ListResourceTagsCommand,
		ListRetirableGrantsCommand,
		PutKeyPolicyCommand,
		ReEncryptCommand,
		ReplicateKeyCommand,
		RetireGrantCommand,
		RevokeGrantCommand,
		RotateKeyOnDemandCommand,
		ScheduleKeyDeletionCommand,
		SignCommand,
		TagResourceCommand,
		UntagResourceCommand,
		UpdateAliasCommand,
		UpdateCustomKeyStoreCommand,
		UpdateKeyDescriptionCommand,
		UpdatePrimaryRegionCommand,
		VerifyCommand,
		VerifyMacCommand
	};
	const paginators = {
		paginateDescribeCustomKeyStores,
		paginateListAliases,
		paginateListGrants,
		paginateListKeyPolicies,
		paginateListKeyRotations,
		paginateListKeys,
		paginateListResourceTags,
		paginateListRetirableGrants
	};
	var KMS = class extends KMSClient {};
	createAggregatedClient(commands, KMS, { paginators });
	exports.CancelKeyDeletionCommand = CancelKeyDeletionCommand;
	exports.CreateAliasCommand = CreateAliasCommand;
	exports.CreateGrantCommand = CreateGrantCommand;
	exports.CreateKeyCommand = CreateKeyCommand;
	exports.DeleteAliasCommand = DeleteAliasCommand;
	exports.DescribeKeyCommand = DescribeKeyCommand;
	exports.DisableKeyCommand = DisableKeyCommand;
	exports.DisableKeyRotationCommand = DisableKeyRotationCommand;
	exports.EnableKeyCommand = EnableKeyCommand;
	exports.EnableKeyRotationCommand = EnableKeyRotationCommand;
	exports.GetKeyPolicyCommand = GetKeyPolicyCommand;
	exports.GetKeyRotationStatusCommand = GetKeyRotationStatusCommand;
	exports.KMSClient = KMSClient;
	exports.PutKeyPolicyCommand = PutKeyPolicyCommand;
	exports.ReplicateKeyCommand = ReplicateKeyCommand;
	exports.RevokeGrantCommand = RevokeGrantCommand;
	exports.ScheduleKeyDeletionCommand = ScheduleKeyDeletionCommand;
	exports.TagResourceCommand = TagResourceCommand;
	exports.UntagResourceCommand = UntagResourceCommand;
	exports.UpdateAliasCommand = UpdateAliasCommand;
	exports.UpdateKeyDescriptionCommand = UpdateKeyDescriptionCommand;
	exports.paginateListAliases = paginateListAliases;
	exports.paginateListGrants = paginateListGrants;
	exports.paginateListKeys = paginateListKeys;
	exports.paginateListResourceTags = paginateListResourceTags;
})))(), 1);
const client = clientOf(import_dist_cjs.KMSClient);
/** Keys described, or restored, at once. */
const KEY_CONCURRENCY = 8;
/** LocalStack gives a new key the id in this tag; moto ignores it and draws a new id. */
const CUSTOM_ID_TAG = "_custom_id_";
const KEY = recordKind("key");
function usage(keyUsage) {
	return keyUsage ?? "ENCRYPT_DECRYPT";
}
function isAwsAlias(name) {
	return name.startsWith("alias/aws/");
}
/** A key the account made itself, in a state that can be captured or cleared (an external key may await its material). */
function isLiveCustomerKey(key) {
	return key?.KeyManager === "CUSTOMER" && [
		"Enabled",
		"Disabled",
		"PendingImport"
	].includes(key.KeyState);
}
async function describe(kms, keyId) {
	return (await unlessMissing(kms.send(new import_dist_cjs.DescribeKeyCommand({ KeyId: keyId }))))?.KeyMetadata;
}
async function keyIds(kms) {
	return (await collect(import_dist_cjs.paginateListKeys({ client: kms }, {}), (page) => page.Keys)).map((k) => k.KeyId).sort();
}
async function tagsOf(kms, keyId) {
	return collect(import_dist_cjs.paginateListResourceTags({ client: kms }, { KeyId: keyId }), (page) => page.Tags);
}
/** The account's own aliases by the key they name; `alias/aws/*` belong to AWS-managed keys. */
async function aliasesByKey(kms) {
	const byKey = /* @__PURE__ */ new Map();
	for await (const page of import_dist_cjs.paginateListAliases({ client: kms }, {})) for (const a of page.Aliases ?? []) {
		if (!a.TargetKeyId || isAwsAlias(a.AliasName)) continue;
		byKey.set(a.TargetKeyId, [...byKey.get(a.TargetKeyId) ?? [], a.AliasName]);
	}
	return byKey;
}
async function policyOf(kms, KeyId) {
	return (await kms.send(new import_dist_cjs.GetKeyPolicyCommand({
		KeyId,
		PolicyName: "default"
	}))).Policy;
}
/** A key's grants, in a stable order; the instance draws their ids, so they are not kept. */
async function grantsOf(kms, KeyId) {
	const grants = await collect(import_dist_cjs.paginateListGrants({ client: kms }, { KeyId }), (page) => page.Grants);
	return sortBy(grants.map((g) => ({
		name: g.Name || void 0,
		granteePrincipal: g.GranteePrincipal,
		retiringPrincipal: g.RetiringPrincipal || void 0,
		operations: [...g.Operations ?? []].sort(),
		constraints: g.Constraints
	})), (g) => `${g.name ?? ""} ${g.granteePrincipal}`);
}
/** The replicas of a multi-Region primary key, each read in its own region. */
async function replicasOf(context, key) {
	const regions = (key.MultiRegionConfiguration?.ReplicaKeys ?? []).map((r) => r.Region).sort();
	return Promise.all(regions.map(async (region) => {
		const replicaKms = client(context, region);
		const [replica, policy, tags] = await Promise.all([
			describe(replicaKms, key.KeyId),
			policyOf(replicaKms, key.KeyId),
			tagsOf(replicaKms, key.KeyId)
		]);
		return {
			region,
			description: replica?.Description || void 0,
			policy,
			enabled: replica?.KeyState === "Enabled",
			tags: sortedTags(tags, (t) => t.TagKey)
		};
	}));
}
/**
* Undefined for keys that cannot be recreated: AWS-managed ones, keys pending deletion, keys in
* a custom key store, and multi-Region replicas (their primary holds them). An external key's
* material cannot be read: it comes back awaiting an import.
*/
async function captureKey(context, region, keyId, aliases) {
	const kms = client(context, region);
	const key = await describe(kms, keyId);
	if (!isLiveCustomerKey(key) || key.Origin !== "AWS_KMS" && key.Origin !== "EXTERNAL") return void 0;
	if (key.MultiRegionConfiguration?.MultiRegionKeyType === "REPLICA") return void 0;
	const symmetric = key.KeySpec === "SYMMETRIC_DEFAULT" && key.Origin === "AWS_KMS";
	const [policy, tags, rotation, replicas, grants] = await Promise.all([
		policyOf(kms, keyId),
		tagsOf(kms, keyId),
		symmetric ? unlessMissing(kms.send(new import_dist_cjs.GetKeyRotationStatusCommand({ KeyId: keyId })), ["UnsupportedOperationException"]) : void 0,
		replicasOf(context, key),
		grantsOf(kms, keyId)
	]);
	if (key.Origin === "EXTERNAL" && key.KeyState !== "PendingImport") context.warn(KEY.label(keyId), "its imported key material cannot be read: the restored key awaits an import (PendingImport)");
	if (grants.length > 0) context.warn(KEY.label(keyId), `its ${grants.length} grant(s) come back under ids the instance draws anew: tools that kept the ids, such as Terraform's state, see other grants`);
	return {
		keyId,
		description: key.Description || void 0,
		keyUsage: key.KeyUsage,
		keySpec: key.KeySpec,
		multiRegion: key.MultiRegion || void 0,
		policy,
		rotation: rotation?.KeyRotationEnabled,
		enabled: key.KeyState === "Enabled",
		tags: sortedTags(tags, (t) => t.TagKey),
		aliases: aliases && aliases.length > 0 ? [...aliases].sort() : void 0,
		origin: key.Origin === "EXTERNAL" ? key.Origin : void 0,
		replicas: nonEmpty(replicas),
		grants: nonEmpty(grants)
	};
}
const capture = eachRegion(async function* (context, region) {
	const kms = client(context, region);
	const aliases = await aliasesByKey(kms);
	for await (const key of mapOrdered(await keyIds(kms), KEY_CONCURRENCY, (id) => captureKey(context, region, id, aliases.get(id)))) if (key) yield KEY.record(region, key.keyId, key);
});
const regionsWithState = regionsWhere(async (context, region) => {
	const kms = client(context, region);
	for (const id of await keyIds(kms)) if (isLiveCustomerKey(await describe(kms, id))) return true;
	return false;
});
/** KMS never deletes a key at once: keys are scheduled for deletion after the shortest window. */
async function clear(context, region) {
	const kms = client(context, region);
	for (const aliases of (await aliasesByKey(kms)).values()) for (const AliasName of aliases) await kms.send(new import_dist_cjs.DeleteAliasCommand({ AliasName }));
	await forEachLimit(await keyIds(kms), KEY_CONCURRENCY, async (id) => {
		if (!isLiveCustomerKey(await describe(kms, id))) return;
		await kms.send(new import_dist_cjs.ScheduleKeyDeletionCommand({
			KeyId: id,
			PendingWindowInDays: 7
		}));
	});
}
/**
* The customer key the record stands for, if the region has it: the key with the same id (taken
* back from pending deletion), else the key one of its aliases names, if it is of the same kind.
*/
async function existingKey(kms, key) {
	const same = await describe(kms, key.keyId);
	if (same?.KeyManager === "CUSTOMER") {
		if (same.KeyState === "PendingDeletion") await kms.send(new import_dist_cjs.CancelKeyDeletionCommand({ KeyId: key.keyId }));
		return same.KeyId;
	}
	for (const alias of key.aliases ?? []) {
		const named = await describe(kms, alias);
		if (isLiveCustomerKey(named) && named.KeySpec === key.keySpec && usage(named.KeyUsage) === usage(key.keyUsage)) return named.KeyId;
	}
}
async function createKey(kms, key) {
	const tags = key.tags ?? [];
	const addId = !tags.some((t) => t.TagKey === CUSTOM_ID_TAG);
	const keyId = (await kms.send(new import_dist_cjs.CreateKeyCommand({
		Description: key.description,
		KeyUsage: key.keyUsage,
		KeySpec: key.keySpec,
		MultiRegion: key.multiRegion,
		Origin: key.origin,
		Policy: key.policy,
		Tags: addId ? [...tags, {
			TagKey: CUSTOM_ID_TAG,
			TagValue: key.keyId
		}] : tags
	}))).KeyMetadata.KeyId;
	if (addId) await kms.send(new import_dist_cjs.UntagResourceCommand({
		KeyId: keyId,
		TagKeys: [CUSTOM_ID_TAG]
	}));
	return keyId;
}
async function updateKey(kms, keyId, key) {
	await kms.send(new import_dist_cjs.UpdateKeyDescriptionCommand({
		KeyId: keyId,
		Description: key.description ?? ""
	}));
	if (key.policy) await kms.send(new import_dist_cjs.PutKeyPolicyCommand({
		KeyId: keyId,
		PolicyName: "default",
		Policy: key.policy
	}));
	await replaceTags((await tagsOf(kms, keyId)).map((t) => t.TagKey), (key.tags ?? []).map((t) => t.TagKey), {
		untag: (TagKeys) => kms.send(new import_dist_cjs.UntagResourceCommand({
			KeyId: keyId,
			TagKeys
		})),
		tag: () => kms.send(new import_dist_cjs.TagResourceCommand({
			KeyId: keyId,
			Tags: key.tags
		}))
	});
}
async function restoreKey(context, region, key) {
	const kms = client(context, region);
	const existing = await existingKey(kms, key);
	const KeyId = existing ?? await createKey(kms, key);
	if (KeyId !== key.keyId) {
		context.renamed(key.keyId, KeyId);
		context.warn(KEY.label(key.keyId), `the instance gave it the id ${KeyId} (moto draws key ids): what the pod restores after it names the new id, what refers to the old one elsewhere does not find it`);
	}
	const awaitsImport = key.origin === "EXTERNAL";
	if (existing) {
		await updateKey(kms, KeyId, key);
		if (!awaitsImport) await kms.send(new import_dist_cjs.EnableKeyCommand({ KeyId }));
	}
	if (key.rotation !== void 0) await kms.send(key.rotation ? new import_dist_cjs.EnableKeyRotationCommand({ KeyId }) : new import_dist_cjs.DisableKeyRotationCommand({ KeyId }));
	for (const AliasName of key.aliases ?? []) await createOrUpdate(() => kms.send(new import_dist_cjs.CreateAliasCommand({
		AliasName,
		TargetKeyId: KeyId
	})), () => kms.send(new import_dist_cjs.UpdateAliasCommand({
		AliasName,
		TargetKeyId: KeyId
	})));
	if (existing) await revokeGrants(kms, KeyId);
	for (const g of key.grants ?? []) await kms.send(new import_dist_cjs.CreateGrantCommand({
		KeyId,
		Name: g.name,
		GranteePrincipal: g.granteePrincipal,
		RetiringPrincipal: g.retiringPrincipal,
		Operations: g.operations,
		Constraints: g.constraints
	}));
	for (const replica of key.replicas ?? []) await restoreReplica(context, region, KeyId, replica);
	if (!key.enabled && !awaitsImport) await kms.send(new import_dist_cjs.DisableKeyCommand({ KeyId }));
}
async function revokeGrants(kms, KeyId) {
	for (const g of await collect(import_dist_cjs.paginateListGrants({ client: kms }, { KeyId }), (page) => page.Grants)) await kms.send(new import_dist_cjs.RevokeGrantCommand({
		KeyId,
		GrantId: g.GrantId
	}));
}
/** A multi-Region replica, made from its primary under the primary's id when its region lacks it, then given its settings. */
async function restoreReplica(context, primaryRegion, KeyId, replica) {
	const replicaKms = client(context, replica.region);
	const existing = await describe(replicaKms, KeyId);
	if (!existing) await client(context, primaryRegion).send(new import_dist_cjs.ReplicateKeyCommand({
		KeyId,
		ReplicaRegion: replica.region
	}));
	else if (existing.KeyState === "PendingDeletion") await replicaKms.send(new import_dist_cjs.CancelKeyDeletionCommand({ KeyId }));
	await updateKey(replicaKms, KeyId, replica);
	if ((await describe(replicaKms, KeyId))?.KeyState !== "PendingImport") await replicaKms.send(replica.enabled ? new import_dist_cjs.EnableKeyCommand({ KeyId }) : new import_dist_cjs.DisableKeyCommand({ KeyId }));
}
/**
* KMS: customer-managed keys (description, usage, spec, origin, policy, rotation, enabled state,
* tags, aliases, grants, multi-Region replicas); never key material.
*/
const kms = {
	name: "kms",
	dependsOn: [],
	capture,
	regionsWithState,
	clear,
	restore: (context, region, records) => restoreRecords(context, records, KEY_CONCURRENCY, on(KEY, (key) => restoreKey(context, region, key)))
};
export { kms };
