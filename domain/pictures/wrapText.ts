/**
 * Line breaking for French text measured with the pictures' metrics. Lines
 * break at spaces; a space before « : ; ! ? » % € » or after « « » never
 * breaks (French typography puts a no-break space there, and typed text often
 * has a plain one); a word wider than the line breaks after a hyphen or a
 * slash first, and between characters only as a last resort. Nothing is
 * dropped: the lines hold every visible character of the text, in order.
 */
import { normalizeText } from './normalizeText';
import { textWidth, type FontWeight } from './textMetrics';

/** The font a text is wrapped in: its size and weight. */
export interface TextFont {
  fontSize: number;
  weight: FontWeight;
}

const NO_BREAK_SPACE = '\u00A0';

// Note: widths are sums of floats; a line measured exactly at the box width must still fit.
const TOLERANCE = 1e-6;

/** Turns the spaces French typography keeps with their neighbour into no-break spaces. */
export const bindFrenchPunctuation = (paragraph: string): string =>
  paragraph
    .replace(/ (?=[:;!?»%€\u203A])/g, NO_BREAK_SPACE)
    .replace(/(?<=[«\u2039]) /g, NO_BREAK_SPACE);

const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/** A word split after its hyphens and slashes ("e-commerce" → "e-", "commerce"). */
const hyphenPieces = (word: string): string[] => word.split(/(?<=[^\s-][-/])(?=[^\s-])/u);

/**
 * Packs pieces of one word greedily into lines no wider than `maxWidth`; a
 * piece still too wide is cut between graphemes. A single grapheme wider than
 * the line gets a line of its own (nothing narrower can hold it).
 */
function breakWord(word: string, maxWidth: number, font: TextFont): string[] {
  const fits = (text: string) =>
    textWidth(text, font.fontSize, font.weight) <= maxWidth + TOLERANCE;
  const lines: string[] = [];
  let line = '';
  const place = (piece: string) => {
    if (fits(line + piece)) {
      line += piece;
      return;
    }
    if (line) lines.push(line);
    line = piece;
  };
  for (const piece of hyphenPieces(word)) {
    if (fits(piece)) place(piece);
    else for (const { segment } of graphemes.segment(piece)) place(segment);
  }
  if (line) lines.push(line);
  return lines;
}

function wrapParagraph(paragraph: string, maxWidth: number, font: TextFont): string[] {
  const fits = (text: string) =>
    textWidth(text, font.fontSize, font.weight) <= maxWidth + TOLERANCE;
  const lines: string[] = [];
  let line = '';
  for (const word of bindFrenchPunctuation(paragraph).split(' ')) {
    if (!word) continue;
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (fits(word)) {
      line = word;
      continue;
    }
    const pieces = breakWord(word, maxWidth, font);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Wraps `text` into lines no wider than `maxWidth` (except a lone grapheme
 * wider than the whole line). Line breaks in the text are kept; the text is
 * normalised first (see normalizeText).
 */
export function wrapText(text: string, maxWidth: number, font: TextFont): string[] {
  const normalized = normalizeText(text);
  if (!normalized) return [];
  return normalized.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, font));
}
