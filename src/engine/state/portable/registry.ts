import { UsageError } from '../../errors.js';
import type { ServiceModule } from '../module.js';
import { s3 } from './s3/index.js';

/** Every portable service module; a new service is one folder and one line here. */
export const PORTABLE_MODULES: readonly ServiceModule[] = [
  s3,
];

/** The modules named in `services` (all when undefined), or a UsageError naming the unknown ones. */
export function selectModules(services: readonly string[] | undefined): ServiceModule[] {
  if (!services || services.length === 0) return [...PORTABLE_MODULES];
  const known = new Map(PORTABLE_MODULES.map((m) => [m.name, m]));
  const unknown = services.filter((s) => !known.has(s));
  if (unknown.length > 0) {
    throw new UsageError(
      `Unknown service(s): ${unknown.join(', ')}. Supported services: ${[...known.keys()].sort().join(', ')}.`,
    );
  }
  return [...new Set(services)].map((s) => known.get(s)!);
}
