import { parseInput } from '../../../../domain/validation/parseInput';
import {
  addStageInput,
  moveStageInput,
  removeStageInput,
  updateStageInput,
} from '../../../../domain/stages/stageInputs';
import { issuePaths } from '../../support/errors';
import { testId } from '../../support/records';

const [MAP, STAGE] = [testId(1), testId(2)];

describe('Stage inputs', () => {
  describe('addStage', () => {
    it('gets its defaults: optional texts null, no position (append)', () => {
      expect(parseInput(addStageInput, { mapId: MAP, name: ' Discovery ' })).toEqual({
        mapId: MAP,
        id: undefined,
        name: 'Discovery',
        description: null,
        position: undefined,
        customerGoal: null,
        owner: null,
      });
    });

    it('reports every offending field with its path', () => {
      expect(
        issuePaths(() =>
          parseInput(addStageInput, {
            mapId: 'not-an-id',
            name: '',
            description: 'd'.repeat(5001),
            position: -1,
            customerGoal: 'g'.repeat(5001),
            owner: 'o'.repeat(201),
          }),
        ),
      ).toEqual([
        ['input', 'mapId'],
        ['input', 'name'],
        ['input', 'description'],
        ['input', 'position'],
        ['input', 'customerGoal'],
        ['input', 'owner'],
      ]);
    });

    it('accepts position 0 and rejects a fractional position', () => {
      expect(parseInput(addStageInput, { mapId: MAP, name: 'S', position: 0 }).position).toBe(0);
      expect(
        issuePaths(() => parseInput(addStageInput, { mapId: MAP, name: 'S', position: 1.5 })),
      ).toEqual([['input', 'position']]);
    });
  });

  describe('updateStage', () => {
    it('reads an empty string as "clear" and leaves absent fields unchanged', () => {
      const parsed = parseInput(updateStageInput, {
        mapId: MAP,
        stageId: STAGE,
        customerGoal: '',
        owner: null,
      });
      expect(parsed).toMatchObject({ customerGoal: null, owner: null });
      expect(parsed.name).toBeUndefined();
      expect(parsed.description).toBeUndefined();
    });

    it('needs ULID ids', () => {
      expect(issuePaths(() => parseInput(updateStageInput, { mapId: MAP, stageId: 'x' }))).toEqual([
        ['input', 'stageId'],
      ]);
    });
  });

  describe('moveStage', () => {
    it('needs a position of 0 or more', () => {
      expect(issuePaths(() => parseInput(moveStageInput, { mapId: MAP, stageId: STAGE }))).toEqual([
        ['input', 'position'],
      ]);
      expect(
        issuePaths(() => parseInput(moveStageInput, { mapId: MAP, stageId: STAGE, position: -1 })),
      ).toEqual([['input', 'position']]);
    });
  });

  describe('removeStage', () => {
    it('accepts an expected revision of 1 or more', () => {
      expect(
        parseInput(removeStageInput, { mapId: MAP, stageId: STAGE, expectedRevision: 1 })
          .expectedRevision,
      ).toBe(1);
      expect(
        issuePaths(() =>
          parseInput(removeStageInput, { mapId: MAP, stageId: STAGE, expectedRevision: 0 }),
        ),
      ).toEqual([['input', 'expectedRevision']]);
    });
  });
});
