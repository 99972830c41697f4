import { type ApiContext } from './api.js';
/** The header scripts and tests may send the token in instead. */
export declare const TOKEN_HEADER = "x-localstack-pods-token";
export interface UiServer {
    /** The page's address with its token: the one line the `ui` command prints. */
    readonly url: string;
    readonly port: number;
    close(): Promise<void>;
}
/**
 * Serves the page and its API on 127.0.0.1 only. Every request needs the token (the `?token=`
 * of the printed URL, then its cookie): another local user or a web page cannot guess it. The
 * Host header must name this server and an Origin, when sent, must be the page's own, so a
 * DNS-rebound name or another site's page is refused even with the cookie.
 */
export declare function startUiServer(context: ApiContext, { port, assets }?: {
    port?: number | undefined;
    assets?: string | undefined;
}): Promise<UiServer>;
