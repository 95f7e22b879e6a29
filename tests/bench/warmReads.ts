/**
 * Warm whole-map reads: one process per side (warmChild.ts), both warmed up,
 * then, at each map shape, our handler's read, the stock handler's read, a
 * raw DynamoDB Query of our map's partition and (context) that Query followed
 * by the personas' BatchGetItem, interleaved (the order rotating every round)
 * so that drift hits them all alike. Each is timed inside its
 * process; the IPC round trip is not in the figures.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MapCounts, MapShape } from './benchMaps';
import { track } from './childProcesses';
import { timing, type Timing } from './report';
import type { WarmAnswer, WarmChildConfig, WarmReadKind, WarmRequest } from './warmChild';

const CHILD_SCRIPT = join(__dirname, 'warmChild.ts');

/** DynamoDB requests per read, over many reads. */
export interface RequestTally {
  min: number;
  max: number;
  /** e.g. `Query 1 + BatchGetItem 1`; a range where reads differed. */
  byOperation: string;
}

export function tally(perRead: readonly Record<string, number>[]): RequestTally {
  const totals = perRead.map((counts) => Object.values(counts).reduce((a, b) => a + b, 0));
  const range = (values: number[]) => {
    const low = Math.min(...values);
    const high = Math.max(...values);
    return low === high ? String(low) : `${low}–${high}`;
  };
  const names = [...new Set(perRead.flatMap((counts) => Object.keys(counts)))];
  return {
    min: Math.min(...totals),
    max: Math.max(...totals),
    byOperation:
      names.map((n) => `${n} ${range(perRead.map((counts) => counts[n] ?? 0))}`).join(' + ') ||
      'none',
  };
}

export interface WarmShapeResult {
  shape: string;
  ours: Timing;
  stock: Timing;
  raw: Timing;
  /** Context: the raw Query, then the personas' BatchGetItem (our two requests, back to back). */
  rawPair: Timing;
  requests: {
    /** Our bundle, counted at the HTTP level. */
    ours: RequestTally;
    /** Our handler from source, counted by the SDK middleware on runtime.dynamo.client. */
    oursSdk: RequestTally;
    stock: RequestTally;
    raw: RequestTally;
    rawPair: RequestTally;
  };
  answered: { ours: MapCounts; stock: MapCounts };
  rawItems: number;
}

/** A warm child and its pending requests. */
class WarmSide {
  private nextId = 1;
  private readonly pending = new Map<number, (answer: WarmAnswer) => void>();
  private stderr = '';
  readonly ready: Promise<void>;

  constructor(
    readonly label: string,
    private readonly child: ChildProcess,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.ready = new Promise((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) =>
        reject(new Error(`${label} warm process exited (${code}):\n${this.stderr}`)),
      );
    });
    child.on('message', (answer: WarmAnswer) => {
      this.pending.get(answer.id)?.(answer);
      this.pending.delete(answer.id);
    });
  }

  read(kind: WarmReadKind, shape: string): Promise<WarmAnswer> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const exited = () => reject(new Error(`${this.label} warm process died:\n${this.stderr}`));
      this.child.once('exit', exited);
      this.pending.set(id, (answer) => {
        this.child.off('exit', exited);
        if (answer.error) reject(new Error(`${this.label} ${kind} read failed: ${answer.error}`));
        else resolve(answer);
      });
      this.child.send({ id, kind, shape } satisfies WarmRequest, (error) => {
        if (error) reject(error);
      });
    });
  }

  stop(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

function startSide(
  label: string,
  config: WarmChildConfig,
  env: NodeJS.ProcessEnv,
  workDir: string,
): WarmSide {
  const configFile = join(workDir, `warm-${config.side}.json`);
  writeFileSync(configFile, JSON.stringify(config));
  // Note: the bench's own execArgv is tsx's loader, which the TypeScript child needs too.
  const child = track(
    fork(CHILD_SCRIPT, [configFile], {
      execPath: process.execPath,
      execArgv: process.execArgv,
      env,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    }),
  );
  return new WarmSide(label, child);
}

export async function measureWarmReads(options: {
  ours: WarmChildConfig;
  stock: WarmChildConfig;
  oursEnv: NodeJS.ProcessEnv;
  stockEnv: NodeJS.ProcessEnv;
  workDir: string;
  shapes: readonly MapShape[];
  warmUpRounds: number;
  samples: number;
  /** Reads of our source handler, counted by the SDK middleware. */
  sdkCountedReads: number;
  progress: (message: string) => void;
}): Promise<WarmShapeResult[]> {
  const ours = startSide('ours', options.ours, options.oursEnv, options.workDir);
  const stock = startSide('stock', options.stock, options.stockEnv, options.workDir);
  try {
    await Promise.all([ours.ready, stock.ready]);
    const results: WarmShapeResult[] = [];
    for (const shape of options.shapes) {
      const reads: {
        side: WarmSide;
        kind: WarmReadKind;
        name: 'ours' | 'stock' | 'raw' | 'rawPair';
      }[] = [
        { side: ours, kind: 'bundle', name: 'ours' },
        { side: stock, kind: 'bundle', name: 'stock' },
        { side: ours, kind: 'raw', name: 'raw' },
        { side: ours, kind: 'rawPair', name: 'rawPair' },
      ];
      const answers: Record<(typeof reads)[number]['name'], WarmAnswer[]> = {
        ours: [],
        stock: [],
        raw: [],
        rawPair: [],
      };
      const rounds = options.warmUpRounds + options.samples;
      for (let round = 0; round < rounds; round++) {
        if (round % 10 === 0)
          options.progress(
            `warm reads ${shape.label}: ${round < options.warmUpRounds ? 'warm-up' : 'measured'} round ${round + 1} of ${rounds}`,
          );
        for (let i = 0; i < reads.length; i++) {
          const read = reads[(round + i) % reads.length] as (typeof reads)[number];
          const answer = await read.side.read(read.kind, shape.key);
          if (round >= options.warmUpRounds) answers[read.name].push(answer);
        }
      }
      const sdkReads: WarmAnswer[] = [];
      for (let i = 0; i < options.sdkCountedReads; i++)
        sdkReads.push(await ours.read('source', shape.key));

      const times = (list: WarmAnswer[]) => timing(list.map((a) => a.ms));
      /** What a side answered, the same at every read. */
      const answered = (list: WarmAnswer[]) => {
        const counts = list[0]?.counts;
        if (!counts) throw new Error('a handler read answered nothing');
        if (list.some((a) => JSON.stringify(a.counts) !== JSON.stringify(counts)))
          throw new Error('a handler answered differently from one read to the next');
        return counts;
      };
      results.push({
        shape: shape.key,
        ours: times(answers.ours),
        stock: times(answers.stock),
        raw: times(answers.raw),
        rawPair: times(answers.rawPair),
        requests: {
          ours: tally(answers.ours.map((a) => a.http)),
          oursSdk: tally(sdkReads.map((a) => a.sdk ?? {})),
          stock: tally(answers.stock.map((a) => a.http)),
          raw: tally(answers.raw.map((a) => a.http)),
          rawPair: tally(answers.rawPair.map((a) => a.http)),
        },
        answered: { ours: answered(answers.ours), stock: answered(answers.stock) },
        rawItems: answers.raw[0]?.items ?? 0,
      });
    }
    return results;
  } finally {
    ours.stop();
    stock.stop();
  }
}
