/**
 * Text from pods and servers (resource names, messages, server errors) reaches terminals and CI
 * logs. A terminal acts on control characters (escape sequences clear the screen, move the cursor
 * and rewrite lines), bidirectional overrides reorder what is shown, and a CI runner acts on
 * lines that start with its command markers. Every such character is shown escaped instead.
 */
/** `text` with every acting character escaped; its line breaks kept. For whole messages. */
export declare function safeText(text: string): string;
/** `text` escaped to one line: for a value set inside a line of our own (a name, a server's reason). */
export declare function oneLine(text: string): string;
