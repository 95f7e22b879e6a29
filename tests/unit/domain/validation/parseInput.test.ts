import { z } from 'zod';
import { DomainError } from '../../../../domain/shared/errors';
import { parseInput } from '../../../../domain/validation/parseInput';
import { domainError } from '../../support/errors';

const schema = z.object({
  name: z.string().min(1, 'must not be empty'),
  tags: z.array(z.string().max(3, 'too long')),
});

describe('parseInput', () => {
  it("returns the schema's output for a valid input", () => {
    expect(parseInput(schema, { name: 'Marie', tags: ['a'], extra: 1 })).toEqual({
      name: 'Marie',
      tags: ['a'],
    });
  });

  it('throws BAD_USER_INPUT with paths that start at `input` by default', () => {
    const error = domainError(() => parseInput(schema, { name: '', tags: [] }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.issues).toEqual([
      { path: ['input', 'name'], message: 'must not be empty' },
    ]);
  });

  it('names the one offending field in the message', () => {
    const error = domainError(() => parseInput(schema, { name: '', tags: [] }));
    expect(error.message).toBe('Invalid input at input.name: must not be empty');
  });

  it('reports every offending field, list indexes included, before anything else happens', () => {
    const error = domainError(() => parseInput(schema, { name: '', tags: ['ok', 'long'] }));
    expect(error.details.issues).toEqual([
      { path: ['input', 'name'], message: 'must not be empty' },
      { path: ['input', 'tags', 1], message: 'too long' },
    ]);
    expect(error.message).toBe('Invalid input: 2 problems.');
  });

  it('starts paths at the given argument name', () => {
    const error = domainError(() => parseInput(z.string().min(2, 'too short'), 'x', ['id']));
    expect(error.details.issues).toEqual([{ path: ['id'], message: 'too short' }]);
  });

  it('uses bare field paths for top-level arguments', () => {
    const error = domainError(() => parseInput(schema, { name: 'x', tags: 'no' }, []));
    expect(error.details.issues?.map((i) => i.path)).toEqual([['tags']]);
  });

  it('rejects a missing input', () => {
    const error = domainError(() => parseInput(schema, undefined));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.issues?.[0]?.path).toEqual(['input']);
  });
});
