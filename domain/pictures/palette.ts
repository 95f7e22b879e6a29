/**
 * The pictures' colours. Emotions follow seed 004's code (green: positive and
 * fluid; orange: neutral or could be better; red: major friction), in shades
 * dark enough for white outlines and light tints for backgrounds.
 */
import type { EmotionColor, ImprovementStatus, Quadrant, Severity } from '../shared/enums';

/** Neutral colours of text, lines and panels. */
export const PALETTE = {
  ink: '#1f2933',
  muted: '#52606d',
  faint: '#7b8794',
  hairline: '#d9e2ec',
  panel: '#f5f7fa',
  laneAlternate: '#fbfcfd',
  paper: '#ffffff',
  stageHeader: '#243b53',
  onDark: '#ffffff',
  curve: '#486581',
  momentOfTruth: '#6741d9',
  star: '#f7b500',
  online: '#1c7ed6',
  offline: '#495057',
  thought: '#fff9db',
  thoughtBorder: '#f0d264',
  reached: '#2b8a3e',
  notReached: '#c92a2a',
  unknown: '#868e96',
} as const;

/** Strong emotion colours: curve points, markers, stage averages. */
export const EMOTION_FILL: Record<EmotionColor, string> = {
  GREEN: '#2f9e44',
  ORANGE: '#f08c00',
  RED: '#e03131',
};

/** Light emotion tints: the curve's background bands. */
export const EMOTION_TINT: Record<EmotionColor, string> = {
  GREEN: '#ebfbee',
  ORANGE: '#fff4e6',
  RED: '#fff0f0',
};

/** The colour of a point or stage without a score. */
export const NO_EMOTION_FILL = '#adb5bd';

/** Severity badges, from a grey-blue nuisance to a dark-red blocker. */
export const SEVERITY_FILL: Record<Severity, { fill: string; text: string }> = {
  LOW: { fill: '#d0ebff', text: '#1864ab' },
  MEDIUM: { fill: '#ffec99', text: '#7c5800' },
  HIGH: { fill: '#ffc9a9', text: '#a33a00' },
  CRITICAL: { fill: '#c92a2a', text: '#ffffff' },
};

/** Quadrant backgrounds of the impact / effort matrix. */
export const QUADRANT_TINT: Record<Quadrant, string> = {
  QUICK_WIN: '#ebfbee',
  STRATEGIC_PROJECT: '#e7f5ff',
  FILL_IN: '#f8f9fa',
  AVOID: '#fff0f0',
};

/** Quadrant title colours, matching their tints. */
export const QUADRANT_INK: Record<Quadrant, string> = {
  QUICK_WIN: '#2b8a3e',
  STRATEGIC_PROJECT: '#1864ab',
  FILL_IN: '#495057',
  AVOID: '#c92a2a',
};

/** Status dots of improvements. */
export const STATUS_FILL: Record<ImprovementStatus, string> = {
  IDEA: '#adb5bd',
  PLANNED: '#4dabf7',
  IN_PROGRESS: '#f59f00',
  DONE: '#37b24d',
  DROPPED: '#495057',
};

/** The fill for an emotion colour, grey when there is none. */
export const emotionFill = (color: EmotionColor | null): string =>
  color === null ? NO_EMOTION_FILL : EMOTION_FILL[color];
