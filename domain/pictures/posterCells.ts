/**
 * The contents of the poster's lane cells, each laid out from (0, 0) in the
 * width its column gives it; the lane then takes the height of its tallest
 * cell, so text wraps and boxes grow instead of overflowing.
 */
import { SEVERITY_LABEL } from './frenchLabels';
import { formatNumber } from './formatNumber';
import { PALETTE, SEVERITY_FILL } from './palette';
import { asBlock, group, rect, shiftItems, stackBlocks, type Block, type Item } from './picture';
import { pill } from './pill';
import type { PosterKpi, PosterPainPoint, PosterStage, PosterTouchpoint } from './posterInput';
import { POSTER } from './posterStyle';
import { textBox } from './textBox';
import { firstBaseline } from './textMetrics';

const { font } = POSTER;

// Note: a user can type a whole page into one field; past this many lines a box ellipsises (with a tooltip).
const MAX_LINES = 14;

const bodyText = (text: string, width: number, color: string = PALETTE.ink, className?: string) =>
  textBox(text, {
    x: 0,
    y: 0,
    width,
    fontSize: font.body,
    color,
    maxLines: MAX_LINES,
    minFontSize: font.minimum,
    ...(className ? { className } : {}),
  });

/** A muted dash for an empty field, so an empty cell reads as "nothing recorded". */
const emptyMark = (width: number): Block => asBlock(bodyText('—', width, PALETTE.faint));

/** The stage's customer goal ("job to be done"). */
export function goalCell(stage: PosterStage, width: number): Block {
  if (stage.customerGoal === null) return emptyMark(width);
  return asBlock(bodyText(stage.customerGoal, width, PALETTE.ink, 'customer-goal'));
}

/** What the customer does: one bullet per action. */
export function actionsCell(touchpoint: PosterTouchpoint, width: number): Block {
  if (touchpoint.actions.length === 0) return emptyMark(width);
  const bullets = touchpoint.actions.map((action): Block => {
    const text = { ...bodyText(action, width - 12, PALETTE.ink, 'action'), x: 12 };
    const dot: Item = {
      kind: 'circle',
      center: { x: 4, y: firstBaseline(0, text.fontSize) - text.fontSize * 0.3 },
      radius: 2.2,
      fill: PALETTE.muted,
      stroke: null,
    };
    return { items: [dot, text], height: text.height };
  });
  return stackBlocks(bullets, 6);
}

/** What the customer thinks or asks: one note per thought. */
export function thoughtsCell(touchpoint: PosterTouchpoint, width: number): Block {
  if (touchpoint.thoughts.length === 0) return emptyMark(width);
  const notes = touchpoint.thoughts.map((thought): Block => {
    const text = { ...bodyText(thought, width - 16, PALETTE.ink, 'thought'), x: 8, y: 6 };
    const height = text.height + 12;
    return {
      items: [
        rect({ x: 0, y: 0, width, height }, PALETTE.thought, {
          radius: 6,
          stroke: { color: PALETTE.thoughtBorder, width: 1 },
        }),
        text,
      ],
      height,
    };
  });
  return stackBlocks(notes, 6);
}

function painPointCard(painPoint: PosterPainPoint, width: number): Block {
  const colors = SEVERITY_FILL[painPoint.severity];
  const badge = pill(SEVERITY_LABEL[painPoint.severity], 8, 8, {
    fill: colors.fill,
    color: colors.text,
    fontSize: 9.5,
    className: 'severity',
  });
  const text = {
    ...bodyText(painPoint.description, width - 16, PALETTE.ink, 'pain-point-description'),
    x: 8,
    y: 8 + badge.height + 5,
  };
  const height = text.y + text.height + 8;
  return {
    height,
    items: [
      group({ className: 'pain-point', data: { severity: painPoint.severity } }, [
        rect({ x: 0, y: 0, width, height }, '#fff8f8', {
          radius: 6,
          stroke: { color: '#f1c0c0', width: 1 },
        }),
        ...badge.items,
        text,
      ]),
    ],
  };
}

/** The frictions met at the touchpoint, most severe as the data orders them. */
export function painPointsCell(touchpoint: PosterTouchpoint, width: number): Block {
  if (touchpoint.painPoints.length === 0) return emptyMark(width);
  return stackBlocks(
    touchpoint.painPoints.map((p) => painPointCard(p, width)),
    6,
  );
}

const valueText = (value: number | null): string => (value === null ? '—' : formatNumber(value));

function kpiStatus(kpi: PosterKpi): { text: string; fill: string } {
  if (kpi.targetReached === null) return { text: 'Non mesuré', fill: PALETTE.unknown };
  return kpi.targetReached
    ? { text: 'Cible atteinte', fill: PALETTE.reached }
    : { text: 'Cible non atteinte', fill: PALETTE.notReached };
}

function kpiRow(kpi: PosterKpi, width: number): Block {
  const status = kpiStatus(kpi);
  const parts: Block[] = [
    asBlock(
      textBox(kpi.name, {
        x: 0,
        y: 0,
        width,
        fontSize: font.body,
        weight: 'bold',
        className: 'kpi-name',
        maxLines: MAX_LINES,
        minFontSize: font.minimum,
      }),
    ),
    asBlock(
      textBox(`Actuel : ${valueText(kpi.current)} · Cible : ${valueText(kpi.target)}`, {
        x: 0,
        y: 0,
        width,
        fontSize: font.body,
        className: 'kpi-values',
      }),
    ),
  ];
  if (kpi.unit)
    parts.push(
      asBlock(
        textBox(`Unité : ${kpi.unit}`, {
          x: 0,
          y: 0,
          width,
          fontSize: font.small,
          color: PALETTE.muted,
        }),
      ),
    );
  const badge = pill(status.text, 0, 0, {
    fill: status.fill,
    color: PALETTE.onDark,
    fontSize: 9.5,
    maxWidth: width,
  });
  parts.push({ items: badge.items, height: badge.height });
  const content = stackBlocks(parts, 3);
  return {
    height: content.height,
    items: [
      group(
        {
          className: 'kpi',
          data: {
            type: kpi.type,
            targetReached: kpi.targetReached === null ? 'unknown' : String(kpi.targetReached),
          },
        },
        content.items,
      ),
    ],
  };
}

/** The stage's KPIs: name, current value against target, unit, and whether the target is reached. */
export function kpisCell(stage: PosterStage, width: number): Block {
  if (stage.kpis.length === 0) return emptyMark(width);
  const rows = stage.kpis.map((kpi) => kpiRow(kpi, width));
  const separated = rows.flatMap((row, index): Block[] =>
    index === 0
      ? [row]
      : [
          {
            items: [
              {
                kind: 'line',
                from: { x: 0, y: 0 },
                to: { x: width, y: 0 },
                stroke: { color: PALETTE.hairline, width: 1 },
              },
            ],
            height: 0,
          },
          row,
        ],
  );
  return stackBlocks(separated, 8);
}

/** Moves a cell to its place in the poster. */
export const placeCell = (cell: Block, x: number, y: number): Item[] =>
  shiftItems(cell.items, x, y);
