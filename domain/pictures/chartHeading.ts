/**
 * The heading every chart starts with: its name in bold, and under it a line
 * saying which map, which version and what the chart holds.
 */
import { PALETTE } from './palette';
import { asBlock, stackBlocks, type Block } from './picture';
import { textBox } from './textBox';

export function chartHeading(name: string, subtitle: string, width: number): Block {
  return stackBlocks(
    [
      asBlock(
        textBox(name, {
          x: 0,
          y: 0,
          width,
          fontSize: 22,
          weight: 'bold',
          className: 'chart-title',
        }),
      ),
      asBlock(
        textBox(subtitle, {
          x: 0,
          y: 0,
          width,
          fontSize: 13,
          color: PALETTE.muted,
          className: 'map-title',
        }),
      ),
    ],
    4,
  );
}
