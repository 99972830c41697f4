import { UsageError } from '../errors.js';

/** How a load treats what the instance already holds (see the README's strategy table). */
export type Strategy = 'account-region-merge' | 'merge' | 'deep-merge' | 'overwrite';

export const DEFAULT_STRATEGY: Strategy = 'account-region-merge';

/** Every name a strategy goes by, aliases included. */
export const STRATEGY_NAMES: Readonly<Record<string, Strategy>> = {
  'account-region-merge': 'account-region-merge',
  merge: 'merge',
  'service-merge': 'merge',
  'deep-merge': 'deep-merge',
  overwrite: 'overwrite',
};

export function parseStrategy(text: string): Strategy {
  const strategy = STRATEGY_NAMES[text];
  if (!strategy) {
    throw new UsageError(`Invalid strategy "${text}": expected one of ${Object.keys(STRATEGY_NAMES).join(', ')}.`);
  }
  return strategy;
}

/** What a strategy does to the instance: the one place the strategies' meaning is decided. */
export interface StrategyEffect {
  /** Each (service, account, region) the pod holds is emptied before the pod's records go in. */
  readonly clearsPodScopes: boolean;
  /** Every region and account of a service it reaches is emptied, not only the pod's. */
  readonly clearsWholeServices: boolean;
  /** It reaches every service the engine knows, not only those of the pod. */
  readonly reachesEveryService: boolean;
}

const EFFECTS: Readonly<Record<Strategy, StrategyEffect>> = {
  'account-region-merge': { clearsPodScopes: true, clearsWholeServices: false, reachesEveryService: false },
  merge: { clearsPodScopes: true, clearsWholeServices: true, reachesEveryService: false },
  'deep-merge': { clearsPodScopes: false, clearsWholeServices: false, reachesEveryService: false },
  overwrite: { clearsPodScopes: true, clearsWholeServices: true, reachesEveryService: true },
};

export function strategyEffect(strategy: Strategy): StrategyEffect {
  return EFFECTS[strategy];
}

/** The services (or their modules) a load of a pod holding `inPod` can change under `strategy`, among `known`. */
export function servicesReached<T>(strategy: Strategy, inPod: readonly T[], known: readonly T[]): T[] {
  return EFFECTS[strategy].reachesEveryService ? [...known] : [...inPod];
}
