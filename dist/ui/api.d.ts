import type { IncomingMessage } from 'node:http';
import { type ConfigFile } from '../engine/config-file.js';
import { type RawOptions } from '../engine/index.js';
/** What a route answers: a status and a JSON body. */
export interface ApiAnswer {
    readonly status: number;
    readonly body: unknown;
}
/** The options the `ui` command was started with; each request may name another remote. */
export interface ApiContext {
    readonly raw: RawOptions;
    readonly env: NodeJS.ProcessEnv;
    readonly config: ConfigFile | undefined;
}
/**
 * The page's JSON API: each route one engine function, so the page never talks AWS itself and
 * sees what the CLI would print with `--json`. Long work (load, save) runs as a job the page polls.
 */
export declare class Api {
    private readonly context;
    private readonly jobs;
    constructor(context: ApiContext);
    /** The engine's options for a request, with the remote it names (the command's otherwise). */
    private options;
    handle(request: IncomingMessage, url: URL): Promise<ApiAnswer>;
    private route;
}
