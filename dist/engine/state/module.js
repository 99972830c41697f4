/** `partial.select` for modules whose every record belongs to one group, named by `groupOf`. */
export function byGroup(groupOf) {
    return (groups) => (record) => groups.has(groupOf(record));
}
