import { UsageError } from '../errors.js';

/** How a load treats what the instance already holds (see the README's strategy table). */
export type Strategy = 'account-region-merge' | 'merge' | 'deep-merge' | 'overwrite';

export const DEFAULT_STRATEGY: Strategy = 'account-region-merge';

const NAMES: Record<string, Strategy> = {
  'account-region-merge': 'account-region-merge',
  merge: 'merge',
  'service-merge': 'merge',
  'deep-merge': 'deep-merge',
  overwrite: 'overwrite',
};

export function parseStrategy(text: string): Strategy {
  const strategy = NAMES[text];
  if (!strategy) {
    throw new UsageError(`Invalid strategy "${text}": expected one of ${Object.keys(NAMES).join(', ')}.`);
  }
  return strategy;
}
