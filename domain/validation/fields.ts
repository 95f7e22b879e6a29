/** Building blocks of the input schemas, each with its contract limit and a message a person can act on. */
import * as z from 'zod';
import { isRealDay } from '../shared/calendar';
import { ULID_PATTERN } from '../shared/ids';
import { deferred } from './deferred';
import { LIMITS } from './limits';
import { storableNumber, storableText } from './storable';

/** A name, title or label: one line of 1–200 characters. */
export const name = () =>
  storableText(z.string().trim(), { lineBreaks: false })
    .min(1, 'must not be empty')
    .max(LIMITS.nameLength, `must be at most ${LIMITS.nameLength} characters`);

/** Free text (tab and line breaks allowed), up to `max` characters. */
export const text = (max: number = LIMITS.textLength) =>
  storableText(z.string().trim(), { lineBreaks: true }).max(
    max,
    `must be at most ${max} characters`,
  );

/** Optional text on create: absent or null is stored as null. */
export const optionalText = (max?: number) =>
  text(max)
    .nullish()
    .transform((v) => (v === undefined || v === '' ? null : v));

/** Text on update: absent is "unchanged", null (or "") is "clear". */
export const patchText = (max?: number) =>
  text(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

/** One item of a list input (a goal, an action, a tag): 1–500 characters of free text. */
export const listItem = () => text(LIMITS.listItemLength).min(1, 'must not be empty');

export const stringList = () =>
  z.array(listItem()).max(LIMITS.listItems, `must have at most ${LIMITS.listItems} items`);

export const optionalStringList = () =>
  stringList()
    .nullish()
    .transform((v) => v ?? []);

export const id = () => z.string().regex(ULID_PATTERN, 'must be an id (26-character ULID)');

/** An id argument of a read (`journeyMap(id:)`), built once: each request parses one. */
export const idArg = deferred(id);

export const revision = () =>
  z
    .number()
    .int('must be an integer')
    .min(1, 'revisions start at 1')
    .max(LIMITS.intMax, `must be at most ${LIMITS.intMax}`);

export const position = () =>
  z
    .number()
    .int('must be an integer')
    .min(0, 'must be 0 or more')
    .max(LIMITS.intMax, `must be at most ${LIMITS.intMax}`);

export const emotionScore = () =>
  z
    .number()
    .int('must be an integer')
    .min(LIMITS.emotionMin, `must be between ${LIMITS.emotionMin} and ${LIMITS.emotionMax}`)
    .max(LIMITS.emotionMax, `must be between ${LIMITS.emotionMin} and ${LIMITS.emotionMax}`);

export const age = () =>
  z
    .number()
    .int('must be an integer')
    .min(LIMITS.ageMin, `must be between ${LIMITS.ageMin} and ${LIMITS.ageMax}`)
    .max(LIMITS.ageMax, `must be between ${LIMITS.ageMin} and ${LIMITS.ageMax}`);

export const reviewCadenceDays = () =>
  z
    .number()
    .int('must be an integer')
    .min(LIMITS.reviewCadenceMinDays, 'must be between 1 and 730 days')
    .max(LIMITS.reviewCadenceMaxDays, 'must be between 1 and 730 days');

/** A measured or target value: a number DynamoDB stores exactly (storable.ts). */
export const measure = () => storableNumber();

/** An ISO-8601 instant; normalised to UTC with milliseconds. */
export const instant = () =>
  z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)) && isRealDay(v), 'must be an ISO-8601 date-time')
    .transform((v) => new Date(v).toISOString());

/** A list of distinct values: duplicates are a mistake worth reporting. */
export const distinct = <T extends z.ZodType<unknown[]>>(schema: T) =>
  schema.refine((list) => new Set(list).size === list.length, 'must not contain duplicates');
