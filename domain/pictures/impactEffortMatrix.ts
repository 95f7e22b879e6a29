/**
 * The impact / effort matrix of seed 004: effort from 1 to 5 left to right,
 * impact from 5 to 1 top to bottom, split where the domain splits them
 * (impact ≥ 3 high, effort ≥ 3 high) into « Quick wins », « Projets
 * stratégiques », « À faire si temps disponible » and « À éviter ou
 * repousser ». Each improvement is a card in its (effort, impact) cell; cards
 * sharing a cell are stacked in priority order, and rows grow to hold their
 * stacks, so no two cards overlap.
 */
import { quadrant as quadrantOf } from '../backlog/priority';
import { IMPROVEMENT_STATUSES, type Quadrant } from '../shared/enums';
import { QUADRANT_LABEL, STATUS_LABEL } from './frenchLabels';
import { PALETTE, QUADRANT_TINT, STATUS_FILL } from './palette';
import {
  group,
  rect,
  shiftItems,
  stackBlocks,
  type Block,
  type Item,
  type Picture,
} from './picture';
import { versionLabel } from './posterHeader';
import type { PosterImprovement, PosterInput } from './posterInput';
import { byPriority, improvementCard, quadrantTitle } from './improvementCard';
import { textBox } from './textBox';
import { chartHeading } from './chartHeading';

const MARGIN = 32;
const AXIS = 72;
const COLUMN = 230;
const CARD_GAP = 8;
const CELL_PADDING = 8;
const MIN_ROW = 64;
const LEVELS = [1, 2, 3, 4, 5] as const;

/** Impacts from the top row down; 'high' and 'low' rows hold the titles of the quadrants below them. */
const ROWS: readonly (number | 'high' | 'low')[] = ['high', 5, 4, 3, 'low', 2, 1];

const level = (value: number): number => Math.min(5, Math.max(1, Math.round(value)));

/** Lays out the matrix of `input`'s backlog. */
export function layoutImpactEffortMatrix(input: PosterInput): Picture {
  const gridX = MARGIN + AXIS;
  const gridWidth = COLUMN * LEVELS.length;
  const width = gridX + gridWidth + MARGIN;
  const columnX = (effort: number) => gridX + (effort - 1) * COLUMN;
  const cells = new Map<string, PosterImprovement[]>();
  for (const improvement of input.improvements) {
    const key = `${level(improvement.effort)}:${level(improvement.impact)}`;
    cells.set(key, [...(cells.get(key) ?? []), improvement]);
  }
  const stacks = new Map<string, Block>();
  for (const [key, list] of cells) {
    stacks.set(
      key,
      stackBlocks(
        [...list].sort(byPriority).map((i) => improvementCard(i, COLUMN - 2 * CELL_PADDING)),
        CARD_GAP,
      ),
    );
  }
  const counts = new Map<Quadrant, number>();
  for (const i of input.improvements) {
    const q = quadrantOf(level(i.impact), level(i.effort));
    counts.set(q, (counts.get(q) ?? 0) + 1);
  }
  const lowEffortWidth = 2 * COLUMN;
  const highEffortWidth = 3 * COLUMN;
  const titles = (impact: 'high' | 'low'): [Quadrant, Block][] =>
    impact === 'high'
      ? [
          ['QUICK_WIN', quadrantTitle('QUICK_WIN', counts.get('QUICK_WIN') ?? 0, lowEffortWidth)],
          [
            'STRATEGIC_PROJECT',
            quadrantTitle(
              'STRATEGIC_PROJECT',
              counts.get('STRATEGIC_PROJECT') ?? 0,
              highEffortWidth,
            ),
          ],
        ]
      : [
          ['FILL_IN', quadrantTitle('FILL_IN', counts.get('FILL_IN') ?? 0, lowEffortWidth)],
          ['AVOID', quadrantTitle('AVOID', counts.get('AVOID') ?? 0, highEffortWidth)],
        ];

  const heading = chartHeading(
    'Matrice impact / effort',
    `${input.title} · ${versionLabel(input.version)} · ${input.improvements.length} améliorations`,
    width - 2 * MARGIN,
  );
  const gridTop = MARGIN + heading.height + 20;
  const quadrantItems = new Map<Quadrant, Item[]>();
  const addTo = (q: Quadrant, items: Item[]) =>
    quadrantItems.set(q, [...(quadrantItems.get(q) ?? []), ...items]);
  const axisItems: Item[] = [];
  const rowTops = new Map<number | 'high' | 'low', { top: number; height: number }>();
  let y = gridTop;
  for (const row of ROWS) {
    if (row === 'high' || row === 'low') {
      const blocks = titles(row);
      const height = Math.max(...blocks.map(([, b]) => b.height)) + 20;
      for (const [q, block] of blocks)
        addTo(
          q,
          shiftItems(block.items, columnX(q === 'QUICK_WIN' || q === 'FILL_IN' ? 1 : 3), y + 12),
        );
      rowTops.set(row, { top: y, height });
      y += height;
      continue;
    }
    const height = Math.max(
      MIN_ROW,
      ...LEVELS.map((effort) => (stacks.get(`${effort}:${row}`)?.height ?? 0) + 2 * CELL_PADDING),
    );
    for (const effort of LEVELS) {
      const stack = stacks.get(`${effort}:${row}`);
      if (stack)
        addTo(
          quadrantOf(row, effort),
          shiftItems(stack.items, columnX(effort) + CELL_PADDING, y + CELL_PADDING),
        );
    }
    axisItems.push(
      textBox(`${row}`, {
        x: MARGIN,
        y: y + height / 2 - 9,
        width: AXIS - 14,
        fontSize: 14,
        weight: 'bold',
        color: PALETTE.muted,
        align: 'end',
        className: 'impact-tick',
      }),
    );
    rowTops.set(row, { top: y, height });
    y += height;
  }
  const gridBottom = y;
  const regionTop = (impact: 'high' | 'low') => rowTops.get(impact)?.top ?? gridTop;
  const lowTop = regionTop('low');
  const region = (q: Quadrant): { x: number; y: number; width: number; height: number } => {
    const left = q === 'QUICK_WIN' || q === 'FILL_IN';
    const high = q === 'QUICK_WIN' || q === 'STRATEGIC_PROJECT';
    return {
      x: left ? gridX : columnX(3),
      y: high ? gridTop : lowTop,
      width: left ? lowEffortWidth : highEffortWidth,
      height: high ? lowTop - gridTop : gridBottom - lowTop,
    };
  };
  const quadrants: Quadrant[] = ['QUICK_WIN', 'STRATEGIC_PROJECT', 'FILL_IN', 'AVOID'];
  const quadrantGroups = quadrants.map((q) =>
    group({ className: 'quadrant', data: { quadrant: q } }, [
      rect(region(q), QUADRANT_TINT[q], { stroke: { color: PALETTE.paper, width: 3 } }),
      ...(quadrantItems.get(q) ?? []),
    ]),
  );
  const gridLines: Item[] = [
    ...LEVELS.slice(1).map((effort): Item => ({
      kind: 'line',
      from: { x: columnX(effort), y: gridTop },
      to: { x: columnX(effort), y: gridBottom },
      stroke:
        effort === 3
          ? { color: PALETTE.muted, width: 2 }
          : { color: PALETTE.hairline, width: 1, dash: [4, 4] },
    })),
    {
      kind: 'line',
      from: { x: gridX, y: lowTop },
      to: { x: gridX + gridWidth, y: lowTop },
      stroke: { color: PALETTE.muted, width: 2 },
    },
  ];
  const effortTicks = LEVELS.map((effort) =>
    textBox(`${effort}`, {
      x: columnX(effort),
      y: gridBottom + 8,
      width: COLUMN,
      fontSize: 14,
      weight: 'bold',
      color: PALETTE.muted,
      align: 'middle',
      className: 'effort-tick',
    }),
  );
  const effortLabel = textBox('Effort : de 1 (faible) à 5 (élevé)', {
    x: gridX,
    y: gridBottom + 30,
    width: gridWidth,
    fontSize: 13,
    weight: 'bold',
    align: 'middle',
  });
  const impactLabel = textBox('Impact : de 1 (faible) à 5 (fort)', {
    x: MARGIN,
    y: gridTop - 4,
    width: AXIS - 8,
    fontSize: 10,
    weight: 'bold',
    color: PALETTE.muted,
    align: 'end',
  });
  const statuses = IMPROVEMENT_STATUSES.map((status, index): Item[] => {
    const x = gridX + index * 150;
    return [
      {
        kind: 'circle',
        center: { x: x + 6, y: gridBottom + 72 },
        radius: 5,
        fill: STATUS_FILL[status],
        stroke: null,
      },
      textBox(STATUS_LABEL[status], { x: x + 16, y: gridBottom + 65, width: 130, fontSize: 11 }),
    ];
  });
  return {
    width,
    height: gridBottom + 90 + MARGIN,
    title: `Matrice impact / effort : ${input.title}`,
    description: `Matrice impact / effort des ${input.improvements.length} améliorations de la carte « ${input.title} » : ${quadrants.map((q) => `${QUADRANT_LABEL[q].title} ${counts.get(q) ?? 0}`).join(', ')}.`,
    lang: 'fr',
    className: 'impact-effort-matrix',
    background: PALETTE.paper,
    items: [
      ...shiftItems(heading.items, MARGIN, MARGIN),
      group({ className: 'quadrants' }, quadrantGroups),
      group({ className: 'grid' }, gridLines),
      group({ className: 'axes' }, [...axisItems, ...effortTicks, effortLabel, impactLabel]),
      group({ className: 'status-legend' }, statuses.flat()),
    ],
  };
}
