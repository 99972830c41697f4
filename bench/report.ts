import type { StateSpec } from './dataset.js';
import type { Tuning } from './seed.js';

/** One measured step: a seeding baseline, a save or a load. */
export interface Step {
  readonly label: string;
  readonly seconds: number;
  /** Peak RSS of the CLI process that did the work. */
  readonly peakRssMb?: number;
  /** CPU seconds of that process. */
  readonly podsCpu?: number;
  /** CPU seconds the emulator's processes used during the step. */
  readonly emulatorCpu?: number;
  /** Blob bytes a save wrote that the store did not have, besides its manifest. */
  readonly newBytes?: number;
  readonly note?: string;
  /** A load of the whole state: compared with baselines (a) and (b). */
  readonly isLoad?: boolean;
  /** A load of the S3-only pod: compared with baseline (c) and the S3 part of (a) and (b). */
  readonly isS3Only?: boolean;
  /** The per-file restore, compared with re-running baseline (a). */
  readonly isPerFile?: boolean;
}

/** Every step of one state size on one emulator. */
export interface Section {
  readonly emulator: string;
  readonly size: StateSpec;
  readonly tuning?: Tuning;
  /** Seconds of the baselines: whole state for (a) and (b), S3 only for (c), `aS3`, `bS3`. */
  readonly baselines: { a: number; b?: number; c?: number; aS3?: number; bS3?: number };
  readonly steps: Step[];
}

/** Baseline time over step time: above 1 the step is faster than the baseline. */
function ratio(baseline: number | undefined, seconds: number): string {
  if (baseline === undefined) return '';
  return `${(baseline / seconds).toFixed(2)}×`;
}

function ratios(section: Section, step: Step): [string, string, string] {
  const { a, b, c, aS3, bS3 } = section.baselines;
  if (step.isS3Only) return [ratio(aS3, step.seconds), ratio(bS3, step.seconds), ratio(c, step.seconds)];
  if (step.label.startsWith('baseline (c)')) return [ratio(aS3, step.seconds), ratio(bS3, step.seconds), ratio(c, step.seconds)];
  return [ratio(a, step.seconds), ratio(b, step.seconds), ''];
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)}`;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** What the state holds, in one line. */
function describe(spec: StateSpec): string {
  return (
    `${spec.objects.toLocaleString('en')} objects in ${spec.buckets} buckets (${mb(spec.objectBytes)} MB, ` +
    `${size(spec.minObject)}–${size(spec.maxObject)}), ` +
    `${spec.items.toLocaleString('en')} items in ${spec.tables} tables, ${spec.queues}×${spec.messagesPerQueue} messages, ` +
    `${spec.parameters} parameters, ${spec.secrets} secrets`
  );
}

const HEAD = ['step', 'time s', 'S3 MB/s', 'peak RSS MB', 'pods CPU s', 'emulator CPU s', '× (a)', '× (b)', '× (c)', 'new bytes¹', 'note'];

function rows(section: Section): string[][] {
  return section.steps.map((step) => [
    step.label,
    step.seconds.toFixed(2),
    step.isPerFile ? '' : (section.size.objectBytes / 1024 / 1024 / step.seconds).toFixed(1),
    step.peakRssMb === undefined ? '' : step.peakRssMb.toFixed(0),
    step.podsCpu === undefined ? '' : step.podsCpu.toFixed(1),
    step.emulatorCpu === undefined ? '' : step.emulatorCpu.toFixed(1),
    ...ratios(section, step),
    step.newBytes === undefined ? '' : `${mb(step.newBytes)} MB`,
    step.note ?? '',
  ]);
}

/** A target and whether the section meets it. */
export interface TargetCheck {
  readonly target: string;
  readonly met: boolean;
  readonly measured: string;
}

/** The targets, checked against one section (those the section measures). */
export function targets(section: Section): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const { a, b } = section.baselines;
  for (const step of section.steps.filter((s) => s.isLoad && s.label.includes('reset instance'))) {
    const name = step.label.replace('load ', '').replace(' (reset instance)', '');
    if (b !== undefined) {
      checks.push({ target: `load ${name} ≥ 0.9× (b)`, met: b / step.seconds >= 0.9, measured: ratio(b, step.seconds) });
    }
    checks.push({ target: `load ${name} ≥ 5× (a)`, met: a / step.seconds >= 5, measured: ratio(a, step.seconds) });
  }
  const first = section.steps.find((s) => s.label === 'save (first)');
  const second = section.steps.find((s) => s.label === 'save (unchanged state)');
  if (first && second) {
    checks.push({ target: 'unchanged save writes 0 new blob bytes¹', met: second.newBytes === 0, measured: `${second.newBytes} B` });
    const share = second.seconds / first.seconds;
    const floor = section.steps.find((s) => s.label.startsWith('floor:'));
    const limit = floor ? ` (reading the state once takes ${(floor.seconds / first.seconds).toFixed(2)}×)` : '';
    checks.push({ target: 'unchanged save ≤ 0.2× first save', met: share <= 0.2, measured: `${share.toFixed(2)}×${limit}` });
  }
  const rss = section.steps.map((s) => s.peakRssMb ?? 0);
  if (rss.some((r) => r > 0)) {
    const peak = Math.max(...rss);
    checks.push({ target: 'peak RSS of save/load ≤ 200 MB', met: peak <= 200, measured: `${peak.toFixed(0)} MB` });
  }
  for (const perFile of section.steps.filter((s) => s.isPerFile)) {
    const share = perFile.seconds / a;
    checks.push({ target: `${perFile.label} ≤ 0.2× re-running (a)`, met: share <= 0.2, measured: `${share.toFixed(2)}×` });
  }
  return checks;
}

function title(section: Section): string {
  return `${section.emulator}, ${section.size.name} state: ${describe(section.size)}`;
}

const FOOTNOTE = '¹ blob bytes the store did not have, besides the manifest (a new one per save: it holds the time)';

/** Columns padded to one width, the first and last to the left (labels, notes), the rest to the right (figures). */
export function alignedTable(head: readonly string[], body: readonly string[][]): string {
  const table = [head, ...body];
  const widths = head.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) =>
    r.map((cell, i) => (i === 0 || i === r.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return table.map(line).join('\n');
}

export function markdownTable(head: readonly string[], body: readonly string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)];
}

/** A compact text table of one section, with its targets, for the terminal. */
export function formatTable(section: Section): string {
  const checks = targets(section).map((t) => `  ${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.measured}`);
  return `\n${title(section)}\n${alignedTable(HEAD, rows(section))}\n${checks.join('\n')}\n${FOOTNOTE}\n`;
}

/** Every section as Markdown tables, with tuning probes and targets. */
export function formatMarkdown(sections: readonly Section[]): string {
  const out: string[] = [];
  for (const section of sections) {
    out.push(`\n### ${title(section)}\n`);
    out.push(...markdownTable(HEAD, rows(section)));
    if (section.tuning) {
      const probe = (p: Record<number, number>) =>
        Object.entries(p)
          .map(([n, s]) => `×${n} ${s.toFixed(2)} s`)
          .join(', ');
      out.push('', `Baseline (b) concurrency probe: S3 ${probe(section.tuning.probes.s3!)}; DynamoDB ${probe(section.tuning.probes.dynamodb!)}.`);
    }
    out.push('', ...targets(section).map((t) => `- ${t.met ? '✅' : '❌'} ${t.target}: ${t.measured}`));
  }
  out.push('', FOOTNOTE);
  return `${out.join('\n')}\n`;
}
