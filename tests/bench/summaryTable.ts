/**
 * The summary table of issue 12 ("How it is checked"): each measure for the
 * stock baseline and for this project, their ratio, and the goal, with
 * whether this run meets it.
 */
import type { BenchFigures } from './figures';
import { kib, markdownTable, ms, msAuto, note } from './report';

const two = (value: number) => value.toFixed(2);

/** Checks every goal of the table against this run's figures. */
export function checkGoals(f: Omit<BenchFigures, 'goals'>): BenchFigures['goals'] {
  const third = (value: number) => ({
    value: Number(two(value)),
    goal: '≤ 0.33',
    met: value <= 0.33,
  });
  const goals: BenchFigures['goals'] = {
    bundleMinified: third(f.bundle.ratio.minified),
    coldImport: third(f.cold.ratios.importMs),
    coldFirstRequest: third(f.cold.ratios.firstRequestMs),
    coldImportPlusFirstRequest: third(f.cold.ratios.coldMs),
  };
  for (const shape of f.warm.shapes) {
    goals[`warm${shape.shape}OursToRaw`] = {
      value: Number(two(shape.ratios.oursToRaw)),
      goal: '≤ 1.5',
      met: shape.ratios.oursToRaw <= 1.5,
    };
  }
  const ours = Object.values(f.requestsPerRead).map((r) => r.ours);
  goals.requestsPerRead = {
    value: ours.map((t) => (t.min === t.max ? String(t.max) : `${t.min}–${t.max}`)).join(' / '),
    goal: '2 at any size',
    met: ours.every((t) => t.max <= 2) && new Set(ours.map((t) => t.max)).size === 1,
  };
  return goals;
}

const verdict = (goal: { goal: string; met: boolean } | undefined) =>
  goal ? `${goal.goal}: ${goal.met ? 'met' : 'not met'}` : '';

export function summaryTable(f: BenchFigures): string {
  const { bundle, cold, warm, goals } = f;
  const size = (s: { bytes: number; gzipBytes: number }) =>
    `${kib(s.bytes)} (gzip ${kib(s.gzipBytes)})`;
  const wallAndCpu = (wall: number, cpu: number) => `${ms(wall)} (CPU ${ms(cpu)})`;
  const coldRow = (
    label: string,
    pick: (s: typeof cold.stock) => [number, number],
    ratios: [number, number],
    goal: string,
  ) => [
    label,
    wallAndCpu(...pick(cold.stock)),
    wallAndCpu(...pick(cold.ours)),
    `${two(ratios[0])} (CPU ${two(ratios[1])})`,
    verdict(goals[goal]),
  ];
  const warmRows = warm.shapes.map((s) => [
    `warm whole-map read ${s.label}${s.expected.painPoints > 0 ? ' (with pain points and KPIs)' : ''}, vs one raw Query`,
    `${msAuto(s.stock.medianMs)} (p95 ${msAuto(s.stock.p95Ms)}; ${two(s.ratios.stockToRaw)}× raw)`,
    `${msAuto(s.ours.medianMs)} (p95 ${msAuto(s.ours.p95Ms)}); raw Query ${msAuto(s.raw.medianMs)} (p95 ${msAuto(s.raw.p95Ms)})`,
    `ours/raw ${two(s.ratios.oursToRaw)}`,
    verdict(goals[`warm${s.shape}OursToRaw`]),
  ]);
  const perRead = Object.values(f.requestsPerRead);
  const counts = (pick: (r: (typeof perRead)[number]) => { min: number; max: number }) =>
    perRead
      .map(pick)
      .map((t) => (t.min === t.max ? String(t.max) : `${t.min}–${t.max}`))
      .join(' / ');

  const rows = [
    [
      'bundle, minified (and gzip)',
      size(bundle.stock),
      size(bundle.ours),
      `${two(bundle.ratio.minified)} (gzip ${two(bundle.ratio.gzip)})`,
      verdict(goals.bundleMinified),
    ],
    coldRow(
      'cold: import of the bundle, fresh `node`',
      (s) => [s.importMs, s.importCpuMs],
      [cold.ratios.importMs, cold.ratios.importCpuMs],
      'coldImport',
    ),
    coldRow(
      `cold: first whole-map request (${cold.shape}) after import`,
      (s) => [s.firstRequestMs, s.firstRequestCpuMs],
      [cold.ratios.firstRequestMs, cold.ratios.firstRequestCpuMs],
      'coldFirstRequest',
    ),
    coldRow(
      'cold: import + first request',
      (s) => [s.coldMs, s.coldCpuMs],
      [cold.ratios.coldMs, cold.ratios.coldCpuMs],
      'coldImportPlusFirstRequest',
    ),
    ...warmRows,
    [
      `DynamoDB requests per whole-map read, ${warm.shapes.map((s) => s.label).join(' / ')}`,
      counts((r) => r.stock),
      counts((r) => r.ours),
      '',
      verdict(goals.requestsPerRead),
    ],
  ];
  const legend = note(
    `Ratios are this project / stock baseline (bundle, cold) and ours / raw Query (warm). ` +
      `Cold: medians of ${cold.runs} fresh \`node\` processes per bundle, interleaved; CPU = main ` +
      `thread (process.threadCpuUsage). Warm: medians (p95) of ${warm.samples} interleaved reads ` +
      `per side after ${warm.warmUpRounds} warm-up rounds. Raw Query: ${warm.rawQuery}. ` +
      'Requests: counted per read at the HTTP level on both sides (and, for ours, by the SDK ' +
      'middleware on runtime.dynamo.client too; see below).',
    0,
  );
  return `${markdownTable(['measure (median)', 'stock baseline', 'this project', 'ratio', 'goal'], rows)}\n\n${legend}`;
}
