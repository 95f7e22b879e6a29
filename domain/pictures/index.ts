/**
 * The pictures of a journey map, as pure functions of a PosterInput: SVG
 * documents for the poster, the emotion curve and the impact / effort matrix,
 * and the format-independent layouts the PDF output paints. Re-exports only.
 */
export type {
  PosterImprovement,
  PosterInput,
  PosterKpi,
  PosterPainPoint,
  PosterPersona,
  PosterScope,
  PosterStage,
  PosterTouchpoint,
  PosterVersion,
} from './posterInput';
export { emotionColorOfAverage, emotionColorOfScore } from './emotionColors';
export {
  renderEmotionCurveSvg,
  renderImpactEffortMatrixSvg,
  renderPosterSvg,
} from './renderPoster';
export { layoutPoster } from './posterLayout';
export { layoutEmotionCurve } from './emotionCurveChart';
export { layoutImpactEffortMatrix } from './impactEffortMatrix';
export type { Picture } from './picture';
