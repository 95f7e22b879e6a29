/** Statistics and plain-text formatting shared by the benchmark sections. */

/** The p-th percentile (0–100) by the nearest-rank method: a value that was measured. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

/** The median; with an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export const ms = (value: number, digits = 1): string => `${value.toFixed(digits)} ms`;

export const kib = (bytes: number): string =>
  `${(bytes / 1024).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KiB`;

export const bytesAndKib = (bytes: number): string =>
  `${bytes.toLocaleString('en-US')} B (${kib(bytes)})`;

export const ratio = (value: number): string => `${value.toFixed(2)}×`;

/** Right-aligns cells that look like figures, left-aligns the rest. */
const looksNumeric = (cell: string) => /^[-+]?[\d.,]+/.test(cell.trim());

/** A table with a header row, padded to the widest cell of each column, indented. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  indent = 2,
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[], isHeader: boolean) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return !isHeader && i > 0 && looksNumeric(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header, true), rule, ...rows.map((r) => line(r, false))]
    .map((l) => `${' '.repeat(indent)}${l}`)
    .join('\n');
}

/** A block of "label: value" lines with aligned values. */
export function list(entries: readonly (readonly [string, string])[], indent = 2): string {
  const width = Math.max(...entries.map(([label]) => label.length));
  return entries
    .map(([label, value]) => `${' '.repeat(indent)}${`${label}:`.padEnd(width + 2)}${value}`)
    .join('\n');
}

export function heading(title: string): string {
  return `\n${title}\n${'='.repeat(title.length)}`;
}

/** Wraps a note to about 100 columns, indented. */
export function note(text: string, indent = 2): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && current.length + word.length + 1 > 100 - indent) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines.map((l) => `${' '.repeat(indent)}${l}`).join('\n');
}

/** A Markdown table (pipes), padded so that it also reads as plain text. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Summary statistics of timed samples, in milliseconds. */
export interface Timing {
  samples: number;
  medianMs: number;
  p95Ms: number;
}

export const timing = (values: readonly number[]): Timing => ({
  samples: values.length,
  medianMs: median(values),
  p95Ms: percentile(values, 95),
});

/** Milliseconds with digits suited to their size (0.83 ms, 12.4 ms, 230 ms). */
export const msAuto = (value: number): string => ms(value, value < 10 ? 2 : value < 100 ? 1 : 0);
