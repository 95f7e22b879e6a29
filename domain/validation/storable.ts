/**
 * What the storage can hold, as refinements every input schema is built on
 * (fields.ts), so that no input forgets them. A value outside these would
 * reach the store and come back as an internal error (the SDK refuses numbers
 * past 2^53, DynamoDB numbers under 1e-130 in magnitude) or, worse, be stored
 * altered (a lone surrogate is not UTF-8: it becomes U+FFFD or is refused).
 */
import * as z from 'zod';
import { LIMITS } from './limits';

/** True for a number DynamoDB stores, and gives back, exactly as sent. */
export function isStorableNumber(value: number): boolean {
  const magnitude = Math.abs(value);
  return (
    Number.isFinite(value) &&
    magnitude <= LIMITS.numberMax &&
    (magnitude === 0 || magnitude >= LIMITS.numberMinMagnitude)
  );
}

const BETWEEN = `must be between -${LIMITS.numberMax} and ${LIMITS.numberMax}`;

/**
 * A number input (a KPI's baseline, target, measured value): finite, at most
 * 2^53 − 1 in magnitude, and 0 or at least 1e-130 in magnitude. zod refuses
 * NaN and ±Infinity, which JSON variables could smuggle in.
 */
export const storableNumber = () =>
  z
    .number({ error: 'must be a finite number' })
    .min(-LIMITS.numberMax, BETWEEN)
    .max(LIMITS.numberMax, BETWEEN)
    .refine(
      (v) => v === 0 || Math.abs(v) >= LIMITS.numberMinMagnitude,
      `must be 0 or at least ${LIMITS.numberMinMagnitude} in magnitude`,
    );

/** A surrogate code unit not in a pair: not Unicode text, and not encodable as UTF-8. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Control characters (C0, DEL, C1). */
const CONTROL = /\p{Cc}/u;
/** Control characters other than tab and line breaks. */
const CONTROL_IN_TEXT = /(?![\t\n\r])\p{Cc}/u;

const codePoint = (text: string, pattern: RegExp): string => {
  const found = pattern.exec(text)?.[0] ?? '';
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
};

/** What is wrong with a string as stored text, or null when nothing is. */
export function textProblem(text: string, { lineBreaks }: { lineBreaks: boolean }): string | null {
  if (LONE_SURROGATE.test(text)) {
    return `must be valid Unicode text (a lone surrogate ${codePoint(text, LONE_SURROGATE)} is not)`;
  }
  const control = lineBreaks ? CONTROL_IN_TEXT : CONTROL;
  if (control.test(text)) {
    return lineBreaks
      ? `must not contain control characters other than tab and line breaks (found ${codePoint(text, control)})`
      : `must not contain control characters (found ${codePoint(text, control)})`;
  }
  return null;
}

/**
 * Adds the text rules to a string schema: well-formed Unicode, and no control
 * characters, except tab and line breaks where the text is free
 * (`lineBreaks`: descriptions, notes, list items); names, titles and labels
 * are one line.
 */
export const storableText = (schema: z.ZodString, { lineBreaks }: { lineBreaks: boolean }) =>
  schema.check((ctx) => {
    const problem = textProblem(ctx.value, { lineBreaks });
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });
