import { a as __toCommonJS, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$2, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$1, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { d as unlessMissing, f as unlessUnimplemented, m as clientOf, r as collect } from "./kit.js";
import { a as sortBy, d as on, g as recordKind, i as nonEmpty, m as restoreRecords, o as sortedRecord } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
// src/engine/state/portable/resource-groups/resource-groups.ts
var import_dist_cjs = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports) => {
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
	const { defaultProvider } = require_dist_cjs$1();
	const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
	const { streamCollector, NodeHttpHandler } = require_dist_cjs$2();
	const { AwsRestJsonProtocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const defaultResourceGroupsHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "resource-groups",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultResourceGroupsHttpAuthSchemeProvider = (authParameters) => {
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
			defaultSigningName: "resource-groups"
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
	var packageInfo = { version: "3.1132.0" };
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
			["https://resource-groups-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://resource-groups.{Region}.amazonaws.com", i],
			["https://resource-groups-fips.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://resource-groups.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://resource-groups.{Region}.{PartitionResult#dnsSuffix}", i],
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
	var ResourceGroupsServiceException = class ResourceGroupsServiceException extends ServiceException {
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, ResourceGroupsServiceException.prototype);
		}
	};
	var BadRequestException = class BadRequestException extends ResourceGroupsServiceException {
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
	var ForbiddenException = class ForbiddenException extends ResourceGroupsServiceException {
		name = "ForbiddenException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "ForbiddenException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ForbiddenException.prototype);
			this.Message = opts.Message;
		}
	};
	var InternalServerErrorException = class InternalServerErrorException extends ResourceGroupsServiceException {
		name = "InternalServerErrorException";
		$fault = "server";
		Message;
		constructor(opts) {
			super({
				name: "InternalServerErrorException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, InternalServerErrorException.prototype);
			this.Message = opts.Message;
		}
	};
	var MethodNotAllowedException = class MethodNotAllowedException extends ResourceGroupsServiceException {
		name = "MethodNotAllowedException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "MethodNotAllowedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, MethodNotAllowedException.prototype);
			this.Message = opts.Message;
		}
	};
	var TooManyRequestsException = class TooManyRequestsException extends ResourceGroupsServiceException {
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
	var UnauthorizedException = class UnauthorizedException extends ResourceGroupsServiceException {
		name = "UnauthorizedException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "UnauthorizedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UnauthorizedException.prototype);
			this.Message = opts.Message;
		}
	};
	var NotFoundException = class NotFoundException extends ResourceGroupsServiceException {
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
	const _A = "Arn";
	const _AS = "AccountSettings";
	const _AT = "ApplicationTag";
	const _Ac = "Action";
	const _BRE = "BadRequestException";
	const _C = "Configuration";
	const _CA = "CreatedAt";
	const _CG = "CreateGroup";
	const _CGI = "CreateGroupInput";
	const _CGO = "CreateGroupOutput";
	const _CTST = "CancelTagSyncTask";
	const _CTSTI = "CancelTagSyncTaskInput";
	const _Cr = "Criticality";
	const _D = "Description";
	const _DG = "DeleteGroup";
	const _DGI = "DeleteGroupInput";
	const _DGO = "DeleteGroupOutput";
	const _DN = "DisplayName";
	const _EC = "ErrorCode";
	const _EM = "ErrorMessage";
	const _F = "Failed";
	const _FE = "ForbiddenException";
	const _FR = "FailedResource";
	const _FRL = "FailedResourceList";
	const _FRa = "FailureReason";
	const _Fi = "Filters";
	const _G = "Group";
	const _GA = "GroupArn";
	const _GAS = "GetAccountSettings";
	const _GASO = "GetAccountSettingsOutput";
	const _GC = "GroupConfiguration";
	const _GCI = "GroupConfigurationItem";
	const _GCL = "GroupConfigurationList";
	const _GCP = "GroupConfigurationParameter";
	const _GF = "GroupFilter";
	const _GFL = "GroupFilterList";
	const _GG = "GetGroup";
	const _GGC = "GetGroupConfiguration";
	const _GGCI = "GetGroupConfigurationInput";
	const _GGCO = "GetGroupConfigurationOutput";
	const _GGI = "GetGroupInput";
	const _GGO = "GetGroupOutput";
	const _GGQ = "GetGroupQuery";
	const _GGQI = "GetGroupQueryInput";
	const _GGQO = "GetGroupQueryOutput";
	const _GI = "GroupIdentifier";
	const _GIL = "GroupIdentifierList";
	const _GIr = "GroupIdentifiers";
	const _GL = "GroupList";
	const _GLEDS = "GroupLifecycleEventsDesiredStatus";
	const _GLES = "GroupLifecycleEventsStatus";
	const _GLESM = "GroupLifecycleEventsStatusMessage";
	const _GN = "GroupName";
	const _GPL = "GroupParameterList";
	const _GQ = "GroupQuery";
	const _GR = "GroupResources";
	const _GRI = "GroupResourcesInput";
	const _GRO = "GroupResourcesOutput";
	const _GS = "GroupingStatuses";
	const _GSI = "GroupingStatusesItem";
	const _GSL = "GroupingStatusesList";
	const _GT = "GetTags";
	const _GTI = "GetTagsInput";
	const _GTO = "GetTagsOutput";
	const _GTST = "GetTagSyncTask";
	const _GTSTI = "GetTagSyncTaskInput";
	const _GTSTO = "GetTagSyncTaskOutput";
	const _Gr = "Groups";
	const _I = "Identifier";
	const _ISEE = "InternalServerErrorException";
	const _K = "Keys";
	const _LG = "ListGroups";
	const _LGI = "ListGroupsInput";
	const _LGO = "ListGroupsOutput";
	const _LGR = "ListGroupResources";
	const _LGRI = "ListGroupResourcesInput";
	const _LGRIL = "ListGroupResourcesItemList";
	const _LGRIi = "ListGroupResourcesItem";
	const _LGRO = "ListGroupResourcesOutput";
	const _LGS = "ListGroupingStatuses";
	const _LGSF = "ListGroupingStatusesFilter";
	const _LGSFL = "ListGroupingStatusesFilterList";
	const _LGSI = "ListGroupingStatusesInput";
	const _LGSO = "ListGroupingStatusesOutput";
	const _LTST = "ListTagSyncTasks";
	const _LTSTF = "ListTagSyncTasksFilter";
	const _LTSTFL = "ListTagSyncTasksFilterList";
	const _LTSTI = "ListTagSyncTasksInput";
	const _LTSTO = "ListTagSyncTasksOutput";
	const _M = "Message";
	const _MNAE = "MethodNotAllowedException";
	const _MR = "MaxResults";
	const _N = "Name";
	const _NFE = "NotFoundException";
	const _NT = "NextToken";
	const _O = "Owner";
	const _P = "Parameters";
	const _PC = "ProposedConfiguration";
	const _PGC = "PutGroupConfiguration";
	const _PGCI = "PutGroupConfigurationInput";
	const _PGCO = "PutGroupConfigurationOutput";
	const _PR = "PendingResource";
	const _PRL = "PendingResourceList";
	const _Pe = "Pending";
	const _Q = "Query";
	const _QE = "QueryErrors";
	const _QEL = "QueryErrorList";
	const _QEu = "QueryError";
	const _R = "Resources";
	const _RA = "ResourceArn";
	const _RAe = "ResourceArns";
	const _RAo = "RoleArn";
	const _RF = "ResourceFilter";
	const _RFL = "ResourceFilterList";
	const _RI = "ResourceIdentifiers";
	const _RIL = "ResourceIdentifierList";
	const _RIe = "ResourceIdentifier";
	const _RQ = "ResourceQuery";
	const _RS = "ResourceStatus";
	const _RT = "ResourceType";
	const _S = "Status";
	const _SR = "SearchResources";
	const _SRI = "SearchResourcesInput";
	const _SRO = "SearchResourcesOutput";
	const _STST = "StartTagSyncTask";
	const _STSTI = "StartTagSyncTaskInput";
	const _STSTO = "StartTagSyncTaskOutput";
	const _Su = "Succeeded";
	const _T = "Tags";
	const _TA = "TaskArn";
	const _TI = "TagInput";
	const _TK = "TagKey";
	const _TMRE = "TooManyRequestsException";
	const _TO = "TagOutput";
	const _TST = "TagSyncTasks";
	const _TSTI = "TagSyncTaskItem";
	const _TSTL = "TagSyncTaskList";
	const _TV = "TagValue";
	const _Ta = "Tag";
	const _Ty = "Type";
	const _U = "Untag";
	const _UA = "UpdatedAt";
	const _UAS = "UpdateAccountSettings";
	const _UASI = "UpdateAccountSettingsInput";
	const _UASO = "UpdateAccountSettingsOutput";
	const _UE = "UnauthorizedException";
	const _UG = "UpdateGroup";
	const _UGI = "UpdateGroupInput";
	const _UGO = "UpdateGroupOutput";
	const _UGQ = "UpdateGroupQuery";
	const _UGQI = "UpdateGroupQueryInput";
	const _UGQO = "UpdateGroupQueryOutput";
	const _UI = "UntagInput";
	const _UO = "UntagOutput";
	const _UR = "UngroupResources";
	const _URI = "UngroupResourcesInput";
	const _URO = "UngroupResourcesOutput";
	const _V = "Values";
	const _c = "client";
	const _e = "error";
	const _h = "http";
	const _hE = "httpError";
	const _hQ = "httpQuery";
	const _mR = "maxResults";
	const _nT = "nextToken";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.resourcegroups";
	const _se = "server";
	const n0 = "com.amazonaws.resourcegroups";
	const _s_registry = TypeRegistry.for(_s);
	var ResourceGroupsServiceException$ = [
		-3,
		_s,
		"ResourceGroupsServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(ResourceGroupsServiceException$, ResourceGroupsServiceException);
	const n0_registry = TypeRegistry.for(n0);
	var BadRequestException$ = [
		-3,
		n0,
		_BRE,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_M],
		[0]
	];
	n0_registry.registerError(BadRequestException$, BadRequestException);
	var ForbiddenException$ = [
		-3,
		n0,
		_FE,
		{
			[_e]: _c,
			[_hE]: 403
		},
		[_M],
		[0]
	];
	n0_registry.registerError(ForbiddenException$, ForbiddenException);
	var InternalServerErrorException$ = [
		-3,
		n0,
		_ISEE,
		{
			[_e]: _se,
			[_hE]: 500
		},
		[_M],
		[0]
	];
	n0_registry.registerError(InternalServerErrorException$, InternalServerErrorException);
	var MethodNotAllowedException$ = [
		-3,
		n0,
		_MNAE,
		{
			[_e]: _c,
			[_hE]: 405
		},
		[_M],
		[0]
	];
	n0_registry.registerError(MethodNotAllowedException$, MethodNotAllowedException);
	var NotFoundException$ = [
		-3,
		n0,
		_NFE,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_M],
		[0]
	];
	n0_registry.registerError(NotFoundException$, NotFoundException);
	var TooManyRequestsException$ = [
		-3,
		n0,
		_TMRE,
		{
			[_e]: _c,
			[_hE]: 429
		},
		[_M],
		[0]
	];
	n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
	var UnauthorizedException$ = [
		-3,
		n0,
		_UE,
		{
			[_e]: _c,
			[_hE]: 401
		},
		[_M],
		[0]
	];
	n0_registry.registerError(UnauthorizedException$, UnauthorizedException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var AccountSettings$ = [
		3,
		n0,
		_AS,
		0,
		[
			_GLEDS,
			_GLES,
			_GLESM
		],
		[
			0,
			0,
			0
		]
	];
	var CancelTagSyncTaskInput$ = [
		3,
		n0,
		_CTSTI,
		0,
		[_TA],
		[0],
		1
	];
	var CreateGroupInput$ = [
		3,
		n0,
		_CGI,
		0,
		[
			_N,
			_D,
			_RQ,
			_T,
			_C,
			_Cr,
			_O,
			_DN
		],
		[
			0,
			0,
			() => ResourceQuery$,
			128,
			() => GroupConfigurationList,
			1,
			0,
			0
		],
		1
	];
	var CreateGroupOutput$ = [
		3,
		n0,
		_CGO,
		0,
		[
			_G,
			_RQ,
			_T,
			_GC
		],
		[
			() => Group$,
			() => ResourceQuery$,
			128,
			() => GroupConfiguration$
		]
	];
	var DeleteGroupInput$ = [
		3,
		n0,
		_DGI,
		0,
		[_GN, _G],
		[0, 0]
	];
	var DeleteGroupOutput$ = [
		3,
		n0,
		_DGO,
		0,
		[_G],
		[() => Group$]
	];
	var FailedResource$ = [
		3,
		n0,
		_FR,
		0,
		[
			_RA,
			_EM,
			_EC
		],
		[
			0,
			0,
			0
		]
	];
	var GetAccountSettingsOutput$ = [
		3,
		n0,
		_GASO,
		0,
		[_AS],
		[() => AccountSettings$]
	];
	var GetGroupConfigurationInput$ = [
		3,
		n0,
		_GGCI,
		0,
		[_G],
		[0]
	];
	var GetGroupConfigurationOutput$ = [
		3,
		n0,
		_GGCO,
		0,
		[_GC],
		[() => GroupConfiguration$]
	];
	var GetGroupInput$ = [
		3,
		n0,
		_GGI,
		0,
		[_GN, _G],
		[0, 0]
	];
	var GetGroupOutput$ = [
		3,
		n0,
		_GGO,
		0,
		[_G],
		[() => Group$]
	];
	var GetGroupQueryInput$ = [
		3,
		n0,
		_GGQI,
		0,
		[_GN, _G],
		[0, 0]
	];
	var GetGroupQueryOutput$ = [
		3,
		n0,
		_GGQO,
		0,
		[_GQ],
		[() => GroupQuery$]
	];
	var GetTagsInput$ = [
		3,
		n0,
		_GTI,
		0,
		[_A],
		[[0, 1]],
		1
	];
	var GetTagsOutput$ = [
		3,
		n0,
		_GTO,
		0,
		[_A, _T],
		[0, 128]
	];
	var GetTagSyncTaskInput$ = [
		3,
		n0,
		_GTSTI,
		0,
		[_TA],
		[0],
		1
	];
	var GetTagSyncTaskOutput$ = [
		3,
		n0,
		_GTSTO,
		0,
		[
			_GA,
			_GN,
			_TA,
			_TK,
			_TV,
			_RQ,
			_RAo,
			_S,
			_EM,
			_CA
		],
		[
			0,
			0,
			0,
			0,
			0,
			() => ResourceQuery$,
			0,
			0,
			0,
			4
		]
	];
	var Group$ = [
		3,
		n0,
		_G,
		0,
		[
			_GA,
			_N,
			_D,
			_Cr,
			_O,
			_DN,
			_AT
		],
		[
			0,
			0,
			0,
			1,
			0,
			0,
			128
		],
		2
	];
	var GroupConfiguration$ = [
		3,
		n0,
		_GC,
		0,
		[
			_C,
			_PC,
			_S,
			_FRa
		],
		[
			() => GroupConfigurationList,
			() => GroupConfigurationList,
			0,
			0
		]
	];
	var GroupConfigurationItem$ = [
		3,
		n0,
		_GCI,
		0,
		[_Ty, _P],
		[0, () => GroupParameterList],
		1
	];
	var GroupConfigurationParameter$ = [
		3,
		n0,
		_GCP,
		0,
		[_N, _V],
		[0, 64],
		1
	];
	var GroupFilter$ = [
		3,
		n0,
		_GF,
		0,
		[_N, _V],
		[0, 64],
		2
	];
	var GroupIdentifier$ = [
		3,
		n0,
		_GI,
		0,
		[
			_GN,
			_GA,
			_D,
			_Cr,
			_O,
			_DN
		],
		[
			0,
			0,
			0,
			1,
			0,
			0
		]
	];
	var GroupingStatusesItem$ = [
		3,
		n0,
		_GSI,
		0,
		[
			_RA,
			_Ac,
			_S,
			_EM,
			_EC,
			_UA
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
	var GroupQuery$ = [
		3,
		n0,
		_GQ,
		0,
		[_GN, _RQ],
		[0, () => ResourceQuery$],
		2
	];
	var GroupResourcesInput$ = [
		3,
		n0,
		_GRI,
		0,
		[_G, _RAe],
		[0, 64],
		2
	];
	var GroupResourcesOutput$ = [
		3,
		n0,
		_GRO,
		0,
		[
			_Su,
			_F,
			_Pe
		],
		[
			64,
			() => FailedResourceList,
			() => PendingResourceList
		]
	];
	var ListGroupingStatusesFilter$ = [
		3,
		n0,
		_LGSF,
		0,
		[_N, _V],
		[0, 64],
		2
	];
	var ListGroupingStatusesInput$ = [
		3,
		n0,
		_LGSI,
		0,
		[
			_G,
			_MR,
			_Fi,
			_NT
		],
		[
			0,
			1,
			() => ListGroupingStatusesFilterList,
			0
		],
		1
	];
	var ListGroupingStatusesOutput$ = [
		3,
		n0,
		_LGSO,
		0,
		[
			_G,
			_GS,
			_NT
		],
		[
			0,
			() => GroupingStatusesList,
			0
		]
	];
	var ListGroupResourcesInput$ = [
		3,
		n0,
		_LGRI,
		0,
		[
			_GN,
			_G,
			_Fi,
			_MR,
			_NT
		],
		[
			0,
			0,
			() => ResourceFilterList,
			1,
			0
		]
	];
	var ListGroupResourcesItem$ = [
		3,
		n0,
		_LGRIi,
		0,
		[_I, _S],
		[() => ResourceIdentifier$, () => ResourceStatus$]
	];
	var ListGroupResourcesOutput$ = [
		3,
		n0,
		_LGRO,
		0,
		[
			_R,
			_RI,
			_NT,
			_QE
		],
		[
			() => ListGroupResourcesItemList,
			() => ResourceIdentifierList,
			0,
			() => QueryErrorList
		]
	];
	var ListGroupsInput$ = [
		3,
		n0,
		_LGI,
		0,
		[
			_Fi,
			_MR,
			_NT
		],
		[
			() => GroupFilterList,
			[1, { [_hQ]: _mR }],
			[0, { [_hQ]: _nT }]
		]
	];
	var ListGroupsOutput$ = [
		3,
		n0,
		_LGO,
		0,
		[
			_GIr,
			_Gr,
			_NT
		],
		[
			() => GroupIdentifierList,
			() => GroupList,
			0
		]
	];
	var ListTagSyncTasksFilter$ = [
		3,
		n0,
		_LTSTF,
		0,
		[_GA, _GN],
		[0, 0]
	];
	var ListTagSyncTasksInput$ = [
		3,
		n0,
		_LTSTI,
		0,
		[
			_Fi,
			_MR,
			_NT
		],
		[
			() => ListTagSyncTasksFilterList,
			1,
			0
		]
	];
	var ListTagSyncTasksOutput$ = [
		3,
		n0,
		_LTSTO,
		0,
		[_TST, _NT],
		[() => TagSyncTaskList, 0]
	];
	var PendingResource$ = [
		3,
		n0,
		_PR,
		0,
		[_RA],
		[0]
	];
	var PutGroupConfigurationInput$ = [
		3,
		n0,
		_PGCI,
		0,
		[_G, _C],
		[0, () => GroupConfigurationList]
	];
	var PutGroupConfigurationOutput$ = [
		3,
		n0,
		_PGCO,
		0,
		[],
		[]
	];
	var QueryError$ = [
		3,
		n0,
		_QEu,
		0,
		[_EC, _M],
		[0, 0]
	];
	var ResourceFilter$ = [
		3,
		n0,
		_RF,
		0,
		[_N, _V],
		[0, 64],
		2
	];
	var ResourceIdentifier$ = [
		3,
		n0,
		_RIe,
		0,
		[_RA, _RT],
		[0, 0]
	];
	var ResourceQuery$ = [
		3,
		n0,
		_RQ,
		0,
		[_Ty, _Q],
		[0, 0],
		2
	];
	var ResourceStatus$ = [
		3,
		n0,
		_RS,
		0,
		[_N],
		[0]
	];
	var SearchResourcesInput$ = [
		3,
		n0,
		_SRI,
		0,
		[
			_RQ,
			_MR,
			_NT
		],
		[
			() => ResourceQuery$,
			1,
			0
		],
		1
	];
	var SearchResourcesOutput$ = [
		3,
		n0,
		_SRO,
		0,
		[
			_RI,
			_NT,
			_QE
		],
		[
			() => ResourceIdentifierList,
			0,
			() => QueryErrorList
		]
	];
	var StartTagSyncTaskInput$ = [
		3,
		n0,
		_STSTI,
		0,
		[
			_G,
			_RAo,
			_TK,
			_TV,
			_RQ
		],
		[
			0,
			0,
			0,
			0,
			() => ResourceQuery$
		],
		2
	];
	var StartTagSyncTaskOutput$ = [
		3,
		n0,
		_STSTO,
		0,
		[
			_GA,
			_GN,
			_TA,
			_TK,
			_TV,
			_RQ,
			_RAo
		],
		[
			0,
			0,
			0,
			0,
			0,
			() => ResourceQuery$,
			0
		]
	];
	var TagInput$ = [
		3,
		n0,
		_TI,
		0,
		[_A, _T],
		[[0, 1], 128],
		2
	];
	var TagOutput$ = [
		3,
		n0,
		_TO,
		0,
		[_A, _T],
		[0, 128]
	];
	var TagSyncTaskItem$ = [
		3,
		n0,
		_TSTI,
		0,
		[
			_GA,
			_GN,
			_TA,
			_TK,
			_TV,
			_RQ,
			_RAo,
			_S,
			_EM,
			_CA
		],
		[
			0,
			0,
			0,
			0,
			0,
			() => ResourceQuery$,
			0,
			0,
			0,
			4
		]
	];
	var UngroupResourcesInput$ = [
		3,
		n0,
		_URI,
		0,
		[_G, _RAe],
		[0, 64],
		2
	];
	var UngroupResourcesOutput$ = [
		3,
		n0,
		_URO,
		0,
		[
			_Su,
			_F,
			_Pe
		],
		[
			64,
			() => FailedResourceList,
			() => PendingResourceList
		]
	];
	var UntagInput$ = [
		3,
		n0,
		_UI,
		0,
		[_A, _K],
		[[0, 1], 64],
		2
	];
	var UntagOutput$ = [
		3,
		n0,
		_UO,
		0,
		[_A, _K],
		[0, 64]
	];
	var UpdateAccountSettingsInput$ = [
		3,
		n0,
		_UASI,
		0,
		[_GLEDS],
		[0]
	];
	var UpdateAccountSettingsOutput$ = [
		3,
		n0,
		_UASO,
		0,
		[_AS],
		[() => AccountSettings$]
	];
	var UpdateGroupInput$ = [
		3,
		n0,
		_UGI,
		0,
		[
			_GN,
			_G,
			_D,
			_Cr,
			_O,
			_DN
		],
		[
			0,
			0,
			0,
			1,
			0,
			0
		]
	];
	var UpdateGroupOutput$ = [
		3,
		n0,
		_UGO,
		0,
		[_G],
		[() => Group$]
	];
	var UpdateGroupQueryInput$ = [
		3,
		n0,
		_UGQI,
		0,
		[
			_RQ,
			_GN,
			_G
		],
		[
			() => ResourceQuery$,
			0,
			0
		],
		1
	];
	var UpdateGroupQueryOutput$ = [
		3,
		n0,
		_UGQO,
		0,
		[_GQ],
		[() => GroupQuery$]
	];
	var __Unit = "unit";
	var FailedResourceList = [
		1,
		n0,
		_FRL,
		0,
		() => FailedResource$
	];
	var GroupConfigurationList = [
		1,
		n0,
		_GCL,
		0,
		() => GroupConfigurationItem$
	];
	var GroupFilterList = [
		1,
		n0,
		_GFL,
		0,
		() => GroupFilter$
	];
	var GroupIdentifierList = [
		1,
		n0,
		_GIL,
		0,
		() => GroupIdentifier$
	];
	var GroupingStatusesList = [
		1,
		n0,
		_GSL,
		0,
		() => GroupingStatusesItem$
	];
	var GroupList = [
		1,
		n0,
		_GL,
		0,
		() => Group$
	];
	var GroupParameterList = [
		1,
		n0,
		_GPL,
		0,
		() => GroupConfigurationParameter$
	];
	var ListGroupingStatusesFilterList = [
		1,
		n0,
		_LGSFL,
		0,
		() => ListGroupingStatusesFilter$
	];
	var ListGroupResourcesItemList = [
		1,
		n0,
		_LGRIL,
		0,
		() => ListGroupResourcesItem$
	];
	var ListTagSyncTasksFilterList = [
		1,
		n0,
		_LTSTFL,
		0,
		() => ListTagSyncTasksFilter$
	];
	var PendingResourceList = [
		1,
		n0,
		_PRL,
		0,
		() => PendingResource$
	];
	var QueryErrorList = [
		1,
		n0,
		_QEL,
		0,
		() => QueryError$
	];
	var ResourceFilterList = [
		1,
		n0,
		_RFL,
		0,
		() => ResourceFilter$
	];
	var ResourceIdentifierList = [
		1,
		n0,
		_RIL,
		0,
		() => ResourceIdentifier$
	];
	var TagSyncTaskList = [
		1,
		n0,
		_TSTL,
		0,
		() => TagSyncTaskItem$
	];
	var CancelTagSyncTask$ = [
		9,
		n0,
		_CTST,
		{ [_h]: [
			"POST",
			"/cancel-tag-sync-task",
			200
		] },
		() => CancelTagSyncTaskInput$,
		() => __Unit
	];
	var CreateGroup$ = [
		9,
		n0,
		_CG,
		{ [_h]: [
			"POST",
			"/groups",
			200
		] },
		() => CreateGroupInput$,
		() => CreateGroupOutput$
	];
	var DeleteGroup$ = [
		9,
		n0,
		_DG,
		{ [_h]: [
			"POST",
			"/delete-group",
			200
		] },
		() => DeleteGroupInput$,
		() => DeleteGroupOutput$
	];
	var GetAccountSettings$ = [
		9,
		n0,
		_GAS,
		{ [_h]: [
			"POST",
			"/get-account-settings",
			200
		] },
		() => __Unit,
		() => GetAccountSettingsOutput$
	];
	var GetGroup$ = [
		9,
		n0,
		_GG,
		{ [_h]: [
			"POST",
			"/get-group",
			200
		] },
		() => GetGroupInput$,
		() => GetGroupOutput$
	];
	var GetGroupConfiguration$ = [
		9,
		n0,
		_GGC,
		{ [_h]: [
			"POST",
			"/get-group-configuration",
			200
		] },
		() => GetGroupConfigurationInput$,
		() => GetGroupConfigurationOutput$
	];
	var GetGroupQuery$ = [
		9,
		n0,
		_GGQ,
		{ [_h]: [
			"POST",
			"/get-group-query",
			200
		] },
		() => GetGroupQueryInput$,
		() => GetGroupQueryOutput$
	];
	var GetTags$ = [
		9,
		n0,
		_GT,
		{ [_h]: [
			"GET",
			"/resources/{Arn}/tags",
			200
		] },
		() => GetTagsInput$,
		() => GetTagsOutput$
	];
	var GetTagSyncTask$ = [
		9,
		n0,
		_GTST,
		{ [_h]: [
			"POST",
			"/get-tag-sync-task",
			200
		] },
		() => GetTagSyncTaskInput$,
		() => GetTagSyncTaskOutput$
	];
	var GroupResources$ = [
		9,
		n0,
		_GR,
		{ [_h]: [
			"POST",
			"/group-resources",
			200
		] },
		() => GroupResourcesInput$,
		() => GroupResourcesOutput$
	];
	var ListGroupingStatuses$ = [
		9,
		n0,
		_LGS,
		{ [_h]: [
			"POST",
			"/list-grouping-statuses",
			200
		] },
		() => ListGroupingStatusesInput$,
		() => ListGroupingStatusesOutput$
	];
	var ListGroupResources$ = [
		9,
		n0,
		_LGR,
		{ [_h]: [
			"POST",
			"/list-group-resources",
			200
		] },
		() => ListGroupResourcesInput$,
		() => ListGroupResourcesOutput$
	];
	var ListGroups$ = [
		9,
		n0,
		_LG,
		{ [_h]: [
			"POST",
			"/groups-list",
			200
		] },
		() => ListGroupsInput$,
		() => ListGroupsOutput$
	];
	var ListTagSyncTasks$ = [
		9,
		n0,
		_LTST,
		{ [_h]: [
			"POST",
			"/list-tag-sync-tasks",
			200
		] },
		() => ListTagSyncTasksInput$,
		() => ListTagSyncTasksOutput$
	];
	var PutGroupConfiguration$ = [
		9,
		n0,
		_PGC,
		{ [_h]: [
			"POST",
			"/put-group-configuration",
			202
		] },
		() => PutGroupConfigurationInput$,
		() => PutGroupConfigurationOutput$
	];
	var SearchResources$ = [
		9,
		n0,
		_SR,
		{ [_h]: [
			"POST",
			"/resources/search",
			200
		] },
		() => SearchResourcesInput$,
		() => SearchResourcesOutput$
	];
	var StartTagSyncTask$ = [
		9,
		n0,
		_STST,
		{ [_h]: [
			"POST",
			"/start-tag-sync-task",
			200
		] },
		() => StartTagSyncTaskInput$,
		() => StartTagSyncTaskOutput$
	];
	var Tag$ = [
		9,
		n0,
		_Ta,
		{ [_h]: [
			"PUT",
			"/resources/{Arn}/tags",
			200
		] },
		() => TagInput$,
		() => TagOutput$
	];
	var UngroupResources$ = [
		9,
		n0,
		_UR,
		{ [_h]: [
			"POST",
			"/ungroup-resources",
			200
		] },
		() => UngroupResourcesInput$,
		() => UngroupResourcesOutput$
	];
	var Untag$ = [
		9,
		n0,
		_U,
		{ [_h]: [
			"PATCH",
			"/resources/{Arn}/tags",
			200
		] },
		() => UntagInput$,
		() => UntagOutput$
	];
	var UpdateAccountSettings$ = [
		9,
		n0,
		_UAS,
		{ [_h]: [
			"POST",
			"/update-account-settings",
			200
		] },
		() => UpdateAccountSettingsInput$,
		() => UpdateAccountSettingsOutput$
	];
	var UpdateGroup$ = [
		9,
		n0,
		_UG,
		{ [_h]: [
			"POST",
			"/update-group",
			200
		] },
		() => UpdateGroupInput$,
		() => UpdateGroupOutput$
	];
	var UpdateGroupQuery$ = [
		9,
		n0,
		_UGQ,
		{ [_h]: [
			"POST",
			"/update-group-query",
			200
		] },
		() => UpdateGroupQueryInput$,
		() => UpdateGroupQueryOutput$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2017-11-27",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultResourceGroupsHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsRestJsonProtocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.resourcegroups",
				errorTypeRegistries,
				version: "2017-11-27",
				serviceTarget: "Ardi"
			},
			serviceId: config?.serviceId ?? "Resource Groups",
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
	var ResourceGroupsClient = class extends Client {
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
				httpAuthSchemeParametersProvider: defaultResourceGroupsHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "Ardi", "ResourceGroupsClient", getEndpointPlugin);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	var CancelTagSyncTaskCommand = class extends command(_ep0, _mw0, "CancelTagSyncTask", CancelTagSyncTask$) {};
	var CreateGroupCommand = class extends command(_ep0, _mw0, "CreateGroup", CreateGroup$) {};
	var DeleteGroupCommand = class extends command(_ep0, _mw0, "DeleteGroup", DeleteGroup$) {};
	var GetAccountSettingsCommand = class extends command(_ep0, _mw0, "GetAccountSettings", GetAccountSettings$) {};
	var GetGroupCommand = class extends command(_ep0, _mw0, "GetGroup", GetGroup$) {};
	var GetGroupConfigurationCommand = class extends command(_ep0, _mw0, "GetGroupConfiguration", GetGroupConfiguration$) {};
	var GetGroupQueryCommand = class extends command(_ep0, _mw0, "GetGroupQuery", GetGroupQuery$) {};
	var GetTagsCommand = class extends command(_ep0, _mw0, "GetTags", GetTags$) {};
	var GetTagSyncTaskCommand = class extends command(_ep0, _mw0, "GetTagSyncTask", GetTagSyncTask$) {};
	var GroupResourcesCommand = class extends command(_ep0, _mw0, "GroupResources", GroupResources$) {};
	var ListGroupingStatusesCommand = class extends command(_ep0, _mw0, "ListGroupingStatuses", ListGroupingStatuses$) {};
	var ListGroupResourcesCommand = class extends command(_ep0, _mw0, "ListGroupResources", ListGroupResources$) {};
	var ListGroupsCommand = class extends command(_ep0, _mw0, "ListGroups", ListGroups$) {};
	var ListTagSyncTasksCommand = class extends command(_ep0, _mw0, "ListTagSyncTasks", ListTagSyncTasks$) {};
	var PutGroupConfigurationCommand = class extends command(_ep0, _mw0, "PutGroupConfiguration", PutGroupConfiguration$) {};
	var SearchResourcesCommand = class extends command(_ep0, _mw0, "SearchResources", SearchResources$) {};
	var StartTagSyncTaskCommand = class extends command(_ep0, _mw0, "StartTagSyncTask", StartTagSyncTask$) {};
	var TagCommand = class extends command(_ep0, _mw0, "Tag", Tag$) {};
	var UngroupResourcesCommand = class extends command(_ep0, _mw0, "UngroupResources", UngroupResources$) {};
	var UntagCommand = class extends command(_ep0, _mw0, "Untag", Untag$) {};
	var UpdateAccountSettingsCommand = class extends command(_ep0, _mw0, "UpdateAccountSettings", UpdateAccountSettings$) {};
	var UpdateGroupCommand = class extends command(_ep0, _mw0, "UpdateGroup", UpdateGroup$) {};
	var UpdateGroupQueryCommand = class extends command(_ep0, _mw0, "UpdateGroupQuery", UpdateGroupQuery$) {};
	const paginateListGroupingStatuses = createPaginator(ResourceGroupsClient, ListGroupingStatusesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListGroupResources = createPaginator(ResourceGroupsClient, ListGroupResourcesCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListGroups = createPaginator(ResourceGroupsClient, ListGroupsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListTagSyncTasks = createPaginator(ResourceGroupsClient, ListTagSyncTasksCommand, "NextToken", "NextToken", "MaxResults");
	const paginateSearchResources = createPaginator(ResourceGroupsClient, SearchResourcesCommand, "NextToken", "NextToken", "MaxResults");
	const commands = {
		CancelTagSyncTaskCommand,
		CreateGroupCommand,
		DeleteGroupCommand,
		GetAccountSettingsCommand,
		GetGroupCommand,
		GetGroupConfigurationCommand,
		GetGroupQueryCommand,
		GetTagsCommand,
		GetTagSyncTaskCommand,
		GroupResourcesCommand,
		ListGroupingStatusesCommand,
		ListGroupResourcesCommand,
		ListGroupsCommand,
		ListTagSyncTasksCommand,
		PutGroupConfigurationCommand,
		SearchResourcesCommand,
		StartTagSyncTaskCommand,
		TagCommand,
		UngroupResourcesCommand,
		UntagCommand,
		UpdateAccountSettingsCommand,
		UpdateGroupCommand,
		UpdateGroupQueryCommand
	};
	const paginators = {
		paginateListGroupingStatuses,
		paginateListGroupResources,
		paginateListGroups,
		paginateListTagSyncTasks,
		paginateSearchResources
	};
	var ResourceGroups = class extends ResourceGroupsClient {};
	createAggregatedClient(commands, ResourceGroups, { paginators });
	exports.CreateGroupCommand = CreateGroupCommand;
	exports.DeleteGroupCommand = DeleteGroupCommand;
	exports.GetGroupCommand = GetGroupCommand;
	exports.GetGroupConfigurationCommand = GetGroupConfigurationCommand;
	exports.GetGroupQueryCommand = GetGroupQueryCommand;
	exports.GetTagsCommand = GetTagsCommand;
	exports.ListGroupsCommand = ListGroupsCommand;
	exports.ResourceGroupsClient = ResourceGroupsClient;
	exports.paginateListGroups = paginateListGroups;
})))(), 1);
const client = clientOf(import_dist_cjs.ResourceGroupsClient);
const GROUP = recordKind("group");
/** The groups of the region by name, with the ARN each is read by (moto's ARNs name another region). */
async function groups(rg) {
	return sortBy(await collect(import_dist_cjs.paginateListGroups({ client: rg }, {}), (p) => p.GroupIdentifiers), (g) => g.GroupName);
}
async function captureGroup(rg, g) {
	const group = (await rg.send(new import_dist_cjs.GetGroupCommand({ GroupName: g.GroupName }))).Group;
	const query = (await unlessMissing(rg.send(new import_dist_cjs.GetGroupQueryCommand({ GroupName: g.GroupName }))))?.GroupQuery?.ResourceQuery;
	const configuration = (await unlessUnimplemented(rg, "GetGroupConfiguration", () => rg.send(new import_dist_cjs.GetGroupConfigurationCommand({ Group: g.GroupName }))))?.GroupConfiguration?.Configuration;
	const tags = (await unlessUnimplemented(rg, "GetTags", () => rg.send(new import_dist_cjs.GetTagsCommand({ Arn: g.GroupArn }))))?.Tags;
	return {
		name: g.GroupName,
		description: group.Description || void 0,
		query: query?.Type && query.Query ? {
			type: query.Type,
			query: query.Query
		} : void 0,
		configuration: nonEmpty(configuration),
		tags: sortedRecord(tags)
	};
}
const capture = eachRegion(async function* (context, region) {
	const rg = client(context, region);
	for (const g of await groups(rg)) yield GROUP.record(region, g.GroupName, await captureGroup(rg, g));
});
const regionsWithState = regionsWhere(async (context, region) => {
	return ((await client(context, region).send(new import_dist_cjs.ListGroupsCommand({ MaxResults: 1 }))).GroupIdentifiers?.length ?? 0) > 0;
});
async function clear(context, region) {
	const rg = client(context, region);
	for (const g of await groups(rg)) await unlessMissing(rg.send(new import_dist_cjs.DeleteGroupCommand({ GroupName: g.GroupName })));
}
/** Made anew: creation takes every setting at once, where updating would take three calls and the tags' differences. */
async function restoreGroup(rg, g) {
	await unlessMissing(rg.send(new import_dist_cjs.DeleteGroupCommand({ GroupName: g.name })));
	await rg.send(new import_dist_cjs.CreateGroupCommand({
		Name: g.name,
		Description: g.description,
		ResourceQuery: g.query ? {
			Type: g.query.type,
			Query: g.query.query
		} : void 0,
		Configuration: g.configuration,
		Tags: g.tags
	}));
}
/**
* Resource Groups: groups with their description, resource query (tag filters or a
* CloudFormation stack), configuration and tags. Their members are the other services'
* resources, found again by the query.
*/
const resourceGroups = {
	name: "resource-groups",
	dependsOn: [],
	capture,
	regionsWithState,
	clear,
	restore: (context, region, records) => {
		const rg = client(context, region);
		return restoreRecords(context, records, 4, on(GROUP, (g) => restoreGroup(rg, g)));
	},
	requests: { signingName: "resource-groups" }
};
export { resourceGroups };
