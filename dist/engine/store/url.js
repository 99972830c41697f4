import { UsageError } from '../errors.js';
const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;
const SECRET_PARAM = /secret|password|token|session|credential/i;
/** The environment variables a placeholder reads, where the name alone would not say it. */
const PLACEHOLDER_ENV = {
    access_key_id: 'AWS_ACCESS_KEY_ID',
    secret_access_key: 'AWS_SECRET_ACCESS_KEY',
    session_token: 'AWS_SESSION_TOKEN',
    oras_username: 'ORAS_USERNAME',
    oras_password: 'ORAS_PASSWORD',
};
export function placeholderEnv(name) {
    return PLACEHOLDER_ENV[name] ?? name.toUpperCase();
}
/** Fills `{placeholders}` from the environment; a missing variable is a UsageError that names it. */
export function fillPlaceholders(template, env = process.env) {
    return template.replace(PLACEHOLDER, (_, name) => {
        const variable = placeholderEnv(name);
        const value = env[variable];
        if (value === undefined) {
            throw new UsageError(`The remote URL needs {${name}}, but ${variable} is not set in the environment.`);
        }
        return encodeURIComponent(value);
    });
}
function isPlaceholder(value) {
    return /^\{[a-z][a-z0-9_]*\}$/.test(value);
}
/**
 * The URL as users may see it: passwords and secret query values replaced by `***`. Works on the
 * text, so the rest of the URL reads exactly as the user wrote it.
 */
export function maskUrl(text) {
    const masked = text.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/:@?#]*:)([^@/?#]*)@/i, (whole, head, password) => isPlaceholder(decodeURIComponent(password)) ? whole : `${head}***@`);
    return masked.replace(/([?&])([^=&#]+)=([^&#]*)/g, (whole, sep, name, value) => SECRET_PARAM.test(name) && !isPlaceholder(decodeURIComponent(value)) ? `${sep}${name}=***` : whole);
}
/** Refuses URLs that carry a literal secret: remotes are stored with placeholders only. */
export function refuseLiteralSecrets(text) {
    if (maskUrl(text) !== text) {
        throw new UsageError(`The remote URL holds a secret in clear text; it would be written to disk. Use a placeholder instead, e.g. {secret_access_key} or {oras_password}, filled from the environment at use time.`);
    }
}
