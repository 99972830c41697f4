import { describeTestFront } from '../../src/test-support/test-front-suite.js';

describeTestFront('the Vitest plugin, in a project that installed the package', {
  fixture: 'vitest-project',
  command: (config) => ['npx', 'vitest', 'run', ...(config ? ['--config', config] : [])],
  missingPodConfig: [
    'vitest.missing-pod.config.js',
    "import { localstackPods } from 'localstack-pods/vitest';\n\nexport default { plugins: [localstackPods({ pods: ['no-such-pod'] })] };\n",
  ],
  isolateConfig: [
    'vitest.isolate.config.js',
    "import { localstackPods } from 'localstack-pods/vitest';\n\n" +
      "export default { plugins: [localstackPods({ pods: ['s3-test'], restore: 'each-file', isolate: 'account-per-worker' })], test: { maxWorkers: 2 } };\n",
  ],
  parallelRestoreConfig: [
    'vitest.parallel.config.js',
    "import { localstackPods } from 'localstack-pods/vitest';\n\nexport default { plugins: [localstackPods({ pods: ['s3-test'], restore: 'each-file' })], test: { maxWorkers: 2 } };\n",
  ],
  oneFileConfig: [
    'vitest.one-file.config.js',
    "import { localstackPods } from 'localstack-pods/vitest';\n\nexport default { plugins: [localstackPods({ pods: ['s3-test'] })], test: { include: ['a.test.js'] } };\n",
  ],
  queueConfigs: {
    isolated: [
      'vitest.queues-isolated.config.js',
      "import { localstackPods } from 'localstack-pods/vitest';\n\n" +
        "export default { plugins: [localstackPods({ pods: ['queue-test'], isolate: 'account-per-worker' })], test: { include: ['queues/*.isolated.js'], maxWorkers: 2 } };\n",
    ],
    shared: [
      'vitest.queues-shared.config.js',
      "import { localstackPods } from 'localstack-pods/vitest';\n\n" +
        "export default { plugins: [localstackPods({ pods: ['queue-test'] })], test: { include: ['queues/*.isolated.js'], maxWorkers: 2 } };\n",
    ],
  },
  passed: /Tests\s+2 passed \(2\)/,
});
