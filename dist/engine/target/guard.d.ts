/**
 * Whether `endpoint` is one of AWS's own hosts. The host is compared as DNS resolves it: case
 * and trailing dots (`sqs.us-east-1.amazonaws.com.` is the same host) do not hide it.
 */
export declare function isRealAws(endpoint: string | URL): boolean;
/** Throws unless the load targets an emulator, or the user allowed real AWS explicitly. */
export declare function refuseRealAws(endpoint: string, allowRealAws: boolean): void;
