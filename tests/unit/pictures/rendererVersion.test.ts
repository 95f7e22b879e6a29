/**
 * Pictures are served with strong ETags that hash the map's state and the
 * renderer's version, not the bytes (so a 304 needs no drawing): a change to
 * the drawings that keeps the version would serve stale pictures to every
 * client that cached them. This pins the demo map's SVGs to the version.
 * When it fails after an intended change: bump PICTURES_RENDERER_VERSION
 * (domain/pictures/rendererVersion.ts) and record the new digests here.
 * (Bump it too when pdfkit is upgraded: the PDF's bytes are not pinned, as
 * zlib's output is not guaranteed identical across machines.)
 */
import { createHash } from 'node:crypto';
import {
  renderEmotionCurveSvg,
  renderImpactEffortMatrixSvg,
  renderPosterSvg,
} from '../../../domain/pictures/renderPoster';
import { PICTURES_RENDERER_VERSION } from '../../../domain/pictures/rendererVersion';
import { demoPoster } from './fixtures/demoPoster';

const digest = (svg: string) => createHash('sha256').update(svg).digest('hex').slice(0, 16);

/** The demo's SVG digests drawn by each renderer version. */
const PINNED: Record<number, { poster: string; curve: string; matrix: string }> = {
  1: { poster: 'ee66f4a3537e8555', curve: 'ecd02db9dd7e45bb', matrix: '8f89d7603756fe60' },
};

describe('the renderer version', () => {
  it('names the drawings it makes: same version, same bytes', () => {
    const input = demoPoster();
    expect({
      version: PICTURES_RENDERER_VERSION,
      poster: digest(renderPosterSvg(input)),
      curve: digest(renderEmotionCurveSvg(input)),
      matrix: digest(renderImpactEffortMatrixSvg(input)),
    }).toEqual({ version: PICTURES_RENDERER_VERSION, ...PINNED[PICTURES_RENDERER_VERSION] });
  });
});
