// Lint rules, and the architecture's layers as rules: the engine never imports a front, service
// modules never import each other (what they share lives in the kit), and the fronts reach AWS
// only through the engine. Formatting is Prettier's (`npm run format`), so no rule here styles code.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const FRONTS = ['cli', 'action', 'suite', 'vitest-plugin', 'jest-preset', 'ui'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**', '.sea/**', 'coverage/**', 'test/fixtures/**'] },
  // The page runs in a browser.
  {
    files: ['src/ui/page/**'],
    languageOptions: {
      globals: {
        document: 'readonly',
        location: 'readonly',
        history: 'readonly',
        FormData: 'readonly',
        HTMLFormElement: 'readonly',
        HTMLSelectElement: 'readonly',
        HTMLDialogElement: 'readonly',
        Event: 'readonly',
      },
    },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        structuredClone: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        globalThis: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: {
      // tsc checks unused names (noUnusedLocals, noUnusedParameters), with the same exceptions.
      '@typescript-eslint/no-unused-vars': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // Tests and their support read SDK outputs and test output loosely, and match escape codes.
    files: ['**/*.test.ts', 'src/test-support/**', 'test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-control-regex': 'off' },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)(${FRONTS.join('|')}|test-support)/`,
              message: 'The engine never imports a front (or test support): fronts are thin layers over it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/state/portable/*/**/*.ts'],
    ignores: ['src/engine/state/portable/kit/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `(^|/)(${FRONTS.join('|')}|test-support)/`, message: 'The engine never imports a front (or test support).' },
            { regex: '^\\.\\./(?!kit/)[^./][^/]*/', message: 'A service module never imports another: what two modules share belongs in the kit.' },
          ],
        },
      ],
    },
  },
  {
    files: FRONTS.map((front) => `src/${front}/**/*.{ts,cts}`),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@aws-sdk/client-*'], message: 'Fronts reach AWS through the engine, never with an SDK client of their own.' }] },
      ],
    },
  },
);
