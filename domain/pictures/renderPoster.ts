/**
 * The three SVG pictures of a map, as the HTTP handler serves them: the
 * poster, the emotion curve alone and the impact / effort matrix. Pure: same
 * input, same bytes (an ETag can hash them).
 */
import { layoutEmotionCurve } from './emotionCurveChart';
import { layoutImpactEffortMatrix } from './impactEffortMatrix';
import { layoutPoster } from './posterLayout';
import type { PosterInput } from './posterInput';
import { renderSvg } from './renderSvg';

/** The map poster as an SVG document. */
export const renderPosterSvg = (input: PosterInput): string => renderSvg(layoutPoster(input));

/** The emotion curve (per touchpoint and per stage average) as an SVG document. */
export const renderEmotionCurveSvg = (input: PosterInput): string =>
  renderSvg(layoutEmotionCurve(input));

/** The impact / effort matrix of the backlog as an SVG document. */
export const renderImpactEffortMatrixSvg = (input: PosterInput): string =>
  renderSvg(layoutImpactEffortMatrix(input));
