/**
 * Cold starts: each sample is a fresh `node` process (coldStartChild.cjs)
 * that requires one bundle and answers its first whole-map request. The
 * bundles' runs are interleaved (the order rotating every round), so that
 * drift on a shared machine hits them all alike, after one unmeasured run
 * each (disk cache, DynamoDB Local's first queries).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { track } from './childProcesses';
import { median } from './report';

const CHILD_SCRIPT = join(__dirname, 'coldStartChild.cjs');

export interface ColdCandidate {
  key: string;
  label: string;
  file: string;
  eventFile: string;
  env: NodeJS.ProcessEnv;
}

export interface ColdStartSample {
  /** Node's bootstrap, from process start to the first line of the child script. */
  bootMs: number;
  /** `require()` of the bundle: wall time, and CPU time of the main thread. */
  importMs: number;
  importCpuMs: number;
  /** The first invocation, from the handler call to its answer. */
  firstRequestMs: number;
  firstRequestCpuMs: number;
  /** A second invocation in the same process: warm, for comparison. */
  secondRequestMs: number;
  answered: { stages: number; touchpoints: number };
  /** From spawn to exit, seen by the parent (includes Node's start and exit). */
  processMs: number;
}

export interface ColdStartSummary {
  runs: number;
  importMs: number;
  importCpuMs: number;
  firstRequestMs: number;
  firstRequestCpuMs: number;
  /** Median of the per-run sums (import + first request). */
  coldMs: number;
  coldCpuMs: number;
  secondRequestMs: number;
  bootMs: number;
  processMs: number;
}

/** The cold-start figures the report gives as ours over the stock baseline's. */
const RATIO_FIGURES = [
  'importMs',
  'importCpuMs',
  'firstRequestMs',
  'firstRequestCpuMs',
  'coldMs',
  'coldCpuMs',
] as const satisfies (keyof ColdStartSummary)[];

export type ColdStartRatios = Record<(typeof RATIO_FIGURES)[number], number>;

/** Each of RATIO_FIGURES, `ours` over `stock`. */
export function coldStartRatios(ours: ColdStartSummary, stock: ColdStartSummary): ColdStartRatios {
  return Object.fromEntries(
    RATIO_FIGURES.map((figure) => [figure, ours[figure] / stock[figure]]),
  ) as ColdStartRatios;
}

/** Runs coldStartChild.cjs in a fresh `node` process (the same Node as the bench). */
function runChild(candidate: ColdCandidate): Promise<ColdStartSample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = track(
      spawn(process.execPath, [CHILD_SCRIPT, candidate.file, candidate.eventFile], {
        env: candidate.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const processMs = performance.now() - started;
      const line = stdout.trim().split('\n').at(-1);
      if (code !== 0 || !line) {
        reject(
          new Error(
            `cold start of ${candidate.label} failed (exit ${code ?? signal}):\n${stderr || stdout}`,
          ),
        );
        return;
      }
      resolve({ ...(JSON.parse(line) as Omit<ColdStartSample, 'processMs'>), processMs });
    });
  });
}

export function summarizeColdStarts(samples: readonly ColdStartSample[]): ColdStartSummary {
  const of = (pick: (s: ColdStartSample) => number) => median(samples.map(pick));
  return {
    runs: samples.length,
    importMs: of((s) => s.importMs),
    importCpuMs: of((s) => s.importCpuMs),
    firstRequestMs: of((s) => s.firstRequestMs),
    firstRequestCpuMs: of((s) => s.firstRequestCpuMs),
    coldMs: of((s) => s.importMs + s.firstRequestMs),
    coldCpuMs: of((s) => s.importCpuMs + s.firstRequestCpuMs),
    secondRequestMs: of((s) => s.secondRequestMs),
    bootMs: of((s) => s.bootMs),
    processMs: of((s) => s.processMs),
  };
}

/** `runs` measured cold starts of each candidate, interleaved; summaries keyed by candidate. */
export async function measureColdStarts(
  candidates: readonly ColdCandidate[],
  runs: number,
  progress: (message: string) => void,
): Promise<Map<string, { summary: ColdStartSummary; samples: ColdStartSample[] }>> {
  for (const candidate of candidates) await runChild(candidate);
  const samples = new Map<string, ColdStartSample[]>(candidates.map((c) => [c.key, []]));
  for (let round = 0; round < runs; round++) {
    progress(`cold starts: round ${round + 1} of ${runs}`);
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[(round + i) % candidates.length] as ColdCandidate;
      samples.get(candidate.key)?.push(await runChild(candidate));
    }
  }
  return new Map(
    [...samples].map(([key, list]) => [key, { summary: summarizeColdStarts(list), samples: list }]),
  );
}
