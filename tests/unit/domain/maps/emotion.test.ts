import {
  averageColor,
  averageEmotion,
  emotionColor,
  roundHalfAwayFromZero,
} from '../../../../domain/maps/emotion';
import { SCORE_COLOURS } from '../../support/emotions';

describe('Emotion', () => {
  describe('emotionColor of a touchpoint score', () => {
    it.each(SCORE_COLOURS)('colours %i %s', (score, colour) => {
      expect(emotionColor(score)).toBe(colour);
    });

    it('has no colour without a score', () => {
      expect(emotionColor(null)).toBeNull();
    });
  });

  describe('roundHalfAwayFromZero', () => {
    it.each([
      [0.5, 1],
      [-0.5, -1],
      [1.5, 2],
      [-1.5, -2],
      [0.49, 0],
      [-0.49, 0],
      [1.2, 1],
      [-1.7, -2],
      [2, 2],
    ])('rounds %d to %d', (value, rounded) => {
      // Note: `+ 0` turns −0 into 0; only the numeric value matters here.
      expect(roundHalfAwayFromZero(value) + 0).toBe(rounded);
    });
  });

  describe('averageEmotion', () => {
    it('averages the scores', () => {
      expect(averageEmotion([2, 1, -1, 0])).toBe(0.5);
    });

    it('ignores touchpoints without a score', () => {
      expect(averageEmotion([null, 2, null, -1])).toBe(0.5);
    });

    it('is null when no score is set', () => {
      expect(averageEmotion([null, null])).toBeNull();
      expect(averageEmotion([])).toBeNull();
    });
  });

  describe('averageColor of a stage', () => {
    it.each([
      [0.5, 'GREEN'],
      [-0.5, 'RED'],
      [0.4, 'ORANGE'],
      [-0.4, 'ORANGE'],
      [0, 'ORANGE'],
      [1.5, 'GREEN'],
      [-1.5, 'RED'],
      [-2, 'RED'],
      [2, 'GREEN'],
    ] as const)('colours an average of %d %s', (average, colour) => {
      expect(averageColor(average)).toBe(colour);
    });

    it('colours the average of +1 and −2 (−0.5) RED', () => {
      expect(averageColor(averageEmotion([1, -2]))).toBe('RED');
    });

    it('colours the average of +2 and −1 (+0.5) GREEN', () => {
      expect(averageColor(averageEmotion([2, -1]))).toBe('GREEN');
    });

    it('colours the average of +1, +1 and −1 (+0.33) ORANGE', () => {
      expect(averageColor(averageEmotion([1, 1, -1]))).toBe('ORANGE');
    });

    it('has no colour without an average', () => {
      expect(averageColor(null)).toBeNull();
    });
  });
});
