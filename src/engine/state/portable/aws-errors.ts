/** The error name an AWS SDK v3 client gives a service error (`NoSuchBucket`, `ResourceNotFoundException`…). */
export function awsErrorName(error: unknown): string {
  const e = error as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  return e?.Code ?? e?.name ?? '';
}

/** Resolves to undefined when the call fails with one of `names` (a setting that is not set). */
export async function unlessMissing<T>(call: Promise<T>, names: readonly string[]): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (names.includes(awsErrorName(error))) return undefined;
    throw error;
  }
}
