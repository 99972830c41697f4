import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTION_TABLE } from '../src/engine/index.js';
import { SUITE_OPTION_TABLE } from '../src/suite/options.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it.each(OPTION_TABLE.map((o) => [o.name, o]))('documents the option %s with its environment variables', (_name, option) => {
    const env = option.env.map((e) => `\`${e}\``).join(', ');
    expect(readme).toContain(`| \`${option.name}\` | ${env} |`);
  });

  it.each(SUITE_OPTION_TABLE.map((o) => [o.name, o]))("documents the test fronts' option %s", (_name, option) => {
    expect(readme).toContain(`| \`${option.name}\` | \`${option.env[0]}\` |`);
  });

  it('shows how to configure the Jest preset and the Vitest plugin', () => {
    expect(readme).toContain("import { localstackPods } from 'localstack-pods/vitest';");
    expect(readme).toContain("preset: 'localstack-pods',");
  });

  it('shows a service module as the code has it', () => {
    const block = /```ts\n\/\/ (src\/engine\/state\/portable\/\S+), shortened\n([\s\S]*?)```/.exec(readme)!;
    const source = readFileSync(new URL(`../${block[1]}`, import.meta.url), 'utf8');
    for (const line of block[2]!.split('\n').filter((l) => l.trim())) expect(source).toContain(line);
  });

  it('has a quick start of exactly two set-up commands', () => {
    const quickStart = readme.split('## Quick start')[1]!.split('\n## ')[0]!;
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)![1]!;
    expect(block.trim().split('\n')).toHaveLength(2);
  });
});
