import type { ServiceContext } from '../../module.js';
/**
 * The ids one region's load got from the instance, by the pod's. The instance draws most EC2
 * ids (LocalStack takes a security group's from a tag): every reference is looked up here, each
 * new id is handed to the modules restored later (`context.renamed`), and each kind of resource
 * is reported once.
 */
export declare class Renames {
    private readonly context;
    private readonly ids;
    private readonly reported;
    constructor(context: ServiceContext);
    readonly of: <T extends string | undefined>(id: T) => T;
    /** Notes that the resource `from` of `kind` (its label) is `to` in the instance. */
    got(kind: {
        readonly type: string;
        label(id: string): string;
    }, from: string, to: string): void;
}
