/**
 * A touchpoint's card in the "Points de contact" lane: its name, its channel,
 * an online/offline marker (a filled blue dot or a hollow grey ring, with the
 * words, so colour is never the only cue) and, for a moment of truth, a star,
 * the words "Moment de vérité" and a thick violet border. A stripe on its left
 * edge repeats its emotion colour.
 */
import { CHANNEL_LABEL } from './frenchLabels';
import { PALETTE, emotionFill } from './palette';
import {
  asBlock,
  rect,
  shiftItems,
  stackBlocks,
  starPoints,
  type Block,
  type Item,
} from './picture';
import type { PosterTouchpoint } from './posterInput';
import { POSTER } from './posterStyle';
import { textBox } from './textBox';

const PADDING = 10;
const STAR_ROOM = 22;

function modeMarker(touchpoint: PosterTouchpoint, width: number): Block {
  const online = touchpoint.mode === 'ONLINE';
  const dot: Item = {
    kind: 'circle',
    className: online ? 'mode-online' : 'mode-offline',
    center: { x: 5, y: 7.5 },
    radius: 4.5,
    fill: online ? PALETTE.online : null,
    stroke: online ? null : { color: PALETTE.offline, width: 1.5 },
  };
  const label = textBox(online ? 'En ligne' : 'Hors ligne', {
    x: 15,
    y: 0,
    width: width - 15,
    fontSize: POSTER.font.small,
    color: online ? PALETTE.online : PALETTE.offline,
    weight: 'bold',
  });
  return { items: [dot, label], height: Math.max(15, label.height) };
}

function momentOfTruthLine(width: number): Block {
  const label = textBox('Moment de vérité', {
    x: 15,
    y: 0,
    width: width - 15,
    fontSize: POSTER.font.small,
    weight: 'bold',
    color: PALETTE.momentOfTruth,
  });
  const star: Item = {
    kind: 'polygon',
    points: starPoints({ x: 5, y: 7 }, 6),
    fill: PALETTE.star,
    stroke: { color: PALETTE.momentOfTruth, width: 1 },
  };
  return { items: [star, label], height: Math.max(15, label.height) };
}

/** The card of `touchpoint`, `width` wide, from (0, 0). */
export function touchpointCard(
  touchpoint: PosterTouchpoint,
  width: number,
  position: number,
): Block {
  const inner = width - 2 * PADDING - 6;
  const nameWidth = touchpoint.isMomentOfTruth ? inner - STAR_ROOM : inner;
  const parts: Block[] = [
    asBlock(
      textBox(`${position}`, {
        x: 0,
        y: 0,
        width: nameWidth,
        fontSize: 9,
        weight: 'bold',
        color: PALETTE.faint,
      }),
    ),
    asBlock(
      textBox(touchpoint.name, {
        x: 0,
        y: 0,
        width: nameWidth,
        fontSize: 12.5,
        weight: 'bold',
        className: 'touchpoint-name',
        maxLines: 5,
        minFontSize: POSTER.font.minimum,
      }),
    ),
    asBlock(
      textBox(CHANNEL_LABEL[touchpoint.channel], {
        x: 0,
        y: 0,
        width: inner,
        fontSize: POSTER.font.body,
        color: PALETTE.muted,
        className: 'touchpoint-channel',
        data: { channel: touchpoint.channel },
      }),
    ),
    modeMarker(touchpoint, inner),
  ];
  if (touchpoint.isMomentOfTruth) parts.push(momentOfTruthLine(inner));
  const content = stackBlocks(parts, 5);
  const height = content.height + 2 * PADDING;
  const border = touchpoint.isMomentOfTruth
    ? { color: PALETTE.momentOfTruth, width: 3 }
    : { color: PALETTE.hairline, width: 1 };
  const items: Item[] = [
    rect({ x: 0, y: 0, width, height }, PALETTE.paper, {
      radius: 8,
      stroke: border,
      className: 'touchpoint-card',
    }),
    rect({ x: 4, y: 6, width: 5, height: height - 12 }, emotionFill(touchpoint.emotionColor), {
      radius: 2.5,
    }),
    ...shiftItems(content.items, PADDING + 6, PADDING),
  ];
  if (touchpoint.isMomentOfTruth) {
    items.push({
      kind: 'polygon',
      className: 'moment-of-truth-star',
      points: starPoints({ x: width - PADDING - 9, y: PADDING + 10 }, 10),
      fill: PALETTE.star,
      stroke: { color: PALETTE.momentOfTruth, width: 1.5 },
    });
  }
  return { items, height };
}
