import * as R53 from '@aws-sdk/client-route-53';
import type { ServiceContext } from '../../module.js';
/**
 * A hosted zone is one record with all its record sets. The instance draws a zone's id when it
 * makes the zone, and no API takes one, so a load gives the zone a new id and hands it on with
 * `context.renamed`. The SOA record and the apex NS record come with every public zone, naming
 * the instance's own name servers: the instance's are kept.
 */
type Tag = {
    Key: string;
    Value?: string;
};
export type ZoneData = {
    id: string;
    name: string;
    comment?: string;
    privateZone?: boolean;
    vpcs?: {
        VPCRegion?: string;
        VPCId?: string;
    }[];
    recordSets?: R53.ResourceRecordSet[];
    tags?: Tag[];
};
export declare const HOSTED_ZONE: import("../kit/records.js").RecordKind<ZoneData>;
/** `/hostedzone/Z123` as the API answers it; `Z123` as ARNs, tags and users name it. */
export declare const bareZoneId: (id: string) => string;
export declare function hostedZones(r53: R53.Route53Client): Promise<R53.HostedZone[]>;
export declare function captureZone(r53: R53.Route53Client, zone: R53.HostedZone): Promise<ZoneData>;
/** Deletes the record sets the zone did not come with, then the zone: AWS deletes no zone that holds others. */
export declare function deleteZone(r53: R53.Route53Client, zone: {
    Id?: string;
    Name?: string;
}): Promise<void>;
/**
 * Makes the zone the pod's: any zone of its name (and privacy) goes first, then it is created,
 * with the pod's record sets, VPCs and tags. Record sets that alias another zone of the pod name
 * the id it got in this load.
 */
export declare function restoreZone(context: ServiceContext, r53: R53.Route53Client, z: ZoneData, zoneIdOf: (id: string) => string): Promise<string>;
export {};
