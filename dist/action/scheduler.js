import { a as __toCommonJS, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$2, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$1, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { d as unlessMissing, m as clientOf, r as collect } from "./kit.js";
import { a as sortBy, d as on, g as recordKind, m as restoreRecords } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
// src/engine/state/portable/scheduler/scheduler.ts
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
	const { AwsRestJsonProtocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const defaultSchedulerHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
				name: "scheduler",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultSchedulerHttpAuthSchemeProvider = (authParameters) => {
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
			defaultSigningName: "scheduler"
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
			["https://scheduler-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://scheduler-fips.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://scheduler.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			["https://scheduler.{Region}.{PartitionResult#dnsSuffix}", i],
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
	var SchedulerServiceException = class SchedulerServiceException extends ServiceException {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.scheduler#SchedulerServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, SchedulerServiceException.prototype);
		}
	};
	var InternalServerException = class InternalServerException extends SchedulerServiceException {
		static shapeId = "com.amazonaws.scheduler#InternalServerException";
		name = "InternalServerException";
		$fault = "server";
		Message;
		constructor(opts) {
			super({
				name: "InternalServerException",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, InternalServerException.prototype);
			this.Message = opts.Message;
		}
	};
	var ResourceNotFoundException = class ResourceNotFoundException extends SchedulerServiceException {
		static shapeId = "com.amazonaws.scheduler#ResourceNotFoundException";
		name = "ResourceNotFoundException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "ResourceNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
			this.Message = opts.Message;
		}
	};
	var ThrottlingException = class ThrottlingException extends SchedulerServiceException {
		static shapeId = "com.amazonaws.scheduler#ThrottlingException";
		name = "ThrottlingException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "ThrottlingException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ThrottlingException.prototype);
			this.Message = opts.Message;
		}
	};
	var ValidationException = class ValidationException extends SchedulerServiceException {
		static shapeId = "com.amazonaws.scheduler#ValidationException";
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
	var ConflictException = class ConflictException extends SchedulerServiceException {
		static shapeId = "com.amazonaws.scheduler#ConflictException";
		name = "ConflictException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "ConflictException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConflictException.prototype);
			this.Message = opts.Message;
		}
	};
	var ServiceQuotaExceededException = class ServiceQuotaExceededException extends SchedulerServiceException {
		static shapeId = "com.amazonaws.scheduler#ServiceQuotaExceededException";
		name = "ServiceQuotaExceededException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "ServiceQuotaExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
			this.Message = opts.Message;
		}
	};
	const _A = "Arn";
	const _AAC = "ActionAfterCompletion";
	const _API = "AssignPublicIp";
	const _AVC = "AwsVpcConfiguration";
	const _CD = "CreationDate";
	const _CE = "ConflictException";
	const _CPS = "CapacityProviderStrategy";
	const _CPSI = "CapacityProviderStrategyItem";
	const _CS = "CreateSchedule";
	const _CSG = "CreateScheduleGroup";
	const _CSGI = "CreateScheduleGroupInput";
	const _CSGO = "CreateScheduleGroupOutput";
	const _CSI = "CreateScheduleInput";
	const _CSO = "CreateScheduleOutput";
	const _CT = "ClientToken";
	const _D = "Description";
	const _DLC = "DeadLetterConfig";
	const _DS = "DeleteSchedule";
	const _DSG = "DeleteScheduleGroup";
	const _DSGI = "DeleteScheduleGroupInput";
	const _DSGO = "DeleteScheduleGroupOutput";
	const _DSI = "DeleteScheduleInput";
	const _DSO = "DeleteScheduleOutput";
	const _DT = "DetailType";
	const _EBP = "EventBridgeParameters";
	const _EBPEVP = "EventBridgePutEventsV2Parameters";
	const _EBPREP = "EventBridgePutRawEventsParameters";
	const _ED = "EndDate";
	const _EEC = "EnableExecuteCommand";
	const _EECSMT = "EnableECSManagedTags";
	const _EP = "EcsParameters";
	const _FTW = "FlexibleTimeWindow";
	const _G = "Group";
	const _GN = "GroupName";
	const _GS = "GetSchedule";
	const _GSG = "GetScheduleGroup";
	const _GSGI = "GetScheduleGroupInput";
	const _GSGO = "GetScheduleGroupOutput";
	const _GSI = "GetScheduleInput";
	const _GSO = "GetScheduleOutput";
	const _I = "Input";
	const _ISE = "InternalServerException";
	const _K = "Key";
	const _KKA = "KmsKeyArn";
	const _KP = "KinesisParameters";
	const _LMD = "LastModificationDate";
	const _LS = "ListSchedules";
	const _LSG = "ListScheduleGroups";
	const _LSGI = "ListScheduleGroupsInput";
	const _LSGO = "ListScheduleGroupsOutput";
	const _LSI = "ListSchedulesInput";
	const _LSO = "ListSchedulesOutput";
	const _LT = "LaunchType";
	const _LTFR = "ListTagsForResource";
	const _LTFRI = "ListTagsForResourceInput";
	const _LTFRO = "ListTagsForResourceOutput";
	const _M = "Message";
	const _MEAIS = "MaximumEventAgeInSeconds";
	const _MGI = "MessageGroupId";
	const _MR = "MaxResults";
	const _MRA = "MaximumRetryAttempts";
	const _MWIM = "MaximumWindowInMinutes";
	const _Me = "Metadata";
	const _Mo = "Mode";
	const _N = "Name";
	const _NC = "NetworkConfiguration";
	const _NP = "NamePrefix";
	const _NT = "NextToken";
	const _PC = "PlacementConstraints";
	const _PCl = "PlacementConstraint";
	const _PK = "PartitionKey";
	const _PPL = "PipelineParameterList";
	const _PS = "PlacementStrategy";
	const _PSl = "PlacementStrategies";
	const _PT = "PropagateTags";
	const _PV = "PlatformVersion";
	const _RA = "ResourceArn";
	const _RAo = "RoleArn";
	const _RI = "ReferenceId";
	const _RNFE = "ResourceNotFoundException";
	const _RP = "RetryPolicy";
	const _S = "Subnets";
	const _SA = "ScheduleArn";
	const _SD = "StartDate";
	const _SE = "ScheduleExpression";
	const _SET = "ScheduleExpressionTimezone";
	const _SG = "SecurityGroups";
	const _SGA = "ScheduleGroupArn";
	const _SGL = "ScheduleGroupList";
	const _SGS = "ScheduleGroupSummary";
	const _SGc = "ScheduleGroups";
	const _SGch = "ScheduleGroup";
	const _SL = "ScheduleList";
	const _SMPP = "SageMakerPipelineParameter";
	const _SMPPL = "SageMakerPipelineParameterList";
	const _SMPPa = "SageMakerPipelineParameters";
	const _SP = "SqsParameters";
	const _SQEE = "ServiceQuotaExceededException";
	const _SS = "ScheduleSummary";
	const _Sc = "Schedules";
	const _So = "Source";
	const _St = "State";
	const _T = "Tags";
	const _TC = "TaskCount";
	const _TDA = "TaskDefinitionArn";
	const _TE = "ThrottlingException";
	const _TK = "TagKeys";
	const _TL = "TagList";
	const _TR = "TagResource";
	const _TRI = "TagResourceInput";
	const _TRO = "TagResourceOutput";
	const _TS = "TargetSummary";
	const _Ta = "Target";
	const _Tag = "Tag";
	const _UR = "UntagResource";
	const _URI = "UntagResourceInput";
	const _URO = "UntagResourceOutput";
	const _US = "UpdateSchedule";
	const _USI = "UpdateScheduleInput";
	const _USO = "UpdateScheduleOutput";
	const _V = "Value";
	const _VE = "ValidationException";
	const _aC = "awsvpcConfiguration";
	const _b = "base";
	const _c = "client";
	const _cP = "capacityProvider";
	const _cT = "clientToken";
	const _e = "error";
	const _ex = "expression";
	const _f = "field";
	const _gN = "groupName";
	const _h = "http";
	const _hE = "httpError";
	const _hQ = "httpQuery";
	const _iT = "idempotencyToken";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.scheduler";
	const _se = "server";
	const _t = "type";
	const _w = "weight";
	const n0 = "com.amazonaws.scheduler";
	const _s_registry = new TypeRegistry(_s);
	var SchedulerServiceException$ = [
		-3,
		_s,
		"SchedulerServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(SchedulerServiceException$, SchedulerServiceException);
	const n0_registry = new TypeRegistry(n0);
	var ConflictException$ = [
		-3,
		n0,
		_CE,
		{
			[_e]: _c,
			[_hE]: 409
		},
		[_M],
		[0],
		1
	];
	n0_registry.registerError(ConflictException$, ConflictException);
	var InternalServerException$ = [
		-3,
		n0,
		_ISE,
		{
			[_e]: _se,
			[_hE]: 500
		},
		[_M],
		[0],
		1
	];
	n0_registry.registerError(InternalServerException$, InternalServerException);
	var ResourceNotFoundException$ = [
		-3,
		n0,
		_RNFE,
		{
			[_e]: _c,
			[_hE]: 404
		},
		[_M],
		[0],
		1
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
		[_M],
		[0],
		1
	];
	n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
	var ThrottlingException$ = [
		-3,
		n0,
		_TE,
		{
			[_e]: _c,
			[_hE]: 429
		},
		[_M],
		[0],
		1
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
		[_M],
		[0],
		1
	];
	n0_registry.registerError(ValidationException$, ValidationException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var AwsVpcConfiguration$ = [
		3,
		n0,
		_AVC,
		0,
		[
			_S,
			_SG,
			_API
		],
		[
			64,
			64,
			0
		],
		1
	];
	var CapacityProviderStrategyItem$ = [
		3,
		n0,
		_CPSI,
		0,
		[
			_cP,
			_w,
			_b
		],
		[
			0,
			1,
			1
		],
		1
	];
	var CreateScheduleGroupInput$ = [
		3,
		n0,
		_CSGI,
		0,
		[
			_N,
			_T,
			_CT
		],
		[
			[0, 1],
			() => TagList,
			[0, 4]
		],
		1
	];
	var CreateScheduleGroupOutput$ = [
		3,
		n0,
		_CSGO,
		0,
		[_SGA],
		[0],
		1
	];
	var CreateScheduleInput$ = [
		3,
		n0,
		_CSI,
		0,
		[
			_N,
			_SE,
			_Ta,
			_FTW,
			_GN,
			_SD,
			_ED,
			_D,
			_SET,
			_St,
			_KKA,
			_CT,
			_AAC
		],
		[
			[0, 1],
			0,
			() => Target$,
			() => FlexibleTimeWindow$,
			0,
			4,
			4,
			0,
			0,
			0,
			0,
			[0, 4],
			0
		],
		4
	];
	var CreateScheduleOutput$ = [
		3,
		n0,
		_CSO,
		0,
		[_SA],
		[0],
		1
	];
	var DeadLetterConfig$ = [
		3,
		n0,
		_DLC,
		0,
		[_A],
		[0]
	];
	var DeleteScheduleGroupInput$ = [
		3,
		n0,
		_DSGI,
		0,
		[_N, _CT],
		[[0, 1], [0, {
			[_hQ]: _cT,
			[_iT]: 1
		}]],
		1
	];
	var DeleteScheduleGroupOutput$ = [
		3,
		n0,
		_DSGO,
		0,
		[],
		[]
	];
	var DeleteScheduleInput$ = [
		3,
		n0,
		_DSI,
		0,
		[
			_N,
			_GN,
			_CT
		],
		[
			[0, 1],
			[0, { [_hQ]: _gN }],
			[0, {
				[_hQ]: _cT,
				[_iT]: 1
			}]
		],
		1
	];
	var DeleteScheduleOutput$ = [
		3,
		n0,
		_DSO,
		0,
		[],
		[]
	];
	var EcsParameters$ = [
		3,
		n0,
		_EP,
		0,
		[
			_TDA,
			_TC,
			_LT,
			_NC,
			_PV,
			_G,
			_CPS,
			_EECSMT,
			_EEC,
			_PC,
			_PS,
			_PT,
			_RI,
			_T
		],
		[
			0,
			1,
			0,
			() => NetworkConfiguration$,
			0,
			0,
			() => CapacityProviderStrategy,
			2,
			2,
			() => PlacementConstraints,
			() => PlacementStrategies,
			0,
			0,
			[
				1,
				n0,
				_T,
				0,
				128
			]
		],
		1
	];
	var EventBridgeParameters$ = [
		3,
		n0,
		_EBP,
		0,
		[_DT, _So],
		[0, 0],
		2
	];
	var EventBridgePutEventsV2Parameters$ = [
		3,
		n0,
		_EBPEVP,
		0,
		[_DT, _So],
		[0, 0],
		2
	];
	var EventBridgePutRawEventsParameters$ = [
		3,
		n0,
		_EBPREP,
		0,
		[_Me],
		[128]
	];
	var FlexibleTimeWindow$ = [
		3,
		n0,
		_FTW,
		0,
		[_Mo, _MWIM],
		[0, 1],
		1
	];
	var GetScheduleGroupInput$ = [
		3,
		n0,
		_GSGI,
		0,
		[_N],
		[[0, 1]],
		1
	];
	var GetScheduleGroupOutput$ = [
		3,
		n0,
		_GSGO,
		0,
		[
			_A,
			_N,
			_St,
			_CD,
			_LMD
		],
		[
			0,
			0,
			0,
			4,
			4
		]
	];
	var GetScheduleInput$ = [
		3,
		n0,
		_GSI,
		0,
		[_N, _GN],
		[[0, 1], [0, { [_hQ]: _gN }]],
		1
	];
	var GetScheduleOutput$ = [
		3,
		n0,
		_GSO,
		0,
		[
			_A,
			_GN,
			_N,
			_SE,
			_SD,
			_ED,
			_D,
			_SET,
			_St,
			_CD,
			_LMD,
			_KKA,
			_Ta,
			_FTW,
			_AAC
		],
		[
			0,
			0,
			0,
			0,
			4,
			4,
			0,
			0,
			0,
			4,
			4,
			0,
			() => Target$,
			() => FlexibleTimeWindow$,
			0
		]
	];
	var KinesisParameters$ = [
		3,
		n0,
		_KP,
		0,
		[_PK],
		[0],
		1
	];
	var ListScheduleGroupsInput$ = [
		3,
		n0,
		_LSGI,
		0,
		[
			_NP,
			_NT,
			_MR
		],
		[
			[0, { [_hQ]: _NP }],
			[0, { [_hQ]: _NT }],
			[1, { [_hQ]: _MR }]
		]
	];
	var ListScheduleGroupsOutput$ = [
		3,
		n0,
		_LSGO,
		0,
		[_SGc, _NT],
		[() => ScheduleGroupList, 0],
		1
	];
	var ListSchedulesInput$ = [
		3,
		n0,
		_LSI,
		0,
		[
			_GN,
			_NP,
			_St,
			_NT,
			_MR
		],
		[
			[0, { [_hQ]: _SGch }],
			[0, { [_hQ]: _NP }],
			[0, { [_hQ]: _St }],
			[0, { [_hQ]: _NT }],
			[1, { [_hQ]: _MR }]
		]
	];
	var ListSchedulesOutput$ = [
		3,
		n0,
		_LSO,
		0,
		[_Sc, _NT],
		[() => ScheduleList, 0],
		1
	];
	var ListTagsForResourceInput$ = [
		3,
		n0,
		_LTFRI,
		0,
		[_RA],
		[[0, 1]],
		1
	];
	var ListTagsForResourceOutput$ = [
		3,
		n0,
		_LTFRO,
		0,
		[_T],
		[() => TagList]
	];
	var NetworkConfiguration$ = [
		3,
		n0,
		_NC,
		0,
		[_aC],
		[() => AwsVpcConfiguration$]
	];
	var PlacementConstraint$ = [
		3,
		n0,
		_PCl,
		0,
		[_t, _ex],
		[0, 0]
	];
	var PlacementStrategy$ = [
		3,
		n0,
		_PS,
		0,
		[_t, _f],
		[0, 0]
	];
	var RetryPolicy$ = [
		3,
		n0,
		_RP,
		0,
		[_MEAIS, _MRA],
		[1, 1]
	];
	var SageMakerPipelineParameter$ = [
		3,
		n0,
		_SMPP,
		0,
		[_N, _V],
		[0, 0],
		2
	];
	var SageMakerPipelineParameters$ = [
		3,
		n0,
		_SMPPa,
		0,
		[_PPL],
		[() => SageMakerPipelineParameterList]
	];
	var ScheduleGroupSummary$ = [
		3,
		n0,
		_SGS,
		0,
		[
			_A,
			_N,
			_St,
			_CD,
			_LMD
		],
		[
			0,
			0,
			0,
			4,
			4
		]
	];
	var ScheduleSummary$ = [
		3,
		n0,
		_SS,
		0,
		[
			_A,
			_N,
			_GN,
			_St,
			_CD,
			_LMD,
			_Ta
		],
		[
			0,
			0,
			0,
			0,
			4,
			4,
			() => TargetSummary$
		]
	];
	var SqsParameters$ = [
		3,
		n0,
		_SP,
		0,
		[_MGI],
		[0]
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
	var TagResourceInput$ = [
		3,
		n0,
		_TRI,
		0,
		[_RA, _T],
		[[0, 1], () => TagList],
		2
	];
	var TagResourceOutput$ = [
		3,
		n0,
		_TRO,
		0,
		[],
		[]
	];
	var Target$ = [
		3,
		n0,
		_Ta,
		0,
		[
			_A,
			_RAo,
			_DLC,
			_RP,
			_I,
			_EP,
			_EBP,
			_EBPEVP,
			_EBPREP,
			_KP,
			_SMPPa,
			_SP
		],
		[
			0,
			0,
			() => DeadLetterConfig$,
			() => RetryPolicy$,
			0,
			() => EcsParameters$,
			() => EventBridgeParameters$,
			() => EventBridgePutEventsV2Parameters$,
			() => EventBridgePutRawEventsParameters$,
			() => KinesisParameters$,
			() => SageMakerPipelineParameters$,
			() => SqsParameters$
		],
		2
	];
	var TargetSummary$ = [
		3,
		n0,
		_TS,
		0,
		[_A],
		[0],
		1
	];
	var UntagResourceInput$ = [
		3,
		n0,
		_URI,
		0,
		[_RA, _TK],
		[[0, 1], [64, { [_hQ]: _TK }]],
		2
	];
	var UntagResourceOutput$ = [
		3,
		n0,
		_URO,
		0,
		[],
		[]
	];
	var UpdateScheduleInput$ = [
		3,
		n0,
		_USI,
		0,
		[
			_N,
			_SE,
			_Ta,
			_FTW,
			_GN,
			_SD,
			_ED,
			_D,
			_SET,
			_St,
			_KKA,
			_CT,
			_AAC
		],
		[
			[0, 1],
			0,
			() => Target$,
			() => FlexibleTimeWindow$,
			0,
			4,
			4,
			0,
			0,
			0,
			0,
			[0, 4],
			0
		],
		4
	];
	var UpdateScheduleOutput$ = [
		3,
		n0,
		_USO,
		0,
		[_SA],
		[0],
		1
	];
	var CapacityProviderStrategy = [
		1,
		n0,
		_CPS,
		0,
		() => CapacityProviderStrategyItem$
	];
	var PlacementConstraints = [
		1,
		n0,
		_PC,
		0,
		() => PlacementConstraint$
	];
	var PlacementStrategies = [
		1,
		n0,
		_PSl,
		0,
		() => PlacementStrategy$
	];
	var SageMakerPipelineParameterList = [
		1,
		n0,
		_SMPPL,
		0,
		() => SageMakerPipelineParameter$
	];
	var ScheduleGroupList = [
		1,
		n0,
		_SGL,
		0,
		() => ScheduleGroupSummary$
	];
	var ScheduleList = [
		1,
		n0,
		_SL,
		0,
		() => ScheduleSummary$
	];
	var TagList = [
		1,
		n0,
		_TL,
		0,
		() => Tag$
	];
	var CreateSchedule$ = [
		9,
		n0,
		_CS,
		{ [_h]: [
			"POST",
			"/schedules/{Name}",
			200
		] },
		() => CreateScheduleInput$,
		() => CreateScheduleOutput$
	];
	var CreateScheduleGroup$ = [
		9,
		n0,
		_CSG,
		{ [_h]: [
			"POST",
			"/schedule-groups/{Name}",
			200
		] },
		() => CreateScheduleGroupInput$,
		() => CreateScheduleGroupOutput$
	];
	var DeleteSchedule$ = [
		9,
		n0,
		_DS,
		{ [_h]: [
			"DELETE",
			"/schedules/{Name}",
			200
		] },
		() => DeleteScheduleInput$,
		() => DeleteScheduleOutput$
	];
	var DeleteScheduleGroup$ = [
		9,
		n0,
		_DSG,
		{ [_h]: [
			"DELETE",
			"/schedule-groups/{Name}",
			200
		] },
		() => DeleteScheduleGroupInput$,
		() => DeleteScheduleGroupOutput$
	];
	var GetSchedule$ = [
		9,
		n0,
		_GS,
		{ [_h]: [
			"GET",
			"/schedules/{Name}",
			200
		] },
		() => GetScheduleInput$,
		() => GetScheduleOutput$
	];
	var GetScheduleGroup$ = [
		9,
		n0,
		_GSG,
		{ [_h]: [
			"GET",
			"/schedule-groups/{Name}",
			200
		] },
		() => GetScheduleGroupInput$,
		() => GetScheduleGroupOutput$
	];
	var ListScheduleGroups$ = [
		9,
		n0,
		_LSG,
		{ [_h]: [
			"GET",
			"/schedule-groups",
			200
		] },
		() => ListScheduleGroupsInput$,
		() => ListScheduleGroupsOutput$
	];
	var ListSchedules$ = [
		9,
		n0,
		_LS,
		{ [_h]: [
			"GET",
			"/schedules",
			200
		] },
		() => ListSchedulesInput$,
		() => ListSchedulesOutput$
	];
	var ListTagsForResource$ = [
		9,
		n0,
		_LTFR,
		{ [_h]: [
			"GET",
			"/tags/{ResourceArn}",
			200
		] },
		() => ListTagsForResourceInput$,
		() => ListTagsForResourceOutput$
	];
	var TagResource$ = [
		9,
		n0,
		_TR,
		{ [_h]: [
			"POST",
			"/tags/{ResourceArn}",
			200
		] },
		() => TagResourceInput$,
		() => TagResourceOutput$
	];
	var UntagResource$ = [
		9,
		n0,
		_UR,
		{ [_h]: [
			"DELETE",
			"/tags/{ResourceArn}",
			200
		] },
		() => UntagResourceInput$,
		() => UntagResourceOutput$
	];
	var UpdateSchedule$ = [
		9,
		n0,
		_US,
		{ [_h]: [
			"PUT",
			"/schedules/{Name}",
			200
		] },
		() => UpdateScheduleInput$,
		() => UpdateScheduleOutput$
	];
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2021-06-30",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSchedulerHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsRestJsonProtocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.scheduler",
				errorTypeRegistries,
				version: "2021-06-30",
				serviceTarget: "AWSChronosService"
			},
			serviceId: config?.serviceId ?? "Scheduler",
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
	var SchedulerClient = class extends Client {
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
				httpAuthSchemeParametersProvider: defaultSchedulerHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	const command = makeBuilder(commonParams, "AWSChronosService", "SchedulerClient", getEndpointPlugin);
	const _ep0 = {};
	const _mw0 = (Command, cs, config, o) => [];
	var CreateScheduleCommand = class extends command(_ep0, _mw0, "CreateSchedule", CreateSchedule$) {};
	var CreateScheduleGroupCommand = class extends command(_ep0, _mw0, "CreateScheduleGroup", CreateScheduleGroup$) {};
	var DeleteScheduleCommand = class extends command(_ep0, _mw0, "DeleteSchedule", DeleteSchedule$) {};
	var DeleteScheduleGroupCommand = class extends command(_ep0, _mw0, "DeleteScheduleGroup", DeleteScheduleGroup$) {};
	var GetScheduleCommand = class extends command(_ep0, _mw0, "GetSchedule", GetSchedule$) {};
	var GetScheduleGroupCommand = class extends command(_ep0, _mw0, "GetScheduleGroup", GetScheduleGroup$) {};
	var ListScheduleGroupsCommand = class extends command(_ep0, _mw0, "ListScheduleGroups", ListScheduleGroups$) {};
	var ListSchedulesCommand = class extends command(_ep0, _mw0, "ListSchedules", ListSchedules$) {};
	var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {};
	var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {};
	var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {};
	var UpdateScheduleCommand = class extends command(_ep0, _mw0, "UpdateSchedule", UpdateSchedule$) {};
	const paginateListScheduleGroups = createPaginator(SchedulerClient, ListScheduleGroupsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListSchedules = createPaginator(SchedulerClient, ListSchedulesCommand, "NextToken", "NextToken", "MaxResults");
	const commands = {
		CreateScheduleCommand,
		CreateScheduleGroupCommand,
		DeleteScheduleCommand,
		DeleteScheduleGroupCommand,
		GetScheduleCommand,
		GetScheduleGroupCommand,
		ListScheduleGroupsCommand,
		ListSchedulesCommand,
		ListTagsForResourceCommand,
		TagResourceCommand,
		UntagResourceCommand,
		UpdateScheduleCommand
	};
	const paginators = {
		paginateListScheduleGroups,
		paginateListSchedules
	};
	var Scheduler = class extends SchedulerClient {};
	createAggregatedClient(commands, Scheduler, { paginators });
	exports.CreateScheduleCommand = CreateScheduleCommand;
	exports.CreateScheduleGroupCommand = CreateScheduleGroupCommand;
	exports.DeleteScheduleCommand = DeleteScheduleCommand;
	exports.DeleteScheduleGroupCommand = DeleteScheduleGroupCommand;
	exports.GetScheduleCommand = GetScheduleCommand;
	exports.GetScheduleGroupCommand = GetScheduleGroupCommand;
	exports.ListScheduleGroupsCommand = ListScheduleGroupsCommand;
	exports.ListSchedulesCommand = ListSchedulesCommand;
	exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
	exports.SchedulerClient = SchedulerClient;
	exports.UpdateScheduleCommand = UpdateScheduleCommand;
	exports.paginateListScheduleGroups = paginateListScheduleGroups;
	exports.paginateListSchedules = paginateListSchedules;
})))(), 1);
const client = clientOf(import_dist_cjs.SchedulerClient);
/** Every account has this group; it is neither made nor deleted. */
const DEFAULT_GROUP = "default";
const GROUP = recordKind("schedule-group");
const SCHEDULE = recordKind("schedule");
async function groups(s) {
	return sortBy(await collect(import_dist_cjs.paginateListScheduleGroups({ client: s }, {}), (p) => p.ScheduleGroups), (g) => g.Name);
}
async function schedules(s) {
	return sortBy(await collect(import_dist_cjs.paginateListSchedules({ client: s }, {}), (p) => p.Schedules), (x) => `${x.GroupName}/${x.Name}`);
}
async function tagsOf(s, arn) {
	const tags = (await s.send(new import_dist_cjs.ListTagsForResourceCommand({ ResourceArn: arn }))).Tags;
	return tags && tags.length > 0 ? sortBy(tags, (t) => t.Key) : void 0;
}
async function captureSchedule(s, summary) {
	const x = await s.send(new import_dist_cjs.GetScheduleCommand({
		Name: summary.Name,
		GroupName: summary.GroupName
	}));
	return {
		name: x.Name,
		group: x.GroupName ?? DEFAULT_GROUP,
		expression: x.ScheduleExpression,
		timezone: x.ScheduleExpressionTimezone,
		startDate: x.StartDate?.toISOString(),
		endDate: x.EndDate?.toISOString(),
		description: x.Description || void 0,
		state: x.State,
		kmsKeyArn: x.KmsKeyArn,
		target: x.Target,
		flexibleTimeWindow: x.FlexibleTimeWindow,
		actionAfterCompletion: x.ActionAfterCompletion
	};
}
/** Groups first: schedules live in them. */
const capture = eachRegion(async function* (context, region) {
	const s = client(context, region);
	for (const g of await groups(s)) if (g.Name !== DEFAULT_GROUP) yield GROUP.record(region, g.Name, {
		name: g.Name,
		tags: await tagsOf(s, g.Arn)
	});
	for (const summary of await schedules(s)) {
		const data = await captureSchedule(s, summary);
		yield SCHEDULE.record(region, `${data.group}/${data.name}`, data);
	}
});
const regionsWithState = regionsWhere(async (context, region) => {
	const s = client(context, region);
	const [g, x] = await Promise.all([s.send(new import_dist_cjs.ListScheduleGroupsCommand({ MaxResults: 2 })), s.send(new import_dist_cjs.ListSchedulesCommand({ MaxResults: 1 }))]);
	return (x.Schedules?.length ?? 0) > 0 || (g.ScheduleGroups ?? []).some((group) => group.Name !== DEFAULT_GROUP);
});
/** Schedules, then the groups (deleting a group deletes its schedules, but not on every emulator). */
async function clear(context, region) {
	const s = client(context, region);
	for (const x of await schedules(s)) await unlessMissing(s.send(new import_dist_cjs.DeleteScheduleCommand({
		Name: x.Name,
		GroupName: x.GroupName
	})));
	for (const g of await groups(s)) if (g.Name !== DEFAULT_GROUP) await unlessMissing(s.send(new import_dist_cjs.DeleteScheduleGroupCommand({ Name: g.Name })));
}
async function restoreGroup(s, g) {
	if (await unlessMissing(s.send(new import_dist_cjs.GetScheduleGroupCommand({ Name: g.name })))) await s.send(new import_dist_cjs.DeleteScheduleGroupCommand({ Name: g.name }));
	await s.send(new import_dist_cjs.CreateScheduleGroupCommand({
		Name: g.name,
		Tags: g.tags
	}));
}
/** Updated in place when the instance has it, made otherwise: the whole schedule is given either way. */
async function restoreSchedule(s, x) {
	const input = {
		Name: x.name,
		GroupName: x.group,
		ScheduleExpression: x.expression,
		ScheduleExpressionTimezone: x.timezone,
		StartDate: x.startDate === void 0 ? void 0 : new Date(x.startDate),
		EndDate: x.endDate === void 0 ? void 0 : new Date(x.endDate),
		Description: x.description,
		State: x.state,
		KmsKeyArn: x.kmsKeyArn,
		Target: x.target,
		FlexibleTimeWindow: x.flexibleTimeWindow,
		ActionAfterCompletion: x.actionAfterCompletion
	};
	if (await unlessMissing(s.send(new import_dist_cjs.GetScheduleCommand({
		Name: x.name,
		GroupName: x.group
	})))) await s.send(new import_dist_cjs.UpdateScheduleCommand(input));
	else await s.send(new import_dist_cjs.CreateScheduleCommand(input));
}
/** EventBridge Scheduler: schedule groups with their tags, and schedules (expression, time zone, window, dates, state, target with its input, retries and dead-letter queue). */
const scheduler = {
	name: "scheduler",
	dependsOn: [
		"iam",
		"lambda",
		"sqs",
		"sns",
		"stepfunctions",
		"events"
	],
	capture,
	regionsWithState,
	clear,
	restore: (context, region, records) => {
		const s = client(context, region);
		return restoreRecords(context, records, 1, on(GROUP, (g) => restoreGroup(s, g)), on(SCHEDULE, (x) => restoreSchedule(s, x)));
	},
	requests: { signingName: "scheduler" }
};
export { scheduler };
