import type { AwsClientConfig } from '../../../target/aws.js';
import type { ServiceContext } from '../../module.js';
/** An AWS SDK v3 client class, constructed from the engine's configuration plus `Settings`. */
type ClientClass<C, Settings> = new (config: AwsClientConfig & Settings) => C;
/** A module's SDK client of one region, in the account of a context. */
export type ClientFactory<C> = (context: ServiceContext, region: string) => C;
/**
 * The region every instance serves each of its services in: an operation it lacks there, it
 * lacks in every region (see `unlessUnimplemented`). Elsewhere a service may be missing in one
 * region only (moto's SES, LocalStack's regions without a backend).
 */
export declare const REFERENCE_REGION = "us-east-1";
/** Of a client `clientOf` made: its region, and an object every client of its class on its instance shares. */
export interface ClientOrigin {
    readonly region: string;
    readonly family: object;
}
export declare function originOf(client: object): ClientOrigin | undefined;
/**
 * The client factory of one SDK client class: one client per context and region, made on first
 * use with the context's endpoint and credentials plus `settings`, and kept for the context's
 * life. Nothing needs destroying: every client shares the process's connection pool (see
 * `awsClientConfig`), and a client holds nothing else.
 */
export declare function clientOf<C, Settings extends object = object>(Client: ClientClass<C, Settings>, settings?: Settings): ClientFactory<C>;
export {};
