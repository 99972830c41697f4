/**
 * The region whose capture holds a resource kept in several regions (a table with replicas, a
 * global table): the first, in code-unit order, of its regions that the save captures. Every
 * region's capture sees the same regions and decides alike without asking the others, so the
 * resource is saved once (a replicated table's items once), in the same layer save after save.
 * Among the captured regions only, so a save limited to some regions still holds it.
 */
export function holdingRegion(regions, captured) {
    return regions.filter((region) => captured.includes(region)).sort()[0];
}
