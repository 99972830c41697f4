import { a as __toCommonJS, o as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { O as init_protocols$1, T as init_dist_es, _ as init_client, c as protocols_exports, d as require_dist_cjs$2, g as client_exports, k as protocols_exports$1, m as init_httpAuthSchemes, o as require_dist_cjs$1, p as httpAuthSchemes_exports, s as init_protocols, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
import { n as tslib_es6_exports, t as init_tslib_es6 } from "./tslib.es6.js";
import { a as sortBy, d as on, f as reportFailure, g as recordKind, m as restoreRecords } from "./values.js";
import { n as regionsWhere, t as eachRegion } from "./regions.js";
import { n as sortedTags, t as replaceTags } from "./tags.js";
import { d as unlessMissing, f as unlessUnimplemented, m as clientOf, r as collect } from "./kit.js";
// node_modules/@aws-sdk/client-swf/dist-cjs/auth/httpAuthSchemeProvider.js
var require_httpAuthSchemeProvider = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.resolveHttpAuthSchemeConfig = exports.defaultSWFHttpAuthSchemeProvider = exports.defaultSWFHttpAuthSchemeParametersProvider = void 0;
	const httpAuthSchemes_1 = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
	const client_1 = (init_client$1(), __toCommonJS(client_exports$1));
	const defaultSWFHttpAuthSchemeParametersProvider = async (config, context, input) => {
		return {
			operation: (0, client_1.getSmithyContext)(context).operation,
			region: await (0, client_1.normalizeProvider)(config.region)() || (() => {
				throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
			})()
		};
	};
	exports.defaultSWFHttpAuthSchemeParametersProvider = defaultSWFHttpAuthSchemeParametersProvider;
	function createAwsAuthSigv4HttpAuthOption(authParameters) {
		return {
			schemeId: "aws.auth#sigv4",
			signingProperties: {
				name: "swf",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultSWFHttpAuthSchemeProvider = (authParameters) => {
		const options = [];
		switch (authParameters.operation) {
			default: options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
		}
		return options;
	};
	exports.defaultSWFHttpAuthSchemeProvider = defaultSWFHttpAuthSchemeProvider;
	const resolveHttpAuthSchemeConfig = (config) => {
		const config_0 = (0, httpAuthSchemes_1.resolveAwsSdkSigV4Config)(config);
		return Object.assign(config_0, { authSchemePreference: (0, client_1.normalizeProvider)(config.authSchemePreference ?? []) });
	};
	exports.resolveHttpAuthSchemeConfig = resolveHttpAuthSchemeConfig;
}));
// node_modules/@aws-sdk/client-swf/package.json
var require_package = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = {
		"name": "@aws-sdk/client-swf",
		"description": "AWS SDK for JavaScript Swf Client for Node.js, Browser and React Native",
		"version": "3.1048.0",
		"scripts": {
			"build": "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
			"build:cjs": "node ../../scripts/compilation/inline client-swf",
			"build:es": "tsc -p tsconfig.es.json",
			"build:include:deps": "yarn g:turbo run build -F=\"$npm_package_name\"",
			"build:types": "tsc -p tsconfig.types.json",
			"build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
			"clean": "premove dist-cjs dist-es dist-types tsconfig.cjs.tsbuildinfo tsconfig.es.tsbuildinfo tsconfig.types.tsbuildinfo",
			"extract:docs": "api-extractor run --local",
			"generate:client": "node ../../scripts/generate-clients/single-service --solo swf",
			"test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts --mode development",
			"test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
			"test:index": "tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"
		},
		"main": "./dist-cjs/index.js",
		"types": "./dist-types/index.d.ts",
		"module": "./dist-es/index.js",
		"sideEffects": false,
		"dependencies": {
			"@aws-crypto/sha256-browser": "5.2.0",
			"@aws-crypto/sha256-js": "5.2.0",
			"@aws-sdk/core": "^3.974.11",
			"@aws-sdk/credential-provider-node": "^3.972.42",
			"@aws-sdk/types": "^3.973.8",
			"@smithy/core": "^3.24.2",
			"@smithy/fetch-http-handler": "^5.4.2",
			"@smithy/node-http-handler": "^4.7.2",
			"@smithy/types": "^4.14.1",
			"tslib": "^2.6.2"
		},
		"devDependencies": {
			"@tsconfig/node20": "20.1.8",
			"@types/node": "^20.14.8",
			"concurrently": "7.0.0",
			"downlevel-dts": "0.10.1",
			"premove": "4.0.0",
			"typescript": "~5.8.3"
		},
		"engines": { "node": ">=20.0.0" },
		"typesVersions": { "<4.5": { "dist-types/*": ["dist-types/ts3.4/*"] } },
		"files": ["dist-*/**"],
		"author": {
			"name": "AWS SDK for JavaScript Team",
			"url": "https://aws.amazon.com/javascript/"
		},
		"license": "Apache-2.0",
		"browser": { "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser" },
		"react-native": { "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native" },
		"homepage": "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-swf",
		"repository": {
			"type": "git",
			"url": "https://github.com/aws/aws-sdk-js-v3.git",
			"directory": "clients/client-swf"
		}
	};
}));
// node_modules/@aws-sdk/client-swf/dist-cjs/endpoint/bdd.js
var require_bdd = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.bdd = void 0;
	const endpoints_1 = (init_endpoints(), __toCommonJS(endpoints_exports));
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
			["stringEquals", [{
				fn: f,
				argv: [h, "name"]
			}, "aws-us-gov"]],
			[e, [{
				fn: f,
				argv: [h, "supportsFIPS"]
			}, b]],
			[e, [{
				fn: f,
				argv: [h, "supportsDualStack"]
			}, b]]
		],
		results: [
			[a],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[g, i],
			["https://swf.{Region}.{PartitionResult#dnsSuffix}", i],
			["https://swf-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://swf-fips.{Region}.{PartitionResult#dnsSuffix}", i],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			["https://swf.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
			[a, "DualStack is enabled but this partition does not support DualStack"],
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
		100000011,
		2,
		5,
		100000011,
		3,
		9,
		6,
		4,
		7,
		100000004,
		5,
		100000005,
		8,
		7,
		100000009,
		100000010,
		4,
		12,
		10,
		5,
		100000004,
		11,
		6,
		100000007,
		100000008,
		6,
		13,
		100000006,
		7,
		100000005,
		100000006,
		3,
		100000001,
		15,
		4,
		100000002,
		100000003
	]);
	exports.bdd = endpoints_1.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
}));
// node_modules/@aws-sdk/client-swf/dist-cjs/endpoint/endpointResolver.js
var require_endpointResolver = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.defaultEndpointResolver = void 0;
	const client_1 = (init_client(), __toCommonJS(client_exports));
	const endpoints_1 = (init_endpoints(), __toCommonJS(endpoints_exports));
	const bdd_1 = require_bdd();
	const cache = new endpoints_1.EndpointCache({
		size: 50,
		params: [
			"Endpoint",
			"Region",
			"UseDualStack",
			"UseFIPS"
		]
	});
	const defaultEndpointResolver = (endpointParams, context = {}) => {
		return cache.get(endpointParams, () => (0, endpoints_1.decideEndpoint)(bdd_1.bdd, {
			endpointParams,
			logger: context.logger
		}));
	};
	exports.defaultEndpointResolver = defaultEndpointResolver;
	endpoints_1.customEndpointFunctions.aws = client_1.awsEndpointFunctions;
}));
// node_modules/@aws-sdk/client-swf/dist-cjs/models/SWFServiceException.js
var require_SWFServiceException = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.SWFServiceException = exports.__ServiceException = void 0;
	const client_1 = (init_client$1(), __toCommonJS(client_exports$1));
	Object.defineProperty(exports, "__ServiceException", {
		enumerable: true,
		get: function() {
			return client_1.ServiceException;
		}
	});
	exports.SWFServiceException = class SWFServiceException extends client_1.ServiceException {
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, SWFServiceException.prototype);
		}
	};
}));
// node_modules/@aws-sdk/client-swf/dist-cjs/models/errors.js
var require_errors = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.WorkflowExecutionAlreadyStartedFault = exports.TooManyTagsFault = exports.TypeAlreadyExistsFault = exports.LimitExceededFault = exports.DomainAlreadyExistsFault = exports.DomainDeprecatedFault = exports.TypeDeprecatedFault = exports.TypeNotDeprecatedFault = exports.DefaultUndefinedFault = exports.UnknownResourceFault = exports.OperationNotPermittedFault = void 0;
	const SWFServiceException_1 = require_SWFServiceException();
	exports.OperationNotPermittedFault = class OperationNotPermittedFault extends SWFServiceException_1.SWFServiceException {
		name = "OperationNotPermittedFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "OperationNotPermittedFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, OperationNotPermittedFault.prototype);
		}
	};
	exports.UnknownResourceFault = class UnknownResourceFault extends SWFServiceException_1.SWFServiceException {
		name = "UnknownResourceFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "UnknownResourceFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, UnknownResourceFault.prototype);
		}
	};
	exports.DefaultUndefinedFault = class DefaultUndefinedFault extends SWFServiceException_1.SWFServiceException {
		name = "DefaultUndefinedFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DefaultUndefinedFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DefaultUndefinedFault.prototype);
		}
	};
	exports.TypeNotDeprecatedFault = class TypeNotDeprecatedFault extends SWFServiceException_1.SWFServiceException {
		name = "TypeNotDeprecatedFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TypeNotDeprecatedFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TypeNotDeprecatedFault.prototype);
		}
	};
	exports.TypeDeprecatedFault = class TypeDeprecatedFault extends SWFServiceException_1.SWFServiceException {
		name = "TypeDeprecatedFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TypeDeprecatedFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TypeDeprecatedFault.prototype);
		}
	};
	exports.DomainDeprecatedFault = class DomainDeprecatedFault extends SWFServiceException_1.SWFServiceException {
		name = "DomainDeprecatedFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DomainDeprecatedFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DomainDeprecatedFault.prototype);
		}
	};
	exports.DomainAlreadyExistsFault = class DomainAlreadyExistsFault extends SWFServiceException_1.SWFServiceException {
		name = "DomainAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DomainAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DomainAlreadyExistsFault.prototype);
		}
	};
	exports.LimitExceededFault = class LimitExceededFault extends SWFServiceException_1.SWFServiceException {
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
	exports.TypeAlreadyExistsFault = class TypeAlreadyExistsFault extends SWFServiceException_1.SWFServiceException {
		name = "TypeAlreadyExistsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TypeAlreadyExistsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TypeAlreadyExistsFault.prototype);
		}
	};
	exports.TooManyTagsFault = class TooManyTagsFault extends SWFServiceException_1.SWFServiceException {
		name = "TooManyTagsFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TooManyTagsFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TooManyTagsFault.prototype);
		}
	};
	exports.WorkflowExecutionAlreadyStartedFault = class WorkflowExecutionAlreadyStartedFault extends SWFServiceException_1.SWFServiceException {
		name = "WorkflowExecutionAlreadyStartedFault";
		$fault = "client";
		constructor(opts) {
			super({
				name: "WorkflowExecutionAlreadyStartedFault",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, WorkflowExecutionAlreadyStartedFault.prototype);
		}
	};
}));
// node_modules/@aws-sdk/client-swf/dist-cjs/schemas/schemas_0.js
var require_schemas_0 = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.DecisionTaskScheduledEventAttributes$ = exports.DecisionTaskCompletedEventAttributes$ = exports.DecisionTask$ = exports.Decision$ = exports.CountPendingDecisionTasksInput$ = exports.CountPendingActivityTasksInput$ = exports.CountOpenWorkflowExecutionsInput$ = exports.CountClosedWorkflowExecutionsInput$ = exports.ContinueAsNewWorkflowExecutionFailedEventAttributes$ = exports.ContinueAsNewWorkflowExecutionDecisionAttributes$ = exports.CompleteWorkflowExecutionFailedEventAttributes$ = exports.CompleteWorkflowExecutionDecisionAttributes$ = exports.CloseStatusFilter$ = exports.ChildWorkflowExecutionTimedOutEventAttributes$ = exports.ChildWorkflowExecutionTerminatedEventAttributes$ = exports.ChildWorkflowExecutionStartedEventAttributes$ = exports.ChildWorkflowExecutionFailedEventAttributes$ = exports.ChildWorkflowExecutionCompletedEventAttributes$ = exports.ChildWorkflowExecutionCanceledEventAttributes$ = exports.CancelWorkflowExecutionFailedEventAttributes$ = exports.CancelWorkflowExecutionDecisionAttributes$ = exports.CancelTimerFailedEventAttributes$ = exports.CancelTimerDecisionAttributes$ = exports.ActivityTypeInfos$ = exports.ActivityTypeInfo$ = exports.ActivityTypeDetail$ = exports.ActivityTypeConfiguration$ = exports.ActivityType$ = exports.ActivityTaskTimedOutEventAttributes$ = exports.ActivityTaskStatus$ = exports.ActivityTaskStartedEventAttributes$ = exports.ActivityTaskScheduledEventAttributes$ = exports.ActivityTaskFailedEventAttributes$ = exports.ActivityTaskCompletedEventAttributes$ = exports.ActivityTaskCancelRequestedEventAttributes$ = exports.ActivityTaskCanceledEventAttributes$ = exports.ActivityTask$ = exports.errorTypeRegistries = exports.WorkflowExecutionAlreadyStartedFault$ = exports.UnknownResourceFault$ = exports.TypeNotDeprecatedFault$ = exports.TypeDeprecatedFault$ = exports.TypeAlreadyExistsFault$ = exports.TooManyTagsFault$ = exports.OperationNotPermittedFault$ = exports.LimitExceededFault$ = exports.DomainDeprecatedFault$ = exports.DomainAlreadyExistsFault$ = exports.DefaultUndefinedFault$ = exports.SWFServiceException$ = void 0;
	exports.RequestCancelExternalWorkflowExecutionInitiatedEventAttributes$ = exports.RequestCancelExternalWorkflowExecutionFailedEventAttributes$ = exports.RequestCancelExternalWorkflowExecutionDecisionAttributes$ = exports.RequestCancelActivityTaskFailedEventAttributes$ = exports.RequestCancelActivityTaskDecisionAttributes$ = exports.RegisterWorkflowTypeInput$ = exports.RegisterDomainInput$ = exports.RegisterActivityTypeInput$ = exports.RecordMarkerFailedEventAttributes$ = exports.RecordMarkerDecisionAttributes$ = exports.RecordActivityTaskHeartbeatInput$ = exports.PollForDecisionTaskInput$ = exports.PollForActivityTaskInput$ = exports.PendingTaskCount$ = exports.MarkerRecordedEventAttributes$ = exports.ListWorkflowTypesInput$ = exports.ListTagsForResourceOutput$ = exports.ListTagsForResourceInput$ = exports.ListOpenWorkflowExecutionsInput$ = exports.ListDomainsInput$ = exports.ListClosedWorkflowExecutionsInput$ = exports.ListActivityTypesInput$ = exports.LambdaFunctionTimedOutEventAttributes$ = exports.LambdaFunctionStartedEventAttributes$ = exports.LambdaFunctionScheduledEventAttributes$ = exports.LambdaFunctionFailedEventAttributes$ = exports.LambdaFunctionCompletedEventAttributes$ = exports.HistoryEvent$ = exports.History$ = exports.GetWorkflowExecutionHistoryInput$ = exports.FailWorkflowExecutionFailedEventAttributes$ = exports.FailWorkflowExecutionDecisionAttributes$ = exports.ExternalWorkflowExecutionSignaledEventAttributes$ = exports.ExternalWorkflowExecutionCancelRequestedEventAttributes$ = exports.ExecutionTimeFilter$ = exports.DomainInfos$ = exports.DomainInfo$ = exports.DomainDetail$ = exports.DomainConfiguration$ = exports.DescribeWorkflowTypeInput$ = exports.DescribeWorkflowExecutionInput$ = exports.DescribeDomainInput$ = exports.DescribeActivityTypeInput$ = exports.DeprecateWorkflowTypeInput$ = exports.DeprecateDomainInput$ = exports.DeprecateActivityTypeInput$ = exports.DeleteWorkflowTypeInput$ = exports.DeleteActivityTypeInput$ = exports.DecisionTaskTimedOutEventAttributes$ = exports.DecisionTaskStartedEventAttributes$ = void 0;
	exports.WorkflowExecutionTimedOutEventAttributes$ = exports.WorkflowExecutionTerminatedEventAttributes$ = exports.WorkflowExecutionStartedEventAttributes$ = exports.WorkflowExecutionSignaledEventAttributes$ = exports.WorkflowExecutionOpenCounts$ = exports.WorkflowExecutionInfos$ = exports.WorkflowExecutionInfo$ = exports.WorkflowExecutionFilter$ = exports.WorkflowExecutionFailedEventAttributes$ = exports.WorkflowExecutionDetail$ = exports.WorkflowExecutionCount$ = exports.WorkflowExecutionContinuedAsNewEventAttributes$ = exports.WorkflowExecutionConfiguration$ = exports.WorkflowExecutionCompletedEventAttributes$ = exports.WorkflowExecutionCancelRequestedEventAttributes$ = exports.WorkflowExecutionCanceledEventAttributes$ = exports.WorkflowExecution$ = exports.UntagResourceInput$ = exports.UndeprecateWorkflowTypeInput$ = exports.UndeprecateDomainInput$ = exports.UndeprecateActivityTypeInput$ = exports.TimerStartedEventAttributes$ = exports.TimerFiredEventAttributes$ = exports.TimerCanceledEventAttributes$ = exports.TerminateWorkflowExecutionInput$ = exports.TaskList$ = exports.TagResourceInput$ = exports.TagFilter$ = exports.StartWorkflowExecutionInput$ = exports.StartTimerFailedEventAttributes$ = exports.StartTimerDecisionAttributes$ = exports.StartLambdaFunctionFailedEventAttributes$ = exports.StartChildWorkflowExecutionInitiatedEventAttributes$ = exports.StartChildWorkflowExecutionFailedEventAttributes$ = exports.StartChildWorkflowExecutionDecisionAttributes$ = exports.SignalWorkflowExecutionInput$ = exports.SignalExternalWorkflowExecutionInitiatedEventAttributes$ = exports.SignalExternalWorkflowExecutionFailedEventAttributes$ = exports.SignalExternalWorkflowExecutionDecisionAttributes$ = exports.ScheduleLambdaFunctionFailedEventAttributes$ = exports.ScheduleLambdaFunctionDecisionAttributes$ = exports.ScheduleActivityTaskFailedEventAttributes$ = exports.ScheduleActivityTaskDecisionAttributes$ = exports.Run$ = exports.RespondDecisionTaskCompletedInput$ = exports.RespondActivityTaskFailedInput$ = exports.RespondActivityTaskCompletedInput$ = exports.RespondActivityTaskCanceledInput$ = exports.ResourceTag$ = exports.RequestCancelWorkflowExecutionInput$ = void 0;
	exports.UntagResource$ = exports.UndeprecateWorkflowType$ = exports.UndeprecateDomain$ = exports.UndeprecateActivityType$ = exports.TerminateWorkflowExecution$ = exports.TagResource$ = exports.StartWorkflowExecution$ = exports.SignalWorkflowExecution$ = exports.RespondDecisionTaskCompleted$ = exports.RespondActivityTaskFailed$ = exports.RespondActivityTaskCompleted$ = exports.RespondActivityTaskCanceled$ = exports.RequestCancelWorkflowExecution$ = exports.RegisterWorkflowType$ = exports.RegisterDomain$ = exports.RegisterActivityType$ = exports.RecordActivityTaskHeartbeat$ = exports.PollForDecisionTask$ = exports.PollForActivityTask$ = exports.ListWorkflowTypes$ = exports.ListTagsForResource$ = exports.ListOpenWorkflowExecutions$ = exports.ListDomains$ = exports.ListClosedWorkflowExecutions$ = exports.ListActivityTypes$ = exports.GetWorkflowExecutionHistory$ = exports.DescribeWorkflowType$ = exports.DescribeWorkflowExecution$ = exports.DescribeDomain$ = exports.DescribeActivityType$ = exports.DeprecateWorkflowType$ = exports.DeprecateDomain$ = exports.DeprecateActivityType$ = exports.DeleteWorkflowType$ = exports.DeleteActivityType$ = exports.CountPendingDecisionTasks$ = exports.CountPendingActivityTasks$ = exports.CountOpenWorkflowExecutions$ = exports.CountClosedWorkflowExecutions$ = exports.WorkflowTypeInfos$ = exports.WorkflowTypeInfo$ = exports.WorkflowTypeFilter$ = exports.WorkflowTypeDetail$ = exports.WorkflowTypeConfiguration$ = exports.WorkflowType$ = void 0;
	const _AT = "ActivityTask";
	const _ATC = "ActivityTypeConfiguration";
	const _ATCEA = "ActivityTaskCanceledEventAttributes";
	const _ATCEAc = "ActivityTaskCompletedEventAttributes";
	const _ATCREA = "ActivityTaskCancelRequestedEventAttributes";
	const _ATD = "ActivityTypeDetail";
	const _ATFEA = "ActivityTaskFailedEventAttributes";
	const _ATI = "ActivityTypeInfo";
	const _ATIL = "ActivityTypeInfoList";
	const _ATIc = "ActivityTypeInfos";
	const _ATS = "ActivityTaskStatus";
	const _ATSEA = "ActivityTaskScheduledEventAttributes";
	const _ATSEAc = "ActivityTaskStartedEventAttributes";
	const _ATTOEA = "ActivityTaskTimedOutEventAttributes";
	const _ATc = "ActivityType";
	const _CANWEDA = "ContinueAsNewWorkflowExecutionDecisionAttributes";
	const _CANWEFEA = "ContinueAsNewWorkflowExecutionFailedEventAttributes";
	const _CCWE = "CountClosedWorkflowExecutions";
	const _CCWEI = "CountClosedWorkflowExecutionsInput";
	const _COWE = "CountOpenWorkflowExecutions";
	const _COWEI = "CountOpenWorkflowExecutionsInput";
	const _CPAT = "CountPendingActivityTasks";
	const _CPATI = "CountPendingActivityTasksInput";
	const _CPDT = "CountPendingDecisionTasks";
	const _CPDTI = "CountPendingDecisionTasksInput";
	const _CSF = "CloseStatusFilter";
	const _CTDA = "CancelTimerDecisionAttributes";
	const _CTFEA = "CancelTimerFailedEventAttributes";
	const _CWECEA = "ChildWorkflowExecutionCanceledEventAttributes";
	const _CWECEAh = "ChildWorkflowExecutionCompletedEventAttributes";
	const _CWEDA = "CancelWorkflowExecutionDecisionAttributes";
	const _CWEDAo = "CompleteWorkflowExecutionDecisionAttributes";
	const _CWEFEA = "CancelWorkflowExecutionFailedEventAttributes";
	const _CWEFEAh = "ChildWorkflowExecutionFailedEventAttributes";
	const _CWEFEAo = "CompleteWorkflowExecutionFailedEventAttributes";
	const _CWESEA = "ChildWorkflowExecutionStartedEventAttributes";
	const _CWETEA = "ChildWorkflowExecutionTerminatedEventAttributes";
	const _CWETOEA = "ChildWorkflowExecutionTimedOutEventAttributes";
	const _D = "Decision";
	const _DAEF = "DomainAlreadyExistsFault";
	const _DAT = "DeleteActivityType";
	const _DATI = "DeleteActivityTypeInput";
	const _DATIe = "DeprecateActivityTypeInput";
	const _DATIes = "DescribeActivityTypeInput";
	const _DATe = "DeprecateActivityType";
	const _DATes = "DescribeActivityType";
	const _DC = "DomainConfiguration";
	const _DD = "DomainDetail";
	const _DDF = "DomainDeprecatedFault";
	const _DDI = "DeprecateDomainInput";
	const _DDIe = "DescribeDomainInput";
	const _DDe = "DeprecateDomain";
	const _DDes = "DescribeDomain";
	const _DI = "DomainInfo";
	const _DIL = "DomainInfoList";
	const _DIo = "DomainInfos";
	const _DL = "DecisionList";
	const _DT = "DecisionTask";
	const _DTCEA = "DecisionTaskCompletedEventAttributes";
	const _DTSEA = "DecisionTaskScheduledEventAttributes";
	const _DTSEAe = "DecisionTaskStartedEventAttributes";
	const _DTTOEA = "DecisionTaskTimedOutEventAttributes";
	const _DUF = "DefaultUndefinedFault";
	const _DWE = "DescribeWorkflowExecution";
	const _DWEI = "DescribeWorkflowExecutionInput";
	const _DWT = "DeleteWorkflowType";
	const _DWTI = "DeleteWorkflowTypeInput";
	const _DWTIe = "DeprecateWorkflowTypeInput";
	const _DWTIes = "DescribeWorkflowTypeInput";
	const _DWTe = "DeprecateWorkflowType";
	const _DWTes = "DescribeWorkflowType";
	const _ETF = "ExecutionTimeFilter";
	const _EWECREA = "ExternalWorkflowExecutionCancelRequestedEventAttributes";
	const _EWESEA = "ExternalWorkflowExecutionSignaledEventAttributes";
	const _FWEDA = "FailWorkflowExecutionDecisionAttributes";
	const _FWEFEA = "FailWorkflowExecutionFailedEventAttributes";
	const _GWEH = "GetWorkflowExecutionHistory";
	const _GWEHI = "GetWorkflowExecutionHistoryInput";
	const _H = "History";
	const _HE = "HistoryEvent";
	const _HEL = "HistoryEventList";
	const _LAT = "ListActivityTypes";
	const _LATI = "ListActivityTypesInput";
	const _LCWE = "ListClosedWorkflowExecutions";
	const _LCWEI = "ListClosedWorkflowExecutionsInput";
	const _LD = "ListDomains";
	const _LDI = "ListDomainsInput";
	const _LEF = "LimitExceededFault";
	const _LFCEA = "LambdaFunctionCompletedEventAttributes";
	const _LFFEA = "LambdaFunctionFailedEventAttributes";
	const _LFSEA = "LambdaFunctionScheduledEventAttributes";
	const _LFSEAa = "LambdaFunctionStartedEventAttributes";
	const _LFTOEA = "LambdaFunctionTimedOutEventAttributes";
	const _LOWE = "ListOpenWorkflowExecutions";
	const _LOWEI = "ListOpenWorkflowExecutionsInput";
	const _LTFR = "ListTagsForResource";
	const _LTFRI = "ListTagsForResourceInput";
	const _LTFRO = "ListTagsForResourceOutput";
	const _LWT = "ListWorkflowTypes";
	const _LWTI = "ListWorkflowTypesInput";
	const _MREA = "MarkerRecordedEventAttributes";
	const _ONPF = "OperationNotPermittedFault";
	const _PFAT = "PollForActivityTask";
	const _PFATI = "PollForActivityTaskInput";
	const _PFDT = "PollForDecisionTask";
	const _PFDTI = "PollForDecisionTaskInput";
	const _PTC = "PendingTaskCount";
	const _R = "Run";
	const _RAT = "RegisterActivityType";
	const _RATC = "RespondActivityTaskCanceled";
	const _RATCI = "RespondActivityTaskCanceledInput";
	const _RATCIe = "RespondActivityTaskCompletedInput";
	const _RATCe = "RespondActivityTaskCompleted";
	const _RATF = "RespondActivityTaskFailed";
	const _RATFI = "RespondActivityTaskFailedInput";
	const _RATH = "RecordActivityTaskHeartbeat";
	const _RATHI = "RecordActivityTaskHeartbeatInput";
	const _RATI = "RegisterActivityTypeInput";
	const _RCATDA = "RequestCancelActivityTaskDecisionAttributes";
	const _RCATFEA = "RequestCancelActivityTaskFailedEventAttributes";
	const _RCEWEDA = "RequestCancelExternalWorkflowExecutionDecisionAttributes";
	const _RCEWEFEA = "RequestCancelExternalWorkflowExecutionFailedEventAttributes";
	const _RCEWEIEA = "RequestCancelExternalWorkflowExecutionInitiatedEventAttributes";
	const _RCWE = "RequestCancelWorkflowExecution";
	const _RCWEI = "RequestCancelWorkflowExecutionInput";
	const _RD = "RegisterDomain";
	const _RDI = "RegisterDomainInput";
	const _RDTC = "RespondDecisionTaskCompleted";
	const _RDTCI = "RespondDecisionTaskCompletedInput";
	const _RMDA = "RecordMarkerDecisionAttributes";
	const _RMFEA = "RecordMarkerFailedEventAttributes";
	const _RT = "ResourceTag";
	const _RTL = "ResourceTagList";
	const _RWT = "RegisterWorkflowType";
	const _RWTI = "RegisterWorkflowTypeInput";
	const _SATDA = "ScheduleActivityTaskDecisionAttributes";
	const _SATFEA = "ScheduleActivityTaskFailedEventAttributes";
	const _SCWEDA = "StartChildWorkflowExecutionDecisionAttributes";
	const _SCWEFEA = "StartChildWorkflowExecutionFailedEventAttributes";
	const _SCWEIEA = "StartChildWorkflowExecutionInitiatedEventAttributes";
	const _SEWEDA = "SignalExternalWorkflowExecutionDecisionAttributes";
	const _SEWEFEA = "SignalExternalWorkflowExecutionFailedEventAttributes";
	const _SEWEIEA = "SignalExternalWorkflowExecutionInitiatedEventAttributes";
	const _SLFDA = "ScheduleLambdaFunctionDecisionAttributes";
	const _SLFFEA = "ScheduleLambdaFunctionFailedEventAttributes";
	const _SLFFEAt = "StartLambdaFunctionFailedEventAttributes";
	const _STDA = "StartTimerDecisionAttributes";
	const _STFEA = "StartTimerFailedEventAttributes";
	const _SWE = "SignalWorkflowExecution";
	const _SWEI = "SignalWorkflowExecutionInput";
	const _SWEIt = "StartWorkflowExecutionInput";
	const _SWEt = "StartWorkflowExecution";
	const _TAEF = "TypeAlreadyExistsFault";
	const _TCEA = "TimerCanceledEventAttributes";
	const _TDF = "TypeDeprecatedFault";
	const _TF = "TagFilter";
	const _TFEA = "TimerFiredEventAttributes";
	const _TL = "TaskList";
	const _TMTF = "TooManyTagsFault";
	const _TNDF = "TypeNotDeprecatedFault";
	const _TR = "TagResource";
	const _TRI = "TagResourceInput";
	const _TSEA = "TimerStartedEventAttributes";
	const _TWE = "TerminateWorkflowExecution";
	const _TWEI = "TerminateWorkflowExecutionInput";
	const _UAT = "UndeprecateActivityType";
	const _UATI = "UndeprecateActivityTypeInput";
	const _UD = "UndeprecateDomain";
	const _UDI = "UndeprecateDomainInput";
	const _UR = "UntagResource";
	const _URF = "UnknownResourceFault";
	const _URI = "UntagResourceInput";
	const _UWT = "UndeprecateWorkflowType";
	const _UWTI = "UndeprecateWorkflowTypeInput";
	const _WE = "WorkflowExecution";
	const _WEASF = "WorkflowExecutionAlreadyStartedFault";
	const _WEC = "WorkflowExecutionConfiguration";
	const _WECANEA = "WorkflowExecutionContinuedAsNewEventAttributes";
	const _WECEA = "WorkflowExecutionCanceledEventAttributes";
	const _WECEAo = "WorkflowExecutionCompletedEventAttributes";
	const _WECREA = "WorkflowExecutionCancelRequestedEventAttributes";
	const _WECo = "WorkflowExecutionCount";
	const _WED = "WorkflowExecutionDetail";
	const _WEF = "WorkflowExecutionFilter";
	const _WEFEA = "WorkflowExecutionFailedEventAttributes";
	const _WEI = "WorkflowExecutionInfo";
	const _WEIL = "WorkflowExecutionInfoList";
	const _WEIo = "WorkflowExecutionInfos";
	const _WEOC = "WorkflowExecutionOpenCounts";
	const _WESEA = "WorkflowExecutionSignaledEventAttributes";
	const _WESEAo = "WorkflowExecutionStartedEventAttributes";
	const _WETEA = "WorkflowExecutionTerminatedEventAttributes";
	const _WETOEA = "WorkflowExecutionTimedOutEventAttributes";
	const _WT = "WorkflowType";
	const _WTC = "WorkflowTypeConfiguration";
	const _WTD = "WorkflowTypeDetail";
	const _WTF = "WorkflowTypeFilter";
	const _WTI = "WorkflowTypeInfo";
	const _WTIL = "WorkflowTypeInfoList";
	const _WTIo = "WorkflowTypeInfos";
	const _a = "arn";
	const _aI = "activityId";
	const _aT = "activityType";
	const _aTCEA = "activityTaskCompletedEventAttributes";
	const _aTCEAc = "activityTaskCanceledEventAttributes";
	const _aTCREA = "activityTaskCancelRequestedEventAttributes";
	const _aTFEA = "activityTaskFailedEventAttributes";
	const _aTSEA = "activityTaskScheduledEventAttributes";
	const _aTSEAc = "activityTaskStartedEventAttributes";
	const _aTTOEA = "activityTaskTimedOutEventAttributes";
	const _c = "client";
	const _cANWEDA = "continueAsNewWorkflowExecutionDecisionAttributes";
	const _cANWEFEA = "continueAsNewWorkflowExecutionFailedEventAttributes";
	const _cD = "creationDate";
	const _cERI = "continuedExecutionRunId";
	const _cP = "childPolicy";
	const _cR = "cancelRequested";
	const _cS = "closeStatus";
	const _cSF = "closeStatusFilter";
	const _cT = "closeTimestamp";
	const _cTDA = "cancelTimerDecisionAttributes";
	const _cTF = "closeTimeFilter";
	const _cTFEA = "cancelTimerFailedEventAttributes";
	const _cWECEA = "childWorkflowExecutionCompletedEventAttributes";
	const _cWECEAh = "childWorkflowExecutionCanceledEventAttributes";
	const _cWEDA = "completeWorkflowExecutionDecisionAttributes";
	const _cWEDAa = "cancelWorkflowExecutionDecisionAttributes";
	const _cWEFEA = "completeWorkflowExecutionFailedEventAttributes";
	const _cWEFEAa = "cancelWorkflowExecutionFailedEventAttributes";
	const _cWEFEAh = "childWorkflowExecutionFailedEventAttributes";
	const _cWESEA = "childWorkflowExecutionStartedEventAttributes";
	const _cWETEA = "childWorkflowExecutionTerminatedEventAttributes";
	const _cWETOEA = "childWorkflowExecutionTimedOutEventAttributes";
	const _ca = "cause";
	const _co = "control";
	const _con = "configuration";
	const _cou = "count";
	const _d = "details";
	const _dCP = "defaultChildPolicy";
	const _dD = "deprecationDate";
	const _dESTCT = "defaultExecutionStartToCloseTimeout";
	const _dI = "domainInfo";
	const _dIo = "domainInfos";
	const _dLR = "defaultLambdaRole";
	const _dT = "decisionType";
	const _dTCEA = "decisionTaskCompletedEventAttributes";
	const _dTCEI = "decisionTaskCompletedEventId";
	const _dTHT = "defaultTaskHeartbeatTimeout";
	const _dTL = "defaultTaskList";
	const _dTP = "defaultTaskPriority";
	const _dTSEA = "decisionTaskScheduledEventAttributes";
	const _dTSEAe = "decisionTaskStartedEventAttributes";
	const _dTSTCT = "defaultTaskStartToCloseTimeout";
	const _dTSTCTe = "defaultTaskScheduleToCloseTimeout";
	const _dTSTST = "defaultTaskScheduleToStartTimeout";
	const _dTTOEA = "decisionTaskTimedOutEventAttributes";
	const _de = "description";
	const _dec = "decisions";
	const _do = "domain";
	const _e = "error";
	const _eC = "executionContext";
	const _eCx = "executionConfiguration";
	const _eF = "executionFilter";
	const _eI = "eventId";
	const _eIEI = "externalInitiatedEventId";
	const _eIx = "executionInfo";
	const _eIxe = "executionInfos";
	const _eS = "executionStatus";
	const _eSTCT = "executionStartToCloseTimeout";
	const _eT = "eventTimestamp";
	const _eTv = "eventType";
	const _eWE = "externalWorkflowExecution";
	const _eWECREA = "externalWorkflowExecutionCancelRequestedEventAttributes";
	const _eWESEA = "externalWorkflowExecutionSignaledEventAttributes";
	const _ev = "events";
	const _ex = "execution";
	const _fWEDA = "failWorkflowExecutionDecisionAttributes";
	const _fWEFEA = "failWorkflowExecutionFailedEventAttributes";
	const _hE = "httpError";
	const _hT = "heartbeatTimeout";
	const _i = "input";
	const _iEI = "initiatedEventId";
	const _id = "identity";
	const _id_ = "id";
	const _k = "key";
	const _lATT = "latestActivityTaskTimestamp";
	const _lCREI = "latestCancelRequestedEventId";
	const _lD = "latestDate";
	const _lEC = "latestExecutionContext";
	const _lFCEA = "lambdaFunctionCompletedEventAttributes";
	const _lFFEA = "lambdaFunctionFailedEventAttributes";
	const _lFSEA = "lambdaFunctionScheduledEventAttributes";
	const _lFSEAa = "lambdaFunctionStartedEventAttributes";
	const _lFTOEA = "lambdaFunctionTimedOutEventAttributes";
	const _lR = "lambdaRole";
	const _m = "message";
	const _mN = "markerName";
	const _mPS = "maximumPageSize";
	const _mREA = "markerRecordedEventAttributes";
	const _n = "name";
	const _nERI = "newExecutionRunId";
	const _nPT = "nextPageToken";
	const _oAT = "openActivityTasks";
	const _oC = "openCounts";
	const _oCWE = "openChildWorkflowExecutions";
	const _oD = "oldestDate";
	const _oDT = "openDecisionTasks";
	const _oLF = "openLambdaFunctions";
	const _oT = "openTimers";
	const _p = "parent";
	const _pIEI = "parentInitiatedEventId";
	const _pSEI = "previousStartedEventId";
	const _pWE = "parentWorkflowExecution";
	const _r = "result";
	const _rA = "resourceArn";
	const _rCATDA = "requestCancelActivityTaskDecisionAttributes";
	const _rCATFEA = "requestCancelActivityTaskFailedEventAttributes";
	const _rCEWEDA = "requestCancelExternalWorkflowExecutionDecisionAttributes";
	const _rCEWEFEA = "requestCancelExternalWorkflowExecutionFailedEventAttributes";
	const _rCEWEIEA = "requestCancelExternalWorkflowExecutionInitiatedEventAttributes";
	const _rI = "runId";
	const _rMDA = "recordMarkerDecisionAttributes";
	const _rMFEA = "recordMarkerFailedEventAttributes";
	const _rO = "reverseOrder";
	const _rS = "registrationStatus";
	const _re = "reason";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.swf";
	const _sAPSE = "startAtPreviousStartedEvent";
	const _sATDA = "scheduleActivityTaskDecisionAttributes";
	const _sATFEA = "scheduleActivityTaskFailedEventAttributes";
	const _sCWEDA = "startChildWorkflowExecutionDecisionAttributes";
	const _sCWEFEA = "startChildWorkflowExecutionFailedEventAttributes";
	const _sCWEIEA = "startChildWorkflowExecutionInitiatedEventAttributes";
	const _sEI = "startedEventId";
	const _sEIc = "scheduledEventId";
	const _sEWEDA = "signalExternalWorkflowExecutionDecisionAttributes";
	const _sEWEFEA = "signalExternalWorkflowExecutionFailedEventAttributes";
	const _sEWEIEA = "signalExternalWorkflowExecutionInitiatedEventAttributes";
	const _sLFDA = "scheduleLambdaFunctionDecisionAttributes";
	const _sLFFEA = "scheduleLambdaFunctionFailedEventAttributes";
	const _sLFFEAt = "startLambdaFunctionFailedEventAttributes";
	const _sN = "signalName";
	const _sT = "startTimestamp";
	const _sTCT = "scheduleToCloseTimeout";
	const _sTCTt = "startToCloseTimeout";
	const _sTDA = "startTimerDecisionAttributes";
	const _sTF = "startTimeFilter";
	const _sTFEA = "startTimerFailedEventAttributes";
	const _sTFT = "startToFireTimeout";
	const _sTST = "scheduleToStartTimeout";
	const _st = "status";
	const _t = "tags";
	const _tCEA = "timerCanceledEventAttributes";
	const _tF = "typeFilter";
	const _tFEA = "timerFiredEventAttributes";
	const _tFa = "tagFilter";
	const _tI = "typeInfo";
	const _tIi = "timerId";
	const _tIy = "typeInfos";
	const _tK = "tagKeys";
	const _tL = "taskList";
	const _tLSTST = "taskListScheduleToStartTimeout";
	const _tLa = "tagList";
	const _tP = "taskPriority";
	const _tSEA = "timerStartedEventAttributes";
	const _tSTCT = "taskStartToCloseTimeout";
	const _tT = "taskToken";
	const _tTi = "timeoutType";
	const _ta = "tag";
	const _tr = "truncated";
	const _v = "version";
	const _va = "value";
	const _wE = "workflowExecution";
	const _wECANEA = "workflowExecutionContinuedAsNewEventAttributes";
	const _wECEA = "workflowExecutionCompletedEventAttributes";
	const _wECEAo = "workflowExecutionCanceledEventAttributes";
	const _wECREA = "workflowExecutionCancelRequestedEventAttributes";
	const _wEFEA = "workflowExecutionFailedEventAttributes";
	const _wERPID = "workflowExecutionRetentionPeriodInDays";
	const _wESEA = "workflowExecutionStartedEventAttributes";
	const _wESEAo = "workflowExecutionSignaledEventAttributes";
	const _wETEA = "workflowExecutionTerminatedEventAttributes";
	const _wETOEA = "workflowExecutionTimedOutEventAttributes";
	const _wI = "workflowId";
	const _wT = "workflowType";
	const _wTV = "workflowTypeVersion";
	const n0 = "com.amazonaws.swf";
	const schema_1 = (init_schema(), __toCommonJS(schema_exports));
	const errors_1 = require_errors();
	const SWFServiceException_1 = require_SWFServiceException();
	const _s_registry = schema_1.TypeRegistry.for(_s);
	exports.SWFServiceException$ = [
		-3,
		_s,
		"SWFServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(exports.SWFServiceException$, SWFServiceException_1.SWFServiceException);
	const n0_registry = schema_1.TypeRegistry.for(n0);
	exports.DefaultUndefinedFault$ = [
		-3,
		n0,
		_DUF,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(exports.DefaultUndefinedFault$, errors_1.DefaultUndefinedFault);
	exports.DomainAlreadyExistsFault$ = [
		-3,
		n0,
		_DAEF,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(exports.DomainAlreadyExistsFault$, errors_1.DomainAlreadyExistsFault);
	exports.DomainDeprecatedFault$ = [
		-3,
		n0,
		_DDF,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(exports.DomainDeprecatedFault$, errors_1.DomainDeprecatedFault);
	exports.LimitExceededFault$ = [
		-3,
		n0,
		_LEF,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(exports.LimitExceededFault$, errors_1.LimitExceededFault);
	exports.OperationNotPermittedFault$ = [
		-3,
		n0,
		_ONPF,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(exports.OperationNotPermittedFault$, errors_1.OperationNotPermittedFault);
	exports.TooManyTagsFault$ = [
		-3,
		n0,
		_TMTF,
		{
			[_e]: _c,
			[_hE]: 400
		},
		[_m],
		[0]
	];
	n0_registry.registerError(exports.TooManyTagsFault$, errors_1.TooManyTagsFault);
	exports.TypeAlreadyExistsFault$ = [
		-3,
		n0,
		_TAEF,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(exports.TypeAlreadyExistsFault$, errors_1.TypeAlreadyExistsFault);
	exports.TypeDeprecatedFault$ = [
		-3,
		n0,
		_TDF,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(exports.TypeDeprecatedFault$, errors_1.TypeDeprecatedFault);
	exports.TypeNotDeprecatedFault$ = [
		-3,
		n0,
		_TNDF,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(exports.TypeNotDeprecatedFault$, errors_1.TypeNotDeprecatedFault);
	exports.UnknownResourceFault$ = [
		-3,
		n0,
		_URF,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(exports.UnknownResourceFault$, errors_1.UnknownResourceFault);
	exports.WorkflowExecutionAlreadyStartedFault$ = [
		-3,
		n0,
		_WEASF,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(exports.WorkflowExecutionAlreadyStartedFault$, errors_1.WorkflowExecutionAlreadyStartedFault);
	exports.errorTypeRegistries = [_s_registry, n0_registry];
	exports.ActivityTask$ = [
		3,
		n0,
		_AT,
		0,
		[
			_tT,
			_aI,
			_sEI,
			_wE,
			_aT,
			_i
		],
		[
			0,
			0,
			1,
			() => exports.WorkflowExecution$,
			() => exports.ActivityType$,
			0
		],
		5
	];
	exports.ActivityTaskCanceledEventAttributes$ = [
		3,
		n0,
		_ATCEA,
		0,
		[
			_sEIc,
			_sEI,
			_d,
			_lCREI
		],
		[
			1,
			1,
			0,
			1
		],
		2
	];
	exports.ActivityTaskCancelRequestedEventAttributes$ = [
		3,
		n0,
		_ATCREA,
		0,
		[_dTCEI, _aI],
		[1, 0],
		2
	];
	exports.ActivityTaskCompletedEventAttributes$ = [
		3,
		n0,
		_ATCEAc,
		0,
		[
			_sEIc,
			_sEI,
			_r
		],
		[
			1,
			1,
			0
		],
		2
	];
	exports.ActivityTaskFailedEventAttributes$ = [
		3,
		n0,
		_ATFEA,
		0,
		[
			_sEIc,
			_sEI,
			_re,
			_d
		],
		[
			1,
			1,
			0,
			0
		],
		2
	];
	exports.ActivityTaskScheduledEventAttributes$ = [
		3,
		n0,
		_ATSEA,
		0,
		[
			_aT,
			_aI,
			_tL,
			_dTCEI,
			_i,
			_co,
			_sTST,
			_sTCT,
			_sTCTt,
			_tP,
			_hT
		],
		[
			() => exports.ActivityType$,
			0,
			() => exports.TaskList$,
			1,
			0,
			0,
			0,
			0,
			0,
			0,
			0
		],
		4
	];
	exports.ActivityTaskStartedEventAttributes$ = [
		3,
		n0,
		_ATSEAc,
		0,
		[_sEIc, _id],
		[1, 0],
		1
	];
	exports.ActivityTaskStatus$ = [
		3,
		n0,
		_ATS,
		0,
		[_cR],
		[2],
		1
	];
	exports.ActivityTaskTimedOutEventAttributes$ = [
		3,
		n0,
		_ATTOEA,
		0,
		[
			_tTi,
			_sEIc,
			_sEI,
			_d
		],
		[
			0,
			1,
			1,
			0
		],
		3
	];
	exports.ActivityType$ = [
		3,
		n0,
		_ATc,
		0,
		[_n, _v],
		[0, 0],
		2
	];
	exports.ActivityTypeConfiguration$ = [
		3,
		n0,
		_ATC,
		0,
		[
			_dTSTCT,
			_dTHT,
			_dTL,
			_dTP,
			_dTSTST,
			_dTSTCTe
		],
		[
			0,
			0,
			() => exports.TaskList$,
			0,
			0,
			0
		]
	];
	exports.ActivityTypeDetail$ = [
		3,
		n0,
		_ATD,
		0,
		[_tI, _con],
		[() => exports.ActivityTypeInfo$, () => exports.ActivityTypeConfiguration$],
		2
	];
	exports.ActivityTypeInfo$ = [
		3,
		n0,
		_ATI,
		0,
		[
			_aT,
			_st,
			_cD,
			_de,
			_dD
		],
		[
			() => exports.ActivityType$,
			0,
			4,
			0,
			4
		],
		3
	];
	exports.ActivityTypeInfos$ = [
		3,
		n0,
		_ATIc,
		0,
		[_tIy, _nPT],
		[() => ActivityTypeInfoList, 0],
		1
	];
	exports.CancelTimerDecisionAttributes$ = [
		3,
		n0,
		_CTDA,
		0,
		[_tIi],
		[0],
		1
	];
	exports.CancelTimerFailedEventAttributes$ = [
		3,
		n0,
		_CTFEA,
		0,
		[
			_tIi,
			_ca,
			_dTCEI
		],
		[
			0,
			0,
			1
		],
		3
	];
	exports.CancelWorkflowExecutionDecisionAttributes$ = [
		3,
		n0,
		_CWEDA,
		0,
		[_d],
		[0]
	];
	exports.CancelWorkflowExecutionFailedEventAttributes$ = [
		3,
		n0,
		_CWEFEA,
		0,
		[_ca, _dTCEI],
		[0, 1],
		2
	];
	exports.ChildWorkflowExecutionCanceledEventAttributes$ = [
		3,
		n0,
		_CWECEA,
		0,
		[
			_wE,
			_wT,
			_iEI,
			_sEI,
			_d
		],
		[
			() => exports.WorkflowExecution$,
			() => exports.WorkflowType$,
			1,
			1,
			0
		],
		4
	];
	exports.ChildWorkflowExecutionCompletedEventAttributes$ = [
		3,
		n0,
		_CWECEAh,
		0,
		[
			_wE,
			_wT,
			_iEI,
			_sEI,
			_r
		],
		[
			() => exports.WorkflowExecution$,
			() => exports.WorkflowType$,
			1,
			1,
			0
		],
		4
	];
	exports.ChildWorkflowExecutionFailedEventAttributes$ = [
		3,
		n0,
		_CWEFEAh,
		0,
		[
			_wE,
			_wT,
			_iEI,
			_sEI,
			_re,
			_d
		],
		[
			() => exports.WorkflowExecution$,
			() => exports.WorkflowType$,
			1,
			1,
			0,
			0
		],
		4
	];
	exports.ChildWorkflowExecutionStartedEventAttributes$ = [
		3,
		n0,
		_CWESEA,
		0,
		[
			_wE,
			_wT,
			_iEI
		],
		[
			() => exports.WorkflowExecution$,
			() => exports.WorkflowType$,
			1
		],
		3
	];
	exports.ChildWorkflowExecutionTerminatedEventAttributes$ = [
		3,
		n0,
		_CWETEA,
		0,
		[
			_wE,
			_wT,
			_iEI,
			_sEI
		],
		[
			() => exports.WorkflowExecution$,
			() => exports.WorkflowType$,
			1,
			1
		],
		4
	];
	exports.ChildWorkflowExecutionTimedOutEventAttributes$ = [
		3,
		n0,
		_CWETOEA,
		0,
		[
			_wE,
			_wT,
			_tTi,
			_iEI,
			_sEI
		],
		[
			() => exports.WorkflowExecution$,
			() => exports.WorkflowType$,
			0,
			1,
			1
		],
		5
	];
	exports.CloseStatusFilter$ = [
		3,
		n0,
		_CSF,
		0,
		[_st],
		[0],
		1
	];
	exports.CompleteWorkflowExecutionDecisionAttributes$ = [
		3,
		n0,
		_CWEDAo,
		0,
		[_r],
		[0]
	];
	exports.CompleteWorkflowExecutionFailedEventAttributes$ = [
		3,
		n0,
		_CWEFEAo,
		0,
		[_ca, _dTCEI],
		[0, 1],
		2
	];
	exports.ContinueAsNewWorkflowExecutionDecisionAttributes$ = [
		3,
		n0,
		_CANWEDA,
		0,
		[
			_i,
			_eSTCT,
			_tL,
			_tP,
			_tSTCT,
			_cP,
			_tLa,
			_wTV,
			_lR
		],
		[
			0,
			0,
			() => exports.TaskList$,
			0,
			0,
			0,
			64,
			0,
			0
		]
	];
	exports.ContinueAsNewWorkflowExecutionFailedEventAttributes$ = [
		3,
		n0,
		_CANWEFEA,
		0,
		[_ca, _dTCEI],
		[0, 1],
		2
	];
	exports.CountClosedWorkflowExecutionsInput$ = [
		3,
		n0,
		_CCWEI,
		0,
		[
			_do,
			_sTF,
			_cTF,
			_eF,
			_tF,
			_tFa,
			_cSF
		],
		[
			0,
			() => exports.ExecutionTimeFilter$,
			() => exports.ExecutionTimeFilter$,
			() => exports.WorkflowExecutionFilter$,
			() => exports.WorkflowTypeFilter$,
			() => exports.TagFilter$,
			() => exports.CloseStatusFilter$
		],
		1
	];
	exports.CountOpenWorkflowExecutionsInput$ = [
		3,
		n0,
		_COWEI,
		0,
		[
			_do,
			_sTF,
			_tF,
			_tFa,
			_eF
		],
		[
			0,
			() => exports.ExecutionTimeFilter$,
			() => exports.WorkflowTypeFilter$,
			() => exports.TagFilter$,
			() => exports.WorkflowExecutionFilter$
		],
		2
	];
	exports.CountPendingActivityTasksInput$ = [
		3,
		n0,
		_CPATI,
		0,
		[_do, _tL],
		[0, () => exports.TaskList$],
		2
	];
	exports.CountPendingDecisionTasksInput$ = [
		3,
		n0,
		_CPDTI,
		0,
		[_do, _tL],
		[0, () => exports.TaskList$],
		2
	];
	exports.Decision$ = [
		3,
		n0,
		_D,
		0,
		[
			_dT,
			_sATDA,
			_rCATDA,
			_cWEDA,
			_fWEDA,
			_cWEDAa,
			_cANWEDA,
			_rMDA,
			_sTDA,
			_cTDA,
			_sEWEDA,
			_rCEWEDA,
			_sCWEDA,
			_sLFDA
		],
		[
			0,
			() => exports.ScheduleActivityTaskDecisionAttributes$,
			() => exports.RequestCancelActivityTaskDecisionAttributes$,
			() => exports.CompleteWorkflowExecutionDecisionAttributes$,
			() => exports.FailWorkflowExecutionDecisionAttributes$,
			() => exports.CancelWorkflowExecutionDecisionAttributes$,
			() => exports.ContinueAsNewWorkflowExecutionDecisionAttributes$,
			() => exports.RecordMarkerDecisionAttributes$,
			() => exports.StartTimerDecisionAttributes$,
			() => exports.CancelTimerDecisionAttributes$,
			() => exports.SignalExternalWorkflowExecutionDecisionAttributes$,
			() => exports.RequestCancelExternalWorkflowExecutionDecisionAttributes$,
			() => exports.StartChildWorkflowExecutionDecisionAttributes$,
			() => exports.ScheduleLambdaFunctionDecisionAttributes$
		],
		1
	];
	exports.DecisionTask$ = [
		3,
		n0,
		_DT,
		0,
		[
			_tT,
			_sEI,
			_wE,
			_wT,
			_ev,
			_nPT,
			_pSEI
		],
		[
			0,
			1,
			() => exports.WorkflowExecution$,
			() => exports.WorkflowType$,
			() => HistoryEventList,
			0,
			1
		],
		5
	];
	exports.DecisionTaskCompletedEventAttributes$ = [
		3,
		n0,
		_DTCEA,
		0,
		[
			_sEIc,
			_sEI,
			_eC,
			_tL,
			_tLSTST
		],
		[
			1,
			1,
			0,
			() => exports.TaskList$,
			0
		],
		2
	];
	exports.DecisionTaskScheduledEventAttributes$ = [
		3,
		n0,
		_DTSEA,
		0,
		[
			_tL,
			_tP,
			_sTCTt,
			_sTST
		],
		[
			() => exports.TaskList$,
			0,
			0,
			0
		],
		1
	];
	exports.DecisionTaskStartedEventAttributes$ = [
		3,
		n0,
		_DTSEAe,
		0,
		[_sEIc, _id],
		[1, 0],
		1
	];
	exports.DecisionTaskTimedOutEventAttributes$ = [
		3,
		n0,
		_DTTOEA,
		0,
		[
			_tTi,
			_sEIc,
			_sEI
		],
		[
			0,
			1,
			1
		],
		3
	];
	exports.DeleteActivityTypeInput$ = [
		3,
		n0,
		_DATI,
		0,
		[_do, _aT],
		[0, () => exports.ActivityType$],
		2
	];
	exports.DeleteWorkflowTypeInput$ = [
		3,
		n0,
		_DWTI,
		0,
		[_do, _wT],
		[0, () => exports.WorkflowType$],
		2
	];
	exports.DeprecateActivityTypeInput$ = [
		3,
		n0,
		_DATIe,
		0,
		[_do, _aT],
		[0, () => exports.ActivityType$],
		2
	];
	exports.DeprecateDomainInput$ = [
		3,
		n0,
		_DDI,
		0,
		[_n],
		[0],
		1
	];
	exports.DeprecateWorkflowTypeInput$ = [
		3,
		n0,
		_DWTIe,
		0,
		[_do, _wT],
		[0, () => exports.WorkflowType$],
		2
	];
	exports.DescribeActivityTypeInput$ = [
		3,
		n0,
		_DATIes,
		0,
		[_do, _aT],
		[0, () => exports.ActivityType$],
		2
	];
	exports.DescribeDomainInput$ = [
		3,
		n0,
		_DDIe,
		0,
		[_n],
		[0],
		1
	];
	exports.DescribeWorkflowExecutionInput$ = [
		3,
		n0,
		_DWEI,
		0,
		[_do, _ex],
		[0, () => exports.WorkflowExecution$],
		2
	];
	exports.DescribeWorkflowTypeInput$ = [
		3,
		n0,
		_DWTIes,
		0,
		[_do, _wT],
		[0, () => exports.WorkflowType$],
		2
	];
	exports.DomainConfiguration$ = [
		3,
		n0,
		_DC,
		0,
		[_wERPID],
		[0],
		1
	];
	exports.DomainDetail$ = [
		3,
		n0,
		_DD,
		0,
		[_dI, _con],
		[() => exports.DomainInfo$, () => exports.DomainConfiguration$],
		2
	];
	exports.DomainInfo$ = [
		3,
		n0,
		_DI,
		0,
		[
			_n,
			_st,
			_de,
			_a
		],
		[
			0,
			0,
			0,
			0
		],
		2
	];
	exports.DomainInfos$ = [
		3,
		n0,
		_DIo,
		0,
		[_dIo, _nPT],
		[() => DomainInfoList, 0],
		1
	];
	exports.ExecutionTimeFilter$ = [
		3,
		n0,
		_ETF,
		0,
		[_oD, _lD],
		[4, 4],
		1
	];
	exports.ExternalWorkflowExecutionCancelRequestedEventAttributes$ = [
		3,
		n0,
		_EWECREA,
		0,
		[_wE, _iEI],
		[() => exports.WorkflowExecution$, 1],
		2
	];
	exports.ExternalWorkflowExecutionSignaledEventAttributes$ = [
		3,
		n0,
		_EWESEA,
		0,
		[_wE, _iEI],
		[() => exports.WorkflowExecution$, 1],
		2
	];
	exports.FailWorkflowExecutionDecisionAttributes$ = [
		3,
		n0,
		_FWEDA,
		0,
		[_re, _d],
		[0, 0]
	];
	exports.FailWorkflowExecutionFailedEventAttributes$ = [
		3,
		n0,
		_FWEFEA,
		0,
		[_ca, _dTCEI],
		[0, 1],
		2
	];
	exports.GetWorkflowExecutionHistoryInput$ = [
		3,
		n0,
		_GWEHI,
		0,
		[
			_do,
			_ex,
			_nPT,
			_mPS,
			_rO
		],
		[
			0,
			() => exports.WorkflowExecution$,
			0,
			1,
			2
		],
		2
	];
	exports.History$ = [
		3,
		n0,
		_H,
		0,
		[_ev, _nPT],
		[() => HistoryEventList, 0],
		1
	];
	exports.HistoryEvent$ = [
		3,
		n0,
		_HE,
		0,
		[
			_eT,
			_eTv,
			_eI,
			_wESEA,
			_wECEA,
			_cWEFEA,
			_wEFEA,
			_fWEFEA,
			_wETOEA,
			_wECEAo,
			_cWEFEAa,
			_wECANEA,
			_cANWEFEA,
			_wETEA,
			_wECREA,
			_dTSEA,
			_dTSEAe,
			_dTCEA,
			_dTTOEA,
			_aTSEA,
			_aTSEAc,
			_aTCEA,
			_aTFEA,
			_aTTOEA,
			_aTCEAc,
			_aTCREA,
			_wESEAo,
			_mREA,
			_rMFEA,
			_tSEA,
			_tFEA,
			_tCEA,
			_sCWEIEA,
			_cWESEA,
			_cWECEA,
			_cWEFEAh,
			_cWETOEA,
			_cWECEAh,
			_cWETEA,
			_sEWEIEA,
			_eWESEA,
			_sEWEFEA,
			_eWECREA,
			_rCEWEIEA,
			_rCEWEFEA,
			_sATFEA,
			_rCATFEA,
			_sTFEA,
			_cTFEA,
			_sCWEFEA,
			_lFSEA,
			_lFSEAa,
			_lFCEA,
			_lFFEA,
			_lFTOEA,
			_sLFFEA,
			_sLFFEAt
		],
		[
			4,
			0,
			1,
			() => exports.WorkflowExecutionStartedEventAttributes$,
			() => exports.WorkflowExecutionCompletedEventAttributes$,
			() => exports.CompleteWorkflowExecutionFailedEventAttributes$,
			() => exports.WorkflowExecutionFailedEventAttributes$,
			() => exports.FailWorkflowExecutionFailedEventAttributes$,
			() => exports.WorkflowExecutionTimedOutEventAttributes$,
			() => exports.WorkflowExecutionCanceledEventAttributes$,
			() => exports.CancelWorkflowExecutionFailedEventAttributes$,
			() => exports.WorkflowExecutionContinuedAsNewEventAttributes$,
			() => exports.ContinueAsNewWorkflowExecutionFailedEventAttributes$,
			() => exports.WorkflowExecutionTerminatedEventAttributes$,
			() => exports.WorkflowExecutionCancelRequestedEventAttributes$,
			() => exports.DecisionTaskScheduledEventAttributes$,
			() => exports.DecisionTaskStartedEventAttributes$,
			() => exports.DecisionTaskCompletedEventAttributes$,
			() => exports.DecisionTaskTimedOutEventAttributes$,
			() => exports.ActivityTaskScheduledEventAttributes$,
			() => exports.ActivityTaskStartedEventAttributes$,
			() => exports.ActivityTaskCompletedEventAttributes$,
			() => exports.ActivityTaskFailedEventAttributes$,
			() => exports.ActivityTaskTimedOutEventAttributes$,
			() => exports.ActivityTaskCanceledEventAttributes$,
			() => exports.ActivityTaskCancelRequestedEventAttributes$,
			() => exports.WorkflowExecutionSignaledEventAttributes$,
			() => exports.MarkerRecordedEventAttributes$,
			() => exports.RecordMarkerFailedEventAttributes$,
			() => exports.TimerStartedEventAttributes$,
			() => exports.TimerFiredEventAttributes$,
			() => exports.TimerCanceledEventAttributes$,
			() => exports.StartChildWorkflowExecutionInitiatedEventAttributes$,
			() => exports.ChildWorkflowExecutionStartedEventAttributes$,
			() => exports.ChildWorkflowExecutionCompletedEventAttributes$,
			() => exports.ChildWorkflowExecutionFailedEventAttributes$,
			() => exports.ChildWorkflowExecutionTimedOutEventAttributes$,
			() => exports.ChildWorkflowExecutionCanceledEventAttributes$,
			() => exports.ChildWorkflowExecutionTerminatedEventAttributes$,
			() => exports.SignalExternalWorkflowExecutionInitiatedEventAttributes$,
			() => exports.ExternalWorkflowExecutionSignaledEventAttributes$,
			() => exports.SignalExternalWorkflowExecutionFailedEventAttributes$,
			() => exports.ExternalWorkflowExecutionCancelRequestedEventAttributes$,
			() => exports.RequestCancelExternalWorkflowExecutionInitiatedEventAttributes$,
			() => exports.RequestCancelExternalWorkflowExecutionFailedEventAttributes$,
			() => exports.ScheduleActivityTaskFailedEventAttributes$,
			() => exports.RequestCancelActivityTaskFailedEventAttributes$,
			() => exports.StartTimerFailedEventAttributes$,
			() => exports.CancelTimerFailedEventAttributes$,
			() => exports.StartChildWorkflowExecutionFailedEventAttributes$,
			() => exports.LambdaFunctionScheduledEventAttributes$,
			() => exports.LambdaFunctionStartedEventAttributes$,
			() => exports.LambdaFunctionCompletedEventAttributes$,
			() => exports.LambdaFunctionFailedEventAttributes$,
			() => exports.LambdaFunctionTimedOutEventAttributes$,
			() => exports.ScheduleLambdaFunctionFailedEventAttributes$,
			() => exports.StartLambdaFunctionFailedEventAttributes$
		],
		3
	];
	exports.LambdaFunctionCompletedEventAttributes$ = [
		3,
		n0,
		_LFCEA,
		0,
		[
			_sEIc,
			_sEI,
			_r
		],
		[
			1,
			1,
			0
		],
		2
	];
	exports.LambdaFunctionFailedEventAttributes$ = [
		3,
		n0,
		_LFFEA,
		0,
		[
			_sEIc,
			_sEI,
			_re,
			_d
		],
		[
			1,
			1,
			0,
			0
		],
		2
	];
	exports.LambdaFunctionScheduledEventAttributes$ = [
		3,
		n0,
		_LFSEA,
		0,
		[
			_id_,
			_n,
			_dTCEI,
			_co,
			_i,
			_sTCTt
		],
		[
			0,
			0,
			1,
			0,
			0,
			0
		],
		3
	];
	exports.LambdaFunctionStartedEventAttributes$ = [
		3,
		n0,
		_LFSEAa,
		0,
		[_sEIc],
		[1],
		1
	];
	exports.LambdaFunctionTimedOutEventAttributes$ = [
		3,
		n0,
		_LFTOEA,
		0,
		[
			_sEIc,
			_sEI,
			_tTi
		],
		[
			1,
			1,
			0
		],
		2
	];
	exports.ListActivityTypesInput$ = [
		3,
		n0,
		_LATI,
		0,
		[
			_do,
			_rS,
			_n,
			_nPT,
			_mPS,
			_rO
		],
		[
			0,
			0,
			0,
			0,
			1,
			2
		],
		2
	];
	exports.ListClosedWorkflowExecutionsInput$ = [
		3,
		n0,
		_LCWEI,
		0,
		[
			_do,
			_sTF,
			_cTF,
			_eF,
			_cSF,
			_tF,
			_tFa,
			_nPT,
			_mPS,
			_rO
		],
		[
			0,
			() => exports.ExecutionTimeFilter$,
			() => exports.ExecutionTimeFilter$,
			() => exports.WorkflowExecutionFilter$,
			() => exports.CloseStatusFilter$,
			() => exports.WorkflowTypeFilter$,
			() => exports.TagFilter$,
			0,
			1,
			2
		],
		1
	];
	exports.ListDomainsInput$ = [
		3,
		n0,
		_LDI,
		0,
		[
			_rS,
			_nPT,
			_mPS,
			_rO
		],
		[
			0,
			0,
			1,
			2
		],
		1
	];
	exports.ListOpenWorkflowExecutionsInput$ = [
		3,
		n0,
		_LOWEI,
		0,
		[
			_do,
			_sTF,
			_tF,
			_tFa,
			_nPT,
			_mPS,
			_rO,
			_eF
		],
		[
			0,
			() => exports.ExecutionTimeFilter$,
			() => exports.WorkflowTypeFilter$,
			() => exports.TagFilter$,
			0,
			1,
			2,
			() => exports.WorkflowExecutionFilter$
		],
		2
	];
	exports.ListTagsForResourceInput$ = [
		3,
		n0,
		_LTFRI,
		0,
		[_rA],
		[0],
		1
	];
	exports.ListTagsForResourceOutput$ = [
		3,
		n0,
		_LTFRO,
		0,
		[_t],
		[() => ResourceTagList]
	];
	exports.ListWorkflowTypesInput$ = [
		3,
		n0,
		_LWTI,
		0,
		[
			_do,
			_rS,
			_n,
			_nPT,
			_mPS,
			_rO
		],
		[
			0,
			0,
			0,
			0,
			1,
			2
		],
		2
	];
	exports.MarkerRecordedEventAttributes$ = [
		3,
		n0,
		_MREA,
		0,
		[
			_mN,
			_dTCEI,
			_d
		],
		[
			0,
			1,
			0
		],
		2
	];
	exports.PendingTaskCount$ = [
		3,
		n0,
		_PTC,
		0,
		[_cou, _tr],
		[1, 2],
		1
	];
	exports.PollForActivityTaskInput$ = [
		3,
		n0,
		_PFATI,
		0,
		[
			_do,
			_tL,
			_id
		],
		[
			0,
			() => exports.TaskList$,
			0
		],
		2
	];
	exports.PollForDecisionTaskInput$ = [
		3,
		n0,
		_PFDTI,
		0,
		[
			_do,
			_tL,
			_id,
			_nPT,
			_mPS,
			_rO,
			_sAPSE
		],
		[
			0,
			() => exports.TaskList$,
			0,
			0,
			1,
			2,
			2
		],
		2
	];
	exports.RecordActivityTaskHeartbeatInput$ = [
		3,
		n0,
		_RATHI,
		0,
		[_tT, _d],
		[0, 0],
		1
	];
	exports.RecordMarkerDecisionAttributes$ = [
		3,
		n0,
		_RMDA,
		0,
		[_mN, _d],
		[0, 0],
		1
	];
	exports.RecordMarkerFailedEventAttributes$ = [
		3,
		n0,
		_RMFEA,
		0,
		[
			_mN,
			_ca,
			_dTCEI
		],
		[
			0,
			0,
			1
		],
		3
	];
	exports.RegisterActivityTypeInput$ = [
		3,
		n0,
		_RATI,
		0,
		[
			_do,
			_n,
			_v,
			_de,
			_dTSTCT,
			_dTHT,
			_dTL,
			_dTP,
			_dTSTST,
			_dTSTCTe
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			() => exports.TaskList$,
			0,
			0,
			0
		],
		3
	];
	exports.RegisterDomainInput$ = [
		3,
		n0,
		_RDI,
		0,
		[
			_n,
			_wERPID,
			_de,
			_t
		],
		[
			0,
			0,
			0,
			() => ResourceTagList
		],
		2
	];
	exports.RegisterWorkflowTypeInput$ = [
		3,
		n0,
		_RWTI,
		0,
		[
			_do,
			_n,
			_v,
			_de,
			_dTSTCT,
			_dESTCT,
			_dTL,
			_dTP,
			_dCP,
			_dLR
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			() => exports.TaskList$,
			0,
			0,
			0
		],
		3
	];
	exports.RequestCancelActivityTaskDecisionAttributes$ = [
		3,
		n0,
		_RCATDA,
		0,
		[_aI],
		[0],
		1
	];
	exports.RequestCancelActivityTaskFailedEventAttributes$ = [
		3,
		n0,
		_RCATFEA,
		0,
		[
			_aI,
			_ca,
			_dTCEI
		],
		[
			0,
			0,
			1
		],
		3
	];
	exports.RequestCancelExternalWorkflowExecutionDecisionAttributes$ = [
		3,
		n0,
		_RCEWEDA,
		0,
		[
			_wI,
			_rI,
			_co
		],
		[
			0,
			0,
			0
		],
		1
	];
	exports.RequestCancelExternalWorkflowExecutionFailedEventAttributes$ = [
		3,
		n0,
		_RCEWEFEA,
		0,
		[
			_wI,
			_ca,
			_iEI,
			_dTCEI,
			_rI,
			_co
		],
		[
			0,
			0,
			1,
			1,
			0,
			0
		],
		4
	];
	exports.RequestCancelExternalWorkflowExecutionInitiatedEventAttributes$ = [
		3,
		n0,
		_RCEWEIEA,
		0,
		[
			_wI,
			_dTCEI,
			_rI,
			_co
		],
		[
			0,
			1,
			0,
			0
		],
		2
	];
	exports.RequestCancelWorkflowExecutionInput$ = [
		3,
		n0,
		_RCWEI,
		0,
		[
			_do,
			_wI,
			_rI
		],
		[
			0,
			0,
			0
		],
		2
	];
	exports.ResourceTag$ = [
		3,
		n0,
		_RT,
		0,
		[_k, _va],
		[0, 0],
		1
	];
	exports.RespondActivityTaskCanceledInput$ = [
		3,
		n0,
		_RATCI,
		0,
		[_tT, _d],
		[0, 0],
		1
	];
	exports.RespondActivityTaskCompletedInput$ = [
		3,
		n0,
		_RATCIe,
		0,
		[_tT, _r],
		[0, 0],
		1
	];
	exports.RespondActivityTaskFailedInput$ = [
		3,
		n0,
		_RATFI,
		0,
		[
			_tT,
			_re,
			_d
		],
		[
			0,
			0,
			0
		],
		1
	];
	exports.RespondDecisionTaskCompletedInput$ = [
		3,
		n0,
		_RDTCI,
		0,
		[
			_tT,
			_dec,
			_eC,
			_tL,
			_tLSTST
		],
		[
			0,
			() => DecisionList,
			0,
			() => exports.TaskList$,
			0
		],
		1
	];
	exports.Run$ = [
		3,
		n0,
		_R,
		0,
		[_rI],
		[0]
	];
	exports.ScheduleActivityTaskDecisionAttributes$ = [
		3,
		n0,
		_SATDA,
		0,
		[
			_aT,
			_aI,
			_co,
			_i,
			_sTCT,
			_tL,
			_tP,
			_sTST,
			_sTCTt,
			_hT
		],
		[
			() => exports.ActivityType$,
			0,
			0,
			0,
			0,
			() => exports.TaskList$,
			0,
			0,
			0,
			0
		],
		2
	];
	exports.ScheduleActivityTaskFailedEventAttributes$ = [
		3,
		n0,
		_SATFEA,
		0,
		[
			_aT,
			_aI,
			_ca,
			_dTCEI
		],
		[
			() => exports.ActivityType$,
			0,
			0,
			1
		],
		4
	];
	exports.ScheduleLambdaFunctionDecisionAttributes$ = [
		3,
		n0,
		_SLFDA,
		0,
		[
			_id_,
			_n,
			_co,
			_i,
			_sTCTt
		],
		[
			0,
			0,
			0,
			0,
			0
		],
		2
	];
	exports.ScheduleLambdaFunctionFailedEventAttributes$ = [
		3,
		n0,
		_SLFFEA,
		0,
		[
			_id_,
			_n,
			_ca,
			_dTCEI
		],
		[
			0,
			0,
			0,
			1
		],
		4
	];
	exports.SignalExternalWorkflowExecutionDecisionAttributes$ = [
		3,
		n0,
		_SEWEDA,
		0,
		[
			_wI,
			_sN,
			_rI,
			_i,
			_co
		],
		[
			0,
			0,
			0,
			0,
			0
		],
		2
	];
	exports.SignalExternalWorkflowExecutionFailedEventAttributes$ = [
		3,
		n0,
		_SEWEFEA,
		0,
		[
			_wI,
			_ca,
			_iEI,
			_dTCEI,
			_rI,
			_co
		],
		[
			0,
			0,
			1,
			1,
			0,
			0
		],
		4
	];
	exports.SignalExternalWorkflowExecutionInitiatedEventAttributes$ = [
		3,
		n0,
		_SEWEIEA,
		0,
		[
			_wI,
			_sN,
			_dTCEI,
			_rI,
			_i,
			_co
		],
		[
			0,
			0,
			1,
			0,
			0,
			0
		],
		3
	];
	exports.SignalWorkflowExecutionInput$ = [
		3,
		n0,
		_SWEI,
		0,
		[
			_do,
			_wI,
			_sN,
			_rI,
			_i
		],
		[
			0,
			0,
			0,
			0,
			0
		],
		3
	];
	exports.StartChildWorkflowExecutionDecisionAttributes$ = [
		3,
		n0,
		_SCWEDA,
		0,
		[
			_wT,
			_wI,
			_co,
			_i,
			_eSTCT,
			_tL,
			_tP,
			_tSTCT,
			_cP,
			_tLa,
			_lR
		],
		[
			() => exports.WorkflowType$,
			0,
			0,
			0,
			0,
			() => exports.TaskList$,
			0,
			0,
			0,
			64,
			0
		],
		2
	];
	exports.StartChildWorkflowExecutionFailedEventAttributes$ = [
		3,
		n0,
		_SCWEFEA,
		0,
		[
			_wT,
			_ca,
			_wI,
			_iEI,
			_dTCEI,
			_co
		],
		[
			() => exports.WorkflowType$,
			0,
			0,
			1,
			1,
			0
		],
		5
	];
	exports.StartChildWorkflowExecutionInitiatedEventAttributes$ = [
		3,
		n0,
		_SCWEIEA,
		0,
		[
			_wI,
			_wT,
			_tL,
			_dTCEI,
			_cP,
			_co,
			_i,
			_eSTCT,
			_tP,
			_tSTCT,
			_tLa,
			_lR
		],
		[
			0,
			() => exports.WorkflowType$,
			() => exports.TaskList$,
			1,
			0,
			0,
			0,
			0,
			0,
			0,
			64,
			0
		],
		5
	];
	exports.StartLambdaFunctionFailedEventAttributes$ = [
		3,
		n0,
		_SLFFEAt,
		0,
		[
			_sEIc,
			_ca,
			_m
		],
		[
			1,
			0,
			0
		]
	];
	exports.StartTimerDecisionAttributes$ = [
		3,
		n0,
		_STDA,
		0,
		[
			_tIi,
			_sTFT,
			_co
		],
		[
			0,
			0,
			0
		],
		2
	];
	exports.StartTimerFailedEventAttributes$ = [
		3,
		n0,
		_STFEA,
		0,
		[
			_tIi,
			_ca,
			_dTCEI
		],
		[
			0,
			0,
			1
		],
		3
	];
	exports.StartWorkflowExecutionInput$ = [
		3,
		n0,
		_SWEIt,
		0,
		[
			_do,
			_wI,
			_wT,
			_tL,
			_tP,
			_i,
			_eSTCT,
			_tLa,
			_tSTCT,
			_cP,
			_lR
		],
		[
			0,
			0,
			() => exports.WorkflowType$,
			() => exports.TaskList$,
			0,
			0,
			0,
			64,
			0,
			0,
			0
		],
		3
	];
	exports.TagFilter$ = [
		3,
		n0,
		_TF,
		0,
		[_ta],
		[0],
		1
	];
	exports.TagResourceInput$ = [
		3,
		n0,
		_TRI,
		0,
		[_rA, _t],
		[0, () => ResourceTagList],
		2
	];
	exports.TaskList$ = [
		3,
		n0,
		_TL,
		0,
		[_n],
		[0],
		1
	];
	exports.TerminateWorkflowExecutionInput$ = [
		3,
		n0,
		_TWEI,
		0,
		[
			_do,
			_wI,
			_rI,
			_re,
			_d,
			_cP
		],
		[
			0,
			0,
			0,
			0,
			0,
			0
		],
		2
	];
	exports.TimerCanceledEventAttributes$ = [
		3,
		n0,
		_TCEA,
		0,
		[
			_tIi,
			_sEI,
			_dTCEI
		],
		[
			0,
			1,
			1
		],
		3
	];
	exports.TimerFiredEventAttributes$ = [
		3,
		n0,
		_TFEA,
		0,
		[_tIi, _sEI],
		[0, 1],
		2
	];
	exports.TimerStartedEventAttributes$ = [
		3,
		n0,
		_TSEA,
		0,
		[
			_tIi,
			_sTFT,
			_dTCEI,
			_co
		],
		[
			0,
			0,
			1,
			0
		],
		3
	];
	exports.UndeprecateActivityTypeInput$ = [
		3,
		n0,
		_UATI,
		0,
		[_do, _aT],
		[0, () => exports.ActivityType$],
		2
	];
	exports.UndeprecateDomainInput$ = [
		3,
		n0,
		_UDI,
		0,
		[_n],
		[0],
		1
	];
	exports.UndeprecateWorkflowTypeInput$ = [
		3,
		n0,
		_UWTI,
		0,
		[_do, _wT],
		[0, () => exports.WorkflowType$],
		2
	];
	exports.UntagResourceInput$ = [
		3,
		n0,
		_URI,
		0,
		[_rA, _tK],
		[0, 64],
		2
	];
	exports.WorkflowExecution$ = [
		3,
		n0,
		_WE,
		0,
		[_wI, _rI],
		[0, 0],
		2
	];
	exports.WorkflowExecutionCanceledEventAttributes$ = [
		3,
		n0,
		_WECEA,
		0,
		[_dTCEI, _d],
		[1, 0],
		1
	];
	exports.WorkflowExecutionCancelRequestedEventAttributes$ = [
		3,
		n0,
		_WECREA,
		0,
		[
			_eWE,
			_eIEI,
			_ca
		],
		[
			() => exports.WorkflowExecution$,
			1,
			0
		]
	];
	exports.WorkflowExecutionCompletedEventAttributes$ = [
		3,
		n0,
		_WECEAo,
		0,
		[_dTCEI, _r],
		[1, 0],
		1
	];
	exports.WorkflowExecutionConfiguration$ = [
		3,
		n0,
		_WEC,
		0,
		[
			_tSTCT,
			_eSTCT,
			_tL,
			_cP,
			_tP,
			_lR
		],
		[
			0,
			0,
			() => exports.TaskList$,
			0,
			0,
			0
		],
		4
	];
	exports.WorkflowExecutionContinuedAsNewEventAttributes$ = [
		3,
		n0,
		_WECANEA,
		0,
		[
			_dTCEI,
			_nERI,
			_tL,
			_cP,
			_wT,
			_i,
			_eSTCT,
			_tP,
			_tSTCT,
			_tLa,
			_lR
		],
		[
			1,
			0,
			() => exports.TaskList$,
			0,
			() => exports.WorkflowType$,
			0,
			0,
			0,
			0,
			64,
			0
		],
		5
	];
	exports.WorkflowExecutionCount$ = [
		3,
		n0,
		_WECo,
		0,
		[_cou, _tr],
		[1, 2],
		1
	];
	exports.WorkflowExecutionDetail$ = [
		3,
		n0,
		_WED,
		0,
		[
			_eIx,
			_eCx,
			_oC,
			_lATT,
			_lEC
		],
		[
			() => exports.WorkflowExecutionInfo$,
			() => exports.WorkflowExecutionConfiguration$,
			() => exports.WorkflowExecutionOpenCounts$,
			4,
			0
		],
		3
	];
	exports.WorkflowExecutionFailedEventAttributes$ = [
		3,
		n0,
		_WEFEA,
		0,
		[
			_dTCEI,
			_re,
			_d
		],
		[
			1,
			0,
			0
		],
		1
	];
	exports.WorkflowExecutionFilter$ = [
		3,
		n0,
		_WEF,
		0,
		[_wI],
		[0],
		1
	];
	exports.WorkflowExecutionInfo$ = [
		3,
		n0,
		_WEI,
		0,
		[
			_ex,
			_wT,
			_sT,
			_eS,
			_cT,
			_cS,
			_p,
			_tLa,
			_cR
		],
		[
			() => exports.WorkflowExecution$,
			() => exports.WorkflowType$,
			4,
			0,
			4,
			0,
			() => exports.WorkflowExecution$,
			64,
			2
		],
		4
	];
	exports.WorkflowExecutionInfos$ = [
		3,
		n0,
		_WEIo,
		0,
		[_eIxe, _nPT],
		[() => WorkflowExecutionInfoList, 0],
		1
	];
	exports.WorkflowExecutionOpenCounts$ = [
		3,
		n0,
		_WEOC,
		0,
		[
			_oAT,
			_oDT,
			_oT,
			_oCWE,
			_oLF
		],
		[
			1,
			1,
			1,
			1,
			1
		],
		4
	];
	exports.WorkflowExecutionSignaledEventAttributes$ = [
		3,
		n0,
		_WESEA,
		0,
		[
			_sN,
			_i,
			_eWE,
			_eIEI
		],
		[
			0,
			0,
			() => exports.WorkflowExecution$,
			1
		],
		1
	];
	exports.WorkflowExecutionStartedEventAttributes$ = [
		3,
		n0,
		_WESEAo,
		0,
		[
			_cP,
			_tL,
			_wT,
			_i,
			_eSTCT,
			_tSTCT,
			_tP,
			_tLa,
			_cERI,
			_pWE,
			_pIEI,
			_lR
		],
		[
			0,
			() => exports.TaskList$,
			() => exports.WorkflowType$,
			0,
			0,
			0,
			0,
			64,
			0,
			() => exports.WorkflowExecution$,
			1,
			0
		],
		3
	];
	exports.WorkflowExecutionTerminatedEventAttributes$ = [
		3,
		n0,
		_WETEA,
		0,
		[
			_cP,
			_re,
			_d,
			_ca
		],
		[
			0,
			0,
			0,
			0
		],
		1
	];
	exports.WorkflowExecutionTimedOutEventAttributes$ = [
		3,
		n0,
		_WETOEA,
		0,
		[_tTi, _cP],
		[0, 0],
		2
	];
	exports.WorkflowType$ = [
		3,
		n0,
		_WT,
		0,
		[_n, _v],
		[0, 0],
		2
	];
	exports.WorkflowTypeConfiguration$ = [
		3,
		n0,
		_WTC,
		0,
		[
			_dTSTCT,
			_dESTCT,
			_dTL,
			_dTP,
			_dCP,
			_dLR
		],
		[
			0,
			0,
			() => exports.TaskList$,
			0,
			0,
			0
		]
	];
	exports.WorkflowTypeDetail$ = [
		3,
		n0,
		_WTD,
		0,
		[_tI, _con],
		[() => exports.WorkflowTypeInfo$, () => exports.WorkflowTypeConfiguration$],
		2
	];
	exports.WorkflowTypeFilter$ = [
		3,
		n0,
		_WTF,
		0,
		[_n, _v],
		[0, 0],
		1
	];
	exports.WorkflowTypeInfo$ = [
		3,
		n0,
		_WTI,
		0,
		[
			_wT,
			_st,
			_cD,
			_de,
			_dD
		],
		[
			() => exports.WorkflowType$,
			0,
			4,
			0,
			4
		],
		3
	];
	exports.WorkflowTypeInfos$ = [
		3,
		n0,
		_WTIo,
		0,
		[_tIy, _nPT],
		[() => WorkflowTypeInfoList, 0],
		1
	];
	var __Unit = "unit";
	var ActivityTypeInfoList = [
		1,
		n0,
		_ATIL,
		0,
		() => exports.ActivityTypeInfo$
	];
	var DecisionList = [
		1,
		n0,
		_DL,
		0,
		() => exports.Decision$
	];
	var DomainInfoList = [
		1,
		n0,
		_DIL,
		0,
		() => exports.DomainInfo$
	];
	var HistoryEventList = [
		1,
		n0,
		_HEL,
		0,
		() => exports.HistoryEvent$
	];
	var ResourceTagList = [
		1,
		n0,
		_RTL,
		0,
		() => exports.ResourceTag$
	];
	var WorkflowExecutionInfoList = [
		1,
		n0,
		_WEIL,
		0,
		() => exports.WorkflowExecutionInfo$
	];
	var WorkflowTypeInfoList = [
		1,
		n0,
		_WTIL,
		0,
		() => exports.WorkflowTypeInfo$
	];
	exports.CountClosedWorkflowExecutions$ = [
		9,
		n0,
		_CCWE,
		0,
		() => exports.CountClosedWorkflowExecutionsInput$,
		() => exports.WorkflowExecutionCount$
	];
	exports.CountOpenWorkflowExecutions$ = [
		9,
		n0,
		_COWE,
		0,
		() => exports.CountOpenWorkflowExecutionsInput$,
		() => exports.WorkflowExecutionCount$
	];
	exports.CountPendingActivityTasks$ = [
		9,
		n0,
		_CPAT,
		0,
		() => exports.CountPendingActivityTasksInput$,
		() => exports.PendingTaskCount$
	];
	exports.CountPendingDecisionTasks$ = [
		9,
		n0,
		_CPDT,
		0,
		() => exports.CountPendingDecisionTasksInput$,
		() => exports.PendingTaskCount$
	];
	exports.DeleteActivityType$ = [
		9,
		n0,
		_DAT,
		0,
		() => exports.DeleteActivityTypeInput$,
		() => __Unit
	];
	exports.DeleteWorkflowType$ = [
		9,
		n0,
		_DWT,
		0,
		() => exports.DeleteWorkflowTypeInput$,
		() => __Unit
	];
	exports.DeprecateActivityType$ = [
		9,
		n0,
		_DATe,
		0,
		() => exports.DeprecateActivityTypeInput$,
		() => __Unit
	];
	exports.DeprecateDomain$ = [
		9,
		n0,
		_DDe,
		0,
		() => exports.DeprecateDomainInput$,
		() => __Unit
	];
	exports.DeprecateWorkflowType$ = [
		9,
		n0,
		_DWTe,
		0,
		() => exports.DeprecateWorkflowTypeInput$,
		() => __Unit
	];
	exports.DescribeActivityType$ = [
		9,
		n0,
		_DATes,
		0,
		() => exports.DescribeActivityTypeInput$,
		() => exports.ActivityTypeDetail$
	];
	exports.DescribeDomain$ = [
		9,
		n0,
		_DDes,
		0,
		() => exports.DescribeDomainInput$,
		() => exports.DomainDetail$
	];
	exports.DescribeWorkflowExecution$ = [
		9,
		n0,
		_DWE,
		0,
		() => exports.DescribeWorkflowExecutionInput$,
		() => exports.WorkflowExecutionDetail$
	];
	exports.DescribeWorkflowType$ = [
		9,
		n0,
		_DWTes,
		0,
		() => exports.DescribeWorkflowTypeInput$,
		() => exports.WorkflowTypeDetail$
	];
	exports.GetWorkflowExecutionHistory$ = [
		9,
		n0,
		_GWEH,
		0,
		() => exports.GetWorkflowExecutionHistoryInput$,
		() => exports.History$
	];
	exports.ListActivityTypes$ = [
		9,
		n0,
		_LAT,
		0,
		() => exports.ListActivityTypesInput$,
		() => exports.ActivityTypeInfos$
	];
	exports.ListClosedWorkflowExecutions$ = [
		9,
		n0,
		_LCWE,
		0,
		() => exports.ListClosedWorkflowExecutionsInput$,
		() => exports.WorkflowExecutionInfos$
	];
	exports.ListDomains$ = [
		9,
		n0,
		_LD,
		0,
		() => exports.ListDomainsInput$,
		() => exports.DomainInfos$
	];
	exports.ListOpenWorkflowExecutions$ = [
		9,
		n0,
		_LOWE,
		0,
		() => exports.ListOpenWorkflowExecutionsInput$,
		() => exports.WorkflowExecutionInfos$
	];
	exports.ListTagsForResource$ = [
		9,
		n0,
		_LTFR,
		0,
		() => exports.ListTagsForResourceInput$,
		() => exports.ListTagsForResourceOutput$
	];
	exports.ListWorkflowTypes$ = [
		9,
		n0,
		_LWT,
		0,
		() => exports.ListWorkflowTypesInput$,
		() => exports.WorkflowTypeInfos$
	];
	exports.PollForActivityTask$ = [
		9,
		n0,
		_PFAT,
		0,
		() => exports.PollForActivityTaskInput$,
		() => exports.ActivityTask$
	];
	exports.PollForDecisionTask$ = [
		9,
		n0,
		_PFDT,
		0,
		() => exports.PollForDecisionTaskInput$,
		() => exports.DecisionTask$
	];
	exports.RecordActivityTaskHeartbeat$ = [
		9,
		n0,
		_RATH,
		0,
		() => exports.RecordActivityTaskHeartbeatInput$,
		() => exports.ActivityTaskStatus$
	];
	exports.RegisterActivityType$ = [
		9,
		n0,
		_RAT,
		0,
		() => exports.RegisterActivityTypeInput$,
		() => __Unit
	];
	exports.RegisterDomain$ = [
		9,
		n0,
		_RD,
		0,
		() => exports.RegisterDomainInput$,
		() => __Unit
	];
	exports.RegisterWorkflowType$ = [
		9,
		n0,
		_RWT,
		0,
		() => exports.RegisterWorkflowTypeInput$,
		() => __Unit
	];
	exports.RequestCancelWorkflowExecution$ = [
		9,
		n0,
		_RCWE,
		0,
		() => exports.RequestCancelWorkflowExecutionInput$,
		() => __Unit
	];
	exports.RespondActivityTaskCanceled$ = [
		9,
		n0,
		_RATC,
		0,
		() => exports.RespondActivityTaskCanceledInput$,
		() => __Unit
	];
	exports.RespondActivityTaskCompleted$ = [
		9,
		n0,
		_RATCe,
		0,
		() => exports.RespondActivityTaskCompletedInput$,
		() => __Unit
	];
	exports.RespondActivityTaskFailed$ = [
		9,
		n0,
		_RATF,
		0,
		() => exports.RespondActivityTaskFailedInput$,
		() => __Unit
	];
	exports.RespondDecisionTaskCompleted$ = [
		9,
		n0,
		_RDTC,
		0,
		() => exports.RespondDecisionTaskCompletedInput$,
		() => __Unit
	];
	exports.SignalWorkflowExecution$ = [
		9,
		n0,
		_SWE,
		0,
		() => exports.SignalWorkflowExecutionInput$,
		() => __Unit
	];
	exports.StartWorkflowExecution$ = [
		9,
		n0,
		_SWEt,
		0,
		() => exports.StartWorkflowExecutionInput$,
		() => exports.Run$
	];
	exports.TagResource$ = [
		9,
		n0,
		_TR,
		0,
		() => exports.TagResourceInput$,
		() => __Unit
	];
	exports.TerminateWorkflowExecution$ = [
		9,
		n0,
		_TWE,
		0,
		() => exports.TerminateWorkflowExecutionInput$,
		() => __Unit
	];
	exports.UndeprecateActivityType$ = [
		9,
		n0,
		_UAT,
		0,
		() => exports.UndeprecateActivityTypeInput$,
		() => __Unit
	];
	exports.UndeprecateDomain$ = [
		9,
		n0,
		_UD,
		0,
		() => exports.UndeprecateDomainInput$,
		() => __Unit
	];
	exports.UndeprecateWorkflowType$ = [
		9,
		n0,
		_UWT,
		0,
		() => exports.UndeprecateWorkflowTypeInput$,
		() => __Unit
	];
	exports.UntagResource$ = [
		9,
		n0,
		_UR,
		0,
		() => exports.UntagResourceInput$,
		() => __Unit
	];
}));
// node_modules/@aws-sdk/client-swf/dist-cjs/runtimeConfig.shared.js
var require_runtimeConfig_shared = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.getRuntimeConfig = void 0;
	const httpAuthSchemes_1 = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
	const protocols_1 = (init_protocols(), __toCommonJS(protocols_exports));
	const client_1 = (init_client$1(), __toCommonJS(client_exports$1));
	const protocols_2 = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const serde_1 = (init_serde(), __toCommonJS(serde_exports));
	const httpAuthSchemeProvider_1 = require_httpAuthSchemeProvider();
	const endpointResolver_1 = require_endpointResolver();
	const schemas_0_1 = require_schemas_0();
	const getRuntimeConfig = (config) => {
		return {
			apiVersion: "2012-01-25",
			base64Decoder: config?.base64Decoder ?? serde_1.fromBase64,
			base64Encoder: config?.base64Encoder ?? serde_1.toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? endpointResolver_1.defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? httpAuthSchemeProvider_1.defaultSWFHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new httpAuthSchemes_1.AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new client_1.NoOpLogger(),
			protocol: config?.protocol ?? protocols_1.AwsJson1_0Protocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.swf",
				errorTypeRegistries: schemas_0_1.errorTypeRegistries,
				xmlNamespace: "http://swf.amazonaws.com/doc/2012-01-25",
				version: "2012-01-25",
				serviceTarget: "SimpleWorkflowService"
			},
			serviceId: config?.serviceId ?? "SWF",
			urlParser: config?.urlParser ?? protocols_2.parseUrl,
			utf8Decoder: config?.utf8Decoder ?? serde_1.fromUtf8,
			utf8Encoder: config?.utf8Encoder ?? serde_1.toUtf8
		};
	};
	exports.getRuntimeConfig = getRuntimeConfig;
}));
// node_modules/@aws-sdk/client-swf/dist-cjs/runtimeConfig.js
var require_runtimeConfig = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.getRuntimeConfig = void 0;
	const package_json_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports)).__importDefault(require_package());
	const client_1 = (init_client(), __toCommonJS(client_exports));
	const httpAuthSchemes_1 = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
	const credential_provider_node_1 = require_dist_cjs$1();
	const client_2 = (init_client$1(), __toCommonJS(client_exports$1));
	const config_1 = (init_config(), __toCommonJS(config_exports));
	const retry_1 = (init_retry(), __toCommonJS(retry_exports));
	const serde_1 = (init_serde(), __toCommonJS(serde_exports));
	const node_http_handler_1 = require_dist_cjs$2();
	const runtimeConfig_shared_1 = require_runtimeConfig_shared();
	const getRuntimeConfig = (config) => {
		(0, client_2.emitWarningIfUnsupportedVersion)(process.version);
		const defaultsMode = (0, config_1.resolveDefaultsModeConfig)(config);
		const defaultConfigProvider = () => defaultsMode().then(client_2.loadConfigsForDefaultMode);
		const clientSharedValues = (0, runtimeConfig_shared_1.getRuntimeConfig)(config);
		(0, client_1.emitWarningIfUnsupportedVersion)(process.version);
		const loaderConfig = {
			profile: config?.profile,
			logger: clientSharedValues.logger
		};
		return {
			...clientSharedValues,
			...config,
			runtime: "node",
			defaultsMode,
			authSchemePreference: config?.authSchemePreference ?? (0, config_1.loadConfig)(httpAuthSchemes_1.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
			bodyLengthChecker: config?.bodyLengthChecker ?? serde_1.calculateBodyLength,
			credentialDefaultProvider: config?.credentialDefaultProvider ?? credential_provider_node_1.defaultProvider,
			defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client_1.createDefaultUserAgentProvider)({
				serviceId: clientSharedValues.serviceId,
				clientVersion: package_json_1.default.version
			}),
			maxAttempts: config?.maxAttempts ?? (0, config_1.loadConfig)(retry_1.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
			region: config?.region ?? (0, config_1.loadConfig)(config_1.NODE_REGION_CONFIG_OPTIONS, {
				...config_1.NODE_REGION_CONFIG_FILE_OPTIONS,
				...loaderConfig
			}),
			requestHandler: node_http_handler_1.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
			retryMode: config?.retryMode ?? (0, config_1.loadConfig)({
				...retry_1.NODE_RETRY_MODE_CONFIG_OPTIONS,
				default: async () => (await defaultConfigProvider()).retryMode || retry_1.DEFAULT_RETRY_MODE
			}, config),
			sha256: config?.sha256 ?? serde_1.Hash.bind(null, "sha256"),
			streamCollector: config?.streamCollector ?? node_http_handler_1.streamCollector,
			useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, config_1.loadConfig)(config_1.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
			useFipsEndpoint: config?.useFipsEndpoint ?? (0, config_1.loadConfig)(config_1.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
			userAgentAppId: config?.userAgentAppId ?? (0, config_1.loadConfig)(client_1.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
		};
	};
	exports.getRuntimeConfig = getRuntimeConfig;
}));
// src/engine/state/portable/swf/faults.ts
var import_dist_cjs = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports) => {
	var client$1 = (init_client(), __toCommonJS(client_exports));
	var core = (init_dist_es(), __toCommonJS(dist_es_exports));
	var client = (init_client$1(), __toCommonJS(client_exports$1));
	var config = (init_config(), __toCommonJS(config_exports));
	var endpoints = (init_endpoints(), __toCommonJS(endpoints_exports));
	var protocols = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	var retry = (init_retry(), __toCommonJS(retry_exports));
	var schema = (init_schema(), __toCommonJS(schema_exports));
	var httpAuthSchemeProvider = require_httpAuthSchemeProvider();
	var runtimeConfig = require_runtimeConfig();
	var schemas_0 = require_schemas_0();
	var errors = require_errors();
	var SWFServiceException = require_SWFServiceException();
	const resolveClientEndpointParameters = (options) => {
		return Object.assign(options, {
			useDualstackEndpoint: options.useDualstackEndpoint ?? false,
			useFipsEndpoint: options.useFipsEndpoint ?? false,
			defaultSigningName: "swf"
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
		const extensionConfiguration = Object.assign(client$1.getAwsRegionExtensionConfiguration(runtimeConfig), client.getDefaultExtensionConfiguration(runtimeConfig), protocols.getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
		extensions.forEach((extension) => extension.configure(extensionConfiguration));
		return Object.assign(runtimeConfig, client$1.resolveAwsRegionExtensionConfiguration(extensionConfiguration), client.resolveDefaultRuntimeConfig(extensionConfiguration), protocols.resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
	};
	var SWFClient = class extends client.Client {
		config;
		constructor(...[configuration]) {
			const _config_0 = runtimeConfig.getRuntimeConfig(configuration || {});
			super(_config_0);
			this.initConfig = _config_0;
			const _config_1 = resolveClientEndpointParameters(_config_0);
			const _config_2 = client$1.resolveUserAgentConfig(_config_1);
			const _config_3 = retry.resolveRetryConfig(_config_2);
			const _config_4 = config.resolveRegionConfig(_config_3);
			const _config_5 = client$1.resolveHostHeaderConfig(_config_4);
			const _config_6 = endpoints.resolveEndpointConfig(_config_5);
			const _config_7 = httpAuthSchemeProvider.resolveHttpAuthSchemeConfig(_config_6);
			const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
			this.config = _config_8;
			this.middlewareStack.use(schema.getSchemaSerdePlugin(this.config));
			this.middlewareStack.use(client$1.getUserAgentPlugin(this.config));
			this.middlewareStack.use(retry.getRetryPlugin(this.config));
			this.middlewareStack.use(protocols.getContentLengthPlugin(this.config));
			this.middlewareStack.use(client$1.getHostHeaderPlugin(this.config));
			this.middlewareStack.use(client$1.getLoggerPlugin(this.config));
			this.middlewareStack.use(client$1.getRecursionDetectionPlugin(this.config));
			this.middlewareStack.use(core.getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
				httpAuthSchemeParametersProvider: httpAuthSchemeProvider.defaultSWFHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new core.DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(core.getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	var CountClosedWorkflowExecutionsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "CountClosedWorkflowExecutions", {}).n("SWFClient", "CountClosedWorkflowExecutionsCommand").sc(schemas_0.CountClosedWorkflowExecutions$).build() {};
	var CountOpenWorkflowExecutionsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "CountOpenWorkflowExecutions", {}).n("SWFClient", "CountOpenWorkflowExecutionsCommand").sc(schemas_0.CountOpenWorkflowExecutions$).build() {};
	var CountPendingActivityTasksCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "CountPendingActivityTasks", {}).n("SWFClient", "CountPendingActivityTasksCommand").sc(schemas_0.CountPendingActivityTasks$).build() {};
	var CountPendingDecisionTasksCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "CountPendingDecisionTasks", {}).n("SWFClient", "CountPendingDecisionTasksCommand").sc(schemas_0.CountPendingDecisionTasks$).build() {};
	var DeleteActivityTypeCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "DeleteActivityType", {}).n("SWFClient", "DeleteActivityTypeCommand").sc(schemas_0.DeleteActivityType$).build() {};
	var DeleteWorkflowTypeCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "DeleteWorkflowType", {}).n("SWFClient", "DeleteWorkflowTypeCommand").sc(schemas_0.DeleteWorkflowType$).build() {};
	var DeprecateActivityTypeCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "DeprecateActivityType", {}).n("SWFClient", "DeprecateActivityTypeCommand").sc(schemas_0.DeprecateActivityType$).build() {};
	var DeprecateDomainCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "DeprecateDomain", {}).n("SWFClient", "DeprecateDomainCommand").sc(schemas_0.DeprecateDomain$).build() {};
	var DeprecateWorkflowTypeCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "DeprecateWorkflowType", {}).n("SWFClient", "DeprecateWorkflowTypeCommand").sc(schemas_0.DeprecateWorkflowType$).build() {};
	var DescribeActivityTypeCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "DescribeActivityType", {}).n("SWFClient", "DescribeActivityTypeCommand").sc(schemas_0.DescribeActivityType$).build() {};
	var DescribeDomainCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "DescribeDomain", {}).n("SWFClient", "DescribeDomainCommand").sc(schemas_0.DescribeDomain$).build() {};
	var DescribeWorkflowExecutionCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "DescribeWorkflowExecution", {}).n("SWFClient", "DescribeWorkflowExecutionCommand").sc(schemas_0.DescribeWorkflowExecution$).build() {};
	var DescribeWorkflowTypeCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "DescribeWorkflowType", {}).n("SWFClient", "DescribeWorkflowTypeCommand").sc(schemas_0.DescribeWorkflowType$).build() {};
	var GetWorkflowExecutionHistoryCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "GetWorkflowExecutionHistory", {}).n("SWFClient", "GetWorkflowExecutionHistoryCommand").sc(schemas_0.GetWorkflowExecutionHistory$).build() {};
	var ListActivityTypesCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "ListActivityTypes", {}).n("SWFClient", "ListActivityTypesCommand").sc(schemas_0.ListActivityTypes$).build() {};
	var ListClosedWorkflowExecutionsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "ListClosedWorkflowExecutions", {}).n("SWFClient", "ListClosedWorkflowExecutionsCommand").sc(schemas_0.ListClosedWorkflowExecutions$).build() {};
	var ListDomainsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "ListDomains", {}).n("SWFClient", "ListDomainsCommand").sc(schemas_0.ListDomains$).build() {};
	var ListOpenWorkflowExecutionsCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "ListOpenWorkflowExecutions", {}).n("SWFClient", "ListOpenWorkflowExecutionsCommand").sc(schemas_0.ListOpenWorkflowExecutions$).build() {};
	var ListTagsForResourceCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "ListTagsForResource", {}).n("SWFClient", "ListTagsForResourceCommand").sc(schemas_0.ListTagsForResource$).build() {};
	var ListWorkflowTypesCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "ListWorkflowTypes", {}).n("SWFClient", "ListWorkflowTypesCommand").sc(schemas_0.ListWorkflowTypes$).build() {};
	var PollForActivityTaskCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions()), client$1.getLongPollPlugin(config)];
	}).s("SimpleWorkflowService", "PollForActivityTask", {}).n("SWFClient", "PollForActivityTaskCommand").sc(schemas_0.PollForActivityTask$).build() {};
	var PollForDecisionTaskCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions()), client$1.getLongPollPlugin(config)];
	}).s("SimpleWorkflowService", "PollForDecisionTask", {}).n("SWFClient", "PollForDecisionTaskCommand").sc(schemas_0.PollForDecisionTask$).build() {};
	var RecordActivityTaskHeartbeatCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "RecordActivityTaskHeartbeat", {}).n("SWFClient", "RecordActivityTaskHeartbeatCommand").sc(schemas_0.RecordActivityTaskHeartbeat$).build() {};
	var RegisterActivityTypeCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "RegisterActivityType", {}).n("SWFClient", "RegisterActivityTypeCommand").sc(schemas_0.RegisterActivityType$).build() {};
	var RegisterDomainCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "RegisterDomain", {}).n("SWFClient", "RegisterDomainCommand").sc(schemas_0.RegisterDomain$).build() {};
	var RegisterWorkflowTypeCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "RegisterWorkflowType", {}).n("SWFClient", "RegisterWorkflowTypeCommand").sc(schemas_0.RegisterWorkflowType$).build() {};
	var RequestCancelWorkflowExecutionCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "RequestCancelWorkflowExecution", {}).n("SWFClient", "RequestCancelWorkflowExecutionCommand").sc(schemas_0.RequestCancelWorkflowExecution$).build() {};
	var RespondActivityTaskCanceledCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "RespondActivityTaskCanceled", {}).n("SWFClient", "RespondActivityTaskCanceledCommand").sc(schemas_0.RespondActivityTaskCanceled$).build() {};
	var RespondActivityTaskCompletedCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "RespondActivityTaskCompleted", {}).n("SWFClient", "RespondActivityTaskCompletedCommand").sc(schemas_0.RespondActivityTaskCompleted$).build() {};
	var RespondActivityTaskFailedCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "RespondActivityTaskFailed", {}).n("SWFClient", "RespondActivityTaskFailedCommand").sc(schemas_0.RespondActivityTaskFailed$).build() {};
	var RespondDecisionTaskCompletedCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "RespondDecisionTaskCompleted", {}).n("SWFClient", "RespondDecisionTaskCompletedCommand").sc(schemas_0.RespondDecisionTaskCompleted$).build() {};
	var SignalWorkflowExecutionCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "SignalWorkflowExecution", {}).n("SWFClient", "SignalWorkflowExecutionCommand").sc(schemas_0.SignalWorkflowExecution$).build() {};
	var StartWorkflowExecutionCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "StartWorkflowExecution", {}).n("SWFClient", "StartWorkflowExecutionCommand").sc(schemas_0.StartWorkflowExecution$).build() {};
	var TagResourceCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "TagResource", {}).n("SWFClient", "TagResourceCommand").sc(schemas_0.TagResource$).build() {};
	var TerminateWorkflowExecutionCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "TerminateWorkflowExecution", {}).n("SWFClient", "TerminateWorkflowExecutionCommand").sc(schemas_0.TerminateWorkflowExecution$).build() {};
	var UndeprecateActivityTypeCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "UndeprecateActivityType", {}).n("SWFClient", "UndeprecateActivityTypeCommand").sc(schemas_0.UndeprecateActivityType$).build() {};
	var UndeprecateDomainCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "UndeprecateDomain", {}).n("SWFClient", "UndeprecateDomainCommand").sc(schemas_0.UndeprecateDomain$).build() {};
	var UndeprecateWorkflowTypeCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "UndeprecateWorkflowType", {}).n("SWFClient", "UndeprecateWorkflowTypeCommand").sc(schemas_0.UndeprecateWorkflowType$).build() {};
	var UntagResourceCommand = class extends client.Command.classBuilder().ep(commonParams).m(function(Command, cs, config, o) {
		return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
	}).s("SimpleWorkflowService", "UntagResource", {}).n("SWFClient", "UntagResourceCommand").sc(schemas_0.UntagResource$).build() {};
	const paginateGetWorkflowExecutionHistory = core.createPaginator(SWFClient, GetWorkflowExecutionHistoryCommand, "nextPageToken", "nextPageToken", "maximumPageSize");
	const paginateListActivityTypes = core.createPaginator(SWFClient, ListActivityTypesCommand, "nextPageToken", "nextPageToken", "maximumPageSize");
	const paginateListClosedWorkflowExecutions = core.createPaginator(SWFClient, ListClosedWorkflowExecutionsCommand, "nextPageToken", "nextPageToken", "maximumPageSize");
	const paginateListDomains = core.createPaginator(SWFClient, ListDomainsCommand, "nextPageToken", "nextPageToken", "maximumPageSize");
	const paginateListOpenWorkflowExecutions = core.createPaginator(SWFClient, ListOpenWorkflowExecutionsCommand, "nextPageToken", "nextPageToken", "maximumPageSize");
	const paginateListWorkflowTypes = core.createPaginator(SWFClient, ListWorkflowTypesCommand, "nextPageToken", "nextPageToken", "maximumPageSize");
	const paginatePollForDecisionTask = core.createPaginator(SWFClient, PollForDecisionTaskCommand, "nextPageToken", "nextPageToken", "maximumPageSize");
	const commands = {
		CountClosedWorkflowExecutionsCommand,
		CountOpenWorkflowExecutionsCommand,
		CountPendingActivityTasksCommand,
		CountPendingDecisionTasksCommand,
		DeleteActivityTypeCommand,
		DeleteWorkflowTypeCommand,
		DeprecateActivityTypeCommand,
		DeprecateDomainCommand,
		DeprecateWorkflowTypeCommand,
		DescribeActivityTypeCommand,
		DescribeDomainCommand,
		DescribeWorkflowExecutionCommand,
		DescribeWorkflowTypeCommand,
		GetWorkflowExecutionHistoryCommand,
		ListActivityTypesCommand,
		ListClosedWorkflowExecutionsCommand,
		ListDomainsCommand,
		ListOpenWorkflowExecutionsCommand,
		ListTagsForResourceCommand,
		ListWorkflowTypesCommand,
		PollForActivityTaskCommand,
		PollForDecisionTaskCommand,
		RecordActivityTaskHeartbeatCommand,
		RegisterActivityTypeCommand,
		RegisterDomainCommand,
		RegisterWorkflowTypeCommand,
		RequestCancelWorkflowExecutionCommand,
		RespondActivityTaskCanceledCommand,
		RespondActivityTaskCompletedCommand,
		RespondActivityTaskFailedCommand,
		RespondDecisionTaskCompletedCommand,
		SignalWorkflowExecutionCommand,
		StartWorkflowExecutionCommand,
		TagResourceCommand,
		TerminateWorkflowExecutionCommand,
		UndeprecateActivityTypeCommand,
		UndeprecateDomainCommand,
		UndeprecateWorkflowTypeCommand,
		UntagResourceCommand
	};
	const paginators = {
		paginateGetWorkflowExecutionHistory,
		paginateListActivityTypes,
		paginateListClosedWorkflowExecutions,
		paginateListDomains,
		paginateListOpenWorkflowExecutions,
		paginateListWorkflowTypes,
		paginatePollForDecisionTask
	};
	var SWF = class extends SWFClient {};
	client.createAggregatedClient(commands, SWF, { paginators });
	const ActivityTaskTimeoutType = {
		HEARTBEAT: "HEARTBEAT",
		SCHEDULE_TO_CLOSE: "SCHEDULE_TO_CLOSE",
		SCHEDULE_TO_START: "SCHEDULE_TO_START",
		START_TO_CLOSE: "START_TO_CLOSE"
	};
	const RegistrationStatus = {
		DEPRECATED: "DEPRECATED",
		REGISTERED: "REGISTERED"
	};
	const CancelTimerFailedCause = {
		OPERATION_NOT_PERMITTED: "OPERATION_NOT_PERMITTED",
		TIMER_ID_UNKNOWN: "TIMER_ID_UNKNOWN"
	};
	const CancelWorkflowExecutionFailedCause = {
		OPERATION_NOT_PERMITTED: "OPERATION_NOT_PERMITTED",
		UNHANDLED_DECISION: "UNHANDLED_DECISION"
	};
	const ChildPolicy = {
		ABANDON: "ABANDON",
		REQUEST_CANCEL: "REQUEST_CANCEL",
		TERMINATE: "TERMINATE"
	};
	const WorkflowExecutionTimeoutType = { START_TO_CLOSE: "START_TO_CLOSE" };
	const CloseStatus = {
		CANCELED: "CANCELED",
		COMPLETED: "COMPLETED",
		CONTINUED_AS_NEW: "CONTINUED_AS_NEW",
		FAILED: "FAILED",
		TERMINATED: "TERMINATED",
		TIMED_OUT: "TIMED_OUT"
	};
	const CompleteWorkflowExecutionFailedCause = {
		OPERATION_NOT_PERMITTED: "OPERATION_NOT_PERMITTED",
		UNHANDLED_DECISION: "UNHANDLED_DECISION"
	};
	const ContinueAsNewWorkflowExecutionFailedCause = {
		CONTINUE_AS_NEW_WORKFLOW_EXECUTION_RATE_EXCEEDED: "CONTINUE_AS_NEW_WORKFLOW_EXECUTION_RATE_EXCEEDED",
		DEFAULT_CHILD_POLICY_UNDEFINED: "DEFAULT_CHILD_POLICY_UNDEFINED",
		DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED: "DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED",
		DEFAULT_TASK_LIST_UNDEFINED: "DEFAULT_TASK_LIST_UNDEFINED",
		DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED: "DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED",
		OPERATION_NOT_PERMITTED: "OPERATION_NOT_PERMITTED",
		UNHANDLED_DECISION: "UNHANDLED_DECISION",
		WORKFLOW_TYPE_DEPRECATED: "WORKFLOW_TYPE_DEPRECATED",
		WORKFLOW_TYPE_DOES_NOT_EXIST: "WORKFLOW_TYPE_DOES_NOT_EXIST"
	};
	const DecisionType = {
		CancelTimer: "CancelTimer",
		CancelWorkflowExecution: "CancelWorkflowExecution",
		CompleteWorkflowExecution: "CompleteWorkflowExecution",
		ContinueAsNewWorkflowExecution: "ContinueAsNewWorkflowExecution",
		FailWorkflowExecution: "FailWorkflowExecution",
		RecordMarker: "RecordMarker",
		RequestCancelActivityTask: "RequestCancelActivityTask",
		RequestCancelExternalWorkflowExecution: "RequestCancelExternalWorkflowExecution",
		ScheduleActivityTask: "ScheduleActivityTask",
		ScheduleLambdaFunction: "ScheduleLambdaFunction",
		SignalExternalWorkflowExecution: "SignalExternalWorkflowExecution",
		StartChildWorkflowExecution: "StartChildWorkflowExecution",
		StartTimer: "StartTimer"
	};
	const DecisionTaskTimeoutType = {
		SCHEDULE_TO_START: "SCHEDULE_TO_START",
		START_TO_CLOSE: "START_TO_CLOSE"
	};
	const EventType = {
		ActivityTaskCancelRequested: "ActivityTaskCancelRequested",
		ActivityTaskCanceled: "ActivityTaskCanceled",
		ActivityTaskCompleted: "ActivityTaskCompleted",
		ActivityTaskFailed: "ActivityTaskFailed",
		ActivityTaskScheduled: "ActivityTaskScheduled",
		ActivityTaskStarted: "ActivityTaskStarted",
		ActivityTaskTimedOut: "ActivityTaskTimedOut",
		CancelTimerFailed: "CancelTimerFailed",
		CancelWorkflowExecutionFailed: "CancelWorkflowExecutionFailed",
		ChildWorkflowExecutionCanceled: "ChildWorkflowExecutionCanceled",
		ChildWorkflowExecutionCompleted: "ChildWorkflowExecutionCompleted",
		ChildWorkflowExecutionFailed: "ChildWorkflowExecutionFailed",
		ChildWorkflowExecutionStarted: "ChildWorkflowExecutionStarted",
		ChildWorkflowExecutionTerminated: "ChildWorkflowExecutionTerminated",
		ChildWorkflowExecutionTimedOut: "ChildWorkflowExecutionTimedOut",
		CompleteWorkflowExecutionFailed: "CompleteWorkflowExecutionFailed",
		ContinueAsNewWorkflowExecutionFailed: "ContinueAsNewWorkflowExecutionFailed",
		DecisionTaskCompleted: "DecisionTaskCompleted",
		DecisionTaskScheduled: "DecisionTaskScheduled",
		DecisionTaskStarted: "DecisionTaskStarted",
		DecisionTaskTimedOut: "DecisionTaskTimedOut",
		ExternalWorkflowExecutionCancelRequested: "ExternalWorkflowExecutionCancelRequested",
		ExternalWorkflowExecutionSignaled: "ExternalWorkflowExecutionSignaled",
		FailWorkflowExecutionFailed: "FailWorkflowExecutionFailed",
		LambdaFunctionCompleted: "LambdaFunctionCompleted",
		LambdaFunctionFailed: "LambdaFunctionFailed",
		LambdaFunctionScheduled: "LambdaFunctionScheduled",
		LambdaFunctionStarted: "LambdaFunctionStarted",
		LambdaFunctionTimedOut: "LambdaFunctionTimedOut",
		MarkerRecorded: "MarkerRecorded",
		RecordMarkerFailed: "RecordMarkerFailed",
		RequestCancelActivityTaskFailed: "RequestCancelActivityTaskFailed",
		RequestCancelExternalWorkflowExecutionFailed: "RequestCancelExternalWorkflowExecutionFailed",
		RequestCancelExternalWorkflowExecutionInitiated: "RequestCancelExternalWorkflowExecutionInitiated",
		ScheduleActivityTaskFailed: "ScheduleActivityTaskFailed",
		ScheduleLambdaFunctionFailed: "ScheduleLambdaFunctionFailed",
		SignalExternalWorkflowExecutionFailed: "SignalExternalWorkflowExecutionFailed",
		SignalExternalWorkflowExecutionInitiated: "SignalExternalWorkflowExecutionInitiated",
		StartChildWorkflowExecutionFailed: "StartChildWorkflowExecutionFailed",
		StartChildWorkflowExecutionInitiated: "StartChildWorkflowExecutionInitiated",
		StartLambdaFunctionFailed: "StartLambdaFunctionFailed",
		StartTimerFailed: "StartTimerFailed",
		TimerCanceled: "TimerCanceled",
		TimerFired: "TimerFired",
		TimerStarted: "TimerStarted",
		WorkflowExecutionCancelRequested: "WorkflowExecutionCancelRequested",
		WorkflowExecutionCanceled: "WorkflowExecutionCanceled",
		WorkflowExecutionCompleted: "WorkflowExecutionCompleted",
		WorkflowExecutionContinuedAsNew: "WorkflowExecutionContinuedAsNew",
		WorkflowExecutionFailed: "WorkflowExecutionFailed",
		WorkflowExecutionSignaled: "WorkflowExecutionSignaled",
		WorkflowExecutionStarted: "WorkflowExecutionStarted",
		WorkflowExecutionTerminated: "WorkflowExecutionTerminated",
		WorkflowExecutionTimedOut: "WorkflowExecutionTimedOut"
	};
	const FailWorkflowExecutionFailedCause = {
		OPERATION_NOT_PERMITTED: "OPERATION_NOT_PERMITTED",
		UNHANDLED_DECISION: "UNHANDLED_DECISION"
	};
	const LambdaFunctionTimeoutType = { START_TO_CLOSE: "START_TO_CLOSE" };
	const RecordMarkerFailedCause = { OPERATION_NOT_PERMITTED: "OPERATION_NOT_PERMITTED" };
	const RequestCancelActivityTaskFailedCause = {
		ACTIVITY_ID_UNKNOWN: "ACTIVITY_ID_UNKNOWN",
		OPERATION_NOT_PERMITTED: "OPERATION_NOT_PERMITTED"
	};
	const RequestCancelExternalWorkflowExecutionFailedCause = {
		OPERATION_NOT_PERMITTED: "OPERATION_NOT_PERMITTED",
		REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_RATE_EXCEEDED: "REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_RATE_EXCEEDED",
		UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION: "UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION"
	};
	const ScheduleActivityTaskFailedCause = {
		ACTIVITY_CREATION_RATE_EXCEEDED: "ACTIVITY_CREATION_RATE_EXCEEDED",
		ACTIVITY_ID_ALREADY_IN_USE: "ACTIVITY_ID_ALREADY_IN_USE",
		ACTIVITY_TYPE_DEPRECATED: "ACTIVITY_TYPE_DEPRECATED",
		ACTIVITY_TYPE_DOES_NOT_EXIST: "ACTIVITY_TYPE_DOES_NOT_EXIST",
		DEFAULT_HEARTBEAT_TIMEOUT_UNDEFINED: "DEFAULT_HEARTBEAT_TIMEOUT_UNDEFINED",
		DEFAULT_SCHEDULE_TO_CLOSE_TIMEOUT_UNDEFINED: "DEFAULT_SCHEDULE_TO_CLOSE_TIMEOUT_UNDEFINED",
		DEFAULT_SCHEDULE_TO_START_TIMEOUT_UNDEFINED: "DEFAULT_SCHEDULE_TO_START_TIMEOUT_UNDEFINED",
		DEFAULT_START_TO_CLOSE_TIMEOUT_UNDEFINED: "DEFAULT_START_TO_CLOSE_TIMEOUT_UNDEFINED",
		DEFAULT_TASK_LIST_UNDEFINED: "DEFAULT_TASK_LIST_UNDEFINED",
		OPEN_ACTIVITIES_LIMIT_EXCEEDED: "OPEN_ACTIVITIES_LIMIT_EXCEEDED",
		OPERATION_NOT_PERMITTED: "OPERATION_NOT_PERMITTED"
	};
	const ScheduleLambdaFunctionFailedCause = {
		ID_ALREADY_IN_USE: "ID_ALREADY_IN_USE",
		LAMBDA_FUNCTION_CREATION_RATE_EXCEEDED: "LAMBDA_FUNCTION_CREATION_RATE_EXCEEDED",
		LAMBDA_SERVICE_NOT_AVAILABLE_IN_REGION: "LAMBDA_SERVICE_NOT_AVAILABLE_IN_REGION",
		OPEN_LAMBDA_FUNCTIONS_LIMIT_EXCEEDED: "OPEN_LAMBDA_FUNCTIONS_LIMIT_EXCEEDED"
	};
	const SignalExternalWorkflowExecutionFailedCause = {
		OPERATION_NOT_PERMITTED: "OPERATION_NOT_PERMITTED",
		SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_RATE_EXCEEDED: "SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_RATE_EXCEEDED",
		UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION: "UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION"
	};
	const StartChildWorkflowExecutionFailedCause = {
		CHILD_CREATION_RATE_EXCEEDED: "CHILD_CREATION_RATE_EXCEEDED",
		DEFAULT_CHILD_POLICY_UNDEFINED: "DEFAULT_CHILD_POLICY_UNDEFINED",
		DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED: "DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED",
		DEFAULT_TASK_LIST_UNDEFINED: "DEFAULT_TASK_LIST_UNDEFINED",
		DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED: "DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED",
		OPEN_CHILDREN_LIMIT_EXCEEDED: "OPEN_CHILDREN_LIMIT_EXCEEDED",
		OPEN_WORKFLOWS_LIMIT_EXCEEDED: "OPEN_WORKFLOWS_LIMIT_EXCEEDED",
		OPERATION_NOT_PERMITTED: "OPERATION_NOT_PERMITTED",
		WORKFLOW_ALREADY_RUNNING: "WORKFLOW_ALREADY_RUNNING",
		WORKFLOW_TYPE_DEPRECATED: "WORKFLOW_TYPE_DEPRECATED",
		WORKFLOW_TYPE_DOES_NOT_EXIST: "WORKFLOW_TYPE_DOES_NOT_EXIST"
	};
	const StartLambdaFunctionFailedCause = { ASSUME_ROLE_FAILED: "ASSUME_ROLE_FAILED" };
	const StartTimerFailedCause = {
		OPEN_TIMERS_LIMIT_EXCEEDED: "OPEN_TIMERS_LIMIT_EXCEEDED",
		OPERATION_NOT_PERMITTED: "OPERATION_NOT_PERMITTED",
		TIMER_CREATION_RATE_EXCEEDED: "TIMER_CREATION_RATE_EXCEEDED",
		TIMER_ID_ALREADY_IN_USE: "TIMER_ID_ALREADY_IN_USE"
	};
	const WorkflowExecutionCancelRequestedCause = { CHILD_POLICY_APPLIED: "CHILD_POLICY_APPLIED" };
	const WorkflowExecutionTerminatedCause = {
		CHILD_POLICY_APPLIED: "CHILD_POLICY_APPLIED",
		EVENT_LIMIT_EXCEEDED: "EVENT_LIMIT_EXCEEDED",
		OPERATOR_INITIATED: "OPERATOR_INITIATED"
	};
	const ExecutionStatus = {
		CLOSED: "CLOSED",
		OPEN: "OPEN"
	};
	exports.$Command = client.Command;
	exports.__Client = client.Client;
	exports.SWFServiceException = SWFServiceException.SWFServiceException;
	exports.ActivityTaskTimeoutType = ActivityTaskTimeoutType;
	exports.CancelTimerFailedCause = CancelTimerFailedCause;
	exports.CancelWorkflowExecutionFailedCause = CancelWorkflowExecutionFailedCause;
	exports.ChildPolicy = ChildPolicy;
	exports.CloseStatus = CloseStatus;
	exports.CompleteWorkflowExecutionFailedCause = CompleteWorkflowExecutionFailedCause;
	exports.ContinueAsNewWorkflowExecutionFailedCause = ContinueAsNewWorkflowExecutionFailedCause;
	exports.CountClosedWorkflowExecutionsCommand = CountClosedWorkflowExecutionsCommand;
	exports.CountOpenWorkflowExecutionsCommand = CountOpenWorkflowExecutionsCommand;
	exports.CountPendingActivityTasksCommand = CountPendingActivityTasksCommand;
	exports.CountPendingDecisionTasksCommand = CountPendingDecisionTasksCommand;
	exports.DecisionTaskTimeoutType = DecisionTaskTimeoutType;
	exports.DecisionType = DecisionType;
	exports.DeleteActivityTypeCommand = DeleteActivityTypeCommand;
	exports.DeleteWorkflowTypeCommand = DeleteWorkflowTypeCommand;
	exports.DeprecateActivityTypeCommand = DeprecateActivityTypeCommand;
	exports.DeprecateDomainCommand = DeprecateDomainCommand;
	exports.DeprecateWorkflowTypeCommand = DeprecateWorkflowTypeCommand;
	exports.DescribeActivityTypeCommand = DescribeActivityTypeCommand;
	exports.DescribeDomainCommand = DescribeDomainCommand;
	exports.DescribeWorkflowExecutionCommand = DescribeWorkflowExecutionCommand;
	exports.DescribeWorkflowTypeCommand = DescribeWorkflowTypeCommand;
	exports.EventType = EventType;
	exports.ExecutionStatus = ExecutionStatus;
	exports.FailWorkflowExecutionFailedCause = FailWorkflowExecutionFailedCause;
	exports.GetWorkflowExecutionHistoryCommand = GetWorkflowExecutionHistoryCommand;
	exports.LambdaFunctionTimeoutType = LambdaFunctionTimeoutType;
	exports.ListActivityTypesCommand = ListActivityTypesCommand;
	exports.ListClosedWorkflowExecutionsCommand = ListClosedWorkflowExecutionsCommand;
	exports.ListDomainsCommand = ListDomainsCommand;
	exports.ListOpenWorkflowExecutionsCommand = ListOpenWorkflowExecutionsCommand;
	exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
	exports.ListWorkflowTypesCommand = ListWorkflowTypesCommand;
	exports.PollForActivityTaskCommand = PollForActivityTaskCommand;
	exports.PollForDecisionTaskCommand = PollForDecisionTaskCommand;
	exports.RecordActivityTaskHeartbeatCommand = RecordActivityTaskHeartbeatCommand;
	exports.RecordMarkerFailedCause = RecordMarkerFailedCause;
	exports.RegisterActivityTypeCommand = RegisterActivityTypeCommand;
	exports.RegisterDomainCommand = RegisterDomainCommand;
	exports.RegisterWorkflowTypeCommand = RegisterWorkflowTypeCommand;
	exports.RegistrationStatus = RegistrationStatus;
	exports.RequestCancelActivityTaskFailedCause = RequestCancelActivityTaskFailedCause;
	exports.RequestCancelExternalWorkflowExecutionFailedCause = RequestCancelExternalWorkflowExecutionFailedCause;
	exports.RequestCancelWorkflowExecutionCommand = RequestCancelWorkflowExecutionCommand;
	exports.RespondActivityTaskCanceledCommand = RespondActivityTaskCanceledCommand;
	exports.RespondActivityTaskCompletedCommand = RespondActivityTaskCompletedCommand;
	exports.RespondActivityTaskFailedCommand = RespondActivityTaskFailedCommand;
	exports.RespondDecisionTaskCompletedCommand = RespondDecisionTaskCompletedCommand;
	exports.SWF = SWF;
	exports.SWFClient = SWFClient;
	exports.ScheduleActivityTaskFailedCause = ScheduleActivityTaskFailedCause;
	exports.ScheduleLambdaFunctionFailedCause = ScheduleLambdaFunctionFailedCause;
	exports.SignalExternalWorkflowExecutionFailedCause = SignalExternalWorkflowExecutionFailedCause;
	exports.SignalWorkflowExecutionCommand = SignalWorkflowExecutionCommand;
	exports.StartChildWorkflowExecutionFailedCause = StartChildWorkflowExecutionFailedCause;
	exports.StartLambdaFunctionFailedCause = StartLambdaFunctionFailedCause;
	exports.StartTimerFailedCause = StartTimerFailedCause;
	exports.StartWorkflowExecutionCommand = StartWorkflowExecutionCommand;
	exports.TagResourceCommand = TagResourceCommand;
	exports.TerminateWorkflowExecutionCommand = TerminateWorkflowExecutionCommand;
	exports.UndeprecateActivityTypeCommand = UndeprecateActivityTypeCommand;
	exports.UndeprecateDomainCommand = UndeprecateDomainCommand;
	exports.UndeprecateWorkflowTypeCommand = UndeprecateWorkflowTypeCommand;
	exports.UntagResourceCommand = UntagResourceCommand;
	exports.WorkflowExecutionCancelRequestedCause = WorkflowExecutionCancelRequestedCause;
	exports.WorkflowExecutionTerminatedCause = WorkflowExecutionTerminatedCause;
	exports.WorkflowExecutionTimeoutType = WorkflowExecutionTimeoutType;
	exports.paginateGetWorkflowExecutionHistory = paginateGetWorkflowExecutionHistory;
	exports.paginateListActivityTypes = paginateListActivityTypes;
	exports.paginateListClosedWorkflowExecutions = paginateListClosedWorkflowExecutions;
	exports.paginateListDomains = paginateListDomains;
	exports.paginateListOpenWorkflowExecutions = paginateListOpenWorkflowExecutions;
	exports.paginateListWorkflowTypes = paginateListWorkflowTypes;
	exports.paginatePollForDecisionTask = paginatePollForDecisionTask;
	Object.prototype.hasOwnProperty.call(schemas_0, "__proto__") && !Object.prototype.hasOwnProperty.call(exports, "__proto__") && Object.defineProperty(exports, "__proto__", {
		enumerable: true,
		value: schemas_0["__proto__"]
	});
	Object.keys(schemas_0).forEach(function(k) {
		if (k !== "default" && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = schemas_0[k];
	});
	Object.prototype.hasOwnProperty.call(errors, "__proto__") && !Object.prototype.hasOwnProperty.call(exports, "__proto__") && Object.defineProperty(exports, "__proto__", {
		enumerable: true,
		value: errors["__proto__"]
	});
	Object.keys(errors).forEach(function(k) {
		if (k !== "default" && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = errors[k];
	});
})))(), 1);
/** How SWF names a domain or type it does not have (moto and LocalStack too): not one of the kit's not-found names. */
const UNKNOWN = ["UnknownResourceFault"];
/** SWF's names for a change that is made already: deprecating what is deprecated, undeprecating what is registered. */
const DEPRECATED = ["DomainDeprecatedFault", "TypeDeprecatedFault"];
const REGISTERED = ["DomainAlreadyExistsFault", "TypeAlreadyExistsFault"];
// src/engine/state/portable/swf/executions.ts
/** Every execution started since SWF began: the listing asks for a start-time window. */
const SINCE_EVER = { oldestDate: /* @__PURE__ */ new Date(0) };
/** The open executions of a registered domain (SWF lists none in a deprecated one). */
async function openExecutions(s, domain) {
	const pages = import_dist_cjs.paginateListOpenWorkflowExecutions({ client: s }, {
		domain,
		startTimeFilter: SINCE_EVER
	});
	return await unlessMissing(collect(pages, (p) => p.executionInfos?.map((e) => e.execution)), [...UNKNOWN, "DomainDeprecatedFault"]) ?? [];
}
/**
* Executions are not carried: started again, one gets a new run id and a fresh history, and its
* decisions and activity tasks would run again. A save says how many it leaves behind.
*/
async function warnOfOpenExecutions(context, s, domain) {
	const open = await openExecutions(s, domain);
	if (open.length > 0) context.warn(`domain ${domain}`, `its ${open.length} open workflow execution(s) are not saved: an execution started again gets a new run id and a fresh history (closed executions and histories are not saved either)`);
}
/** Ends the domain's open executions, since a loaded instance runs none of the pod's (they stay listed as closed, as SWF keeps history). */
async function terminateOpenExecutions(s, domain) {
	for (const e of await openExecutions(s, domain)) await unlessMissing(s.send(new import_dist_cjs.TerminateWorkflowExecutionCommand({
		domain,
		workflowId: e.workflowId,
		runId: e.runId,
		reason: "state loaded"
	})), UNKNOWN);
}
const TYPE_APIS = [{
	kind: recordKind("workflow-type"),
	list: (s, domain, registrationStatus) => collect(import_dist_cjs.paginateListWorkflowTypes({ client: s }, {
		domain,
		registrationStatus
	}), (p) => p.typeInfos?.map((i) => i.workflowType)),
	describe: async (s, domain, workflowType) => {
		const d = await unlessMissing(s.send(new import_dist_cjs.DescribeWorkflowTypeCommand({
			domain,
			workflowType
		})), UNKNOWN);
		return d && {
			info: d.typeInfo,
			defaults: d.configuration ?? {}
		};
	},
	register: (s, t) => s.send(new import_dist_cjs.RegisterWorkflowTypeCommand({
		domain: t.domain,
		name: t.name,
		version: t.version,
		description: t.description,
		...t.defaults
	})),
	deprecate: (s, domain, workflowType) => s.send(new import_dist_cjs.DeprecateWorkflowTypeCommand({
		domain,
		workflowType
	})),
	undeprecate: (s, domain, workflowType) => s.send(new import_dist_cjs.UndeprecateWorkflowTypeCommand({
		domain,
		workflowType
	}))
}, {
	kind: recordKind("activity-type"),
	list: (s, domain, registrationStatus) => collect(import_dist_cjs.paginateListActivityTypes({ client: s }, {
		domain,
		registrationStatus
	}), (p) => p.typeInfos?.map((i) => i.activityType)),
	describe: async (s, domain, activityType) => {
		const d = await unlessMissing(s.send(new import_dist_cjs.DescribeActivityTypeCommand({
			domain,
			activityType
		})), UNKNOWN);
		return d && {
			info: d.typeInfo,
			defaults: d.configuration ?? {}
		};
	},
	register: (s, t) => s.send(new import_dist_cjs.RegisterActivityTypeCommand({
		domain: t.domain,
		name: t.name,
		version: t.version,
		description: t.description,
		...t.defaults
	})),
	deprecate: (s, domain, activityType) => s.send(new import_dist_cjs.DeprecateActivityTypeCommand({
		domain,
		activityType
	})),
	undeprecate: (s, domain, activityType) => s.send(new import_dist_cjs.UndeprecateActivityTypeCommand({
		domain,
		activityType
	}))
}];
const typeId = (t) => `${t.domain}/${t.name}/${t.version}`;
/** The defaults as one spelling: keys sorted, unset ones left out, so equal settings compare equal. */
function defaultsOf(configuration) {
	const entries = Object.entries(configuration).filter(([, v]) => v !== void 0);
	return Object.fromEntries(sortBy(entries, ([k]) => k));
}
/** Every type of `domain` of one kind, registered and deprecated, by name and version. */
async function* captureTypes(s, region, domain, api) {
	const listed = [...await api.list(s, domain, "REGISTERED"), ...await api.list(s, domain, "DEPRECATED")];
	for (const type of sortBy(listed, (t) => `${t.name}/${t.version}`)) {
		const described = await api.describe(s, domain, type);
		if (!described) continue;
		const data = {
			domain,
			name: type.name,
			version: type.version,
			description: described.info.description || void 0,
			deprecated: described.info.status === "DEPRECATED" || void 0,
			defaults: defaultsOf(described.defaults)
		};
		yield api.kind.record(region, typeId(data), data);
	}
}
/** Deprecates every registered type of `domain` (SWF deletes no type that is in use, and emulators none at all). */
async function deprecateTypes(s, domain) {
	for (const api of TYPE_APIS) for (const type of await api.list(s, domain, "REGISTERED")) await unlessMissing(api.deprecate(s, domain, type), DEPRECATED);
}
/**
* Registered when missing, then deprecated or undeprecated as the pod has it. SWF changes no
* type once registered (a change is a new version): one that differs stays as it is, said so.
*/
async function restoreType(context, s, api, t) {
	const type = {
		name: t.name,
		version: t.version
	};
	const existing = await api.describe(s, t.domain, type);
	if (!existing) await api.register(s, t);
	else if ((existing.info.description || void 0) !== t.description || JSON.stringify(defaultsOf(existing.defaults)) !== JSON.stringify(t.defaults)) context.warn(api.kind.label(typeId(t)), "the instance has this version with another description or other defaults, which SWF does not change: it keeps them");
	const deprecated = existing?.info.status === "DEPRECATED";
	if (t.deprecated && !deprecated) await api.deprecate(s, t.domain, type);
	if (!t.deprecated && deprecated) await api.undeprecate(s, t.domain, type);
}
// src/engine/state/portable/swf/swf.ts
const client = clientOf(import_dist_cjs.SWFClient);
const DOMAIN = recordKind("domain");
async function domainsOf(s, registrationStatus) {
	return collect(import_dist_cjs.paginateListDomains({ client: s }, { registrationStatus }), (p) => p.domainInfos);
}
async function domains(s) {
	return sortBy([...await domainsOf(s, "REGISTERED"), ...await domainsOf(s, "DEPRECATED")], (d) => d.name);
}
/** Its tags; none where the instance does not serve them (LocalStack). */
async function tagsOf(s, arn) {
	if (!arn) return void 0;
	const listed = await unlessUnimplemented(s, "ListTagsForResource", () => s.send(new import_dist_cjs.ListTagsForResourceCommand({ resourceArn: arn })));
	return sortedTags(listed?.tags, (t) => t.key);
}
async function captureDomain(s, info) {
	const d = await s.send(new import_dist_cjs.DescribeDomainCommand({ name: info.name }));
	return {
		name: info.name,
		description: d.domainInfo?.description || void 0,
		retention: d.configuration.workflowExecutionRetentionPeriodInDays,
		deprecated: d.domainInfo?.status === "DEPRECATED" || void 0,
		tags: await tagsOf(s, d.domainInfo?.arn ?? info.arn)
	};
}
/** Each domain, followed by its workflow types and its activity types. */
const capture = eachRegion(async function* (context, region) {
	const s = client(context, region);
	for (const info of await domains(s)) {
		yield DOMAIN.record(region, info.name, await captureDomain(s, info));
		for (const api of TYPE_APIS) yield* captureTypes(s, region, info.name, api);
		if (info.status === "REGISTERED") await warnOfOpenExecutions(context, s, info.name);
	}
});
const regionsWithState = regionsWhere(async (context, region) => {
	const s = client(context, region);
	return (await Promise.all(["REGISTERED", "DEPRECATED"].map((registrationStatus) => s.send(new import_dist_cjs.ListDomainsCommand({
		registrationStatus,
		maximumPageSize: 1
	}))))).some((l) => (l.domainInfos?.length ?? 0) > 0);
});
/**
* SWF deletes no domain, and emulators no type: clearing ends the open executions and
* deprecates every domain and type, which is as gone as SWF makes them. A load undeprecates
* those of the pod.
*/
async function clear(context, region) {
	const s = client(context, region);
	for (const d of await domains(s)) {
		if (d.status === "REGISTERED") await terminateOpenExecutions(s, d.name);
		await deprecateTypes(s, d.name);
		if (d.status === "REGISTERED") await unlessMissing(s.send(new import_dist_cjs.DeprecateDomainCommand({ name: d.name })), DEPRECATED);
	}
}
/**
* Registered when missing, undeprecated when deprecated (its deprecation, if the pod has one,
* comes after its types). SWF changes no domain's description or retention period: a domain of
* the same name that differs keeps them, said so.
*/
async function restoreDomain(context, s, d) {
	const existing = await unlessMissing(s.send(new import_dist_cjs.DescribeDomainCommand({ name: d.name })), UNKNOWN);
	if (!existing) {
		await s.send(new import_dist_cjs.RegisterDomainCommand({
			name: d.name,
			description: d.description,
			workflowExecutionRetentionPeriodInDays: d.retention,
			tags: d.tags
		}));
		return;
	}
	if ((existing.domainInfo?.description || void 0) !== d.description || existing.configuration?.workflowExecutionRetentionPeriodInDays !== d.retention) context.warn(DOMAIN.label(d.name), "the instance has a domain of this name with another description or retention period, which SWF does not change: it keeps them");
	if (existing.domainInfo?.status === "DEPRECATED") await unlessMissing(s.send(new import_dist_cjs.UndeprecateDomainCommand({ name: d.name })), REGISTERED);
	const arn = existing.domainInfo?.arn;
	const current = await tagsOf(s, arn);
	if (current !== void 0 || d.tags !== void 0) await replaceTags((current ?? []).map((t) => t.key), (d.tags ?? []).map((t) => t.key), {
		untag: (tagKeys) => s.send(new import_dist_cjs.UntagResourceCommand({
			resourceArn: arn,
			tagKeys
		})),
		tag: () => s.send(new import_dist_cjs.TagResourceCommand({
			resourceArn: arn,
			tags: d.tags
		}))
	});
}
/** Simple Workflow: domains (description, retention period, tags) and their workflow and activity types with their defaults; deprecated ones stay deprecated. Executions are not kept. */
const swf = {
	name: "swf",
	dependsOn: ["iam"],
	capture,
	regionsWithState,
	clear,
	restore: async (context, region, records) => {
		const s = client(context, region);
		const deprecated = [];
		const typeHandlers = TYPE_APIS.map((api) => on(api.kind, (t) => restoreType(context, s, api, t)));
		await restoreRecords(context, records, 1, on(DOMAIN, async (d) => {
			await restoreDomain(context, s, d);
			if (d.deprecated) deprecated.push(d.name);
		}), ...typeHandlers);
		for (const name of deprecated) await reportFailure(context, DOMAIN.label(name), () => unlessMissing(s.send(new import_dist_cjs.DeprecateDomainCommand({ name })), DEPRECATED));
	},
	requests: {
		signingName: "swf",
		targetPrefix: "SimpleWorkflowService"
	}
};
export { swf };
