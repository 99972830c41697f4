import { startLocalStack } from './localstack.js';
import { startMiniStack } from './ministack.js';
import { startMoto } from './moto.js';
import type { Server } from './processes.js';

export type Emulator = 'moto' | 'ministack' | 'localstack';

const START: Record<Emulator, () => Promise<Server>> = { moto: startMoto, ministack: startMiniStack, localstack: startLocalStack };

/** A fresh instance of `emulator` on a free port of its own. */
export function startEmulator(emulator: Emulator): Promise<Server> {
  return START[emulator]();
}
