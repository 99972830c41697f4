/** Whether `endpoint` is one of AWS's own hosts. */
export declare function isRealAws(endpoint: string): boolean;
/** Throws unless the load targets an emulator, or the user allowed real AWS explicitly. */
export declare function refuseRealAws(endpoint: string, allowRealAws: boolean): void;
