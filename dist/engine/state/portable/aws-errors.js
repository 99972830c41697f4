/** The error name an AWS SDK v3 client gives a service error (`NoSuchBucket`, `ResourceNotFoundException`…). */
export function awsErrorName(error) {
    const e = error;
    return e?.Code ?? e?.name ?? '';
}
/** Resolves to undefined when the call fails with one of `names` (a setting that is not set). */
export async function unlessMissing(call, names) {
    try {
        return await call;
    }
    catch (error) {
        if (names.includes(awsErrorName(error)))
            return undefined;
        throw error;
    }
}
