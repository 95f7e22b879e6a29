import {
  createImprovementInput,
  deleteImprovementInput,
  improvementFilterInput,
  updateImprovementInput,
} from '../../../../domain/backlog/improvementInputs';
import { parseInput } from '../../../../domain/validation/parseInput';
import { issuePaths } from '../../support/errors';
import { testId } from '../../support/records';

const MAP = testId(1);
const IMPROVEMENT = `${MAP}:${testId(60)}`;

/** The distinct paths of the issues (a field may fail more than one check). */
const fieldPaths = (fn: () => unknown) => [
  ...new Map(issuePaths(fn).map((path) => [path.join('.'), path])).values(),
];

const create = (input: Record<string, unknown>) =>
  parseInput(createImprovementInput, {
    mapId: MAP,
    title: 'Autofill the SIRET from the company name',
    impact: 4,
    effort: 2,
    ...input,
  });

describe('Improvement inputs', () => {
  describe('createImprovement', () => {
    it('gets its defaults: IDEA, no due date, no links', () => {
      expect(create({})).toMatchObject({
        status: 'IDEA',
        description: null,
        owner: null,
        dueDate: null,
        tags: [],
        stageId: null,
        touchpointIds: [],
        painPointIds: [],
        kpiId: null,
      });
    });

    describe.each(['impact', 'effort'])('%s', (field) => {
      it.each([1, 3, 5])('accepts %i', (value) => {
        expect(create({ [field]: value })).toMatchObject({ [field]: value });
      });

      it.each([0, 6, 2.5, -1])('rejects %d', (value) => {
        expect(issuePaths(() => create({ [field]: value }))).toEqual([['input', field]]);
      });

      it('is required', () => {
        expect(issuePaths(() => create({ [field]: undefined }))).toEqual([['input', field]]);
      });
    });

    describe('dueDate', () => {
      it.each(['2025-06-30', '2024-02-29'])('accepts the calendar date %s', (dueDate) => {
        expect(create({ dueDate }).dueDate).toBe(dueDate);
      });

      it.each(['30/06/2025', '2025-06-30T00:00:00Z', '2025-13-01', '2025-02-30', '2025-04-31'])(
        'rejects %s',
        (dueDate) => {
          expect(fieldPaths(() => create({ dueDate }))).toEqual([['input', 'dueDate']]);
        },
      );
    });

    it('applies the name and text limits to title and description', () => {
      expect(issuePaths(() => create({ title: '  ', description: 'd'.repeat(5001) }))).toEqual([
        ['input', 'title'],
        ['input', 'description'],
      ]);
    });

    it('links distinct ULIDs, at most 20 of each kind', () => {
      const ids = (n: number) => Array.from({ length: n }, (_, i) => testId(100 + i));
      expect(create({ touchpointIds: ids(20) }).touchpointIds).toHaveLength(20);
      expect(
        issuePaths(() =>
          create({ touchpointIds: ids(21), painPointIds: [testId(2), testId(2)], kpiId: 'kpi' }),
        ),
      ).toEqual([
        ['input', 'touchpointIds'],
        ['input', 'painPointIds'],
        ['input', 'kpiId'],
      ]);
    });

    it('takes a client-chosen id only in the map given as mapId', () => {
      expect(create({ id: IMPROVEMENT }).id).toBe(IMPROVEMENT);
      expect(issuePaths(() => create({ id: `${testId(2)}:${testId(60)}` }))).toEqual([
        ['input', 'id'],
      ]);
      expect(fieldPaths(() => create({ id: testId(60) }))).toEqual([['input', 'id']]);
    });
  });

  describe('updateImprovement', () => {
    it('needs an improvement id (<mapId>:<ulid>)', () => {
      expect(issuePaths(() => parseInput(updateImprovementInput, { id: MAP }))).toEqual([
        ['input', 'id'],
      ]);
    });

    it('clears optional fields with null and leaves absent ones unchanged', () => {
      const parsed = parseInput(updateImprovementInput, {
        id: IMPROVEMENT,
        dueDate: null,
        owner: '',
        stageId: null,
      });
      expect(parsed).toMatchObject({ dueDate: null, owner: null, stageId: null });
      expect(parsed.impact).toBeUndefined();
      expect(parsed.status).toBeUndefined();
    });

    it('applies the 1–5 scale', () => {
      expect(
        issuePaths(() =>
          parseInput(updateImprovementInput, { id: IMPROVEMENT, impact: 0, effort: 6 }),
        ),
      ).toEqual([
        ['input', 'impact'],
        ['input', 'effort'],
      ]);
    });
  });

  describe('deleteImprovement', () => {
    it('needs an improvement id', () => {
      expect(parseInput(deleteImprovementInput, { id: IMPROVEMENT }).id).toBe(IMPROVEMENT);
      expect(issuePaths(() => parseInput(deleteImprovementInput, { id: 'x' }))).toEqual([
        ['input', 'id'],
      ]);
    });
  });

  describe('the improvements filter', () => {
    it('is all nulls when absent', () => {
      expect(parseInput(improvementFilterInput, undefined, ['filter'])).toEqual({
        mapId: null,
        quadrant: null,
        status: null,
        stageId: null,
      });
    });

    it('names the offending filter field', () => {
      expect(
        issuePaths(() =>
          parseInput(improvementFilterInput, { quadrant: 'MAYBE', mapId: 'x' }, ['filter']),
        ),
      ).toEqual([
        ['filter', 'mapId'],
        ['filter', 'quadrant'],
      ]);
    });
  });
});
