/**
 * Every figure of a bench run, in one object: what the report prints and
 * the JSON line at its end (one line, so that `npm run bench | tail -1` is
 * machine-readable).
 */
import type { MapCounts } from './benchMaps';
import type { ColdStartRatios, ColdStartSummary } from './coldStart';
import type { DiffBenchResult } from './diffCpu';
import type { OperationResult } from './dynamoBench';
import type { Machine } from './machine';
import type { PackageShare } from './ourBundles';
import type { RequestTally, WarmShapeResult } from './warmReads';

export interface SizeFigures {
  bytes: number;
  gzipBytes: number;
}

export interface WarmFigures extends WarmShapeResult {
  label: string;
  expected: MapCounts;
  ratios: { oursToRaw: number; stockToRaw: number; oursToStock: number; oursToRawPair: number };
}

export interface BenchFigures {
  date: string;
  mode: 'full' | 'quick';
  machine: Machine & { loadAverageAtEnd: number[] };
  stockBaseline: {
    dir: string;
    esbuild: string;
    awsSdk: string;
    installMs: number;
    buildMs: number;
  };
  bundle: {
    stock: SizeFigures;
    ours: SizeFigures;
    oursExternalSdk: SizeFigures;
    ratio: { minified: number; gzip: number };
    oursComposition: PackageShare[];
    /** @aws-sdk/* and @smithy/* bytes in our bundle (0 when left to the runtime). */
    oursAwsSdkBytes: number;
  };
  cold: {
    shape: string;
    runs: number;
    stock: ColdStartSummary;
    ours: ColdStartSummary;
    oursExternalSdk: ColdStartSummary;
    ratios: ColdStartRatios & { externalSdkColdMs: number };
  };
  warm: {
    samples: number;
    warmUpRounds: number;
    rawQuery: string;
    shapes: WarmFigures[];
  };
  requestsPerRead: Record<
    string,
    { stock: RequestTally; ours: RequestTally; oursSdk: RequestTally }
  >;
  goals: Record<string, { value: number | string; goal: string; met: boolean }>;
  diff: Omit<DiffBenchResult, 'summary'>;
  operations: Omit<OperationResult, 'selection' | 'returned'>[];
  phasesMs: Record<string, number>;
}
