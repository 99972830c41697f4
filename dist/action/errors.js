// src/engine/util/safe-text.ts
/**
* Text from pods and servers (resource names, messages, server errors) reaches terminals and CI
* logs. A terminal acts on control characters (escape sequences clear the screen, move the cursor
* and rewrite lines), bidirectional overrides reorder what is shown, and a CI runner acts on
* lines that start with its command markers. Every such character is shown escaped instead.
*/
/** C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional formatting marks. */
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\n\t]/g;
/** GitHub Actions' workflow commands (`::warning::`, legacy `##[set-output]`) at a line's start. */
const RUNNER_COMMAND = /^(\s*)(::|##\[)/gm;
function escaped(char) {
	const code = char.charCodeAt(0);
	if (char === "\n") return "\\n";
	if (char === "	") return "\\t";
	return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
/** `text` with every acting character escaped; its line breaks kept. For whole messages. */
function safeText(text) {
	return text.replace(ACTING, escaped).replace(RUNNER_COMMAND, (_, space, marker) => `${space}\\x${marker.charCodeAt(0).toString(16)}${marker.slice(1)}`);
}
/** `text` escaped to one line: for a value set inside a line of our own (a name, a server's reason). */
function oneLine(text) {
	return safeText(text.replace(LINE_BREAKS, escaped));
}
// src/engine/errors.ts
var PodsError = class extends Error {
	code;
	constructor(code, message, options) {
		super(message, options);
		this.code = code;
		this.name = new.target.name;
	}
};
/** Bad input from the user: an invalid name, option or argument. Fronts exit with 2. */
var UsageError = class extends PodsError {
	constructor(message, options) {
		super("USAGE", message, options);
	}
};
/** An encrypted version, and no key (or the wrong one) to open it: nothing was read or changed. */
var NeedsKeyError = class extends PodsError {
	constructor(message, options) {
		super("KEY_NEEDED", message, options);
	}
};
/** A pod, version, remote or blob that does not exist where it was looked for. */
var NotFoundError = class extends PodsError {
	constructor(message, options) {
		super("NOT_FOUND", message, options);
	}
};
/** Content whose sha256 or size differs from the descriptor that names it. */
var DigestMismatchError = class extends PodsError {
	constructor(message) {
		super("DIGEST_MISMATCH", message);
	}
};
/** A pod file or store that cannot be read as a pod: truncated, not a zip, bad JSON. */
var CorruptPodError = class extends PodsError {
	constructor(message, options) {
		super("CORRUPT_POD", message, options);
	}
};
/** A name or archive entry that would escape its directory (`..`, absolute paths). */
var UnsafePathError = class extends PodsError {
	constructor(message) {
		super("UNSAFE_PATH", message);
	}
};
/** The instance did not answer, or did not become ready in time. */
var UnreachableError = class extends PodsError {
	constructor(message, options) {
		super("UNREACHABLE", message, options);
	}
};
/** A load aimed at real AWS without an explicit opt-in. */
var RealAwsRefusedError = class extends PodsError {
	constructor(message) {
		super("REAL_AWS_REFUSED", message);
	}
};
/** A pod written in a pod format newer than this engine reads. */
var NewerFormatError = class extends PodsError {
	constructor(message) {
		super("NEWER_FORMAT", message);
	}
};
/** A store operation that failed for a reason other than a missing item. */
var StoreError = class extends PodsError {
	constructor(message, options) {
		super("STORE", message, options);
	}
};
/** A load that restored what it could but had resources the instance rejected. */
var RestoreIncompleteError = class extends PodsError {
	failures;
	constructor(failures) {
		const lines = failures.map((f) => `  ${f.service} ${oneLine(f.resource)}: ${oneLine(f.message)}`);
		super("RESTORE_INCOMPLETE", `${failures.length} resource(s) could not be restored; the rest of the pod was loaded:\n${lines.join("\n")}`);
		this.failures = failures;
	}
};
/**
* The message of any thrown value, for one-line reports; an instance's refusal is preceded by
* the operation it refused (see the service clients), and an answer the AWS SDK could not read
* (moto's error pages) says so instead of quoting the parser.
*/
function messageOf(error) {
	const e = error;
	let message = error instanceof Error ? error.message : String(error);
	const status = e?.$response?.statusCode;
	if (status !== void 0 && message.includes("Deserialization error")) message = `the instance answered HTTP ${status} with a body the AWS SDK cannot read`;
	return typeof e?.operation === "string" ? `${e.operation}: ${message}` : message;
}
export { NotFoundError as a, RestoreIncompleteError as c, UnsafePathError as d, UsageError as f, NewerFormatError as i, StoreError as l, safeText as m, DigestMismatchError as n, PodsError as o, messageOf as p, NeedsKeyError as r, RealAwsRefusedError as s, CorruptPodError as t, UnreachableError as u };
