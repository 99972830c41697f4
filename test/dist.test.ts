import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the committed dist/', () => {
  it('is what the build script makes of src/ now', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'dist-'));
    execFileSync(process.execPath, ['scripts/build.mjs', '--out', fresh], { stdio: 'pipe' });
    const built = files(fresh)
      .map((f) => relative(fresh, f))
      .sort();
    const committed = files('dist')
      .map((f) => relative('dist', f))
      .sort();
    expect(committed, 'dist/ is stale: run npm run build and commit dist/').toEqual(built);
    const stale = built.filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join('dist', f))));
    expect(stale, 'dist/ is stale: run npm run build and commit dist/').toEqual([]);
    // The build bundles every front; beside the integration suites it can take minutes.
  }, 600_000);
});
