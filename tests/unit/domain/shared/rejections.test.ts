import type { UseCaseContext } from '../../../../domain/context/useCaseContext';
import { DomainError } from '../../../../domain/shared/errors';
import { StaleRead, redoWhenStale, rejectionError } from '../../../../domain/shared/rejections';
import { RetryBudget } from '../../../../domain/shared/retryBudget';
import { testId } from '../../support/records';

const ID = testId(3);
function asDomainError(error: unknown): DomainError {
  if (!(error instanceof DomainError))
    throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe('rejectionError: what a store rejected, as the client hears it', () => {
  it('is NOT_FOUND naming the entity and id', () => {
    const error = asDomainError(rejectionError({ reason: 'notFound', entity: 'Stage', id: ID }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(`Stage ${ID} does not exist in this workspace.`);
  });

  it('is CONFLICT for an id already taken', () => {
    const error = asDomainError(
      rejectionError({ reason: 'alreadyExists', entity: 'Touchpoint', id: ID }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(ID);
  });

  it('is CONFLICT with the current revision when the caller pinned another one', () => {
    const error = asDomainError(
      rejectionError({
        reason: 'revisionMismatch',
        entity: 'Kpi',
        id: ID,
        check: { expected: 2, source: 'caller' },
        current: 5,
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.details.currentRevision).toBe(5);
  });

  it('asks for a redo (StaleRead) when a revision the use case read moved on, or the map changed', () => {
    expect(
      rejectionError({
        reason: 'revisionMismatch',
        entity: 'Kpi',
        id: ID,
        check: { expected: 2, source: 'read' },
        current: 5,
      }),
    ).toBeInstanceOf(StaleRead);
    expect(rejectionError({ reason: 'mapChanged' })).toBeInstanceOf(StaleRead);
  });

  it('is CONFLICT, retry shortly, for contention past the retry budget', () => {
    const error = asDomainError(rejectionError({ reason: 'contention' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/retry/);
  });

  it('is BAD_USER_INPUT at the input path the use case names', () => {
    const full = asDomainError(rejectionError({ reason: 'mapFull', partCount: 3000, limit: 3000 }));
    expect(full.details.issues?.map((i) => i.path)).toEqual([['input', 'mapId']]);
    const history = asDomainError(
      rejectionError(
        { reason: 'kpiHistoryFull', kpiId: ID, limit: 400 },
        { kpiId: ['input', 'measurements', 3, 'kpiId'] },
      ),
    );
    expect(history.code).toBe('BAD_USER_INPUT');
    expect(history.details.issues?.[0]?.path).toEqual(['input', 'measurements', 3, 'kpiId']);
    const large = asDomainError(rejectionError({ reason: 'itemTooLarge' }));
    expect(large.details.issues?.[0]?.message).toContain('400 KB');
  });
});

describe('redoWhenStale', () => {
  const ctxWith = (retry: RetryBudget) => ({ retry }) as unknown as UseCaseContext;
  const quick = () =>
    new RetryBudget({ maxRetries: 3, baseDelayMs: 0, maxDelayMs: 0, budgetMs: 1_000 });

  it('runs the attempt again after a stale read, and returns what it finally returns', async () => {
    let attempts = 0;
    const result = await redoWhenStale(ctxWith(quick()), async () => {
      attempts += 1;
      if (attempts < 3) throw new StaleRead();
      return 'done';
    });
    expect(result).toBe('done');
    expect(attempts).toBe(3);
  });

  it('gives up with CONFLICT once the budget is spent: 1 + maxRetries attempts in all', async () => {
    let attempts = 0;
    const error = await redoWhenStale(ctxWith(quick()), async () => {
      attempts += 1;
      throw new StaleRead();
    }).catch((e: unknown) => e);
    expect(asDomainError(error as Error).code).toBe('CONFLICT');
    expect(attempts).toBe(4);
  });

  it('passes any other error through at once', async () => {
    let attempts = 0;
    const boom = new Error('boom');
    await expect(
      redoWhenStale(ctxWith(quick()), async () => {
        attempts += 1;
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(attempts).toBe(1);
  });
});
