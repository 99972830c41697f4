/** This package's version, read once from its package.json (two levels above dist/engine/). */
export declare const ENGINE_VERSION: string;
