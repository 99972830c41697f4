// The Jest preset (`preset: 'localstack-pods'`): Jest loads `<package>/jest-preset.js`, so this
// file stays at the package root, hand-written, and points into the compiled dist/jest-preset/.
// Its paths are absolute, so spreading this object into a config with another preset works too.
import { fileURLToPath } from 'node:url';

const file = (path) => fileURLToPath(new URL(path, import.meta.url));

export default {
  globalSetup: file('./dist/jest-preset/global-setup.js'),
  globalTeardown: file('./dist/jest-preset/global-teardown.js'),
  setupFilesAfterEnv: [file('./dist/jest-preset/setup-file.cjs')],
  reporters: ['default', file('./dist/jest-preset/reporter.js')],
};
