/** One pod an autoload loads, and where it was named. */
export interface AutoloadEntry {
    /** What `load` takes: `name[:version]`, or the location of a single-file pod. */
    readonly pod: string;
    /** The remote (a name or URL) a pod name is read from; the command's remote when undefined. */
    readonly remote?: string;
    /** Where the pod was named, for messages: `AUTO_LOAD_POD item N`, `FILE:LINE`, or a pod file's path. */
    readonly origin: string;
}
/** The entries read from one source, and one message for each part of it that could not be read. */
export interface ParsedEntries {
    readonly entries: readonly AutoloadEntry[];
    readonly problems: readonly string[];
}
/** The environment variable LocalStack reads the pods to load at start-up from. */
export declare const AUTO_LOAD_ENV = "AUTO_LOAD_POD";
/**
 * An entry naming `pod`, checked as `load` would check it. A remote goes only with a pod name: a
 * location names its own file or URL.
 */
export declare function autoloadEntry(pod: string, remote: string | undefined, origin: string): AutoloadEntry;
/** Runs each `read`, keeping the entries it returns and the message of each it throws. */
export declare function collectEntries(reads: readonly {
    origin: string;
    read: () => AutoloadEntry;
}[]): ParsedEntries;
/**
 * The pods of AUTO_LOAD_POD, in order. Commas separate pods there, as LocalStack reads the
 * variable, so it names no remote: its pod names are read from the command's remote, and a
 * location (file:///…, https://…, git://…) names its own.
 */
export declare function parseAutoLoadPods(value: string): ParsedEntries;
/**
 * The pods a `.txt` file of an init directory names, one a line, in order: `NAME[:VERSION]`,
 * `NAME[:VERSION],REMOTE` (LocalStack's form for a pod in a remote), or a location. Blank lines
 * and comments are skipped; `file` names the file in messages.
 */
export declare function parsePodList(text: string, file: string): ParsedEntries;
