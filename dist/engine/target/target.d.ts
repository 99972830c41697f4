/** What kind of server answers at an endpoint. */
export type Brand = 'localstack' | 'ministack' | 'moto' | 'aws-compatible' | 'aws';
/** A running instance, detected and ready. */
export interface Target {
    readonly endpoint: string;
    readonly brand: Brand;
    /** LocalStack's edition (`community`, `pro`…), when it says; MiniStack says `light`. */
    readonly edition?: string;
    /** The server's own version, when it says. */
    readonly version?: string;
}
export declare const DEFAULT_ENDPOINT = "http://localhost:4566";
