import { it } from 'vitest';
import { startLocalStack } from './localstack.js';
import { startMiniStack } from './ministack.js';
import { startMoto } from './moto.js';
import type { Server } from './processes.js';

export type Emulator = 'moto' | 'ministack' | 'localstack';

const START: Record<Emulator, () => Promise<Server>> = { moto: startMoto, ministack: startMiniStack, localstack: startLocalStack };

/**
 * One test per emulator, each on a fresh instance started for it (moto, MiniStack, LocalStack
 * 4.14): a module's round trip where each emulator serves the service.
 */
export function onEachEmulator(title: string, check: (endpoint: string, emulator: Emulator) => Promise<unknown>): void {
  for (const emulator of Object.keys(START) as Emulator[]) {
    it(`${title}, on ${emulator}`, async () => {
      const server = await START[emulator]();
      try {
        await check(server.endpoint, emulator);
      } finally {
        await server.stop();
      }
    }, 300_000);
  }
}
