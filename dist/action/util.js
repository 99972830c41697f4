import { n as __esmMin, r as __exportAll } from "./rolldown-runtime.js";
import { C as init_protocols, T as buildQueryString } from "./dist-cjs.js";
// node_modules/@aws-sdk/core/dist-es/submodules/util/util-arn-parser/arn.js
var validate, parse, build;
var init_arn = __esmMin((() => {
	validate = (str) => typeof str === "string" && str.indexOf("arn:") === 0 && str.split(":").length >= 6;
	parse = (arn) => {
		const segments = arn.split(":");
		if (segments.length < 6 || segments[0] !== "arn") throw new Error("Malformed ARN");
		const [, partition, service, region, accountId, ...resource] = segments;
		return {
			partition,
			service,
			region,
			accountId,
			resource: resource.join(":")
		};
	};
	build = (arnObject) => {
		const { partition = "aws", service, region, accountId, resource } = arnObject;
		if ([
			service,
			region,
			accountId,
			resource
		].some((segment) => typeof segment !== "string")) throw new Error("Input ARN object is invalid");
		return `arn:${partition}:${service}:${region}:${accountId}:${resource}`;
	};
}));
// node_modules/@aws-sdk/core/dist-es/submodules/util/util-format-url/format-url.js
function formatUrl(request) {
	const { port, query } = request;
	let { protocol, path, hostname } = request;
	if (protocol && protocol.slice(-1) !== ":") protocol += ":";
	if (port) hostname += `:${port}`;
	if (path && path.charAt(0) !== "/") path = `/${path}`;
	let queryString = query ? buildQueryString(query) : "";
	if (queryString && queryString[0] !== "?") queryString = `?${queryString}`;
	let auth = "";
	if (request.username != null || request.password != null) auth = `${request.username ?? ""}:${request.password ?? ""}@`;
	let fragment = "";
	if (request.fragment) fragment = `#${request.fragment}`;
	return `${protocol}//${auth}${hostname}${path}${queryString}${fragment}`;
}
var init_format_url = __esmMin((() => {
	init_protocols();
}));
// node_modules/@aws-sdk/core/dist-es/submodules/util/hasOwn.js
function hasOwn(container, key) {
	return Object.prototype.hasOwnProperty.call(container, key);
}
var init_hasOwn = __esmMin((() => {}));
// node_modules/@aws-sdk/core/dist-es/submodules/util/index.js
var util_exports = /* @__PURE__ */ __exportAll({
	build: () => build,
	formatUrl: () => formatUrl,
	hasOwn: () => hasOwn,
	parse: () => parse,
	validate: () => validate
});
var init_util = __esmMin((() => {
	init_arn();
	init_format_url();
	init_hasOwn();
}));
export { validate as a, parse as i, util_exports as n, init_arn as r, init_util as t };
