/** How a load treats what the instance already holds (see the README's strategy table). */
export type Strategy = 'account-region-merge' | 'merge' | 'deep-merge' | 'overwrite';
export declare const DEFAULT_STRATEGY: Strategy;
export declare function parseStrategy(text: string): Strategy;
