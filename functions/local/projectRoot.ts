import { resolve } from 'node:path';

/** The repository root (where serverless.yml and `.data/` live), wherever the process was started. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');
