// `npm run bench [-- flags]`: compiles bench/ (TypeScript, into the gitignored .bench/build)
// and runs it against the built engine in dist/. Flags: `npm run bench -- --help`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The SDK warns once per process that Node 20 nears its end of support; in the bench (and the
// CLI children, which inherit this) that warning is noise between the figures.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'dist', 'engine', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
// The bench runs a snapshot of dist/ (.bench/dist, which .bench/build imports as ../dist): a
// rebuild of dist/ during a run of an hour would otherwise pull the engine from under it.
rmSync(join(root, '.bench', 'dist'), { recursive: true, force: true });
cpSync(join(root, 'dist'), join(root, '.bench', 'dist'), { recursive: true });
// dist/ reads its version from the package.json beside it.
cpSync(join(root, 'package.json'), join(root, '.bench', 'package.json'));
// Incremental: a rerun without changes to bench/ compiles in well under a second.
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'bench', 'tsconfig.json')], {
  stdio: 'inherit',
});
const { main } = await import(pathToFileURL(join(root, '.bench', 'build', 'main.js')).href);
process.exitCode = await main(process.argv.slice(2));
