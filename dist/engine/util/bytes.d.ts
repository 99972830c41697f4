/** A size for people: bytes, or KiB, MiB… with one decimal. */
export declare function formatBytes(bytes: number): string;
