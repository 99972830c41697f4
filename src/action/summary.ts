import * as core from '@actions/core';

/** A pod as the summary shows it. */
export interface SummaryPod {
  readonly ref: string;
  /** Undefined for a pod that was not found. */
  readonly version?: number;
  readonly services: readonly string[];
  readonly resources: number;
  readonly ms: number;
}

/** The summary table's rows: a header, then one row per pod. */
export function podRows(pods: readonly SummaryPod[]): Parameters<typeof core.summary.addTable>[0] {
  const header = ['Pod', 'Version', 'Services', 'Resources', 'Time'].map((data) => ({ data, header: true }));
  return [
    header,
    ...pods.map((pod) => [
      pod.ref,
      pod.version === undefined ? 'missing' : String(pod.version),
      pod.services.join(', ') || '(no state)',
      String(pod.resources),
      `${(pod.ms / 1000).toFixed(1)} s`,
    ]),
  ];
}

/** The number of resources a pod's config counts, over every service. */
export function total(resources: Readonly<Record<string, number>>): number {
  return Object.values(resources).reduce((a, b) => a + b, 0);
}

/**
 * Appends a heading, a line and, when there are pods, their table to the job summary. A run with
 * no summary file (GitHub's local runner, `@github/local-action`) has none to write.
 */
export async function writeSummary(heading: string, line: string, pods: readonly SummaryPod[]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  core.summary.addHeading(heading, 3).addRaw(line, true);
  if (pods.length > 0) core.summary.addTable(podRows(pods));
  await core.summary.write();
}
