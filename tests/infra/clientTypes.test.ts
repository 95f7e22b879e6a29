/**
 * The typed client setup a front-end copies (codegen.client.ts) gives types
 * that compile: `tsc` checks the example front-end in examples/frontend/,
 * written against the generated client types, including compile-time checks
 * that the custom scalars are mapped (examples/frontend/scalarTypes.ts).
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '..', '..');
const TSC = require.resolve('typescript/bin/tsc');

describe('The generated client types', () => {
  it('compile the example front-end with strict settings', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [TSC, '--noEmit', '-p', 'examples/frontend/tsconfig.json'],
      { cwd: ROOT },
    ).catch((error: unknown) => {
      const failed = error as { stdout?: string; stderr?: string };
      return { stdout: failed.stdout ?? String(error), stderr: failed.stderr ?? '' };
    });
    expect(`${stdout}${stderr}`).toBe('');
  }, 120_000);
});
