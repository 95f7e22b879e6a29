/**
 * The head of a stage's column: its number, its name, and its average emotion
 * as a badge tinted with the stage's colour (words and value included, so
 * the colour is never the only cue).
 */
import { formatScore } from './formatNumber';
import { EMOTION_FILL, EMOTION_TINT, PALETTE } from './palette';
import { asBlock, shiftItems, stackBlocks, type Block } from './picture';
import { pill } from './pill';
import type { StageColumn } from './posterColumns';
import { POSTER } from './posterStyle';
import { textBox } from './textBox';

const PADDING = 12;

/** The stage head's content, laid out from the column's left edge at y = 0, padding included. */
export function stageHeader(column: StageColumn): Block {
  const width = column.width - 2 * PADDING - 4;
  const { stage } = column;
  const average = stage.averageEmotion;
  const badge = pill(
    average === null
      ? 'Émotion moyenne : non mesurée'
      : `Émotion moyenne : ${formatScore(Math.round(average * 10) / 10)}`,
    0,
    0,
    {
      fill: stage.emotionColor === null ? PALETTE.panel : EMOTION_TINT[stage.emotionColor],
      color: PALETTE.ink,
      border: stage.emotionColor === null ? PALETTE.hairline : EMOTION_FILL[stage.emotionColor],
      fontSize: 10,
      maxWidth: width,
      className: 'stage-emotion',
      data: { color: stage.emotionColor ?? 'NONE' },
    },
  );
  const content = stackBlocks(
    [
      asBlock(
        textBox(`ÉTAPE ${column.position}`, {
          x: 0,
          y: 0,
          width,
          fontSize: POSTER.font.small,
          weight: 'bold',
          color: '#bcccdc',
        }),
      ),
      asBlock(
        textBox(stage.name, {
          x: 0,
          y: 0,
          width,
          fontSize: POSTER.font.stageName,
          weight: 'bold',
          color: PALETTE.onDark,
          className: 'stage-name',
          maxLines: 4,
          minFontSize: POSTER.font.minimum,
        }),
      ),
      { items: badge.items, height: badge.height },
    ],
    6,
  );
  return {
    items: shiftItems(content.items, PADDING + 2, PADDING),
    height: content.height + 2 * PADDING,
  };
}
