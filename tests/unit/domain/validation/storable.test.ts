import * as z from 'zod';
import * as field from '../../../../domain/validation/fields';
import { LIMITS } from '../../../../domain/validation/limits';
import { parseInput } from '../../../../domain/validation/parseInput';
import {
  isStorableNumber,
  storableNumber,
  storableText,
  textProblem,
} from '../../../../domain/validation/storable';
import { inputIssues } from '../../support/errors';

const messages = (schema: z.ZodType, value: unknown) =>
  inputIssues(() => parseInput(schema, value)).map((i) => i.message);

describe('storableNumber', () => {
  it.each([
    0,
    -0,
    1,
    -1,
    0.5,
    38.25,
    -12.5,
    1e-130,
    -1e-130,
    1.5e-130,
    2 ** 53 - 1,
    -(2 ** 53 - 1),
  ])('accepts %p, which DynamoDB stores exactly', (value) => {
    expect(isStorableNumber(value)).toBe(true);
    expect(storableNumber().parse(value)).toBe(value);
  });

  it.each([2 ** 53, -(2 ** 53), 1e21, 1e300, Number.MAX_VALUE, -Number.MAX_VALUE])(
    'refuses %p: beyond 2^53 − 1 in magnitude',
    (value) => {
      expect(isStorableNumber(value)).toBe(false);
      expect(messages(storableNumber(), value)).toEqual([
        `must be between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`,
      ]);
    },
  );

  it.each([1e-131, -1e-131, 9.99e-131, Number.MIN_VALUE, -Number.MIN_VALUE, 2.2e-308])(
    'refuses %p: not 0 and under 1e-130 in magnitude (DynamoDB underflows)',
    (value) => {
      expect(isStorableNumber(value)).toBe(false);
      expect(messages(storableNumber(), value)).toEqual([
        'must be 0 or at least 1e-130 in magnitude',
      ]);
    },
  );

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '12', null])(
    'refuses %p: not a finite number',
    (value) => {
      expect(messages(storableNumber(), value)).toContain('must be a finite number');
    },
  );

  it('states its bounds in LIMITS, where the README quotes them', () => {
    expect(LIMITS.numberMax).toBe(9_007_199_254_740_991);
    expect(LIMITS.numberMinMagnitude).toBe(1e-130);
  });
});

describe('textProblem', () => {
  it.each(['Marie', 'Émilie « la Parisienne »', '語語語', 'emoji 😀 pairs', ''])(
    'finds nothing wrong with %p',
    (text) => {
      expect(textProblem(text, { lineBreaks: false })).toBeNull();
    },
  );

  it.each(['\ud800', 'a\udbffb', '\udc00', 'x\udfff', '😀'.charAt(0), '😀'.charAt(1)])(
    'refuses a lone surrogate (%p): it is not Unicode text, nor UTF-8',
    (text) => {
      expect(textProblem(text, { lineBreaks: true })).toMatch(/lone surrogate U\+D[89A-F]/);
    },
  );

  it.each([
    '\u0000',
    'a\u0001',
    '\u0007',
    '\u000b',
    '\u000c',
    '\u001b[31m',
    '\u007f',
    '\u0085',
    '\u009f',
  ])('refuses control character %p everywhere', (text) => {
    expect(textProblem(text, { lineBreaks: true })).toMatch(/control characters/);
    expect(textProblem(text, { lineBreaks: false })).toMatch(/control characters/);
  });

  it('allows tab and line breaks in free text only, and names the one it found', () => {
    expect(textProblem('a\tb\nc\r\nd', { lineBreaks: true })).toBeNull();
    expect(textProblem('a\nb', { lineBreaks: false })).toBe(
      'must not contain control characters (found U+000A)',
    );
    expect(textProblem('a\u0000', { lineBreaks: true })).toBe(
      'must not contain control characters other than tab and line breaks (found U+0000)',
    );
  });

  it('runs in linear time on long hostile strings', () => {
    const long = `${'a\ud83d\ude00'.repeat(50_000)}\ud800`;
    const started = performance.now();
    expect(textProblem(long, { lineBreaks: true })).toMatch(/lone surrogate/);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('storableText in the input fields', () => {
  const fields: [string, z.ZodType][] = [
    ['name', field.name()],
    ['text', field.text()],
    ['optionalText', field.optionalText()],
    ['patchText', field.patchText()],
    ['listItem', field.listItem()],
  ];

  it.each(fields)('%s refuses lone surrogates and control characters', (_, schema) => {
    expect(messages(schema, 'a\ud800')[0]).toMatch(/lone surrogate/);
    expect(messages(schema, 'a\u0000b')[0]).toMatch(/control characters/);
  });

  it('keeps line breaks in free text and refuses them in names', () => {
    expect(field.text().parse('Ligne 1\nLigne 2')).toBe('Ligne 1\nLigne 2');
    expect(field.listItem().parse('a\tb')).toBe('a\tb');
    expect(messages(field.name(), 'Marie\nDupont')).toEqual([
      'must not contain control characters (found U+000A)',
    ]);
  });

  it('reports every problem of a string at once', () => {
    expect(messages(field.name(), `${'x'.repeat(201)}\u0000`)).toEqual([
      'must not contain control characters (found U+0000)',
      'must be at most 200 characters',
    ]);
  });

  it('checks the text after trimming, so edge whitespace still trims', () => {
    expect(field.name().parse('  Marie \n')).toBe('Marie');
    expect(storableText(z.string().trim(), { lineBreaks: false }).parse('\t x \t')).toBe('x');
  });
});

describe('integer inputs', () => {
  it("stop at GraphQL's Int range, so the domain agrees with the transport", () => {
    expect(messages(field.position(), 2 ** 31)).toEqual([`must be at most ${LIMITS.intMax}`]);
    expect(messages(field.revision(), 2 ** 31)).toEqual([`must be at most ${LIMITS.intMax}`]);
    expect(field.position().parse(LIMITS.intMax)).toBe(LIMITS.intMax);
  });
});
