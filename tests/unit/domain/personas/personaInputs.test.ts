import {
  createPersonaInput,
  deletePersonaInput,
  updatePersonaInput,
} from '../../../../domain/personas/personaInputs';
import { parseInput } from '../../../../domain/validation/parseInput';
import { inputIssues, issuePaths } from '../../support/errors';
import { testId } from '../../support/records';

const create = (input: Record<string, unknown>) =>
  parseInput(createPersonaInput, { name: 'Marie', ...input });
const update = (input: Record<string, unknown>) =>
  parseInput(updatePersonaInput, { id: testId(1), ...input });

const items = (count: number, length = 5) =>
  Array.from({ length: count }, () => 'x'.repeat(length));

describe('Persona inputs', () => {
  describe('createPersona', () => {
    it('gets its defaults: optional texts null, lists empty, age null', () => {
      expect(parseInput(createPersonaInput, { name: 'Marie' })).toEqual({
        id: undefined,
        name: 'Marie',
        description: null,
        jobTitle: null,
        age: null,
        segment: null,
        goals: [],
        frustrations: [],
        preferredChannels: [],
        decisionProcess: null,
        quote: null,
        dataSources: [],
      });
    });

    it('treats explicit nulls like absent fields', () => {
      const parsed = create({ description: null, age: null, goals: null, preferredChannels: null });
      expect(parsed).toMatchObject({
        description: null,
        age: null,
        goals: [],
        preferredChannels: [],
      });
    });

    describe('name', () => {
      it('is trimmed', () => {
        expect(create({ name: '  Marie  ' }).name).toBe('Marie');
      });

      it('may have 1 or 200 characters after trimming', () => {
        expect(create({ name: 'M' }).name).toBe('M');
        expect(create({ name: ` ${'n'.repeat(200)} ` }).name).toHaveLength(200);
      });

      it.each([
        ['empty', ''],
        ['only spaces', '   '],
        ['201 characters', 'n'.repeat(201)],
      ])('is rejected when %s', (_case, name) => {
        expect(issuePaths(() => create({ name }))).toEqual([['input', 'name']]);
      });

      it('is required', () => {
        expect(issuePaths(() => parseInput(createPersonaInput, {}))).toEqual([['input', 'name']]);
      });
    });

    describe('texts', () => {
      it('accept 5,000 characters', () => {
        expect(create({ description: 'd'.repeat(5000) }).description).toHaveLength(5000);
      });

      it.each(['description', 'decisionProcess', 'quote'])(
        'reject 5,001 characters in %s',
        (field) => {
          expect(issuePaths(() => create({ [field]: 'd'.repeat(5001) }))).toEqual([
            ['input', field],
          ]);
        },
      );

      it.each(['jobTitle', 'segment'])(
        'reject more than 200 characters in the short text %s',
        (field) => {
          expect(issuePaths(() => create({ [field]: 's'.repeat(201) }))).toEqual([
            ['input', field],
          ]);
        },
      );

      it('store an empty or blank text as null', () => {
        expect(create({ description: '', quote: '   ' })).toMatchObject({
          description: null,
          quote: null,
        });
      });
    });

    describe('lists', () => {
      it('accept 100 items of 500 characters', () => {
        expect(create({ goals: items(100, 500) }).goals).toHaveLength(100);
      });

      it.each(['goals', 'frustrations', 'dataSources'])('reject 101 items in %s', (field) => {
        expect(issuePaths(() => create({ [field]: items(101) }))).toEqual([['input', field]]);
      });

      it('reject an item of 501 characters, naming its index', () => {
        expect(issuePaths(() => create({ goals: ['ok', 'g'.repeat(501)] }))).toEqual([
          ['input', 'goals', 1],
        ]);
      });

      it('reject an empty item', () => {
        expect(issuePaths(() => create({ frustrations: ['  '] }))).toEqual([
          ['input', 'frustrations', 0],
        ]);
      });

      it('trim their items', () => {
        expect(create({ goals: ['  save time '] }).goals).toEqual(['save time']);
      });
    });

    describe('age', () => {
      it.each([0, 35, 130])('accepts %i', (age) => {
        expect(create({ age }).age).toBe(age);
      });

      it.each([-1, 131, 35.5])('rejects %d', (age) => {
        expect(issuePaths(() => create({ age }))).toEqual([['input', 'age']]);
      });
    });

    describe('preferredChannels', () => {
      it('keeps the order given', () => {
        expect(create({ preferredChannels: ['EMAIL', 'PHONE'] }).preferredChannels).toEqual([
          'EMAIL',
          'PHONE',
        ]);
      });

      it('rejects a value outside the Channel enum', () => {
        expect(issuePaths(() => create({ preferredChannels: ['FAX'] }))).toEqual([
          ['input', 'preferredChannels', 0],
        ]);
      });

      it('rejects duplicates', () => {
        expect(issuePaths(() => create({ preferredChannels: ['EMAIL', 'EMAIL'] }))).toEqual([
          ['input', 'preferredChannels'],
        ]);
      });
    });

    it('takes a client-chosen id only when it is a ULID', () => {
      expect(create({ id: testId(5) }).id).toBe(testId(5));
      expect(issuePaths(() => create({ id: 'persona-1' }))).toEqual([['input', 'id']]);
    });

    it('reports every offending field at once', () => {
      const issues = inputIssues(() =>
        parseInput(createPersonaInput, {
          name: '',
          age: 200,
          goals: items(101),
          quote: 'q'.repeat(5001),
        }),
      );
      expect(issues.map((i) => i.path)).toEqual(
        expect.arrayContaining([
          ['input', 'name'],
          ['input', 'age'],
          ['input', 'goals'],
          ['input', 'quote'],
        ]),
      );
      expect(issues).toHaveLength(4);
      for (const issue of issues) expect(issue.message).not.toBe('');
    });
  });

  describe('updatePersona', () => {
    it('leaves absent fields undefined (unchanged)', () => {
      const parsed = update({});
      expect(parsed.name).toBeUndefined();
      expect(parsed.description).toBeUndefined();
      expect(parsed.goals).toBeUndefined();
      expect(parsed.age).toBeUndefined();
    });

    it('reads an empty string or null as "clear"', () => {
      expect(update({ description: '', quote: null, jobTitle: '  ' })).toMatchObject({
        description: null,
        quote: null,
        jobTitle: null,
      });
    });

    it('clears the age with null', () => {
      expect(update({ age: null }).age).toBeNull();
    });

    it('does not accept clearing the name', () => {
      expect(issuePaths(() => update({ name: '' }))).toEqual([['input', 'name']]);
      expect(issuePaths(() => update({ name: null }))).toEqual([['input', 'name']]);
    });

    it('applies the limits of createPersona', () => {
      expect(
        issuePaths(() =>
          update({ name: 'n'.repeat(201), age: -1, goals: items(101), quote: 'q'.repeat(5001) }),
        ),
      ).toEqual(
        expect.arrayContaining([
          ['input', 'name'],
          ['input', 'age'],
          ['input', 'goals'],
          ['input', 'quote'],
        ]),
      );
    });

    it('needs a ULID id and a revision of at least 1', () => {
      expect(
        issuePaths(() => parseInput(updatePersonaInput, { id: 'nope', expectedRevision: 0 })),
      ).toEqual([
        ['input', 'id'],
        ['input', 'expectedRevision'],
      ]);
    });
  });

  describe('deletePersona', () => {
    it('needs a ULID id', () => {
      expect(issuePaths(() => parseInput(deletePersonaInput, { id: testId(1).slice(1) }))).toEqual([
        ['input', 'id'],
      ]);
      expect(parseInput(deletePersonaInput, { id: testId(1) }).id).toBe(testId(1));
    });
  });
});
