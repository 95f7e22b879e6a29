import {
  createJourneyMapInput,
  deleteJourneyMapInput,
  journeyMapFilterInput,
  updateJourneyMapInput,
} from '../../../../domain/maps/mapInputs';
import { parseInput } from '../../../../domain/validation/parseInput';
import { issuePaths } from '../../support/errors';
import { testId } from '../../support/records';

const create = (input: Record<string, unknown>) =>
  parseInput(createJourneyMapInput, { title: 'Souscription SaaS', ...input });
const update = (input: Record<string, unknown>) =>
  parseInput(updateJourneyMapInput, { id: testId(1), ...input });

const emptyScope = {
  objective: null,
  perimeter: null,
  segment: null,
  horizon: null,
  stakeholders: [],
};

describe('Journey map inputs', () => {
  describe('createJourneyMap', () => {
    it('gets its defaults', () => {
      expect(parseInput(createJourneyMapInput, { title: 'Souscription SaaS' })).toEqual({
        id: undefined,
        title: 'Souscription SaaS',
        description: null,
        state: 'CURRENT',
        status: 'DRAFT',
        scope: emptyScope,
        owner: null,
        tags: [],
        personaIds: [],
        reviewCadenceDays: 90,
        template: 'BLANK',
        templateLanguage: 'EN',
      });
    });

    it('gets the same defaults for explicit nulls', () => {
      expect(
        create({
          state: null,
          status: null,
          scope: null,
          tags: null,
          personaIds: null,
          reviewCadenceDays: null,
          template: null,
          templateLanguage: null,
        }),
      ).toMatchObject({
        state: 'CURRENT',
        status: 'DRAFT',
        scope: emptyScope,
        tags: [],
        personaIds: [],
        reviewCadenceDays: 90,
        template: 'BLANK',
        templateLanguage: 'EN',
      });
    });

    it('fills the omitted fields of a partial scope', () => {
      expect(create({ scope: { objective: ' Reduce cart abandonment ' } }).scope).toEqual({
        ...emptyScope,
        objective: 'Reduce cart abandonment',
      });
    });

    it.each([
      ['empty', ''],
      ['blank', '  '],
      ['201 characters long', 't'.repeat(201)],
    ])('rejects a title that is %s', (_case, title) => {
      expect(issuePaths(() => create({ title }))).toEqual([['input', 'title']]);
    });

    it('accepts a title of 200 characters', () => {
      expect(create({ title: 't'.repeat(200) }).title).toHaveLength(200);
    });

    it('rejects a description over 5,000 characters', () => {
      expect(issuePaths(() => create({ description: 'd'.repeat(5001) }))).toEqual([
        ['input', 'description'],
      ]);
    });

    describe('reviewCadenceDays', () => {
      it.each([1, 90, 730])('accepts %i', (days) => {
        expect(create({ reviewCadenceDays: days }).reviewCadenceDays).toBe(days);
      });

      it.each([0, 731, -5, 7.5])('rejects %d', (days) => {
        expect(issuePaths(() => create({ reviewCadenceDays: days }))).toEqual([
          ['input', 'reviewCadenceDays'],
        ]);
      });
    });

    describe('scope', () => {
      it('names the offending scope field', () => {
        expect(
          issuePaths(() =>
            create({
              scope: {
                objective: 'o'.repeat(5001),
                horizon: 'h'.repeat(201),
                stakeholders: ['ok', 's'.repeat(501)],
              },
            }),
          ),
        ).toEqual([
          ['input', 'scope', 'objective'],
          ['input', 'scope', 'horizon'],
          ['input', 'scope', 'stakeholders', 1],
        ]);
      });

      it('rejects more than 100 stakeholders', () => {
        expect(
          issuePaths(() =>
            create({ scope: { stakeholders: Array.from({ length: 101 }, () => 's') } }),
          ),
        ).toEqual([['input', 'scope', 'stakeholders']]);
      });
    });

    describe('tags', () => {
      it('accept 100 tags of 500 characters', () => {
        expect(
          create({ tags: Array.from({ length: 100 }, () => 't'.repeat(500)) }).tags,
        ).toHaveLength(100);
      });

      it('reject 101 tags, and a tag of 501 characters', () => {
        expect(issuePaths(() => create({ tags: Array.from({ length: 101 }, () => 't') }))).toEqual([
          ['input', 'tags'],
        ]);
        expect(issuePaths(() => create({ tags: ['t'.repeat(501)] }))).toEqual([
          ['input', 'tags', 0],
        ]);
      });
    });

    describe('personaIds', () => {
      it('must be ULIDs', () => {
        expect(issuePaths(() => create({ personaIds: [testId(1), 'marie'] }))).toEqual([
          ['input', 'personaIds', 1],
        ]);
      });

      it('must be distinct', () => {
        expect(issuePaths(() => create({ personaIds: [testId(1), testId(1)] }))).toEqual([
          ['input', 'personaIds'],
        ]);
      });

      it('may link up to 20 personas', () => {
        const ids = (n: number) => Array.from({ length: n }, (_, i) => testId(i + 1));
        expect(create({ personaIds: ids(20) }).personaIds).toHaveLength(20);
        expect(issuePaths(() => create({ personaIds: ids(21) }))).toEqual([
          ['input', 'personaIds'],
        ]);
      });
    });

    it('rejects values outside the enums', () => {
      expect(
        issuePaths(() =>
          create({
            state: 'PAST',
            status: 'DELETED',
            template: 'SIX_STAGES',
            templateLanguage: 'DE',
          }),
        ),
      ).toEqual([
        ['input', 'state'],
        ['input', 'status'],
        ['input', 'template'],
        ['input', 'templateLanguage'],
      ]);
    });

    it('reports every offending field at once', () => {
      expect(
        issuePaths(() =>
          parseInput(createJourneyMapInput, {
            id: 'map-1',
            title: '',
            owner: 'o'.repeat(201),
            reviewCadenceDays: 0,
          }),
        ),
      ).toEqual([
        ['input', 'id'],
        ['input', 'title'],
        ['input', 'owner'],
        ['input', 'reviewCadenceDays'],
      ]);
    });
  });

  describe('updateJourneyMap', () => {
    it('leaves absent fields undefined (unchanged)', () => {
      const parsed = update({});
      expect(parsed.title).toBeUndefined();
      expect(parsed.description).toBeUndefined();
      expect(parsed.scope).toBeUndefined();
      expect(parsed.tags).toBeUndefined();
      expect(parsed.reviewCadenceDays).toBeUndefined();
    });

    it('reads an empty string or null as "clear"', () => {
      expect(update({ description: '', owner: null })).toMatchObject({
        description: null,
        owner: null,
      });
    });

    it('clears the whole scope with null', () => {
      expect(update({ scope: null }).scope).toEqual(emptyScope);
    });

    it('normalises lastReviewedAt to UTC with milliseconds', () => {
      expect(update({ lastReviewedAt: '2025-03-31T11:30:00+02:00' }).lastReviewedAt).toBe(
        '2025-03-31T09:30:00.000Z',
      );
    });

    it('rejects a lastReviewedAt that is not a date', () => {
      expect(issuePaths(() => update({ lastReviewedAt: 'last tuesday' }))).toEqual([
        ['input', 'lastReviewedAt'],
      ]);
    });

    it('applies the limits of createJourneyMap', () => {
      expect(
        issuePaths(() =>
          update({
            title: ' ',
            reviewCadenceDays: 731,
            tags: ['t'.repeat(501)],
            expectedRevision: 0,
          }),
        ),
      ).toEqual([
        ['input', 'expectedRevision'],
        ['input', 'title'],
        ['input', 'tags', 0],
        ['input', 'reviewCadenceDays'],
      ]);
    });

    it('does not accept clearing the title or the cadence', () => {
      expect(issuePaths(() => update({ title: null, reviewCadenceDays: null }))).toEqual([
        ['input', 'title'],
        ['input', 'reviewCadenceDays'],
      ]);
    });
  });

  describe('deleteJourneyMap', () => {
    it('needs a ULID id', () => {
      expect(issuePaths(() => parseInput(deleteJourneyMapInput, { id: '' }))).toEqual([
        ['input', 'id'],
      ]);
    });
  });

  describe('the journeyMaps filter', () => {
    it('is all nulls when absent', () => {
      const none = { status: null, state: null, personaId: null, tag: null, reviewDueBefore: null };
      expect(parseInput(journeyMapFilterInput, undefined, ['filter'])).toEqual(none);
      expect(parseInput(journeyMapFilterInput, null, ['filter'])).toEqual(none);
    });

    it('names the offending filter field from the argument name', () => {
      expect(
        issuePaths(() =>
          parseInput(journeyMapFilterInput, { personaId: 'x', reviewDueBefore: 'soon' }, [
            'filter',
          ]),
        ),
      ).toEqual([
        ['filter', 'personaId'],
        ['filter', 'reviewDueBefore'],
      ]);
    });
  });
});
