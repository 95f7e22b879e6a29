/**
 * Makes any user string safe to lay out and to put in XML, without losing
 * what a reader sees: canonical composition (so "e" + combining acute is one
 * "é", measured once), one kind of line break, collapsed spaces.
 */

// Note: XML 1.0 forbids these code points even escaped; lone surrogates cannot be encoded at all.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces what XML 1.0 cannot hold with U+FFFD (the replacement character),
 * so a broken string shows as broken rather than silently shorter.
 */
export const replaceInvalidXmlCharacters = (text: string): string =>
  text.replace(INVALID_XML, '\uFFFD');

/**
 * The text as the pictures draw it: NFC, XML-safe, CR/LF and Unicode line
 * separators turned into "\n", tabs into spaces, soft hyphens dropped (they
 * are invisible hints), runs of spaces collapsed, and each line trimmed; empty
 * lines are dropped. No visible character is lost.
 */
export function normalizeText(text: string): string {
  return replaceInvalidXmlCharacters(text.normalize('NFC'))
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\u00AD/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
