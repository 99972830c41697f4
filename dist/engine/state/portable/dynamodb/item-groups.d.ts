/**
 * The groups a load of DynamoDB can be limited to (see `ServiceModule.partial`): a table by its
 * name, or single items of a table. A writer of items rarely knows a table's key schema (a
 * `PutItem` names only attributes), so an item group holds the attributes the write named that
 * could be key attributes; the key schema picks the key out of them at restore time.
 */
/** An attribute value in DynamoDB JSON: binary is base64, numbers are text. */
type JsonAttribute = Readonly<Record<string, unknown>>;
export interface ParsedGroup {
    readonly table: string;
    /** Absent for a whole table. */
    readonly item?: Readonly<Record<string, JsonAttribute>>;
}
/** The group of one item of `table`, from the attributes (or key) a write gave it. */
export declare function itemGroup(table: string, attributes: Readonly<Record<string, unknown>>): string;
export declare function parseGroup(group: string): ParsedGroup;
/**
 * A number as one canonical text (`0.<digits>e<exponent>`), so a key matches across calls that
 * write the same number differently: moto answers `1E+3` in a projected Scan and `1e3` elsewhere.
 */
export declare function canonicalNumber(text: string): string;
/**
 * The key of an item in DynamoDB JSON, as one text that compares equal for equal keys; undefined
 * when a key attribute is missing.
 */
export declare function jsonKey(item: Readonly<Record<string, unknown>>, keyNames: readonly string[]): string | undefined;
export {};
