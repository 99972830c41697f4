/**
 * Text from pods and servers (resource names, messages, server errors) reaches terminals and CI
 * logs. A terminal acts on control characters (escape sequences clear the screen, move the cursor
 * and rewrite lines), bidirectional overrides reorder what is shown, and a CI runner acts on
 * lines that start with its command markers. Every such character is shown escaped instead.
 */
/** C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional formatting marks. */
// Matching control characters is this pattern's purpose.
// eslint-disable-next-line no-control-regex
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\n\t]/g;
/** GitHub Actions' workflow commands (`::warning::`, legacy `##[set-output]`) at a line's start. */
const RUNNER_COMMAND = /^(\s*)(::|##\[)/gm;
function escaped(char) {
    const code = char.charCodeAt(0);
    if (char === '\n')
        return '\\n';
    if (char === '\t')
        return '\\t';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** `text` with every acting character escaped; its line breaks kept. For whole messages. */
export function safeText(text) {
    return text
        .replace(ACTING, escaped)
        .replace(RUNNER_COMMAND, (_, space, marker) => `${space}\\x${marker.charCodeAt(0).toString(16)}${marker.slice(1)}`);
}
/** `text` escaped to one line: for a value set inside a line of our own (a name, a server's reason). */
export function oneLine(text) {
    return safeText(text.replace(LINE_BREAKS, escaped));
}
