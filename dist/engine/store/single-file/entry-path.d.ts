/**
 * Refuses archive entry names that could escape a directory if anyone extracted them: absolute
 * paths, drive letters, backslashes and `..` segments. A pod file holding one is not read at all.
 */
export declare function checkEntryPath(name: string): string;
