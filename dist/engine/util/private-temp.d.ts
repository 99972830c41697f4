/** Mode of every temporary file: its owner reads and writes, nobody else. */
export declare const PRIVATE_FILE_MODE = 384;
/** This process's private temporary directory, made on first use. */
export declare function privateTempDir(): string;
