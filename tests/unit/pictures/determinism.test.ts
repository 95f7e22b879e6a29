import {
  renderEmotionCurveSvg,
  renderImpactEffortMatrixSvg,
  renderPosterSvg,
} from '../../../domain/pictures/renderPoster';
import { demoPoster } from './fixtures/demoPoster';

describe('Pictures: determinism', () => {
  it.each([
    ['poster', renderPosterSvg],
    ['emotion curve', renderEmotionCurveSvg],
    ['matrix', renderImpactEffortMatrixSvg],
  ] as const)('draws the same %s, byte for byte, from the same input', (_, render) => {
    const first = render(demoPoster());
    const second = render(demoPoster());
    expect(second).toBe(first);
    expect(first.length).toBeGreaterThan(1000);
  });

  it('does not change its input', () => {
    const input = demoPoster();
    const copy = structuredClone(input);
    renderPosterSvg(input);
    renderEmotionCurveSvg(input);
    renderImpactEffortMatrixSvg(input);
    expect(input).toEqual(copy);
  });
});
