import { pageArgs } from '../../../../domain/paging/pageInputs';
import { parseInput } from '../../../../domain/validation/parseInput';
import { issuePaths } from '../../support/errors';

/** Page arguments are top-level: their paths start at the argument name. */
const page = (args: Record<string, unknown>) => parseInput(pageArgs, args, []);

describe('Page arguments', () => {
  it('default to 20 items from the start', () => {
    expect(page({})).toEqual({ first: 20, after: null });
    expect(page({ first: null, after: null })).toEqual({ first: 20, after: null });
  });

  it.each([0, 1, 100])('accept first: %i', (first) => {
    expect(page({ first }).first).toBe(first);
  });

  it.each([-1, 101, 2.5])('reject first: %d at path first', (first) => {
    expect(issuePaths(() => page({ first }))).toEqual([['first']]);
  });

  it('keep the cursor as given', () => {
    expect(page({ after: 'eyJtYXBJZCI6IngifQ' }).after).toBe('eyJtYXBJZCI6IngifQ');
  });

  it('reject a cursor longer than any cursor this API makes', () => {
    expect(issuePaths(() => page({ after: 'c'.repeat(2001) }))).toEqual([['after']]);
  });
});
