/**
 * Streams a single-file pod from an http(s) URL into a temp file (a zip is read from its end,
 * so it needs the whole file); `dispose` removes it. Content is verified blob by blob later.
 */
export declare function download(url: string, display: string, timeoutMs: number): Promise<{
    path: string;
    dispose(): Promise<void>;
}>;
