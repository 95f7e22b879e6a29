/**
 * Tests, the bench and `npm start` run on the Node.js major that the Lambda
 * runtime of serverless.yml runs: the project installs it (the `node-<os>-<cpu>`
 * packages put it first on npm scripts' PATH).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('Node.js version', () => {
  it('is the major of the Lambda runtime serverless.yml deploys', () => {
    const yml = readFileSync(join(__dirname, '..', '..', '..', 'serverless.yml'), 'utf8');
    const runtime = /^\s*runtime:\s*nodejs(\d+)\.x\s*$/m.exec(yml)?.[1];
    expect(runtime).toBeDefined();
    expect(process.versions.node.split('.')[0]).toBe(runtime);
  });
});
