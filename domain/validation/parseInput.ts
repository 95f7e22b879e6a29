/**
 * Runs an input through its zod schema. A rejected input throws one
 * BAD_USER_INPUT listing every offending field, with paths that start at the
 * argument name (`input.stages.0.name`), before anything is written.
 */
import type { z } from 'zod';
import { badInput } from '../shared/errors';

export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  /** Where the value sits in the arguments: `['input']`, `['id']`, or `[]` for top-level arguments. */
  prefix: string[] = ['input'],
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badInput(
    result.error.issues.map((issue) => ({
      path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: issue.message,
    })),
  );
}
