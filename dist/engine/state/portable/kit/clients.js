/**
 * The client factory of one SDK client class: one client per context and region, made on first
 * use with the context's endpoint and credentials plus `settings`, and kept for the context's
 * life. Nothing needs destroying: every client shares the process's connection pool (see
 * `awsClientConfig`), and a client holds nothing else.
 */
export function clientOf(Client, settings) {
    const made = new WeakMap();
    return (context, region) => {
        let byRegion = made.get(context);
        if (!byRegion)
            made.set(context, (byRegion = new Map()));
        let client = byRegion.get(region);
        if (!client)
            byRegion.set(region, (client = new Client({ ...context.config(region), ...settings })));
        return client;
    };
}
