import {
  addPainPointInput,
  removePainPointInput,
  updatePainPointInput,
} from '../../../../domain/painPoints/painPointInputs';
import { parseInput } from '../../../../domain/validation/parseInput';
import { issuePaths } from '../../support/errors';
import { testId } from '../../support/records';

const [MAP, TOUCHPOINT, PAIN_POINT] = [testId(1), testId(3), testId(4)];

const add = (input: Record<string, unknown>) =>
  parseInput(addPainPointInput, {
    mapId: MAP,
    touchpointId: TOUCHPOINT,
    description: 'The form asks twice for the SIRET',
    ...input,
  });

describe('Pain point inputs', () => {
  describe('addPainPoint', () => {
    it('gets its defaults: MEDIUM severity, no evidence', () => {
      expect(add({})).toMatchObject({ severity: 'MEDIUM', evidence: [] });
    });

    it('accepts a description of 5,000 characters', () => {
      expect(add({ description: 'd'.repeat(5000) }).description).toHaveLength(5000);
    });

    it.each([
      ['empty', ''],
      ['blank', '   '],
      ['5,001 characters long', 'd'.repeat(5001)],
    ])('rejects a description that is %s', (_case, description) => {
      expect(issuePaths(() => add({ description }))).toEqual([['input', 'description']]);
    });

    it('reports every offending field with its path', () => {
      expect(
        issuePaths(() =>
          add({
            touchpointId: 'tp',
            severity: 'SEVERE',
            evidence: ['e'.repeat(501), ''],
          }),
        ),
      ).toEqual([
        ['input', 'touchpointId'],
        ['input', 'severity'],
        ['input', 'evidence', 0],
        ['input', 'evidence', 1],
      ]);
    });

    it('rejects more than 100 pieces of evidence', () => {
      expect(issuePaths(() => add({ evidence: Array.from({ length: 101 }, () => 'e') }))).toEqual([
        ['input', 'evidence'],
      ]);
    });
  });

  describe('updatePainPoint', () => {
    it('does not accept clearing the description', () => {
      expect(
        issuePaths(() =>
          parseInput(updatePainPointInput, {
            mapId: MAP,
            painPointId: PAIN_POINT,
            description: '',
          }),
        ),
      ).toEqual([['input', 'description']]);
    });

    it('replaces the evidence list', () => {
      expect(
        parseInput(updatePainPointInput, { mapId: MAP, painPointId: PAIN_POINT, evidence: ['NPS'] })
          .evidence,
      ).toEqual(['NPS']);
    });
  });

  describe('removePainPoint', () => {
    it('needs a ULID painPointId', () => {
      expect(issuePaths(() => parseInput(removePainPointInput, { mapId: MAP }))).toEqual([
        ['input', 'painPointId'],
      ]);
    });
  });
});
