/**
 * The one error type of the domain. Every rejection a caller can act on is a
 * DomainError with a contract code; `resolvers/formatError.ts` maps it to
 * `extensions.code` and masks anything else.
 */

export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';

/** Where a value sits in the arguments: `['input', 'stages', 0, 'name']`. */
export type InputPath = (string | number)[];

/** One rejected field: `path` starts at the argument name. */
export interface InputIssue {
  path: InputPath;
  message: string;
}

export interface DomainErrorDetails {
  issues?: InputIssue[];
  currentRevision?: number;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: DomainErrorDetails;

  constructor(code: ErrorCode, message: string, details: DomainErrorDetails = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

/** Names used in NOT_FOUND messages, as clients know the types. */
export type EntityName =
  | 'Persona'
  | 'JourneyMap'
  | 'Stage'
  | 'Touchpoint'
  | 'PainPoint'
  | 'Kpi'
  | 'Improvement'
  | 'JourneyMapVersion'
  | 'ApiKey'
  | 'ShareLink';

export const notFound = (entity: EntityName, id: string | number): DomainError =>
  new DomainError('NOT_FOUND', `${entity} ${id} does not exist in this workspace.`);

export const staleRevision = (
  entity: EntityName,
  id: string,
  expected: number,
  current: number,
): DomainError =>
  new DomainError(
    'CONFLICT',
    `${entity} ${id} is at revision ${current}, not ${expected}; read it again and retry.`,
    { currentRevision: current },
  );

export const alreadyExists = (entity: EntityName, id: string): DomainError =>
  new DomainError('CONFLICT', `${entity} ${id} already exists.`);

export const badInput = (issues: InputIssue[]): DomainError =>
  new DomainError(
    'BAD_USER_INPUT',
    issues.length === 1 && issues[0]
      ? `Invalid input at ${issues[0].path.join('.')}: ${issues[0].message}`
      : `Invalid input: ${issues.length} problems.`,
    { issues },
  );
