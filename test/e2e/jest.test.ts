import { describeTestFront } from '../../src/test-support/test-front-suite.js';

describeTestFront('the Jest preset, in a project that installed the package', {
  fixture: 'jest-project',
  command: (config) => ['npx', 'jest', ...(config ? ['--config', config] : [])],
  missingPodConfig: [
    'jest.missing-pod.config.js',
    "module.exports = { ...require('./jest.config.js'), globals: { localstackPods: { pods: ['no-such-pod'] } } };\n",
  ],
  isolateConfig: [
    'jest.isolate.config.js',
    "module.exports = { ...require('./jest.config.js'), globals: { localstackPods: { pods: ['s3-test'], restore: 'each-file', isolate: 'account-per-worker' } }, maxWorkers: 2 };\n",
  ],
  parallelRestoreConfig: ['jest.parallel.config.js', "module.exports = { ...require('./jest.config.js'), maxWorkers: 2 };\n"],
  oneFileConfig: [
    'jest.one-file.config.js',
    "module.exports = { preset: 'localstack-pods', globals: { localstackPods: { pods: ['s3-test'] } }, testMatch: ['**/a.test.js'] };\n",
  ],
  queueConfigs: {
    isolated: [
      'jest.queues-isolated.config.js',
      "module.exports = { preset: 'localstack-pods', globals: { localstackPods: { pods: ['queue-test'], isolate: 'account-per-worker' } }, testMatch: ['**/queues/*.isolated.js'], maxWorkers: 2 };\n",
    ],
    shared: [
      'jest.queues-shared.config.js',
      "module.exports = { preset: 'localstack-pods', globals: { localstackPods: { pods: ['queue-test'] } }, testMatch: ['**/queues/*.isolated.js'], maxWorkers: 2 };\n",
    ],
  },
  passed: /^Tests:\s+2 passed, 2 total$/m,
});
