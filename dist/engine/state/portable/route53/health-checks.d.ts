import * as R53 from '@aws-sdk/client-route-53';
/**
 * Health checks, which record sets name by id. The instance draws the id; a load makes the
 * check anew and the zones restored after it name the new one.
 */
type Tag = {
    Key: string;
    Value?: string;
};
export type HealthCheckData = {
    id: string;
    config: R53.HealthCheckConfig;
    tags?: Tag[];
};
export declare const HEALTH_CHECK: import("../kit/records.js").RecordKind<HealthCheckData>;
export declare function healthChecks(r53: R53.Route53Client): Promise<R53.HealthCheck[]>;
export declare function captureHealthCheck(r53: R53.Route53Client, h: R53.HealthCheck): Promise<HealthCheckData>;
/** Creates the check; returns the id the instance gave it. */
export declare function restoreHealthCheck(r53: R53.Route53Client, h: HealthCheckData): Promise<string>;
export declare function deleteHealthCheck(r53: R53.Route53Client, id: string): Promise<void>;
export {};
