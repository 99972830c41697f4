import { describe, expect, it } from 'vitest';
import { oneLine, safeText } from './safe-text.js';

describe('safe text', () => {
  it('shows escape sequences, C1 controls and bidirectional overrides escaped', () => {
    expect(safeText('a\x1b[2Jb\x9bc\u202ed\x07\r')).toBe('a\\x1b[2Jb\\x9bc\\u202ed\\x07\\x0d');
  });

  it('keeps line breaks and tabs in a whole message, and ordinary text as it is', () => {
    expect(safeText('line one\n\tline two: naïve ✓ 東京')).toBe('line one\n\tline two: naïve ✓ 東京');
  });

  it('defuses runner commands at the start of any line', () => {
    expect(safeText('ok\n::set-output name=x::y\n  ##[error]forged\nnot :: here')).toBe(
      'ok\n\\x3a:set-output name=x::y\n  \\x23#[error]forged\nnot :: here',
    );
  });

  it('puts a value on one line, so it cannot forge lines of its own', () => {
    expect(oneLine('jobs\nCloud Pod `prod` successfully loaded')).toBe('jobs\\nCloud Pod `prod` successfully loaded');
    expect(oneLine('a\r\nb\tc')).toBe('a\\x0d\\nb\\tc');
  });
});
