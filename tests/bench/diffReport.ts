/**
 * The version-diff section: CPU time of comparing two states of a
 * 1,000-touchpoint map (diffCpu.ts), against its budget (< 50 ms).
 */
import { DIFF_BUDGET_MS, REVISION, type DiffBenchResult } from './diffCpu';
import { heading, list, ms, note } from './report';

export function diffSection(result: DiffBenchResult): string {
  const lines: string[] = [];
  const verdict = result.p95CpuMs < DIFF_BUDGET_MS ? 'PASS' : 'FAIL';
  const s = result.summary;
  lines.push(heading('Version diff: CPU time of diffMaps + summarize (1,000 touchpoints)'));
  lines.push(
    note(
      `Two views (buildMapView) of a ${result.touchpointsBefore.toLocaleString('en-US')}-touchpoint map (10 stages × 100, ` +
        'largeMapContents with 1,500-character descriptions, plus 3 KPIs per stage and a ' +
        `100-item backlog) and of a revision of it with ${result.touchpointsAfter.toLocaleString('en-US')} touchpoints. ` +
        `Timed: diffMaps(from, to) + summarize(...) with process.cpuUsage() (user + system CPU of ` +
        `the whole process, GC threads included), ${result.runs} runs after ${result.warmUpRuns} ` +
        'warm-up runs; the views are built once, outside the timing.',
    ),
  );
  lines.push(
    note(
      'The revision: ' +
        Object.entries(REVISION)
          .map(([k, v]) => `${v} ${k.replace(/([A-Z])/g, ' $1').toLowerCase()}`)
          .join(', ') +
        '. The diff found: ' +
        `touchpoints +${s.touchpointsAdded} −${s.touchpointsRemoved} ~${s.touchpointsChanged}, ` +
        `pain points +${s.painPointsAdded} −${s.painPointsRemoved} ~${s.painPointsChanged}, ` +
        `improvements +${s.improvementsAdded} −${s.improvementsRemoved} ~${s.improvementsChanged} ` +
        `(${s.improvementsStatusChanged} status changes), ${s.kpisChanged} KPIs changed.`,
    ),
  );
  lines.push('');
  lines.push(
    list([
      ['median CPU per diff', ms(result.medianCpuMs, 2)],
      ['p95 CPU per diff', ms(result.p95CpuMs, 2)],
      ['max CPU per diff', ms(result.maxCpuMs, 2)],
      [`runs at or over ${DIFF_BUDGET_MS} ms CPU`, `${result.runsOverBudget} of ${result.runs}`],
      ['first diff of the process (cold JIT)', ms(result.firstRunCpuMs, 2)],
      ['median wall time per diff', ms(result.medianWallMs, 2)],
      ['building both views (context, not timed above)', ms(result.medianViewsCpuMs, 2)],
      [
        `requirement: < ${DIFF_BUDGET_MS} ms CPU per diff (checked on p95)`,
        `${verdict} (p95 ${ms(result.p95CpuMs, 2)}, median ${ms(result.medianCpuMs, 2)})`,
      ],
    ]),
  );
  return lines.join('\n');
}
