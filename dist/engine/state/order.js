/**
 * Groups modules into levels: each level depends only on earlier ones, so a level's modules
 * restore concurrently after the previous level, and clear in the reverse order.
 */
export function dependencyLevels(modules) {
    const present = new Set(modules.map((m) => m.name));
    const placed = new Set();
    const levels = [];
    let remaining = [...modules];
    while (remaining.length > 0) {
        const level = remaining.filter((m) => m.dependsOn.every((d) => !present.has(d) || placed.has(d)));
        if (level.length === 0) {
            throw new Error(`Service modules depend on each other in a cycle: ${remaining.map((m) => m.name).join(', ')}`);
        }
        for (const m of level)
            placed.add(m.name);
        remaining = remaining.filter((m) => !placed.has(m.name));
        levels.push(level);
    }
    return levels;
}
