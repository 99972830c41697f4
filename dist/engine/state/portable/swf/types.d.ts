import * as SWF from '@aws-sdk/client-swf';
import type { ServiceContext } from '../../module.js';
import { type RecordKind } from '../kit/index.js';
/** The two listings SWF keeps domains and types in. */
export type Status = 'REGISTERED' | 'DEPRECATED';
/** A workflow or an activity type: its defaults as SWF describes them, which are what registering it takes. */
export type TypeData = {
    domain: string;
    name: string;
    version: string;
    description?: string;
    deprecated?: true;
    defaults: Readonly<Record<string, unknown>>;
};
/** What differs between workflow types and activity types: the calls, and the field naming the type. */
interface TypeApi {
    readonly kind: RecordKind<TypeData>;
    list(s: SWF.SWFClient, domain: string, registrationStatus: Status): Promise<SWF.WorkflowType[]>;
    describe(s: SWF.SWFClient, domain: string, type: SWF.WorkflowType): Promise<{
        info: {
            status?: string;
            description?: string;
        };
        defaults: object;
    } | undefined>;
    register(s: SWF.SWFClient, t: TypeData): Promise<unknown>;
    deprecate(s: SWF.SWFClient, domain: string, type: SWF.WorkflowType): Promise<unknown>;
    undeprecate(s: SWF.SWFClient, domain: string, type: SWF.WorkflowType): Promise<unknown>;
}
export declare const TYPE_APIS: readonly TypeApi[];
/** Every type of `domain` of one kind, registered and deprecated, by name and version. */
export declare function captureTypes(s: SWF.SWFClient, region: string, domain: string, api: TypeApi): AsyncGenerator<import("../../module.js").CapturedRecord, void, unknown>;
/** Deprecates every registered type of `domain` (SWF deletes no type that is in use, and emulators none at all). */
export declare function deprecateTypes(s: SWF.SWFClient, domain: string): Promise<void>;
/**
 * Registered when missing, then deprecated or undeprecated as the pod has it. SWF changes no
 * type once registered (a change is a new version): one that differs stays as it is, said so.
 */
export declare function restoreType(context: ServiceContext, s: SWF.SWFClient, api: TypeApi, t: TypeData): Promise<void>;
export {};
