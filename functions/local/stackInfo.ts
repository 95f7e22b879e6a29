/**
 * Where a running local stack keeps its data: `<dataDir>/local-stack.json`,
 * written by `npm start` and removed when it stops, so that other commands
 * (`npm run token -- --api-key`) find its DynamoDB without asking.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processIsAlive } from './processIsAlive';

export interface StackInfo {
  pid: number;
  dynamodbEndpoint: string;
  tableName: string;
}

const fileOf = (dataDir: string) => join(dataDir, 'local-stack.json');

/** Records the stack's DynamoDB; returns the function that removes the record. */
export function writeStackInfo(dataDir: string, info: Omit<StackInfo, 'pid'>): () => void {
  writeFileSync(fileOf(dataDir), JSON.stringify({ pid: process.pid, ...info }, null, 2));
  return () => rmSync(fileOf(dataDir), { force: true });
}

/** The running stack of `dataDir`, or null when none runs (a record left by a crash is ignored). */
export function readStackInfo(dataDir: string): StackInfo | null {
  try {
    const info = JSON.parse(readFileSync(fileOf(dataDir), 'utf8')) as StackInfo;
    return processIsAlive(info.pid) ? info : null;
  } catch {
    return null;
  }
}
