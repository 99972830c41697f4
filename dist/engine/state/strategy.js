import { UsageError } from '../errors.js';
export const DEFAULT_STRATEGY = 'account-region-merge';
const NAMES = {
    'account-region-merge': 'account-region-merge',
    merge: 'merge',
    'service-merge': 'merge',
    'deep-merge': 'deep-merge',
    overwrite: 'overwrite',
};
export function parseStrategy(text) {
    const strategy = NAMES[text];
    if (!strategy) {
        throw new UsageError(`Invalid strategy "${text}": expected one of ${Object.keys(NAMES).join(', ')}.`);
    }
    return strategy;
}
