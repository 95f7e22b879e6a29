/**
 * The colour of each touchpoint emotion score, from +2 to −2: green above
 * zero, orange at zero, red below.
 */
export const SCORE_COLOURS = [
  [2, 'GREEN'],
  [1, 'GREEN'],
  [0, 'ORANGE'],
  [-1, 'RED'],
  [-2, 'RED'],
] as const;
