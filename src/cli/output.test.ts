import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it, vi } from 'vitest';
import { formatBytes, formatTable, progressDisplay, type Io } from './output.js';

function io(tty: boolean): { io: Io; err: PassThrough } {
  const err = Object.assign(new PassThrough(), { isTTY: tty, columns: 40 });
  return { io: { out: new PassThrough(), err }, err };
}

async function written(stream: PassThrough): Promise<string> {
  stream.end();
  return (await buffer(stream)).toString();
}

describe('CLI output', () => {
  it('aligns table columns', () => {
    expect(
      formatTable(
        ['NAME', 'V'],
        [
          ['a', '1'],
          ['longer', '22'],
        ],
      ),
    ).toBe('NAME    V\na       1\nlonger  22\n');
  });

  it('formats sizes in binary units', () => {
    expect([formatBytes(512), formatBytes(1536), formatBytes(5 * 1024 ** 3)]).toEqual(['512 B', '1.5 KiB', '5.0 GiB']);
  });

  it('rewrites one progress line on a TTY and clears it when done', async () => {
    const { io: tty, err } = io(true);
    const progress = progressDisplay(tty);
    progress.listener({ phase: 'capture', subject: 's3 bucket a', done: 1 });
    progress.done();
    expect(await written(err)).toBe('\r\x1b[2KCapturing (1) s3 bucket a\r\x1b[2K');
  });

  it('writes plain lines elsewhere: a phase as it starts, how far it got every 5 s, and its count as it ends', async () => {
    vi.useFakeTimers({ now: 0 });
    try {
      const { io: plain, err } = io(false);
      const progress = progressDisplay(plain);
      progress.listener({ phase: 'capture', subject: 's3 bucket a', done: 1 });
      progress.listener({ phase: 'capture', subject: 's3 bucket b', done: 2 });
      vi.setSystemTime(5000);
      progress.listener({ phase: 'capture', subject: 's3 bucket c', done: 3 });
      progress.listener({ phase: 'capture', subject: 's3 bucket d', done: 4 });
      progress.listener({ phase: 'restore', subject: 's3 us-east-1', done: 1 });
      progress.done();
      expect(await written(err)).toBe('Capturing s3 bucket a\nCapturing (3) s3 bucket c\nCapturing: 4 done\nRestoring s3 us-east-1\n');
    } finally {
      vi.useRealTimers();
    }
  });
});
