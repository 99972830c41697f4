import { readFileSync } from 'node:fs';
/** This package's version, read once from its package.json (two levels above dist/engine/). */
export const ENGINE_VERSION = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    .version;
