import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { planAutoload } from './plan.js';
import { readInitDir } from './init-dir.js';

function initDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'init-pods-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('an init directory', () => {
  it('names the pods of its .txt files, then its .zip pod files, each by file name; other files are not read', async () => {
    const dir = initDir({
      'b.txt': 'second\n',
      'z-seed.zip': 'not read here',
      'a.txt': 'first\nthird,team\n',
      '10-base.zip': '',
      'notes.md': 'Bad Name',
      'pods.txt.bak': 'Bad Name',
    });
    const read = await readInitDir(dir);
    expect(read.problems).toEqual([]);
    expect(read.found).toBe(true);
    expect(read.entries).toEqual([
      { pod: 'first', origin: `${dir}/a.txt:1` },
      { pod: 'third', remote: 'team', origin: `${dir}/a.txt:2` },
      { pod: 'second', origin: `${dir}/b.txt:1` },
      { pod: pathToFileURL(join(dir, '10-base.zip')).href, origin: join(dir, '10-base.zip') },
      { pod: pathToFileURL(join(dir, 'z-seed.zip')).href, origin: join(dir, 'z-seed.zip') },
    ]);
  });

  it('that does not exist names no pods', async () => {
    expect(await readInitDir(join(tmpdir(), 'no-such-init-pods.d'))).toEqual({ found: false, entries: [], problems: [] });
  });

  it('names a pod file whose name is no pod name as a problem', async () => {
    const dir = initDir({ 'My Pod.zip': '' });
    const read = await readInitDir(dir);
    expect(read.entries).toEqual([]);
    expect(read.problems).toEqual([expect.stringContaining(`${join(dir, 'My Pod.zip')}: The file name of`)]);
  });
});

describe('the autoload plan', () => {
  it('loads the init directory first and AUTO_LOAD_POD after it, as LocalStack does', async () => {
    const dir = initDir({ 'pods.txt': 'from-dir\n' });
    const plan = await planAutoload({ autoLoadPod: 'from-env-1,from-env-2', initDir: dir });
    expect(plan.entries.map((e) => e.pod)).toEqual(['from-dir', 'from-env-1', 'from-env-2']);
    expect(plan.initDirFound).toBe(true);
  });

  it('refuses, before anything loads, naming every file and line it cannot read', async () => {
    const dir = initDir({ 'a.txt': 'ok\nBad\n', 'b.txt': '# fine\n\nalso bad\n' });
    const planning = planAutoload({ autoLoadPod: 'ok,Nope', initDir: dir });
    await expect(planning).rejects.toThrow(UsageError);
    const message = await planning.catch((error: Error) => error.message);
    expect(message).toMatch(/^3 pod\(s\) named for autoload cannot be read; nothing was loaded:\n/);
    expect(message).toContain(`  ${dir}/a.txt:2: Invalid pod name "Bad"`);
    expect(message).toContain(`  ${dir}/b.txt:3: Invalid pod name "also bad"`);
    expect(message).toContain('  AUTO_LOAD_POD item 2: Invalid pod name "Nope"');
  });
});
