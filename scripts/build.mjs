// Builds dist/ from src/: the engine, the CLI and the fronts, compiled by tsc.
// `node scripts/build.mjs --out DIR` builds elsewhere (the staleness test compares the two).
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex === -1 ? 'dist' : process.argv[outIndex + 1]);
const tsc = join('node_modules', 'typescript', 'bin', 'tsc');

rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', out], { stdio: 'inherit' });
chmodSync(join(out, 'cli', 'main.js'), 0o755);
