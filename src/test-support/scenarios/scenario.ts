import { expect } from 'vitest';
import { isUnimplemented } from '../../engine/state/portable/kit/index.js';
import type { Emulator } from '../emulators.js';
import { saveState } from '../engine.js';

/** A module's round trip: state made as users make it, saved, emptied, loaded, compared. */
export interface Scenario {
  readonly module: string;
  readonly title: string;
  run(endpoint: string, emulator: Emulator): Promise<unknown>;
}

export function scenarioOf(module: string, title: string, run: Scenario['run']): Scenario {
  return { module, title, run };
}

/** The account each emulator puts the test credentials in. */
export const accountOf = (emulator: Emulator) => (emulator === 'moto' ? '123456789012' : '000000000000');

/** What `call` answers; undefined where the emulator does not serve it (see `isUnimplemented`). */
export async function servedOrNot<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (isUnimplemented(error)) return undefined;
    throw error;
  }
}

/** Whether the emulator serves the service `call` belongs to at all. */
export async function servedAtAll(call: Promise<unknown>): Promise<boolean> {
  return (await servedOrNot(call.then(() => true))) === true;
}

/**
 * Checks that a save of `services` from an emulator that does not serve them holds nothing and
 * warns of nothing.
 */
export async function expectNothingSaved(endpoint: string, home: string, services: { services: string }): Promise<void> {
  const saved = await saveState(endpoint, home, 'none', services);
  expect(saved.resources).toEqual({});
  expect(saved.warnings).toEqual([]);
}
