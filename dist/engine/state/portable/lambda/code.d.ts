/**
 * Function and layer code packages: read at capture from where Lambda says they are (or from the
 * instance's own S3 when that address cannot serve them), and handed back to Lambda at restore.
 */
import type * as Lambda from '@aws-sdk/client-lambda';
import { type CapturedPayload, type CapturedRecord, type PodRecord, type ServiceContext } from '../../module.js';
/** Why a record has no payload: the emulator answered no code at the location it gave. */
declare const CODE_UNAVAILABLE = "unavailable";
/** What a function version's or layer version's record says about its code. */
export type CodeData = {
    codeSha256?: string;
    imageUri?: string;
    /** Set when the code could not be read: the payload is missing on purpose. */
    code?: typeof CODE_UNAVAILABLE;
};
/** Code as a record holds it: its fields, and the package as the record's payload when it was read. */
export type CapturedCode = {
    data: CodeData;
    payload?: CapturedPayload;
};
/** Reads the code at a location Lambda gives, whose SHA-256 is `expected`: undefined when none is served. */
export type CodeReader = (location: string | undefined, expected: string | undefined) => Promise<Buffer | undefined>;
/**
 * Reads function and layer code from the location Lambda gives. When that address cannot serve
 * it (an unresolvable emulator host name, or a real-AWS host an emulator only names), the same
 * bucket and key are read from the instance's own S3.
 */
export declare function codeReader(context: ServiceContext, region: string): CodeReader;
/** A zip package's record fields and payload, read from `location`; marked unavailable when it is not served. */
export declare function zipCode(read: CodeReader, location: string | undefined, codeSha256: string | undefined): Promise<CapturedCode>;
/** Says so when a record's code could not be read: the pod then holds its configuration only. */
export declare function warnIfUnavailable(context: ServiceContext, record: CapturedRecord): void;
/** A record's zip package: the pod's, or the empty placeholder when the pod holds none. */
export declare function zipOf(record: PodRecord): Promise<Buffer>;
/** A function version's code as CreateFunction and UpdateFunctionCode take it. */
export declare function functionCodeOf(record: PodRecord, code: CodeData): Promise<Lambda.FunctionCode>;
export {};
