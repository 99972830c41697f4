import type { Emulator } from '../emulators.js';

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
