import { UsageError } from '../errors.js';
export const DEFAULT_STRATEGY = 'account-region-merge';
/** Every name a strategy goes by, aliases included. */
export const STRATEGY_NAMES = {
    'account-region-merge': 'account-region-merge',
    merge: 'merge',
    'service-merge': 'merge',
    'deep-merge': 'deep-merge',
    overwrite: 'overwrite',
};
export function parseStrategy(text) {
    const strategy = STRATEGY_NAMES[text];
    if (!strategy) {
        throw new UsageError(`Invalid strategy "${text}": expected one of ${Object.keys(STRATEGY_NAMES).join(', ')}.`);
    }
    return strategy;
}
const EFFECTS = {
    'account-region-merge': { clearsPodScopes: true, clearsWholeServices: false, reachesEveryService: false },
    merge: { clearsPodScopes: true, clearsWholeServices: true, reachesEveryService: false },
    'deep-merge': { clearsPodScopes: false, clearsWholeServices: false, reachesEveryService: false },
    overwrite: { clearsPodScopes: true, clearsWholeServices: true, reachesEveryService: true },
};
export function strategyEffect(strategy) {
    return EFFECTS[strategy];
}
/** The services (or their modules) a load of a pod holding `inPod` can change under `strategy`, among `known`. */
export function servicesReached(strategy, inPod, known) {
    return EFFECTS[strategy].reachesEveryService ? [...known] : [...inPod];
}
