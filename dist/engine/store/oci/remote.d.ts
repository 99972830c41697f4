/** Where an `oras://` remote points, with its credentials decoded. */
export interface RegistryRemote {
    /** `host[:port]`, as messages name the registry. */
    readonly host: string;
    /** `https://host[:port]`, or `http://` with `?plain-http=true`. */
    readonly origin: string;
    /** The repository prefix the pods live under (`team/pods`); empty for the registry's top level. */
    readonly namespace: string;
    readonly credentials?: {
        readonly username: string;
        readonly password: string;
    };
    /** The remote URL with its secrets masked. */
    readonly display: string;
}
/** Parses `oras://[user:password@]host[:port][/namespace][?plain-http=true]`. */
export declare function parseRegistryUrl(url: URL, display: string): RegistryRemote;
