/**
 * `npm run pictures:demo`: writes the demo map's pictures (poster, emotion
 * curve and matrix as SVG, the poster as A4 and A0 PDFs) to .build/pictures/
 * so that a person can look at them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  renderEmotionCurveSvg,
  renderImpactEffortMatrixSvg,
  renderPosterSvg,
} from '../../../domain/pictures/renderPoster';
import { renderPosterPdf } from '../../../functions/pictures/pdf';
import { demoPoster } from '../../unit/pictures/fixtures/demoPoster';

async function main(): Promise<void> {
  const out = join(__dirname, '../../../.build/pictures');
  mkdirSync(out, { recursive: true });
  const input = demoPoster();
  const createdAt = new Date('2025-12-31T16:00:00.000Z');
  const files: [string, string | Uint8Array][] = [
    ['poster.svg', renderPosterSvg(input)],
    ['curve.svg', renderEmotionCurveSvg(input)],
    ['matrix.svg', renderImpactEffortMatrixSvg(input)],
    ['poster-A4.pdf', await renderPosterPdf(input, { format: 'A4', createdAt })],
    ['poster-A0.pdf', await renderPosterPdf(input, { format: 'A0', createdAt })],
  ];
  for (const [name, content] of files) {
    writeFileSync(join(out, name), content);
    console.log(`${join(out, name)} (${content.length} bytes)`);
  }
}

void main();
