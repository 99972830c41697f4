import { a as __toCommonJS, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$3, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$2, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { d as unlessMissing, f as unlessUnimplemented, m as clientOf, t as Network } from "./kit.js";
import { a as sortBy, d as on, g as recordKind, m as restoreRecords, o as sortedRecord } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { n as pollUntil } from "./wait.js";
import { n as sortedTags } from "./tags.js";
// node_modules/@aws-sdk/client-elasticsearch-service/dist-cjs/index.js
var require_dist_cjs$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client(), __toCommonJS(client_exports));
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
	const { AwsRestJsonProtocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const defaultElasticsearchServiceHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "es",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultElasticsearchServiceHttpAuthSchemeProvider = (authParameters) => {
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
			defaultSigningName: "es"
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
	var packageInfo = { version: "3.1137.0" };
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
	const j = {
		"fn": f,
		"argv": [i, "name"]
	};
	const k = {};
	const l = [{ [m]: "Region" }];
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
			[g, [j, "aws"]],
			[g, [j, "aws-cn"]],
			[g, [j, "aws-us-gov"]]
		],
		results: [
			[a],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[h, k],
			["https://es-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://es-fips.{Region}.{PartitionResult#dnsSuffix}", k],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://aos.{Region}.api.aws", k],
			["https://aos.{Region}.api.amazonwebservices.com.cn", k],
			["https://es.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://es.{Region}.{PartitionResult#dnsSuffix}", k],
			[a, "Invalid Configuration: Missing Region"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		15,
		3,
		1,
		4,
		100000013,
		2,
		5,
		100000013,
		3,
		11,
		6,
		4,
		7,
		100000012,
		5,
		8,
		100000011,
		7,
		100000008,
		9,
		8,
		100000009,
		10,
		9,
		100000008,
		100000010,
		4,
		13,
		12,
		6,
		100000006,
		100000007,
		5,
		14,
		100000005,
		6,
		100000004,
		100000005,
		3,
		100000001,
		16,
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
	var ElasticsearchServiceServiceException = class ElasticsearchServiceServiceException extends ServiceException {
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, ElasticsearchServiceServiceException.prototype);
		}
	};
	var DisabledOperationException = class DisabledOperationException extends ElasticsearchServiceServiceException {
		name = "DisabledOperationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DisabledOperationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DisabledOperationException.prototype);
		}
	};
	var LimitExceededException = class LimitExceededException extends ElasticsearchServiceServiceException {
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
	var ResourceNotFoundException = class ResourceNotFoundException extends ElasticsearchServiceServiceException {
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
	var AccessDeniedException = class AccessDeniedException extends ElasticsearchServiceServiceException {
		name = "AccessDeniedException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AccessDeniedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AccessDeniedException.prototype);
		}
	};
	var BaseException = class BaseException extends ElasticsearchServiceServiceException {
		name = "BaseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BaseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BaseException.prototype);
		}
	};
	var InternalException = class InternalException extends ElasticsearchServiceServiceException {
		name = "InternalException";
		$fault = "server";
		constructor(opts) {
			super({
				name: "InternalException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, InternalException.prototype);
		}
	};
	var ValidationException = class ValidationException extends ElasticsearchServiceServiceException {
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
	var ConflictException = class ConflictException extends ElasticsearchServiceServiceException {
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
	var InvalidTypeException = class InvalidTypeException extends ElasticsearchServiceServiceException {
		name = "InvalidTypeException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidTypeException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidTypeException.prototype);
		}
	};
	var ResourceAlreadyExistsException = class ResourceAlreadyExistsException extends ElasticsearchServiceServiceException {
		name = "ResourceAlreadyExistsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ResourceAlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ResourceAlreadyExistsException.prototype);
		}
	};
	var InvalidPaginationTokenException = class InvalidPaginationTokenException extends ElasticsearchServiceServiceException {
		name = "InvalidPaginationTokenException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidPaginationTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidPaginationTokenException.prototype);
		}
	};
	const _A = "Account";
	const _AADD = "AnonymousAuthDisableDate";
	const _AAE = "AnonymousAuthEnabled";
	const _ADE = "AccessDeniedException";
	const _AICCSC = "AcceptInboundCrossClusterSearchConnection";
	const _AICCSCR = "AcceptInboundCrossClusterSearchConnectionRequest";
	const _AICCSCRc = "AcceptInboundCrossClusterSearchConnectionResponse";
	const _AL = "AdditionalLimit";
	const _ALL = "AdditionalLimitList";
	const _ALd = "AdditionalLimits";
	const _AO = "AdvancedOptions";
	const _AOS = "AdvancedOptionsStatus";
	const _AP = "AuthorizedPrincipal";
	const _APL = "AuthorizedPrincipalList";
	const _APR = "AssociatePackageRequest";
	const _APRs = "AssociatePackageResponse";
	const _APS = "AccessPoliciesStatus";
	const _APV = "AvailablePackageVersion";
	const _APc = "AccessPolicies";
	const _APs = "AssociatePackage";
	const _ARN = "ARN";
	const _ASO = "AdvancedSecurityOptions";
	const _ASOI = "AdvancedSecurityOptionsInput";
	const _ASOS = "AdvancedSecurityOptionsStatus";
	const _ASPO = "AutomatedSnapshotPauseOptions";
	const _ASPOS = "AutomatedSnapshotPauseOptionsStatus";
	const _ASPRO = "AutomatedSnapshotPauseRequestOptions";
	const _ASSH = "AutomatedSnapshotStartHour";
	const _AT = "AutoTune";
	const _ATD = "AutoTuneDetails";
	const _ATL = "AutoTuneList";
	const _ATMS = "AutoTuneMaintenanceSchedule";
	const _ATMSL = "AutoTuneMaintenanceScheduleList";
	const _ATO = "AutoTuneOptions";
	const _ATOI = "AutoTuneOptionsInput";
	const _ATOO = "AutoTuneOptionsOutput";
	const _ATOS = "AutoTuneOptionsStatus";
	const _ATR = "AddTagsRequest";
	const _ATS = "AutoTuneStatus";
	const _ATT = "AutoTuneType";
	const _ATc = "ActionType";
	const _ATd = "AddTags";
	const _ATu = "AutoTunes";
	const _AUD = "AutomatedUpdateDate";
	const _AV = "ActiveValue";
	const _AVEA = "AuthorizeVpcEndpointAccess";
	const _AVEAR = "AuthorizeVpcEndpointAccessRequest";
	const _AVEARu = "AuthorizeVpcEndpointAccessResponse";
	const _AZ = "AvailabilityZones";
	const _AZC = "AvailabilityZoneCount";
	const _Ac = "Action";
	const _BE = "BaseException";
	const _C = "Created";
	const _CA = "ConnectionAlias";
	const _CAr = "CreatedAt";
	const _CC = "CurrencyCode";
	const _CCI = "CancelledChangeIds";
	const _CCP = "CancelledChangeProperties";
	const _CCPL = "CancelledChangePropertyList";
	const _CCPa = "CancelledChangeProperty";
	const _CCS = "ConfigChangeStatus";
	const _CCSC = "CrossClusterSearchConnection";
	const _CCSCI = "CrossClusterSearchConnectionId";
	const _CCSCr = "CrossClusterSearchConnections";
	const _CD = "CreationDate";
	const _CDCC = "CancelDomainConfigChange";
	const _CDCCR = "CancelDomainConfigChangeRequest";
	const _CDCCRa = "CancelDomainConfigChangeResponse";
	const _CE = "ConflictException";
	const _CECA = "CustomEndpointCertificateArn";
	const _CED = "CreateElasticsearchDomain";
	const _CEDR = "CreateElasticsearchDomainRequest";
	const _CEDRr = "CreateElasticsearchDomainResponse";
	const _CEE = "CustomEndpointEnabled";
	const _CEFR = "CronExpressionForRecurrence";
	const _CESSU = "CancelElasticsearchServiceSoftwareUpdate";
	const _CESSUR = "CancelElasticsearchServiceSoftwareUpdateRequest";
	const _CESSURa = "CancelElasticsearchServiceSoftwareUpdateResponse";
	const _CEV = "CompatibleElasticsearchVersions";
	const _CEVL = "CompatibleElasticsearchVersionsList";
	const _CEu = "CustomEndpoint";
	const _CI = "ChangeId";
	const _CM = "CommitMessage";
	const _CO = "CognitoOptions";
	const _COCCSC = "CreateOutboundCrossClusterSearchConnection";
	const _COCCSCR = "CreateOutboundCrossClusterSearchConnectionRequest";
	const _COCCSCRr = "CreateOutboundCrossClusterSearchConnectionResponse";
	const _COS = "CognitoOptionsStatus";
	const _CP = "CompletedProperties";
	const _CPD = "ChangeProgressDetails";
	const _CPR = "CreatePackageRequest";
	const _CPRr = "CreatePackageResponse";
	const _CPS = "ChangeProgressStage";
	const _CPSD = "ChangeProgressStatusDetails";
	const _CPSL = "ChangeProgressStageList";
	const _CPSh = "ChangeProgressStages";
	const _CPSha = "ChangeProgressStatus";
	const _CPr = "CreatePackage";
	const _CS = "ConnectionStatus";
	const _CSO = "ColdStorageOptions";
	const _CT = "ClientToken";
	const _CV = "CancelledValue";
	const _CVE = "CreateVpcEndpoint";
	const _CVER = "CreateVpcEndpointRequest";
	const _CVERr = "CreateVpcEndpointResponse";
	const _CVM = "CompatibleVersionsMap";
	const _CVu = "CurrentVersion";
	const _CWLLGA = "CloudWatchLogsLogGroupArn";
	const _Ca = "Cancellable";
	const _D = "Duration";
	const _DA = "DomainArn";
	const _DC = "DomainConfig";
	const _DDAT = "DescribeDomainAutoTunes";
	const _DDATR = "DescribeDomainAutoTunesRequest";
	const _DDATRe = "DescribeDomainAutoTunesResponse";
	const _DDCP = "DescribeDomainChangeProgress";
	const _DDCPR = "DescribeDomainChangeProgressRequest";
	const _DDCPRe = "DescribeDomainChangeProgressResponse";
	const _DDI = "DestinationDomainInfo";
	const _DED = "DeleteElasticsearchDomain";
	const _DEDC = "DescribeElasticsearchDomainConfig";
	const _DEDCR = "DescribeElasticsearchDomainConfigRequest";
	const _DEDCRe = "DescribeElasticsearchDomainConfigResponse";
	const _DEDR = "DeleteElasticsearchDomainRequest";
	const _DEDRe = "DeleteElasticsearchDomainResponse";
	const _DEDRes = "DescribeElasticsearchDomainRequest";
	const _DEDResc = "DescribeElasticsearchDomainResponse";
	const _DEDRescr = "DescribeElasticsearchDomainsRequest";
	const _DEDRescri = "DescribeElasticsearchDomainsResponse";
	const _DEDe = "DescribeElasticsearchDomain";
	const _DEDes = "DescribeElasticsearchDomains";
	const _DEITL = "DescribeElasticsearchInstanceTypeLimits";
	const _DEITLR = "DescribeElasticsearchInstanceTypeLimitsRequest";
	const _DEITLRe = "DescribeElasticsearchInstanceTypeLimitsResponse";
	const _DEO = "DomainEndpointOptions";
	const _DEOS = "DomainEndpointOptionsStatus";
	const _DESR = "DeleteElasticsearchServiceRole";
	const _DI = "DomainInfo";
	const _DICCSC = "DeleteInboundCrossClusterSearchConnection";
	const _DICCSCR = "DeleteInboundCrossClusterSearchConnectionRequest";
	const _DICCSCRe = "DeleteInboundCrossClusterSearchConnectionResponse";
	const _DICCSCRes = "DescribeInboundCrossClusterSearchConnectionsRequest";
	const _DICCSCResc = "DescribeInboundCrossClusterSearchConnectionsResponse";
	const _DICCSCe = "DescribeInboundCrossClusterSearchConnections";
	const _DIL = "DomainInfoList";
	const _DIo = "DomainInformation";
	const _DIom = "DomainId";
	const _DMC = "DedicatedMasterCount";
	const _DME = "DedicatedMasterEnabled";
	const _DMT = "DedicatedMasterType";
	const _DN = "DomainName";
	const _DNo = "DomainNames";
	const _DOCCSC = "DeleteOutboundCrossClusterSearchConnection";
	const _DOCCSCR = "DeleteOutboundCrossClusterSearchConnectionRequest";
	const _DOCCSCRe = "DeleteOutboundCrossClusterSearchConnectionResponse";
	const _DOCCSCRes = "DescribeOutboundCrossClusterSearchConnectionsRequest";
	const _DOCCSCResc = "DescribeOutboundCrossClusterSearchConnectionsResponse";
	const _DOCCSCe = "DescribeOutboundCrossClusterSearchConnections";
	const _DOE = "DisabledOperationException";
	const _DP = "DeletePackage";
	const _DPD = "DomainPackageDetails";
	const _DPDL = "DomainPackageDetailsList";
	const _DPF = "DescribePackagesFilter";
	const _DPFL = "DescribePackagesFilterList";
	const _DPR = "DeletePackageRequest";
	const _DPRe = "DeletePackageResponse";
	const _DPRes = "DescribePackagesRequest";
	const _DPResc = "DescribePackagesResponse";
	const _DPRi = "DissociatePackageRequest";
	const _DPRis = "DissociatePackageResponse";
	const _DPS = "DomainPackageStatus";
	const _DPSo = "DomainProcessingStatus";
	const _DPe = "DescribePackages";
	const _DPi = "DissociatePackage";
	const _DR = "DryRun";
	const _DREI = "DescribeReservedElasticsearchInstances";
	const _DREIO = "DescribeReservedElasticsearchInstanceOfferings";
	const _DREIOR = "DescribeReservedElasticsearchInstanceOfferingsRequest";
	const _DREIORe = "DescribeReservedElasticsearchInstanceOfferingsResponse";
	const _DREIR = "DescribeReservedElasticsearchInstancesRequest";
	const _DREIRe = "DescribeReservedElasticsearchInstancesResponse";
	const _DRR = "DryRunResults";
	const _DS = "DesiredState";
	const _DSL = "DomainStatusList";
	const _DSO = "DeploymentStrategyOptions";
	const _DSOS = "DeploymentStrategyOptionsStatus";
	const _DSe = "DeploymentStrategy";
	const _DSo = "DomainStatus";
	const _DT = "DeploymentType";
	const _DVE = "DeleteVpcEndpoint";
	const _DVER = "DeleteVpcEndpointRequest";
	const _DVERe = "DeleteVpcEndpointResponse";
	const _DVERes = "DescribeVpcEndpointsRequest";
	const _DVEResc = "DescribeVpcEndpointsResponse";
	const _DVEe = "DescribeVpcEndpoints";
	const _Da = "Date";
	const _De = "Description";
	const _Del = "Deleted";
	const _E = "Enabled";
	const _EARO = "EncryptionAtRestOptions";
	const _EAROS = "EncryptionAtRestOptionsStatus";
	const _EBSE = "EBSEnabled";
	const _EBSO = "EBSOptions";
	const _EBSOS = "EBSOptionsStatus";
	const _EC = "ErrorCode";
	const _ECC = "ElasticsearchClusterConfig";
	const _ECCS = "ElasticsearchClusterConfigStatus";
	const _ED = "ErrorDetails";
	const _EDC = "ElasticsearchDomainConfig";
	const _EDS = "ElasticsearchDomainStatus";
	const _EDSL = "ElasticsearchDomainStatusList";
	const _EHTTPS = "EnforceHTTPS";
	const _EI = "EntityId";
	const _EIC = "ElasticsearchInstanceCount";
	const _EIT = "ElasticsearchInstanceTypes";
	const _EITl = "ElasticsearchInstanceType";
	const _EM = "ErrorMessage";
	const _EMS = "EngineModeStatus";
	const _EMn = "EngineMode";
	const _ET = "EndTime";
	const _ETn = "EngineType";
	const _ETr = "ErrorType";
	const _EV = "ElasticsearchVersion";
	const _EVS = "ElasticsearchVersionStatus";
	const _EVl = "ElasticsearchVersions";
	const _En = "Endpoint";
	const _End = "Endpoints";
	const _F = "Filters";
	const _FL = "FilterList";
	const _FP = "FixedPrice";
	const _Fi = "Filter";
	const _GCEV = "GetCompatibleElasticsearchVersions";
	const _GCEVR = "GetCompatibleElasticsearchVersionsRequest";
	const _GCEVRe = "GetCompatibleElasticsearchVersionsResponse";
	const _GPVH = "GetPackageVersionHistory";
	const _GPVHR = "GetPackageVersionHistoryRequest";
	const _GPVHRe = "GetPackageVersionHistoryResponse";
	const _GUH = "GetUpgradeHistory";
	const _GUHR = "GetUpgradeHistoryRequest";
	const _GUHRe = "GetUpgradeHistoryResponse";
	const _GUS = "GetUpgradeStatus";
	const _GUSR = "GetUpgradeStatusRequest";
	const _GUSRe = "GetUpgradeStatusResponse";
	const _I = "Iops";
	const _IB = "InitiatedBy";
	const _IC = "InstanceCount";
	const _ICCSC = "InboundCrossClusterSearchConnection";
	const _ICCSCS = "InboundCrossClusterSearchConnectionStatus";
	const _ICCSCn = "InboundCrossClusterSearchConnections";
	const _ICL = "InstanceCountLimits";
	const _IE = "InternalException";
	const _IL = "InstanceLimits";
	const _IPI = "IdentityPoolId";
	const _IPTE = "InvalidPaginationTokenException";
	const _IT = "InstanceType";
	const _ITE = "InvalidTypeException";
	const _IUDE = "InternalUserDatabaseEnabled";
	const _Id = "Idp";
	const _Is = "Issues";
	const _K = "Key";
	const _KKI = "KmsKeyId";
	const _L = "Limits";
	const _LBR = "LimitsByRole";
	const _LDFP = "ListDomainsForPackage";
	const _LDFPR = "ListDomainsForPackageRequest";
	const _LDFPRi = "ListDomainsForPackageResponse";
	const _LDN = "ListDomainNames";
	const _LDNR = "ListDomainNamesRequest";
	const _LDNRi = "ListDomainNamesResponse";
	const _LEE = "LimitExceededException";
	const _LEIT = "ListElasticsearchInstanceTypes";
	const _LEITR = "ListElasticsearchInstanceTypesRequest";
	const _LEITRi = "ListElasticsearchInstanceTypesResponse";
	const _LEV = "ListElasticsearchVersions";
	const _LEVR = "ListElasticsearchVersionsRequest";
	const _LEVRi = "ListElasticsearchVersionsResponse";
	const _LN = "LimitName";
	const _LPFD = "ListPackagesForDomain";
	const _LPFDR = "ListPackagesForDomainRequest";
	const _LPFDRi = "ListPackagesForDomainResponse";
	const _LPO = "LogPublishingOptions";
	const _LPOS = "LogPublishingOptionsStatus";
	const _LPOo = "LogPublishingOption";
	const _LT = "ListTags";
	const _LTR = "ListTagsRequest";
	const _LTRi = "ListTagsResponse";
	const _LU = "LastUpdated";
	const _LUA = "LastUpdatedAt";
	const _LUT = "LastUpdatedTime";
	const _LV = "LimitValues";
	const _LVE = "ListVpcEndpoints";
	const _LVEA = "ListVpcEndpointAccess";
	const _LVEAR = "ListVpcEndpointAccessRequest";
	const _LVEARi = "ListVpcEndpointAccessResponse";
	const _LVEFD = "ListVpcEndpointsForDomain";
	const _LVEFDR = "ListVpcEndpointsForDomainRequest";
	const _LVEFDRi = "ListVpcEndpointsForDomainResponse";
	const _LVER = "ListVpcEndpointsRequest";
	const _LVERi = "ListVpcEndpointsResponse";
	const _M = "Message";
	const _MBR = "MasterBackendRole";
	const _MC = "MetadataContent";
	const _MIC = "MinimumInstanceCount";
	const _MICa = "MaximumInstanceCount";
	const _MP = "ModifyingProperties";
	const _MPL = "ModifyingPropertiesList";
	const _MR = "MaxResults";
	const _MS = "MaintenanceSchedules";
	const _MUARN = "MasterUserARN";
	const _MUN = "MasterUserName";
	const _MUO = "MasterUserOptions";
	const _MUP = "MasterUserPassword";
	const _N = "Name";
	const _NT = "NextToken";
	const _NTNEO = "NodeToNodeEncryptionOptions";
	const _NTNEOS = "NodeToNodeEncryptionOptionsStatus";
	const _NV = "NewVersion";
	const _O = "Options";
	const _OCCSC = "OutboundCrossClusterSearchConnection";
	const _OCCSCS = "OutboundCrossClusterSearchConnectionStatus";
	const _OCCSCu = "OutboundCrossClusterSearchConnections";
	const _OD = "OptionalDeployment";
	const _OI = "OwnerId";
	const _OS = "OptionStatus";
	const _P = "Password";
	const _PCO = "PerformCheckOnly";
	const _PD = "PendingDeletion";
	const _PDL = "PackageDetailsList";
	const _PDa = "PackageDescription";
	const _PDac = "PackageDetails";
	const _PID = "PackageID";
	const _PN = "PropertyName";
	const _PNa = "PackageName";
	const _PO = "PaymentOption";
	const _PP = "PendingProperties";
	const _PPr = "ProgressPercent";
	const _PREIO = "PurchaseReservedElasticsearchInstanceOffering";
	const _PREIOR = "PurchaseReservedElasticsearchInstanceOfferingRequest";
	const _PREIORu = "PurchaseReservedElasticsearchInstanceOfferingResponse";
	const _PS = "PackageSource";
	const _PSa = "PackageStatus";
	const _PT = "PrincipalType";
	const _PTa = "PackageType";
	const _PV = "PackageVersion";
	const _PVH = "PackageVersionHistory";
	const _PVHL = "PackageVersionHistoryList";
	const _PVe = "PendingValue";
	const _Pr = "Principal";
	const _Pro = "Processing";
	const _R = "Region";
	const _RA = "RoleArn";
	const _RAEE = "ResourceAlreadyExistsException";
	const _RC = "RecurringCharge";
	const _RCA = "RecurringChargeAmount";
	const _RCF = "RecurringChargeFrequency";
	const _RCL = "RecurringChargeList";
	const _RCe = "RecurringCharges";
	const _REI = "ReservedElasticsearchInstances";
	const _REII = "ReservedElasticsearchInstanceId";
	const _REIL = "ReservedElasticsearchInstanceList";
	const _REIO = "ReservedElasticsearchInstanceOfferings";
	const _REIOI = "ReservedElasticsearchInstanceOfferingId";
	const _REIOL = "ReservedElasticsearchInstanceOfferingList";
	const _REIOe = "ReservedElasticsearchInstanceOffering";
	const _REIe = "ReservedElasticsearchInstance";
	const _RICCSC = "RejectInboundCrossClusterSearchConnection";
	const _RICCSCR = "RejectInboundCrossClusterSearchConnectionRequest";
	const _RICCSCRe = "RejectInboundCrossClusterSearchConnectionResponse";
	const _RK = "RolesKey";
	const _RN = "ReservationName";
	const _RNFE = "ResourceNotFoundException";
	const _ROD = "RollbackOnDisable";
	const _RP = "ReferencePath";
	const _RT = "RemoveTags";
	const _RTR = "RemoveTagsRequest";
	const _RVEA = "RevokeVpcEndpointAccess";
	const _RVEAR = "RevokeVpcEndpointAccessRequest";
	const _RVEARe = "RevokeVpcEndpointAccessResponse";
	const _S = "Status";
	const _SA = "StartAt";
	const _SAMLI = "SAMLIdp";
	const _SAMLO = "SAMLOptions";
	const _SAMLOI = "SAMLOptionsInput";
	const _SAMLOO = "SAMLOptionsOutput";
	const _SATD = "ScheduledAutoTuneDetails";
	const _SBN = "S3BucketName";
	const _SC = "StatusCode";
	const _SDI = "SourceDomainInfo";
	const _SESSU = "StartElasticsearchServiceSoftwareUpdate";
	const _SESSUR = "StartElasticsearchServiceSoftwareUpdateRequest";
	const _SESSURt = "StartElasticsearchServiceSoftwareUpdateResponse";
	const _SGI = "SecurityGroupIds";
	const _SI = "SubnetIds";
	const _SK = "S3Key";
	const _SKu = "SubjectKey";
	const _SL = "StepsList";
	const _SO = "SnapshotOptions";
	const _SOS = "SnapshotOptionsStatus";
	const _SS = "StepStatus";
	const _SSO = "ServiceSoftwareOptions";
	const _SSTN = "StorageSubTypeName";
	const _ST = "StartTime";
	const _STL = "StorageTypeLimits";
	const _STLL = "StorageTypeLimitList";
	const _STLt = "StorageTypeLimit";
	const _STLto = "StorageTypeList";
	const _STM = "SessionTimeoutMinutes";
	const _STN = "StorageTypeName";
	const _STt = "StorageTypes";
	const _STta = "StartTimestamp";
	const _STto = "StorageType";
	const _SV = "SourceVersion";
	const _Se = "Severity";
	const _St = "State";
	const _T = "Throughput";
	const _TK = "TagKeys";
	const _TL = "TagList";
	const _TLSSP = "TLSSecurityPolicy";
	const _TNOS = "TotalNumberOfStages";
	const _TV = "TargetVersions";
	const _TVa = "TargetVersion";
	const _Ta = "Tag";
	const _U = "Username";
	const _UA = "UpdateAvailable";
	const _UC = "UseCase";
	const _UCS = "UseCaseStatus";
	const _UD = "UpdateDate";
	const _UED = "UpgradeElasticsearchDomain";
	const _UEDC = "UpdateElasticsearchDomainConfig";
	const _UEDCR = "UpdateElasticsearchDomainConfigRequest";
	const _UEDCRp = "UpdateElasticsearchDomainConfigResponse";
	const _UEDR = "UpgradeElasticsearchDomainRequest";
	const _UEDRp = "UpgradeElasticsearchDomainResponse";
	const _UH = "UpgradeHistories";
	const _UHL = "UpgradeHistoryList";
	const _UHp = "UpgradeHistory";
	const _UN = "UpgradeName";
	const _UP = "UpgradeProcessing";
	const _UPI = "UserPoolId";
	const _UPR = "UpdatePackageRequest";
	const _UPRp = "UpdatePackageResponse";
	const _UPp = "UpdatePackage";
	const _UPs = "UsagePrice";
	const _US = "UpgradeStep";
	const _USI = "UpgradeStepItem";
	const _USL = "UpgradeStepsList";
	const _USS = "UpgradeStepStatus";
	const _USp = "UpdateStatus";
	const _USpg = "UpgradeStatus";
	const _UV = "UpdateVersion";
	const _UVE = "UpdateVpcEndpoint";
	const _UVER = "UpdateVpcEndpointRequest";
	const _UVERp = "UpdateVpcEndpointResponse";
	const _Un = "Unit";
	const _V = "Value";
	const _VE = "ValidationException";
	const _VEE = "VpcEndpointErrors";
	const _VEEL = "VpcEndpointErrorList";
	const _VEEp = "VpcEndpointError";
	const _VEI = "VpcEndpointId";
	const _VEIp = "VpcEndpointIds";
	const _VEO = "VpcEndpointOwner";
	const _VES = "VpcEndpointSummary";
	const _VESL = "VpcEndpointSummaryList";
	const _VEp = "VpcEndpoint";
	const _VEpc = "VpcEndpoints";
	const _VO = "VpcOptions";
	const _VPCDI = "VPCDerivedInfo";
	const _VPCDIS = "VPCDerivedInfoStatus";
	const _VPCI = "VPCId";
	const _VPCO = "VPCOptions";
	const _VS = "VolumeSize";
	const _VT = "VolumeType";
	const _VTa = "ValueType";
	const _Va = "Values";
	const _WC = "WarmCount";
	const _WE = "WarmEnabled";
	const _WT = "WarmType";
	const _ZAC = "ZoneAwarenessConfig";
	const _ZAE = "ZoneAwarenessEnabled";
	const _a = "arn";
	const _c = "client";
	const _ch = "changeid";
	const _dN = "domainName";
	const _e = "error";
	const _eT = "engineType";
	const _h = "http";
	const _hE = "httpError";
	const _hQ = "httpQuery";
	const _m = "message";
	const _mR = "maxResults";
	const _nT = "nextToken";
	const _oI = "offeringId";
	const _rI = "reservationId";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.elasticsearchservice";
	const _se = "server";
	const _xN = "xmlName";
	const n0 = "com.amazonaws.elasticsearchservice";
	const _s_registry = new TypeRegistry(_s);
	var ElasticsearchServiceServiceException$ = [
		-3,
		_s,
		"ElasticsearchServiceServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(ElasticsearchServiceServiceException$, ElasticsearchServiceServiceException);
	const n0_registry = new TypeRegistry(n0);
	var AccessDeniedException$ = [
		-3,
		n0,
		_ADE,
		{
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
	var BaseException$ = [
		-3,
		n0,
		_BE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(BaseException$, BaseException);
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
	var DisabledOperationException$ = [
		-3,
		n0,
		_DOE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DisabledOperationException$, DisabledOperationException);
	var InternalException$ = [
		-3,
		n0,
		_IE,
		{
			[_e]: _se,
			[_hE]: 500
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InternalException$, InternalException);
	var InvalidPaginationTokenException$ = [
		-3,
		n0,
		_IPTE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidPaginationTokenException$, InvalidPaginationTokenException);
	var InvalidTypeException$ = [
		-3,
		n0,
		_ITE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidTypeException$, InvalidTypeException);
	var LimitExceededException$ = [
		-3,
		n0,
		_LEE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(LimitExceededException$, LimitExceededException);
	var ResourceAlreadyExistsException$ = [
		-3,
		n0,
		_RAEE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
	var ResourceNotFoundException$ = [
		-3,
		n0,
		_RNFE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
	var ValidationException$ = [
		-3,
		n0,
		_VE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ValidationException$, ValidationException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var Password = [
		0,
		n0,
		_P,
		8,
		0
	];
	var Username = [
		0,
		n0,
		_U,
		8,
		0
	];
	var AcceptInboundCrossClusterSearchConnectionRequest$ = [
		3,
		n0,
		_AICCSCR,
		0,
		[_CCSCI],
		[[0, 1]],
		1
	];
	var AcceptInboundCrossClusterSearchConnectionResponse$ = [
		3,
		n0,
		_AICCSCRc,
		0,
		[_CCSC],
		[() => InboundCrossClusterSearchConnection$]
	];
	var AccessPoliciesStatus$ = [
		3,
		n0,
		_APS,
		0,
		[_O, _S],
		[0, () => OptionStatus$],
		2
	];
	var AdditionalLimit$ = [
		3,
		n0,
		_AL,
		0,
		[_LN, _LV],
		[0, 64]
	];
	var AddTagsRequest$ = [
		3,
		n0,
		_ATR,
		0,
		[_ARN, _TL],
		[0, () => TagList],
		2
	];
	var AdvancedOptionsStatus$ = [
		3,
		n0,
		_AOS,
		0,
		[_O, _S],
		[128, () => OptionStatus$],
		2
	];
	var AdvancedSecurityOptions$ = [
		3,
		n0,
		_ASO,
		0,
		[
			_E,
			_IUDE,
			_SAMLO,
			_AADD,
			_AAE
		],
		[
			2,
			2,
			() => SAMLOptionsOutput$,
			4,
			2
		]
	];
	var AdvancedSecurityOptionsInput$ = [
		3,
		n0,
		_ASOI,
		0,
		[
			_E,
			_IUDE,
			_MUO,
			_SAMLO,
			_AAE
		],
		[
			2,
			2,
			[() => MasterUserOptions$, 0],
			[() => SAMLOptionsInput$, 0],
			2
		]
	];
	var AdvancedSecurityOptionsStatus$ = [
		3,
		n0,
		_ASOS,
		0,
		[_O, _S],
		[() => AdvancedSecurityOptions$, () => OptionStatus$],
		2
	];
	var AssociatePackageRequest$ = [
		3,
		n0,
		_APR,
		0,
		[_PID, _DN],
		[[0, 1], [0, 1]],
		2
	];
	var AssociatePackageResponse$ = [
		3,
		n0,
		_APRs,
		0,
		[_DPD],
		[() => DomainPackageDetails$]
	];
	var AuthorizedPrincipal$ = [
		3,
		n0,
		_AP,
		0,
		[_PT, _Pr],
		[0, 0]
	];
	var AuthorizeVpcEndpointAccessRequest$ = [
		3,
		n0,
		_AVEAR,
		0,
		[_DN, _A],
		[[0, 1], 0],
		2
	];
	var AuthorizeVpcEndpointAccessResponse$ = [
		3,
		n0,
		_AVEARu,
		0,
		[_AP],
		[() => AuthorizedPrincipal$],
		1
	];
	var AutomatedSnapshotPauseOptions$ = [
		3,
		n0,
		_ASPO,
		0,
		[
			_E,
			_ST,
			_ET,
			_St
		],
		[
			2,
			4,
			4,
			0
		],
		1
	];
	var AutomatedSnapshotPauseOptionsStatus$ = [
		3,
		n0,
		_ASPOS,
		0,
		[_O, _S],
		[() => AutomatedSnapshotPauseOptions$, () => OptionStatus$],
		2
	];
	var AutomatedSnapshotPauseRequestOptions$ = [
		3,
		n0,
		_ASPRO,
		0,
		[
			_E,
			_ST,
			_ET
		],
		[
			2,
			4,
			4
		],
		1
	];
	var AutoTune$ = [
		3,
		n0,
		_AT,
		0,
		[_ATT, _ATD],
		[0, () => AutoTuneDetails$]
	];
	var AutoTuneDetails$ = [
		3,
		n0,
		_ATD,
		0,
		[_SATD],
		[() => ScheduledAutoTuneDetails$]
	];
	var AutoTuneMaintenanceSchedule$ = [
		3,
		n0,
		_ATMS,
		0,
		[
			_SA,
			_D,
			_CEFR
		],
		[
			4,
			() => Duration$,
			0
		]
	];
	var AutoTuneOptions$ = [
		3,
		n0,
		_ATO,
		0,
		[
			_DS,
			_ROD,
			_MS
		],
		[
			0,
			0,
			() => AutoTuneMaintenanceScheduleList
		]
	];
	var AutoTuneOptionsInput$ = [
		3,
		n0,
		_ATOI,
		0,
		[_DS, _MS],
		[0, () => AutoTuneMaintenanceScheduleList]
	];
	var AutoTuneOptionsOutput$ = [
		3,
		n0,
		_ATOO,
		0,
		[_St, _EM],
		[0, 0]
	];
	var AutoTuneOptionsStatus$ = [
		3,
		n0,
		_ATOS,
		0,
		[_O, _S],
		[() => AutoTuneOptions$, () => AutoTuneStatus$]
	];
	var AutoTuneStatus$ = [
		3,
		n0,
		_ATS,
		0,
		[
			_CD,
			_UD,
			_St,
			_UV,
			_EM,
			_PD
		],
		[
			4,
			4,
			0,
			1,
			0,
			2
		],
		3
	];
	var CancelDomainConfigChangeRequest$ = [
		3,
		n0,
		_CDCCR,
		0,
		[_DN, _DR],
		[[0, 1], 2],
		1
	];
	var CancelDomainConfigChangeResponse$ = [
		3,
		n0,
		_CDCCRa,
		0,
		[
			_DR,
			_CCI,
			_CCP
		],
		[
			2,
			64,
			() => CancelledChangePropertyList
		]
	];
	var CancelElasticsearchServiceSoftwareUpdateRequest$ = [
		3,
		n0,
		_CESSUR,
		0,
		[_DN],
		[0],
		1
	];
	var CancelElasticsearchServiceSoftwareUpdateResponse$ = [
		3,
		n0,
		_CESSURa,
		0,
		[_SSO],
		[() => ServiceSoftwareOptions$]
	];
	var CancelledChangeProperty$ = [
		3,
		n0,
		_CCPa,
		0,
		[
			_PN,
			_CV,
			_AV
		],
		[
			0,
			0,
			0
		]
	];
	var ChangeProgressDetails$ = [
		3,
		n0,
		_CPD,
		0,
		[
			_CI,
			_M,
			_CCS,
			_ST,
			_LUT,
			_IB
		],
		[
			0,
			0,
			0,
			4,
			4,
			0
		]
	];
	var ChangeProgressStage$ = [
		3,
		n0,
		_CPS,
		0,
		[
			_N,
			_S,
			_De,
			_LU
		],
		[
			0,
			0,
			0,
			4
		]
	];
	var ChangeProgressStatusDetails$ = [
		3,
		n0,
		_CPSD,
		0,
		[
			_CI,
			_ST,
			_S,
			_PP,
			_CP,
			_TNOS,
			_CPSh,
			_CCS,
			_LUT,
			_IB
		],
		[
			0,
			4,
			0,
			64,
			64,
			1,
			() => ChangeProgressStageList,
			0,
			4,
			0
		]
	];
	var CognitoOptions$ = [
		3,
		n0,
		_CO,
		0,
		[
			_E,
			_UPI,
			_IPI,
			_RA
		],
		[
			2,
			0,
			0,
			0
		]
	];
	var CognitoOptionsStatus$ = [
		3,
		n0,
		_COS,
		0,
		[_O, _S],
		[() => CognitoOptions$, () => OptionStatus$],
		2
	];
	var ColdStorageOptions$ = [
		3,
		n0,
		_CSO,
		0,
		[_E],
		[2],
		1
	];
	var CompatibleVersionsMap$ = [
		3,
		n0,
		_CVM,
		0,
		[_SV, _TV],
		[0, 64]
	];
	var CreateElasticsearchDomainRequest$ = [
		3,
		n0,
		_CEDR,
		0,
		[
			_DN,
			_EV,
			_ECC,
			_EBSO,
			_APc,
			_SO,
			_VPCO,
			_CO,
			_EARO,
			_NTNEO,
			_AO,
			_LPO,
			_DEO,
			_ASO,
			_ATO,
			_TL,
			_DSO,
			_ASPO,
			_UC,
			_EMn
		],
		[
			0,
			0,
			() => ElasticsearchClusterConfig$,
			() => EBSOptions$,
			0,
			() => SnapshotOptions$,
			() => VPCOptions$,
			() => CognitoOptions$,
			() => EncryptionAtRestOptions$,
			() => NodeToNodeEncryptionOptions$,
			128,
			() => LogPublishingOptions,
			() => DomainEndpointOptions$,
			[() => AdvancedSecurityOptionsInput$, 0],
			() => AutoTuneOptionsInput$,
			() => TagList,
			() => DeploymentStrategyOptions$,
			() => AutomatedSnapshotPauseRequestOptions$,
			0,
			0
		],
		1
	];
	var CreateElasticsearchDomainResponse$ = [
		3,
		n0,
		_CEDRr,
		0,
		[_DSo],
		[() => ElasticsearchDomainStatus$]
	];
	var CreateOutboundCrossClusterSearchConnectionRequest$ = [
		3,
		n0,
		_COCCSCR,
		0,
		[
			_SDI,
			_DDI,
			_CA
		],
		[
			() => DomainInformation$,
			() => DomainInformation$,
			0
		],
		3
	];
	var CreateOutboundCrossClusterSearchConnectionResponse$ = [
		3,
		n0,
		_COCCSCRr,
		0,
		[
			_SDI,
			_DDI,
			_CA,
			_CS,
			_CCSCI
		],
		[
			() => DomainInformation$,
			() => DomainInformation$,
			0,
			() => OutboundCrossClusterSearchConnectionStatus$,
			0
		]
	];
	var CreatePackageRequest$ = [
		3,
		n0,
		_CPR,
		0,
		[
			_PNa,
			_PTa,
			_PS,
			_PDa
		],
		[
			0,
			0,
			() => PackageSource$,
			0
		],
		3
	];
	var CreatePackageResponse$ = [
		3,
		n0,
		_CPRr,
		0,
		[_PDac],
		[() => PackageDetails$]
	];
	var CreateVpcEndpointRequest$ = [
		3,
		n0,
		_CVER,
		0,
		[
			_DA,
			_VO,
			_CT
		],
		[
			0,
			() => VPCOptions$,
			0
		],
		2
	];
	var CreateVpcEndpointResponse$ = [
		3,
		n0,
		_CVERr,
		0,
		[_VEp],
		[() => VpcEndpoint$],
		1
	];
	var DeleteElasticsearchDomainRequest$ = [
		3,
		n0,
		_DEDR,
		0,
		[_DN],
		[[0, 1]],
		1
	];
	var DeleteElasticsearchDomainResponse$ = [
		3,
		n0,
		_DEDRe,
		0,
		[_DSo],
		[() => ElasticsearchDomainStatus$]
	];
	var DeleteInboundCrossClusterSearchConnectionRequest$ = [
		3,
		n0,
		_DICCSCR,
		0,
		[_CCSCI],
		[[0, 1]],
		1
	];
	var DeleteInboundCrossClusterSearchConnectionResponse$ = [
		3,
		n0,
		_DICCSCRe,
		0,
		[_CCSC],
		[() => InboundCrossClusterSearchConnection$]
	];
	var DeleteOutboundCrossClusterSearchConnectionRequest$ = [
		3,
		n0,
		_DOCCSCR,
		0,
		[_CCSCI],
		[[0, 1]],
		1
	];
	var DeleteOutboundCrossClusterSearchConnectionResponse$ = [
		3,
		n0,
		_DOCCSCRe,
		0,
		[_CCSC],
		[() => OutboundCrossClusterSearchConnection$]
	];
	var DeletePackageRequest$ = [
		3,
		n0,
		_DPR,
		0,
		[_PID],
		[[0, 1]],
		1
	];
	var DeletePackageResponse$ = [
		3,
		n0,
		_DPRe,
		0,
		[_PDac],
		[() => PackageDetails$]
	];
	var DeleteVpcEndpointRequest$ = [
		3,
		n0,
		_DVER,
		0,
		[_VEI],
		[[0, 1]],
		1
	];
	var DeleteVpcEndpointResponse$ = [
		3,
		n0,
		_DVERe,
		0,
		[_VES],
		[() => VpcEndpointSummary$],
		1
	];
	var DeploymentStrategyOptions$ = [
		3,
		n0,
		_DSO,
		0,
		[_DSe],
		[0],
		1
	];
	var DeploymentStrategyOptionsStatus$ = [
		3,
		n0,
		_DSOS,
		0,
		[_O, _S],
		[() => DeploymentStrategyOptions$, () => OptionStatus$],
		2
	];
	var DescribeDomainAutoTunesRequest$ = [
		3,
		n0,
		_DDATR,
		0,
		[
			_DN,
			_MR,
			_NT
		],
		[
			[0, 1],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var DescribeDomainAutoTunesResponse$ = [
		3,
		n0,
		_DDATRe,
		0,
		[_ATu, _NT],
		[() => AutoTuneList, 0]
	];
	var DescribeDomainChangeProgressRequest$ = [
		3,
		n0,
		_DDCPR,
		0,
		[_DN, _CI],
		[[0, 1], [0, { [_hQ]: _ch }]],
		1
	];
	var DescribeDomainChangeProgressResponse$ = [
		3,
		n0,
		_DDCPRe,
		0,
		[_CPSha],
		[() => ChangeProgressStatusDetails$]
	];
	var DescribeElasticsearchDomainConfigRequest$ = [
		3,
		n0,
		_DEDCR,
		0,
		[_DN],
		[[0, 1]],
		1
	];
	var DescribeElasticsearchDomainConfigResponse$ = [
		3,
		n0,
		_DEDCRe,
		0,
		[_DC],
		[() => ElasticsearchDomainConfig$],
		1
	];
	var DescribeElasticsearchDomainRequest$ = [
		3,
		n0,
		_DEDRes,
		0,
		[_DN],
		[[0, 1]],
		1
	];
	var DescribeElasticsearchDomainResponse$ = [
		3,
		n0,
		_DEDResc,
		0,
		[_DSo],
		[() => ElasticsearchDomainStatus$],
		1
	];
	var DescribeElasticsearchDomainsRequest$ = [
		3,
		n0,
		_DEDRescr,
		0,
		[_DNo],
		[64],
		1
	];
	var DescribeElasticsearchDomainsResponse$ = [
		3,
		n0,
		_DEDRescri,
		0,
		[_DSL],
		[() => ElasticsearchDomainStatusList],
		1
	];
	var DescribeElasticsearchInstanceTypeLimitsRequest$ = [
		3,
		n0,
		_DEITLR,
		0,
		[
			_IT,
			_EV,
			_DN
		],
		[
			[0, 1],
			[0, 1],
			[0, { [_hQ]: _dN }]
		],
		2
	];
	var DescribeElasticsearchInstanceTypeLimitsResponse$ = [
		3,
		n0,
		_DEITLRe,
		0,
		[_LBR],
		[() => LimitsByRole]
	];
	var DescribeInboundCrossClusterSearchConnectionsRequest$ = [
		3,
		n0,
		_DICCSCRes,
		0,
		[
			_F,
			_MR,
			_NT
		],
		[
			() => FilterList,
			1,
			0
		]
	];
	var DescribeInboundCrossClusterSearchConnectionsResponse$ = [
		3,
		n0,
		_DICCSCResc,
		0,
		[_CCSCr, _NT],
		[() => InboundCrossClusterSearchConnections, 0]
	];
	var DescribeOutboundCrossClusterSearchConnectionsRequest$ = [
		3,
		n0,
		_DOCCSCRes,
		0,
		[
			_F,
			_MR,
			_NT
		],
		[
			() => FilterList,
			1,
			0
		]
	];
	var DescribeOutboundCrossClusterSearchConnectionsResponse$ = [
		3,
		n0,
		_DOCCSCResc,
		0,
		[_CCSCr, _NT],
		[() => OutboundCrossClusterSearchConnections, 0]
	];
	var DescribePackagesFilter$ = [
		3,
		n0,
		_DPF,
		0,
		[_N, _V],
		[0, 64]
	];
	var DescribePackagesRequest$ = [
		3,
		n0,
		_DPRes,
		0,
		[
			_F,
			_MR,
			_NT
		],
		[
			() => DescribePackagesFilterList,
			1,
			0
		]
	];
	var DescribePackagesResponse$ = [
		3,
		n0,
		_DPResc,
		0,
		[_PDL, _NT],
		[() => PackageDetailsList, 0]
	];
	var DescribeReservedElasticsearchInstanceOfferingsRequest$ = [
		3,
		n0,
		_DREIOR,
		0,
		[
			_REIOI,
			_MR,
			_NT
		],
		[
			[0, { [_hQ]: _oI }],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		]
	];
	var DescribeReservedElasticsearchInstanceOfferingsResponse$ = [
		3,
		n0,
		_DREIORe,
		0,
		[_NT, _REIO],
		[0, [() => ReservedElasticsearchInstanceOfferingList, 0]]
	];
	var DescribeReservedElasticsearchInstancesRequest$ = [
		3,
		n0,
		_DREIR,
		0,
		[
			_REII,
			_MR,
			_NT
		],
		[
			[0, { [_hQ]: _rI }],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		]
	];
	var DescribeReservedElasticsearchInstancesResponse$ = [
		3,
		n0,
		_DREIRe,
		0,
		[_NT, _REI],
		[0, [() => ReservedElasticsearchInstanceList, 0]]
	];
	var DescribeVpcEndpointsRequest$ = [
		3,
		n0,
		_DVERes,
		0,
		[_VEIp],
		[64],
		1
	];
	var DescribeVpcEndpointsResponse$ = [
		3,
		n0,
		_DVEResc,
		0,
		[_VEpc, _VEE],
		[() => VpcEndpoints, () => VpcEndpointErrorList],
		2
	];
	var DissociatePackageRequest$ = [
		3,
		n0,
		_DPRi,
		0,
		[_PID, _DN],
		[[0, 1], [0, 1]],
		2
	];
	var DissociatePackageResponse$ = [
		3,
		n0,
		_DPRis,
		0,
		[_DPD],
		[() => DomainPackageDetails$]
	];
	var DomainEndpointOptions$ = [
		3,
		n0,
		_DEO,
		0,
		[
			_EHTTPS,
			_TLSSP,
			_CEE,
			_CEu,
			_CECA
		],
		[
			2,
			0,
			2,
			0,
			0
		]
	];
	var DomainEndpointOptionsStatus$ = [
		3,
		n0,
		_DEOS,
		0,
		[_O, _S],
		[() => DomainEndpointOptions$, () => OptionStatus$],
		2
	];
	var DomainInfo$ = [
		3,
		n0,
		_DI,
		0,
		[_DN, _ETn],
		[0, 0]
	];
	var DomainInformation$ = [
		3,
		n0,
		_DIo,
		0,
		[
			_DN,
			_OI,
			_R
		],
		[
			0,
			0,
			0
		],
		1
	];
	var DomainPackageDetails$ = [
		3,
		n0,
		_DPD,
		0,
		[
			_PID,
			_PNa,
			_PTa,
			_LU,
			_DN,
			_DPS,
			_PV,
			_RP,
			_ED
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
			() => ErrorDetails$
		]
	];
	var DryRunResults$ = [
		3,
		n0,
		_DRR,
		0,
		[_DT, _M],
		[0, 0]
	];
	var Duration$ = [
		3,
		n0,
		_D,
		0,
		[_V, _Un],
		[1, 0]
	];
	var EBSOptions$ = [
		3,
		n0,
		_EBSO,
		0,
		[
			_EBSE,
			_VT,
			_VS,
			_I,
			_T
		],
		[
			2,
			0,
			1,
			1,
			1
		]
	];
	var EBSOptionsStatus$ = [
		3,
		n0,
		_EBSOS,
		0,
		[_O, _S],
		[() => EBSOptions$, () => OptionStatus$],
		2
	];
	var ElasticsearchClusterConfig$ = [
		3,
		n0,
		_ECC,
		0,
		[
			_IT,
			_IC,
			_DME,
			_ZAE,
			_ZAC,
			_DMT,
			_DMC,
			_WE,
			_WT,
			_WC,
			_CSO
		],
		[
			0,
			1,
			2,
			2,
			() => ZoneAwarenessConfig$,
			0,
			1,
			2,
			0,
			1,
			() => ColdStorageOptions$
		]
	];
	var ElasticsearchClusterConfigStatus$ = [
		3,
		n0,
		_ECCS,
		0,
		[_O, _S],
		[() => ElasticsearchClusterConfig$, () => OptionStatus$],
		2
	];
	var ElasticsearchDomainConfig$ = [
		3,
		n0,
		_EDC,
		0,
		[
			_EV,
			_ECC,
			_EBSO,
			_APc,
			_SO,
			_VPCO,
			_CO,
			_EARO,
			_NTNEO,
			_AO,
			_LPO,
			_DEO,
			_ASO,
			_ATO,
			_CPD,
			_MP,
			_DSO,
			_ASPO,
			_UC,
			_EMn
		],
		[
			() => ElasticsearchVersionStatus$,
			() => ElasticsearchClusterConfigStatus$,
			() => EBSOptionsStatus$,
			() => AccessPoliciesStatus$,
			() => SnapshotOptionsStatus$,
			() => VPCDerivedInfoStatus$,
			() => CognitoOptionsStatus$,
			() => EncryptionAtRestOptionsStatus$,
			() => NodeToNodeEncryptionOptionsStatus$,
			() => AdvancedOptionsStatus$,
			() => LogPublishingOptionsStatus$,
			() => DomainEndpointOptionsStatus$,
			() => AdvancedSecurityOptionsStatus$,
			() => AutoTuneOptionsStatus$,
			() => ChangeProgressDetails$,
			() => ModifyingPropertiesList,
			() => DeploymentStrategyOptionsStatus$,
			() => AutomatedSnapshotPauseOptionsStatus$,
			() => UseCaseStatus$,
			() => EngineModeStatus$
		]
	];
	var ElasticsearchDomainStatus$ = [
		3,
		n0,
		_EDS,
		0,
		[
			_DIom,
			_DN,
			_ARN,
			_ECC,
			_C,
			_Del,
			_En,
			_End,
			_Pro,
			_UP,
			_EV,
			_EBSO,
			_APc,
			_SO,
			_VPCO,
			_CO,
			_EARO,
			_NTNEO,
			_AO,
			_LPO,
			_SSO,
			_DEO,
			_ASO,
			_ATO,
			_CPD,
			_DPSo,
			_MP,
			_DSO,
			_ASPO,
			_UC,
			_EMn
		],
		[
			0,
			0,
			0,
			() => ElasticsearchClusterConfig$,
			2,
			2,
			0,
			128,
			2,
			2,
			0,
			() => EBSOptions$,
			0,
			() => SnapshotOptions$,
			() => VPCDerivedInfo$,
			() => CognitoOptions$,
			() => EncryptionAtRestOptions$,
			() => NodeToNodeEncryptionOptions$,
			128,
			() => LogPublishingOptions,
			() => ServiceSoftwareOptions$,
			() => DomainEndpointOptions$,
			() => AdvancedSecurityOptions$,
			() => AutoTuneOptionsOutput$,
			() => ChangeProgressDetails$,
			0,
			() => ModifyingPropertiesList,
			() => DeploymentStrategyOptions$,
			() => AutomatedSnapshotPauseOptions$,
			0,
			0
		],
		4
	];
	var ElasticsearchVersionStatus$ = [
		3,
		n0,
		_EVS,
		0,
		[_O, _S],
		[0, () => OptionStatus$],
		2
	];
	var EncryptionAtRestOptions$ = [
		3,
		n0,
		_EARO,
		0,
		[_E, _KKI],
		[2, 0]
	];
	var EncryptionAtRestOptionsStatus$ = [
		3,
		n0,
		_EAROS,
		0,
		[_O, _S],
		[() => EncryptionAtRestOptions$, () => OptionStatus$],
		2
	];
	var EngineModeStatus$ = [
		3,
		n0,
		_EMS,
		0,
		[_O, _S],
		[0, () => OptionStatus$],
		2
	];
	var ErrorDetails$ = [
		3,
		n0,
		_ED,
		0,
		[_ETr, _EM],
		[0, 0]
	];
	var Filter$ = [
		3,
		n0,
		_Fi,
		0,
		[_N, _Va],
		[0, 64]
	];
	var GetCompatibleElasticsearchVersionsRequest$ = [
		3,
		n0,
		_GCEVR,
		0,
		[_DN],
		[[0, { [_hQ]: _dN }]]
	];
	var GetCompatibleElasticsearchVersionsResponse$ = [
		3,
		n0,
		_GCEVRe,
		0,
		[_CEV],
		[() => CompatibleElasticsearchVersionsList]
	];
	var GetPackageVersionHistoryRequest$ = [
		3,
		n0,
		_GPVHR,
		0,
		[
			_PID,
			_MR,
			_NT
		],
		[
			[0, 1],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var GetPackageVersionHistoryResponse$ = [
		3,
		n0,
		_GPVHRe,
		0,
		[
			_PID,
			_PVHL,
			_NT
		],
		[
			0,
			() => PackageVersionHistoryList,
			0
		]
	];
	var GetUpgradeHistoryRequest$ = [
		3,
		n0,
		_GUHR,
		0,
		[
			_DN,
			_MR,
			_NT
		],
		[
			[0, 1],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var GetUpgradeHistoryResponse$ = [
		3,
		n0,
		_GUHRe,
		0,
		[_UH, _NT],
		[() => UpgradeHistoryList, 0]
	];
	var GetUpgradeStatusRequest$ = [
		3,
		n0,
		_GUSR,
		0,
		[_DN],
		[[0, 1]],
		1
	];
	var GetUpgradeStatusResponse$ = [
		3,
		n0,
		_GUSRe,
		0,
		[
			_US,
			_SS,
			_UN
		],
		[
			0,
			0,
			0
		]
	];
	var InboundCrossClusterSearchConnection$ = [
		3,
		n0,
		_ICCSC,
		0,
		[
			_SDI,
			_DDI,
			_CCSCI,
			_CS
		],
		[
			() => DomainInformation$,
			() => DomainInformation$,
			0,
			() => InboundCrossClusterSearchConnectionStatus$
		]
	];
	var InboundCrossClusterSearchConnectionStatus$ = [
		3,
		n0,
		_ICCSCS,
		0,
		[_SC, _M],
		[0, 0]
	];
	var InstanceCountLimits$ = [
		3,
		n0,
		_ICL,
		0,
		[_MIC, _MICa],
		[1, 1]
	];
	var InstanceLimits$ = [
		3,
		n0,
		_IL,
		0,
		[_ICL],
		[() => InstanceCountLimits$]
	];
	var Limits$ = [
		3,
		n0,
		_L,
		0,
		[
			_STt,
			_IL,
			_ALd
		],
		[
			() => StorageTypeList,
			() => InstanceLimits$,
			() => AdditionalLimitList
		]
	];
	var ListDomainNamesRequest$ = [
		3,
		n0,
		_LDNR,
		0,
		[_ETn],
		[[0, { [_hQ]: _eT }]]
	];
	var ListDomainNamesResponse$ = [
		3,
		n0,
		_LDNRi,
		0,
		[_DNo],
		[() => DomainInfoList]
	];
	var ListDomainsForPackageRequest$ = [
		3,
		n0,
		_LDFPR,
		0,
		[
			_PID,
			_MR,
			_NT
		],
		[
			[0, 1],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var ListDomainsForPackageResponse$ = [
		3,
		n0,
		_LDFPRi,
		0,
		[_DPDL, _NT],
		[() => DomainPackageDetailsList, 0]
	];
	var ListElasticsearchInstanceTypesRequest$ = [
		3,
		n0,
		_LEITR,
		0,
		[
			_EV,
			_DN,
			_MR,
			_NT
		],
		[
			[0, 1],
			[0, { [_hQ]: _dN }],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var ListElasticsearchInstanceTypesResponse$ = [
		3,
		n0,
		_LEITRi,
		0,
		[_EIT, _NT],
		[64, 0]
	];
	var ListElasticsearchVersionsRequest$ = [
		3,
		n0,
		_LEVR,
		0,
		[_MR, _NT],
		[[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
	];
	var ListElasticsearchVersionsResponse$ = [
		3,
		n0,
		_LEVRi,
		0,
		[_EVl, _NT],
		[64, 0]
	];
	var ListPackagesForDomainRequest$ = [
		3,
		n0,
		_LPFDR,
		0,
		[
			_DN,
			_MR,
			_NT
		],
		[
			[0, 1],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var ListPackagesForDomainResponse$ = [
		3,
		n0,
		_LPFDRi,
		0,
		[_DPDL, _NT],
		[() => DomainPackageDetailsList, 0]
	];
	var ListTagsRequest$ = [
		3,
		n0,
		_LTR,
		0,
		[_ARN],
		[[0, { [_hQ]: _a }]],
		1
	];
	var ListTagsResponse$ = [
		3,
		n0,
		_LTRi,
		0,
		[_TL],
		[() => TagList]
	];
	var ListVpcEndpointAccessRequest$ = [
		3,
		n0,
		_LVEAR,
		0,
		[_DN, _NT],
		[[0, 1], [0, { [_hQ]: _nT }]],
		1
	];
	var ListVpcEndpointAccessResponse$ = [
		3,
		n0,
		_LVEARi,
		0,
		[_APL, _NT],
		[() => AuthorizedPrincipalList, 0],
		2
	];
	var ListVpcEndpointsForDomainRequest$ = [
		3,
		n0,
		_LVEFDR,
		0,
		[_DN, _NT],
		[[0, 1], [0, { [_hQ]: _nT }]],
		1
	];
	var ListVpcEndpointsForDomainResponse$ = [
		3,
		n0,
		_LVEFDRi,
		0,
		[_VESL, _NT],
		[() => VpcEndpointSummaryList, 0],
		2
	];
	var ListVpcEndpointsRequest$ = [
		3,
		n0,
		_LVER,
		0,
		[_NT],
		[[0, { [_hQ]: _nT }]]
	];
	var ListVpcEndpointsResponse$ = [
		3,
		n0,
		_LVERi,
		0,
		[_VESL, _NT],
		[() => VpcEndpointSummaryList, 0],
		2
	];
	var LogPublishingOption$ = [
		3,
		n0,
		_LPOo,
		0,
		[_CWLLGA, _E],
		[0, 2]
	];
	var LogPublishingOptionsStatus$ = [
		3,
		n0,
		_LPOS,
		0,
		[_O, _S],
		[() => LogPublishingOptions, () => OptionStatus$]
	];
	var MasterUserOptions$ = [
		3,
		n0,
		_MUO,
		0,
		[
			_MUARN,
			_MUN,
			_MUP
		],
		[
			0,
			[() => Username, 0],
			[() => Password, 0]
		]
	];
	var ModifyingProperties$ = [
		3,
		n0,
		_MP,
		0,
		[
			_N,
			_AV,
			_PVe,
			_VTa
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var NodeToNodeEncryptionOptions$ = [
		3,
		n0,
		_NTNEO,
		0,
		[_E],
		[2]
	];
	var NodeToNodeEncryptionOptionsStatus$ = [
		3,
		n0,
		_NTNEOS,
		0,
		[_O, _S],
		[() => NodeToNodeEncryptionOptions$, () => OptionStatus$],
		2
	];
	var OptionStatus$ = [
		3,
		n0,
		_OS,
		0,
		[
			_CD,
			_UD,
			_St,
			_UV,
			_PD
		],
		[
			4,
			4,
			0,
			1,
			2
		],
		3
	];
	var OutboundCrossClusterSearchConnection$ = [
		3,
		n0,
		_OCCSC,
		0,
		[
			_SDI,
			_DDI,
			_CCSCI,
			_CA,
			_CS
		],
		[
			() => DomainInformation$,
			() => DomainInformation$,
			0,
			0,
			() => OutboundCrossClusterSearchConnectionStatus$
		]
	];
	var OutboundCrossClusterSearchConnectionStatus$ = [
		3,
		n0,
		_OCCSCS,
		0,
		[_SC, _M],
		[0, 0]
	];
	var PackageDetails$ = [
		3,
		n0,
		_PDac,
		0,
		[
			_PID,
			_PNa,
			_PTa,
			_PDa,
			_PSa,
			_CAr,
			_LUA,
			_APV,
			_ED
		],
		[
			0,
			0,
			0,
			0,
			0,
			4,
			4,
			0,
			() => ErrorDetails$
		]
	];
	var PackageSource$ = [
		3,
		n0,
		_PS,
		0,
		[_SBN, _SK],
		[0, 0]
	];
	var PackageVersionHistory$ = [
		3,
		n0,
		_PVH,
		0,
		[
			_PV,
			_CM,
			_CAr
		],
		[
			0,
			0,
			4
		]
	];
	var PurchaseReservedElasticsearchInstanceOfferingRequest$ = [
		3,
		n0,
		_PREIOR,
		0,
		[
			_REIOI,
			_RN,
			_IC
		],
		[
			0,
			0,
			1
		],
		2
	];
	var PurchaseReservedElasticsearchInstanceOfferingResponse$ = [
		3,
		n0,
		_PREIORu,
		0,
		[_REII, _RN],
		[0, 0]
	];
	var RecurringCharge$ = [
		3,
		n0,
		_RC,
		0,
		[_RCA, _RCF],
		[1, 0]
	];
	var RejectInboundCrossClusterSearchConnectionRequest$ = [
		3,
		n0,
		_RICCSCR,
		0,
		[_CCSCI],
		[[0, 1]],
		1
	];
	var RejectInboundCrossClusterSearchConnectionResponse$ = [
		3,
		n0,
		_RICCSCRe,
		0,
		[_CCSC],
		[() => InboundCrossClusterSearchConnection$]
	];
	var RemoveTagsRequest$ = [
		3,
		n0,
		_RTR,
		0,
		[_ARN, _TK],
		[0, 64],
		2
	];
	var ReservedElasticsearchInstance$ = [
		3,
		n0,
		_REIe,
		0,
		[
			_RN,
			_REII,
			_REIOI,
			_EITl,
			_ST,
			_D,
			_FP,
			_UPs,
			_CC,
			_EIC,
			_St,
			_PO,
			_RCe
		],
		[
			0,
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
			[() => RecurringChargeList, 0]
		]
	];
	var ReservedElasticsearchInstanceOffering$ = [
		3,
		n0,
		_REIOe,
		0,
		[
			_REIOI,
			_EITl,
			_D,
			_FP,
			_UPs,
			_CC,
			_PO,
			_RCe
		],
		[
			0,
			0,
			1,
			1,
			1,
			0,
			0,
			[() => RecurringChargeList, 0]
		]
	];
	var RevokeVpcEndpointAccessRequest$ = [
		3,
		n0,
		_RVEAR,
		0,
		[_DN, _A],
		[[0, 1], 0],
		2
	];
	var RevokeVpcEndpointAccessResponse$ = [
		3,
		n0,
		_RVEARe,
		0,
		[],
		[]
	];
	var SAMLIdp$ = [
		3,
		n0,
		_SAMLI,
		0,
		[_MC, _EI],
		[0, 0],
		2
	];
	var SAMLOptionsInput$ = [
		3,
		n0,
		_SAMLOI,
		0,
		[
			_E,
			_Id,
			_MUN,
			_MBR,
			_SKu,
			_RK,
			_STM
		],
		[
			2,
			() => SAMLIdp$,
			[() => Username, 0],
			0,
			0,
			0,
			1
		]
	];
	var SAMLOptionsOutput$ = [
		3,
		n0,
		_SAMLOO,
		0,
		[
			_E,
			_Id,
			_SKu,
			_RK,
			_STM
		],
		[
			2,
			() => SAMLIdp$,
			0,
			0,
			1
		]
	];
	var ScheduledAutoTuneDetails$ = [
		3,
		n0,
		_SATD,
		0,
		[
			_Da,
			_ATc,
			_Ac,
			_Se
		],
		[
			4,
			0,
			0,
			0
		]
	];
	var ServiceSoftwareOptions$ = [
		3,
		n0,
		_SSO,
		0,
		[
			_CVu,
			_NV,
			_UA,
			_Ca,
			_USp,
			_De,
			_AUD,
			_OD
		],
		[
			0,
			0,
			2,
			2,
			0,
			0,
			4,
			2
		]
	];
	var SnapshotOptions$ = [
		3,
		n0,
		_SO,
		0,
		[_ASSH],
		[1]
	];
	var SnapshotOptionsStatus$ = [
		3,
		n0,
		_SOS,
		0,
		[_O, _S],
		[() => SnapshotOptions$, () => OptionStatus$],
		2
	];
	var StartElasticsearchServiceSoftwareUpdateRequest$ = [
		3,
		n0,
		_SESSUR,
		0,
		[_DN],
		[0],
		1
	];
	var StartElasticsearchServiceSoftwareUpdateResponse$ = [
		3,
		n0,
		_SESSURt,
		0,
		[_SSO],
		[() => ServiceSoftwareOptions$]
	];
	var StorageType$ = [
		3,
		n0,
		_STto,
		0,
		[
			_STN,
			_SSTN,
			_STL
		],
		[
			0,
			0,
			() => StorageTypeLimitList
		]
	];
	var StorageTypeLimit$ = [
		3,
		n0,
		_STLt,
		0,
		[_LN, _LV],
		[0, 64]
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
	var UpdateElasticsearchDomainConfigRequest$ = [
		3,
		n0,
		_UEDCR,
		0,
		[
			_DN,
			_ECC,
			_EBSO,
			_SO,
			_VPCO,
			_CO,
			_AO,
			_APc,
			_LPO,
			_DEO,
			_ASO,
			_NTNEO,
			_EARO,
			_ATO,
			_DR,
			_DSO,
			_ASPO,
			_UC,
			_EMn
		],
		[
			[0, 1],
			() => ElasticsearchClusterConfig$,
			() => EBSOptions$,
			() => SnapshotOptions$,
			() => VPCOptions$,
			() => CognitoOptions$,
			128,
			0,
			() => LogPublishingOptions,
			() => DomainEndpointOptions$,
			[() => AdvancedSecurityOptionsInput$, 0],
			() => NodeToNodeEncryptionOptions$,
			() => EncryptionAtRestOptions$,
			() => AutoTuneOptions$,
			2,
			() => DeploymentStrategyOptions$,
			() => AutomatedSnapshotPauseRequestOptions$,
			0,
			0
		],
		1
	];
	var UpdateElasticsearchDomainConfigResponse$ = [
		3,
		n0,
		_UEDCRp,
		0,
		[_DC, _DRR],
		[() => ElasticsearchDomainConfig$, () => DryRunResults$],
		1
	];
	var UpdatePackageRequest$ = [
		3,
		n0,
		_UPR,
		0,
		[
			_PID,
			_PS,
			_PDa,
			_CM
		],
		[
			0,
			() => PackageSource$,
			0,
			0
		],
		2
	];
	var UpdatePackageResponse$ = [
		3,
		n0,
		_UPRp,
		0,
		[_PDac],
		[() => PackageDetails$]
	];
	var UpdateVpcEndpointRequest$ = [
		3,
		n0,
		_UVER,
		0,
		[_VEI, _VO],
		[0, () => VPCOptions$],
		2
	];
	var UpdateVpcEndpointResponse$ = [
		3,
		n0,
		_UVERp,
		0,
		[_VEp],
		[() => VpcEndpoint$],
		1
	];
	var UpgradeElasticsearchDomainRequest$ = [
		3,
		n0,
		_UEDR,
		0,
		[
			_DN,
			_TVa,
			_PCO
		],
		[
			0,
			0,
			2
		],
		2
	];
	var UpgradeElasticsearchDomainResponse$ = [
		3,
		n0,
		_UEDRp,
		0,
		[
			_DN,
			_TVa,
			_PCO,
			_CPD
		],
		[
			0,
			0,
			2,
			() => ChangeProgressDetails$
		]
	];
	var UpgradeHistory$ = [
		3,
		n0,
		_UHp,
		0,
		[
			_UN,
			_STta,
			_USpg,
			_SL
		],
		[
			0,
			4,
			0,
			() => UpgradeStepsList
		]
	];
	var UpgradeStepItem$ = [
		3,
		n0,
		_USI,
		0,
		[
			_US,
			_USS,
			_Is,
			_PPr
		],
		[
			0,
			0,
			64,
			1
		]
	];
	var UseCaseStatus$ = [
		3,
		n0,
		_UCS,
		0,
		[_O, _S],
		[0, () => OptionStatus$],
		2
	];
	var VPCDerivedInfo$ = [
		3,
		n0,
		_VPCDI,
		0,
		[
			_VPCI,
			_SI,
			_AZ,
			_SGI
		],
		[
			0,
			64,
			64,
			64
		]
	];
	var VPCDerivedInfoStatus$ = [
		3,
		n0,
		_VPCDIS,
		0,
		[_O, _S],
		[() => VPCDerivedInfo$, () => OptionStatus$],
		2
	];
	var VpcEndpoint$ = [
		3,
		n0,
		_VEp,
		0,
		[
			_VEI,
			_VEO,
			_DA,
			_VO,
			_S,
			_En
		],
		[
			0,
			0,
			0,
			() => VPCDerivedInfo$,
			0,
			0
		]
	];
	var VpcEndpointError$ = [
		3,
		n0,
		_VEEp,
		0,
		[
			_VEI,
			_EC,
			_EM
		],
		[
			0,
			0,
			0
		]
	];
	var VpcEndpointSummary$ = [
		3,
		n0,
		_VES,
		0,
		[
			_VEI,
			_VEO,
			_DA,
			_S
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var VPCOptions$ = [
		3,
		n0,
		_VPCO,
		0,
		[_SI, _SGI],
		[64, 64]
	];
	var ZoneAwarenessConfig$ = [
		3,
		n0,
		_ZAC,
		0,
		[_AZC],
		[1]
	];
	var __Unit = "unit";
	var AdditionalLimitList = [
		1,
		n0,
		_ALL,
		0,
		() => AdditionalLimit$
	];
	var AuthorizedPrincipalList = [
		1,
		n0,
		_APL,
		0,
		() => AuthorizedPrincipal$
	];
	var AutoTuneList = [
		1,
		n0,
		_ATL,
		0,
		() => AutoTune$
	];
	var AutoTuneMaintenanceScheduleList = [
		1,
		n0,
		_ATMSL,
		0,
		() => AutoTuneMaintenanceSchedule$
	];
	var CancelledChangePropertyList = [
		1,
		n0,
		_CCPL,
		0,
		() => CancelledChangeProperty$
	];
	var ChangeProgressStageList = [
		1,
		n0,
		_CPSL,
		0,
		() => ChangeProgressStage$
	];
	var CompatibleElasticsearchVersionsList = [
		1,
		n0,
		_CEVL,
		0,
		() => CompatibleVersionsMap$
	];
	var DescribePackagesFilterList = [
		1,
		n0,
		_DPFL,
		0,
		() => DescribePackagesFilter$
	];
	var DomainInfoList = [
		1,
		n0,
		_DIL,
		0,
		() => DomainInfo$
	];
	var DomainPackageDetailsList = [
		1,
		n0,
		_DPDL,
		0,
		() => DomainPackageDetails$
	];
	var ElasticsearchDomainStatusList = [
		1,
		n0,
		_EDSL,
		0,
		() => ElasticsearchDomainStatus$
	];
	var FilterList = [
		1,
		n0,
		_FL,
		0,
		() => Filter$
	];
	var InboundCrossClusterSearchConnections = [
		1,
		n0,
		_ICCSCn,
		0,
		() => InboundCrossClusterSearchConnection$
	];
	var ModifyingPropertiesList = [
		1,
		n0,
		_MPL,
		0,
		() => ModifyingProperties$
	];
	var OutboundCrossClusterSearchConnections = [
		1,
		n0,
		_OCCSCu,
		0,
		() => OutboundCrossClusterSearchConnection$
	];
	var PackageDetailsList = [
		1,
		n0,
		_PDL,
		0,
		() => PackageDetails$
	];
	var PackageVersionHistoryList = [
		1,
		n0,
		_PVHL,
		0,
		() => PackageVersionHistory$
	];
	var RecurringChargeList = [
		1,
		n0,
		_RCL,
		0,
		[() => RecurringCharge$, { [_xN]: _RC }]
	];
	var ReservedElasticsearchInstanceList = [
		1,
		n0,
		_REIL,
		0,
		[() => ReservedElasticsearchInstance$, 0]
	];
	var ReservedElasticsearchInstanceOfferingList = [
		1,
		n0,
		_REIOL,
		0,
		[() => ReservedElasticsearchInstanceOffering$, { [_xN]: _REIOe }]
	];
	var StorageTypeLimitList = [
		1,
		n0,
		_STLL,
		0,
		() => StorageTypeLimit$
	];
	var StorageTypeList = [
		1,
		n0,
		_STLto,
		0,
		() => StorageType$
	];
	var TagList = [
		1,
		n0,
		_TL,
		0,
		() => Tag$
	];
	var UpgradeHistoryList = [
		1,
		n0,
		_UHL,
		0,
		() => UpgradeHistory$
	];
	var UpgradeStepsList = [
		1,
		n0,
		_USL,
		0,
		() => UpgradeStepItem$
	];
	var VpcEndpointErrorList = [
		1,
		n0,
		_VEEL,
		0,
		() => VpcEndpointError$
	];
	var VpcEndpoints = [
		1,
		n0,
		_VEpc,
		0,
		() => VpcEndpoint$
	];
	var VpcEndpointSummaryList = [
		1,
		n0,
		_VESL,
		0,
		() => VpcEndpointSummary$
	];
	var LimitsByRole = [
		2,
		n0,
		_LBR,
		0,
		0,
		() => Limits$
	];
	var LogPublishingOptions = [
		2,
		n0,
		_LPO,
		0,
		0,
		() => LogPublishingOption$
	];
	var AcceptInboundCrossClusterSearchConnection$ = [
		9,
		n0,
		_AICCSC,
		{ [_h]: [
			"PUT",
			"/2015-01-01/es/ccs/inboundConnection/{CrossClusterSearchConnectionId}/accept",
			200
		] },
		() => AcceptInboundCrossClusterSearchConnectionRequest$,
		() => AcceptInboundCrossClusterSearchConnectionResponse$
	];
	var AddTags$ = [
		9,
		n0,
		_ATd,
		{ [_h]: [
			"POST",
			"/2015-01-01/tags",
			200
		] },
		() => AddTagsRequest$,
		() => __Unit
	];
	var AssociatePackage$ = [
		9,
		n0,
		_APs,
		{ [_h]: [
			"POST",
			"/2015-01-01/packages/associate/{PackageID}/{DomainName}",
			200
		] },
		() => AssociatePackageRequest$,
		() => AssociatePackageResponse$
	];
	var AuthorizeVpcEndpointAccess$ = [
		9,
		n0,
		_AVEA,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/domain/{DomainName}/authorizeVpcEndpointAccess",
			200
		] },
		() => AuthorizeVpcEndpointAccessRequest$,
		() => AuthorizeVpcEndpointAccessResponse$
	];
	var CancelDomainConfigChange$ = [
		9,
		n0,
		_CDCC,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/domain/{DomainName}/config/cancel",
			200
		] },
		() => CancelDomainConfigChangeRequest$,
		() => CancelDomainConfigChangeResponse$
	];
	var CancelElasticsearchServiceSoftwareUpdate$ = [
		9,
		n0,
		_CESSU,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/serviceSoftwareUpdate/cancel",
			200
		] },
		() => CancelElasticsearchServiceSoftwareUpdateRequest$,
		() => CancelElasticsearchServiceSoftwareUpdateResponse$
	];
	var CreateElasticsearchDomain$ = [
		9,
		n0,
		_CED,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/domain",
			200
		] },
		() => CreateElasticsearchDomainRequest$,
		() => CreateElasticsearchDomainResponse$
	];
	var CreateOutboundCrossClusterSearchConnection$ = [
		9,
		n0,
		_COCCSC,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/ccs/outboundConnection",
			200
		] },
		() => CreateOutboundCrossClusterSearchConnectionRequest$,
		() => CreateOutboundCrossClusterSearchConnectionResponse$
	];
	var CreatePackage$ = [
		9,
		n0,
		_CPr,
		{ [_h]: [
			"POST",
			"/2015-01-01/packages",
			200
		] },
		() => CreatePackageRequest$,
		() => CreatePackageResponse$
	];
	var CreateVpcEndpoint$ = [
		9,
		n0,
		_CVE,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/vpcEndpoints",
			200
		] },
		() => CreateVpcEndpointRequest$,
		() => CreateVpcEndpointResponse$
	];
	var DeleteElasticsearchDomain$ = [
		9,
		n0,
		_DED,
		{ [_h]: [
			"DELETE",
			"/2015-01-01/es/domain/{DomainName}",
			200
		] },
		() => DeleteElasticsearchDomainRequest$,
		() => DeleteElasticsearchDomainResponse$
	];
	var DeleteElasticsearchServiceRole$ = [
		9,
		n0,
		_DESR,
		{ [_h]: [
			"DELETE",
			"/2015-01-01/es/role",
			200
		] },
		() => __Unit,
		() => __Unit
	];
	var DeleteInboundCrossClusterSearchConnection$ = [
		9,
		n0,
		_DICCSC,
		{ [_h]: [
			"DELETE",
			"/2015-01-01/es/ccs/inboundConnection/{CrossClusterSearchConnectionId}",
			200
		] },
		() => DeleteInboundCrossClusterSearchConnectionRequest$,
		() => DeleteInboundCrossClusterSearchConnectionResponse$
	];
	var DeleteOutboundCrossClusterSearchConnection$ = [
		9,
		n0,
		_DOCCSC,
		{ [_h]: [
			"DELETE",
			"/2015-01-01/es/ccs/outboundConnection/{CrossClusterSearchConnectionId}",
			200
		] },
		() => DeleteOutboundCrossClusterSearchConnectionRequest$,
		() => DeleteOutboundCrossClusterSearchConnectionResponse$
	];
	var DeletePackage$ = [
		9,
		n0,
		_DP,
		{ [_h]: [
			"DELETE",
			"/2015-01-01/packages/{PackageID}",
			200
		] },
		() => DeletePackageRequest$,
		() => DeletePackageResponse$
	];
	var DeleteVpcEndpoint$ = [
		9,
		n0,
		_DVE,
		{ [_h]: [
			"DELETE",
			"/2015-01-01/es/vpcEndpoints/{VpcEndpointId}",
			200
		] },
		() => DeleteVpcEndpointRequest$,
		() => DeleteVpcEndpointResponse$
	];
	var DescribeDomainAutoTunes$ = [
		9,
		n0,
		_DDAT,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/domain/{DomainName}/autoTunes",
			200
		] },
		() => DescribeDomainAutoTunesRequest$,
		() => DescribeDomainAutoTunesResponse$
	];
	var DescribeDomainChangeProgress$ = [
		9,
		n0,
		_DDCP,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/domain/{DomainName}/progress",
			200
		] },
		() => DescribeDomainChangeProgressRequest$,
		() => DescribeDomainChangeProgressResponse$
	];
	var DescribeElasticsearchDomain$ = [
		9,
		n0,
		_DEDe,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/domain/{DomainName}",
			200
		] },
		() => DescribeElasticsearchDomainRequest$,
		() => DescribeElasticsearchDomainResponse$
	];
	var DescribeElasticsearchDomainConfig$ = [
		9,
		n0,
		_DEDC,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/domain/{DomainName}/config",
			200
		] },
		() => DescribeElasticsearchDomainConfigRequest$,
		() => DescribeElasticsearchDomainConfigResponse$
	];
	var DescribeElasticsearchDomains$ = [
		9,
		n0,
		_DEDes,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/domain-info",
			200
		] },
		() => DescribeElasticsearchDomainsRequest$,
		() => DescribeElasticsearchDomainsResponse$
	];
	var DescribeElasticsearchInstanceTypeLimits$ = [
		9,
		n0,
		_DEITL,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/instanceTypeLimits/{ElasticsearchVersion}/{InstanceType}",
			200
		] },
		() => DescribeElasticsearchInstanceTypeLimitsRequest$,
		() => DescribeElasticsearchInstanceTypeLimitsResponse$
	];
	var DescribeInboundCrossClusterSearchConnections$ = [
		9,
		n0,
		_DICCSCe,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/ccs/inboundConnection/search",
			200
		] },
		() => DescribeInboundCrossClusterSearchConnectionsRequest$,
		() => DescribeInboundCrossClusterSearchConnectionsResponse$
	];
	var DescribeOutboundCrossClusterSearchConnections$ = [
		9,
		n0,
		_DOCCSCe,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/ccs/outboundConnection/search",
			200
		] },
		() => DescribeOutboundCrossClusterSearchConnectionsRequest$,
		() => DescribeOutboundCrossClusterSearchConnectionsResponse$
	];
	var DescribePackages$ = [
		9,
		n0,
		_DPe,
		{ [_h]: [
			"POST",
			"/2015-01-01/packages/describe",
			200
		] },
		() => DescribePackagesRequest$,
		() => DescribePackagesResponse$
	];
	var DescribeReservedElasticsearchInstanceOfferings$ = [
		9,
		n0,
		_DREIO,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/reservedInstanceOfferings",
			200
		] },
		() => DescribeReservedElasticsearchInstanceOfferingsRequest$,
		() => DescribeReservedElasticsearchInstanceOfferingsResponse$
	];
	var DescribeReservedElasticsearchInstances$ = [
		9,
		n0,
		_DREI,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/reservedInstances",
			200
		] },
		() => DescribeReservedElasticsearchInstancesRequest$,
		() => DescribeReservedElasticsearchInstancesResponse$
	];
	var DescribeVpcEndpoints$ = [
		9,
		n0,
		_DVEe,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/vpcEndpoints/describe",
			200
		] },
		() => DescribeVpcEndpointsRequest$,
		() => DescribeVpcEndpointsResponse$
	];
	var DissociatePackage$ = [
		9,
		n0,
		_DPi,
		{ [_h]: [
			"POST",
			"/2015-01-01/packages/dissociate/{PackageID}/{DomainName}",
			200
		] },
		() => DissociatePackageRequest$,
		() => DissociatePackageResponse$
	];
	var GetCompatibleElasticsearchVersions$ = [
		9,
		n0,
		_GCEV,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/compatibleVersions",
			200
		] },
		() => GetCompatibleElasticsearchVersionsRequest$,
		() => GetCompatibleElasticsearchVersionsResponse$
	];
	var GetPackageVersionHistory$ = [
		9,
		n0,
		_GPVH,
		{ [_h]: [
			"GET",
			"/2015-01-01/packages/{PackageID}/history",
			200
		] },
		() => GetPackageVersionHistoryRequest$,
		() => GetPackageVersionHistoryResponse$
	];
	var GetUpgradeHistory$ = [
		9,
		n0,
		_GUH,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/upgradeDomain/{DomainName}/history",
			200
		] },
		() => GetUpgradeHistoryRequest$,
		() => GetUpgradeHistoryResponse$
	];
	var GetUpgradeStatus$ = [
		9,
		n0,
		_GUS,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/upgradeDomain/{DomainName}/status",
			200
		] },
		() => GetUpgradeStatusRequest$,
		() => GetUpgradeStatusResponse$
	];
	var ListDomainNames$ = [
		9,
		n0,
		_LDN,
		{ [_h]: [
			"GET",
			"/2015-01-01/domain",
			200
		] },
		() => ListDomainNamesRequest$,
		() => ListDomainNamesResponse$
	];
	var ListDomainsForPackage$ = [
		9,
		n0,
		_LDFP,
		{ [_h]: [
			"GET",
			"/2015-01-01/packages/{PackageID}/domains",
			200
		] },
		() => ListDomainsForPackageRequest$,
		() => ListDomainsForPackageResponse$
	];
	var ListElasticsearchInstanceTypes$ = [
		9,
		n0,
		_LEIT,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/instanceTypes/{ElasticsearchVersion}",
			200
		] },
		() => ListElasticsearchInstanceTypesRequest$,
		() => ListElasticsearchInstanceTypesResponse$
	];
	var ListElasticsearchVersions$ = [
		9,
		n0,
		_LEV,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/versions",
			200
		] },
		() => ListElasticsearchVersionsRequest$,
		() => ListElasticsearchVersionsResponse$
	];
	var ListPackagesForDomain$ = [
		9,
		n0,
		_LPFD,
		{ [_h]: [
			"GET",
			"/2015-01-01/domain/{DomainName}/packages",
			200
		] },
		() => ListPackagesForDomainRequest$,
		() => ListPackagesForDomainResponse$
	];
	var ListTags$ = [
		9,
		n0,
		_LT,
		{ [_h]: [
			"GET",
			"/2015-01-01/tags",
			200
		] },
		() => ListTagsRequest$,
		() => ListTagsResponse$
	];
	var ListVpcEndpointAccess$ = [
		9,
		n0,
		_LVEA,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/domain/{DomainName}/listVpcEndpointAccess",
			200
		] },
		() => ListVpcEndpointAccessRequest$,
		() => ListVpcEndpointAccessResponse$
	];
	var ListVpcEndpoints$ = [
		9,
		n0,
		_LVE,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/vpcEndpoints",
			200
		] },
		() => ListVpcEndpointsRequest$,
		() => ListVpcEndpointsResponse$
	];
	var ListVpcEndpointsForDomain$ = [
		9,
		n0,
		_LVEFD,
		{ [_h]: [
			"GET",
			"/2015-01-01/es/domain/{DomainName}/vpcEndpoints",
			200
		] },
		() => ListVpcEndpointsForDomainRequest$,
		() => ListVpcEndpointsForDomainResponse$
	];
	var PurchaseReservedElasticsearchInstanceOffering$ = [
		9,
		n0,
		_PREIO,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/purchaseReservedInstanceOffering",
			200
		] },
		() => PurchaseReservedElasticsearchInstanceOfferingRequest$,
		() => PurchaseReservedElasticsearchInstanceOfferingResponse$
	];
	var RejectInboundCrossClusterSearchConnection$ = [
		9,
		n0,
		_RICCSC,
		{ [_h]: [
			"PUT",
			"/2015-01-01/es/ccs/inboundConnection/{CrossClusterSearchConnectionId}/reject",
			200
		] },
		() => RejectInboundCrossClusterSearchConnectionRequest$,
		() => RejectInboundCrossClusterSearchConnectionResponse$
	];
	var RemoveTags$ = [
		9,
		n0,
		_RT,
		{ [_h]: [
			"POST",
			"/2015-01-01/tags-removal",
			200
		] },
		() => RemoveTagsRequest$,
		() => __Unit
	];
	var RevokeVpcEndpointAccess$ = [
		9,
		n0,
		_RVEA,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/domain/{DomainName}/revokeVpcEndpointAccess",
			200
		] },
		() => RevokeVpcEndpointAccessRequest$,
		() => RevokeVpcEndpointAccessResponse$
	];
	var StartElasticsearchServiceSoftwareUpdate$ = [
		9,
		n0,
		_SESSU,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/serviceSoftwareUpdate/start",
			200
		] },
		() => StartElasticsearchServiceSoftwareUpdateRequest$,
		() => StartElasticsearchServiceSoftwareUpdateResponse$
	];
	var UpdateElasticsearchDomainConfig$ = [
		9,
		n0,
		_UEDC,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/domain/{DomainName}/config",
			200
		] },
		() => UpdateElasticsearchDomainConfigRequest$,
		() => UpdateElasticsearchDomainConfigResponse$
	];
	var UpdatePackage$ = [
		9,
		n0,
		_UPp,
		{ [_h]: [
			"POST",
			"/2015-01-01/packages/update",
			200
		] },
		() => UpdatePackageRequest$,
		() => UpdatePackageResponse$
	];
	var UpdateVpcEndpoint$ = [
		9,
		n0,
		_UVE,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/vpcEndpoints/update",
			200
		] },
		() => UpdateVpcEndpointRequest$,
		() => UpdateVpcEndpointResponse$
	];
	var UpgradeElasticsearchDomain$ = [
		9,
		n0,
		_UED,
		{ [_h]: [
			"POST",
			"/2015-01-01/es/upgradeDomain",
			200
		] },
		() => UpgradeElasticsearchDomainRequest$,
		() => UpgradeElasticsearchDomainResponse$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2015-01-01",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultElasticsearchServiceHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsRestJsonProtocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.elasticsearchservice",
				errorTypeRegistries,
				xmlNamespace: "http://es.amazonaws.com/doc/2015-01-01/",
				version: "2015-01-01",
				serviceTarget: "AmazonElasticsearchService2015"
			},
			serviceId: config?.serviceId ?? "Elasticsearch Service",
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
	var ElasticsearchServiceClient = class extends Client {
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
				httpAuthSchemeParametersProvider: defaultElasticsearchServiceHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "AmazonElasticsearchService2015", "ElasticsearchServiceClient", getEndpointPlugin);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	var AcceptInboundCrossClusterSearchConnectionCommand = class extends command(_ep0, _mw0, "AcceptInboundCrossClusterSearchConnection", AcceptInboundCrossClusterSearchConnection$) {};
	var AddTagsCommand = class extends command(_ep0, _mw0, "AddTags", AddTags$) {};
	var AssociatePackageCommand = class extends command(_ep0, _mw0, "AssociatePackage", AssociatePackage$) {};
	var AuthorizeVpcEndpointAccessCommand = class extends command(_ep0, _mw0, "AuthorizeVpcEndpointAccess", AuthorizeVpcEndpointAccess$) {};
	var CancelDomainConfigChangeCommand = class extends command(_ep0, _mw0, "CancelDomainConfigChange", CancelDomainConfigChange$) {};
	var CancelElasticsearchServiceSoftwareUpdateCommand = class extends command(_ep0, _mw0, "CancelElasticsearchServiceSoftwareUpdate", CancelElasticsearchServiceSoftwareUpdate$) {};
	var CreateElasticsearchDomainCommand = class extends command(_ep0, _mw0, "CreateElasticsearchDomain", CreateElasticsearchDomain$) {};
	var CreateOutboundCrossClusterSearchConnectionCommand = class extends command(_ep0, _mw0, "CreateOutboundCrossClusterSearchConnection", CreateOutboundCrossClusterSearchConnection$) {};
	var CreatePackageCommand = class extends command(_ep0, _mw0, "CreatePackage", CreatePackage$) {};
	var CreateVpcEndpointCommand = class extends command(_ep0, _mw0, "CreateVpcEndpoint", CreateVpcEndpoint$) {};
	var DeleteElasticsearchDomainCommand = class extends command(_ep0, _mw0, "DeleteElasticsearchDomain", DeleteElasticsearchDomain$) {};
	var DeleteElasticsearchServiceRoleCommand = class extends command(_ep0, _mw0, "DeleteElasticsearchServiceRole", DeleteElasticsearchServiceRole$) {};
	var DeleteInboundCrossClusterSearchConnectionCommand = class extends command(_ep0, _mw0, "DeleteInboundCrossClusterSearchConnection", DeleteInboundCrossClusterSearchConnection$) {};
	var DeleteOutboundCrossClusterSearchConnectionCommand = class extends command(_ep0, _mw0, "DeleteOutboundCrossClusterSearchConnection", DeleteOutboundCrossClusterSearchConnection$) {};
	var DeletePackageCommand = class extends command(_ep0, _mw0, "DeletePackage", DeletePackage$) {};
	var DeleteVpcEndpointCommand = class extends command(_ep0, _mw0, "DeleteVpcEndpoint", DeleteVpcEndpoint$) {};
	var DescribeDomainAutoTunesCommand = class extends command(_ep0, _mw0, "DescribeDomainAutoTunes", DescribeDomainAutoTunes$) {};
	var DescribeDomainChangeProgressCommand = class extends command(_ep0, _mw0, "DescribeDomainChangeProgress", DescribeDomainChangeProgress$) {};
	var DescribeElasticsearchDomainCommand = class extends command(_ep0, _mw0, "DescribeElasticsearchDomain", DescribeElasticsearchDomain$) {};
	var DescribeElasticsearchDomainConfigCommand = class extends command(_ep0, _mw0, "DescribeElasticsearchDomainConfig", DescribeElasticsearchDomainConfig$) {};
	var DescribeElasticsearchDomainsCommand = class extends command(_ep0, _mw0, "DescribeElasticsearchDomains", DescribeElasticsearchDomains$) {};
	var DescribeElasticsearchInstanceTypeLimitsCommand = class extends command(_ep0, _mw0, "DescribeElasticsearchInstanceTypeLimits", DescribeElasticsearchInstanceTypeLimits$) {};
	var DescribeInboundCrossClusterSearchConnectionsCommand = class extends command(_ep0, _mw0, "DescribeInboundCrossClusterSearchConnections", DescribeInboundCrossClusterSearchConnections$) {};
	var DescribeOutboundCrossClusterSearchConnectionsCommand = class extends command(_ep0, _mw0, "DescribeOutboundCrossClusterSearchConnections", DescribeOutboundCrossClusterSearchConnections$) {};
	var DescribePackagesCommand = class extends command(_ep0, _mw0, "DescribePackages", DescribePackages$) {};
	var DescribeReservedElasticsearchInstanceOfferingsCommand = class extends command(_ep0, _mw0, "DescribeReservedElasticsearchInstanceOfferings", DescribeReservedElasticsearchInstanceOfferings$) {};
	var DescribeReservedElasticsearchInstancesCommand = class extends command(_ep0, _mw0, "DescribeReservedElasticsearchInstances", DescribeReservedElasticsearchInstances$) {};
	var DescribeVpcEndpointsCommand = class extends command(_ep0, _mw0, "DescribeVpcEndpoints", DescribeVpcEndpoints$) {};
	var DissociatePackageCommand = class extends command(_ep0, _mw0, "DissociatePackage", DissociatePackage$) {};
	var GetCompatibleElasticsearchVersionsCommand = class extends command(_ep0, _mw0, "GetCompatibleElasticsearchVersions", GetCompatibleElasticsearchVersions$) {};
	var GetPackageVersionHistoryCommand = class extends command(_ep0, _mw0, "GetPackageVersionHistory", GetPackageVersionHistory$) {};
	var GetUpgradeHistoryCommand = class extends command(_ep0, _mw0, "GetUpgradeHistory", GetUpgradeHistory$) {};
	var GetUpgradeStatusCommand = class extends command(_ep0, _mw0, "GetUpgradeStatus", GetUpgradeStatus$) {};
	var ListDomainNamesCommand = class extends command(_ep0, _mw0, "ListDomainNames", ListDomainNames$) {};
	var ListDomainsForPackageCommand = class extends command(_ep0, _mw0, "ListDomainsForPackage", ListDomainsForPackage$) {};
	var ListElasticsearchInstanceTypesCommand = class extends command(_ep0, _mw0, "ListElasticsearchInstanceTypes", ListElasticsearchInstanceTypes$) {};
	var ListElasticsearchVersionsCommand = class extends command(_ep0, _mw0, "ListElasticsearchVersions", ListElasticsearchVersions$) {};
	var ListPackagesForDomainCommand = class extends command(_ep0, _mw0, "ListPackagesForDomain", ListPackagesForDomain$) {};
	var ListTagsCommand = class extends command(_ep0, _mw0, "ListTags", ListTags$) {};
	var ListVpcEndpointAccessCommand = class extends command(_ep0, _mw0, "ListVpcEndpointAccess", ListVpcEndpointAccess$) {};
	var ListVpcEndpointsCommand = class extends command(_ep0, _mw0, "ListVpcEndpoints", ListVpcEndpoints$) {};
	var ListVpcEndpointsForDomainCommand = class extends command(_ep0, _mw0, "ListVpcEndpointsForDomain", ListVpcEndpointsForDomain$) {};
	var PurchaseReservedElasticsearchInstanceOfferingCommand = class extends command(_ep0, _mw0, "PurchaseReservedElasticsearchInstanceOffering", PurchaseReservedElasticsearchInstanceOffering$) {};
	var RejectInboundCrossClusterSearchConnectionCommand = class extends command(_ep0, _mw0, "RejectInboundCrossClusterSearchConnection", RejectInboundCrossClusterSearchConnection$) {};
	var RemoveTagsCommand = class extends command(_ep0, _mw0, "RemoveTags", RemoveTags$) {};
	var RevokeVpcEndpointAccessCommand = class extends command(_ep0, _mw0, "RevokeVpcEndpointAccess", RevokeVpcEndpointAccess$) {};
	var StartElasticsearchServiceSoftwareUpdateCommand = class extends command(_ep0, _mw0, "StartElasticsearchServiceSoftwareUpdate", StartElasticsearchServiceSoftwareUpdate$) {};
	var UpdateElasticsearchDomainConfigCommand = class extends command(_ep0, _mw0, "UpdateElasticsearchDomainConfig", UpdateElasticsearchDomainConfig$) {};
	var UpdatePackageCommand = class extends command(_ep0, _mw0, "UpdatePackage", UpdatePackage$) {};
	var UpdateVpcEndpointCommand = class extends command(_ep0, _mw0, "UpdateVpcEndpoint", UpdateVpcEndpoint$) {};
	var UpgradeElasticsearchDomainCommand = class extends command(_ep0, _mw0, "UpgradeElasticsearchDomain", UpgradeElasticsearchDomain$) {};
	const paginateDescribeDomainAutoTunes = createPaginator(ElasticsearchServiceClient, DescribeDomainAutoTunesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateDescribeInboundCrossClusterSearchConnections = createPaginator(ElasticsearchServiceClient, DescribeInboundCrossClusterSearchConnectionsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateDescribeOutboundCrossClusterSearchConnections = createPaginator(ElasticsearchServiceClient, DescribeOutboundCrossClusterSearchConnectionsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateDescribePackages = createPaginator(ElasticsearchServiceClient, DescribePackagesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateDescribeReservedElasticsearchInstanceOfferings = createPaginator(ElasticsearchServiceClient, DescribeReservedElasticsearchInstanceOfferingsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateDescribeReservedElasticsearchInstances = createPaginator(ElasticsearchServiceClient, DescribeReservedElasticsearchInstancesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateGetPackageVersionHistory = createPaginator(ElasticsearchServiceClient, GetPackageVersionHistoryCommand, "NextToken", "NextToken", "MaxResults");
	const paginateGetUpgradeHistory = createPaginator(ElasticsearchServiceClient, GetUpgradeHistoryCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListDomainsForPackage = createPaginator(ElasticsearchServiceClient, ListDomainsForPackageCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListElasticsearchInstanceTypes = createPaginator(ElasticsearchServiceClient, ListElasticsearchInstanceTypesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListElasticsearchVersions = createPaginator(ElasticsearchServiceClient, ListElasticsearchVersionsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListPackagesForDomain = createPaginator(ElasticsearchServiceClient, ListPackagesForDomainCommand, "NextToken", "NextToken", "MaxResults");
	const commands = {
		AcceptInboundCrossClusterSearchConnectionCommand,
		AddTagsCommand,
		AssociatePackageCommand,
		AuthorizeVpcEndpointAccessCommand,
		CancelDomainConfigChangeCommand,
		CancelElasticsearchServiceSoftwareUpdateCommand,
		CreateElasticsearchDomainCommand,
		CreateOutboundCrossClusterSearchConnectionCommand,
		CreatePackageCommand,
		CreateVpcEndpointCommand,
		DeleteElasticsearchDomainCommand,
		DeleteElasticsearchServiceRoleCommand,
		DeleteInboundCrossClusterSearchConnectionCommand,
		DeleteOutboundCrossClusterSearchConnectionCommand,
		DeletePackageCommand,
		DeleteVpcEndpointCommand,
		DescribeDomainAutoTunesCommand,
		DescribeDomainChangeProgressCommand,
		DescribeElasticsearchDomainCommand,
		DescribeElasticsearchDomainConfigCommand,
		DescribeElasticsearchDomainsCommand,
		DescribeElasticsearchInstanceTypeLimitsCommand,
		DescribeInboundCrossClusterSearchConnectionsCommand,
		DescribeOutboundCrossClusterSearchConnectionsCommand,
		DescribePackagesCommand,
		DescribeReservedElasticsearchInstanceOfferingsCommand,
		DescribeReservedElasticsearchInstancesCommand,
		DescribeVpcEndpointsCommand,
		DissociatePackageCommand,
		GetCompatibleElasticsearchVersionsCommand,
		GetPackageVersionHistoryCommand,
		GetUpgradeHistoryCommand,
		GetUpgradeStatusCommand,
		ListDomainNamesCommand,
		ListDomainsForPackageCommand,
		ListElasticsearchInstanceTypesCommand,
		ListElasticsearchVersionsCommand,
		ListPackagesForDomainCommand,
		ListTagsCommand,
		ListVpcEndpointAccessCommand,
		ListVpcEndpointsCommand,
		ListVpcEndpointsForDomainCommand,
		PurchaseReservedElasticsearchInstanceOfferingCommand,
		RejectInboundCrossClusterSearchConnectionCommand,
		RemoveTagsCommand,
		RevokeVpcEndpointAccessCommand,
		StartElasticsearchServiceSoftwareUpdateCommand,
		UpdateElasticsearchDomainConfigCommand,
		UpdatePackageCommand,
		UpdateVpcEndpointCommand,
		UpgradeElasticsearchDomainCommand
	};
	const paginators = {
		paginateDescribeDomainAutoTunes,
		paginateDescribeInboundCrossClusterSearchConnections,
		paginateDescribeOutboundCrossClusterSearchConnections,
		paginateDescribePackages,
		paginateDescribeReservedElasticsearchInstanceOfferings,
		paginateDescribeReservedElasticsearchInstances,
		paginateGetPackageVersionHistory,
		paginateGetUpgradeHistory,
		paginateListDomainsForPackage,
		paginateListElasticsearchInstanceTypes,
		paginateListElasticsearchVersions,
		paginateListPackagesForDomain
	};
	var ElasticsearchService = class extends ElasticsearchServiceClient {};
	createAggregatedClient(commands, ElasticsearchService, { paginators });
	exports.CreateElasticsearchDomainCommand = CreateElasticsearchDomainCommand;
	exports.DescribeElasticsearchDomainCommand = DescribeElasticsearchDomainCommand;
	exports.ElasticsearchServiceClient = ElasticsearchServiceClient;
}));
// node_modules/@aws-sdk/client-opensearch/dist-cjs/index.js
var require_dist_cjs = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client(), __toCommonJS(client_exports));
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
	const { AwsRestJsonProtocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const defaultOpenSearchHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "es",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultOpenSearchHttpAuthSchemeProvider = (authParameters) => {
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
			defaultSigningName: "es"
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
	var packageInfo = { version: "3.1137.0" };
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
	const j = {
		"fn": f,
		"argv": [i, "name"]
	};
	const k = {};
	const l = [{ [m]: "Region" }];
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
			[g, [j, "aws"]],
			[g, [j, "aws-cn"]],
			[g, [j, "aws-us-gov"]]
		],
		results: [
			[a],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[h, k],
			["https://es-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://es-fips.{Region}.{PartitionResult#dnsSuffix}", k],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://aos.{Region}.api.aws", k],
			["https://aos.{Region}.api.amazonwebservices.com.cn", k],
			["https://es.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://es.{Region}.{PartitionResult#dnsSuffix}", k],
			[a, "Invalid Configuration: Missing Region"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		15,
		3,
		1,
		4,
		100000013,
		2,
		5,
		100000013,
		3,
		11,
		6,
		4,
		7,
		100000012,
		5,
		8,
		100000011,
		7,
		100000008,
		9,
		8,
		100000009,
		10,
		9,
		100000008,
		100000010,
		4,
		13,
		12,
		6,
		100000006,
		100000007,
		5,
		14,
		100000005,
		6,
		100000004,
		100000005,
		3,
		100000001,
		16,
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
	var OpenSearchServiceException = class OpenSearchServiceException extends ServiceException {
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, OpenSearchServiceException.prototype);
		}
	};
	var DisabledOperationException = class DisabledOperationException extends OpenSearchServiceException {
		name = "DisabledOperationException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DisabledOperationException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DisabledOperationException.prototype);
		}
	};
	var LimitExceededException = class LimitExceededException extends OpenSearchServiceException {
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
	var ResourceNotFoundException = class ResourceNotFoundException extends OpenSearchServiceException {
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
	var AccessDeniedException = class AccessDeniedException extends OpenSearchServiceException {
		name = "AccessDeniedException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "AccessDeniedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, AccessDeniedException.prototype);
		}
	};
	var BaseException = class BaseException extends OpenSearchServiceException {
		name = "BaseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BaseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BaseException.prototype);
		}
	};
	var DependencyFailureException = class DependencyFailureException extends OpenSearchServiceException {
		name = "DependencyFailureException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DependencyFailureException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DependencyFailureException.prototype);
		}
	};
	var InternalException = class InternalException extends OpenSearchServiceException {
		name = "InternalException";
		$fault = "server";
		constructor(opts) {
			super({
				name: "InternalException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, InternalException.prototype);
		}
	};
	var ValidationException = class ValidationException extends OpenSearchServiceException {
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
	var ConflictException = class ConflictException extends OpenSearchServiceException {
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
	var InvalidTypeException = class InvalidTypeException extends OpenSearchServiceException {
		name = "InvalidTypeException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidTypeException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidTypeException.prototype);
		}
	};
	var ResourceAlreadyExistsException = class ResourceAlreadyExistsException extends OpenSearchServiceException {
		name = "ResourceAlreadyExistsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ResourceAlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ResourceAlreadyExistsException.prototype);
		}
	};
	var ThrottlingException = class ThrottlingException extends OpenSearchServiceException {
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
	var InvalidPaginationTokenException = class InvalidPaginationTokenException extends OpenSearchServiceException {
		name = "InvalidPaginationTokenException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidPaginationTokenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidPaginationTokenException.prototype);
		}
	};
	var ServiceQuotaExceededException = class ServiceQuotaExceededException extends OpenSearchServiceException {
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
	var SlotNotAvailableException = class SlotNotAvailableException extends OpenSearchServiceException {
		name = "SlotNotAvailableException";
		$fault = "client";
		SlotSuggestions;
		constructor(opts) {
			super({
				name: "SlotNotAvailableException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, SlotNotAvailableException.prototype);
			this.SlotSuggestions = opts.SlotSuggestions;
		}
	};
	const _A = "Account";
	const _AADD = "AnonymousAuthDisableDate";
	const _AAE = "AnonymousAuthEnabled";
	const _AAZC = "ActiveAvailabilityZoneCount";
	const _AC = "AppConfig";
	const _ACp = "AppConfigs";
	const _ACs = "AssociationConfiguration";
	const _ADE = "AccessDeniedException";
	const _ADNC = "AvailableDataNodeCount";
	const _ADQDS = "AddDirectQueryDataSource";
	const _ADQDSR = "AddDirectQueryDataSourceRequest";
	const _ADQDSRd = "AddDirectQueryDataSourceResponse";
	const _ADS = "AddDataSource";
	const _ADSR = "AddDataSourceRequest";
	const _ADSRd = "AddDataSourceResponse";
	const _ADSRt = "AttachDataSourceRequest";
	const _ADSRtt = "AttachDataSourceResponse";
	const _ADSt = "AttachDataSource";
	const _AIC = "AIConfig";
	const _AICR = "AcceptInboundConnectionRequest";
	const _AICRc = "AcceptInboundConnectionResponse";
	const _AICc = "AcceptInboundConnection";
	const _AID = "ActionID";
	const _AIMLO = "AIMLOptions";
	const _AIMLOI = "AIMLOptionsInput";
	const _AIMLOO = "AIMLOptionsOutput";
	const _AIMLOS = "AIMLOptionsStatus";
	const _AL = "AdditionalLimit";
	const _ALE = "AppLogsEnabled";
	const _ALL = "AdditionalLimitList";
	const _ALUL = "AllowListedUserList";
	const _ALd = "AdditionalLimits";
	const _AO = "AdvancedOptions";
	const _AOS = "AdvancedOptionsStatus";
	const _AP = "AuthorizedPrincipal";
	const _APC = "AvailablePackageConfiguration";
	const _APL = "AuthorizedPrincipalList";
	const _APP = "AvailablePluginProperties";
	const _APR = "AssociatePackageRequest";
	const _APRs = "AssociatePackageResponse";
	const _APRss = "AssociatePackagesRequest";
	const _APRsso = "AssociatePackagesResponse";
	const _APS = "AccessPoliciesStatus";
	const _APV = "AvailablePackageVersion";
	const _APc = "AccessPolicies";
	const _APs = "AssociatePackage";
	const _APss = "AssociatePackages";
	const _ARN = "ARN";
	const _AS = "ApplicationSummary";
	const _ASE = "AdvancedSecurityEnabled";
	const _ASO = "AdvancedSecurityOptions";
	const _ASOI = "AdvancedSecurityOptionsInput";
	const _ASOS = "AdvancedSecurityOptionsStatus";
	const _ASPO = "AutomatedSnapshotPauseOptions";
	const _ASPOS = "AutomatedSnapshotPauseOptionsStatus";
	const _ASPRO = "AutomatedSnapshotPauseRequestOptions";
	const _ASSH = "AutomatedSnapshotStartHour";
	const _ASUE = "AutoSoftwareUpdateEnabled";
	const _ASp = "ApplicationSummaries";
	const _AT = "AutoTune";
	const _ATD = "AutoTuneDetails";
	const _ATL = "AutoTuneList";
	const _ATMS = "AutoTuneMaintenanceSchedule";
	const _ATMSL = "AutoTuneMaintenanceScheduleList";
	const _ATO = "AutoTuneOptions";
	const _ATOI = "AutoTuneOptionsInput";
	const _ATOO = "AutoTuneOptionsOutput";
	const _ATOS = "AutoTuneOptionsStatus";
	const _ATR = "AddTagsRequest";
	const _ATS = "AutoTuneStatus";
	const _ATT = "AutoTuneType";
	const _ATc = "ActionType";
	const _ATd = "AddTags";
	const _ATu = "AutoTunes";
	const _AUD = "AutomatedUpdateDate";
	const _AV = "ActiveValue";
	const _AVEA = "AuthorizeVpcEndpointAccess";
	const _AVEAR = "AuthorizeVpcEndpointAccessRequest";
	const _AVEARu = "AuthorizeVpcEndpointAccessResponse";
	const _AWSDI = "AWSDomainInformation";
	const _AZ = "AvailabilityZone";
	const _AZC = "AvailabilityZoneCount";
	const _AZI = "AvailabilityZoneInfo";
	const _AZIL = "AvailabilityZoneInfoList";
	const _AZIv = "AvailabilityZoneInformation";
	const _AZN = "AvailabilityZoneName";
	const _AZv = "AvailabilityZones";
	const _Ac = "Action";
	const _BE = "BaseException";
	const _BSI = "BillingSubscriptionId";
	const _C = "Connection";
	const _CA = "ConnectionAlias";
	const _CAR = "CreateApplicationRequest";
	const _CARr = "CreateApplicationResponse";
	const _CAr = "CreatedAt";
	const _CAre = "CreateApplication";
	const _CBRC = "CapabilityBaseRequestConfig";
	const _CBRCa = "CapabilityBaseResponseConfig";
	const _CC = "ClusterConfig";
	const _CCI = "CancelledChangeIds";
	const _CCP = "CancelledChangeProperties";
	const _CCPL = "CancelledChangePropertyList";
	const _CCPa = "CancelledChangeProperty";
	const _CCS = "ConfigChangeStatus";
	const _CCSCP = "CrossClusterSearchConnectionProperties";
	const _CCSl = "ClusterConfigStatus";
	const _CCSr = "CrossClusterSearch";
	const _CCu = "CurrencyCode";
	const _CD = "CreationDate";
	const _CDCC = "CancelDomainConfigChange";
	const _CDCCR = "CancelDomainConfigChangeRequest";
	const _CDCCRa = "CancelDomainConfigChangeResponse";
	const _CDNC = "ConfiguredDataNodeCount";
	const _CDR = "CreateDomainRequest";
	const _CDRr = "CreateDomainResponse";
	const _CDr = "CreateDomain";
	const _CE = "ConflictException";
	const _CECA = "CustomEndpointCertificateArn";
	const _CEE = "CustomEndpointEnabled";
	const _CEFR = "CronExpressionForRecurrence";
	const _CERC = "CapabilityExtendedResponseConfig";
	const _CEo = "CognitoEnabled";
	const _CEu = "CustomEndpoint";
	const _CF = "CapabilityFailure";
	const _CFa = "CapabilityFailures";
	const _CH = "ClusterHealth";
	const _CI = "ConnectionId";
	const _CIR = "CreateIndexRequest";
	const _CIRr = "CreateIndexResponse";
	const _CIh = "ChangeId";
	const _CIr = "CreateIndex";
	const _CM = "ConnectionMode";
	const _CMo = "CommitMessage";
	const _CN = "ClassName";
	const _CO = "CognitoOptions";
	const _COC = "CreateOutboundConnection";
	const _COCR = "CreateOutboundConnectionRequest";
	const _COCRr = "CreateOutboundConnectionResponse";
	const _COS = "CognitoOptionsStatus";
	const _CP = "CompletedProperties";
	const _CPD = "ChangeProgressDetails";
	const _CPR = "CreatePackageRequest";
	const _CPRr = "CreatePackageResponse";
	const _CPS = "ChangeProgressStage";
	const _CPSD = "ChangeProgressStatusDetails";
	const _CPSL = "ChangeProgressStageList";
	const _CPSh = "ChangeProgressStages";
	const _CPSha = "ChangeProgressStatus";
	const _CPo = "ConnectionProperties";
	const _CPr = "CreatePackage";
	const _CR = "ConfigurationRequirement";
	const _CS = "ConnectionStatus";
	const _CSO = "ColdStorageOptions";
	const _CSSU = "CancelServiceSoftwareUpdate";
	const _CSSUR = "CancelServiceSoftwareUpdateRequest";
	const _CSSURa = "CancelServiceSoftwareUpdateResponse";
	const _CSu = "CurrentState";
	const _CT = "ClientToken";
	const _CTr = "CreationTime";
	const _CV = "CancelledValue";
	const _CVE = "CreateVpcEndpoint";
	const _CVER = "CreateVpcEndpointRequest";
	const _CVERr = "CreateVpcEndpointResponse";
	const _CVL = "CompatibleVersionsList";
	const _CVM = "CompatibleVersionsMap";
	const _CVo = "CompatibleVersions";
	const _CVu = "CurrentVersion";
	const _CWDQDS = "CloudWatchDirectQueryDataSource";
	const _CWL = "CloudWatchLog";
	const _CWLLGA = "CloudWatchLogsLogGroupArn";
	const _Ca = "Cancellable";
	const _Co = "Connections";
	const _Cod = "Code";
	const _Cou = "Count";
	const _Cr = "Created";
	const _D = "Description";
	const _DA = "DomainArn";
	const _DAR = "DeleteApplicationRequest";
	const _DARe = "DeleteApplicationResponse";
	const _DAe = "DeleteApplication";
	const _DC = "DomainConfig";
	const _DCR = "DeregisterCapabilityRequest";
	const _DCRe = "DeregisterCapabilityResponse";
	const _DCe = "DeregisterCapability";
	const _DD = "DeleteDomain";
	const _DDAT = "DescribeDomainAutoTunes";
	const _DDATR = "DescribeDomainAutoTunesRequest";
	const _DDATRe = "DescribeDomainAutoTunesResponse";
	const _DDC = "DescribeDomainConfig";
	const _DDCP = "DescribeDomainChangeProgress";
	const _DDCPR = "DescribeDomainChangeProgressRequest";
	const _DDCPRe = "DescribeDomainChangeProgressResponse";
	const _DDCR = "DescribeDomainConfigRequest";
	const _DDCRe = "DescribeDomainConfigResponse";
	const _DDH = "DescribeDomainHealth";
	const _DDHR = "DescribeDomainHealthRequest";
	const _DDHRe = "DescribeDomainHealthResponse";
	const _DDN = "DescribeDomainNodes";
	const _DDNR = "DescribeDomainNodesRequest";
	const _DDNRe = "DescribeDomainNodesResponse";
	const _DDQDS = "DeleteDirectQueryDataSource";
	const _DDQDSR = "DeleteDirectQueryDataSourceRequest";
	const _DDR = "DeleteDomainRequest";
	const _DDRP = "DescribeDryRunProgress";
	const _DDRPR = "DescribeDryRunProgressRequest";
	const _DDRPRe = "DescribeDryRunProgressResponse";
	const _DDRe = "DeleteDomainResponse";
	const _DDRes = "DescribeDomainRequest";
	const _DDResc = "DescribeDomainResponse";
	const _DDRescr = "DescribeDomainsRequest";
	const _DDRescri = "DescribeDomainsResponse";
	const _DDS = "DeleteDataSource";
	const _DDSA = "DescribeDataSourceAttachment";
	const _DDSAR = "DescribeDataSourceAttachmentRequest";
	const _DDSARe = "DescribeDataSourceAttachmentResponse";
	const _DDSR = "DeleteDataSourceRequest";
	const _DDSRe = "DeleteDataSourceResponse";
	const _DDSRet = "DetachDataSourceRequest";
	const _DDSReta = "DetachDataSourceResponse";
	const _DDSe = "DetachDataSource";
	const _DDe = "DescribeDomain";
	const _DDes = "DescribeDomains";
	const _DEO = "DomainEndpointOptions";
	const _DEOS = "DomainEndpointOptionsStatus";
	const _DEVHZI = "DomainEndpointV2HostedZoneId";
	const _DFE = "DependencyFailureException";
	const _DI = "DomainInfo";
	const _DIC = "DomainInformationContainer";
	const _DICR = "DeleteInboundConnectionRequest";
	const _DICRe = "DeleteInboundConnectionResponse";
	const _DICRes = "DescribeInboundConnectionsRequest";
	const _DICResc = "DescribeInboundConnectionsResponse";
	const _DICe = "DeleteInboundConnection";
	const _DICes = "DescribeInboundConnections";
	const _DID = "DescribeInsightDetails";
	const _DIDR = "DescribeInsightDetailsRequest";
	const _DIDRe = "DescribeInsightDetailsResponse";
	const _DIL = "DomainInfoList";
	const _DIR = "DeleteIndexRequest";
	const _DIRe = "DeleteIndexResponse";
	const _DITL = "DescribeInstanceTypeLimits";
	const _DITLR = "DescribeInstanceTypeLimitsRequest";
	const _DITLRe = "DescribeInstanceTypeLimitsResponse";
	const _DIe = "DeleteIndex";
	const _DIo = "DomainId";
	const _DM = "DedicatedMaster";
	const _DMC = "DedicatedMasterCount";
	const _DMD = "DomainMaintenanceDetails";
	const _DME = "DedicatedMasterEnabled";
	const _DML = "DomainMaintenanceList";
	const _DMT = "DedicatedMasterType";
	const _DMo = "DomainMaintenances";
	const _DN = "DomainName";
	const _DNC = "DataNodeCount";
	const _DNS = "DomainNodesStatus";
	const _DNSL = "DomainNodesStatusList";
	const _DNi = "DisplayName";
	const _DNo = "DomainNames";
	const _DOC = "DeleteOutboundConnection";
	const _DOCR = "DeleteOutboundConnectionRequest";
	const _DOCRe = "DeleteOutboundConnectionResponse";
	const _DOCRes = "DescribeOutboundConnectionsRequest";
	const _DOCResc = "DescribeOutboundConnectionsResponse";
	const _DOCe = "DescribeOutboundConnections";
	const _DOE = "DisabledOperationException";
	const _DP = "DeletePackage";
	const _DPD = "DomainPackageDetails";
	const _DPDL = "DomainPackageDetailsList";
	const _DPF = "DescribePackagesFilter";
	const _DPFL = "DescribePackagesFilterList";
	const _DPR = "DeletePackageRequest";
	const _DPRe = "DeletePackageResponse";
	const _DPRes = "DescribePackagesRequest";
	const _DPResc = "DescribePackagesResponse";
	const _DPRi = "DissociatePackageRequest";
	const _DPRis = "DissociatePackageResponse";
	const _DPRiss = "DissociatePackagesRequest";
	const _DPRisso = "DissociatePackagesResponse";
	const _DPS = "DomainPackageStatus";
	const _DPSo = "DomainProcessingStatus";
	const _DPe = "DescribePackages";
	const _DPi = "DissociatePackage";
	const _DPis = "DissociatePackages";
	const _DQDS = "DirectQueryDataSource";
	const _DQDSL = "DirectQueryDataSourceList";
	const _DQDST = "DirectQueryDataSourceType";
	const _DQDSi = "DirectQueryDataSources";
	const _DR = "DryRun";
	const _DRC = "DryRunConfig";
	const _DRI = "DryRunId";
	const _DRIO = "DescribeReservedInstanceOfferings";
	const _DRIOR = "DescribeReservedInstanceOfferingsRequest";
	const _DRIORe = "DescribeReservedInstanceOfferingsResponse";
	const _DRIR = "DescribeReservedInstancesRequest";
	const _DRIRe = "DescribeReservedInstancesResponse";
	const _DRIe = "DescribeReservedInstances";
	const _DRM = "DryRunMode";
	const _DRPS = "DryRunProgressStatus";
	const _DRR = "DryRunResults";
	const _DRS = "DryRunStatus";
	const _DS = "DesiredState";
	const _DSA = "DataSourceArn";
	const _DSAP = "DataSourceAccessPolicy";
	const _DSAS = "DataSourceAttachmentSummary";
	const _DSASL = "DataSourceAttachmentSummaryList";
	const _DSD = "DataSourceDetails";
	const _DSL = "DomainStatusList";
	const _DSLa = "DataSourceList";
	const _DSN = "DataSourceName";
	const _DSO = "DeploymentStrategyOptions";
	const _DSOS = "DeploymentStrategyOptionsStatus";
	const _DST = "DataSourceType";
	const _DSTe = "DesiredStartTime";
	const _DSa = "DataSource";
	const _DSat = "DataSources";
	const _DSe = "DeploymentStrategy";
	const _DSo = "DomainStatus";
	const _DSom = "DomainState";
	const _DT = "DeploymentType";
	const _DVE = "DeleteVpcEndpoint";
	const _DVER = "DeleteVpcEndpointRequest";
	const _DVERe = "DeleteVpcEndpointResponse";
	const _DVERes = "DescribeVpcEndpointsRequest";
	const _DVEResc = "DescribeVpcEndpointsResponse";
	const _DVEe = "DescribeVpcEndpoints";
	const _Da = "Date";
	const _De = "Deleted";
	const _Du = "Duration";
	const _E = "Enabled";
	const _EAPIA = "EnabledAPIAccess";
	const _EARO = "EncryptionAtRestOptions";
	const _EAROS = "EncryptionAtRestOptionsStatus";
	const _EBSE = "EBSEnabled";
	const _EBSO = "EBSOptions";
	const _EBSOS = "EBSOptionsStatus";
	const _EC = "ErrorCode";
	const _ED = "ErrorDetails";
	const _EE = "EncryptionEnabled";
	const _EEg = "EgressEnabled";
	const _EHTTPS = "EnforceHTTPS";
	const _EI = "EnvironmentInformation";
	const _EIL = "EnvironmentInfoList";
	const _EIn = "EnvironmentInfo";
	const _EInt = "EntityId";
	const _EM = "ErrorMessage";
	const _EMS = "EngineModeStatus";
	const _EMn = "EngineMode";
	const _EO = "ExportOptions";
	const _ET = "EndTime";
	const _ETn = "EngineType";
	const _ETr = "ErrorType";
	const _EV = "EngineVersion";
	const _EVn = "EndpointV2";
	const _En = "Endpoint";
	const _End = "Endpoints";
	const _Ent = "Entity";
	const _F = "Filters";
	const _FL = "FilterList";
	const _FP = "FixedPrice";
	const _FT = "FeedbackText";
	const _Fi = "Fields";
	const _Fil = "Filter";
	const _Fr = "From";
	const _GA = "GetApplication";
	const _GAR = "GetApplicationRequest";
	const _GARe = "GetApplicationResponse";
	const _GC = "GetCapability";
	const _GCR = "GetCapabilityRequest";
	const _GCRe = "GetCapabilityResponse";
	const _GCV = "GetCompatibleVersions";
	const _GCVR = "GetCompatibleVersionsRequest";
	const _GCVRe = "GetCompatibleVersionsResponse";
	const _GDAS = "GetDefaultApplicationSetting";
	const _GDASR = "GetDefaultApplicationSettingRequest";
	const _GDASRe = "GetDefaultApplicationSettingResponse";
	const _GDMS = "GetDomainMaintenanceStatus";
	const _GDMSR = "GetDomainMaintenanceStatusRequest";
	const _GDMSRe = "GetDomainMaintenanceStatusResponse";
	const _GDQDS = "GetDirectQueryDataSource";
	const _GDQDSR = "GetDirectQueryDataSourceRequest";
	const _GDQDSRe = "GetDirectQueryDataSourceResponse";
	const _GDS = "GetDataSource";
	const _GDSR = "GetDataSourceRequest";
	const _GDSRe = "GetDataSourceResponse";
	const _GI = "GetIndex";
	const _GIR = "GetIndexRequest";
	const _GIRe = "GetIndexResponse";
	const _GM = "GetMigration";
	const _GMR = "GetMigrationRequest";
	const _GMRe = "GetMigrationResponse";
	const _GPVH = "GetPackageVersionHistory";
	const _GPVHR = "GetPackageVersionHistoryRequest";
	const _GPVHRe = "GetPackageVersionHistoryResponse";
	const _GUH = "GetUpgradeHistory";
	const _GUHR = "GetUpgradeHistoryRequest";
	const _GUHRe = "GetUpgradeHistoryResponse";
	const _GUS = "GetUpgradeStatus";
	const _GUSR = "GetUpgradeStatusRequest";
	const _GUSRe = "GetUpgradeStatusResponse";
	const _H = "Hours";
	const _I = "Iops";
	const _IAMFO = "IAMFederationOptions";
	const _IAMFOI = "IAMFederationOptionsInput";
	const _IAMFOO = "IAMFederationOptionsOutput";
	const _IB = "InitiatedBy";
	const _IC = "InstanceCount";
	const _ICAARN = "IdentityCenterApplicationARN";
	const _ICIARN = "IdentityCenterInstanceARN";
	const _ICIR = "IdentityCenterInstanceRegion";
	const _ICL = "InstanceCountLimits";
	const _ICO = "IdentityCenterOptions";
	const _ICOI = "IdentityCenterOptionsInput";
	const _ICOS = "IdentityCenterOptionsStatus";
	const _ICS = "InboundConnectionStatus";
	const _ICn = "InboundConnection";
	const _ICnb = "InboundConnections";
	const _IE = "InternalException";
	const _IEn = "InsightEntity";
	const _IEs = "IsExperimental";
	const _IF = "InsightField";
	const _IFE = "InsightFeedbackEntity";
	const _IFL = "InsightFieldList";
	const _IFR = "InsightFeedbackRequest";
	const _IFRn = "InsightFeedbackResponse";
	const _IFn = "InsightFeedback";
	const _II = "InsightId";
	const _IICO = "IamIdentityCenterOptions";
	const _IICOI = "IamIdentityCenterOptionsInput";
	const _IL = "InstanceLimits";
	const _ILn = "InsightList";
	const _IN = "IndexName";
	const _IPAT = "IPAddressType";
	const _IPATS = "IPAddressTypeStatus";
	const _IPI = "IdentityPoolId";
	const _IPTE = "InvalidPaginationTokenException";
	const _IR = "InstanceRole";
	const _IS = "IndexSchema";
	const _ISI = "IdentityStoreId";
	const _IT = "InstanceType";
	const _ITD = "InstanceTypeDetails";
	const _ITDL = "InstanceTypeDetailsList";
	const _ITE = "InvalidTypeException";
	const _ITR = "InsightTimeRange";
	const _IUDE = "InternalUserDatabaseEnabled";
	const _Id = "Idp";
	const _Id_ = "Id";
	const _In = "Insight";
	const _Ins = "Insights";
	const _Is = "Issues";
	const _JU = "JwksUrl";
	const _JWTO = "JWTOptions";
	const _JWTOI = "JWTOptionsInput";
	const _JWTOO = "JWTOptionsOutput";
	const _K = "Key";
	const _KARA = "KeyAccessRoleArn";
	const _KKI = "KmsKeyId";
	const _KKIm = "KmsKeyIdentifier";
	const _KSAE = "KeyStoreAccessEnabled";
	const _KSAO = "KeyStoreAccessOption";
	const _L = "Limits";
	const _LA = "ListApplications";
	const _LAR = "ListApplicationsRequest";
	const _LARi = "ListApplicationsResponse";
	const _LBR = "LimitsByRole";
	const _LDFP = "ListDomainsForPackage";
	const _LDFPR = "ListDomainsForPackageRequest";
	const _LDFPRi = "ListDomainsForPackageResponse";
	const _LDI = "LocalDomainInfo";
	const _LDM = "ListDomainMaintenances";
	const _LDMR = "ListDomainMaintenancesRequest";
	const _LDMRi = "ListDomainMaintenancesResponse";
	const _LDN = "ListDomainNames";
	const _LDNR = "ListDomainNamesRequest";
	const _LDNRi = "ListDomainNamesResponse";
	const _LDQDS = "ListDirectQueryDataSources";
	const _LDQDSR = "ListDirectQueryDataSourcesRequest";
	const _LDQDSRi = "ListDirectQueryDataSourcesResponse";
	const _LDRC = "LoadDryRunConfig";
	const _LDS = "ListDataSources";
	const _LDSA = "ListDataSourceAttachments";
	const _LDSAR = "ListDataSourceAttachmentsRequest";
	const _LDSARi = "ListDataSourceAttachmentsResponse";
	const _LDSR = "ListDataSourcesRequest";
	const _LDSRi = "ListDataSourcesResponse";
	const _LEE = "LimitExceededException";
	const _LF = "LicenseFilepath";
	const _LI = "ListInsights";
	const _LIR = "ListInsightsRequest";
	const _LIRi = "ListInsightsResponse";
	const _LITD = "ListInstanceTypeDetails";
	const _LITDR = "ListInstanceTypeDetailsRequest";
	const _LITDRi = "ListInstanceTypeDetailsResponse";
	const _LM = "ListMigrations";
	const _LMR = "ListMigrationsRequest";
	const _LMRi = "ListMigrationsResponse";
	const _LN = "LimitName";
	const _LPFD = "ListPackagesForDomain";
	const _LPFDR = "ListPackagesForDomainRequest";
	const _LPFDRi = "ListPackagesForDomainResponse";
	const _LPO = "LogPublishingOptions";
	const _LPOS = "LogPublishingOptionsStatus";
	const _LPOo = "LogPublishingOption";
	const _LR = "LicenseRequirement";
	const _LSA = "ListScheduledActions";
	const _LSAR = "ListScheduledActionsRequest";
	const _LSARi = "ListScheduledActionsResponse";
	const _LT = "ListTags";
	const _LTR = "ListTagsRequest";
	const _LTRi = "ListTagsResponse";
	const _LU = "LastUpdated";
	const _LUA = "LastUpdatedAt";
	const _LUT = "LastUpdatedTime";
	const _LV = "LimitValues";
	const _LVE = "ListVpcEndpoints";
	const _LVEA = "ListVpcEndpointAccess";
	const _LVEAR = "ListVpcEndpointAccessRequest";
	const _LVEARi = "ListVpcEndpointAccessResponse";
	const _LVEFD = "ListVpcEndpointsForDomain";
	const _LVEFDR = "ListVpcEndpointsForDomainRequest";
	const _LVEFDRi = "ListVpcEndpointsForDomainResponse";
	const _LVER = "ListVpcEndpointsRequest";
	const _LVERi = "ListVpcEndpointsResponse";
	const _LVR = "ListVersionsRequest";
	const _LVRi = "ListVersionsResponse";
	const _LVi = "ListVersions";
	const _M = "Message";
	const _MAZWSE = "MultiAZWithStandbyEnabled";
	const _MBR = "MasterBackendRole";
	const _MC = "MetadataContent";
	const _ME = "MigrationError";
	const _MENC = "MasterEligibleNodeCount";
	const _MI = "MaintenanceId";
	const _MIC = "MinimumInstanceCount";
	const _MICa = "MaximumInstanceCount";
	const _MN = "MasterNode";
	const _MO = "MigrationOptions";
	const _MP = "ModifyingProperties";
	const _MPL = "ModifyingPropertiesList";
	const _MR = "MaxResults";
	const _MS = "MaintenanceSchedules";
	const _MSL = "MigrationSummaryList";
	const _MSi = "MigrationSource";
	const _MSig = "MigrationSummary";
	const _MUARN = "MasterUserARN";
	const _MUN = "MasterUserName";
	const _MUO = "MasterUserOptions";
	const _MUP = "MasterUserPassword";
	const _MW = "MigrationWorkspace";
	const _Ma = "Mandatory";
	const _Mi = "Minutes";
	const _N = "Name";
	const _NC = "NodeConfig";
	const _NI = "NodeId";
	const _NLQGO = "NaturalLanguageQueryGenerationOptions";
	const _NLQGOI = "NaturalLanguageQueryGenerationOptionsInput";
	const _NLQGOO = "NaturalLanguageQueryGenerationOptionsOutput";
	const _NO = "NodeOptions";
	const _NOL = "NodeOptionsList";
	const _NOo = "NodeOption";
	const _NS = "NodeStatus";
	const _NT = "NextToken";
	const _NTNEO = "NodeToNodeEncryptionOptions";
	const _NTNEOS = "NodeToNodeEncryptionOptionsStatus";
	const _NTo = "NodeType";
	const _NV = "NewVersion";
	const _O = "Options";
	const _OC = "OutboundConnection";
	const _OCS = "OutboundConnectionStatus";
	const _OCu = "OutboundConnections";
	const _OD = "OptionalDeployment";
	const _OI = "OwnerId";
	const _OPW = "OffPeakWindow";
	const _OPWO = "OffPeakWindowOptions";
	const _OPWOS = "OffPeakWindowOptionsStatus";
	const _OS = "OptionStatus";
	const _OSA = "OpenSearchArns";
	const _Op = "Operation";
	const _P = "Password";
	const _PAC = "PackageAssociationConfiguration";
	const _PC = "PackageConfiguration";
	const _PCO = "PerformCheckOnly";
	const _PD = "PendingDeletion";
	const _PDAS = "PutDefaultApplicationSetting";
	const _PDASR = "PutDefaultApplicationSettingRequest";
	const _PDASRu = "PutDefaultApplicationSettingResponse";
	const _PDFA = "PackageDetailsForAssociation";
	const _PDFAL = "PackageDetailsForAssociationList";
	const _PDL = "PackageDetailsList";
	const _PDQDS = "PrometheusDirectQueryDataSource";
	const _PDa = "PackageDescription";
	const _PDac = "PackageDetails";
	const _PEO = "PackageEncryptionOptions";
	const _PID = "PackageID";
	const _PK = "PublicKey";
	const _PL = "PackageList";
	const _PN = "PropertyName";
	const _PNa = "PackageName";
	const _PO = "PackageOwner";
	const _POa = "PaymentOption";
	const _PP = "PendingProperties";
	const _PPIDL = "PrerequisitePackageIDList";
	const _PPl = "PluginProperties";
	const _PPr = "ProgressPercent";
	const _PRIO = "PurchaseReservedInstanceOffering";
	const _PRIOR = "PurchaseReservedInstanceOfferingRequest";
	const _PRIORu = "PurchaseReservedInstanceOfferingResponse";
	const _PS = "PackageSource";
	const _PSa = "PackageStatus";
	const _PT = "PrincipalType";
	const _PTa = "PackageType";
	const _PUL = "PackageUserList";
	const _PV = "PackageVersion";
	const _PVH = "PackageVersionHistory";
	const _PVHL = "PackageVersionHistoryList";
	const _PVO = "PackageVendingOptions";
	const _PVe = "PendingValue";
	const _Pr = "Principal";
	const _Pri = "Priority";
	const _Pro = "Processing";
	const _Prom = "Prometheus";
	const _R = "Region";
	const _RA = "RoleArn";
	const _RAEE = "ResourceAlreadyExistsException";
	const _RAZ = "RetrieveAZs";
	const _RAo = "RollbackAvailable";
	const _RC = "RecurringCharge";
	const _RCA = "RecurringChargeAmount";
	const _RCF = "RecurringChargeFrequency";
	const _RCL = "RecurringChargeList";
	const _RCR = "RegisterCapabilityRequest";
	const _RCRe = "RegisterCapabilityResponse";
	const _RCe = "RecurringCharges";
	const _RCeg = "RegisterCapability";
	const _RDI = "RemoteDomainInfo";
	const _RI = "ReservedInstances";
	const _RIC = "RejectInboundConnection";
	const _RICR = "RejectInboundConnectionRequest";
	const _RICRe = "RejectInboundConnectionResponse";
	const _RII = "ReservedInstanceId";
	const _RIL = "ReservedInstanceList";
	const _RIO = "ReservedInstanceOfferings";
	const _RIOI = "ReservedInstanceOfferingId";
	const _RIOL = "ReservedInstanceOfferingList";
	const _RIOe = "ReservedInstanceOffering";
	const _RIe = "ReservedInstance";
	const _RK = "RolesKey";
	const _RN = "ReservationName";
	const _RNFE = "ResourceNotFoundException";
	const _ROD = "RollbackOnDisable";
	const _RP = "ReferencePath";
	const _RRFCU = "RequiresRestartForConfigurationUpdate";
	const _RSSO = "RollbackServiceSoftwareOptions";
	const _RSSU = "RollbackServiceSoftwareUpdate";
	const _RSSUR = "RollbackServiceSoftwareUpdateRequest";
	const _RSSURo = "RollbackServiceSoftwareUpdateResponse";
	const _RT = "RemoveTags";
	const _RTR = "RemoveTagsRequest";
	const _RVEA = "RevokeVpcEndpointAccess";
	const _RVEAR = "RevokeVpcEndpointAccessRequest";
	const _RVEARe = "RevokeVpcEndpointAccessResponse";
	const _S = "Status";
	const _SA = "StartAt";
	const _SAL = "ScheduledActionsList";
	const _SAMLI = "SAMLIdp";
	const _SAMLO = "SAMLOptions";
	const _SAMLOI = "SAMLOptionsInput";
	const _SAMLOO = "SAMLOptionsOutput";
	const _SATD = "ScheduledAutoTuneDetails";
	const _SAc = "ScheduledActions";
	const _SAch = "ScheduledAction";
	const _SAche = "ScheduleAt";
	const _SB = "ScheduledBy";
	const _SBAZC = "StandByAvailabilityZoneCount";
	const _SBN = "S3BucketName";
	const _SC = "StatusCode";
	const _SDM = "StartDomainMaintenance";
	const _SDMR = "StartDomainMaintenanceRequest";
	const _SDMRt = "StartDomainMaintenanceResponse";
	const _SGDC = "S3GlueDataCatalog";
	const _SGI = "SecurityGroupIds";
	const _SHC = "ShowHtmlContent";
	const _SI = "SubnetIds";
	const _SK = "SubjectKey";
	const _SKe = "S3Key";
	const _SL = "StepsList";
	const _SLDQDS = "SecurityLakeDirectQueryDataSource";
	const _SLe = "SecurityLake";
	const _SM = "StatusMessage";
	const _SMR = "StartMigrationRequest";
	const _SMRt = "StartMigrationResponse";
	const _SMt = "StartMigration";
	const _SNAE = "SlotNotAvailableException";
	const _SO = "ServiceOptions";
	const _SOI = "SavedObjectIdentifier";
	const _SOIL = "SavedObjectIdentifierList";
	const _SOS = "SnapshotOptionsStatus";
	const _SOn = "SnapshotOptions";
	const _SOo = "SortOrder";
	const _SQEE = "ServiceQuotaExceededException";
	const _SR = "SupportedRegions";
	const _SS = "SlotSuggestions";
	const _SSO = "ServiceSoftwareOptions";
	const _SSSU = "StartServiceSoftwareUpdate";
	const _SSSUR = "StartServiceSoftwareUpdateRequest";
	const _SSSURt = "StartServiceSoftwareUpdateResponse";
	const _SSTN = "StorageSubTypeName";
	const _SSt = "StorageSize";
	const _SSte = "StepStatus";
	const _ST = "StartTime";
	const _STL = "StorageTypeLimits";
	const _STLL = "StorageTypeLimitList";
	const _STLt = "StorageTypeLimit";
	const _STLto = "StorageTypeList";
	const _STM = "SessionTimeoutMinutes";
	const _STN = "StorageTypeName";
	const _STc = "ScheduledTime";
	const _STt = "StorageType";
	const _STta = "StartTimestamp";
	const _STto = "StorageTypes";
	const _SU = "SkipUnavailable";
	const _SUO = "SoftwareUpdateOptions";
	const _SUOS = "SoftwareUpdateOptionsStatus";
	const _SV = "SourceVersion";
	const _SVA = "ServerlessVectorAcceleration";
	const _SVE = "S3VectorsEngine";
	const _SVT = "StorageVolumeType";
	const _Se = "Service";
	const _Sev = "Severity";
	const _St = "State";
	const _T = "Throughput";
	const _TE = "ThrottlingException";
	const _TK = "TagKeys";
	const _TL = "TagList";
	const _TLSSP = "TLSSecurityPolicy";
	const _TNOS = "TotalNumberOfStages";
	const _TR = "TimeRange";
	const _TS = "TotalShards";
	const _TUAS = "TotalUnAssignedShards";
	const _TV = "TargetVersions";
	const _TVa = "TargetVersion";
	const _Ta = "Tag";
	const _Th = "Thumbs";
	const _To = "To";
	const _Ty = "Type";
	const _U = "Username";
	const _UA = "UpdatedAt";
	const _UAR = "UpdateApplicationRequest";
	const _UARp = "UpdateApplicationResponse";
	const _UAp = "UpdateAvailable";
	const _UApd = "UpdateApplication";
	const _UC = "UseCase";
	const _UCS = "UseCaseStatus";
	const _UD = "UpdateDate";
	const _UDC = "UpdateDomainConfig";
	const _UDCR = "UpdateDomainConfigRequest";
	const _UDCRp = "UpdateDomainConfigResponse";
	const _UDQDS = "UpdateDirectQueryDataSource";
	const _UDQDSR = "UpdateDirectQueryDataSourceRequest";
	const _UDQDSRp = "UpdateDirectQueryDataSourceResponse";
	const _UDR = "UpgradeDomainRequest";
	const _UDRp = "UpgradeDomainResponse";
	const _UDS = "UpdateDataSource";
	const _UDSR = "UpdateDataSourceRequest";
	const _UDSRp = "UpdateDataSourceResponse";
	const _UDp = "UpgradeDomain";
	const _UH = "UpgradeHistories";
	const _UHL = "UpgradeHistoryList";
	const _UHp = "UpgradeHistory";
	const _UI = "UpgradeId";
	const _UIR = "UpdateIndexRequest";
	const _UIRp = "UpdateIndexResponse";
	const _UIp = "UpdateIndex";
	const _ULSSFBG = "UseLatestServiceSoftwareForBlueGreen";
	const _UN = "UpgradeName";
	const _UOPW = "UseOffPeakWindow";
	const _UP = "UpgradeProcessing";
	const _UPI = "UserPoolId";
	const _UPR = "UpdatePackageRequest";
	const _UPRp = "UpdatePackageResponse";
	const _UPS = "UpdatePackageScope";
	const _UPSR = "UpdatePackageScopeRequest";
	const _UPSRp = "UpdatePackageScopeResponse";
	const _UPp = "UpdatePackage";
	const _UPs = "UsagePrice";
	const _US = "UpgradeStep";
	const _USA = "UpdateScheduledAction";
	const _USAR = "UpdateScheduledActionRequest";
	const _USARp = "UpdateScheduledActionResponse";
	const _USI = "UpgradeStepItem";
	const _USIB = "UncompressedSizeInBytes";
	const _USL = "UpgradeStepsList";
	const _USS = "UpgradeStepStatus";
	const _USp = "UpdateStatus";
	const _USpg = "UpgradeStatus";
	const _UT = "UpdateTime";
	const _UV = "UpdateVersion";
	const _UVE = "UpdateVpcEndpoint";
	const _UVER = "UpdateVpcEndpointRequest";
	const _UVERp = "UpdateVpcEndpointResponse";
	const _Un = "Unit";
	const _V = "Value";
	const _VE = "ValidationException";
	const _VEE = "VpcEndpointErrors";
	const _VEEL = "VpcEndpointErrorList";
	const _VEEp = "VpcEndpointError";
	const _VEI = "VpcEndpointId";
	const _VEIp = "VpcEndpointIds";
	const _VEO = "VpcEndpointOwner";
	const _VES = "VpcEndpointSummary";
	const _VESL = "VpcEndpointSummaryList";
	const _VEe = "VendingEnabled";
	const _VEp = "VpcEndpoint";
	const _VEpc = "VpcEndpoints";
	const _VF = "ValidationFailures";
	const _VFa = "ValidationFailure";
	const _VO = "VpcOptions";
	const _VPCDI = "VPCDerivedInfo";
	const _VPCDIS = "VPCDerivedInfoStatus";
	const _VPCI = "VPCId";
	const _VPCO = "VPCOptions";
	const _VS = "VolumeSize";
	const _VSe = "VersionStatus";
	const _VT = "VolumeType";
	const _VTa = "ValueType";
	const _Va = "Values";
	const _Ve = "Versions";
	const _Ver = "Version";
	const _WA = "WorkspaceArn";
	const _WC = "WarmCount";
	const _WCI = "WorkspaceConfigurationInput";
	const _WE = "WarmEnabled";
	const _WNC = "WarmNodeCount";
	const _WST = "WindowStartTime";
	const _WT = "WarmType";
	const _ZAC = "ZoneAwarenessConfig";
	const _ZAE = "ZoneAwarenessEnabled";
	const _ZS = "ZoneStatus";
	const _a = "arn";
	const _aA = "applicationArn";
	const _aC = "appConfigs";
	const _aCi = "aiConfig";
	const _aI = "attachmentId";
	const _aIp = "applicationId";
	const _ac = "action";
	const _at = "attachments";
	const _c = "client";
	const _cA = "createdAt";
	const _cC = "capabilityConfig";
	const _cN = "capabilityName";
	const _cR = "conflictResolution";
	const _cT = "clientToken";
	const _cW = "createWorkspace";
	const _ch = "changeid";
	const _co = "code";
	const _d = "details";
	const _dA = "datasourceArn";
	const _dN = "domainName";
	const _dRI = "dryRunId";
	const _dS = "dataSources";
	const _dSA = "dataSourceArn";
	const _dSD = "dataSourceDescription";
	const _e = "error";
	const _eC = "exportedCount";
	const _eO = "exportOptions";
	const _eT = "engineType";
	const _en = "endpoint";
	const _ena = "enabled";
	const _f = "failures";
	const _h = "http";
	const _hE = "httpError";
	const _hQ = "httpQuery";
	const _i = "id";
	const _iC = "importedCount";
	const _iICAA = "iamIdentityCenterApplicationArn";
	const _iICIA = "iamIdentityCenterInstanceArn";
	const _iICO = "iamIdentityCenterOptions";
	const _iRD = "includeReferencesDeep";
	const _iRFDSA = "iamRoleForDataSourceArn";
	const _iRFICAA = "iamRoleForIdentityCenterApplicationArn";
	const _iT = "instanceType";
	const _k = "key";
	const _kKA = "kmsKeyArn";
	const _lDRC = "loadDryRunConfig";
	const _lUA = "lastUpdatedAt";
	const _m = "message";
	const _mI = "maintenanceId";
	const _mIi = "migrationId";
	const _mO = "migrationOptions";
	const _mR = "maxResults";
	const _mi = "migrations";
	const _n = "name";
	const _nT = "nextToken";
	const _ne = "nexttoken";
	const _o = "objects";
	const _oI = "offeringId";
	const _r = "reason";
	const _rAZ = "retrieveAZs";
	const _rI = "reservationId";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.opensearch";
	const _sAD = "setAsDefault";
	const _se = "server";
	const _so = "source";
	const _st = "status";
	const _sta = "statuses";
	const _t = "types";
	const _tL = "tagList";
	const _ty = "type";
	const _uA = "updatedAt";
	const _v = "value";
	const _w = "workspace";
	const _wC = "workspaceConfiguration";
	const _wI = "workspaceId";
	const _wT = "workspaceType";
	const _xN = "xmlName";
	const n0 = "com.amazonaws.opensearch";
	const _s_registry = new TypeRegistry(_s);
	var OpenSearchServiceException$ = [
		-3,
		_s,
		"OpenSearchServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(OpenSearchServiceException$, OpenSearchServiceException);
	const n0_registry = new TypeRegistry(n0);
	var AccessDeniedException$ = [
		-3,
		n0,
		_ADE,
		{
			[_e]: _c,
			[_hE]: 403
		},
		[_m],
		[0]
	];
	n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
	var BaseException$ = [
		-3,
		n0,
		_BE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(BaseException$, BaseException);
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
	var DependencyFailureException$ = [
		-3,
		n0,
		_DFE,
		{
			[_e]: _c,
			[_hE]: 424
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DependencyFailureException$, DependencyFailureException);
	var DisabledOperationException$ = [
		-3,
		n0,
		_DOE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(DisabledOperationException$, DisabledOperationException);
	var InternalException$ = [
		-3,
		n0,
		_IE,
		{
			[_e]: _se,
			[_hE]: 500
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InternalException$, InternalException);
	var InvalidPaginationTokenException$ = [
		-3,
		n0,
		_IPTE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidPaginationTokenException$, InvalidPaginationTokenException);
	var InvalidTypeException$ = [
		-3,
		n0,
		_ITE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidTypeException$, InvalidTypeException);
	var LimitExceededException$ = [
		-3,
		n0,
		_LEE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(LimitExceededException$, LimitExceededException);
	var ResourceAlreadyExistsException$ = [
		-3,
		n0,
		_RAEE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
	var ResourceNotFoundException$ = [
		-3,
		n0,
		_RNFE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
	var ServiceQuotaExceededException$ = [
		-3,
		n0,
		_SQEE,
		{
			[_e]: _c,
			[_hE]: 402
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
	var SlotNotAvailableException$ = [
		-3,
		n0,
		_SNAE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_SS, _m],
		[65, 0]
	];
	n0_registry.registerError(SlotNotAvailableException$, SlotNotAvailableException);
	var ThrottlingException$ = [
		-3,
		n0,
		_TE,
		{
			[_e]: _c,
			[_hE]: 429
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ThrottlingException$, ThrottlingException);
	var ValidationException$ = [
		-3,
		n0,
		_VE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(ValidationException$, ValidationException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var Password = [
		0,
		n0,
		_P,
		8,
		0
	];
	var Username = [
		0,
		n0,
		_U,
		8,
		0
	];
	var AcceptInboundConnectionRequest$ = [
		3,
		n0,
		_AICR,
		0,
		[_CI],
		[[0, 1]],
		1
	];
	var AcceptInboundConnectionResponse$ = [
		3,
		n0,
		_AICRc,
		0,
		[_C],
		[() => InboundConnection$]
	];
	var AccessPoliciesStatus$ = [
		3,
		n0,
		_APS,
		0,
		[_O, _S],
		[0, () => OptionStatus$],
		2
	];
	var AddDataSourceRequest$ = [
		3,
		n0,
		_ADSR,
		0,
		[
			_DN,
			_N,
			_DST,
			_D
		],
		[
			[0, 1],
			0,
			() => DataSourceType$,
			0
		],
		3
	];
	var AddDataSourceResponse$ = [
		3,
		n0,
		_ADSRd,
		0,
		[_M],
		[0]
	];
	var AddDirectQueryDataSourceRequest$ = [
		3,
		n0,
		_ADQDSR,
		0,
		[
			_DSN,
			_DST,
			_D,
			_OSA,
			_DSAP,
			_TL
		],
		[
			0,
			() => DirectQueryDataSourceType$,
			0,
			64,
			0,
			() => TagList
		],
		2
	];
	var AddDirectQueryDataSourceResponse$ = [
		3,
		n0,
		_ADQDSRd,
		0,
		[_DSA],
		[0]
	];
	var AdditionalLimit$ = [
		3,
		n0,
		_AL,
		0,
		[_LN, _LV],
		[0, 64]
	];
	var AddTagsRequest$ = [
		3,
		n0,
		_ATR,
		0,
		[_ARN, _TL],
		[0, () => TagList],
		2
	];
	var AdvancedOptionsStatus$ = [
		3,
		n0,
		_AOS,
		0,
		[_O, _S],
		[128, () => OptionStatus$],
		2
	];
	var AdvancedSecurityOptions$ = [
		3,
		n0,
		_ASO,
		0,
		[
			_E,
			_IUDE,
			_SAMLO,
			_JWTO,
			_IAMFO,
			_AADD,
			_AAE
		],
		[
			2,
			2,
			() => SAMLOptionsOutput$,
			() => JWTOptionsOutput$,
			() => IAMFederationOptionsOutput$,
			4,
			2
		]
	];
	var AdvancedSecurityOptionsInput$ = [
		3,
		n0,
		_ASOI,
		0,
		[
			_E,
			_IUDE,
			_MUO,
			_SAMLO,
			_JWTO,
			_IAMFO,
			_AAE
		],
		[
			2,
			2,
			[() => MasterUserOptions$, 0],
			[() => SAMLOptionsInput$, 0],
			() => JWTOptionsInput$,
			() => IAMFederationOptionsInput$,
			2
		]
	];
	var AdvancedSecurityOptionsStatus$ = [
		3,
		n0,
		_ASOS,
		0,
		[_O, _S],
		[() => AdvancedSecurityOptions$, () => OptionStatus$],
		2
	];
	var AIConfig$ = [
		3,
		n0,
		_AIC,
		0,
		[],
		[]
	];
	var AIMLOptionsInput$ = [
		3,
		n0,
		_AIMLOI,
		0,
		[
			_NLQGO,
			_SVE,
			_SVA
		],
		[
			() => NaturalLanguageQueryGenerationOptionsInput$,
			() => S3VectorsEngine$,
			() => ServerlessVectorAcceleration$
		]
	];
	var AIMLOptionsOutput$ = [
		3,
		n0,
		_AIMLOO,
		0,
		[
			_NLQGO,
			_SVE,
			_SVA
		],
		[
			() => NaturalLanguageQueryGenerationOptionsOutput$,
			() => S3VectorsEngine$,
			() => ServerlessVectorAcceleration$
		]
	];
	var AIMLOptionsStatus$ = [
		3,
		n0,
		_AIMLOS,
		0,
		[_O, _S],
		[() => AIMLOptionsOutput$, () => OptionStatus$]
	];
	var AppConfig$ = [
		3,
		n0,
		_AC,
		0,
		[_k, _v],
		[0, 0]
	];
	var ApplicationSummary$ = [
		3,
		n0,
		_AS,
		0,
		[
			_i,
			_a,
			_n,
			_en,
			_st,
			_cA,
			_lUA
		],
		[
			0,
			0,
			0,
			0,
			0,
			4,
			4
		]
	];
	var AssociatePackageRequest$ = [
		3,
		n0,
		_APR,
		0,
		[
			_PID,
			_DN,
			_PPIDL,
			_ACs
		],
		[
			[0, 1],
			[0, 1],
			64,
			() => PackageAssociationConfiguration$
		],
		2
	];
	var AssociatePackageResponse$ = [
		3,
		n0,
		_APRs,
		0,
		[_DPD],
		[() => DomainPackageDetails$]
	];
	var AssociatePackagesRequest$ = [
		3,
		n0,
		_APRss,
		0,
		[_PL, _DN],
		[() => PackageDetailsForAssociationList, 0],
		2
	];
	var AssociatePackagesResponse$ = [
		3,
		n0,
		_APRsso,
		0,
		[_DPDL],
		[() => DomainPackageDetailsList]
	];
	var AttachDataSourceRequest$ = [
		3,
		n0,
		_ADSRt,
		0,
		[
			_i,
			_dSA,
			_wI,
			_wC,
			_cT
		],
		[
			[0, 1],
			0,
			0,
			() => WorkspaceConfigurationInput$,
			0
		],
		2
	];
	var AttachDataSourceResponse$ = [
		3,
		n0,
		_ADSRtt,
		0,
		[
			_aI,
			_i,
			_a,
			_dSA,
			_st
		],
		[
			0,
			0,
			0,
			0,
			0
		]
	];
	var AuthorizedPrincipal$ = [
		3,
		n0,
		_AP,
		0,
		[
			_PT,
			_Pr,
			_SO
		],
		[
			0,
			0,
			() => ServiceOptions$
		]
	];
	var AuthorizeVpcEndpointAccessRequest$ = [
		3,
		n0,
		_AVEAR,
		0,
		[
			_DN,
			_A,
			_Se,
			_SO
		],
		[
			[0, 1],
			0,
			0,
			() => ServiceOptions$
		],
		1
	];
	var AuthorizeVpcEndpointAccessResponse$ = [
		3,
		n0,
		_AVEARu,
		0,
		[_AP],
		[() => AuthorizedPrincipal$],
		1
	];
	var AutomatedSnapshotPauseOptions$ = [
		3,
		n0,
		_ASPO,
		0,
		[
			_E,
			_ST,
			_ET,
			_St
		],
		[
			2,
			4,
			4,
			0
		],
		1
	];
	var AutomatedSnapshotPauseOptionsStatus$ = [
		3,
		n0,
		_ASPOS,
		0,
		[_O, _S],
		[() => AutomatedSnapshotPauseOptions$, () => OptionStatus$],
		2
	];
	var AutomatedSnapshotPauseRequestOptions$ = [
		3,
		n0,
		_ASPRO,
		0,
		[
			_E,
			_ST,
			_ET
		],
		[
			2,
			4,
			4
		],
		1
	];
	var AutoTune$ = [
		3,
		n0,
		_AT,
		0,
		[_ATT, _ATD],
		[0, () => AutoTuneDetails$]
	];
	var AutoTuneDetails$ = [
		3,
		n0,
		_ATD,
		0,
		[_SATD],
		[() => ScheduledAutoTuneDetails$]
	];
	var AutoTuneMaintenanceSchedule$ = [
		3,
		n0,
		_ATMS,
		0,
		[
			_SA,
			_Du,
			_CEFR
		],
		[
			4,
			() => Duration$,
			0
		]
	];
	var AutoTuneOptions$ = [
		3,
		n0,
		_ATO,
		0,
		[
			_DS,
			_ROD,
			_MS,
			_UOPW
		],
		[
			0,
			0,
			() => AutoTuneMaintenanceScheduleList,
			2
		]
	];
	var AutoTuneOptionsInput$ = [
		3,
		n0,
		_ATOI,
		0,
		[
			_DS,
			_MS,
			_UOPW
		],
		[
			0,
			() => AutoTuneMaintenanceScheduleList,
			2
		]
	];
	var AutoTuneOptionsOutput$ = [
		3,
		n0,
		_ATOO,
		0,
		[
			_St,
			_EM,
			_UOPW
		],
		[
			0,
			0,
			2
		]
	];
	var AutoTuneOptionsStatus$ = [
		3,
		n0,
		_ATOS,
		0,
		[_O, _S],
		[() => AutoTuneOptions$, () => AutoTuneStatus$]
	];
	var AutoTuneStatus$ = [
		3,
		n0,
		_ATS,
		0,
		[
			_CD,
			_UD,
			_St,
			_UV,
			_EM,
			_PD
		],
		[
			4,
			4,
			0,
			1,
			0,
			2
		],
		3
	];
	var AvailabilityZoneInfo$ = [
		3,
		n0,
		_AZI,
		0,
		[
			_AZN,
			_ZS,
			_CDNC,
			_ADNC,
			_TS,
			_TUAS
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
	var AWSDomainInformation$ = [
		3,
		n0,
		_AWSDI,
		0,
		[
			_DN,
			_OI,
			_R
		],
		[
			0,
			0,
			0
		],
		1
	];
	var CancelDomainConfigChangeRequest$ = [
		3,
		n0,
		_CDCCR,
		0,
		[_DN, _DR],
		[[0, 1], 2],
		1
	];
	var CancelDomainConfigChangeResponse$ = [
		3,
		n0,
		_CDCCRa,
		0,
		[
			_CCI,
			_CCP,
			_DR
		],
		[
			64,
			() => CancelledChangePropertyList,
			2
		]
	];
	var CancelledChangeProperty$ = [
		3,
		n0,
		_CCPa,
		0,
		[
			_PN,
			_CV,
			_AV
		],
		[
			0,
			0,
			0
		]
	];
	var CancelServiceSoftwareUpdateRequest$ = [
		3,
		n0,
		_CSSUR,
		0,
		[_DN],
		[0],
		1
	];
	var CancelServiceSoftwareUpdateResponse$ = [
		3,
		n0,
		_CSSURa,
		0,
		[_SSO],
		[() => ServiceSoftwareOptions$]
	];
	var CapabilityFailure$ = [
		3,
		n0,
		_CF,
		0,
		[_r, _d],
		[0, 0]
	];
	var ChangeProgressDetails$ = [
		3,
		n0,
		_CPD,
		0,
		[
			_CIh,
			_M,
			_CCS,
			_IB,
			_ST,
			_LUT
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
	var ChangeProgressStage$ = [
		3,
		n0,
		_CPS,
		0,
		[
			_N,
			_S,
			_D,
			_LU
		],
		[
			0,
			0,
			0,
			4
		]
	];
	var ChangeProgressStatusDetails$ = [
		3,
		n0,
		_CPSD,
		0,
		[
			_CIh,
			_ST,
			_S,
			_PP,
			_CP,
			_TNOS,
			_CPSh,
			_LUT,
			_CCS,
			_IB
		],
		[
			0,
			4,
			0,
			64,
			64,
			1,
			() => ChangeProgressStageList,
			4,
			0,
			0
		]
	];
	var CloudWatchDirectQueryDataSource$ = [
		3,
		n0,
		_CWDQDS,
		0,
		[_RA],
		[0],
		1
	];
	var ClusterConfig$ = [
		3,
		n0,
		_CC,
		0,
		[
			_IT,
			_IC,
			_DME,
			_ZAE,
			_ZAC,
			_DMT,
			_DMC,
			_WE,
			_WT,
			_WC,
			_CSO,
			_MAZWSE,
			_NO
		],
		[
			0,
			1,
			2,
			2,
			() => ZoneAwarenessConfig$,
			0,
			1,
			2,
			0,
			1,
			() => ColdStorageOptions$,
			2,
			() => NodeOptionsList
		]
	];
	var ClusterConfigStatus$ = [
		3,
		n0,
		_CCSl,
		0,
		[_O, _S],
		[() => ClusterConfig$, () => OptionStatus$],
		2
	];
	var CognitoOptions$ = [
		3,
		n0,
		_CO,
		0,
		[
			_E,
			_UPI,
			_IPI,
			_RA
		],
		[
			2,
			0,
			0,
			0
		]
	];
	var CognitoOptionsStatus$ = [
		3,
		n0,
		_COS,
		0,
		[_O, _S],
		[() => CognitoOptions$, () => OptionStatus$],
		2
	];
	var ColdStorageOptions$ = [
		3,
		n0,
		_CSO,
		0,
		[_E],
		[2],
		1
	];
	var CompatibleVersionsMap$ = [
		3,
		n0,
		_CVM,
		0,
		[_SV, _TV],
		[0, 64]
	];
	var ConnectionProperties$ = [
		3,
		n0,
		_CPo,
		0,
		[_En, _CCSr],
		[0, () => CrossClusterSearchConnectionProperties$]
	];
	var CreateApplicationRequest$ = [
		3,
		n0,
		_CAR,
		0,
		[
			_n,
			_cT,
			_dS,
			_iICO,
			_aC,
			_tL,
			_kKA
		],
		[
			0,
			[0, 4],
			() => DataSources,
			() => IamIdentityCenterOptionsInput$,
			() => AppConfigs,
			() => TagList,
			0
		],
		1
	];
	var CreateApplicationResponse$ = [
		3,
		n0,
		_CARr,
		0,
		[
			_i,
			_n,
			_a,
			_dS,
			_iICO,
			_aC,
			_tL,
			_cA,
			_kKA
		],
		[
			0,
			0,
			0,
			() => DataSources,
			() => IamIdentityCenterOptions$,
			() => AppConfigs,
			() => TagList,
			4,
			0
		]
	];
	var CreateDomainRequest$ = [
		3,
		n0,
		_CDR,
		0,
		[
			_DN,
			_EV,
			_CC,
			_EBSO,
			_APc,
			_IPAT,
			_SOn,
			_VPCO,
			_CO,
			_EARO,
			_NTNEO,
			_AO,
			_LPO,
			_DEO,
			_ASO,
			_ICO,
			_TL,
			_ATO,
			_OPWO,
			_SUO,
			_AIMLO,
			_DSO,
			_ASPO,
			_UC,
			_EMn
		],
		[
			0,
			0,
			() => ClusterConfig$,
			() => EBSOptions$,
			0,
			0,
			() => SnapshotOptions$,
			() => VPCOptions$,
			() => CognitoOptions$,
			() => EncryptionAtRestOptions$,
			() => NodeToNodeEncryptionOptions$,
			128,
			() => LogPublishingOptions,
			() => DomainEndpointOptions$,
			[() => AdvancedSecurityOptionsInput$, 0],
			() => IdentityCenterOptionsInput$,
			() => TagList,
			() => AutoTuneOptionsInput$,
			() => OffPeakWindowOptions$,
			() => SoftwareUpdateOptions$,
			() => AIMLOptionsInput$,
			() => DeploymentStrategyOptions$,
			() => AutomatedSnapshotPauseRequestOptions$,
			0,
			0
		],
		1
	];
	var CreateDomainResponse$ = [
		3,
		n0,
		_CDRr,
		0,
		[_DSo],
		[() => DomainStatus$]
	];
	var CreateIndexRequest$ = [
		3,
		n0,
		_CIR,
		0,
		[
			_DN,
			_IN,
			_IS
		],
		[
			[0, 1],
			0,
			15
		],
		3
	];
	var CreateIndexResponse$ = [
		3,
		n0,
		_CIRr,
		0,
		[_S],
		[0],
		1
	];
	var CreateOutboundConnectionRequest$ = [
		3,
		n0,
		_COCR,
		0,
		[
			_LDI,
			_RDI,
			_CA,
			_CM,
			_CPo
		],
		[
			() => DomainInformationContainer$,
			() => DomainInformationContainer$,
			0,
			0,
			() => ConnectionProperties$
		],
		3
	];
	var CreateOutboundConnectionResponse$ = [
		3,
		n0,
		_COCRr,
		0,
		[
			_LDI,
			_RDI,
			_CA,
			_CS,
			_CI,
			_CM,
			_CPo
		],
		[
			() => DomainInformationContainer$,
			() => DomainInformationContainer$,
			0,
			() => OutboundConnectionStatus$,
			0,
			0,
			() => ConnectionProperties$
		]
	];
	var CreatePackageRequest$ = [
		3,
		n0,
		_CPR,
		0,
		[
			_PNa,
			_PTa,
			_PS,
			_PDa,
			_PC,
			_EV,
			_PVO,
			_PEO
		],
		[
			0,
			0,
			() => PackageSource$,
			0,
			() => PackageConfiguration$,
			0,
			() => PackageVendingOptions$,
			() => PackageEncryptionOptions$
		],
		3
	];
	var CreatePackageResponse$ = [
		3,
		n0,
		_CPRr,
		0,
		[_PDac],
		[() => PackageDetails$]
	];
	var CreateVpcEndpointRequest$ = [
		3,
		n0,
		_CVER,
		0,
		[
			_DA,
			_VO,
			_CT
		],
		[
			0,
			() => VPCOptions$,
			0
		],
		2
	];
	var CreateVpcEndpointResponse$ = [
		3,
		n0,
		_CVERr,
		0,
		[_VEp],
		[() => VpcEndpoint$],
		1
	];
	var CrossClusterSearchConnectionProperties$ = [
		3,
		n0,
		_CCSCP,
		0,
		[_SU],
		[0]
	];
	var DataSource$ = [
		3,
		n0,
		_DSa,
		0,
		[
			_dSA,
			_dSD,
			_iRFDSA
		],
		[
			0,
			0,
			0
		]
	];
	var DataSourceAttachmentSummary$ = [
		3,
		n0,
		_DSAS,
		0,
		[
			_aI,
			_dSA,
			_st
		],
		[
			0,
			0,
			0
		]
	];
	var DataSourceDetails$ = [
		3,
		n0,
		_DSD,
		0,
		[
			_DST,
			_N,
			_D,
			_S
		],
		[
			() => DataSourceType$,
			0,
			0,
			0
		]
	];
	var DeleteApplicationRequest$ = [
		3,
		n0,
		_DAR,
		0,
		[_i],
		[[0, 1]],
		1
	];
	var DeleteApplicationResponse$ = [
		3,
		n0,
		_DARe,
		0,
		[],
		[]
	];
	var DeleteDataSourceRequest$ = [
		3,
		n0,
		_DDSR,
		0,
		[_DN, _N],
		[[0, 1], [0, 1]],
		2
	];
	var DeleteDataSourceResponse$ = [
		3,
		n0,
		_DDSRe,
		0,
		[_M],
		[0]
	];
	var DeleteDirectQueryDataSourceRequest$ = [
		3,
		n0,
		_DDQDSR,
		0,
		[_DSN],
		[[0, 1]],
		1
	];
	var DeleteDomainRequest$ = [
		3,
		n0,
		_DDR,
		0,
		[_DN],
		[[0, 1]],
		1
	];
	var DeleteDomainResponse$ = [
		3,
		n0,
		_DDRe,
		0,
		[_DSo],
		[() => DomainStatus$]
	];
	var DeleteInboundConnectionRequest$ = [
		3,
		n0,
		_DICR,
		0,
		[_CI],
		[[0, 1]],
		1
	];
	var DeleteInboundConnectionResponse$ = [
		3,
		n0,
		_DICRe,
		0,
		[_C],
		[() => InboundConnection$]
	];
	var DeleteIndexRequest$ = [
		3,
		n0,
		_DIR,
		0,
		[_DN, _IN],
		[[0, 1], [0, 1]],
		2
	];
	var DeleteIndexResponse$ = [
		3,
		n0,
		_DIRe,
		0,
		[_S],
		[0],
		1
	];
	var DeleteOutboundConnectionRequest$ = [
		3,
		n0,
		_DOCR,
		0,
		[_CI],
		[[0, 1]],
		1
	];
	var DeleteOutboundConnectionResponse$ = [
		3,
		n0,
		_DOCRe,
		0,
		[_C],
		[() => OutboundConnection$]
	];
	var DeletePackageRequest$ = [
		3,
		n0,
		_DPR,
		0,
		[_PID],
		[[0, 1]],
		1
	];
	var DeletePackageResponse$ = [
		3,
		n0,
		_DPRe,
		0,
		[_PDac],
		[() => PackageDetails$]
	];
	var DeleteVpcEndpointRequest$ = [
		3,
		n0,
		_DVER,
		0,
		[_VEI],
		[[0, 1]],
		1
	];
	var DeleteVpcEndpointResponse$ = [
		3,
		n0,
		_DVERe,
		0,
		[_VES],
		[() => VpcEndpointSummary$],
		1
	];
	var DeploymentStrategyOptions$ = [
		3,
		n0,
		_DSO,
		0,
		[_DSe],
		[0],
		1
	];
	var DeploymentStrategyOptionsStatus$ = [
		3,
		n0,
		_DSOS,
		0,
		[_O, _S],
		[() => DeploymentStrategyOptions$, () => OptionStatus$],
		2
	];
	var DeregisterCapabilityRequest$ = [
		3,
		n0,
		_DCR,
		0,
		[_aIp, _cN],
		[[0, 1], [0, 1]],
		2
	];
	var DeregisterCapabilityResponse$ = [
		3,
		n0,
		_DCRe,
		0,
		[_st],
		[0]
	];
	var DescribeDataSourceAttachmentRequest$ = [
		3,
		n0,
		_DDSAR,
		0,
		[_i, _dSA],
		[[0, 1], 0],
		2
	];
	var DescribeDataSourceAttachmentResponse$ = [
		3,
		n0,
		_DDSARe,
		0,
		[
			_aI,
			_i,
			_a,
			_dSA,
			_st
		],
		[
			0,
			0,
			0,
			0,
			0
		]
	];
	var DescribeDomainAutoTunesRequest$ = [
		3,
		n0,
		_DDATR,
		0,
		[
			_DN,
			_MR,
			_NT
		],
		[
			[0, 1],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var DescribeDomainAutoTunesResponse$ = [
		3,
		n0,
		_DDATRe,
		0,
		[_ATu, _NT],
		[() => AutoTuneList, 0]
	];
	var DescribeDomainChangeProgressRequest$ = [
		3,
		n0,
		_DDCPR,
		0,
		[_DN, _CIh],
		[[0, 1], [0, { [_hQ]: _ch }]],
		1
	];
	var DescribeDomainChangeProgressResponse$ = [
		3,
		n0,
		_DDCPRe,
		0,
		[_CPSha],
		[() => ChangeProgressStatusDetails$]
	];
	var DescribeDomainConfigRequest$ = [
		3,
		n0,
		_DDCR,
		0,
		[_DN],
		[[0, 1]],
		1
	];
	var DescribeDomainConfigResponse$ = [
		3,
		n0,
		_DDCRe,
		0,
		[_DC],
		[() => DomainConfig$],
		1
	];
	var DescribeDomainHealthRequest$ = [
		3,
		n0,
		_DDHR,
		0,
		[_DN],
		[[0, 1]],
		1
	];
	var DescribeDomainHealthResponse$ = [
		3,
		n0,
		_DDHRe,
		0,
		[
			_DSom,
			_AZC,
			_AAZC,
			_SBAZC,
			_DNC,
			_DM,
			_MENC,
			_WNC,
			_MN,
			_CH,
			_TS,
			_TUAS,
			_EI
		],
		[
			0,
			0,
			0,
			0,
			0,
			2,
			0,
			0,
			0,
			0,
			0,
			0,
			() => EnvironmentInfoList
		]
	];
	var DescribeDomainNodesRequest$ = [
		3,
		n0,
		_DDNR,
		0,
		[_DN],
		[[0, 1]],
		1
	];
	var DescribeDomainNodesResponse$ = [
		3,
		n0,
		_DDNRe,
		0,
		[_DNSL],
		[() => DomainNodesStatusList]
	];
	var DescribeDomainRequest$ = [
		3,
		n0,
		_DDRes,
		0,
		[_DN],
		[[0, 1]],
		1
	];
	var DescribeDomainResponse$ = [
		3,
		n0,
		_DDResc,
		0,
		[_DSo],
		[() => DomainStatus$],
		1
	];
	var DescribeDomainsRequest$ = [
		3,
		n0,
		_DDRescr,
		0,
		[_DNo],
		[64],
		1
	];
	var DescribeDomainsResponse$ = [
		3,
		n0,
		_DDRescri,
		0,
		[_DSL],
		[() => DomainStatusList],
		1
	];
	var DescribeDryRunProgressRequest$ = [
		3,
		n0,
		_DDRPR,
		0,
		[
			_DN,
			_DRI,
			_LDRC
		],
		[
			[0, 1],
			[0, { [_hQ]: _dRI }],
			[2, { [_hQ]: _lDRC }]
		],
		1
	];
	var DescribeDryRunProgressResponse$ = [
		3,
		n0,
		_DDRPRe,
		0,
		[
			_DRPS,
			_DRC,
			_DRR
		],
		[
			() => DryRunProgressStatus$,
			() => DomainStatus$,
			() => DryRunResults$
		]
	];
	var DescribeInboundConnectionsRequest$ = [
		3,
		n0,
		_DICRes,
		0,
		[
			_F,
			_MR,
			_NT
		],
		[
			() => FilterList,
			1,
			0
		]
	];
	var DescribeInboundConnectionsResponse$ = [
		3,
		n0,
		_DICResc,
		0,
		[_Co, _NT],
		[() => InboundConnections, 0]
	];
	var DescribeInsightDetailsRequest$ = [
		3,
		n0,
		_DIDR,
		0,
		[
			_Ent,
			_II,
			_SHC
		],
		[
			() => InsightEntity$,
			0,
			2
		],
		2
	];
	var DescribeInsightDetailsResponse$ = [
		3,
		n0,
		_DIDRe,
		0,
		[_Fi],
		[() => InsightFieldList],
		1
	];
	var DescribeInstanceTypeLimitsRequest$ = [
		3,
		n0,
		_DITLR,
		0,
		[
			_IT,
			_EV,
			_DN
		],
		[
			[0, 1],
			[0, 1],
			[0, { [_hQ]: _dN }]
		],
		2
	];
	var DescribeInstanceTypeLimitsResponse$ = [
		3,
		n0,
		_DITLRe,
		0,
		[_LBR],
		[() => LimitsByRole]
	];
	var DescribeOutboundConnectionsRequest$ = [
		3,
		n0,
		_DOCRes,
		0,
		[
			_F,
			_MR,
			_NT
		],
		[
			() => FilterList,
			1,
			0
		]
	];
	var DescribeOutboundConnectionsResponse$ = [
		3,
		n0,
		_DOCResc,
		0,
		[_Co, _NT],
		[() => OutboundConnections, 0]
	];
	var DescribePackagesFilter$ = [
		3,
		n0,
		_DPF,
		0,
		[_N, _V],
		[0, 64]
	];
	var DescribePackagesRequest$ = [
		3,
		n0,
		_DPRes,
		0,
		[
			_F,
			_MR,
			_NT
		],
		[
			() => DescribePackagesFilterList,
			1,
			0
		]
	];
	var DescribePackagesResponse$ = [
		3,
		n0,
		_DPResc,
		0,
		[_PDL, _NT],
		[() => PackageDetailsList, 0]
	];
	var DescribeReservedInstanceOfferingsRequest$ = [
		3,
		n0,
		_DRIOR,
		0,
		[
			_RIOI,
			_MR,
			_NT
		],
		[
			[0, { [_hQ]: _oI }],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		]
	];
	var DescribeReservedInstanceOfferingsResponse$ = [
		3,
		n0,
		_DRIORe,
		0,
		[_NT, _RIO],
		[0, [() => ReservedInstanceOfferingList, 0]]
	];
	var DescribeReservedInstancesRequest$ = [
		3,
		n0,
		_DRIR,
		0,
		[
			_RII,
			_MR,
			_NT
		],
		[
			[0, { [_hQ]: _rI }],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		]
	];
	var DescribeReservedInstancesResponse$ = [
		3,
		n0,
		_DRIRe,
		0,
		[_NT, _RI],
		[0, [() => ReservedInstanceList, 0]]
	];
	var DescribeVpcEndpointsRequest$ = [
		3,
		n0,
		_DVERes,
		0,
		[_VEIp],
		[64],
		1
	];
	var DescribeVpcEndpointsResponse$ = [
		3,
		n0,
		_DVEResc,
		0,
		[_VEpc, _VEE],
		[() => VpcEndpoints, () => VpcEndpointErrorList],
		2
	];
	var DetachDataSourceRequest$ = [
		3,
		n0,
		_DDSRet,
		0,
		[_i, _dSA],
		[[0, 1], 0],
		2
	];
	var DetachDataSourceResponse$ = [
		3,
		n0,
		_DDSReta,
		0,
		[
			_i,
			_a,
			_dSA
		],
		[
			0,
			0,
			0
		]
	];
	var DirectQueryDataSource$ = [
		3,
		n0,
		_DQDS,
		0,
		[
			_DSN,
			_DST,
			_D,
			_OSA,
			_DSA,
			_TL
		],
		[
			0,
			() => DirectQueryDataSourceType$,
			0,
			64,
			0,
			() => TagList
		]
	];
	var DissociatePackageRequest$ = [
		3,
		n0,
		_DPRi,
		0,
		[_PID, _DN],
		[[0, 1], [0, 1]],
		2
	];
	var DissociatePackageResponse$ = [
		3,
		n0,
		_DPRis,
		0,
		[_DPD],
		[() => DomainPackageDetails$]
	];
	var DissociatePackagesRequest$ = [
		3,
		n0,
		_DPRiss,
		0,
		[_PL, _DN],
		[64, 0],
		2
	];
	var DissociatePackagesResponse$ = [
		3,
		n0,
		_DPRisso,
		0,
		[_DPDL],
		[() => DomainPackageDetailsList]
	];
	var DomainConfig$ = [
		3,
		n0,
		_DC,
		0,
		[
			_EV,
			_CC,
			_EBSO,
			_APc,
			_IPAT,
			_SOn,
			_VPCO,
			_CO,
			_EARO,
			_NTNEO,
			_AO,
			_LPO,
			_DEO,
			_ASO,
			_ICO,
			_ATO,
			_CPD,
			_OPWO,
			_SUO,
			_MP,
			_AIMLO,
			_DSO,
			_ASPO,
			_UC,
			_EMn
		],
		[
			() => VersionStatus$,
			() => ClusterConfigStatus$,
			() => EBSOptionsStatus$,
			() => AccessPoliciesStatus$,
			() => IPAddressTypeStatus$,
			() => SnapshotOptionsStatus$,
			() => VPCDerivedInfoStatus$,
			() => CognitoOptionsStatus$,
			() => EncryptionAtRestOptionsStatus$,
			() => NodeToNodeEncryptionOptionsStatus$,
			() => AdvancedOptionsStatus$,
			() => LogPublishingOptionsStatus$,
			() => DomainEndpointOptionsStatus$,
			() => AdvancedSecurityOptionsStatus$,
			() => IdentityCenterOptionsStatus$,
			() => AutoTuneOptionsStatus$,
			() => ChangeProgressDetails$,
			() => OffPeakWindowOptionsStatus$,
			() => SoftwareUpdateOptionsStatus$,
			() => ModifyingPropertiesList,
			() => AIMLOptionsStatus$,
			() => DeploymentStrategyOptionsStatus$,
			() => AutomatedSnapshotPauseOptionsStatus$,
			() => UseCaseStatus$,
			() => EngineModeStatus$
		]
	];
	var DomainEndpointOptions$ = [
		3,
		n0,
		_DEO,
		0,
		[
			_EHTTPS,
			_TLSSP,
			_CEE,
			_CEu,
			_CECA
		],
		[
			2,
			0,
			2,
			0,
			0
		]
	];
	var DomainEndpointOptionsStatus$ = [
		3,
		n0,
		_DEOS,
		0,
		[_O, _S],
		[() => DomainEndpointOptions$, () => OptionStatus$],
		2
	];
	var DomainInfo$ = [
		3,
		n0,
		_DI,
		0,
		[_DN, _ETn],
		[0, 0]
	];
	var DomainInformationContainer$ = [
		3,
		n0,
		_DIC,
		0,
		[_AWSDI],
		[() => AWSDomainInformation$]
	];
	var DomainMaintenanceDetails$ = [
		3,
		n0,
		_DMD,
		0,
		[
			_MI,
			_DN,
			_Ac,
			_NI,
			_S,
			_SM,
			_CAr,
			_UA
		],
		[
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
	var DomainNodesStatus$ = [
		3,
		n0,
		_DNS,
		0,
		[
			_NI,
			_NTo,
			_AZ,
			_IT,
			_NS,
			_STt,
			_SVT,
			_SSt
		],
		[
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
	var DomainPackageDetails$ = [
		3,
		n0,
		_DPD,
		0,
		[
			_PID,
			_PNa,
			_PTa,
			_LU,
			_DN,
			_DPS,
			_PV,
			_PPIDL,
			_RP,
			_ED,
			_ACs
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
			0,
			() => ErrorDetails$,
			() => PackageAssociationConfiguration$
		]
	];
	var DomainStatus$ = [
		3,
		n0,
		_DSo,
		0,
		[
			_DIo,
			_DN,
			_ARN,
			_CC,
			_Cr,
			_De,
			_En,
			_EVn,
			_End,
			_DEVHZI,
			_Pro,
			_UP,
			_EV,
			_EBSO,
			_APc,
			_IPAT,
			_SOn,
			_VPCO,
			_CO,
			_EARO,
			_NTNEO,
			_AO,
			_LPO,
			_SSO,
			_DEO,
			_ASO,
			_ICO,
			_ATO,
			_CPD,
			_OPWO,
			_SUO,
			_DPSo,
			_MP,
			_AIMLO,
			_DSO,
			_ASPO,
			_UC,
			_EMn
		],
		[
			0,
			0,
			0,
			() => ClusterConfig$,
			2,
			2,
			0,
			0,
			128,
			0,
			2,
			2,
			0,
			() => EBSOptions$,
			0,
			0,
			() => SnapshotOptions$,
			() => VPCDerivedInfo$,
			() => CognitoOptions$,
			() => EncryptionAtRestOptions$,
			() => NodeToNodeEncryptionOptions$,
			128,
			() => LogPublishingOptions,
			() => ServiceSoftwareOptions$,
			() => DomainEndpointOptions$,
			() => AdvancedSecurityOptions$,
			() => IdentityCenterOptions$,
			() => AutoTuneOptionsOutput$,
			() => ChangeProgressDetails$,
			() => OffPeakWindowOptions$,
			() => SoftwareUpdateOptions$,
			0,
			() => ModifyingPropertiesList,
			() => AIMLOptionsOutput$,
			() => DeploymentStrategyOptions$,
			() => AutomatedSnapshotPauseOptions$,
			0,
			0
		],
		4
	];
	var DryRunProgressStatus$ = [
		3,
		n0,
		_DRPS,
		0,
		[
			_DRI,
			_DRS,
			_CD,
			_UD,
			_VF
		],
		[
			0,
			0,
			0,
			0,
			() => ValidationFailures
		],
		4
	];
	var DryRunResults$ = [
		3,
		n0,
		_DRR,
		0,
		[_DT, _M],
		[0, 0]
	];
	var Duration$ = [
		3,
		n0,
		_Du,
		0,
		[_V, _Un],
		[1, 0]
	];
	var EBSOptions$ = [
		3,
		n0,
		_EBSO,
		0,
		[
			_EBSE,
			_VT,
			_VS,
			_I,
			_T
		],
		[
			2,
			0,
			1,
			1,
			1
		]
	];
	var EBSOptionsStatus$ = [
		3,
		n0,
		_EBSOS,
		0,
		[_O, _S],
		[() => EBSOptions$, () => OptionStatus$],
		2
	];
	var EncryptionAtRestOptions$ = [
		3,
		n0,
		_EARO,
		0,
		[_E, _KKI],
		[2, 0]
	];
	var EncryptionAtRestOptionsStatus$ = [
		3,
		n0,
		_EAROS,
		0,
		[_O, _S],
		[() => EncryptionAtRestOptions$, () => OptionStatus$],
		2
	];
	var EngineModeStatus$ = [
		3,
		n0,
		_EMS,
		0,
		[_O, _S],
		[0, () => OptionStatus$],
		2
	];
	var EnvironmentInfo$ = [
		3,
		n0,
		_EIn,
		0,
		[_AZIv],
		[() => AvailabilityZoneInfoList]
	];
	var ErrorDetails$ = [
		3,
		n0,
		_ED,
		0,
		[_ETr, _EM],
		[0, 0]
	];
	var ExportOptions$ = [
		3,
		n0,
		_EO,
		0,
		[
			_t,
			_o,
			_iRD
		],
		[
			64,
			() => SavedObjectIdentifierList,
			2
		]
	];
	var Filter$ = [
		3,
		n0,
		_Fil,
		0,
		[_N, _Va],
		[0, 64]
	];
	var GetApplicationRequest$ = [
		3,
		n0,
		_GAR,
		0,
		[_i],
		[[0, 1]],
		1
	];
	var GetApplicationResponse$ = [
		3,
		n0,
		_GARe,
		0,
		[
			_i,
			_a,
			_n,
			_en,
			_st,
			_iICO,
			_dS,
			_aC,
			_cA,
			_lUA,
			_kKA
		],
		[
			0,
			0,
			0,
			0,
			0,
			() => IamIdentityCenterOptions$,
			() => DataSources,
			() => AppConfigs,
			4,
			4,
			0
		]
	];
	var GetCapabilityRequest$ = [
		3,
		n0,
		_GCR,
		0,
		[_aIp, _cN],
		[[0, 1], [0, 1]],
		2
	];
	var GetCapabilityResponse$ = [
		3,
		n0,
		_GCRe,
		0,
		[
			_cN,
			_aIp,
			_st,
			_cC,
			_f
		],
		[
			0,
			0,
			0,
			() => CapabilityExtendedResponseConfig$,
			() => CapabilityFailures
		]
	];
	var GetCompatibleVersionsRequest$ = [
		3,
		n0,
		_GCVR,
		0,
		[_DN],
		[[0, { [_hQ]: _dN }]]
	];
	var GetCompatibleVersionsResponse$ = [
		3,
		n0,
		_GCVRe,
		0,
		[_CVo],
		[() => CompatibleVersionsList]
	];
	var GetDataSourceRequest$ = [
		3,
		n0,
		_GDSR,
		0,
		[_DN, _N],
		[[0, 1], [0, 1]],
		2
	];
	var GetDataSourceResponse$ = [
		3,
		n0,
		_GDSRe,
		0,
		[
			_DST,
			_N,
			_D,
			_S
		],
		[
			() => DataSourceType$,
			0,
			0,
			0
		]
	];
	var GetDefaultApplicationSettingRequest$ = [
		3,
		n0,
		_GDASR,
		0,
		[],
		[]
	];
	var GetDefaultApplicationSettingResponse$ = [
		3,
		n0,
		_GDASRe,
		0,
		[_aA],
		[0]
	];
	var GetDirectQueryDataSourceRequest$ = [
		3,
		n0,
		_GDQDSR,
		0,
		[_DSN],
		[[0, 1]],
		1
	];
	var GetDirectQueryDataSourceResponse$ = [
		3,
		n0,
		_GDQDSRe,
		0,
		[
			_DSN,
			_DST,
			_D,
			_OSA,
			_DSAP,
			_DSA
		],
		[
			0,
			() => DirectQueryDataSourceType$,
			0,
			64,
			0,
			0
		]
	];
	var GetDomainMaintenanceStatusRequest$ = [
		3,
		n0,
		_GDMSR,
		0,
		[_DN, _MI],
		[[0, 1], [0, { [_hQ]: _mI }]],
		2
	];
	var GetDomainMaintenanceStatusResponse$ = [
		3,
		n0,
		_GDMSRe,
		0,
		[
			_S,
			_SM,
			_NI,
			_Ac,
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
	var GetIndexRequest$ = [
		3,
		n0,
		_GIR,
		0,
		[_DN, _IN],
		[[0, 1], [0, 1]],
		2
	];
	var GetIndexResponse$ = [
		3,
		n0,
		_GIRe,
		0,
		[_IS],
		[15],
		1
	];
	var GetMigrationRequest$ = [
		3,
		n0,
		_GMR,
		0,
		[_mIi],
		[[0, 1]],
		1
	];
	var GetMigrationResponse$ = [
		3,
		n0,
		_GMRe,
		0,
		[
			_mIi,
			_st,
			_aIp,
			_so,
			_eC,
			_iC,
			_e,
			_cA,
			_uA
		],
		[
			0,
			0,
			0,
			() => MigrationSource$,
			1,
			1,
			() => MigrationError$,
			4,
			4
		]
	];
	var GetPackageVersionHistoryRequest$ = [
		3,
		n0,
		_GPVHR,
		0,
		[
			_PID,
			_MR,
			_NT
		],
		[
			[0, 1],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var GetPackageVersionHistoryResponse$ = [
		3,
		n0,
		_GPVHRe,
		0,
		[
			_PID,
			_PVHL,
			_NT
		],
		[
			0,
			() => PackageVersionHistoryList,
			0
		]
	];
	var GetUpgradeHistoryRequest$ = [
		3,
		n0,
		_GUHR,
		0,
		[
			_DN,
			_MR,
			_NT
		],
		[
			[0, 1],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var GetUpgradeHistoryResponse$ = [
		3,
		n0,
		_GUHRe,
		0,
		[_UH, _NT],
		[() => UpgradeHistoryList, 0]
	];
	var GetUpgradeStatusRequest$ = [
		3,
		n0,
		_GUSR,
		0,
		[_DN],
		[[0, 1]],
		1
	];
	var GetUpgradeStatusResponse$ = [
		3,
		n0,
		_GUSRe,
		0,
		[
			_US,
			_SSte,
			_UN
		],
		[
			0,
			0,
			0
		]
	];
	var IAMFederationOptionsInput$ = [
		3,
		n0,
		_IAMFOI,
		0,
		[
			_E,
			_SK,
			_RK
		],
		[
			2,
			0,
			0
		]
	];
	var IAMFederationOptionsOutput$ = [
		3,
		n0,
		_IAMFOO,
		0,
		[
			_E,
			_SK,
			_RK
		],
		[
			2,
			0,
			0
		]
	];
	var IamIdentityCenterOptions$ = [
		3,
		n0,
		_IICO,
		0,
		[
			_ena,
			_iICIA,
			_iRFICAA,
			_iICAA
		],
		[
			2,
			0,
			0,
			0
		]
	];
	var IamIdentityCenterOptionsInput$ = [
		3,
		n0,
		_IICOI,
		0,
		[
			_ena,
			_iICIA,
			_iRFICAA
		],
		[
			2,
			0,
			0
		]
	];
	var IdentityCenterOptions$ = [
		3,
		n0,
		_ICO,
		0,
		[
			_EAPIA,
			_ICIARN,
			_ICIR,
			_SK,
			_RK,
			_ICAARN,
			_ISI
		],
		[
			2,
			0,
			0,
			0,
			0,
			0,
			0
		]
	];
	var IdentityCenterOptionsInput$ = [
		3,
		n0,
		_ICOI,
		0,
		[
			_EAPIA,
			_ICIARN,
			_ICIR,
			_SK,
			_RK
		],
		[
			2,
			0,
			0,
			0,
			0
		]
	];
	var IdentityCenterOptionsStatus$ = [
		3,
		n0,
		_ICOS,
		0,
		[_O, _S],
		[() => IdentityCenterOptions$, () => OptionStatus$],
		2
	];
	var InboundConnection$ = [
		3,
		n0,
		_ICn,
		0,
		[
			_LDI,
			_RDI,
			_CI,
			_CS,
			_CM
		],
		[
			() => DomainInformationContainer$,
			() => DomainInformationContainer$,
			0,
			() => InboundConnectionStatus$,
			0
		]
	];
	var InboundConnectionStatus$ = [
		3,
		n0,
		_ICS,
		0,
		[_SC, _M],
		[0, 0]
	];
	var Insight$ = [
		3,
		n0,
		_In,
		0,
		[
			_II,
			_DNi,
			_Ty,
			_Pri,
			_S,
			_CTr,
			_UT,
			_IEs
		],
		[
			0,
			0,
			0,
			0,
			0,
			4,
			4,
			2
		]
	];
	var InsightEntity$ = [
		3,
		n0,
		_IEn,
		0,
		[_Ty, _V],
		[0, 0],
		1
	];
	var InsightFeedbackEntity$ = [
		3,
		n0,
		_IFE,
		0,
		[_Ty, _V],
		[0, 0],
		2
	];
	var InsightFeedbackRequest$ = [
		3,
		n0,
		_IFR,
		0,
		[
			_Ent,
			_II,
			_Th,
			_FT
		],
		[
			() => InsightFeedbackEntity$,
			0,
			0,
			0
		],
		3
	];
	var InsightFeedbackResponse$ = [
		3,
		n0,
		_IFRn,
		0,
		[_S],
		[0]
	];
	var InsightField$ = [
		3,
		n0,
		_IF,
		0,
		[
			_N,
			_Ty,
			_V
		],
		[
			0,
			0,
			0
		],
		3
	];
	var InsightTimeRange$ = [
		3,
		n0,
		_ITR,
		0,
		[_Fr, _To],
		[1, 1],
		2
	];
	var InstanceCountLimits$ = [
		3,
		n0,
		_ICL,
		0,
		[_MIC, _MICa],
		[1, 1]
	];
	var InstanceLimits$ = [
		3,
		n0,
		_IL,
		0,
		[_ICL],
		[() => InstanceCountLimits$]
	];
	var InstanceTypeDetails$ = [
		3,
		n0,
		_ITD,
		0,
		[
			_IT,
			_EE,
			_CEo,
			_ALE,
			_ASE,
			_WE,
			_IR,
			_AZv
		],
		[
			0,
			2,
			2,
			2,
			2,
			2,
			64,
			64
		]
	];
	var IPAddressTypeStatus$ = [
		3,
		n0,
		_IPATS,
		0,
		[_O, _S],
		[0, () => OptionStatus$],
		2
	];
	var JWTOptionsInput$ = [
		3,
		n0,
		_JWTOI,
		0,
		[
			_E,
			_SK,
			_RK,
			_JU,
			_PK
		],
		[
			2,
			0,
			0,
			0,
			0
		]
	];
	var JWTOptionsOutput$ = [
		3,
		n0,
		_JWTOO,
		0,
		[
			_E,
			_SK,
			_RK,
			_JU,
			_PK
		],
		[
			2,
			0,
			0,
			0,
			0
		]
	];
	var KeyStoreAccessOption$ = [
		3,
		n0,
		_KSAO,
		0,
		[_KSAE, _KARA],
		[2, 0],
		1
	];
	var Limits$ = [
		3,
		n0,
		_L,
		0,
		[
			_STto,
			_IL,
			_ALd
		],
		[
			() => StorageTypeList,
			() => InstanceLimits$,
			() => AdditionalLimitList
		]
	];
	var ListApplicationsRequest$ = [
		3,
		n0,
		_LAR,
		0,
		[
			_nT,
			_sta,
			_mR
		],
		[
			[0, { [_hQ]: _nT }],
			[64, { [_hQ]: _sta }],
			[1, { [_hQ]: _mR }]
		]
	];
	var ListApplicationsResponse$ = [
		3,
		n0,
		_LARi,
		0,
		[_ASp, _nT],
		[() => ApplicationSummaries, 0]
	];
	var ListDataSourceAttachmentsRequest$ = [
		3,
		n0,
		_LDSAR,
		0,
		[
			_i,
			_nT,
			_mR
		],
		[
			[0, 1],
			0,
			1
		],
		1
	];
	var ListDataSourceAttachmentsResponse$ = [
		3,
		n0,
		_LDSARi,
		0,
		[_at, _nT],
		[() => DataSourceAttachmentSummaryList, 0]
	];
	var ListDataSourcesRequest$ = [
		3,
		n0,
		_LDSR,
		0,
		[_DN],
		[[0, 1]],
		1
	];
	var ListDataSourcesResponse$ = [
		3,
		n0,
		_LDSRi,
		0,
		[_DSat],
		[() => DataSourceList]
	];
	var ListDirectQueryDataSourcesRequest$ = [
		3,
		n0,
		_LDQDSR,
		0,
		[_NT],
		[[0, { [_hQ]: _ne }]]
	];
	var ListDirectQueryDataSourcesResponse$ = [
		3,
		n0,
		_LDQDSRi,
		0,
		[_NT, _DQDSi],
		[0, () => DirectQueryDataSourceList]
	];
	var ListDomainMaintenancesRequest$ = [
		3,
		n0,
		_LDMR,
		0,
		[
			_DN,
			_Ac,
			_S,
			_MR,
			_NT
		],
		[
			[0, 1],
			[0, { [_hQ]: _ac }],
			[0, { [_hQ]: _st }],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var ListDomainMaintenancesResponse$ = [
		3,
		n0,
		_LDMRi,
		0,
		[_DMo, _NT],
		[() => DomainMaintenanceList, 0]
	];
	var ListDomainNamesRequest$ = [
		3,
		n0,
		_LDNR,
		0,
		[_ETn],
		[[0, { [_hQ]: _eT }]]
	];
	var ListDomainNamesResponse$ = [
		3,
		n0,
		_LDNRi,
		0,
		[_DNo],
		[() => DomainInfoList]
	];
	var ListDomainsForPackageRequest$ = [
		3,
		n0,
		_LDFPR,
		0,
		[
			_PID,
			_MR,
			_NT
		],
		[
			[0, 1],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var ListDomainsForPackageResponse$ = [
		3,
		n0,
		_LDFPRi,
		0,
		[_DPDL, _NT],
		[() => DomainPackageDetailsList, 0]
	];
	var ListInsightsRequest$ = [
		3,
		n0,
		_LIR,
		0,
		[
			_Ent,
			_TR,
			_SOo,
			_MR,
			_NT
		],
		[
			() => InsightEntity$,
			() => InsightTimeRange$,
			0,
			1,
			0
		],
		1
	];
	var ListInsightsResponse$ = [
		3,
		n0,
		_LIRi,
		0,
		[_Ins, _NT],
		[() => InsightList, 0]
	];
	var ListInstanceTypeDetailsRequest$ = [
		3,
		n0,
		_LITDR,
		0,
		[
			_EV,
			_DN,
			_MR,
			_NT,
			_RAZ,
			_IT
		],
		[
			[0, 1],
			[0, { [_hQ]: _dN }],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }],
			[2, { [_hQ]: _rAZ }],
			[0, { [_hQ]: _iT }]
		],
		1
	];
	var ListInstanceTypeDetailsResponse$ = [
		3,
		n0,
		_LITDRi,
		0,
		[_ITD, _NT],
		[() => InstanceTypeDetailsList, 0]
	];
	var ListMigrationsRequest$ = [
		3,
		n0,
		_LMR,
		0,
		[
			_aIp,
			_st,
			_mR,
			_nT
		],
		[
			[0, { [_hQ]: _aIp }],
			[0, { [_hQ]: _st }],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var ListMigrationsResponse$ = [
		3,
		n0,
		_LMRi,
		0,
		[_mi, _nT],
		[() => MigrationSummaryList, 0]
	];
	var ListPackagesForDomainRequest$ = [
		3,
		n0,
		_LPFDR,
		0,
		[
			_DN,
			_MR,
			_NT
		],
		[
			[0, 1],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var ListPackagesForDomainResponse$ = [
		3,
		n0,
		_LPFDRi,
		0,
		[_DPDL, _NT],
		[() => DomainPackageDetailsList, 0]
	];
	var ListScheduledActionsRequest$ = [
		3,
		n0,
		_LSAR,
		0,
		[
			_DN,
			_MR,
			_NT
		],
		[
			[0, 1],
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		],
		1
	];
	var ListScheduledActionsResponse$ = [
		3,
		n0,
		_LSARi,
		0,
		[_SAc, _NT],
		[() => ScheduledActionsList, 0]
	];
	var ListTagsRequest$ = [
		3,
		n0,
		_LTR,
		0,
		[_ARN],
		[[0, { [_hQ]: _a }]],
		1
	];
	var ListTagsResponse$ = [
		3,
		n0,
		_LTRi,
		0,
		[_TL],
		[() => TagList]
	];
	var ListVersionsRequest$ = [
		3,
		n0,
		_LVR,
		0,
		[_MR, _NT],
		[[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
	];
	var ListVersionsResponse$ = [
		3,
		n0,
		_LVRi,
		0,
		[_Ve, _NT],
		[64, 0]
	];
	var ListVpcEndpointAccessRequest$ = [
		3,
		n0,
		_LVEAR,
		0,
		[_DN, _NT],
		[[0, 1], [0, { [_hQ]: _nT }]],
		1
	];
	var ListVpcEndpointAccessResponse$ = [
		3,
		n0,
		_LVEARi,
		0,
		[_APL, _NT],
		[() => AuthorizedPrincipalList, 0],
		2
	];
	var ListVpcEndpointsForDomainRequest$ = [
		3,
		n0,
		_LVEFDR,
		0,
		[_DN, _NT],
		[[0, 1], [0, { [_hQ]: _nT }]],
		1
	];
	var ListVpcEndpointsForDomainResponse$ = [
		3,
		n0,
		_LVEFDRi,
		0,
		[_VESL, _NT],
		[() => VpcEndpointSummaryList, 0],
		2
	];
	var ListVpcEndpointsRequest$ = [
		3,
		n0,
		_LVER,
		0,
		[_NT],
		[[0, { [_hQ]: _nT }]]
	];
	var ListVpcEndpointsResponse$ = [
		3,
		n0,
		_LVERi,
		0,
		[_VESL, _NT],
		[() => VpcEndpointSummaryList, 0],
		2
	];
	var LogPublishingOption$ = [
		3,
		n0,
		_LPOo,
		0,
		[_CWLLGA, _E],
		[0, 2]
	];
	var LogPublishingOptionsStatus$ = [
		3,
		n0,
		_LPOS,
		0,
		[_O, _S],
		[() => LogPublishingOptions, () => OptionStatus$]
	];
	var MasterUserOptions$ = [
		3,
		n0,
		_MUO,
		0,
		[
			_MUARN,
			_MUN,
			_MUP
		],
		[
			0,
			[() => Username, 0],
			[() => Password, 0]
		]
	];
	var MigrationError$ = [
		3,
		n0,
		_ME,
		0,
		[_co, _m],
		[0, 0]
	];
	var MigrationOptions$ = [
		3,
		n0,
		_MO,
		0,
		[
			_so,
			_w,
			_eO,
			_cR
		],
		[
			() => MigrationSource$,
			() => MigrationWorkspace$,
			() => ExportOptions$,
			0
		],
		2
	];
	var MigrationSource$ = [
		3,
		n0,
		_MSi,
		0,
		[_dA],
		[0],
		1
	];
	var MigrationSummary$ = [
		3,
		n0,
		_MSig,
		0,
		[
			_mIi,
			_st,
			_aIp,
			_so,
			_eC,
			_iC,
			_e,
			_cA,
			_uA
		],
		[
			0,
			0,
			0,
			() => MigrationSource$,
			1,
			1,
			() => MigrationError$,
			4,
			4
		]
	];
	var MigrationWorkspace$ = [
		3,
		n0,
		_MW,
		0,
		[
			_wI,
			_cW,
			_n,
			_ty
		],
		[
			0,
			2,
			0,
			0
		]
	];
	var ModifyingProperties$ = [
		3,
		n0,
		_MP,
		0,
		[
			_N,
			_AV,
			_PVe,
			_VTa
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var NaturalLanguageQueryGenerationOptionsInput$ = [
		3,
		n0,
		_NLQGOI,
		0,
		[_DS],
		[0]
	];
	var NaturalLanguageQueryGenerationOptionsOutput$ = [
		3,
		n0,
		_NLQGOO,
		0,
		[_DS, _CSu],
		[0, 0]
	];
	var NodeConfig$ = [
		3,
		n0,
		_NC,
		0,
		[
			_E,
			_Ty,
			_Cou
		],
		[
			2,
			0,
			1
		]
	];
	var NodeOption$ = [
		3,
		n0,
		_NOo,
		0,
		[_NTo, _NC],
		[0, () => NodeConfig$]
	];
	var NodeToNodeEncryptionOptions$ = [
		3,
		n0,
		_NTNEO,
		0,
		[_E],
		[2]
	];
	var NodeToNodeEncryptionOptionsStatus$ = [
		3,
		n0,
		_NTNEOS,
		0,
		[_O, _S],
		[() => NodeToNodeEncryptionOptions$, () => OptionStatus$],
		2
	];
	var OffPeakWindow$ = [
		3,
		n0,
		_OPW,
		0,
		[_WST],
		[() => WindowStartTime$]
	];
	var OffPeakWindowOptions$ = [
		3,
		n0,
		_OPWO,
		0,
		[_E, _OPW],
		[2, () => OffPeakWindow$]
	];
	var OffPeakWindowOptionsStatus$ = [
		3,
		n0,
		_OPWOS,
		0,
		[_O, _S],
		[() => OffPeakWindowOptions$, () => OptionStatus$]
	];
	var OptionStatus$ = [
		3,
		n0,
		_OS,
		0,
		[
			_CD,
			_UD,
			_St,
			_UV,
			_PD
		],
		[
			4,
			4,
			0,
			1,
			2
		],
		3
	];
	var OutboundConnection$ = [
		3,
		n0,
		_OC,
		0,
		[
			_LDI,
			_RDI,
			_CI,
			_CA,
			_CS,
			_CM,
			_CPo
		],
		[
			() => DomainInformationContainer$,
			() => DomainInformationContainer$,
			0,
			0,
			() => OutboundConnectionStatus$,
			0,
			() => ConnectionProperties$
		]
	];
	var OutboundConnectionStatus$ = [
		3,
		n0,
		_OCS,
		0,
		[_SC, _M],
		[0, 0]
	];
	var PackageAssociationConfiguration$ = [
		3,
		n0,
		_PAC,
		0,
		[_KSAO],
		[() => KeyStoreAccessOption$]
	];
	var PackageConfiguration$ = [
		3,
		n0,
		_PC,
		0,
		[
			_LR,
			_CR,
			_LF,
			_RRFCU
		],
		[
			0,
			0,
			0,
			2
		],
		2
	];
	var PackageDetails$ = [
		3,
		n0,
		_PDac,
		0,
		[
			_PID,
			_PNa,
			_PTa,
			_PDa,
			_PSa,
			_CAr,
			_LUA,
			_APV,
			_ED,
			_EV,
			_APP,
			_APC,
			_ALUL,
			_PO,
			_PVO,
			_PEO
		],
		[
			0,
			0,
			0,
			0,
			0,
			4,
			4,
			0,
			() => ErrorDetails$,
			0,
			() => PluginProperties$,
			() => PackageConfiguration$,
			64,
			0,
			() => PackageVendingOptions$,
			() => PackageEncryptionOptions$
		]
	];
	var PackageDetailsForAssociation$ = [
		3,
		n0,
		_PDFA,
		0,
		[
			_PID,
			_PPIDL,
			_ACs
		],
		[
			0,
			64,
			() => PackageAssociationConfiguration$
		],
		1
	];
	var PackageEncryptionOptions$ = [
		3,
		n0,
		_PEO,
		0,
		[_EE, _KKIm],
		[2, 0],
		1
	];
	var PackageSource$ = [
		3,
		n0,
		_PS,
		0,
		[_SBN, _SKe],
		[0, 0]
	];
	var PackageVendingOptions$ = [
		3,
		n0,
		_PVO,
		0,
		[_VEe],
		[2],
		1
	];
	var PackageVersionHistory$ = [
		3,
		n0,
		_PVH,
		0,
		[
			_PV,
			_CMo,
			_CAr,
			_PPl,
			_PC
		],
		[
			0,
			0,
			4,
			() => PluginProperties$,
			() => PackageConfiguration$
		]
	];
	var PluginProperties$ = [
		3,
		n0,
		_PPl,
		0,
		[
			_N,
			_D,
			_Ver,
			_CN,
			_USIB
		],
		[
			0,
			0,
			0,
			0,
			1
		]
	];
	var PrometheusDirectQueryDataSource$ = [
		3,
		n0,
		_PDQDS,
		0,
		[_RA, _WA],
		[0, 0],
		2
	];
	var PurchaseReservedInstanceOfferingRequest$ = [
		3,
		n0,
		_PRIOR,
		0,
		[
			_RIOI,
			_RN,
			_IC
		],
		[
			0,
			0,
			1
		],
		2
	];
	var PurchaseReservedInstanceOfferingResponse$ = [
		3,
		n0,
		_PRIORu,
		0,
		[_RII, _RN],
		[0, 0]
	];
	var PutDefaultApplicationSettingRequest$ = [
		3,
		n0,
		_PDASR,
		0,
		[_aA, _sAD],
		[0, 2],
		2
	];
	var PutDefaultApplicationSettingResponse$ = [
		3,
		n0,
		_PDASRu,
		0,
		[_aA],
		[0]
	];
	var RecurringCharge$ = [
		3,
		n0,
		_RC,
		0,
		[_RCA, _RCF],
		[1, 0]
	];
	var RegisterCapabilityRequest$ = [
		3,
		n0,
		_RCR,
		0,
		[
			_aIp,
			_cN,
			_cC
		],
		[
			[0, 1],
			0,
			() => CapabilityBaseRequestConfig$
		],
		3
	];
	var RegisterCapabilityResponse$ = [
		3,
		n0,
		_RCRe,
		0,
		[
			_cN,
			_aIp,
			_st,
			_cC
		],
		[
			0,
			0,
			0,
			() => CapabilityBaseResponseConfig$
		]
	];
	var RejectInboundConnectionRequest$ = [
		3,
		n0,
		_RICR,
		0,
		[_CI],
		[[0, 1]],
		1
	];
	var RejectInboundConnectionResponse$ = [
		3,
		n0,
		_RICRe,
		0,
		[_C],
		[() => InboundConnection$]
	];
	var RemoveTagsRequest$ = [
		3,
		n0,
		_RTR,
		0,
		[_ARN, _TK],
		[0, 64],
		2
	];
	var ReservedInstance$ = [
		3,
		n0,
		_RIe,
		0,
		[
			_RN,
			_RII,
			_BSI,
			_RIOI,
			_IT,
			_ST,
			_Du,
			_FP,
			_UPs,
			_CCu,
			_IC,
			_St,
			_POa,
			_RCe
		],
		[
			0,
			0,
			1,
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
			[() => RecurringChargeList, 0]
		]
	];
	var ReservedInstanceOffering$ = [
		3,
		n0,
		_RIOe,
		0,
		[
			_RIOI,
			_IT,
			_Du,
			_FP,
			_UPs,
			_CCu,
			_POa,
			_RCe
		],
		[
			0,
			0,
			1,
			1,
			1,
			0,
			0,
			[() => RecurringChargeList, 0]
		]
	];
	var RevokeVpcEndpointAccessRequest$ = [
		3,
		n0,
		_RVEAR,
		0,
		[
			_DN,
			_A,
			_Se,
			_SO
		],
		[
			[0, 1],
			0,
			0,
			() => ServiceOptions$
		],
		1
	];
	var RevokeVpcEndpointAccessResponse$ = [
		3,
		n0,
		_RVEARe,
		0,
		[],
		[]
	];
	var RollbackServiceSoftwareOptions$ = [
		3,
		n0,
		_RSSO,
		0,
		[
			_CVu,
			_NV,
			_RAo,
			_D
		],
		[
			0,
			0,
			2,
			0
		]
	];
	var RollbackServiceSoftwareUpdateRequest$ = [
		3,
		n0,
		_RSSUR,
		0,
		[_DN],
		[0],
		1
	];
	var RollbackServiceSoftwareUpdateResponse$ = [
		3,
		n0,
		_RSSURo,
		0,
		[_RSSO],
		[() => RollbackServiceSoftwareOptions$]
	];
	var S3GlueDataCatalog$ = [
		3,
		n0,
		_SGDC,
		0,
		[_RA],
		[0]
	];
	var S3VectorsEngine$ = [
		3,
		n0,
		_SVE,
		0,
		[_E],
		[2]
	];
	var SAMLIdp$ = [
		3,
		n0,
		_SAMLI,
		0,
		[_MC, _EInt],
		[0, 0],
		2
	];
	var SAMLOptionsInput$ = [
		3,
		n0,
		_SAMLOI,
		0,
		[
			_E,
			_Id,
			_MUN,
			_MBR,
			_SK,
			_RK,
			_STM
		],
		[
			2,
			() => SAMLIdp$,
			[() => Username, 0],
			0,
			0,
			0,
			1
		]
	];
	var SAMLOptionsOutput$ = [
		3,
		n0,
		_SAMLOO,
		0,
		[
			_E,
			_Id,
			_SK,
			_RK,
			_STM
		],
		[
			2,
			() => SAMLIdp$,
			0,
			0,
			1
		]
	];
	var SavedObjectIdentifier$ = [
		3,
		n0,
		_SOI,
		0,
		[_ty, _i],
		[0, 0],
		2
	];
	var ScheduledAction$ = [
		3,
		n0,
		_SAch,
		0,
		[
			_Id_,
			_Ty,
			_Sev,
			_STc,
			_D,
			_SB,
			_S,
			_Ma,
			_Ca
		],
		[
			0,
			0,
			0,
			1,
			0,
			0,
			0,
			2,
			2
		],
		4
	];
	var ScheduledAutoTuneDetails$ = [
		3,
		n0,
		_SATD,
		0,
		[
			_Da,
			_ATc,
			_Ac,
			_Sev
		],
		[
			4,
			0,
			0,
			0
		]
	];
	var SecurityLakeDirectQueryDataSource$ = [
		3,
		n0,
		_SLDQDS,
		0,
		[_RA],
		[0],
		1
	];
	var ServerlessVectorAcceleration$ = [
		3,
		n0,
		_SVA,
		0,
		[_E],
		[2]
	];
	var ServiceOptions$ = [
		3,
		n0,
		_SO,
		0,
		[_SR],
		[64]
	];
	var ServiceSoftwareOptions$ = [
		3,
		n0,
		_SSO,
		0,
		[
			_CVu,
			_NV,
			_UAp,
			_Ca,
			_USp,
			_D,
			_AUD,
			_OD
		],
		[
			0,
			0,
			2,
			2,
			0,
			0,
			4,
			2
		]
	];
	var SnapshotOptions$ = [
		3,
		n0,
		_SOn,
		0,
		[_ASSH],
		[1]
	];
	var SnapshotOptionsStatus$ = [
		3,
		n0,
		_SOS,
		0,
		[_O, _S],
		[() => SnapshotOptions$, () => OptionStatus$],
		2
	];
	var SoftwareUpdateOptions$ = [
		3,
		n0,
		_SUO,
		0,
		[_ASUE, _ULSSFBG],
		[2, 2]
	];
	var SoftwareUpdateOptionsStatus$ = [
		3,
		n0,
		_SUOS,
		0,
		[_O, _S],
		[() => SoftwareUpdateOptions$, () => OptionStatus$]
	];
	var StartDomainMaintenanceRequest$ = [
		3,
		n0,
		_SDMR,
		0,
		[
			_DN,
			_Ac,
			_NI
		],
		[
			[0, 1],
			0,
			0
		],
		2
	];
	var StartDomainMaintenanceResponse$ = [
		3,
		n0,
		_SDMRt,
		0,
		[_MI],
		[0]
	];
	var StartMigrationRequest$ = [
		3,
		n0,
		_SMR,
		0,
		[
			_aIp,
			_mO,
			_cT
		],
		[
			0,
			() => MigrationOptions$,
			0
		],
		2
	];
	var StartMigrationResponse$ = [
		3,
		n0,
		_SMRt,
		0,
		[_mIi, _st],
		[0, 0]
	];
	var StartServiceSoftwareUpdateRequest$ = [
		3,
		n0,
		_SSSUR,
		0,
		[
			_DN,
			_SAche,
			_DSTe
		],
		[
			0,
			0,
			1
		],
		1
	];
	var StartServiceSoftwareUpdateResponse$ = [
		3,
		n0,
		_SSSURt,
		0,
		[_SSO],
		[() => ServiceSoftwareOptions$]
	];
	var StorageType$ = [
		3,
		n0,
		_STt,
		0,
		[
			_STN,
			_SSTN,
			_STL
		],
		[
			0,
			0,
			() => StorageTypeLimitList
		]
	];
	var StorageTypeLimit$ = [
		3,
		n0,
		_STLt,
		0,
		[_LN, _LV],
		[0, 64]
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
	var UpdateApplicationRequest$ = [
		3,
		n0,
		_UAR,
		0,
		[
			_i,
			_dS,
			_aC,
			_iICO
		],
		[
			[0, 1],
			() => DataSources,
			() => AppConfigs,
			() => IamIdentityCenterOptionsInput$
		],
		1
	];
	var UpdateApplicationResponse$ = [
		3,
		n0,
		_UARp,
		0,
		[
			_i,
			_n,
			_a,
			_dS,
			_iICO,
			_aC,
			_cA,
			_lUA
		],
		[
			0,
			0,
			0,
			() => DataSources,
			() => IamIdentityCenterOptions$,
			() => AppConfigs,
			4,
			4
		]
	];
	var UpdateDataSourceRequest$ = [
		3,
		n0,
		_UDSR,
		0,
		[
			_DN,
			_N,
			_DST,
			_D,
			_S
		],
		[
			[0, 1],
			[0, 1],
			() => DataSourceType$,
			0,
			0
		],
		3
	];
	var UpdateDataSourceResponse$ = [
		3,
		n0,
		_UDSRp,
		0,
		[_M],
		[0]
	];
	var UpdateDirectQueryDataSourceRequest$ = [
		3,
		n0,
		_UDQDSR,
		0,
		[
			_DSN,
			_DST,
			_D,
			_OSA,
			_DSAP
		],
		[
			[0, 1],
			() => DirectQueryDataSourceType$,
			0,
			64,
			0
		],
		2
	];
	var UpdateDirectQueryDataSourceResponse$ = [
		3,
		n0,
		_UDQDSRp,
		0,
		[_DSA],
		[0]
	];
	var UpdateDomainConfigRequest$ = [
		3,
		n0,
		_UDCR,
		0,
		[
			_DN,
			_CC,
			_EBSO,
			_SOn,
			_VPCO,
			_CO,
			_AO,
			_APc,
			_IPAT,
			_LPO,
			_EARO,
			_DEO,
			_NTNEO,
			_ASO,
			_ICO,
			_ATO,
			_DR,
			_DRM,
			_OPWO,
			_SUO,
			_AIMLO,
			_DSO,
			_ASPO,
			_UC,
			_EMn
		],
		[
			[0, 1],
			() => ClusterConfig$,
			() => EBSOptions$,
			() => SnapshotOptions$,
			() => VPCOptions$,
			() => CognitoOptions$,
			128,
			0,
			0,
			() => LogPublishingOptions,
			() => EncryptionAtRestOptions$,
			() => DomainEndpointOptions$,
			() => NodeToNodeEncryptionOptions$,
			[() => AdvancedSecurityOptionsInput$, 0],
			() => IdentityCenterOptionsInput$,
			() => AutoTuneOptions$,
			2,
			0,
			() => OffPeakWindowOptions$,
			() => SoftwareUpdateOptions$,
			() => AIMLOptionsInput$,
			() => DeploymentStrategyOptions$,
			() => AutomatedSnapshotPauseRequestOptions$,
			0,
			0
		],
		1
	];
	var UpdateDomainConfigResponse$ = [
		3,
		n0,
		_UDCRp,
		0,
		[
			_DC,
			_DRR,
			_DRPS
		],
		[
			() => DomainConfig$,
			() => DryRunResults$,
			() => DryRunProgressStatus$
		],
		1
	];
	var UpdateIndexRequest$ = [
		3,
		n0,
		_UIR,
		0,
		[
			_DN,
			_IN,
			_IS
		],
		[
			[0, 1],
			[0, 1],
			15
		],
		3
	];
	var UpdateIndexResponse$ = [
		3,
		n0,
		_UIRp,
		0,
		[_S],
		[0],
		1
	];
	var UpdatePackageRequest$ = [
		3,
		n0,
		_UPR,
		0,
		[
			_PID,
			_PS,
			_PDa,
			_CMo,
			_PC,
			_PEO
		],
		[
			0,
			() => PackageSource$,
			0,
			0,
			() => PackageConfiguration$,
			() => PackageEncryptionOptions$
		],
		2
	];
	var UpdatePackageResponse$ = [
		3,
		n0,
		_UPRp,
		0,
		[_PDac],
		[() => PackageDetails$]
	];
	var UpdatePackageScopeRequest$ = [
		3,
		n0,
		_UPSR,
		0,
		[
			_PID,
			_Op,
			_PUL
		],
		[
			0,
			0,
			64
		],
		3
	];
	var UpdatePackageScopeResponse$ = [
		3,
		n0,
		_UPSRp,
		0,
		[
			_PID,
			_Op,
			_PUL
		],
		[
			0,
			0,
			64
		]
	];
	var UpdateScheduledActionRequest$ = [
		3,
		n0,
		_USAR,
		0,
		[
			_DN,
			_AID,
			_ATc,
			_SAche,
			_DSTe
		],
		[
			[0, 1],
			0,
			0,
			0,
			1
		],
		4
	];
	var UpdateScheduledActionResponse$ = [
		3,
		n0,
		_USARp,
		0,
		[_SAch],
		[() => ScheduledAction$]
	];
	var UpdateVpcEndpointRequest$ = [
		3,
		n0,
		_UVER,
		0,
		[_VEI, _VO],
		[0, () => VPCOptions$],
		2
	];
	var UpdateVpcEndpointResponse$ = [
		3,
		n0,
		_UVERp,
		0,
		[_VEp],
		[() => VpcEndpoint$],
		1
	];
	var UpgradeDomainRequest$ = [
		3,
		n0,
		_UDR,
		0,
		[
			_DN,
			_TVa,
			_PCO,
			_AO
		],
		[
			0,
			0,
			2,
			128
		],
		2
	];
	var UpgradeDomainResponse$ = [
		3,
		n0,
		_UDRp,
		0,
		[
			_UI,
			_DN,
			_TVa,
			_PCO,
			_AO,
			_CPD
		],
		[
			0,
			0,
			0,
			2,
			128,
			() => ChangeProgressDetails$
		]
	];
	var UpgradeHistory$ = [
		3,
		n0,
		_UHp,
		0,
		[
			_UN,
			_STta,
			_USpg,
			_SL
		],
		[
			0,
			4,
			0,
			() => UpgradeStepsList
		]
	];
	var UpgradeStepItem$ = [
		3,
		n0,
		_USI,
		0,
		[
			_US,
			_USS,
			_Is,
			_PPr
		],
		[
			0,
			0,
			64,
			1
		]
	];
	var UseCaseStatus$ = [
		3,
		n0,
		_UCS,
		0,
		[_O, _S],
		[0, () => OptionStatus$],
		2
	];
	var ValidationFailure$ = [
		3,
		n0,
		_VFa,
		0,
		[_Cod, _M],
		[0, 0]
	];
	var VersionStatus$ = [
		3,
		n0,
		_VSe,
		0,
		[_O, _S],
		[0, () => OptionStatus$],
		2
	];
	var VPCDerivedInfo$ = [
		3,
		n0,
		_VPCDI,
		0,
		[
			_VPCI,
			_SI,
			_AZv,
			_SGI,
			_EEg
		],
		[
			0,
			64,
			64,
			64,
			2
		]
	];
	var VPCDerivedInfoStatus$ = [
		3,
		n0,
		_VPCDIS,
		0,
		[_O, _S],
		[() => VPCDerivedInfo$, () => OptionStatus$],
		2
	];
	var VpcEndpoint$ = [
		3,
		n0,
		_VEp,
		0,
		[
			_VEI,
			_VEO,
			_DA,
			_VO,
			_S,
			_En
		],
		[
			0,
			0,
			0,
			() => VPCDerivedInfo$,
			0,
			0
		]
	];
	var VpcEndpointError$ = [
		3,
		n0,
		_VEEp,
		0,
		[
			_VEI,
			_EC,
			_EM
		],
		[
			0,
			0,
			0
		]
	];
	var VpcEndpointSummary$ = [
		3,
		n0,
		_VES,
		0,
		[
			_VEI,
			_VEO,
			_DA,
			_S
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var VPCOptions$ = [
		3,
		n0,
		_VPCO,
		0,
		[
			_SI,
			_SGI,
			_EEg
		],
		[
			64,
			64,
			2
		]
	];
	var WindowStartTime$ = [
		3,
		n0,
		_WST,
		0,
		[_H, _Mi],
		[1, 1],
		2
	];
	var WorkspaceConfigurationInput$ = [
		3,
		n0,
		_WCI,
		0,
		[_n, _wT],
		[0, 0],
		2
	];
	var ZoneAwarenessConfig$ = [
		3,
		n0,
		_ZAC,
		0,
		[_AZC],
		[1]
	];
	var __Unit = "unit";
	var AdditionalLimitList = [
		1,
		n0,
		_ALL,
		0,
		() => AdditionalLimit$
	];
	var AppConfigs = [
		1,
		n0,
		_ACp,
		0,
		() => AppConfig$
	];
	var ApplicationSummaries = [
		1,
		n0,
		_ASp,
		0,
		() => ApplicationSummary$
	];
	var AuthorizedPrincipalList = [
		1,
		n0,
		_APL,
		0,
		() => AuthorizedPrincipal$
	];
	var AutoTuneList = [
		1,
		n0,
		_ATL,
		0,
		() => AutoTune$
	];
	var AutoTuneMaintenanceScheduleList = [
		1,
		n0,
		_ATMSL,
		0,
		() => AutoTuneMaintenanceSchedule$
	];
	var AvailabilityZoneInfoList = [
		1,
		n0,
		_AZIL,
		0,
		() => AvailabilityZoneInfo$
	];
	var CancelledChangePropertyList = [
		1,
		n0,
		_CCPL,
		0,
		() => CancelledChangeProperty$
	];
	var CapabilityFailures = [
		1,
		n0,
		_CFa,
		0,
		() => CapabilityFailure$
	];
	var ChangeProgressStageList = [
		1,
		n0,
		_CPSL,
		0,
		() => ChangeProgressStage$
	];
	var CompatibleVersionsList = [
		1,
		n0,
		_CVL,
		0,
		() => CompatibleVersionsMap$
	];
	var DataSourceAttachmentSummaryList = [
		1,
		n0,
		_DSASL,
		0,
		() => DataSourceAttachmentSummary$
	];
	var DataSourceList = [
		1,
		n0,
		_DSLa,
		0,
		() => DataSourceDetails$
	];
	var DataSources = [
		1,
		n0,
		_DSat,
		0,
		() => DataSource$
	];
	var DescribePackagesFilterList = [
		1,
		n0,
		_DPFL,
		0,
		() => DescribePackagesFilter$
	];
	var DirectQueryDataSourceList = [
		1,
		n0,
		_DQDSL,
		0,
		() => DirectQueryDataSource$
	];
	var DomainInfoList = [
		1,
		n0,
		_DIL,
		0,
		() => DomainInfo$
	];
	var DomainMaintenanceList = [
		1,
		n0,
		_DML,
		0,
		() => DomainMaintenanceDetails$
	];
	var DomainNodesStatusList = [
		1,
		n0,
		_DNSL,
		0,
		() => DomainNodesStatus$
	];
	var DomainPackageDetailsList = [
		1,
		n0,
		_DPDL,
		0,
		() => DomainPackageDetails$
	];
	var DomainStatusList = [
		1,
		n0,
		_DSL,
		0,
		() => DomainStatus$
	];
	var EnvironmentInfoList = [
		1,
		n0,
		_EIL,
		0,
		() => EnvironmentInfo$
	];
	var FilterList = [
		1,
		n0,
		_FL,
		0,
		() => Filter$
	];
	var InboundConnections = [
		1,
		n0,
		_ICnb,
		0,
		() => InboundConnection$
	];
	var InsightFieldList = [
		1,
		n0,
		_IFL,
		0,
		() => InsightField$
	];
	var InsightList = [
		1,
		n0,
		_ILn,
		0,
		() => Insight$
	];
	var InstanceTypeDetailsList = [
		1,
		n0,
		_ITDL,
		0,
		() => InstanceTypeDetails$
	];
	var MigrationSummaryList = [
		1,
		n0,
		_MSL,
		0,
		() => MigrationSummary$
	];
	var ModifyingPropertiesList = [
		1,
		n0,
		_MPL,
		0,
		() => ModifyingProperties$
	];
	var NodeOptionsList = [
		1,
		n0,
		_NOL,
		0,
		() => NodeOption$
	];
	var OutboundConnections = [
		1,
		n0,
		_OCu,
		0,
		() => OutboundConnection$
	];
	var PackageDetailsForAssociationList = [
		1,
		n0,
		_PDFAL,
		0,
		() => PackageDetailsForAssociation$
	];
	var PackageDetailsList = [
		1,
		n0,
		_PDL,
		0,
		() => PackageDetails$
	];
	var PackageVersionHistoryList = [
		1,
		n0,
		_PVHL,
		0,
		() => PackageVersionHistory$
	];
	var RecurringChargeList = [
		1,
		n0,
		_RCL,
		0,
		[() => RecurringCharge$, { [_xN]: _RC }]
	];
	var ReservedInstanceList = [
		1,
		n0,
		_RIL,
		0,
		[() => ReservedInstance$, 0]
	];
	var ReservedInstanceOfferingList = [
		1,
		n0,
		_RIOL,
		0,
		[() => ReservedInstanceOffering$, { [_xN]: _RIOe }]
	];
	var SavedObjectIdentifierList = [
		1,
		n0,
		_SOIL,
		0,
		() => SavedObjectIdentifier$
	];
	var ScheduledActionsList = [
		1,
		n0,
		_SAL,
		0,
		() => ScheduledAction$
	];
	var StorageTypeLimitList = [
		1,
		n0,
		_STLL,
		0,
		() => StorageTypeLimit$
	];
	var StorageTypeList = [
		1,
		n0,
		_STLto,
		0,
		() => StorageType$
	];
	var TagList = [
		1,
		n0,
		_TL,
		0,
		() => Tag$
	];
	var UpgradeHistoryList = [
		1,
		n0,
		_UHL,
		0,
		() => UpgradeHistory$
	];
	var UpgradeStepsList = [
		1,
		n0,
		_USL,
		0,
		() => UpgradeStepItem$
	];
	var ValidationFailures = [
		1,
		n0,
		_VF,
		0,
		() => ValidationFailure$
	];
	var VpcEndpointErrorList = [
		1,
		n0,
		_VEEL,
		0,
		() => VpcEndpointError$
	];
	var VpcEndpoints = [
		1,
		n0,
		_VEpc,
		0,
		() => VpcEndpoint$
	];
	var VpcEndpointSummaryList = [
		1,
		n0,
		_VESL,
		0,
		() => VpcEndpointSummary$
	];
	var LimitsByRole = [
		2,
		n0,
		_LBR,
		0,
		0,
		() => Limits$
	];
	var LogPublishingOptions = [
		2,
		n0,
		_LPO,
		0,
		0,
		() => LogPublishingOption$
	];
	var CapabilityBaseRequestConfig$ = [
		4,
		n0,
		_CBRC,
		0,
		[_aCi],
		[() => AIConfig$]
	];
	var CapabilityBaseResponseConfig$ = [
		4,
		n0,
		_CBRCa,
		0,
		[_aCi],
		[() => AIConfig$]
	];
	var CapabilityExtendedResponseConfig$ = [
		4,
		n0,
		_CERC,
		0,
		[_aCi],
		[() => AIConfig$]
	];
	var DataSourceType$ = [
		4,
		n0,
		_DST,
		0,
		[_SGDC],
		[() => S3GlueDataCatalog$]
	];
	var DirectQueryDataSourceType$ = [
		4,
		n0,
		_DQDST,
		0,
		[
			_CWL,
			_SLe,
			_Prom
		],
		[
			() => CloudWatchDirectQueryDataSource$,
			() => SecurityLakeDirectQueryDataSource$,
			() => PrometheusDirectQueryDataSource$
		]
	];
	var AcceptInboundConnection$ = [
		9,
		n0,
		_AICc,
		{ [_h]: [
			"PUT",
			"/2021-01-01/opensearch/cc/inboundConnection/{ConnectionId}/accept",
			200
		] },
		() => AcceptInboundConnectionRequest$,
		() => AcceptInboundConnectionResponse$
	];
	var AddDataSource$ = [
		9,
		n0,
		_ADS,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/domain/{DomainName}/dataSource",
			200
		] },
		() => AddDataSourceRequest$,
		() => AddDataSourceResponse$
	];
	var AddDirectQueryDataSource$ = [
		9,
		n0,
		_ADQDS,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/directQueryDataSource",
			200
		] },
		() => AddDirectQueryDataSourceRequest$,
		() => AddDirectQueryDataSourceResponse$
	];
	var AddTags$ = [
		9,
		n0,
		_ATd,
		{ [_h]: [
			"POST",
			"/2021-01-01/tags",
			200
		] },
		() => AddTagsRequest$,
		() => __Unit
	];
	var AssociatePackage$ = [
		9,
		n0,
		_APs,
		{ [_h]: [
			"POST",
			"/2021-01-01/packages/associate/{PackageID}/{DomainName}",
			200
		] },
		() => AssociatePackageRequest$,
		() => AssociatePackageResponse$
	];
	var AssociatePackages$ = [
		9,
		n0,
		_APss,
		{ [_h]: [
			"POST",
			"/2021-01-01/packages/associateMultiple",
			200
		] },
		() => AssociatePackagesRequest$,
		() => AssociatePackagesResponse$
	];
	var AttachDataSource$ = [
		9,
		n0,
		_ADSt,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/application/{id}/attachDataSource",
			200
		] },
		() => AttachDataSourceRequest$,
		() => AttachDataSourceResponse$
	];
	var AuthorizeVpcEndpointAccess$ = [
		9,
		n0,
		_AVEA,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/domain/{DomainName}/authorizeVpcEndpointAccess",
			200
		] },
		() => AuthorizeVpcEndpointAccessRequest$,
		() => AuthorizeVpcEndpointAccessResponse$
	];
	var CancelDomainConfigChange$ = [
		9,
		n0,
		_CDCC,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/domain/{DomainName}/config/cancel",
			200
		] },
		() => CancelDomainConfigChangeRequest$,
		() => CancelDomainConfigChangeResponse$
	];
	var CancelServiceSoftwareUpdate$ = [
		9,
		n0,
		_CSSU,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/serviceSoftwareUpdate/cancel",
			200
		] },
		() => CancelServiceSoftwareUpdateRequest$,
		() => CancelServiceSoftwareUpdateResponse$
	];
	var CreateApplication$ = [
		9,
		n0,
		_CAre,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/application",
			200
		] },
		() => CreateApplicationRequest$,
		() => CreateApplicationResponse$
	];
	var CreateDomain$ = [
		9,
		n0,
		_CDr,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/domain",
			200
		] },
		() => CreateDomainRequest$,
		() => CreateDomainResponse$
	];
	var CreateIndex$ = [
		9,
		n0,
		_CIr,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/domain/{DomainName}/index",
			200
		] },
		() => CreateIndexRequest$,
		() => CreateIndexResponse$
	];
	var CreateOutboundConnection$ = [
		9,
		n0,
		_COC,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/cc/outboundConnection",
			200
		] },
		() => CreateOutboundConnectionRequest$,
		() => CreateOutboundConnectionResponse$
	];
	var CreatePackage$ = [
		9,
		n0,
		_CPr,
		{ [_h]: [
			"POST",
			"/2021-01-01/packages",
			200
		] },
		() => CreatePackageRequest$,
		() => CreatePackageResponse$
	];
	var CreateVpcEndpoint$ = [
		9,
		n0,
		_CVE,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/vpcEndpoints",
			200
		] },
		() => CreateVpcEndpointRequest$,
		() => CreateVpcEndpointResponse$
	];
	var DeleteApplication$ = [
		9,
		n0,
		_DAe,
		{ [_h]: [
			"DELETE",
			"/2021-01-01/opensearch/application/{id}",
			200
		] },
		() => DeleteApplicationRequest$,
		() => DeleteApplicationResponse$
	];
	var DeleteDataSource$ = [
		9,
		n0,
		_DDS,
		{ [_h]: [
			"DELETE",
			"/2021-01-01/opensearch/domain/{DomainName}/dataSource/{Name}",
			200
		] },
		() => DeleteDataSourceRequest$,
		() => DeleteDataSourceResponse$
	];
	var DeleteDirectQueryDataSource$ = [
		9,
		n0,
		_DDQDS,
		{ [_h]: [
			"DELETE",
			"/2021-01-01/opensearch/directQueryDataSource/{DataSourceName}",
			200
		] },
		() => DeleteDirectQueryDataSourceRequest$,
		() => __Unit
	];
	var DeleteDomain$ = [
		9,
		n0,
		_DD,
		{ [_h]: [
			"DELETE",
			"/2021-01-01/opensearch/domain/{DomainName}",
			200
		] },
		() => DeleteDomainRequest$,
		() => DeleteDomainResponse$
	];
	var DeleteInboundConnection$ = [
		9,
		n0,
		_DICe,
		{ [_h]: [
			"DELETE",
			"/2021-01-01/opensearch/cc/inboundConnection/{ConnectionId}",
			200
		] },
		() => DeleteInboundConnectionRequest$,
		() => DeleteInboundConnectionResponse$
	];
	var DeleteIndex$ = [
		9,
		n0,
		_DIe,
		{ [_h]: [
			"DELETE",
			"/2021-01-01/opensearch/domain/{DomainName}/index/{IndexName}",
			200
		] },
		() => DeleteIndexRequest$,
		() => DeleteIndexResponse$
	];
	var DeleteOutboundConnection$ = [
		9,
		n0,
		_DOC,
		{ [_h]: [
			"DELETE",
			"/2021-01-01/opensearch/cc/outboundConnection/{ConnectionId}",
			200
		] },
		() => DeleteOutboundConnectionRequest$,
		() => DeleteOutboundConnectionResponse$
	];
	var DeletePackage$ = [
		9,
		n0,
		_DP,
		{ [_h]: [
			"DELETE",
			"/2021-01-01/packages/{PackageID}",
			200
		] },
		() => DeletePackageRequest$,
		() => DeletePackageResponse$
	];
	var DeleteVpcEndpoint$ = [
		9,
		n0,
		_DVE,
		{ [_h]: [
			"DELETE",
			"/2021-01-01/opensearch/vpcEndpoints/{VpcEndpointId}",
			200
		] },
		() => DeleteVpcEndpointRequest$,
		() => DeleteVpcEndpointResponse$
	];
	var DeregisterCapability$ = [
		9,
		n0,
		_DCe,
		{ [_h]: [
			"DELETE",
			"/2021-01-01/opensearch/application/{applicationId}/capability/deregister/{capabilityName}",
			200
		] },
		() => DeregisterCapabilityRequest$,
		() => DeregisterCapabilityResponse$
	];
	var DescribeDataSourceAttachment$ = [
		9,
		n0,
		_DDSA,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/application/{id}/describeDataSourceAttachment",
			200
		] },
		() => DescribeDataSourceAttachmentRequest$,
		() => DescribeDataSourceAttachmentResponse$
	];
	var DescribeDomain$ = [
		9,
		n0,
		_DDe,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}",
			200
		] },
		() => DescribeDomainRequest$,
		() => DescribeDomainResponse$
	];
	var DescribeDomainAutoTunes$ = [
		9,
		n0,
		_DDAT,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/autoTunes",
			200
		] },
		() => DescribeDomainAutoTunesRequest$,
		() => DescribeDomainAutoTunesResponse$
	];
	var DescribeDomainChangeProgress$ = [
		9,
		n0,
		_DDCP,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/progress",
			200
		] },
		() => DescribeDomainChangeProgressRequest$,
		() => DescribeDomainChangeProgressResponse$
	];
	var DescribeDomainConfig$ = [
		9,
		n0,
		_DDC,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/config",
			200
		] },
		() => DescribeDomainConfigRequest$,
		() => DescribeDomainConfigResponse$
	];
	var DescribeDomainHealth$ = [
		9,
		n0,
		_DDH,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/health",
			200
		] },
		() => DescribeDomainHealthRequest$,
		() => DescribeDomainHealthResponse$
	];
	var DescribeDomainNodes$ = [
		9,
		n0,
		_DDN,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/nodes",
			200
		] },
		() => DescribeDomainNodesRequest$,
		() => DescribeDomainNodesResponse$
	];
	var DescribeDomains$ = [
		9,
		n0,
		_DDes,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/domain-info",
			200
		] },
		() => DescribeDomainsRequest$,
		() => DescribeDomainsResponse$
	];
	var DescribeDryRunProgress$ = [
		9,
		n0,
		_DDRP,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/dryRun",
			200
		] },
		() => DescribeDryRunProgressRequest$,
		() => DescribeDryRunProgressResponse$
	];
	var DescribeInboundConnections$ = [
		9,
		n0,
		_DICes,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/cc/inboundConnection/search",
			200
		] },
		() => DescribeInboundConnectionsRequest$,
		() => DescribeInboundConnectionsResponse$
	];
	var DescribeInsightDetails$ = [
		9,
		n0,
		_DID,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/insight-details",
			200
		] },
		() => DescribeInsightDetailsRequest$,
		() => DescribeInsightDetailsResponse$
	];
	var DescribeInstanceTypeLimits$ = [
		9,
		n0,
		_DITL,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/instanceTypeLimits/{EngineVersion}/{InstanceType}",
			200
		] },
		() => DescribeInstanceTypeLimitsRequest$,
		() => DescribeInstanceTypeLimitsResponse$
	];
	var DescribeOutboundConnections$ = [
		9,
		n0,
		_DOCe,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/cc/outboundConnection/search",
			200
		] },
		() => DescribeOutboundConnectionsRequest$,
		() => DescribeOutboundConnectionsResponse$
	];
	var DescribePackages$ = [
		9,
		n0,
		_DPe,
		{ [_h]: [
			"POST",
			"/2021-01-01/packages/describe",
			200
		] },
		() => DescribePackagesRequest$,
		() => DescribePackagesResponse$
	];
	var DescribeReservedInstanceOfferings$ = [
		9,
		n0,
		_DRIO,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/reservedInstanceOfferings",
			200
		] },
		() => DescribeReservedInstanceOfferingsRequest$,
		() => DescribeReservedInstanceOfferingsResponse$
	];
	var DescribeReservedInstances$ = [
		9,
		n0,
		_DRIe,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/reservedInstances",
			200
		] },
		() => DescribeReservedInstancesRequest$,
		() => DescribeReservedInstancesResponse$
	];
	var DescribeVpcEndpoints$ = [
		9,
		n0,
		_DVEe,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/vpcEndpoints/describe",
			200
		] },
		() => DescribeVpcEndpointsRequest$,
		() => DescribeVpcEndpointsResponse$
	];
	var DetachDataSource$ = [
		9,
		n0,
		_DDSe,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/application/{id}/detachDataSource",
			200
		] },
		() => DetachDataSourceRequest$,
		() => DetachDataSourceResponse$
	];
	var DissociatePackage$ = [
		9,
		n0,
		_DPi,
		{ [_h]: [
			"POST",
			"/2021-01-01/packages/dissociate/{PackageID}/{DomainName}",
			200
		] },
		() => DissociatePackageRequest$,
		() => DissociatePackageResponse$
	];
	var DissociatePackages$ = [
		9,
		n0,
		_DPis,
		{ [_h]: [
			"POST",
			"/2021-01-01/packages/dissociateMultiple",
			200
		] },
		() => DissociatePackagesRequest$,
		() => DissociatePackagesResponse$
	];
	var GetApplication$ = [
		9,
		n0,
		_GA,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/application/{id}",
			200
		] },
		() => GetApplicationRequest$,
		() => GetApplicationResponse$
	];
	var GetCapability$ = [
		9,
		n0,
		_GC,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/application/{applicationId}/capability/{capabilityName}",
			200
		] },
		() => GetCapabilityRequest$,
		() => GetCapabilityResponse$
	];
	var GetCompatibleVersions$ = [
		9,
		n0,
		_GCV,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/compatibleVersions",
			200
		] },
		() => GetCompatibleVersionsRequest$,
		() => GetCompatibleVersionsResponse$
	];
	var GetDataSource$ = [
		9,
		n0,
		_GDS,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/dataSource/{Name}",
			200
		] },
		() => GetDataSourceRequest$,
		() => GetDataSourceResponse$
	];
	var GetDefaultApplicationSetting$ = [
		9,
		n0,
		_GDAS,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/defaultApplicationSetting",
			200
		] },
		() => GetDefaultApplicationSettingRequest$,
		() => GetDefaultApplicationSettingResponse$
	];
	var GetDirectQueryDataSource$ = [
		9,
		n0,
		_GDQDS,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/directQueryDataSource/{DataSourceName}",
			200
		] },
		() => GetDirectQueryDataSourceRequest$,
		() => GetDirectQueryDataSourceResponse$
	];
	var GetDomainMaintenanceStatus$ = [
		9,
		n0,
		_GDMS,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/domainMaintenance",
			200
		] },
		() => GetDomainMaintenanceStatusRequest$,
		() => GetDomainMaintenanceStatusResponse$
	];
	var GetIndex$ = [
		9,
		n0,
		_GI,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/index/{IndexName}",
			200
		] },
		() => GetIndexRequest$,
		() => GetIndexResponse$
	];
	var GetMigration$ = [
		9,
		n0,
		_GM,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/app-migrations/{migrationId}",
			200
		] },
		() => GetMigrationRequest$,
		() => GetMigrationResponse$
	];
	var GetPackageVersionHistory$ = [
		9,
		n0,
		_GPVH,
		{ [_h]: [
			"GET",
			"/2021-01-01/packages/{PackageID}/history",
			200
		] },
		() => GetPackageVersionHistoryRequest$,
		() => GetPackageVersionHistoryResponse$
	];
	var GetUpgradeHistory$ = [
		9,
		n0,
		_GUH,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/upgradeDomain/{DomainName}/history",
			200
		] },
		() => GetUpgradeHistoryRequest$,
		() => GetUpgradeHistoryResponse$
	];
	var GetUpgradeStatus$ = [
		9,
		n0,
		_GUS,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/upgradeDomain/{DomainName}/status",
			200
		] },
		() => GetUpgradeStatusRequest$,
		() => GetUpgradeStatusResponse$
	];
	var InsightFeedback$ = [
		9,
		n0,
		_IFn,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/insight-feedback",
			200
		] },
		() => InsightFeedbackRequest$,
		() => InsightFeedbackResponse$
	];
	var ListApplications$ = [
		9,
		n0,
		_LA,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/list-applications",
			200
		] },
		() => ListApplicationsRequest$,
		() => ListApplicationsResponse$
	];
	var ListDataSourceAttachments$ = [
		9,
		n0,
		_LDSA,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/application/{id}/listDataSourceAttachments",
			200
		] },
		() => ListDataSourceAttachmentsRequest$,
		() => ListDataSourceAttachmentsResponse$
	];
	var ListDataSources$ = [
		9,
		n0,
		_LDS,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/dataSource",
			200
		] },
		() => ListDataSourcesRequest$,
		() => ListDataSourcesResponse$
	];
	var ListDirectQueryDataSources$ = [
		9,
		n0,
		_LDQDS,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/directQueryDataSource",
			200
		] },
		() => ListDirectQueryDataSourcesRequest$,
		() => ListDirectQueryDataSourcesResponse$
	];
	var ListDomainMaintenances$ = [
		9,
		n0,
		_LDM,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/domainMaintenances",
			200
		] },
		() => ListDomainMaintenancesRequest$,
		() => ListDomainMaintenancesResponse$
	];
	var ListDomainNames$ = [
		9,
		n0,
		_LDN,
		{ [_h]: [
			"GET",
			"/2021-01-01/domain",
			200
		] },
		() => ListDomainNamesRequest$,
		() => ListDomainNamesResponse$
	];
	var ListDomainsForPackage$ = [
		9,
		n0,
		_LDFP,
		{ [_h]: [
			"GET",
			"/2021-01-01/packages/{PackageID}/domains",
			200
		] },
		() => ListDomainsForPackageRequest$,
		() => ListDomainsForPackageResponse$
	];
	var ListInsights$ = [
		9,
		n0,
		_LI,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/insights",
			200
		] },
		() => ListInsightsRequest$,
		() => ListInsightsResponse$
	];
	var ListInstanceTypeDetails$ = [
		9,
		n0,
		_LITD,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/instanceTypeDetails/{EngineVersion}",
			200
		] },
		() => ListInstanceTypeDetailsRequest$,
		() => ListInstanceTypeDetailsResponse$
	];
	var ListMigrations$ = [
		9,
		n0,
		_LM,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/app-migrations",
			200
		] },
		() => ListMigrationsRequest$,
		() => ListMigrationsResponse$
	];
	var ListPackagesForDomain$ = [
		9,
		n0,
		_LPFD,
		{ [_h]: [
			"GET",
			"/2021-01-01/domain/{DomainName}/packages",
			200
		] },
		() => ListPackagesForDomainRequest$,
		() => ListPackagesForDomainResponse$
	];
	var ListScheduledActions$ = [
		9,
		n0,
		_LSA,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/scheduledActions",
			200
		] },
		() => ListScheduledActionsRequest$,
		() => ListScheduledActionsResponse$
	];
	var ListTags$ = [
		9,
		n0,
		_LT,
		{ [_h]: [
			"GET",
			"/2021-01-01/tags",
			200
		] },
		() => ListTagsRequest$,
		() => ListTagsResponse$
	];
	var ListVersions$ = [
		9,
		n0,
		_LVi,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/versions",
			200
		] },
		() => ListVersionsRequest$,
		() => ListVersionsResponse$
	];
	var ListVpcEndpointAccess$ = [
		9,
		n0,
		_LVEA,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/listVpcEndpointAccess",
			200
		] },
		() => ListVpcEndpointAccessRequest$,
		() => ListVpcEndpointAccessResponse$
	];
	var ListVpcEndpoints$ = [
		9,
		n0,
		_LVE,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/vpcEndpoints",
			200
		] },
		() => ListVpcEndpointsRequest$,
		() => ListVpcEndpointsResponse$
	];
	var ListVpcEndpointsForDomain$ = [
		9,
		n0,
		_LVEFD,
		{ [_h]: [
			"GET",
			"/2021-01-01/opensearch/domain/{DomainName}/vpcEndpoints",
			200
		] },
		() => ListVpcEndpointsForDomainRequest$,
		() => ListVpcEndpointsForDomainResponse$
	];
	var PurchaseReservedInstanceOffering$ = [
		9,
		n0,
		_PRIO,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/purchaseReservedInstanceOffering",
			200
		] },
		() => PurchaseReservedInstanceOfferingRequest$,
		() => PurchaseReservedInstanceOfferingResponse$
	];
	var PutDefaultApplicationSetting$ = [
		9,
		n0,
		_PDAS,
		{ [_h]: [
			"PUT",
			"/2021-01-01/opensearch/defaultApplicationSetting",
			200
		] },
		() => PutDefaultApplicationSettingRequest$,
		() => PutDefaultApplicationSettingResponse$
	];
	var RegisterCapability$ = [
		9,
		n0,
		_RCeg,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/application/{applicationId}/capability/register",
			200
		] },
		() => RegisterCapabilityRequest$,
		() => RegisterCapabilityResponse$
	];
	var RejectInboundConnection$ = [
		9,
		n0,
		_RIC,
		{ [_h]: [
			"PUT",
			"/2021-01-01/opensearch/cc/inboundConnection/{ConnectionId}/reject",
			200
		] },
		() => RejectInboundConnectionRequest$,
		() => RejectInboundConnectionResponse$
	];
	var RemoveTags$ = [
		9,
		n0,
		_RT,
		{ [_h]: [
			"POST",
			"/2021-01-01/tags-removal",
			200
		] },
		() => RemoveTagsRequest$,
		() => __Unit
	];
	var RevokeVpcEndpointAccess$ = [
		9,
		n0,
		_RVEA,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/domain/{DomainName}/revokeVpcEndpointAccess",
			200
		] },
		() => RevokeVpcEndpointAccessRequest$,
		() => RevokeVpcEndpointAccessResponse$
	];
	var RollbackServiceSoftwareUpdate$ = [
		9,
		n0,
		_RSSU,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/serviceSoftwareUpdate/rollback",
			200
		] },
		() => RollbackServiceSoftwareUpdateRequest$,
		() => RollbackServiceSoftwareUpdateResponse$
	];
	var StartDomainMaintenance$ = [
		9,
		n0,
		_SDM,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/domain/{DomainName}/domainMaintenance",
			200
		] },
		() => StartDomainMaintenanceRequest$,
		() => StartDomainMaintenanceResponse$
	];
	var StartMigration$ = [
		9,
		n0,
		_SMt,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/app-migrations",
			200
		] },
		() => StartMigrationRequest$,
		() => StartMigrationResponse$
	];
	var StartServiceSoftwareUpdate$ = [
		9,
		n0,
		_SSSU,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/serviceSoftwareUpdate/start",
			200
		] },
		() => StartServiceSoftwareUpdateRequest$,
		() => StartServiceSoftwareUpdateResponse$
	];
	var UpdateApplication$ = [
		9,
		n0,
		_UApd,
		{ [_h]: [
			"PUT",
			"/2021-01-01/opensearch/application/{id}",
			200
		] },
		() => UpdateApplicationRequest$,
		() => UpdateApplicationResponse$
	];
	var UpdateDataSource$ = [
		9,
		n0,
		_UDS,
		{ [_h]: [
			"PUT",
			"/2021-01-01/opensearch/domain/{DomainName}/dataSource/{Name}",
			200
		] },
		() => UpdateDataSourceRequest$,
		() => UpdateDataSourceResponse$
	];
	var UpdateDirectQueryDataSource$ = [
		9,
		n0,
		_UDQDS,
		{ [_h]: [
			"PUT",
			"/2021-01-01/opensearch/directQueryDataSource/{DataSourceName}",
			200
		] },
		() => UpdateDirectQueryDataSourceRequest$,
		() => UpdateDirectQueryDataSourceResponse$
	];
	var UpdateDomainConfig$ = [
		9,
		n0,
		_UDC,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/domain/{DomainName}/config",
			200
		] },
		() => UpdateDomainConfigRequest$,
		() => UpdateDomainConfigResponse$
	];
	var UpdateIndex$ = [
		9,
		n0,
		_UIp,
		{ [_h]: [
			"PUT",
			"/2021-01-01/opensearch/domain/{DomainName}/index/{IndexName}",
			200
		] },
		() => UpdateIndexRequest$,
		() => UpdateIndexResponse$
	];
	var UpdatePackage$ = [
		9,
		n0,
		_UPp,
		{ [_h]: [
			"POST",
			"/2021-01-01/packages/update",
			200
		] },
		() => UpdatePackageRequest$,
		() => UpdatePackageResponse$
	];
	var UpdatePackageScope$ = [
		9,
		n0,
		_UPS,
		{ [_h]: [
			"POST",
			"/2021-01-01/packages/updateScope",
			200
		] },
		() => UpdatePackageScopeRequest$,
		() => UpdatePackageScopeResponse$
	];
	var UpdateScheduledAction$ = [
		9,
		n0,
		_USA,
		{ [_h]: [
			"PUT",
			"/2021-01-01/opensearch/domain/{DomainName}/scheduledAction/update",
			200
		] },
		() => UpdateScheduledActionRequest$,
		() => UpdateScheduledActionResponse$
	];
	var UpdateVpcEndpoint$ = [
		9,
		n0,
		_UVE,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/vpcEndpoints/update",
			200
		] },
		() => UpdateVpcEndpointRequest$,
		() => UpdateVpcEndpointResponse$
	];
	var UpgradeDomain$ = [
		9,
		n0,
		_UDp,
		{ [_h]: [
			"POST",
			"/2021-01-01/opensearch/upgradeDomain",
			200
		] },
		() => UpgradeDomainRequest$,
		() => UpgradeDomainResponse$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2021-01-01",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultOpenSearchHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsRestJsonProtocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.opensearch",
				errorTypeRegistries,
				xmlNamespace: "http://es.amazonaws.com/doc/2021-01-01/",
				version: "2021-01-01",
				serviceTarget: "AmazonOpenSearchService"
			},
			serviceId: config?.serviceId ?? "OpenSearch",
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
	var OpenSearchClient = class extends Client {
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
				httpAuthSchemeParametersProvider: defaultOpenSearchHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "AmazonOpenSearchService", "OpenSearchClient", getEndpointPlugin);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	var AcceptInboundConnectionCommand = class extends command(_ep0, _mw0, "AcceptInboundConnection", AcceptInboundConnection$) {};
	var AddDataSourceCommand = class extends command(_ep0, _mw0, "AddDataSource", AddDataSource$) {};
	var AddDirectQueryDataSourceCommand = class extends command(_ep0, _mw0, "AddDirectQueryDataSource", AddDirectQueryDataSource$) {};
	var AddTagsCommand = class extends command(_ep0, _mw0, "AddTags", AddTags$) {};
	var AssociatePackageCommand = class extends command(_ep0, _mw0, "AssociatePackage", AssociatePackage$) {};
	var AssociatePackagesCommand = class extends command(_ep0, _mw0, "AssociatePackages", AssociatePackages$) {};
	var AttachDataSourceCommand = class extends command(_ep0, _mw0, "AttachDataSource", AttachDataSource$) {};
	var AuthorizeVpcEndpointAccessCommand = class extends command(_ep0, _mw0, "AuthorizeVpcEndpointAccess", AuthorizeVpcEndpointAccess$) {};
	var CancelDomainConfigChangeCommand = class extends command(_ep0, _mw0, "CancelDomainConfigChange", CancelDomainConfigChange$) {};
	var CancelServiceSoftwareUpdateCommand = class extends command(_ep0, _mw0, "CancelServiceSoftwareUpdate", CancelServiceSoftwareUpdate$) {};
	var CreateApplicationCommand = class extends command(_ep0, _mw0, "CreateApplication", CreateApplication$) {};
	var CreateDomainCommand = class extends command(_ep0, _mw0, "CreateDomain", CreateDomain$) {};
	var CreateIndexCommand = class extends command(_ep0, _mw0, "CreateIndex", CreateIndex$) {};
	var CreateOutboundConnectionCommand = class extends command(_ep0, _mw0, "CreateOutboundConnection", CreateOutboundConnection$) {};
	var CreatePackageCommand = class extends command(_ep0, _mw0, "CreatePackage", CreatePackage$) {};
	var CreateVpcEndpointCommand = class extends command(_ep0, _mw0, "CreateVpcEndpoint", CreateVpcEndpoint$) {};
	var DeleteApplicationCommand = class extends command(_ep0, _mw0, "DeleteApplication", DeleteApplication$) {};
	var DeleteDataSourceCommand = class extends command(_ep0, _mw0, "DeleteDataSource", DeleteDataSource$) {};
	var DeleteDirectQueryDataSourceCommand = class extends command(_ep0, _mw0, "DeleteDirectQueryDataSource", DeleteDirectQueryDataSource$) {};
	var DeleteDomainCommand = class extends command(_ep0, _mw0, "DeleteDomain", DeleteDomain$) {};
	var DeleteInboundConnectionCommand = class extends command(_ep0, _mw0, "DeleteInboundConnection", DeleteInboundConnection$) {};
	var DeleteIndexCommand = class extends command(_ep0, _mw0, "DeleteIndex", DeleteIndex$) {};
	var DeleteOutboundConnectionCommand = class extends command(_ep0, _mw0, "DeleteOutboundConnection", DeleteOutboundConnection$) {};
	var DeletePackageCommand = class extends command(_ep0, _mw0, "DeletePackage", DeletePackage$) {};
	var DeleteVpcEndpointCommand = class extends command(_ep0, _mw0, "DeleteVpcEndpoint", DeleteVpcEndpoint$) {};
	var DeregisterCapabilityCommand = class extends command(_ep0, _mw0, "DeregisterCapability", DeregisterCapability$) {};
	var DescribeDataSourceAttachmentCommand = class extends command(_ep0, _mw0, "DescribeDataSourceAttachment", DescribeDataSourceAttachment$) {};
	var DescribeDomainAutoTunesCommand = class extends command(_ep0, _mw0, "DescribeDomainAutoTunes", DescribeDomainAutoTunes$) {};
	var DescribeDomainChangeProgressCommand = class extends command(_ep0, _mw0, "DescribeDomainChangeProgress", DescribeDomainChangeProgress$) {};
	var DescribeDomainCommand = class extends command(_ep0, _mw0, "DescribeDomain", DescribeDomain$) {};
	var DescribeDomainConfigCommand = class extends command(_ep0, _mw0, "DescribeDomainConfig", DescribeDomainConfig$) {};
	var DescribeDomainHealthCommand = class extends command(_ep0, _mw0, "DescribeDomainHealth", DescribeDomainHealth$) {};
	var DescribeDomainNodesCommand = class extends command(_ep0, _mw0, "DescribeDomainNodes", DescribeDomainNodes$) {};
	var DescribeDomainsCommand = class extends command(_ep0, _mw0, "DescribeDomains", DescribeDomains$) {};
	var DescribeDryRunProgressCommand = class extends command(_ep0, _mw0, "DescribeDryRunProgress", DescribeDryRunProgress$) {};
	var DescribeInboundConnectionsCommand = class extends command(_ep0, _mw0, "DescribeInboundConnections", DescribeInboundConnections$) {};
	var DescribeInsightDetailsCommand = class extends command(_ep0, _mw0, "DescribeInsightDetails", DescribeInsightDetails$) {};
	var DescribeInstanceTypeLimitsCommand = class extends command(_ep0, _mw0, "DescribeInstanceTypeLimits", DescribeInstanceTypeLimits$) {};
	var DescribeOutboundConnectionsCommand = class extends command(_ep0, _mw0, "DescribeOutboundConnections", DescribeOutboundConnections$) {};
	var DescribePackagesCommand = class extends command(_ep0, _mw0, "DescribePackages", DescribePackages$) {};
	var DescribeReservedInstanceOfferingsCommand = class extends command(_ep0, _mw0, "DescribeReservedInstanceOfferings", DescribeReservedInstanceOfferings$) {};
	var DescribeReservedInstancesCommand = class extends command(_ep0, _mw0, "DescribeReservedInstances", DescribeReservedInstances$) {};
	var DescribeVpcEndpointsCommand = class extends command(_ep0, _mw0, "DescribeVpcEndpoints", DescribeVpcEndpoints$) {};
	var DetachDataSourceCommand = class extends command(_ep0, _mw0, "DetachDataSource", DetachDataSource$) {};
	var DissociatePackageCommand = class extends command(_ep0, _mw0, "DissociatePackage", DissociatePackage$) {};
	var DissociatePackagesCommand = class extends command(_ep0, _mw0, "DissociatePackages", DissociatePackages$) {};
	var GetApplicationCommand = class extends command(_ep0, _mw0, "GetApplication", GetApplication$) {};
	var GetCapabilityCommand = class extends command(_ep0, _mw0, "GetCapability", GetCapability$) {};
	var GetCompatibleVersionsCommand = class extends command(_ep0, _mw0, "GetCompatibleVersions", GetCompatibleVersions$) {};
	var GetDataSourceCommand = class extends command(_ep0, _mw0, "GetDataSource", GetDataSource$) {};
	var GetDefaultApplicationSettingCommand = class extends command(_ep0, _mw0, "GetDefaultApplicationSetting", GetDefaultApplicationSetting$) {};
	var GetDirectQueryDataSourceCommand = class extends command(_ep0, _mw0, "GetDirectQueryDataSource", GetDirectQueryDataSource$) {};
	var GetDomainMaintenanceStatusCommand = class extends command(_ep0, _mw0, "GetDomainMaintenanceStatus", GetDomainMaintenanceStatus$) {};
	var GetIndexCommand = class extends command(_ep0, _mw0, "GetIndex", GetIndex$) {};
	var GetMigrationCommand = class extends command(_ep0, _mw0, "GetMigration", GetMigration$) {};
	var GetPackageVersionHistoryCommand = class extends command(_ep0, _mw0, "GetPackageVersionHistory", GetPackageVersionHistory$) {};
	var GetUpgradeHistoryCommand = class extends command(_ep0, _mw0, "GetUpgradeHistory", GetUpgradeHistory$) {};
	var GetUpgradeStatusCommand = class extends command(_ep0, _mw0, "GetUpgradeStatus", GetUpgradeStatus$) {};
	var InsightFeedbackCommand = class extends command(_ep0, _mw0, "InsightFeedback", InsightFeedback$) {};
	var ListApplicationsCommand = class extends command(_ep0, _mw0, "ListApplications", ListApplications$) {};
	var ListDataSourceAttachmentsCommand = class extends command(_ep0, _mw0, "ListDataSourceAttachments", ListDataSourceAttachments$) {};
	var ListDataSourcesCommand = class extends command(_ep0, _mw0, "ListDataSources", ListDataSources$) {};
	var ListDirectQueryDataSourcesCommand = class extends command(_ep0, _mw0, "ListDirectQueryDataSources", ListDirectQueryDataSources$) {};
	var ListDomainMaintenancesCommand = class extends command(_ep0, _mw0, "ListDomainMaintenances", ListDomainMaintenances$) {};
	var ListDomainNamesCommand = class extends command(_ep0, _mw0, "ListDomainNames", ListDomainNames$) {};
	var ListDomainsForPackageCommand = class extends command(_ep0, _mw0, "ListDomainsForPackage", ListDomainsForPackage$) {};
	var ListInsightsCommand = class extends command(_ep0, _mw0, "ListInsights", ListInsights$) {};
	var ListInstanceTypeDetailsCommand = class extends command(_ep0, _mw0, "ListInstanceTypeDetails", ListInstanceTypeDetails$) {};
	var ListMigrationsCommand = class extends command(_ep0, _mw0, "ListMigrations", ListMigrations$) {};
	var ListPackagesForDomainCommand = class extends command(_ep0, _mw0, "ListPackagesForDomain", ListPackagesForDomain$) {};
	var ListScheduledActionsCommand = class extends command(_ep0, _mw0, "ListScheduledActions", ListScheduledActions$) {};
	var ListTagsCommand = class extends command(_ep0, _mw0, "ListTags", ListTags$) {};
	var ListVersionsCommand = class extends command(_ep0, _mw0, "ListVersions", ListVersions$) {};
	var ListVpcEndpointAccessCommand = class extends command(_ep0, _mw0, "ListVpcEndpointAccess", ListVpcEndpointAccess$) {};
	var ListVpcEndpointsCommand = class extends command(_ep0, _mw0, "ListVpcEndpoints", ListVpcEndpoints$) {};
	var ListVpcEndpointsForDomainCommand = class extends command(_ep0, _mw0, "ListVpcEndpointsForDomain", ListVpcEndpointsForDomain$) {};
	var PurchaseReservedInstanceOfferingCommand = class extends command(_ep0, _mw0, "PurchaseReservedInstanceOffering", PurchaseReservedInstanceOffering$) {};
	var PutDefaultApplicationSettingCommand = class extends command(_ep0, _mw0, "PutDefaultApplicationSetting", PutDefaultApplicationSetting$) {};
	var RegisterCapabilityCommand = class extends command(_ep0, _mw0, "RegisterCapability", RegisterCapability$) {};
	var RejectInboundConnectionCommand = class extends command(_ep0, _mw0, "RejectInboundConnection", RejectInboundConnection$) {};
	var RemoveTagsCommand = class extends command(_ep0, _mw0, "RemoveTags", RemoveTags$) {};
	var RevokeVpcEndpointAccessCommand = class extends command(_ep0, _mw0, "RevokeVpcEndpointAccess", RevokeVpcEndpointAccess$) {};
	var RollbackServiceSoftwareUpdateCommand = class extends command(_ep0, _mw0, "RollbackServiceSoftwareUpdate", RollbackServiceSoftwareUpdate$) {};
	var StartDomainMaintenanceCommand = class extends command(_ep0, _mw0, "StartDomainMaintenance", StartDomainMaintenance$) {};
	var StartMigrationCommand = class extends command(_ep0, _mw0, "StartMigration", StartMigration$) {};
	var StartServiceSoftwareUpdateCommand = class extends command(_ep0, _mw0, "StartServiceSoftwareUpdate", StartServiceSoftwareUpdate$) {};
	var UpdateApplicationCommand = class extends command(_ep0, _mw0, "UpdateApplication", UpdateApplication$) {};
	var UpdateDataSourceCommand = class extends command(_ep0, _mw0, "UpdateDataSource", UpdateDataSource$) {};
	var UpdateDirectQueryDataSourceCommand = class extends command(_ep0, _mw0, "UpdateDirectQueryDataSource", UpdateDirectQueryDataSource$) {};
	var UpdateDomainConfigCommand = class extends command(_ep0, _mw0, "UpdateDomainConfig", UpdateDomainConfig$) {};
	var UpdateIndexCommand = class extends command(_ep0, _mw0, "UpdateIndex", UpdateIndex$) {};
	var UpdatePackageCommand = class extends command(_ep0, _mw0, "UpdatePackage", UpdatePackage$) {};
	var UpdatePackageScopeCommand = class extends command(_ep0, _mw0, "UpdatePackageScope", UpdatePackageScope$) {};
	var UpdateScheduledActionCommand = class extends command(_ep0, _mw0, "UpdateScheduledAction", UpdateScheduledAction$) {};
	var UpdateVpcEndpointCommand = class extends command(_ep0, _mw0, "UpdateVpcEndpoint", UpdateVpcEndpoint$) {};
	var UpgradeDomainCommand = class extends command(_ep0, _mw0, "UpgradeDomain", UpgradeDomain$) {};
	const paginateDescribeDomainAutoTunes = createPaginator(OpenSearchClient, DescribeDomainAutoTunesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateDescribeInboundConnections = createPaginator(OpenSearchClient, DescribeInboundConnectionsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateDescribeOutboundConnections = createPaginator(OpenSearchClient, DescribeOutboundConnectionsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateDescribePackages = createPaginator(OpenSearchClient, DescribePackagesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateDescribeReservedInstanceOfferings = createPaginator(OpenSearchClient, DescribeReservedInstanceOfferingsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateDescribeReservedInstances = createPaginator(OpenSearchClient, DescribeReservedInstancesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateGetPackageVersionHistory = createPaginator(OpenSearchClient, GetPackageVersionHistoryCommand, "NextToken", "NextToken", "MaxResults");
	const paginateGetUpgradeHistory = createPaginator(OpenSearchClient, GetUpgradeHistoryCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListApplications = createPaginator(OpenSearchClient, ListApplicationsCommand, "nextToken", "nextToken", "maxResults");
	const paginateListDomainMaintenances = createPaginator(OpenSearchClient, ListDomainMaintenancesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListDomainsForPackage = createPaginator(OpenSearchClient, ListDomainsForPackageCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListInstanceTypeDetails = createPaginator(OpenSearchClient, ListInstanceTypeDetailsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListPackagesForDomain = createPaginator(OpenSearchClient, ListPackagesForDomainCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListScheduledActions = createPaginator(OpenSearchClient, ListScheduledActionsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListVersions = createPaginator(OpenSearchClient, ListVersionsCommand, "NextToken", "NextToken", "MaxResults");
	const commands = {
		AcceptInboundConnectionCommand,
		AddDataSourceCommand,
		AddDirectQueryDataSourceCommand,
		AddTagsCommand,
		AssociatePackageCommand,
		AssociatePackagesCommand,
		AttachDataSourceCommand,
		AuthorizeVpcEndpointAccessCommand,
		CancelDomainConfigChangeCommand,
		CancelServiceSoftwareUpdateCommand,
		CreateApplicationCommand,
		CreateDomainCommand,
		CreateIndexCommand,
		CreateOutboundConnectionCommand,
		CreatePackageCommand,
		CreateVpcEndpointCommand,
		DeleteApplicationCommand,
		DeleteDataSourceCommand,
		DeleteDirectQueryDataSourceCommand,
		DeleteDomainCommand,
		DeleteInboundConnectionCommand,
		DeleteIndexCommand,
		DeleteOutboundConnectionCommand,
		DeletePackageCommand,
		DeleteVpcEndpointCommand,
		DeregisterCapabilityCommand,
		DescribeDataSourceAttachmentCommand,
		DescribeDomainCommand,
		DescribeDomainAutoTunesCommand,
		DescribeDomainChangeProgressCommand,
		DescribeDomainConfigCommand,
		DescribeDomainHealthCommand,
		DescribeDomainNodesCommand,
		DescribeDomainsCommand,
		DescribeDryRunProgressCommand,
		DescribeInboundConnectionsCommand,
		DescribeInsightDetailsCommand,
		DescribeInstanceTypeLimitsCommand,
		DescribeOutboundConnectionsCommand,
		DescribePackagesCommand,
		DescribeReservedInstanceOfferingsCommand,
		DescribeReservedInstancesCommand,
		DescribeVpcEndpointsCommand,
		DetachDataSourceCommand,
		DissociatePackageCommand,
		DissociatePackagesCommand,
		GetApplicationCommand,
		GetCapabilityCommand,
		GetCompatibleVersionsCommand,
		GetDataSourceCommand,
		GetDefaultApplicationSettingCommand,
		GetDirectQueryDataSourceCommand,
		GetDomainMaintenanceStatusCommand,
		GetIndexCommand,
		GetMigrationCommand,
		GetPackageVersionHistoryCommand,
		GetUpgradeHistoryCommand,
		GetUpgradeStatusCommand,
		InsightFeedbackCommand,
		ListApplicationsCommand,
		ListDataSourceAttachmentsCommand,
		ListDataSourcesCommand,
		ListDirectQueryDataSourcesCommand,
		ListDomainMaintenancesCommand,
		ListDomainNamesCommand,
		ListDomainsForPackageCommand,
		ListInsightsCommand,
		ListInstanceTypeDetailsCommand,
		ListMigrationsCommand,
		ListPackagesForDomainCommand,
		ListScheduledActionsCommand,
		ListTagsCommand,
		ListVersionsCommand,
		ListVpcEndpointAccessCommand,
		ListVpcEndpointsCommand,
		ListVpcEndpointsForDomainCommand,
		PurchaseReservedInstanceOfferingCommand,
		PutDefaultApplicationSettingCommand,
		RegisterCapabilityCommand,
		RejectInboundConnectionCommand,
		RemoveTagsCommand,
		RevokeVpcEndpointAccessCommand,
		RollbackServiceSoftwareUpdateCommand,
		StartDomainMaintenanceCommand,
		StartMigrationCommand,
		StartServiceSoftwareUpdateCommand,
		UpdateApplicationCommand,
		UpdateDataSourceCommand,
		UpdateDirectQueryDataSourceCommand,
		UpdateDomainConfigCommand,
		UpdateIndexCommand,
		UpdatePackageCommand,
		UpdatePackageScopeCommand,
		UpdateScheduledActionCommand,
		UpdateVpcEndpointCommand,
		UpgradeDomainCommand
	};
	const paginators = {
		paginateDescribeDomainAutoTunes,
		paginateDescribeInboundConnections,
		paginateDescribeOutboundConnections,
		paginateDescribePackages,
		paginateDescribeReservedInstanceOfferings,
		paginateDescribeReservedInstances,
		paginateGetPackageVersionHistory,
		paginateGetUpgradeHistory,
		paginateListApplications,
		paginateListDomainMaintenances,
		paginateListDomainsForPackage,
		paginateListInstanceTypeDetails,
		paginateListPackagesForDomain,
		paginateListScheduledActions,
		paginateListVersions
	};
	var OpenSearch = class extends OpenSearchClient {};
	createAggregatedClient(commands, OpenSearch, { paginators });
	exports.CreateDomainCommand = CreateDomainCommand;
	exports.DeleteDomainCommand = DeleteDomainCommand;
	exports.DescribeDomainCommand = DescribeDomainCommand;
	exports.ListDomainNamesCommand = ListDomainNamesCommand;
	exports.ListTagsCommand = ListTagsCommand;
	exports.OpenSearchClient = OpenSearchClient;
}));
// src/engine/state/portable/opensearch/domains.ts
var import_dist_cjs = /* @__PURE__ */ __toESM(require_dist_cjs$1(), 1);
var import_dist_cjs$1 = /* @__PURE__ */ __toESM(require_dist_cjs(), 1);
const DOMAIN = recordKind("domain");
const ELASTICSEARCH = "Elasticsearch_";
/** Whether the domain runs Elasticsearch, which the Elasticsearch API makes with its version kept. */
const isElasticsearch = (d) => d.engineVersion.startsWith(ELASTICSEARCH);
/** The two APIs name the same instance types with different suffixes (`r5.large.search`, `r5.large.elasticsearch`). */
const SUFFIXES = {
	opensearch: ".search",
	es: ".elasticsearch"
};
function instanceTypeIn(type, to) {
	const from = to === "es" ? SUFFIXES.opensearch : SUFFIXES.es;
	return type?.endsWith(from) ? type.slice(0, -from.length) + SUFFIXES[to] : type;
}
/** A cluster's settings with its instance types named as `api` names them (the two shapes differ in nothing else this reads). */
function clusterIn(config, api) {
	if (!config) return void 0;
	const { InstanceType, DedicatedMasterType, WarmType, ...rest } = config;
	return {
		...rest,
		InstanceType: instanceTypeIn(InstanceType, api),
		DedicatedMasterType: instanceTypeIn(DedicatedMasterType, api),
		WarmType: instanceTypeIn(WarmType, api)
	};
}
/**
* What can be read of fine-grained access control: the master user (name and password, or
* role) is never given back.
*/
function securityOf(s) {
	if (!s) return void 0;
	const saml = s.SAMLOptions;
	return {
		Enabled: s.Enabled,
		InternalUserDatabaseEnabled: s.InternalUserDatabaseEnabled,
		AnonymousAuthEnabled: s.AnonymousAuthEnabled,
		SAMLOptions: saml && {
			Enabled: saml.Enabled,
			Idp: saml.Idp,
			SubjectKey: saml.SubjectKey,
			RolesKey: saml.RolesKey,
			SessionTimeoutMinutes: saml.SessionTimeoutMinutes
		}
	};
}
/** A domain's status, from either API, as the record keeps it. */
function domainOf(name, engineVersion, cluster, status, tags) {
	return {
		name,
		engineVersion,
		options: {
			ClusterConfig: clusterIn(cluster, "opensearch"),
			EBSOptions: status.EBSOptions,
			AccessPolicies: status.AccessPolicies || void 0,
			SnapshotOptions: status.SnapshotOptions,
			CognitoOptions: status.CognitoOptions,
			EncryptionAtRestOptions: status.EncryptionAtRestOptions,
			NodeToNodeEncryptionOptions: status.NodeToNodeEncryptionOptions,
			AdvancedOptions: sortedRecord(status.AdvancedOptions),
			LogPublishingOptions: sortedRecord(status.LogPublishingOptions),
			DomainEndpointOptions: status.DomainEndpointOptions,
			AdvancedSecurityOptions: securityOf(status.AdvancedSecurityOptions)
		},
		tags
	};
}
/** The status the Elasticsearch API gives, in OpenSearch's spelling. */
function elasticsearchDomainOf(status, tags) {
	const { ElasticsearchVersion, ElasticsearchClusterConfig, ...shared } = status;
	return domainOf(status.DomainName, ELASTICSEARCH + ElasticsearchVersion, ElasticsearchClusterConfig, shared, tags);
}
/** OpenSearch's CreateDomain of the domain, in the subnets and groups `vpc` found for its placement. */
function createDomainInput(d, vpc) {
	return {
		DomainName: d.name,
		EngineVersion: d.engineVersion,
		...d.options,
		VPCOptions: vpc,
		TagList: d.tags
	};
}
/** The Elasticsearch API's CreateElasticsearchDomain of a domain running Elasticsearch. */
function createElasticsearchDomainInput(d, vpc) {
	const { ClusterConfig, ...options } = d.options;
	return {
		DomainName: d.name,
		ElasticsearchVersion: d.engineVersion.slice(14),
		ElasticsearchClusterConfig: clusterIn(ClusterConfig, "es"),
		...options,
		VPCOptions: vpc,
		TagList: d.tags
	};
}
// src/engine/state/portable/opensearch/opensearch.ts
const opensearchClient = clientOf(import_dist_cjs$1.OpenSearchClient);
const elasticsearchClient = clientOf(import_dist_cjs.ElasticsearchServiceClient);
const DELETE_TIMEOUT_MS = 6e4;
/**
* The domains of the region with their engine type. Both APIs list the same domains (on AWS,
* moto and LocalStack alike), so OpenSearch's listing names each domain once.
*/
async function domains(os) {
	return sortBy((await os.send(new import_dist_cjs$1.ListDomainNamesCommand({}))).DomainNames ?? [], (d) => d.DomainName);
}
async function tagsOf(os, arn) {
	return sortedTags((await os.send(new import_dist_cjs$1.ListTagsCommand({ ARN: arn }))).TagList, (t) => t.Key);
}
/**
* A domain running Elasticsearch is read through the Elasticsearch API where the instance
* serves it: moto gives such a domain's version and cluster only there.
*/
async function captureDomain(context, region, network, info) {
	const os = opensearchClient(context, region);
	const es = elasticsearchClient(context, region);
	const name = info.DomainName;
	const status = (info.EngineType === "Elasticsearch" ? await unlessUnimplemented(es, "DescribeElasticsearchDomain", () => es.send(new import_dist_cjs.DescribeElasticsearchDomainCommand({ DomainName: name }))) : void 0)?.DomainStatus;
	if (status) return placed(network, elasticsearchDomainOf(status, await tagsOf(os, status.ARN)), status.VPCOptions);
	const d = (await os.send(new import_dist_cjs$1.DescribeDomainCommand({ DomainName: name }))).DomainStatus;
	return placed(network, domainOf(name, d.EngineVersion, d.ClusterConfig, d, await tagsOf(os, d.ARN)), d.VPCOptions);
}
/** The domain with the placement of its VPC options, if it sits in a VPC. */
async function placed(network, d, vpc) {
	return vpc?.SubnetIds?.length ? {
		...d,
		placement: await network.placementOf(vpc.SubnetIds, vpc.SecurityGroupIds)
	} : d;
}
const capture = eachRegion(async function* (context, region) {
	const network = new Network(context, region);
	for (const info of await domains(opensearchClient(context, region))) {
		const d = await captureDomain(context, region, network, info);
		if (d.options.AdvancedSecurityOptions?.Enabled) context.warn(DOMAIN.label(d.name), "its master user is not readable: a load makes the domain with fine-grained access control and no master user");
		yield DOMAIN.record(region, d.name, d);
	}
});
const regionsWithState = regionsWhere(async (context, region) => (await domains(opensearchClient(context, region))).length > 0);
/** Deleting takes a while on AWS; a domain of the same name can be made only after. */
async function deleteDomain(os, name) {
	if (!await unlessMissing(os.send(new import_dist_cjs$1.DeleteDomainCommand({ DomainName: name })))) return;
	const describe = () => unlessMissing(os.send(new import_dist_cjs$1.DescribeDomainCommand({ DomainName: name })));
	await pollUntil(describe, (current) => current === void 0, DOMAIN.label(name), "deleted", DELETE_TIMEOUT_MS);
}
async function clear(context, region) {
	const os = opensearchClient(context, region);
	for (const d of await domains(os)) await deleteDomain(os, d.DomainName);
}
/**
* Made anew with every setting and its tags in one call, through the API that keeps its engine
* (Elasticsearch's for an Elasticsearch domain, where the instance serves it). Nothing that
* follows needs the domain active, so the restore does not wait for it: LocalStack keeps a
* domain processing until it has downloaded and started the engine.
*/
async function restoreDomain(context, region, network, d) {
	const os = opensearchClient(context, region);
	const es = elasticsearchClient(context, region);
	const vpc = d.placement && await network.placementIds(d.placement, DOMAIN.label(d.name));
	await deleteDomain(os, d.name);
	if (!(isElasticsearch(d) && await unlessUnimplemented(es, "CreateElasticsearchDomain", () => es.send(new import_dist_cjs.CreateElasticsearchDomainCommand(createElasticsearchDomainInput(d, vpc)))))) await os.send(new import_dist_cjs$1.CreateDomainCommand(createDomainInput(d, vpc)));
}
/**
* OpenSearch Service domains, made through the OpenSearch or the Elasticsearch API: engine and
* version, cluster, storage, access policy, encryption, endpoint, advanced and readable
* fine-grained access control options, snapshots, VPC, Cognito, log publishing, tags. The
* domains' indices and documents are not kept.
*/
const opensearch = {
	name: "opensearch",
	dependsOn: [
		"iam",
		"kms",
		"logs",
		"ec2"
	],
	capture,
	regionsWithState,
	clear,
	restore: (context, region, records) => {
		const network = new Network(context, region);
		return restoreRecords(context, records, 4, on(DOMAIN, (d) => restoreDomain(context, region, network, d)));
	},
	requests: { signingName: "es" }
};
export { opensearch };
