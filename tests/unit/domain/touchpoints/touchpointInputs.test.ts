import { parseInput } from '../../../../domain/validation/parseInput';
import {
  addTouchpointInput,
  moveTouchpointInput,
  removeTouchpointInput,
  updateTouchpointInput,
} from '../../../../domain/touchpoints/touchpointInputs';
import { issuePaths } from '../../support/errors';
import { testId } from '../../support/records';

const [MAP, STAGE, TOUCHPOINT] = [testId(1), testId(2), testId(3)];

const add = (input: Record<string, unknown>) =>
  parseInput(addTouchpointInput, {
    mapId: MAP,
    stageId: STAGE,
    name: 'Quote form',
    channel: 'WEBSITE',
    ...input,
  });
const update = (input: Record<string, unknown>) =>
  parseInput(updateTouchpointInput, { mapId: MAP, touchpointId: TOUCHPOINT, ...input });

describe('Touchpoint inputs', () => {
  describe('addTouchpoint', () => {
    it('gets its defaults: not a moment of truth, no score, no duration, optional texts null, lists empty', () => {
      expect(add({})).toEqual({
        mapId: MAP,
        stageId: STAGE,
        id: undefined,
        name: 'Quote form',
        description: null,
        channel: 'WEBSITE',
        mode: undefined,
        actions: [],
        thoughts: [],
        emotionScore: null,
        isMomentOfTruth: false,
        ownerTeam: null,
        durationMinutes: null,
        position: undefined,
      });
    });

    it('keeps an explicit mode and moment of truth', () => {
      expect(add({ mode: 'OFFLINE', isMomentOfTruth: true })).toMatchObject({
        mode: 'OFFLINE',
        isMomentOfTruth: true,
      });
    });

    describe('emotionScore', () => {
      it.each([-2, -1, 0, 1, 2])('accepts %i', (score) => {
        expect(add({ emotionScore: score }).emotionScore).toBe(score);
      });

      it.each([-3, 3, 0.5, -1.5])('rejects %d', (score) => {
        expect(issuePaths(() => add({ emotionScore: score }))).toEqual([['input', 'emotionScore']]);
      });

      it('rejects a string', () => {
        expect(issuePaths(() => add({ emotionScore: '1' }))).toEqual([['input', 'emotionScore']]);
      });
    });

    it('needs a channel from the Channel enum', () => {
      expect(issuePaths(() => add({ channel: undefined }))).toEqual([['input', 'channel']]);
      expect(issuePaths(() => add({ channel: 'CARRIER_PIGEON' }))).toEqual([['input', 'channel']]);
    });

    it('reports every offending field with its path', () => {
      expect(
        issuePaths(() =>
          add({
            stageId: 'stage-1',
            name: 'n'.repeat(201),
            description: 'd'.repeat(5001),
            actions: Array.from({ length: 101 }, () => 'a'),
            thoughts: ['t'.repeat(501)],
            emotionScore: 5,
            ownerTeam: 'o'.repeat(201),
            position: -1,
          }),
        ),
      ).toEqual([
        ['input', 'stageId'],
        ['input', 'name'],
        ['input', 'description'],
        ['input', 'actions'],
        ['input', 'thoughts', 0],
        ['input', 'emotionScore'],
        ['input', 'ownerTeam'],
        ['input', 'position'],
      ]);
    });
  });

  describe('updateTouchpoint', () => {
    it('clears the score with null and texts with an empty string', () => {
      expect(update({ emotionScore: null, description: '', ownerTeam: '' })).toMatchObject({
        emotionScore: null,
        description: null,
        ownerTeam: null,
      });
    });

    it('leaves absent fields unchanged', () => {
      const parsed = update({});
      expect(parsed.emotionScore).toBeUndefined();
      expect(parsed.isMomentOfTruth).toBeUndefined();
      expect(parsed.mode).toBeUndefined();
    });

    it('applies the limits of addTouchpoint', () => {
      expect(
        issuePaths(() => update({ emotionScore: 3, name: '', actions: ['a'.repeat(501)] })),
      ).toEqual([
        ['input', 'name'],
        ['input', 'actions', 0],
        ['input', 'emotionScore'],
      ]);
    });
  });

  describe('moveTouchpoint', () => {
    it('needs the target stage and a position', () => {
      expect(
        issuePaths(() => parseInput(moveTouchpointInput, { mapId: MAP, touchpointId: TOUCHPOINT })),
      ).toEqual([
        ['input', 'stageId'],
        ['input', 'position'],
      ]);
    });
  });

  describe('removeTouchpoint', () => {
    it('needs ULID ids', () => {
      expect(
        issuePaths(() => parseInput(removeTouchpointInput, { mapId: 'm', touchpointId: 't' })),
      ).toEqual([
        ['input', 'mapId'],
        ['input', 'touchpointId'],
      ]);
    });
  });
});
