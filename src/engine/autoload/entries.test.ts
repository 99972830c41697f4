import { describe, expect, it } from 'vitest';
import { parseAutoLoadPods, parsePodList } from './entries.js';

describe('AUTO_LOAD_POD', () => {
  it('names pods in the order given, comma-separated, blanks and spaces ignored', () => {
    expect(parseAutoLoadPods(' base , seed:3,,file:///pods/extra.zip ')).toEqual({
      entries: [
        { pod: 'base', origin: 'AUTO_LOAD_POD item 1' },
        { pod: 'seed:3', origin: 'AUTO_LOAD_POD item 2' },
        { pod: 'file:///pods/extra.zip', origin: 'AUTO_LOAD_POD item 3' },
      ],
      problems: [],
    });
  });

  it('names nothing when empty', () => {
    expect(parseAutoLoadPods('')).toEqual({ entries: [], problems: [] });
  });

  it('names each item it cannot read, by its place', () => {
    const { entries, problems } = parseAutoLoadPods('good,Bad Name,seed:0');
    expect(entries).toEqual([{ pod: 'good', origin: 'AUTO_LOAD_POD item 1' }]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^AUTO_LOAD_POD item 2: Invalid pod name "Bad Name"/);
    expect(problems[1]).toMatch(/^AUTO_LOAD_POD item 3: Invalid pod version "0" in "seed:0"/);
  });
});

describe('a pod list (.txt) of an init directory', () => {
  it('names one pod a line, with an optional remote after a comma, skipping blank lines and comments', () => {
    const text = [
      '# pods for the order service',
      'base',
      '',
      'seed:2,team-s3   # pinned',
      'fixtures , file:///srv/pods',
      '   ',
      'git://my-org/fixtures/pods/users.zip',
    ].join('\r\n');
    expect(parsePodList(text, '/init/pods.txt')).toEqual({
      entries: [
        { pod: 'base', origin: '/init/pods.txt:2' },
        { pod: 'seed:2', remote: 'team-s3', origin: '/init/pods.txt:4' },
        { pod: 'fixtures', remote: 'file:///srv/pods', origin: '/init/pods.txt:5' },
        { pod: 'git://my-org/fixtures/pods/users.zip', origin: '/init/pods.txt:7' },
      ],
      problems: [],
    });
  });

  it('keeps a # inside a word, which is no comment', () => {
    expect(parsePodList('seed,s3://bucket/pods#frag', 'a.txt').entries).toEqual([
      { pod: 'seed', remote: 's3://bucket/pods#frag', origin: 'a.txt:1' },
    ]);
  });

  it('names the file and line of each line it cannot read', () => {
    const text = ['base', 'Upper', 'seed,', 'file:///pods/x.zip,team', 'seed,bad remote', 'ok:latest'].join('\n');
    const { entries, problems } = parsePodList(text, '/init/pods.txt');
    expect(entries).toEqual([
      { pod: 'base', origin: '/init/pods.txt:1' },
      { pod: 'ok:latest', origin: '/init/pods.txt:6' },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^\/init\/pods\.txt:2: Invalid pod name "Upper"/),
      '/init/pods.txt:3: "seed," names no remote after the comma.',
      '/init/pods.txt:4: "file:///pods/x.zip" is a pod file or URL, which names its own store; a remote goes only with a pod name.',
      expect.stringMatching(/^\/init\/pods\.txt:5: Invalid remote name "bad remote"/),
    ]);
  });
});
