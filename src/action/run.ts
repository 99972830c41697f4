import * as core from '@actions/core';
import { messageOf, namingOptionsByName, PodsError } from '../engine/index.js';
import { safeText } from '../engine/util/safe-text.js';
import { registerGitHubCache } from './github-cache.js';
import { parseInputs, type ActionInputs } from './inputs.js';
import { credentialsOf, remoteUrl } from './remotes.js';

// The SDK's notice about its future Node requirement is for the SDK's users, not the job's.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** The step's inputs, with the GitHub Actions cache registered as a store. */
export function prepare(): ActionInputs {
  registerGitHubCache();
  const inputs = parseInputs((name) => core.getInput(name));
  // Given from a secret, it is masked already; given any other way, it is masked here, before
  // anything is written.
  const passphrase = inputs.engine['encryption-key'];
  if (passphrase) core.setSecret(passphrase);
  return inputs;
}

/**
 * The URL template of a remote input, with every credential it resolves to masked in the job's
 * log before anything about it is written.
 */
export async function maskedRemote(nameOrUrl: string | undefined, inputs: ActionInputs): Promise<string> {
  const template = await remoteUrl(nameOrUrl, inputs.remotes, process.env);
  for (const secret of credentialsOf(template, process.env)) core.setSecret(secret);
  return template;
}

/**
 * Fails the step with one annotation: a message as given, or an error's. The engine's messages
 * say what to do; anything else keeps its stack, which is then the useful part.
 */
export function fail(error: unknown, title?: string): void {
  const message =
    typeof error === 'string' || error instanceof PodsError
      ? messageOf(error)
      : error instanceof Error
        ? (error.stack ?? error.message)
        : messageOf(error);
  core.error(safeText(namingOptionsByName(message)), title ? { title } : {});
  process.exitCode = core.ExitCode.Failure;
}

/**
 * The job log, for lines that hold text from pods or servers: shown with no control character
 * the runner or a browser's log view would act on.
 */
export const log = {
  info: (line: string) => core.info(safeText(line)),
  warning: (line: string, properties?: core.AnnotationProperties) => core.warning(safeText(line), properties),
};
