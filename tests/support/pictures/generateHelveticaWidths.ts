/**
 * Writes `domain/pictures/__generated__/helveticaWidths.ts`, the width table the pictures
 * measure text with, from the AFM metrics of `@pdf-lib/standard-fonts`.
 * Run with `npx tsx tests/support/pictures/generateHelveticaWidths.ts`; the
 * unit tests fail if the committed table drifts from its source.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHelveticaWidths } from './helveticaWidthSource';

const { codePoints, regular, bold } = readHelveticaWidths();
const list = (values: number[]) => `[${values.join(', ')}]`;
const hex = (values: number[]) => `[${values.map((v) => `0x${v.toString(16)}`).join(', ')}]`;

const source = `/**
 * Advance widths of Helvetica and Helvetica-Bold, in thousandths of an em, for
 * every character of the WinAnsi encoding and a few French extras (narrow and
 * thin no-break spaces, non-breaking hyphen, minus sign). Arial and Liberation
 * Sans, which the pictures name first, share these widths.
 *
 * Generated from the Adobe Core 14 AFM files as \`@pdf-lib/standard-fonts\`
 * ships them, by tests/support/pictures/generateHelveticaWidths.ts: do not edit.
 */

/** The characters measured, ascending; the two width lists follow this order. */
export const MEASURED_CODE_POINTS: readonly number[] = ${hex(codePoints)};

/** Helvetica widths, one per entry of MEASURED_CODE_POINTS. */
export const HELVETICA_WIDTHS: readonly number[] = ${list(regular)};

/** Helvetica-Bold widths, one per entry of MEASURED_CODE_POINTS. */
export const HELVETICA_BOLD_WIDTHS: readonly number[] = ${list(bold)};
`;

const target = join(__dirname, '../../../domain/pictures/__generated__/helveticaWidths.ts');
writeFileSync(target, source);
console.log(`wrote ${codePoints.length} widths to ${target}`);
