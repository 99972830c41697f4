#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// A save or a load streams, so what it holds at once is small; but V8 sizes its heap by the
// rate of allocation, and streaming a gigabyte allocates fast: the heap of a 1 GB load grew to
// three times what it held. Optimising for size keeps it near what is live, for a few percent
// of time (docs/benchmarks.md). Set before the engine and the SDK load, so they run under it.
setFlagsFromString('--optimize-for-size');

// The SDK's notice about its future Node requirement is for the SDK's users, not ours.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// A reader that stops early (`| head`) closes the pipe: what is left to print has no reader, which
// is no failure of the command.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

// Imported once the flags above are set, and without a top-level await: the single executable
// (scripts/sea/build.mjs) runs this file bundled as CommonJS, which has none.
void Promise.all([import('./output.js'), import('./run.js')]).then(async ([{ processIo }, { runCli }]) => {
  process.exitCode = await runCli(process.argv.slice(2), processIo);
});
