import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The test workers' side of the test fronts is a .cts file (Jest loads it as CommonJS).
  oxc: { include: /\.(m?ts|cts|[jt]sx)$/ },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./src/test-support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Integration files each start their own servers and spend much of their time waiting on
    // them (start-up, deliberate delays, timeouts): three files at a time keep two cores busy.
    maxWorkers: 3,
    // `npm run coverage`, or COVERAGE=true for the test script: the engine and fronts as the tests
    // run them in process (the CLI, Action and test-front runs are child processes, not counted).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,cts}'],
      exclude: ['src/test-support/**', 'src/**/*.test.ts'],
      reporter: ['text-summary', 'html', 'lcov'],
      reportsDirectory: 'coverage',
    },
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_DEFAULT_REGION: 'us-east-1',
    },
  },
});
