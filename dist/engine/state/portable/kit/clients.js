/**
 * The region every instance serves each of its services in: an operation it lacks there, it
 * lacks in every region (see `unlessUnimplemented`). Elsewhere a service may be missing in one
 * region only (moto's SES, LocalStack's regions without a backend).
 */
export const REFERENCE_REGION = 'us-east-1';
const origins = new WeakMap();
export function originOf(client) {
    return origins.get(client);
}
/** Marks what a call throws with the operation's name (`CreateStage`), for failure reports. */
const nameOperation = (next, { commandName }) => async (args) => {
    try {
        return await next(args);
    }
    catch (error) {
        if (typeof error === 'object' && error !== null && !('operation' in error) && typeof commandName === 'string') {
            Object.defineProperty(error, 'operation', { value: commandName.replace(/Command$/, '') });
        }
        throw error;
    }
};
/**
 * The client factory of one SDK client class: one client per context and region, made on first
 * use with the context's endpoint and credentials plus `settings`, and kept for the context's
 * life. Nothing needs destroying: every client shares the process's connection pool (see
 * `awsClientConfig`), and a client holds nothing else.
 */
export function clientOf(Client, settings) {
    const made = new WeakMap();
    const families = new WeakMap();
    return (context, region) => {
        let byRegion = made.get(context);
        if (!byRegion)
            made.set(context, (byRegion = new Map()));
        let client = byRegion.get(region);
        if (!client) {
            client = new Client({ ...context.config(region), ...settings });
            client.middlewareStack.add(nameOperation, {
                step: 'initialize',
                name: 'nameOperation',
            });
            byRegion.set(region, client);
            let family = families.get(context.target);
            if (!family)
                families.set(context.target, (family = {}));
            origins.set(client, { region, family });
        }
        return client;
    };
}
