/** `partial.select` for modules whose every record belongs to one group, named by `groupOf`. */
export function byGroup(groupOf) {
    return (groups) => (record) => groups.has(groupOf(record));
}
/** How a resource is named in progress and failure reports (the service goes before it): its record's type and id. */
export function labelOf(record) {
    return `${record.type} ${record.id}`;
}
