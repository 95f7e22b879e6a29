/**
 * The pages a poster PDF is printed on, landscape, in PDF points (1/72 inch):
 * A4 for a desk, A0 for the wall (seed 004: "grande affiche imprimée, format
 * A0 ou plus").
 */

/** A page size and the white border left around the picture. */
export interface PageFormat {
  width: number;
  height: number;
  margin: number;
}

/** The supported formats, by name. */
export const PAGE_FORMATS = {
  A4: { width: 841.89, height: 595.28, margin: 20 },
  A0: { width: 3370.39, height: 2383.94, margin: 60 },
} as const satisfies Record<string, PageFormat>;

/** "A4" or "A0". */
export type PageFormatName = keyof typeof PAGE_FORMATS;
