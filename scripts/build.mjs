// Builds dist/ from src/: the engine, the CLI and the test fronts compiled by tsc, and the
// GitHub Action bundled by ncc (a runner runs an action as it is, without npm install).
// `node scripts/build.mjs --out DIR` builds elsewhere (the staleness test compares the two).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex === -1 ? 'dist' : process.argv[outIndex + 1]);
const tsc = join('node_modules', 'typescript', 'bin', 'tsc');
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', out], { stdio: 'inherit' });
chmodSync(join(out, 'cli', 'main.js'), 0o755);

// One bundle for both steps: main and post share nearly all their code, and the bundle holds the
// AWS SDK, so two would double what dist/ commits. Next to it ncc writes the files the code
// reads at run time (package.json, for the engine's version), kept, and declarations, dropped.
const bundle = mkdtempSync(join(tmpdir(), 'action-bundle-'));
try {
  execFileSync(
    process.execPath,
    [ncc, 'build', 'src/action/index.ts', '--out', bundle, '--license', 'licenses.txt', '--no-cache', '--no-source-map-register', '--quiet'],
    { stdio: 'inherit' },
  );
  const action = join(out, 'action');
  mkdirSync(action, { recursive: true });
  for (const entry of readdirSync(bundle, { withFileTypes: true })) {
    if (entry.isFile() && !entry.name.endsWith('.d.ts')) copyFileSync(join(bundle, entry.name), join(action, entry.name));
  }
  for (const step of ['main', 'post']) {
    const run = `run${step[0].toUpperCase()}${step.slice(1)}`;
    writeFileSync(join(action, `${step}.js`), `// The ${step} step of action.yml.\nimport { ${run} } from './index.js';\n\nawait ${run}();\n`);
  }
} finally {
  rmSync(bundle, { recursive: true, force: true });
}
