/**
 * French number formatting done by hand rather than with Intl: ICU versions
 * disagree on the group separator (U+00A0 or U+202F), and a picture must be
 * byte-identical from one run to the next.
 */

/** "1 800", "0,45", "3,5", "-2": at most two decimals, comma, no-break space between thousands. */
export function formatNumber(value: number): string {
  const sign = value < 0 ? '-' : '';
  const [whole = '0', fraction = ''] = Math.abs(Math.round(value * 100) / 100)
    .toFixed(2)
    .split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0');
  const decimals = fraction.replace(/0+$/, '');
  const text = decimals ? `${grouped},${decimals}` : grouped;
  return text === '0' ? text : `${sign}${text}`;
}

/** An emotion score with its sign: "+2", "0", "-0,4". */
export const formatScore = (value: number): string =>
  value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
