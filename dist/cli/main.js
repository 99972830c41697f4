#!/usr/bin/env node
import { processIo } from './output.js';
import { runCli } from './run.js';
// The SDK's notice about its future Node requirement is for the SDK's users, not ours.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.exitCode = await runCli(process.argv.slice(2), processIo);
