import type { Json } from './read.js';

/**
 * A field the comparison leaves out, and why. `path` is dot-separated: `*` stands for one
 * segment (a region, a resource's name), `**` for any number, and a segment ending in `*` for
 * those that start with what comes before it; a rule covers what is below the path too. `where` limits it to some round trips (`moto->moto`, `localstack->moto`, ...).
 */
export interface PathRule {
  readonly path: string;
  readonly why: string;
  readonly where?: readonly string[];
}

/** One path whose value differs: what the first dump held there and what the second holds. */
export interface Difference {
  readonly path: string[];
  readonly before: Json | undefined;
  readonly after: Json | undefined;
}

export interface Comparison {
  /** Differences no rule covers. */
  readonly unexplained: Difference[];
  /** The gap rules that cover no difference: gaps that are no longer there. */
  readonly unusedGaps: PathRule[];
  /** A readable account of both, for a failure message. */
  readonly report: string;
}

/**
 * Compares two dumps of one round trip (`direction`), leaving out what `volatile` rules cover
 * and expecting every applicable `gaps` rule to cover at least one difference.
 */
export function compareDumps(before: Json, after: Json, direction: string, volatile: readonly PathRule[], gaps: readonly PathRule[]): Comparison {
  const applies = (rule: PathRule) => !rule.where || rule.where.includes(direction);
  const drop = volatile.filter(applies).map((r) => ({ rule: r, pattern: r.path.split('.') }));
  const known = gaps.filter(applies).map((r) => ({ rule: r, pattern: r.path.split('.') }));
  const used = new Set<PathRule>();
  const unexplained: Difference[] = [];
  for (const difference of differences(before, after, [])) {
    if (drop.some(({ pattern }) => coversPath(pattern, difference.path))) continue;
    const gap = known.find(({ pattern }) => coversPath(pattern, difference.path));
    if (gap) used.add(gap.rule);
    else unexplained.push(difference);
  }
  const unusedGaps = known.map((k) => k.rule).filter((r) => !used.has(r));
  const show = (value: Json | undefined) => (value === undefined ? '(absent)' : truncate(JSON.stringify(value)));
  const report = [
    ...unexplained.map((d) => `${direction}: ${d.path.join('.')}: ${show(d.before)} -> ${show(d.after)}`),
    ...unusedGaps.map((g) => `${direction}: known gap no longer found (remove it): ${g.path} (${g.why})`),
  ].join('\n');
  return { unexplained, unusedGaps, report };
}

function truncate(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}...` : text;
}

/** Whether `pattern` matches `path` or one of its prefixes. */
export function coversPath(pattern: readonly string[], path: readonly string[]): boolean {
  if (pattern.length === 0) return true;
  const [head, ...rest] = pattern;
  if (head === '**') {
    for (let i = 0; i <= path.length; i++) if (coversPath(rest, path.slice(i))) return true;
    return false;
  }
  if (path.length === 0) return false;
  const matches = head === '*' || head === path[0] || (head!.endsWith('*') && path[0]!.startsWith(head!.slice(0, -1)));
  return matches && coversPath(rest, path.slice(1));
}

/** The leaf paths where two JSON values differ; a key present on one side only is one difference. */
export function* differences(a: Json | undefined, b: Json | undefined, path: string[]): Generator<Difference> {
  const isObject = (v: unknown): v is Record<string, Json> => !!v && typeof v === 'object';
  if (isObject(a) && isObject(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = Array.isArray(a)
      ? Array.from({ length: Math.max(a.length as number, (b as unknown as Json[]).length) }, (_, i) => String(i))
      : [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) yield* differences((a as any)[key], (b as any)[key], [...path, key]);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) yield { path, before: a, after: b };
}
