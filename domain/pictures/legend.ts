/**
 * The key to the pictures' symbols, laid out left to right and wrapped to the
 * width available: emotion colours, stage average, moment of truth,
 * online/offline markers and severities.
 */
import { SEVERITY_LABEL } from './frenchLabels';
import { EMOTION_FILL, PALETTE, SEVERITY_FILL } from './palette';
import { diamondPoints, group, shiftItems, starPoints, type Block, type Item } from './picture';
import { pill } from './pill';
import { SEVERITIES } from '../shared/enums';
import { textBox } from './textBox';
import { textWidth } from './textMetrics';

const FONT_SIZE = 11;
const SYMBOL = 16;

/** One key entry: a symbol (drawn in a 16×16 box at the origin) and its words. */
interface Entry {
  symbol: Item[];
  text: string;
}

const dot = (fill: string | null, stroke: string | null = null): Item[] => [
  {
    kind: 'circle',
    center: { x: 8, y: 8 },
    radius: 6,
    fill,
    stroke: stroke ? { color: stroke, width: 1.5 } : null,
  },
];

/** The entries the poster and the curve share. */
export function emotionLegendEntries(): Entry[] {
  return [
    { symbol: dot(EMOTION_FILL.GREEN), text: 'Positif, fluide (+1, +2)' },
    { symbol: dot(EMOTION_FILL.ORANGE), text: 'Neutre ou perfectible (0)' },
    { symbol: dot(EMOTION_FILL.RED), text: 'Friction majeure (-1, -2)' },
    {
      symbol: [
        {
          kind: 'polygon',
          points: diamondPoints({ x: 8, y: 8 }, 6),
          fill: PALETTE.curve,
          stroke: null,
        },
      ],
      text: 'Moyenne de l’étape',
    },
    {
      symbol: [
        {
          kind: 'polygon',
          points: starPoints({ x: 8, y: 8 }, 7),
          fill: PALETTE.star,
          stroke: { color: PALETTE.momentOfTruth, width: 1 },
        },
      ],
      text: 'Moment de vérité',
    },
  ];
}

/** The poster's full key. */
export function posterLegendEntries(): Entry[] {
  return [
    ...emotionLegendEntries(),
    { symbol: dot(PALETTE.online), text: 'En ligne' },
    { symbol: dot(null, PALETTE.offline), text: 'Hors ligne' },
  ];
}

/** Lays the entries (and, if asked, the severity badges) out in rows no wider than `width`. */
export function legend(entries: readonly Entry[], width: number, withSeverities: boolean): Block {
  const items: Item[] = [];
  let x = 0;
  let y = 0;
  const rowHeight = 22;
  const place = (itemWidth: number, build: (x: number, y: number) => Item[]) => {
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += rowHeight;
    }
    items.push(...build(x, y));
    x += itemWidth + 24;
  };
  items.push(
    textBox('Légende', {
      x: 0,
      y: 0,
      width: 80,
      fontSize: FONT_SIZE,
      weight: 'bold',
      color: PALETTE.muted,
    }),
  );
  x = 80;
  for (const entry of entries) {
    const labelWidth = Math.min(textWidth(entry.text, FONT_SIZE), width - SYMBOL - 6);
    place(SYMBOL + 6 + labelWidth, (px, py) => [
      ...shiftItems(entry.symbol, px, py),
      textBox(entry.text, {
        x: px + SYMBOL + 6,
        y: py + 1,
        width: labelWidth,
        fontSize: FONT_SIZE,
        color: PALETTE.ink,
        maxLines: 1,
        minFontSize: 8,
      }),
    ]);
  }
  if (withSeverities) {
    for (const severity of SEVERITIES) {
      const colors = SEVERITY_FILL[severity];
      const badge = pill(`Gravité ${SEVERITY_LABEL[severity].toLowerCase()}`, 0, 0, {
        fill: colors.fill,
        color: colors.text,
        fontSize: 9.5,
      });
      place(badge.width, (px, py) => shiftItems(badge.items, px, py + 1));
    }
  }
  return { items: [group({ className: 'legend' }, items)], height: y + rowHeight };
}
