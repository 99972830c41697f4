/** How a load treats what the instance already holds (see the README's strategy table). */
export type Strategy = 'account-region-merge' | 'merge' | 'deep-merge' | 'overwrite';
export declare const DEFAULT_STRATEGY: Strategy;
/** Every name a strategy goes by, aliases included. */
export declare const STRATEGY_NAMES: Readonly<Record<string, Strategy>>;
export declare function parseStrategy(text: string): Strategy;
/** What a strategy does to the instance: the one place the strategies' meaning is decided. */
export interface StrategyEffect {
    /** Each (service, account, region) the pod holds is emptied before the pod's records go in. */
    readonly clearsPodScopes: boolean;
    /** Every region and account of a service it reaches is emptied, not only the pod's. */
    readonly clearsWholeServices: boolean;
    /** It reaches every service the engine knows, not only those of the pod. */
    readonly reachesEveryService: boolean;
}
export declare function strategyEffect(strategy: Strategy): StrategyEffect;
/** The services (or their modules) a load of a pod holding `inPod` can change under `strategy`, among `known`. */
export declare function servicesReached<T>(strategy: Strategy, inPod: readonly T[], known: readonly T[]): T[];
