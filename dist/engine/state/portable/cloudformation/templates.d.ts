/** A resource of a stack as the pod keeps it. */
export type StackResource = {
    logicalId: string;
    physicalId: string;
    type: string;
};
type Template = {
    Resources?: Record<string, {
        Type?: string;
        Properties?: Record<string, unknown>;
        DeletionPolicy?: unknown;
    }>;
    Outputs?: unknown;
};
/** A template body as an object, or undefined when it is not JSON (YAML cannot be adapted here). */
export declare function parseTemplate(body: string): Template | undefined;
/** The resources an IMPORT can adopt (of a type whose identifier is known), each with its identifier. */
export declare function resourcesToImport(resources: readonly StackResource[]): {
    ResourceType: string;
    LogicalResourceId: string;
    ResourceIdentifier: {
        [x: string]: string;
    };
}[];
/**
 * The template an IMPORT of `imported` (logical ids) accepts: the stack's, with those resources
 * alone (an import adds nothing else), without outputs (an import may not add them) and with a
 * DeletionPolicy on every resource (an import requires one). The update that follows puts back
 * the template as it was, which makes the other resources.
 */
export declare function importTemplate(template: Template, imported: readonly string[]): Template;
/**
 * The template with the name of every resource CloudFormation named itself written in, and the
 * logical ids so pinned: created again, the stack finds the resources under their names.
 * Resources of types whose name property is unknown are left as they are (`unpinned`).
 */
export declare function pinnedTemplate(template: Template, resources: readonly StackResource[]): {
    template: Template;
    pinned: string[];
    unpinned: string[];
};
export {};
