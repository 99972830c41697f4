/** A unique temporary path beside `target`, so a rename onto `target` stays on one file system. */
export declare function tempPathFor(target: string): string;
/** Writes `bytes` to `target` so readers see the old content or the new, never a part. */
export declare function writeFileAtomic(target: string, bytes: Uint8Array | string): Promise<void>;
