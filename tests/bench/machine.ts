/** What the figures were measured on and with, printed before them and kept in the JSON. */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { version as esbuildVersion } from 'esbuild';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  /** 1, 5 and 15 minutes. */
  loadAverage: number[];
  node: string;
  esbuild: string;
  /** @aws-sdk/client-dynamodb in our node_modules (the version our bundle carries). */
  awsSdk: string;
}

export const packageVersion = (nodeModules: string, name: string): string =>
  (JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')) as { version: string })
    .version;

export function machine(root: string): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown CPU',
    cores: cpu.length,
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
    node: process.version,
    esbuild: esbuildVersion,
    awsSdk: packageVersion(join(root, 'node_modules'), '@aws-sdk/client-dynamodb'),
  };
}

export const loadAverageText = (load: readonly number[]): string =>
  `${load.map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min)`;
