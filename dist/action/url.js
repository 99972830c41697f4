import { f as UsageError } from "./errors.js";
// src/engine/store/url.ts
const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;
/**
* Query parameters whose values are secrets: keys and passwords, tokens (`?token=`,
* `access_token`), and the signatures and credentials of presigned URLs (`X-Amz-Signature`,
* `X-Amz-Credential`, `X-Amz-Security-Token`, Azure's `sig`, Google's `X-Goog-Signature`).
*/
const SECRET_PARAM = /secret|password|passwd|token|session|credential|signature|^sig$|api[-_]?key|auth/i;
/** The environment variables a placeholder reads, where the name alone would not say it. */
const PLACEHOLDER_ENV = {
	access_key_id: "AWS_ACCESS_KEY_ID",
	secret_access_key: "AWS_SECRET_ACCESS_KEY",
	session_token: "AWS_SESSION_TOKEN",
	oras_username: "ORAS_USERNAME",
	oras_password: "ORAS_PASSWORD"
};
function placeholderEnv(name) {
	return PLACEHOLDER_ENV[name] ?? name.toUpperCase();
}
/** Fills `{placeholders}` from the environment; a missing variable is a UsageError that names it. */
function fillPlaceholders(template, env = process.env) {
	return template.replace(PLACEHOLDER, (_, name) => {
		const variable = placeholderEnv(name);
		const value = env[variable];
		if (value === void 0) throw new UsageError(`The remote URL needs {${name}}, but ${variable} is not set in the environment.`);
		return encodeURIComponent(value);
	});
}
function isPlaceholder(value) {
	return /^\{[a-z][a-z0-9_]*\}$/.test(value);
}
/** `text` percent-decoded, or as it is when it is not valid percent-encoding. */
function decoded(text) {
	try {
		return decodeURIComponent(text.replace(/\+/g, " "));
	} catch {
		return text;
	}
}
/**
* The URL as users may see it: the user information (`user:password@`, or a lone token as the
* user) and secret query values (see SECRET_PARAM, names compared decoded, so `%73ecret` is
* `secret`) replaced by `***`, unless they are placeholders. Works on the text, so the rest of
* the URL reads exactly as the user wrote it.
*/
function maskUrl(text) {
	return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*)@/i, (whole, scheme, userinfo) => {
		const colon = userinfo.indexOf(":");
		const [user, password] = colon === -1 ? [userinfo, void 0] : [userinfo.slice(0, colon), userinfo.slice(colon + 1)];
		if (password === void 0) return isPlaceholder(decoded(user)) ? whole : `${scheme}***@`;
		return isPlaceholder(decoded(password)) ? whole : `${scheme}${user}:***@`;
	}).replace(/([?&])([^=&#]+)=([^&#]*)/g, (whole, sep, name, value) => SECRET_PARAM.test(decoded(name)) && !isPlaceholder(decoded(value)) ? `${sep}${name}=***` : whole);
}
export { maskUrl as n, fillPlaceholders as t };
