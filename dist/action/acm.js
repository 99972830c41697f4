import { a as __toCommonJS, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$2, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$1, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { c as isNamed, d as unlessMissing, m as clientOf, r as collect, u as isUnimplemented } from "./kit.js";
import { a as sortBy, d as on, g as recordKind, m as restoreRecords } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { createPrivateKey, randomBytes } from "node:crypto";
// src/engine/state/portable/acm/acm.ts
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
	const { AwsJson1_1Protocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const defaultACMHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "acm",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultACMHttpAuthSchemeProvider = (authParameters) => {
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
			defaultSigningName: "acm",
			clientContextParams: options.clientContextParams ?? {}
		});
	};
	const commonParams = {
		ServiceType: {
			type: "clientContextParams",
			name: "serviceType"
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
	var packageInfo = { version: "3.1177.0" };
	const a = "PartitionResult";
	const b = "stringEquals";
	const c = "booleanEquals";
	const d = {
		"fn": "getAttr",
		"argv": [{ "ref": a }, "name"]
	};
	const e = {};
	const _data = {
		conditions: [
			["isSet", [{ ref: "Endpoint" }]],
			[
				"aws.partition",
				[{ ref: "Region" }],
				a
			],
			[b, [{ ref: "ServiceType" }, "ACM-ACME"]],
			[c, [{ ref: "UseFIPS" }, true]],
			[b, [d, "aws"]],
			[c, [{ ref: "UseDualStack" }, true]],
			[b, [d, "aws-us-gov"]]
		],
		results: [
			[-1],
			["{Endpoint}", e],
			[-1, "FIPS endpoints are not available for ACME operations"],
			["https://acm-acme.{Region}.{PartitionResult#dualStackDnsSuffix}", e],
			[-1, "ACME operations are only available in the aws and aws-us-gov partitions"],
			["https://acm-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", e],
			["https://acm.{Region}.amazonaws.com", e],
			["https://acm-fips.{Region}.{PartitionResult#dnsSuffix}", e],
			["https://acm.{Region}.{PartitionResult#dualStackDnsSuffix}", e],
			["https://acm.{Region}.{PartitionResult#dnsSuffix}", e],
			[-1, "Region must be set to resolve an endpoint."]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		100000001,
		3,
		1,
		4,
		100000010,
		2,
		9,
		5,
		3,
		7,
		6,
		5,
		100000008,
		100000009,
		5,
		100000005,
		8,
		6,
		100000006,
		100000007,
		3,
		12,
		10,
		4,
		100000003,
		11,
		6,
		100000003,
		100000004,
		4,
		100000002,
		13,
		6,
		100000002,
		100000004
	]);
	const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
	const cache = new EndpointCache({
		size: 50,
		params: [
			"Endpoint",
			"Region",
			"ServiceType",
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
	var ACMServiceException = class ACMServiceException extends ServiceException {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.acm#ACMServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, ACMServiceException.prototype);
		}
	};
	var AccessDeniedException = class AccessDeniedException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#AccessDeniedException";
		name = "AccessDeniedException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "AccessDeniedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AccessDeniedException.prototype);
			this.Message = opts.Message;
		}
	};
	var InvalidArnException = class InvalidArnException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#InvalidArnException";
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
	var InvalidParameterException = class InvalidParameterException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#InvalidParameterException";
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
	var InvalidTagException = class InvalidTagException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#InvalidTagException";
		name = "InvalidTagException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidTagException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidTagException.prototype);
		}
	};
	var ResourceNotFoundException = class ResourceNotFoundException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#ResourceNotFoundException";
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
	var TagPolicyException = class TagPolicyException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#TagPolicyException";
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
	var ThrottlingException = class ThrottlingException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#ThrottlingException";
		name = "ThrottlingException";
		$fault = "client";
		throttlingReasons;
		constructor(opts) {
			super({
				name: "ThrottlingException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ThrottlingException.prototype);
			this.throttlingReasons = opts.throttlingReasons;
		}
	};
	var TooManyTagsException = class TooManyTagsException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#TooManyTagsException";
		name = "TooManyTagsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyTagsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyTagsException.prototype);
		}
	};
	var ValidationException = class ValidationException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#ValidationException";
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
	var ConflictException = class ConflictException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#ConflictException";
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
	var InternalServerException = class InternalServerException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#InternalServerException";
		name = "InternalServerException";
		$fault = "server";
		$retryable = {};
		constructor(opts) {
			super({
				name: "InternalServerException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, InternalServerException.prototype);
		}
	};
	var ServiceQuotaExceededException = class ServiceQuotaExceededException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#ServiceQuotaExceededException";
		name = "ServiceQuotaExceededException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ServiceQuotaExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
		}
	};
	var ResourceInUseException = class ResourceInUseException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#ResourceInUseException";
		name = "ResourceInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ResourceInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ResourceInUseException.prototype);
		}
	};
	var RequestInProgressException = class RequestInProgressException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#RequestInProgressException";
		name = "RequestInProgressException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "RequestInProgressException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, RequestInProgressException.prototype);
		}
	};
	var LimitExceededException = class LimitExceededException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#LimitExceededException";
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
	var InvalidArgsException = class InvalidArgsException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#InvalidArgsException";
		name = "InvalidArgsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidArgsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidArgsException.prototype);
		}
	};
	var InvalidDomainValidationOptionsException = class InvalidDomainValidationOptionsException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#InvalidDomainValidationOptionsException";
		name = "InvalidDomainValidationOptionsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidDomainValidationOptionsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidDomainValidationOptionsException.prototype);
		}
	};
	var InvalidStateException = class InvalidStateException extends ACMServiceException {
		static shapeId = "com.amazonaws.acm#InvalidStateException";
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
	const _A = "And";
	const _AA = "AcmeAccount";
	const _AAI = "AcmeAccountId";
	const _AAL = "AcmeAccountList";
	const _AAS = "AcmeAccountSummary";
	const _AAc = "AcmeAccounts";
	const _AB = "AuthorizationBehavior";
	const _ACM = "AcmCertificateMetadata";
	const _ACMF = "AcmCertificateMetadataFilter";
	const _ADE = "AccessDeniedException";
	const _ADV = "AcmeDomainValidation";
	const _ADVA = "AcmeDomainValidationArn";
	const _ADVL = "AcmeDomainValidationList";
	const _ADVS = "AcmeDomainValidationSummary";
	const _ADVc = "AcmeDomainValidations";
	const _AE = "AcmeEndpoint";
	const _AEA = "AcmeEndpointArn";
	const _AEAB = "AcmeExternalAccountBinding";
	const _AEABA = "AcmeExternalAccountBindingArn";
	const _AEABL = "AcmeExternalAccountBindingList";
	const _AEABS = "AcmeExternalAccountBindingSummary";
	const _AEL = "AcmeEndpointList";
	const _AES = "AcmeEndpointSummary";
	const _AEc = "AcmeEndpoints";
	const _AKA = "AllowedKeyAlgorithms";
	const _ATTC = "AddTagsToCertificate";
	const _ATTCR = "AddTagsToCertificateRequest";
	const _AU = "AccountUrl";
	const _AVC = "ActiveValidationConfiguration";
	const _C = "Contacts";
	const _CA = "CreatedAt";
	const _CAA = "CertificateAuthorityArn";
	const _CADV = "CreateAcmeDomainValidation";
	const _CADVR = "CreateAcmeDomainValidationRequest";
	const _CADVRr = "CreateAcmeDomainValidationResponse";
	const _CAE = "CreateAcmeEndpoint";
	const _CAEAB = "CreateAcmeExternalAccountBinding";
	const _CAEABR = "CreateAcmeExternalAccountBindingRequest";
	const _CAEABRr = "CreateAcmeExternalAccountBindingResponse";
	const _CAER = "CreateAcmeEndpointRequest";
	const _CAERr = "CreateAcmeEndpointResponse";
	const _CAL = "CustomAttributeList";
	const _CAe = "CertificateAuthority";
	const _CAer = "CertificateArn";
	const _CAu = "CustomAttribute";
	const _CAus = "CustomAttributes";
	const _CC = "CertificateChain";
	const _CD = "CertificateDetail";
	const _CE = "ConflictException";
	const _CF = "CertificateFilter";
	const _CFS = "CertificateFilterStatement";
	const _CFSL = "CertificateFilterStatementList";
	const _CKPO = "CertificateKeyPairOrigin";
	const _CKPOe = "CertificateKeyPairOrigins";
	const _CL = "ContactList";
	const _CM = "CertificateMetadata";
	const _CN = "CommonName";
	const _CNF = "CommonNameFilter";
	const _CO = "CertificateOptions";
	const _COo = "ComparisonOperator";
	const _CS = "CertificateSummary";
	const _CSL = "CertificateSummaryList";
	const _CSR = "CertificateSearchResult";
	const _CSRL = "CertificateSearchResultList";
	const _CSe = "CertificateStatuses";
	const _CT = "CertificateTags";
	const _CTLP = "CertificateTransparencyLoggingPreference";
	const _CU = "CertificateUsage";
	const _Ce = "Certificate";
	const _Co = "Contact";
	const _Cou = "Country";
	const _D = "Domain";
	const _DAA = "DescribeAcmeAccount";
	const _DAAR = "DescribeAcmeAccountRequest";
	const _DAARe = "DescribeAcmeAccountResponse";
	const _DADV = "DeleteAcmeDomainValidation";
	const _DADVR = "DeleteAcmeDomainValidationRequest";
	const _DADVRe = "DescribeAcmeDomainValidationRequest";
	const _DADVRes = "DescribeAcmeDomainValidationResponse";
	const _DADVe = "DescribeAcmeDomainValidation";
	const _DAE = "DeleteAcmeEndpoint";
	const _DAEAB = "DeleteAcmeExternalAccountBinding";
	const _DAEABR = "DeleteAcmeExternalAccountBindingRequest";
	const _DAEABRe = "DescribeAcmeExternalAccountBindingRequest";
	const _DAEABRes = "DescribeAcmeExternalAccountBindingResponse";
	const _DAEABe = "DescribeAcmeExternalAccountBinding";
	const _DAER = "DeleteAcmeEndpointRequest";
	const _DAERe = "DescribeAcmeEndpointRequest";
	const _DAERes = "DescribeAcmeEndpointResponse";
	const _DAEe = "DescribeAcmeEndpoint";
	const _DBE = "DaysBeforeExpiry";
	const _DC = "DomainComponents";
	const _DCR = "DeleteCertificateRequest";
	const _DCRe = "DescribeCertificateRequest";
	const _DCRes = "DescribeCertificateResponse";
	const _DCe = "DeleteCertificate";
	const _DCes = "DescribeCertificate";
	const _DN = "DomainName";
	const _DNF = "DnsNameFilter";
	const _DNQ = "DistinguishedNameQualifier";
	const _DNi = "DistinguishedName";
	const _DNir = "DirectoryName";
	const _DNn = "DnsName";
	const _DP = "DnsPrevalidation";
	const _DPD = "DnsPrevalidationDetails";
	const _DPO = "DnsPrevalidationOptions";
	const _DS = "DomainScope";
	const _DV = "DomainValidation";
	const _DVC = "DnsValidationChallenge";
	const _DVL = "DomainValidationList";
	const _DVMUS = "DomainValidationMethodUpdateSummary";
	const _DVO = "DomainValidationOptions";
	const _DVOL = "DomainValidationOptionList";
	const _DVOo = "DomainValidationOption";
	const _DVS = "DomainValidationSummary";
	const _DVSL = "DomainValidationSummaryList";
	const _E = "Exported";
	const _EA = "ExpiresAt";
	const _EAB = "ExternalAccountBinding";
	const _EABx = "ExternalAccountBindings";
	const _EC = "ExportCertificate";
	const _ECR = "ExportCertificateRequest";
	const _ECRx = "ExportCertificateResponse";
	const _ED = "ExactDomain";
	const _EE = "ExpiryEvents";
	const _EEC = "ExpiryEventsConfiguration";
	const _EKU = "ExtendedKeyUsages";
	const _EKUL = "ExtendedKeyUsageList";
	const _EKUx = "ExtendedKeyUsage";
	const _EO = "ExportOption";
	const _EU = "EndpointUrl";
	const _EVC = "EmailValidationChallenge";
	const _En = "End";
	const _Ex = "Export";
	const _Exp = "Expiration";
	const _F = "From";
	const _FD = "FailureDetails";
	const _FR = "FailureReason";
	const _FS = "FilterStatement";
	const _Fi = "Filters";
	const _Fil = "Filter";
	const _GAC = "GetAccountConfiguration";
	const _GACR = "GetAccountConfigurationResponse";
	const _GAEABC = "GetAcmeExternalAccountBindingCredentials";
	const _GAEABCR = "GetAcmeExternalAccountBindingCredentialsRequest";
	const _GAEABCRe = "GetAcmeExternalAccountBindingCredentialsResponse";
	const _GC = "GetCertificate";
	const _GCR = "GetCertificateRequest";
	const _GCRe = "GetCertificateResponse";
	const _GN = "GivenName";
	const _GNL = "GeneralNameList";
	const _GNe = "GeneralName";
	const _GQ = "GenerationQualifier";
	const _HASAN = "HasAdditionalSubjectAlternativeNames";
	const _HR = "HttpRedirect";
	const _HZI = "HostedZoneId";
	const _I = "Issuer";
	const _IA = "ImportedAt";
	const _IAE = "InvalidArgsException";
	const _IAEn = "InvalidArnException";
	const _IAp = "IpAddress";
	const _IAs = "IssuedAt";
	const _IC = "ImportCertificate";
	const _ICR = "ImportCertificateRequest";
	const _ICRm = "ImportCertificateResponse";
	const _IDVOE = "InvalidDomainValidationOptionsException";
	const _IPE = "InvalidParameterException";
	const _ISE = "InternalServerException";
	const _ISEn = "InvalidStateException";
	const _IT = "IdempotencyToken";
	const _ITE = "InvalidTagException";
	const _IU = "InUse";
	const _IUB = "InUseBy";
	const _In = "Initials";
	const _Inc = "Includes";
	const _K = "Key";
	const _KA = "KeyAlgorithm";
	const _KI = "KeyId";
	const _KU = "KeyUsages";
	const _KUL = "KeyUsageList";
	const _KUe = "KeyUsage";
	const _L = "Locality";
	const _LAA = "ListAcmeAccounts";
	const _LAAR = "ListAcmeAccountsRequest";
	const _LAARi = "ListAcmeAccountsResponse";
	const _LADV = "ListAcmeDomainValidations";
	const _LADVR = "ListAcmeDomainValidationsRequest";
	const _LADVRi = "ListAcmeDomainValidationsResponse";
	const _LAE = "ListAcmeEndpoints";
	const _LAEAB = "ListAcmeExternalAccountBindings";
	const _LAEABR = "ListAcmeExternalAccountBindingsRequest";
	const _LAEABRi = "ListAcmeExternalAccountBindingsResponse";
	const _LAER = "ListAcmeEndpointsRequest";
	const _LAERi = "ListAcmeEndpointsResponse";
	const _LC = "ListCertificates";
	const _LCDV = "ListCertificateDomainValidations";
	const _LCDVR = "ListCertificateDomainValidationsRequest";
	const _LCDVRi = "ListCertificateDomainValidationsResponse";
	const _LCR = "ListCertificatesRequest";
	const _LCRi = "ListCertificatesResponse";
	const _LEE = "LimitExceededException";
	const _LTFC = "ListTagsForCertificate";
	const _LTFCR = "ListTagsForCertificateRequest";
	const _LTFCRi = "ListTagsForCertificateResponse";
	const _LTFR = "ListTagsForResource";
	const _LTFRR = "ListTagsForResourceRequest";
	const _LTFRRi = "ListTagsForResourceResponse";
	const _LUA = "LastUsedAt";
	const _M = "Message";
	const _MB = "ManagedBy";
	const _MI = "MaxItems";
	const _MK = "MacKey";
	const _MR = "MaxResults";
	const _N = "Name";
	const _NA = "NotAfter";
	const _NB = "NotBefore";
	const _NT = "NextToken";
	const _No = "Not";
	const _O = "Options";
	const _OI = "ObjectIdentifier";
	const _OID = "OID";
	const _ON = "OtherName";
	const _OU = "OrganizationalUnit";
	const _Or = "Organization";
	const _Or_ = "Or";
	const _P = "Pseudonym";
	const _PAC = "PutAccountConfiguration";
	const _PACR = "PutAccountConfigurationRequest";
	const _PB = "PassphraseBlob";
	const _PCA = "PublicCertificateAuthority";
	const _PD = "PrevalidationDetails";
	const _PK = "PrivateKey";
	const _PKB = "PrivateKeyBlob";
	const _PKT = "PublicKeyThumbprint";
	const _PO = "PrevalidationOptions";
	const _PT = "PrevalidationType";
	const _Pa = "Passphrase";
	const _R = "Reason";
	const _RA = "RevokedAt";
	const _RAA = "RevokeAcmeAccount";
	const _RAAR = "RevokeAcmeAccountRequest";
	const _RAEAB = "RevokeAcmeExternalAccountBinding";
	const _RAEABR = "RevokeAcmeExternalAccountBindingRequest";
	const _RAe = "ResourceArn";
	const _RAeq = "RequestedAt";
	const _RAo = "RoleArn";
	const _RC = "RenewCertificate";
	const _RCR = "RenewCertificateRequest";
	const _RCRe = "RequestCertificateRequest";
	const _RCReq = "RequestCertificateResponse";
	const _RCRev = "RevokeCertificateRequest";
	const _RCRevo = "RevokeCertificateResponse";
	const _RCe = "RequestCertificate";
	const _RCev = "RevokeCertificate";
	const _RE = "RenewalEligibility";
	const _RF = "RedirectFrom";
	const _RHT = "RootHierarchyType";
	const _RHTo = "RootHierarchyTypes";
	const _RI = "RegisteredId";
	const _RIPE = "RequestInProgressException";
	const _RIUE = "ResourceInUseException";
	const _RN = "Rfc822Name";
	const _RNFE = "ResourceNotFoundException";
	const _RR = "RevocationReason";
	const _RRe = "ResourceRecord";
	const _RS = "RenewalStatus";
	const _RSR = "RenewalStatusReason";
	const _RSe = "RenewalSummary";
	const _RT = "RedirectTo";
	const _RTFC = "RemoveTagsFromCertificate";
	const _RTFCR = "RemoveTagsFromCertificateRequest";
	const _RVC = "RequestedValidationConfiguration";
	const _RVE = "ResendValidationEmail";
	const _RVER = "ResendValidationEmailRequest";
	const _Re = "Results";
	const _S = "Status";
	const _SA = "SignatureAlgorithm";
	const _SAN = "SubjectAlternativeNames";
	const _SANF = "SubjectAlternativeNameFilter";
	const _SANS = "SubjectAlternativeNameSummaries";
	const _SANu = "SubjectAlternativeName";
	const _SB = "SortBy";
	const _SC = "SearchCertificates";
	const _SCR = "SearchCertificatesRequest";
	const _SCRe = "SearchCertificatesResponse";
	const _SF = "SubjectFilter";
	const _SN = "SerialNumber";
	const _SO = "SortOrder";
	const _SQEE = "ServiceQuotaExceededException";
	const _Se = "Serial";
	const _St = "State";
	const _Sta = "Start";
	const _Su = "Subject";
	const _Sub = "Subdomains";
	const _Sur = "Surname";
	const _T = "Type";
	const _TE = "ThrottlingException";
	const _TK = "TagKeys";
	const _TL = "TagList";
	const _TMTE = "TooManyTagsException";
	const _TPE = "TagPolicyException";
	const _TR = "ThrottlingReason";
	const _TRL = "ThrottlingReasonList";
	const _TRR = "TagResourceRequest";
	const _TRa = "TagResource";
	const _TRi = "TimestampRange";
	const _Ta = "Tags";
	const _Tag = "Tag";
	const _Ti = "Title";
	const _To = "To";
	const _UA = "UpdatedAt";
	const _UADV = "UpdateAcmeDomainValidation";
	const _UADVR = "UpdateAcmeDomainValidationRequest";
	const _UAE = "UpdateAcmeEndpoint";
	const _UAER = "UpdateAcmeEndpointRequest";
	const _UCO = "UpdateCertificateOptions";
	const _UCOR = "UpdateCertificateOptionsRequest";
	const _UR = "UntagResource";
	const _URI = "UniformResourceIdentifier";
	const _URR = "UntagResourceRequest";
	const _US = "UpdateSummary";
	const _V = "Value";
	const _VC = "ValidationConfiguration";
	const _VCa = "ValidationChallenge";
	const _VD = "ValidationDomain";
	const _VE = "ValidationException";
	const _VEa = "ValidationEmails";
	const _VM = "ValidationMethod";
	const _VS = "ValidationStatus";
	const _W = "Wildcards";
	const _XA = "X509Attributes";
	const _XAF = "X509AttributeFilter";
	const _aQE = "awsQueryError";
	const _c = "client";
	const _e = "error";
	const _eKU = "extendedKeyUsage";
	const _eO = "exportOption";
	const _hE = "httpError";
	const _kT = "keyTypes";
	const _kU = "keyUsage";
	const _m = "message";
	const _mB = "managedBy";
	const _r = "reason";
	const _re = "resource";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.acm";
	const _se = "server";
	const _tR = "throttlingReasons";
	const n0 = "com.amazonaws.acm";
	const _s_registry = new TypeRegistry(_s);
	var ACMServiceException$ = [
		-3,
		_s,
		"ACMServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(ACMServiceException$, ACMServiceException);
	const n0_registry = new TypeRegistry(n0);
	var AccessDeniedException$ = [
		-3,
		n0,
		_ADE,
		{
			[_aQE]: [`AccessDenied`, 403],
			[_e]: _c,
			[_hE]: 403
		},
		[_M],
		[0]
	];
	n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
	var ConflictException$ = [
		-3,
		n0,
		_CE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ConflictException$, ConflictException);
	var InternalServerException$ = [
		-3,
		n0,
		_ISE,
		{ [_e]: _se },
		[_m],
		[0]
	];
	n0_registry.registerError(InternalServerException$, InternalServerException);
	var InvalidArgsException$ = [
		-3,
		n0,
		_IAE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidArgsException$, InvalidArgsException);
	var InvalidArnException$ = [
		-3,
		n0,
		_IAEn,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidArnException$, InvalidArnException);
	var InvalidDomainValidationOptionsException$ = [
		-3,
		n0,
		_IDVOE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidDomainValidationOptionsException$, InvalidDomainValidationOptionsException);
	var InvalidParameterException$ = [
		-3,
		n0,
		_IPE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
	var InvalidStateException$ = [
		-3,
		n0,
		_ISEn,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidStateException$, InvalidStateException);
	var InvalidTagException$ = [
		-3,
		n0,
		_ITE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidTagException$, InvalidTagException);
	var LimitExceededException$ = [
		-3,
		n0,
		_LEE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(LimitExceededException$, LimitExceededException);
	var RequestInProgressException$ = [
		-3,
		n0,
		_RIPE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(RequestInProgressException$, RequestInProgressException);
	var ResourceInUseException$ = [
		-3,
		n0,
		_RIUE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
	var ResourceNotFoundException$ = [
		-3,
		n0,
		_RNFE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
	var ServiceQuotaExceededException$ = [
		-3,
		n0,
		_SQEE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
	var TagPolicyException$ = [
		-3,
		n0,
		_TPE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(TagPolicyException$, TagPolicyException);
	var ThrottlingException$ = [
		-3,
		n0,
		_TE,
		{
			[_aQE]: [`Throttling`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m, _tR],
		[0, () => ThrottlingReasonList]
	];
	n0_registry.registerError(ThrottlingException$, ThrottlingException);
	var TooManyTagsException$ = [
		-3,
		n0,
		_TMTE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
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
	var MacKey = [
		0,
		n0,
		_MK,
		8,
		0
	];
	var PassphraseBlob = [
		0,
		n0,
		_PB,
		8,
		21
	];
	var PrivateKey = [
		0,
		n0,
		_PK,
		8,
		0
	];
	var PrivateKeyBlob = [
		0,
		n0,
		_PKB,
		8,
		21
	];
	var AcmCertificateMetadata$ = [
		3,
		n0,
		_ACM,
		0,
		[
			_CA,
			_E,
			_IA,
			_IU,
			_IAs,
			_RE,
			_RA,
			_S,
			_RS,
			_T,
			_EO,
			_MB,
			_VM,
			_CKPO,
			_AEA,
			_AAI,
			_CU,
			_RHT
		],
		[
			4,
			2,
			4,
			2,
			4,
			0,
			4,
			0,
			0,
			0,
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
	var AcmeAccount$ = [
		3,
		n0,
		_AA,
		0,
		[
			_AU,
			_PKT,
			_S,
			_CA,
			_AEABA,
			_C
		],
		[
			0,
			0,
			0,
			4,
			0,
			[() => ContactList, 0]
		]
	];
	var AcmeAccountSummary$ = [
		3,
		n0,
		_AAS,
		0,
		[
			_AU,
			_PKT,
			_S,
			_CA,
			_AEABA,
			_C
		],
		[
			0,
			0,
			0,
			4,
			0,
			[() => ContactList, 0]
		]
	];
	var AcmeDomainValidation$ = [
		3,
		n0,
		_ADV,
		0,
		[
			_ADVA,
			_AEA,
			_DN,
			_PT,
			_PD,
			_S,
			_FD,
			_CA,
			_UA
		],
		[
			0,
			0,
			0,
			0,
			() => PrevalidationDetails$,
			0,
			() => FailureDetails$,
			4,
			4
		]
	];
	var AcmeDomainValidationSummary$ = [
		3,
		n0,
		_ADVS,
		0,
		[
			_ADVA,
			_AEA,
			_DN,
			_PT,
			_PD,
			_S,
			_FD,
			_CA,
			_UA
		],
		[
			0,
			0,
			0,
			0,
			() => PrevalidationDetails$,
			0,
			() => FailureDetails$,
			4,
			4
		]
	];
	var AcmeEndpoint$ = [
		3,
		n0,
		_AE,
		0,
		[
			_AEA,
			_EU,
			_S,
			_FR,
			_AB,
			_Co,
			_CAe,
			_CT,
			_CA,
			_UA
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			() => CertificateAuthority$,
			() => TagList,
			4,
			4
		]
	];
	var AcmeEndpointSummary$ = [
		3,
		n0,
		_AES,
		0,
		[
			_AEA,
			_EU,
			_S,
			_FR,
			_AB,
			_Co,
			_CAe,
			_CT,
			_CA,
			_UA
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			() => CertificateAuthority$,
			() => TagList,
			4,
			4
		]
	];
	var AcmeExternalAccountBinding$ = [
		3,
		n0,
		_AEAB,
		0,
		[
			_AEABA,
			_AEA,
			_RAo,
			_EA,
			_RA,
			_LUA,
			_CA,
			_UA
		],
		[
			0,
			0,
			0,
			4,
			4,
			4,
			4,
			4
		]
	];
	var AcmeExternalAccountBindingSummary$ = [
		3,
		n0,
		_AEABS,
		0,
		[
			_AEABA,
			_AEA,
			_RAo,
			_EA,
			_RA,
			_LUA,
			_CA,
			_UA
		],
		[
			0,
			0,
			0,
			4,
			4,
			4,
			4,
			4
		]
	];
	var AddTagsToCertificateRequest$ = [
		3,
		n0,
		_ATTCR,
		0,
		[_CAer, _Ta],
		[0, () => TagList],
		2
	];
	var CertificateDetail$ = [
		3,
		n0,
		_CD,
		0,
		[
			_CAer,
			_DN,
			_SAN,
			_MB,
			_DVO,
			_Se,
			_Su,
			_I,
			_CA,
			_IAs,
			_IA,
			_S,
			_RA,
			_RR,
			_NB,
			_NA,
			_KA,
			_SA,
			_IUB,
			_FR,
			_T,
			_RSe,
			_KU,
			_EKU,
			_CAA,
			_RE,
			_O,
			_US,
			_CKPO,
			_AEA,
			_AAI,
			_CU,
			_RHT
		],
		[
			0,
			0,
			64,
			0,
			() => DomainValidationList,
			0,
			0,
			0,
			4,
			4,
			4,
			0,
			4,
			0,
			4,
			4,
			0,
			0,
			64,
			0,
			0,
			() => RenewalSummary$,
			() => KeyUsageList,
			() => ExtendedKeyUsageList,
			0,
			0,
			() => CertificateOptions$,
			() => UpdateSummary$,
			0,
			0,
			0,
			0,
			0
		]
	];
	var CertificateOptions$ = [
		3,
		n0,
		_CO,
		0,
		[
			_CTLP,
			_Ex,
			_VM
		],
		[
			0,
			0,
			0
		]
	];
	var CertificateSearchResult$ = [
		3,
		n0,
		_CSR,
		0,
		[
			_CAer,
			_XA,
			_CM
		],
		[
			0,
			() => X509Attributes$,
			() => CertificateMetadata$
		]
	];
	var CertificateSummary$ = [
		3,
		n0,
		_CS,
		0,
		[
			_CAer,
			_DN,
			_SANS,
			_HASAN,
			_S,
			_T,
			_KA,
			_KU,
			_EKU,
			_EO,
			_IU,
			_E,
			_RE,
			_NB,
			_NA,
			_CA,
			_IAs,
			_IA,
			_RA,
			_MB,
			_CKPO,
			_CU,
			_RHT
		],
		[
			0,
			0,
			64,
			2,
			0,
			0,
			0,
			64,
			64,
			0,
			2,
			2,
			0,
			4,
			4,
			4,
			4,
			4,
			4,
			0,
			0,
			0,
			0
		]
	];
	var CommonNameFilter$ = [
		3,
		n0,
		_CNF,
		0,
		[_V, _COo],
		[0, 0],
		2
	];
	var CreateAcmeDomainValidationRequest$ = [
		3,
		n0,
		_CADVR,
		0,
		[
			_AEA,
			_DN,
			_PO,
			_IT,
			_Ta
		],
		[
			0,
			0,
			() => PrevalidationOptions$,
			[0, 4],
			() => TagList
		],
		3
	];
	var CreateAcmeDomainValidationResponse$ = [
		3,
		n0,
		_CADVRr,
		0,
		[_ADVA],
		[0],
		1
	];
	var CreateAcmeEndpointRequest$ = [
		3,
		n0,
		_CAER,
		0,
		[
			_AB,
			_CAe,
			_IT,
			_Co,
			_Ta,
			_CT
		],
		[
			0,
			() => CertificateAuthority$,
			[0, 4],
			0,
			() => TagList,
			() => TagList
		],
		2
	];
	var CreateAcmeEndpointResponse$ = [
		3,
		n0,
		_CAERr,
		0,
		[_AEA],
		[0]
	];
	var CreateAcmeExternalAccountBindingRequest$ = [
		3,
		n0,
		_CAEABR,
		0,
		[
			_AEA,
			_RAo,
			_IT,
			_Exp,
			_Ta
		],
		[
			0,
			0,
			[0, 4],
			() => Expiration$,
			() => TagList
		],
		2
	];
	var CreateAcmeExternalAccountBindingResponse$ = [
		3,
		n0,
		_CAEABRr,
		0,
		[_EAB],
		[() => AcmeExternalAccountBinding$]
	];
	var CustomAttribute$ = [
		3,
		n0,
		_CAu,
		0,
		[_OI, _V],
		[0, 0]
	];
	var DeleteAcmeDomainValidationRequest$ = [
		3,
		n0,
		_DADVR,
		0,
		[_ADVA],
		[0],
		1
	];
	var DeleteAcmeEndpointRequest$ = [
		3,
		n0,
		_DAER,
		0,
		[_AEA],
		[0],
		1
	];
	var DeleteAcmeExternalAccountBindingRequest$ = [
		3,
		n0,
		_DAEABR,
		0,
		[_AEABA],
		[0],
		1
	];
	var DeleteCertificateRequest$ = [
		3,
		n0,
		_DCR,
		0,
		[_CAer],
		[0],
		1
	];
	var DescribeAcmeAccountRequest$ = [
		3,
		n0,
		_DAAR,
		0,
		[_AEA, _AU],
		[0, 0],
		2
	];
	var DescribeAcmeAccountResponse$ = [
		3,
		n0,
		_DAARe,
		0,
		[_AA],
		[[() => AcmeAccount$, 0]]
	];
	var DescribeAcmeDomainValidationRequest$ = [
		3,
		n0,
		_DADVRe,
		0,
		[_ADVA],
		[0],
		1
	];
	var DescribeAcmeDomainValidationResponse$ = [
		3,
		n0,
		_DADVRes,
		0,
		[_ADV],
		[() => AcmeDomainValidation$]
	];
	var DescribeAcmeEndpointRequest$ = [
		3,
		n0,
		_DAERe,
		0,
		[_AEA],
		[0],
		1
	];
	var DescribeAcmeEndpointResponse$ = [
		3,
		n0,
		_DAERes,
		0,
		[_AE],
		[() => AcmeEndpoint$]
	];
	var DescribeAcmeExternalAccountBindingRequest$ = [
		3,
		n0,
		_DAEABRe,
		0,
		[_AEABA],
		[0],
		1
	];
	var DescribeAcmeExternalAccountBindingResponse$ = [
		3,
		n0,
		_DAEABRes,
		0,
		[_EAB],
		[() => AcmeExternalAccountBinding$]
	];
	var DescribeCertificateRequest$ = [
		3,
		n0,
		_DCRe,
		0,
		[_CAer],
		[0],
		1
	];
	var DescribeCertificateResponse$ = [
		3,
		n0,
		_DCRes,
		0,
		[_Ce],
		[() => CertificateDetail$]
	];
	var DistinguishedName$ = [
		3,
		n0,
		_DNi,
		0,
		[
			_CN,
			_DC,
			_Cou,
			_CAus,
			_DNQ,
			_GQ,
			_GN,
			_In,
			_L,
			_Or,
			_OU,
			_P,
			_SN,
			_St,
			_Sur,
			_Ti
		],
		[
			0,
			64,
			0,
			() => CustomAttributeList,
			0,
			0,
			0,
			0,
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
	var DnsNameFilter$ = [
		3,
		n0,
		_DNF,
		0,
		[_V, _COo],
		[0, 0],
		2
	];
	var DnsPrevalidationDetails$ = [
		3,
		n0,
		_DPD,
		0,
		[
			_DS,
			_HZI,
			_RRe
		],
		[
			() => DomainScope$,
			0,
			() => ResourceRecord$
		]
	];
	var DnsPrevalidationOptions$ = [
		3,
		n0,
		_DPO,
		0,
		[_DS, _HZI],
		[() => DomainScope$, 0]
	];
	var DnsValidationChallenge$ = [
		3,
		n0,
		_DVC,
		0,
		[_RRe],
		[() => ResourceRecord$]
	];
	var DomainScope$ = [
		3,
		n0,
		_DS,
		0,
		[
			_ED,
			_Sub,
			_W
		],
		[
			0,
			0,
			0
		]
	];
	var DomainValidation$ = [
		3,
		n0,
		_DV,
		0,
		[
			_DN,
			_VEa,
			_VD,
			_VS,
			_RRe,
			_HR,
			_VM
		],
		[
			0,
			64,
			0,
			0,
			() => ResourceRecord$,
			() => HttpRedirect$,
			0
		],
		1
	];
	var DomainValidationMethodUpdateSummary$ = [
		3,
		n0,
		_DVMUS,
		0,
		[_F, _To],
		[0, 0]
	];
	var DomainValidationOption$ = [
		3,
		n0,
		_DVOo,
		0,
		[_DN, _VD],
		[0, 0],
		2
	];
	var DomainValidationSummary$ = [
		3,
		n0,
		_DVS,
		0,
		[
			_DN,
			_AVC,
			_RVC
		],
		[
			0,
			() => ValidationConfiguration$,
			() => ValidationConfiguration$
		],
		1
	];
	var EmailValidationChallenge$ = [
		3,
		n0,
		_EVC,
		0,
		[_VEa, _VD],
		[64, 0]
	];
	var Expiration$ = [
		3,
		n0,
		_Exp,
		0,
		[_V, _T],
		[1, 0],
		2
	];
	var ExpiryEventsConfiguration$ = [
		3,
		n0,
		_EEC,
		0,
		[_DBE],
		[1]
	];
	var ExportCertificateRequest$ = [
		3,
		n0,
		_ECR,
		0,
		[_CAer, _Pa],
		[0, [() => PassphraseBlob, 0]],
		2
	];
	var ExportCertificateResponse$ = [
		3,
		n0,
		_ECRx,
		0,
		[
			_Ce,
			_CC,
			_PK
		],
		[
			0,
			0,
			[() => PrivateKey, 0]
		]
	];
	var ExtendedKeyUsage$ = [
		3,
		n0,
		_EKUx,
		0,
		[_N, _OID],
		[0, 0]
	];
	var FailureDetails$ = [
		3,
		n0,
		_FD,
		0,
		[_R, _M],
		[0, 0]
	];
	var Filters$ = [
		3,
		n0,
		_Fi,
		0,
		[
			_eKU,
			_kU,
			_kT,
			_eO,
			_mB
		],
		[
			64,
			64,
			64,
			0,
			0
		]
	];
	var GetAccountConfigurationResponse$ = [
		3,
		n0,
		_GACR,
		0,
		[_EE],
		[() => ExpiryEventsConfiguration$]
	];
	var GetAcmeExternalAccountBindingCredentialsRequest$ = [
		3,
		n0,
		_GAEABCR,
		0,
		[_AEABA],
		[0],
		1
	];
	var GetAcmeExternalAccountBindingCredentialsResponse$ = [
		3,
		n0,
		_GAEABCRe,
		0,
		[_KI, _MK],
		[0, [() => MacKey, 0]]
	];
	var GetCertificateRequest$ = [
		3,
		n0,
		_GCR,
		0,
		[_CAer],
		[0],
		1
	];
	var GetCertificateResponse$ = [
		3,
		n0,
		_GCRe,
		0,
		[_Ce, _CC],
		[0, 0]
	];
	var HttpRedirect$ = [
		3,
		n0,
		_HR,
		0,
		[_RF, _RT],
		[0, 0]
	];
	var ImportCertificateRequest$ = [
		3,
		n0,
		_ICR,
		0,
		[
			_Ce,
			_PK,
			_CAer,
			_CC,
			_Ta
		],
		[
			21,
			[() => PrivateKeyBlob, 0],
			0,
			21,
			() => TagList
		],
		2
	];
	var ImportCertificateResponse$ = [
		3,
		n0,
		_ICRm,
		0,
		[_CAer],
		[0]
	];
	var KeyUsage$ = [
		3,
		n0,
		_KUe,
		0,
		[_N],
		[0]
	];
	var ListAcmeAccountsRequest$ = [
		3,
		n0,
		_LAAR,
		0,
		[
			_AEA,
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
	var ListAcmeAccountsResponse$ = [
		3,
		n0,
		_LAARi,
		0,
		[_AAc, _NT],
		[[() => AcmeAccountList, 0], 0]
	];
	var ListAcmeDomainValidationsRequest$ = [
		3,
		n0,
		_LADVR,
		0,
		[
			_AEA,
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
	var ListAcmeDomainValidationsResponse$ = [
		3,
		n0,
		_LADVRi,
		0,
		[_ADVc, _NT],
		[() => AcmeDomainValidationList, 0]
	];
	var ListAcmeEndpointsRequest$ = [
		3,
		n0,
		_LAER,
		0,
		[_NT, _MR],
		[0, 1]
	];
	var ListAcmeEndpointsResponse$ = [
		3,
		n0,
		_LAERi,
		0,
		[_AEc, _NT],
		[() => AcmeEndpointList, 0]
	];
	var ListAcmeExternalAccountBindingsRequest$ = [
		3,
		n0,
		_LAEABR,
		0,
		[
			_AEA,
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
	var ListAcmeExternalAccountBindingsResponse$ = [
		3,
		n0,
		_LAEABRi,
		0,
		[_EABx, _NT],
		[() => AcmeExternalAccountBindingList, 0]
	];
	var ListCertificateDomainValidationsRequest$ = [
		3,
		n0,
		_LCDVR,
		0,
		[
			_CAer,
			_NT,
			_MI
		],
		[
			0,
			0,
			1
		],
		1
	];
	var ListCertificateDomainValidationsResponse$ = [
		3,
		n0,
		_LCDVRi,
		0,
		[_DVSL, _NT],
		[() => DomainValidationSummaryList, 0]
	];
	var ListCertificatesRequest$ = [
		3,
		n0,
		_LCR,
		0,
		[
			_CSe,
			_CKPOe,
			_RHTo,
			_Inc,
			_NT,
			_MI,
			_SB,
			_SO
		],
		[
			64,
			64,
			64,
			() => Filters$,
			0,
			1,
			0,
			0
		]
	];
	var ListCertificatesResponse$ = [
		3,
		n0,
		_LCRi,
		0,
		[_NT, _CSL],
		[0, () => CertificateSummaryList]
	];
	var ListTagsForCertificateRequest$ = [
		3,
		n0,
		_LTFCR,
		0,
		[_CAer],
		[0],
		1
	];
	var ListTagsForCertificateResponse$ = [
		3,
		n0,
		_LTFCRi,
		0,
		[_Ta],
		[() => TagList]
	];
	var ListTagsForResourceRequest$ = [
		3,
		n0,
		_LTFRR,
		0,
		[_RAe],
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
	var OtherName$ = [
		3,
		n0,
		_ON,
		0,
		[_OI, _V],
		[0, 0]
	];
	var PublicCertificateAuthority$ = [
		3,
		n0,
		_PCA,
		0,
		[_AKA],
		[64]
	];
	var PutAccountConfigurationRequest$ = [
		3,
		n0,
		_PACR,
		0,
		[_IT, _EE],
		[0, () => ExpiryEventsConfiguration$],
		1
	];
	var RemoveTagsFromCertificateRequest$ = [
		3,
		n0,
		_RTFCR,
		0,
		[_CAer, _Ta],
		[0, () => TagList],
		2
	];
	var RenewalSummary$ = [
		3,
		n0,
		_RSe,
		0,
		[
			_RS,
			_DVO,
			_UA,
			_RSR
		],
		[
			0,
			() => DomainValidationList,
			4,
			0
		],
		3
	];
	var RenewCertificateRequest$ = [
		3,
		n0,
		_RCR,
		0,
		[_CAer],
		[0],
		1
	];
	var RequestCertificateRequest$ = [
		3,
		n0,
		_RCRe,
		0,
		[
			_DN,
			_VM,
			_SAN,
			_IT,
			_DVO,
			_O,
			_CAA,
			_Ta,
			_KA,
			_MB,
			_CU,
			_RHT
		],
		[
			0,
			0,
			64,
			0,
			() => DomainValidationOptionList,
			() => CertificateOptions$,
			0,
			() => TagList,
			0,
			0,
			0,
			0
		],
		1
	];
	var RequestCertificateResponse$ = [
		3,
		n0,
		_RCReq,
		0,
		[_CAer],
		[0]
	];
	var ResendValidationEmailRequest$ = [
		3,
		n0,
		_RVER,
		0,
		[
			_CAer,
			_D,
			_VD
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
		_RRe,
		0,
		[
			_N,
			_T,
			_V
		],
		[
			0,
			0,
			0
		],
		3
	];
	var RevokeAcmeAccountRequest$ = [
		3,
		n0,
		_RAAR,
		0,
		[_AEA, _AU],
		[0, 0],
		2
	];
	var RevokeAcmeExternalAccountBindingRequest$ = [
		3,
		n0,
		_RAEABR,
		0,
		[_AEABA],
		[0],
		1
	];
	var RevokeCertificateRequest$ = [
		3,
		n0,
		_RCRev,
		0,
		[_CAer, _RR],
		[0, 0],
		2
	];
	var RevokeCertificateResponse$ = [
		3,
		n0,
		_RCRevo,
		0,
		[_CAer],
		[0]
	];
	var SearchCertificatesRequest$ = [
		3,
		n0,
		_SCR,
		0,
		[
			_FS,
			_MR,
			_NT,
			_SB,
			_SO
		],
		[
			() => CertificateFilterStatement$,
			1,
			0,
			0,
			0
		]
	];
	var SearchCertificatesResponse$ = [
		3,
		n0,
		_SCRe,
		0,
		[_Re, _NT],
		[() => CertificateSearchResultList, 0]
	];
	var Tag$ = [
		3,
		n0,
		_Tag,
		0,
		[_K, _V],
		[0, 0],
		1
	];
	var TagResourceRequest$ = [
		3,
		n0,
		_TRR,
		0,
		[_RAe, _Ta],
		[0, () => TagList],
		2
	];
	var ThrottlingReason$ = [
		3,
		n0,
		_TR,
		0,
		[_r, _re],
		[0, 0]
	];
	var TimestampRange$ = [
		3,
		n0,
		_TRi,
		0,
		[_Sta, _En],
		[4, 4]
	];
	var UntagResourceRequest$ = [
		3,
		n0,
		_URR,
		0,
		[_RAe, _TK],
		[0, 64],
		2
	];
	var UpdateAcmeDomainValidationRequest$ = [
		3,
		n0,
		_UADVR,
		0,
		[_ADVA, _PO],
		[0, () => PrevalidationOptions$],
		1
	];
	var UpdateAcmeEndpointRequest$ = [
		3,
		n0,
		_UAER,
		0,
		[
			_AEA,
			_AB,
			_Co,
			_CAe
		],
		[
			0,
			0,
			0,
			() => CertificateAuthority$
		],
		1
	];
	var UpdateCertificateOptionsRequest$ = [
		3,
		n0,
		_UCOR,
		0,
		[_CAer, _O],
		[0, () => CertificateOptions$],
		2
	];
	var UpdateSummary$ = [
		3,
		n0,
		_US,
		0,
		[
			_S,
			_T,
			_DVMUS,
			_RAeq,
			_UA
		],
		[
			0,
			0,
			() => DomainValidationMethodUpdateSummary$,
			4,
			4
		]
	];
	var ValidationConfiguration$ = [
		3,
		n0,
		_VC,
		0,
		[
			_VM,
			_VCa,
			_VS
		],
		[
			0,
			() => ValidationChallenge$,
			0
		]
	];
	var X509Attributes$ = [
		3,
		n0,
		_XA,
		0,
		[
			_I,
			_Su,
			_SAN,
			_EKU,
			_KA,
			_KU,
			_SN,
			_NA,
			_NB
		],
		[
			() => DistinguishedName$,
			() => DistinguishedName$,
			() => GeneralNameList,
			64,
			0,
			64,
			0,
			4,
			4
		]
	];
	var __Unit = "unit";
	var AcmeAccountList = [
		1,
		n0,
		_AAL,
		0,
		[() => AcmeAccountSummary$, 0]
	];
	var AcmeDomainValidationList = [
		1,
		n0,
		_ADVL,
		0,
		() => AcmeDomainValidationSummary$
	];
	var AcmeEndpointList = [
		1,
		n0,
		_AEL,
		0,
		() => AcmeEndpointSummary$
	];
	var AcmeExternalAccountBindingList = [
		1,
		n0,
		_AEABL,
		0,
		() => AcmeExternalAccountBindingSummary$
	];
	var CertificateFilterStatementList = [
		1,
		n0,
		_CFSL,
		0,
		() => CertificateFilterStatement$
	];
	var CertificateSearchResultList = [
		1,
		n0,
		_CSRL,
		0,
		() => CertificateSearchResult$
	];
	var CertificateSummaryList = [
		1,
		n0,
		_CSL,
		0,
		() => CertificateSummary$
	];
	var ContactList = [
		1,
		n0,
		_CL,
		8,
		0
	];
	var CustomAttributeList = [
		1,
		n0,
		_CAL,
		0,
		() => CustomAttribute$
	];
	var DomainValidationList = [
		1,
		n0,
		_DVL,
		0,
		() => DomainValidation$
	];
	var DomainValidationOptionList = [
		1,
		n0,
		_DVOL,
		0,
		() => DomainValidationOption$
	];
	var DomainValidationSummaryList = [
		1,
		n0,
		_DVSL,
		0,
		() => DomainValidationSummary$
	];
	var ExtendedKeyUsageList = [
		1,
		n0,
		_EKUL,
		0,
		() => ExtendedKeyUsage$
	];
	var GeneralNameList = [
		1,
		n0,
		_GNL,
		0,
		() => GeneralName$
	];
	var KeyUsageList = [
		1,
		n0,
		_KUL,
		0,
		() => KeyUsage$
	];
	var TagList = [
		1,
		n0,
		_TL,
		0,
		() => Tag$
	];
	var ThrottlingReasonList = [
		1,
		n0,
		_TRL,
		0,
		() => ThrottlingReason$
	];
	var AcmCertificateMetadataFilter$ = [
		4,
		n0,
		_ACMF,
		0,
		[
			_S,
			_RS,
			_T,
			_IU,
			_E,
			_EO,
			_MB,
			_VM,
			_CKPO,
			_AEA,
			_AAI,
			_RHT
		],
		[
			0,
			0,
			0,
			2,
			2,
			0,
			0,
			0,
			0,
			0,
			0,
			0
		]
	];
	var CertificateAuthority$ = [
		4,
		n0,
		_CAe,
		0,
		[_PCA],
		[() => PublicCertificateAuthority$]
	];
	var CertificateFilter$ = [
		4,
		n0,
		_CF,
		0,
		[
			_CAer,
			_XAF,
			_ACMF
		],
		[
			0,
			() => X509AttributeFilter$,
			() => AcmCertificateMetadataFilter$
		]
	];
	var CertificateFilterStatement$ = [
		4,
		n0,
		_CFS,
		0,
		[
			_A,
			_Or_,
			_No,
			_Fil
		],
		[
			() => CertificateFilterStatementList,
			() => CertificateFilterStatementList,
			() => CertificateFilterStatement$,
			() => CertificateFilter$
		]
	];
	var CertificateMetadata$ = [
		4,
		n0,
		_CM,
		0,
		[_ACM],
		[() => AcmCertificateMetadata$]
	];
	var GeneralName$ = [
		4,
		n0,
		_GNe,
		0,
		[
			_DNir,
			_DNn,
			_IAp,
			_ON,
			_RI,
			_RN,
			_URI
		],
		[
			() => DistinguishedName$,
			0,
			0,
			() => OtherName$,
			0,
			0,
			0
		]
	];
	var PrevalidationDetails$ = [
		4,
		n0,
		_PD,
		0,
		[_DP],
		[() => DnsPrevalidationDetails$]
	];
	var PrevalidationOptions$ = [
		4,
		n0,
		_PO,
		0,
		[_DP],
		[() => DnsPrevalidationOptions$]
	];
	var SubjectAlternativeNameFilter$ = [
		4,
		n0,
		_SANF,
		0,
		[_DNn],
		[() => DnsNameFilter$]
	];
	var SubjectFilter$ = [
		4,
		n0,
		_SF,
		0,
		[_CN],
		[() => CommonNameFilter$]
	];
	var ValidationChallenge$ = [
		4,
		n0,
		_VCa,
		0,
		[_EVC, _DVC],
		[() => EmailValidationChallenge$, () => DnsValidationChallenge$]
	];
	var X509AttributeFilter$ = [
		4,
		n0,
		_XAF,
		0,
		[
			_Su,
			_SANu,
			_EKUx,
			_KUe,
			_KA,
			_SN,
			_NA,
			_NB
		],
		[
			() => SubjectFilter$,
			() => SubjectAlternativeNameFilter$,
			0,
			0,
			0,
			0,
			() => TimestampRange$,
			() => TimestampRange$
		]
	];
	var AddTagsToCertificate$ = [
		9,
		n0,
		_ATTC,
		0,
		() => AddTagsToCertificateRequest$,
		() => __Unit
	];
	var CreateAcmeDomainValidation$ = [
		9,
		n0,
		_CADV,
		0,
		() => CreateAcmeDomainValidationRequest$,
		() => CreateAcmeDomainValidationResponse$
	];
	var CreateAcmeEndpoint$ = [
		9,
		n0,
		_CAE,
		2,
		() => CreateAcmeEndpointRequest$,
		() => CreateAcmeEndpointResponse$
	];
	var CreateAcmeExternalAccountBinding$ = [
		9,
		n0,
		_CAEAB,
		2,
		() => CreateAcmeExternalAccountBindingRequest$,
		() => CreateAcmeExternalAccountBindingResponse$
	];
	var DeleteAcmeDomainValidation$ = [
		9,
		n0,
		_DADV,
		2,
		() => DeleteAcmeDomainValidationRequest$,
		() => __Unit
	];
	var DeleteAcmeEndpoint$ = [
		9,
		n0,
		_DAE,
		2,
		() => DeleteAcmeEndpointRequest$,
		() => __Unit
	];
	var DeleteAcmeExternalAccountBinding$ = [
		9,
		n0,
		_DAEAB,
		2,
		() => DeleteAcmeExternalAccountBindingRequest$,
		() => __Unit
	];
	var DeleteCertificate$ = [
		9,
		n0,
		_DCe,
		0,
		() => DeleteCertificateRequest$,
		() => __Unit
	];
	var DescribeAcmeAccount$ = [
		9,
		n0,
		_DAA,
		0,
		() => DescribeAcmeAccountRequest$,
		() => DescribeAcmeAccountResponse$
	];
	var DescribeAcmeDomainValidation$ = [
		9,
		n0,
		_DADVe,
		0,
		() => DescribeAcmeDomainValidationRequest$,
		() => DescribeAcmeDomainValidationResponse$
	];
	var DescribeAcmeEndpoint$ = [
		9,
		n0,
		_DAEe,
		0,
		() => DescribeAcmeEndpointRequest$,
		() => DescribeAcmeEndpointResponse$
	];
	var DescribeAcmeExternalAccountBinding$ = [
		9,
		n0,
		_DAEABe,
		0,
		() => DescribeAcmeExternalAccountBindingRequest$,
		() => DescribeAcmeExternalAccountBindingResponse$
	];
	var DescribeCertificate$ = [
		9,
		n0,
		_DCes,
		0,
		() => DescribeCertificateRequest$,
		() => DescribeCertificateResponse$
	];
	var ExportCertificate$ = [
		9,
		n0,
		_EC,
		0,
		() => ExportCertificateRequest$,
		() => ExportCertificateResponse$
	];
	var GetAccountConfiguration$ = [
		9,
		n0,
		_GAC,
		0,
		() => __Unit,
		() => GetAccountConfigurationResponse$
	];
	var GetAcmeExternalAccountBindingCredentials$ = [
		9,
		n0,
		_GAEABC,
		0,
		() => GetAcmeExternalAccountBindingCredentialsRequest$,
		() => GetAcmeExternalAccountBindingCredentialsResponse$
	];
	var GetCertificate$ = [
		9,
		n0,
		_GC,
		0,
		() => GetCertificateRequest$,
		() => GetCertificateResponse$
	];
	var ImportCertificate$ = [
		9,
		n0,
		_IC,
		0,
		() => ImportCertificateRequest$,
		() => ImportCertificateResponse$
	];
	var ListAcmeAccounts$ = [
		9,
		n0,
		_LAA,
		0,
		() => ListAcmeAccountsRequest$,
		() => ListAcmeAccountsResponse$
	];
	var ListAcmeDomainValidations$ = [
		9,
		n0,
		_LADV,
		0,
		() => ListAcmeDomainValidationsRequest$,
		() => ListAcmeDomainValidationsResponse$
	];
	var ListAcmeEndpoints$ = [
		9,
		n0,
		_LAE,
		0,
		() => ListAcmeEndpointsRequest$,
		() => ListAcmeEndpointsResponse$
	];
	var ListAcmeExternalAccountBindings$ = [
		9,
		n0,
		_LAEAB,
		0,
		() => ListAcmeExternalAccountBindingsRequest$,
		() => ListAcmeExternalAccountBindingsResponse$
	];
	var ListCertificateDomainValidations$ = [
		9,
		n0,
		_LCDV,
		0,
		() => ListCertificateDomainValidationsRequest$,
		() => ListCertificateDomainValidationsResponse$
	];
	var ListCertificates$ = [
		9,
		n0,
		_LC,
		0,
		() => ListCertificatesRequest$,
		() => ListCertificatesResponse$
	];
	var ListTagsForCertificate$ = [
		9,
		n0,
		_LTFC,
		0,
		() => ListTagsForCertificateRequest$,
		() => ListTagsForCertificateResponse$
	];
	var ListTagsForResource$ = [
		9,
		n0,
		_LTFR,
		0,
		() => ListTagsForResourceRequest$,
		() => ListTagsForResourceResponse$
	];
	var PutAccountConfiguration$ = [
		9,
		n0,
		_PAC,
		0,
		() => PutAccountConfigurationRequest$,
		() => __Unit
	];
	var RemoveTagsFromCertificate$ = [
		9,
		n0,
		_RTFC,
		0,
		() => RemoveTagsFromCertificateRequest$,
		() => __Unit
	];
	var RenewCertificate$ = [
		9,
		n0,
		_RC,
		0,
		() => RenewCertificateRequest$,
		() => __Unit
	];
	var RequestCertificate$ = [
		9,
		n0,
		_RCe,
		0,
		() => RequestCertificateRequest$,
		() => RequestCertificateResponse$
	];
	var ResendValidationEmail$ = [
		9,
		n0,
		_RVE,
		0,
		() => ResendValidationEmailRequest$,
		() => __Unit
	];
	var RevokeAcmeAccount$ = [
		9,
		n0,
		_RAA,
		2,
		() => RevokeAcmeAccountRequest$,
		() => __Unit
	];
	var RevokeAcmeExternalAccountBinding$ = [
		9,
		n0,
		_RAEAB,
		2,
		() => RevokeAcmeExternalAccountBindingRequest$,
		() => __Unit
	];
	var RevokeCertificate$ = [
		9,
		n0,
		_RCev,
		0,
		() => RevokeCertificateRequest$,
		() => RevokeCertificateResponse$
	];
	var SearchCertificates$ = [
		9,
		n0,
		_SC,
		0,
		() => SearchCertificatesRequest$,
		() => SearchCertificatesResponse$
	];
	var TagResource$ = [
		9,
		n0,
		_TRa,
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
	var UpdateAcmeDomainValidation$ = [
		9,
		n0,
		_UADV,
		2,
		() => UpdateAcmeDomainValidationRequest$,
		() => __Unit
	];
	var UpdateAcmeEndpoint$ = [
		9,
		n0,
		_UAE,
		2,
		() => UpdateAcmeEndpointRequest$,
		() => __Unit
	];
	var UpdateCertificateOptions$ = [
		9,
		n0,
		_UCO,
		0,
		() => UpdateCertificateOptionsRequest$,
		() => __Unit
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2015-12-08",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultACMHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsJson1_1Protocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.acm",
				errorTypeRegistries,
				version: "2015-12-08",
				serviceTarget: "CertificateManager"
			},
			serviceId: config?.serviceId ?? "ACM",
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
	var ACMClient = class extends Client {
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
				httpAuthSchemeParametersProvider: defaultACMHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "CertificateManager", "ACMClient", getEndpointPlugin);
	const _ep0 = { ServiceType: {
		type: "staticContextParams",
		value: `ACM`
	} };
	const _ep1 = { ServiceType: {
		type: "staticContextParams",
		value: `ACM-ACME`
	} };
	const _mw0 = (Command, cs, config, o) => [];
	var AddTagsToCertificateCommand = class extends command(_ep0, _mw0, "AddTagsToCertificate", AddTagsToCertificate$) {};
	var CreateAcmeDomainValidationCommand = class extends command(_ep1, _mw0, "CreateAcmeDomainValidation", CreateAcmeDomainValidation$) {};
	var CreateAcmeEndpointCommand = class extends command(_ep1, _mw0, "CreateAcmeEndpoint", CreateAcmeEndpoint$) {};
	var CreateAcmeExternalAccountBindingCommand = class extends command(_ep1, _mw0, "CreateAcmeExternalAccountBinding", CreateAcmeExternalAccountBinding$) {};
	var DeleteAcmeDomainValidationCommand = class extends command(_ep1, _mw0, "DeleteAcmeDomainValidation", DeleteAcmeDomainValidation$) {};
	var DeleteAcmeEndpointCommand = class extends command(_ep1, _mw0, "DeleteAcmeEndpoint", DeleteAcmeEndpoint$) {};
	var DeleteAcmeExternalAccountBindingCommand = class extends command(_ep1, _mw0, "DeleteAcmeExternalAccountBinding", DeleteAcmeExternalAccountBinding$) {};
	var DeleteCertificateCommand = class extends command(_ep0, _mw0, "DeleteCertificate", DeleteCertificate$) {};
	var DescribeAcmeAccountCommand = class extends command(_ep1, _mw0, "DescribeAcmeAccount", DescribeAcmeAccount$) {};
	var DescribeAcmeDomainValidationCommand = class extends command(_ep1, _mw0, "DescribeAcmeDomainValidation", DescribeAcmeDomainValidation$) {};
	var DescribeAcmeEndpointCommand = class extends command(_ep1, _mw0, "DescribeAcmeEndpoint", DescribeAcmeEndpoint$) {};
	var DescribeAcmeExternalAccountBindingCommand = class extends command(_ep1, _mw0, "DescribeAcmeExternalAccountBinding", DescribeAcmeExternalAccountBinding$) {};
	var DescribeCertificateCommand = class extends command(_ep0, _mw0, "DescribeCertificate", DescribeCertificate$) {};
	var ExportCertificateCommand = class extends command(_ep0, _mw0, "ExportCertificate", ExportCertificate$) {};
	var GetAccountConfigurationCommand = class extends command(_ep0, _mw0, "GetAccountConfiguration", GetAccountConfiguration$) {};
	var GetAcmeExternalAccountBindingCredentialsCommand = class extends command(_ep1, _mw0, "GetAcmeExternalAccountBindingCredentials", GetAcmeExternalAccountBindingCredentials$) {};
	var GetCertificateCommand = class extends command(_ep0, _mw0, "GetCertificate", GetCertificate$) {};
	var ImportCertificateCommand = class extends command(_ep0, _mw0, "ImportCertificate", ImportCertificate$) {};
	var ListAcmeAccountsCommand = class extends command(_ep1, _mw0, "ListAcmeAccounts", ListAcmeAccounts$) {};
	var ListAcmeDomainValidationsCommand = class extends command(_ep1, _mw0, "ListAcmeDomainValidations", ListAcmeDomainValidations$) {};
	var ListAcmeEndpointsCommand = class extends command(_ep1, _mw0, "ListAcmeEndpoints", ListAcmeEndpoints$) {};
	var ListAcmeExternalAccountBindingsCommand = class extends command(_ep1, _mw0, "ListAcmeExternalAccountBindings", ListAcmeExternalAccountBindings$) {};
	var ListCertificateDomainValidationsCommand = class extends command(_ep0, _mw0, "ListCertificateDomainValidations", ListCertificateDomainValidations$) {};
	var ListCertificatesCommand = class extends command(_ep0, _mw0, "ListCertificates", ListCertificates$) {};
	var ListTagsForCertificateCommand = class extends command(_ep0, _mw0, "ListTagsForCertificate", ListTagsForCertificate$) {};
	var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {};
	var PutAccountConfigurationCommand = class extends command(_ep0, _mw0, "PutAccountConfiguration", PutAccountConfiguration$) {};
	var RemoveTagsFromCertificateCommand = class extends command(_ep0, _mw0, "RemoveTagsFromCertificate", RemoveTagsFromCertificate$) {};
	var RenewCertificateCommand = class extends command(_ep0, _mw0, "RenewCertificate", RenewCertificate$) {};
	var RequestCertificateCommand = class extends command(_ep0, _mw0, "RequestCertificate", RequestCertificate$) {};
	var ResendValidationEmailCommand = class extends command(_ep0, _mw0, "ResendValidationEmail", ResendValidationEmail$) {};
	var RevokeAcmeAccountCommand = class extends command(_ep1, _mw0, "RevokeAcmeAccount", RevokeAcmeAccount$) {};
	var RevokeAcmeExternalAccountBindingCommand = class extends command(_ep1, _mw0, "RevokeAcmeExternalAccountBinding", RevokeAcmeExternalAccountBinding$) {};
	var RevokeCertificateCommand = class extends command(_ep0, _mw0, "RevokeCertificate", RevokeCertificate$) {};
	var SearchCertificatesCommand = class extends command(_ep0, _mw0, "SearchCertificates", SearchCertificates$) {};
	var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {};
	var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {};
	var UpdateAcmeDomainValidationCommand = class extends command(_ep1, _mw0, "UpdateAcmeDomainValidation", UpdateAcmeDomainValidation$) {};
	var UpdateAcmeEndpointCommand = class extends command(_ep1, _mw0, "UpdateAcmeEndpoint", UpdateAcmeEndpoint$) {};
	var UpdateCertificateOptionsCommand = class extends command(_ep0, _mw0, "UpdateCertificateOptions", UpdateCertificateOptions$) {};
	const paginateListAcmeAccounts = createPaginator(ACMClient, ListAcmeAccountsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListAcmeDomainValidations = createPaginator(ACMClient, ListAcmeDomainValidationsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListAcmeEndpoints = createPaginator(ACMClient, ListAcmeEndpointsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListAcmeExternalAccountBindings = createPaginator(ACMClient, ListAcmeExternalAccountBindingsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListCertificateDomainValidations = createPaginator(ACMClient, ListCertificateDomainValidationsCommand, "NextToken", "NextToken", "MaxItems");
	const paginateListCertificates = createPaginator(ACMClient, ListCertificatesCommand, "NextToken", "NextToken", "MaxItems");
	const paginateSearchCertificates = createPaginator(ACMClient, SearchCertificatesCommand, "NextToken", "NextToken", "MaxResults");
	const checkState$4 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeAcmeDomainValidationCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return result.AcmeDomainValidation.Status;
				};
				if (returnComparator() === "DELETING") return {
					state: WaiterState.RETRY,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
			if (exception.name === "ResourceNotFoundException") return {
				state: WaiterState.SUCCESS,
				reason
			};
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilAcmeDomainValidationDeleted = async (params, input) => {
		const result = await createWaiter({
			minDelay: 5,
			maxDelay: 300,
			...params
		}, input, checkState$4);
		return checkExceptions(result);
	};
	const checkState$3 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeAcmeDomainValidationCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return result.AcmeDomainValidation.Status;
				};
				if (returnComparator() === "VALID") return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.AcmeDomainValidation.Status;
				};
				if (returnComparator() === "INVALID") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.AcmeDomainValidation.Status;
				};
				if (returnComparator() === "VALIDATING") return {
					state: WaiterState.RETRY,
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
	const waitUntilAcmeDomainValidationValidated = async (params, input) => {
		const result = await createWaiter({
			minDelay: 5,
			maxDelay: 300,
			...params
		}, input, checkState$3);
		return checkExceptions(result);
	};
	const checkState$2 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeAcmeEndpointCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return result.AcmeEndpoint.Status;
				};
				if (returnComparator() === "ACTIVE") return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.AcmeEndpoint.Status;
				};
				if (returnComparator() === "FAILED") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.AcmeEndpoint.Status;
				};
				if (returnComparator() === "CREATING") return {
					state: WaiterState.RETRY,
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
	const waitUntilAcmeEndpointActive = async (params, input) => {
		const result = await createWaiter({
			minDelay: 5,
			maxDelay: 300,
			...params
		}, input, checkState$2);
		return checkExceptions(result);
	};
	const checkState$1 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeAcmeEndpointCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return result.AcmeEndpoint.Status;
				};
				if (returnComparator() === "DELETING") return {
					state: WaiterState.RETRY,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
			if (exception.name === "ResourceNotFoundException") return {
				state: WaiterState.SUCCESS,
				reason
			};
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilAcmeEndpointDeleted = async (params, input) => {
		const result = await createWaiter({
			minDelay: 5,
			maxDelay: 300,
			...params
		}, input, checkState$1);
		return checkExceptions(result);
	};
	const checkState = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeCertificateCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return [].concat(...result.Certificate.DomainValidationOptions).map((element_2) => {
						return element_2.ValidationStatus;
					});
				};
				let allStringEq_5 = returnComparator().length > 0;
				for (let element_4 of returnComparator()) allStringEq_5 = allStringEq_5 && element_4 == "SUCCESS";
				if (allStringEq_5) return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return [].concat(...result.Certificate.DomainValidationOptions).map((element_2) => {
						return element_2.ValidationStatus;
					});
				};
				for (let anyStringEq_4 of returnComparator()) if (anyStringEq_4 == "PENDING_VALIDATION") return {
					state: WaiterState.RETRY,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.Certificate.Status;
				};
				if (returnComparator() === "FAILED") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
			if (exception.name === "ResourceNotFoundException") return {
				state: WaiterState.FAILURE,
				reason
			};
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilCertificateValidated = async (params, input) => {
		const result = await createWaiter({
			minDelay: 60,
			maxDelay: 120,
			...params
		}, input, checkState);
		return checkExceptions(result);
	};
	const commands = {
		AddTagsToCertificateCommand,
		CreateAcmeDomainValidationCommand,
		CreateAcmeEndpointCommand,
		CreateAcmeExternalAccountBindingCommand,
		DeleteAcmeDomainValidationCommand,
		DeleteAcmeEndpointCommand,
		DeleteAcmeExternalAccountBindingCommand,
		DeleteCertificateCommand,
		DescribeAcmeAccountCommand,
		DescribeAcmeDomainValidationCommand,
		DescribeAcmeEndpointCommand,
		DescribeAcmeExternalAccountBindingCommand,
		DescribeCertificateCommand,
		ExportCertificateCommand,
		GetAccountConfigurationCommand,
		GetAcmeExternalAccountBindingCredentialsCommand,
		GetCertificateCommand,
		ImportCertificateCommand,
		ListAcmeAccountsCommand,
		ListAcmeDomainValidationsCommand,
		ListAcmeEndpointsCommand,
		ListAcmeExternalAccountBindingsCommand,
		ListCertificateDomainValidationsCommand,
		ListCertificatesCommand,
		ListTagsForCertificateCommand,
		ListTagsForResourceCommand,
		PutAccountConfigurationCommand,
		RemoveTagsFromCertificateCommand,
		RenewCertificateCommand,
		RequestCertificateCommand,
		ResendValidationEmailCommand,
		RevokeAcmeAccountCommand,
		RevokeAcmeExternalAccountBindingCommand,
		RevokeCertificateCommand,
		SearchCertificatesCommand,
		TagResourceCommand,
		UntagResourceCommand,
		UpdateAcmeDomainValidationCommand,
		UpdateAcmeEndpointCommand,
		UpdateCertificateOptionsCommand
	};
	const paginators = {
		paginateListAcmeAccounts,
		paginateListAcmeDomainValidations,
		paginateListAcmeEndpoints,
		paginateListAcmeExternalAccountBindings,
		paginateListCertificateDomainValidations,
		paginateListCertificates,
		paginateSearchCertificates
	};
	const waiters = {
		waitUntilAcmeDomainValidationValidated,
		waitUntilAcmeDomainValidationDeleted,
		waitUntilAcmeEndpointActive,
		waitUntilAcmeEndpointDeleted,
		waitUntilCertificateValidated
	};
	var ACM = class extends ACMClient {};
	createAggregatedClient(commands, ACM, {
		paginators,
		waiters
	});
	const KeyAlgorithm = {
		EC_prime256v1: "EC_prime256v1",
		EC_secp384r1: "EC_secp384r1",
		EC_secp521r1: "EC_secp521r1",
		RSA_1024: "RSA_1024",
		RSA_2048: "RSA_2048",
		RSA_3072: "RSA_3072",
		RSA_4096: "RSA_4096"
	};
	exports.ACMClient = ACMClient;
	exports.DeleteCertificateCommand = DeleteCertificateCommand;
	exports.DescribeCertificateCommand = DescribeCertificateCommand;
	exports.ExportCertificateCommand = ExportCertificateCommand;
	exports.ImportCertificateCommand = ImportCertificateCommand;
	exports.KeyAlgorithm = KeyAlgorithm;
	exports.ListCertificatesCommand = ListCertificatesCommand;
	exports.ListTagsForCertificateCommand = ListTagsForCertificateCommand;
	exports.RequestCertificateCommand = RequestCertificateCommand;
	exports.paginateListCertificates = paginateListCertificates;
})))(), 1);
const client = clientOf(import_dist_cjs.ACMClient);
const CERTIFICATE = recordKind("certificate");
async function certificates(acm) {
	const Includes = { keyTypes: Object.values(import_dist_cjs.KeyAlgorithm) };
	return sortBy(await collect(import_dist_cjs.paginateListCertificates({ client: acm }, { Includes }), (p) => p.CertificateSummaryList), (c) => c.CertificateArn);
}
/**
* The key of an imported certificate, decrypted: ExportCertificate hands it out encrypted with a
* passphrase of the save's own. Undefined where the instance exports no imported certificate.
*/
async function exportedKey(acm, arn) {
	const passphrase = randomBytes(24).toString("base64");
	try {
		const exported = await acm.send(new import_dist_cjs.ExportCertificateCommand({
			CertificateArn: arn,
			Passphrase: Buffer.from(passphrase)
		}));
		const privateKey = createPrivateKey({
			key: exported.PrivateKey,
			format: "pem",
			passphrase
		}).export({
			format: "pem",
			type: "pkcs8"
		}).toString();
		return {
			certificate: exported.Certificate,
			chain: exported.CertificateChain || void 0,
			privateKey
		};
	} catch (error) {
		if (isNamed(error, ["ValidationException", "RequestInProgressException"]) || isUnimplemented(error)) return void 0;
		throw error;
	}
}
async function captureCertificate(context, acm, arn) {
	const c = (await acm.send(new import_dist_cjs.DescribeCertificateCommand({ CertificateArn: arn }))).Certificate;
	const tags = (await acm.send(new import_dist_cjs.ListTagsForCertificateCommand({ CertificateArn: arn }))).Tags;
	const base = {
		arn,
		domain: c.DomainName,
		tags: tags && tags.length > 0 ? sortBy(tags, (t) => t.Key) : void 0
	};
	if (c.Type === "IMPORTED") {
		const imported = await exportedKey(acm, arn);
		if (!imported) {
			context.warn(CERTIFICATE.label(arn), "not saved: it was imported, and the instance does not export its private key, without which it cannot be imported again");
			return;
		}
		return {
			...base,
			imported
		};
	}
	const validation = c.DomainValidationOptions?.[0]?.ValidationMethod;
	const alternatives = c.SubjectAlternativeNames?.filter((name) => name !== c.DomainName);
	return {
		...base,
		requested: {
			subjectAlternativeNames: alternatives && alternatives.length > 0 ? alternatives : void 0,
			validationMethod: validation,
			keyAlgorithm: c.KeyAlgorithm,
			authority: c.CertificateAuthorityArn,
			options: c.Options
		}
	};
}
const capture = eachRegion(async function* (context, region) {
	const acm = client(context, region);
	for (const summary of await certificates(acm)) {
		const data = await captureCertificate(context, acm, summary.CertificateArn);
		if (data) yield CERTIFICATE.record(region, data.arn, data);
	}
});
const regionsWithState = regionsWhere(async (context, region) => {
	return ((await client(context, region).send(new import_dist_cjs.ListCertificatesCommand({
		MaxItems: 1,
		Includes: { keyTypes: Object.values(import_dist_cjs.KeyAlgorithm) }
	}))).CertificateSummaryList?.length ?? 0) > 0;
});
async function clear(context, region) {
	const acm = client(context, region);
	for (const c of await certificates(acm)) await unlessMissing(acm.send(new import_dist_cjs.DeleteCertificateCommand({ CertificateArn: c.CertificateArn })));
}
/** Imported again, or requested again (said so); either way under an ARN the instance draws. */
async function restoreCertificate(context, acm, c) {
	await unlessMissing(acm.send(new import_dist_cjs.DeleteCertificateCommand({ CertificateArn: c.arn })));
	let arn;
	if (c.imported) {
		const { certificate, chain, privateKey } = c.imported;
		arn = (await acm.send(new import_dist_cjs.ImportCertificateCommand({
			Certificate: Buffer.from(certificate),
			CertificateChain: chain === void 0 ? void 0 : Buffer.from(chain),
			PrivateKey: Buffer.from(privateKey),
			Tags: c.tags
		}))).CertificateArn;
	} else {
		const r = c.requested;
		arn = (await acm.send(new import_dist_cjs.RequestCertificateCommand({
			DomainName: c.domain,
			SubjectAlternativeNames: r.subjectAlternativeNames,
			ValidationMethod: r.validationMethod,
			KeyAlgorithm: r.keyAlgorithm,
			CertificateAuthorityArn: r.authority,
			Options: r.options,
			Tags: c.tags
		}))).CertificateArn;
		context.warn(CERTIFICATE.label(c.arn), `requested again as ${arn}: a new certificate, with keys of its own, that the instance validates anew`);
	}
	if (arn !== c.arn) context.renamed(c.arn, arn);
}
/**
* ACM: imported certificates with their chain and private key (where the instance exports
* imported keys), requested ones requested again, and the tags of both.
*/
const acm = {
	name: "acm",
	dependsOn: [],
	capture,
	regionsWithState,
	clear,
	restore: (context, region, records) => {
		const api = client(context, region);
		return restoreRecords(context, records, 4, on(CERTIFICATE, (c) => restoreCertificate(context, api, c)));
	},
	requests: {
		signingName: "acm",
		targetPrefix: "CertificateManager"
	}
};
export { acm };
