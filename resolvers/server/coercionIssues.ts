/**
 * graphql-js rejects variables of the wrong type before any resolver runs
 * ("Variable "$input" got invalid value 2.5 at "input.emotionScore"; Int
 * cannot represent non-integer value: 2.5"). The contract wants the path of
 * each offending field in `extensions.issues`, as for the zod checks: this
 * reads it back from the message. The path starts at the variable's name.
 */
import type { InputIssue } from '../../domain/shared/errors';

const AT_PATH = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s;
const WHOLE_VARIABLE = /^Variable "\$(\w+)" (.*)$/s;

/** `input.stages[0].name` → ['input', 'stages', 0, 'name']. */
export function parsePrintedPath(printed: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const [, field, index] of printed.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    path.push(index !== undefined ? Number(index) : String(field));
  }
  return path;
}

export function issuesFromCoercionError(message: string): InputIssue[] | null {
  const at = AT_PATH.exec(message);
  if (at) return [{ path: parsePrintedPath(String(at[2])), message: String(at[3]) }];
  const whole = WHOLE_VARIABLE.exec(message);
  if (whole) return [{ path: [String(whole[1])], message: String(whole[2]) }];
  return null;
}
