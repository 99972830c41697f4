// Builds dist/ from src/: the engine, the CLI and the test fronts compiled by tsc, and the
// GitHub Action bundled by rolldown (a runner runs an action as it is, without npm install).
// `node scripts/build.mjs --out DIR` builds elsewhere (the staleness test compares the two).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rolldown } from 'rolldown';

const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex === -1 ? 'dist' : process.argv[outIndex + 1]);
const tsc = join('node_modules', 'typescript', 'bin', 'tsc');

rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', out], { stdio: 'inherit' });
chmodSync(join(out, 'cli', 'main.js'), 0o755);

// The web page: its TSX and Preact bundled into one script, beside its HTML and CSS, under
// dist/ui/page/ where the `ui` server reads them. Not minified, so the committed bundle can be
// read and its diffs reviewed; rolldown's output is the same for the same sources.
const page = join(out, 'ui', 'page');
const pageBundle = await rolldown({
  input: join('src', 'ui', 'page', 'app.tsx'),
  platform: 'browser',
  tsconfig: join('src', 'ui', 'page', 'tsconfig.json'),
});
await pageBundle.write({ file: join(page, 'app.js'), format: 'esm', codeSplitting: false });
await pageBundle.close();
for (const file of ['index.html', 'app.css']) copyFileSync(join('src', 'ui', 'page', file), join(page, file));

// One bundle for both steps: main and post share nearly all their code, and the bundle holds the
// AWS SDK, so two would double what dist/ commits. rolldown rather than ncc: the same bundle in a
// tenth of the time (ncc's webpack took 40 s of the build). The engine's version is compiled in,
// where the engine reads it from package.json at run time.
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const action = join(out, 'action');
const actionBundle = await rolldown({
  input: { index: join('src', 'action', 'index.ts') },
  platform: 'node',
  resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
  // The CLI's lazy imports (the zip library for single-file pods) save nothing in a bundle.
  checks: { ineffectiveDynamicImport: false },
  plugins: [
    {
      name: 'engine-version',
      load: (id) => (id.endsWith(join('src', 'engine', 'version.ts')) ? `export const ENGINE_VERSION = ${JSON.stringify(version)};\n` : undefined),
    },
  ],
});
// Chunks named without a hash: a change then shows in dist/ as changes to the files it touches,
// not as every importing chunk renamed.
const { output } = await actionBundle.write({ dir: action, format: 'esm', chunkFileNames: '[name].js' });
await actionBundle.close();
writeFileSync(join(action, 'licenses.txt'), licensesOf(output.flatMap((chunk) => chunk.moduleIds ?? [])));
for (const step of ['main', 'post']) {
  const run = `run${step[0].toUpperCase()}${step.slice(1)}`;
  writeFileSync(join(action, `${step}.js`), `// The ${step} step of action.yml.\nimport { ${run} } from './index.js';\n\nawait ${run}();\n`);
}

/**
 * The notices the bundled packages' licenses ask to travel with their code: each package's name,
 * version, licence and licence file, once, in name order.
 */
function licensesOf(moduleIds) {
  const roots = new Set();
  for (const id of moduleIds) {
    const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
    if (match) roots.add(match[1]);
  }
  const packages = [...roots].map((root) => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const file = readdirSync(root).find((name) => /^(licen[cs]e|copying)/i.test(name));
    return {
      name: manifest.name,
      version: manifest.version,
      license: manifest.license ?? 'see its package',
      text: file ? readFileSync(join(root, file), 'utf8').trim() : '',
    };
  });
  const seen = new Set();
  return packages
    .sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1))
    .filter((p) => !seen.has(`${p.name}@${p.version}`) && seen.add(`${p.name}@${p.version}`))
    .map((p) => `${p.name} ${p.version}\n${p.license}\n${p.text}\n`)
    .join('\n');
}
