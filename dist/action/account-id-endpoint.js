import { n as __esmMin, r as __exportAll } from "./rolldown-runtime.js";
import { An as normalizeProvider, et as init_client } from "./checksum.js";
// node_modules/@aws-sdk/core/dist-es/submodules/account-id-endpoint/AccountIdEndpointModeConstants.js
function validateAccountIdEndpointMode(value) {
	return ACCOUNT_ID_ENDPOINT_MODE_VALUES.includes(value);
}
var DEFAULT_ACCOUNT_ID_ENDPOINT_MODE, ACCOUNT_ID_ENDPOINT_MODE_VALUES;
var init_AccountIdEndpointModeConstants = __esmMin((() => {
	DEFAULT_ACCOUNT_ID_ENDPOINT_MODE = "preferred";
	ACCOUNT_ID_ENDPOINT_MODE_VALUES = [
		"disabled",
		"preferred",
		"required"
	];
}));
// node_modules/@aws-sdk/core/dist-es/submodules/account-id-endpoint/AccountIdEndpointModeConfigResolver.js
var resolveAccountIdEndpointModeConfig;
var init_AccountIdEndpointModeConfigResolver = __esmMin((() => {
	init_client();
	init_AccountIdEndpointModeConstants();
	resolveAccountIdEndpointModeConfig = (input) => {
		const { accountIdEndpointMode } = input;
		const accountIdEndpointModeProvider = normalizeProvider(accountIdEndpointMode ?? "preferred");
		return Object.assign(input, { accountIdEndpointMode: async () => {
			const accIdMode = await accountIdEndpointModeProvider();
			if (!validateAccountIdEndpointMode(accIdMode)) throw new Error(`Invalid value for accountIdEndpointMode: ${accIdMode}. Valid values are: "required", "preferred", "disabled".`);
			return accIdMode;
		} });
	};
}));
// node_modules/@aws-sdk/core/dist-es/submodules/account-id-endpoint/NodeAccountIdEndpointModeConfigOptions.js
var err, _throw, ENV_ACCOUNT_ID_ENDPOINT_MODE, CONFIG_ACCOUNT_ID_ENDPOINT_MODE, NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS;
var init_NodeAccountIdEndpointModeConfigOptions = __esmMin((() => {
	init_AccountIdEndpointModeConstants();
	err = "Invalid AccountIdEndpointMode value";
	_throw = (message) => {
		throw new Error(message);
	};
	ENV_ACCOUNT_ID_ENDPOINT_MODE = "AWS_ACCOUNT_ID_ENDPOINT_MODE";
	CONFIG_ACCOUNT_ID_ENDPOINT_MODE = "account_id_endpoint_mode";
	NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS = {
		environmentVariableSelector: (env) => {
			const value = env[ENV_ACCOUNT_ID_ENDPOINT_MODE];
			if (value && !validateAccountIdEndpointMode(value)) _throw(err);
			return value;
		},
		configFileSelector: (profile) => {
			const value = profile[CONFIG_ACCOUNT_ID_ENDPOINT_MODE];
			if (value && !validateAccountIdEndpointMode(value)) _throw(err);
			return value;
		},
		default: DEFAULT_ACCOUNT_ID_ENDPOINT_MODE
	};
}));
// node_modules/@aws-sdk/core/dist-es/submodules/account-id-endpoint/index.js
var account_id_endpoint_exports = /* @__PURE__ */ __exportAll({
	ACCOUNT_ID_ENDPOINT_MODE_VALUES: () => ACCOUNT_ID_ENDPOINT_MODE_VALUES,
	CONFIG_ACCOUNT_ID_ENDPOINT_MODE: () => CONFIG_ACCOUNT_ID_ENDPOINT_MODE,
	DEFAULT_ACCOUNT_ID_ENDPOINT_MODE: () => DEFAULT_ACCOUNT_ID_ENDPOINT_MODE,
	ENV_ACCOUNT_ID_ENDPOINT_MODE: () => ENV_ACCOUNT_ID_ENDPOINT_MODE,
	NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS: () => NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS,
	resolveAccountIdEndpointModeConfig: () => resolveAccountIdEndpointModeConfig,
	validateAccountIdEndpointMode: () => validateAccountIdEndpointMode
});
var init_account_id_endpoint = __esmMin((() => {
	init_AccountIdEndpointModeConfigResolver();
	init_AccountIdEndpointModeConstants();
	init_NodeAccountIdEndpointModeConfigOptions();
}));
export { init_account_id_endpoint as n, account_id_endpoint_exports as t };
