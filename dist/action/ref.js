import { f as UsageError } from "./errors.js";
// src/engine/pod/ref.ts
/** The pod name rule, as users read it in error messages. */
const POD_NAME_RULE = "[a-z0-9][a-z0-9._-]{0,127}";
const POD_NAME = /^[a-z0-9][a-z0-9._-]{0,127}$/;
const VERSION = /^[1-9][0-9]{0,8}$/;
/**
* The highest version number: nine digits, which every store can tag (an OCI tag, a file name)
* and a JavaScript number holds exactly. Tags beyond it belong to something else.
*/
const MAX_POD_VERSION = 999999999;
/** Whether `text` is a version number as stores tag them. */
function isVersionText(text) {
	return VERSION.test(text);
}
/** Returns `name` when it follows the pod name rule, else throws a UsageError naming the rule. */
function parsePodName(name) {
	if (!POD_NAME.test(name)) throw new UsageError(`Invalid pod name "${name}": a name must match ${POD_NAME_RULE} (lower-case letters, digits, ".", "_" and "-", starting with a letter or digit, at most 128 characters).`);
	return name;
}
/** Parses a version number (from 1) or `latest`. */
function parsePodVersion(text, context = text) {
	if (text === "latest") return "latest";
	if (!isVersionText(text)) throw new UsageError(`Invalid pod version "${text}" in "${context}": a version is a whole number from 1 to ${MAX_POD_VERSION}, or "latest".`);
	return Number(text);
}
/** Parses `name`, `name:N` or `name:latest`. */
function parseRef(text) {
	const colon = text.lastIndexOf(":");
	if (colon === -1) return {
		name: parsePodName(text),
		version: "latest"
	};
	return {
		name: parsePodName(text.slice(0, colon)),
		version: parsePodVersion(text.slice(colon + 1), text)
	};
}
function formatRef(ref) {
	return `${ref.name}:${ref.version}`;
}
export { parseRef as a, parsePodName as i, formatRef as n, isVersionText as r, MAX_POD_VERSION as t };
