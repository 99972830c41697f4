/**
 * What a function or one of its aliases holds beside its configuration: its URL and how it is
 * invoked asynchronously (both per qualifier), and the function's reserved concurrency. Each is
 * read into the record's shape and put back as exactly the pod's.
 */
import * as Lambda from '@aws-sdk/client-lambda';
/** A function URL's settings; its address is the instance's to draw. */
export type UrlConfig = {
    authType: string;
    invokeMode?: string;
    cors?: {
        allowCredentials?: boolean;
        allowHeaders?: string[];
        allowMethods?: string[];
        allowOrigins?: string[];
        exposeHeaders?: string[];
        maxAge?: number;
    };
};
/** How Lambda invokes a function asynchronously: retries, event age, destinations. */
export type InvokeConfig = {
    maximumRetryAttempts?: number;
    maximumEventAgeInSeconds?: number;
    onSuccess?: string;
    onFailure?: string;
};
/** What a function (unqualified) or an alias holds of these. */
export type QualifiedSettings = {
    url?: UrlConfig;
    invokeConfig?: InvokeConfig;
};
/** The URL and asynchronous invocation settings of the function, or of its alias `Qualifier`. */
export declare function qualifiedSettings(lambda: Lambda.LambdaClient, FunctionName: string, Qualifier?: string): Promise<QualifiedSettings>;
/** Makes the URL and asynchronous invocation settings of the function (or its alias) the pod's. */
export declare function putQualifiedSettings(lambda: Lambda.LambdaClient, FunctionName: string, wanted: QualifiedSettings, Qualifier?: string): Promise<void>;
/** The function's reserved concurrency; undefined when it has none. */
export declare function reservedConcurrency(lambda: Lambda.LambdaClient, FunctionName: string): Promise<number | undefined>;
export declare function putReservedConcurrency(lambda: Lambda.LambdaClient, FunctionName: string, wanted: number | undefined): Promise<void>;
