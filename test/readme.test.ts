import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTION_TABLE } from '../src/engine/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it.each(OPTION_TABLE.map((o) => [o.name, o]))('documents the option %s with its environment variables', (_name, option) => {
    const env = option.env.map((e) => `\`${e}\``).join(', ');
    expect(readme).toContain(`| \`${option.name}\` | ${env} |`);
  });

  it('has a quick start of exactly two set-up commands', () => {
    const quickStart = readme.split('## Quick start')[1]!.split('\n## ')[0]!;
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)![1]!;
    expect(block.trim().split('\n')).toHaveLength(2);
  });
});
