/**
 * The pieces of the impact / effort matrix: an improvement's card (title
 * wrapped, shrunk then ellipsised with a tooltip past four lines; its status
 * as a coloured dot and words; its priority score), the order cards stack in,
 * and a quadrant's title.
 */
import type { Quadrant } from '../shared/enums';
import { QUADRANT_LABEL, STATUS_LABEL } from './frenchLabels';
import { PALETTE, QUADRANT_INK, STATUS_FILL } from './palette';
import { asBlock, group, rect, shiftItems, stackBlocks, type Block } from './picture';
import type { PosterImprovement } from './posterInput';
import { textBox } from './textBox';

/** Stacking order inside a cell: priority score, then title, then id (no locale involved). */
export function byPriority(a: PosterImprovement, b: PosterImprovement): number {
  if (a.priorityScore !== b.priorityScore) return b.priorityScore - a.priorityScore;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** An improvement's card, `width` wide, from (0, 0): title (wrapped), status and priority score. */
export function improvementCard(improvement: PosterImprovement, width: number): Block {
  const inner = width - 20;
  const title = textBox(improvement.title, {
    x: 10,
    y: 0,
    width: inner,
    fontSize: 11,
    weight: 'bold',
    maxLines: 4,
    minFontSize: 9,
    className: 'improvement-title',
  });
  const status = textBox(
    `${STATUS_LABEL[improvement.status]} · score ${improvement.priorityScore}`,
    {
      x: 24,
      y: 0,
      width: inner - 14,
      fontSize: 10,
      color: PALETTE.muted,
      className: 'improvement-status',
    },
  );
  const content = stackBlocks([asBlock(title), asBlock(status)], 4);
  const height = content.height + 16;
  const statusY = 8 + title.height + 4 + status.height / 2;
  return {
    height,
    items: [
      group(
        {
          className: 'improvement',
          data: {
            improvementId: improvement.id,
            impact: improvement.impact,
            effort: improvement.effort,
            quadrant: improvement.quadrant,
            status: improvement.status,
            priorityScore: improvement.priorityScore,
          },
        },
        [
          rect({ x: 0, y: 0, width, height }, PALETTE.paper, {
            radius: 6,
            stroke: { color: PALETTE.hairline, width: 1 },
          }),
          ...shiftItems(content.items, 0, 8),
          {
            kind: 'circle',
            center: { x: 15, y: statusY },
            radius: 4.5,
            fill: STATUS_FILL[improvement.status],
            stroke: null,
          },
        ],
      ),
    ],
  };
}

/** A quadrant's title with its count and seed 004's advice. */
export function quadrantTitle(quadrant: Quadrant, count: number, width: number): Block {
  const label = QUADRANT_LABEL[quadrant];
  return stackBlocks(
    [
      asBlock(
        textBox(`${label.title} (${count})`, {
          x: 10,
          y: 0,
          width: width - 20,
          fontSize: 15,
          weight: 'bold',
          color: QUADRANT_INK[quadrant],
          className: 'quadrant-title',
        }),
      ),
      asBlock(
        textBox(label.advice, {
          x: 10,
          y: 0,
          width: width - 20,
          fontSize: 11,
          color: PALETTE.muted,
        }),
      ),
    ],
    2,
  );
}
