/** Helpers to look at what a call throws. */
import { DomainError, type InputIssue } from '../../../domain/shared/errors';

/** The value `fn` throws; fails the test when it returns normally. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, but it returned');
}

/** The DomainError `fn` throws; fails the test for any other outcome. */
export function domainError(fn: () => unknown): DomainError {
  const error = thrown(fn);
  if (!(error instanceof DomainError)) {
    throw new Error(`expected a DomainError, got ${String(error)}`);
  }
  return error;
}

/** The issues of the BAD_USER_INPUT `fn` throws. */
export function inputIssues(fn: () => unknown): InputIssue[] {
  const error = domainError(fn);
  expect(error.code).toBe('BAD_USER_INPUT');
  expect(error.details.issues).toBeDefined();
  return error.details.issues ?? [];
}

/** The paths of the issues of the BAD_USER_INPUT `fn` throws. */
export const issuePaths = (fn: () => unknown): InputIssue['path'][] =>
  inputIssues(fn).map((issue) => issue.path);
