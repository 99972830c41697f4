/**
 * The instance's session: an id it draws each time it starts, so a record that outlives a
 * restart (persistence) shows it. LocalStack reports one (`session_id` of `/_localstack/info`);
 * moto and MiniStack report none (moto keeps no state across a restart, so the record goes with
 * the rest). Undefined when there is none, or the instance does not say within 5 s.
 */
export async function instanceSession(target) {
    if (target.brand !== 'localstack')
        return undefined;
    try {
        const response = await fetch(`${target.endpoint}/_localstack/info`, { signal: AbortSignal.timeout(5_000) });
        if (!response.ok) {
            await response.body?.cancel();
            return undefined;
        }
        const info = (await response.json());
        return typeof info.session_id === 'string' ? info.session_id : undefined;
    }
    catch {
        return undefined;
    }
}
