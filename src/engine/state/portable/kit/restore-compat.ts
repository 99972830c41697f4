import type { ServiceContext } from '../../module.js';

/**
 * Restores a resource that others live in (an event bus, a log group): `create` makes it exist,
 * `configure` brings its settings to the pod's. Returns false when it could not be created, so
 * the caller skips what lives in it; a setting the instance refuses to change is reported, and
 * what lives in the resource still goes in.
 */
export async function restoreContainer(
  context: ServiceContext,
  resource: string,
  create: () => Promise<void>,
  configure: () => Promise<void>,
): Promise<boolean> {
  try {
    await create();
  } catch (error) {
    context.fail(resource, error);
    return false;
  }
  try {
    await configure();
    context.progress(resource);
  } catch (error) {
    context.fail(resource, error);
  }
  return true;
}
