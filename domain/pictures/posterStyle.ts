/**
 * The poster's measurements, in picture units (CSS pixels in the SVG; the PDF
 * scales the whole picture to its page). Kept together so the look can be
 * tuned in one place.
 */
export const POSTER = {
  margin: 40,
  minWidth: 1400,
  labelWidth: 180,
  /** A touchpoint's sub-column; a stage is as wide as its touchpoints, at least `stageMinWidth`. */
  slotWidth: 190,
  stageMinWidth: 260,
  cellPadding: 10,
  lanePadding: 14,
  gap: 8,
  sectionGap: 24,
  font: {
    title: 32,
    subtitle: 14,
    body: 11.5,
    small: 10,
    label: 13,
    stageName: 16,
    minimum: 8,
  },
  emotionPlotHeight: 180,
} as const;
