import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_INPUT_TABLE, parseInputs, parseRemotes, type ActionInputName } from './inputs.js';

const actionYml = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The `inputs:` of action.yml: name, description and default of each, in order (the file's own layout). */
function actionYmlInputs(): { name: string; description: string; default: string }[] {
  const section = /\ninputs:\n([\s\S]*?)\n\S/.exec(actionYml)![1]!;
  const unquote = (text: string) => text.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return [...section.matchAll(/^ {2}([a-z-]+):\n {4}description: (.*)\n {4}required: false\n {4}default: (.*)$/gm)].map((m) => ({
    name: m[1]!,
    description: unquote(m[2]!),
    default: unquote(m[3]!),
  }));
}

const read = (given: Partial<Record<ActionInputName, string>>) => (name: ActionInputName) => given[name] ?? '';

describe('the Action’s inputs', () => {
  it('are the input table, in action.yml with the same names, defaults and descriptions', () => {
    expect(actionYmlInputs()).toEqual(ACTION_INPUT_TABLE.map((o) => ({ name: o.name, description: o.description, default: o.default })));
  });

  it.each(ACTION_INPUT_TABLE.map((o) => [o.name, o]))('are in the README’s input table: %s', (_name, input) => {
    expect(readme).toContain(`| \`${input.name}\` | ${input.default ? `\`${input.default}\`` : ''} |`);
  });

  it('parse the refs, the remotes and the choices', () => {
    const inputs = parseInputs(
      read({
        endpoint: 'http://localhost:4566',
        pods: 'seed:2, file:///tmp/extra.zip\n\nlatest',
        remote: 'team',
        remotes: '# the team bucket\nteam = s3://pods/ci?region=eu-west-1\n\nregistry=oras://ghcr.io/org/pods',
        'fail-on-missing': 'False',
        save: 'after',
        'save-if': 'always',
        'job-status': 'failure',
      }),
    );
    expect(inputs).toEqual({
      engine: { endpoint: 'http://localhost:4566', remote: 'team' },
      pods: ['seed:2', 'file:///tmp/extra.zip', 'latest'],
      remotes: new Map([
        ['team', 's3://pods/ci?region=eu-west-1'],
        ['registry', 'oras://ghcr.io/org/pods'],
      ]),
      failOnMissing: false,
      exportAwsEnv: false,
      save: 'after',
      saveIf: 'always',
      jobStatus: 'failure',
    });
    expect(parseInputs(read({})).saveIf).toBe('failure');
    expect(parseInputs(read({ services: 's3,sqs', message: 'seeded', 'allow-real-aws': 'true' })).engine).toEqual({
      services: 's3,sqs',
      message: 'seeded',
      'allow-real-aws': 'true',
    });
    expect(parseInputs(read({ 'export-aws-env': 'true' })).exportAwsEnv).toBe(true);
  });

  it('refuse bad values with a message that names the input', () => {
    expect(() => parseInputs(read({ 'fail-on-missing': 'yes' }))).toThrow('Invalid input fail-on-missing "yes": expected true or false.');
    expect(() => parseInputs(read({ 'save-if': 'sometimes' }))).toThrow('Invalid save-if "sometimes"');
    expect(() => parseRemotes('team s3://bucket')).toThrow('Invalid remotes line 1: expected name=url');
  });
});
