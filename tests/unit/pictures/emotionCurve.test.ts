import { emotionColorOfAverage, emotionColorOfScore } from '../../../domain/pictures/emotionColors';
import { curvePoints, scoreToY, type PlotBox } from '../../../domain/pictures/emotionCurve';
import { EMOTION_FILL, NO_EMOTION_FILL, emotionFill } from '../../../domain/pictures/palette';
import { renderEmotionCurveSvg, renderPosterSvg } from '../../../domain/pictures/renderPoster';
import { SCORE_COLOURS } from '../support/emotions';
import { demoPoster } from './fixtures/demoPoster';
import { byClass, findAll, numberAttribute, parseSvg, type SvgNode } from './support/svgTree';

const input = demoPoster();
const journey = input.stages.flatMap((s) => s.touchpoints);
const plot: PlotBox = { x: 0, y: 100, width: 1000, height: 200 };

describe('Pictures: emotion colours', () => {
  it.each(SCORE_COLOURS)('colours a touchpoint scored %i %s', (score, color) => {
    expect(emotionColorOfScore(score)).toBe(color);
  });

  it.each([
    [0.5, 'GREEN'],
    [0.49, 'ORANGE'],
    [0, 'ORANGE'],
    [-0.49, 'ORANGE'],
    [-0.5, 'RED'],
    [-0.25, 'ORANGE'],
    [1.5, 'GREEN'],
  ] as const)('colours a stage averaging %d %s (rounded half away from zero)', (average, color) => {
    expect(emotionColorOfAverage(average)).toBe(color);
  });

  it('has no colour without a score, and draws it grey', () => {
    expect(emotionColorOfScore(null)).toBeNull();
    expect(emotionColorOfAverage(null)).toBeNull();
    expect(emotionFill(null)).toBe(NO_EMOTION_FILL);
  });
});

describe('Pictures: the emotion curve geometry', () => {
  it('maps +2 to the top of the plot, -2 to the bottom and 0 to the middle', () => {
    expect(scoreToY(2, plot)).toBe(100);
    expect(scoreToY(0, plot)).toBe(200);
    expect(scoreToY(-2, plot)).toBe(300);
    expect(scoreToY(-1, plot)).toBe(250);
  });

  it('places points in journey order and leaves unscored touchpoints out', () => {
    const touchpoints = journey.slice(0, 4).map((t, i) => ({
      touchpoint: i === 1 ? { ...t, emotionScore: null, emotionColor: null } : t,
      stageId: 's',
      journeyIndex: i,
      centerX: 50 + i * 100,
    }));
    const points = curvePoints([...touchpoints].reverse(), plot);
    expect(points.map((p) => p.journeyIndex)).toEqual([0, 2, 3]);
    expect(points.map((p) => p.x)).toEqual([50, 250, 350]);
  });
});

function checkCurve(root: SvgNode) {
  const points = findAll(root, byClass('emotion-point'));
  expect(points).toHaveLength(journey.length);
  expect(points.map((p) => p.attributes['data-touchpoint-id'])).toEqual(journey.map((t) => t.id));
  const xs = points.map((p) => numberAttribute(p, 'cx'));
  for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
  const ys = points.map((p) => numberAttribute(p, 'cy'));
  const yOf = new Map<number, number>();
  points.forEach((point, i) => {
    const score = numberAttribute(point, 'data-score');
    expect(score).toBe(journey[i]!.emotionScore);
    expect(point.attributes.fill).toBe(EMOTION_FILL[emotionColorOfScore(score)!]);
    const y = ys[i]!;
    if (yOf.has(score)) expect(y).toBeCloseTo(yOf.get(score)!);
    yOf.set(score, y);
  });
  expect(yOf.get(2)!).toBeLessThan(yOf.get(1)!);
  expect(yOf.get(1)!).toBeLessThan(yOf.get(0)!);
  expect(yOf.get(0)!).toBeLessThan(yOf.get(-1)!);
  expect(yOf.get(-1)!).toBeLessThan(yOf.get(-2)!);
  expect((yOf.get(1)! + yOf.get(-1)!) / 2).toBeCloseTo(yOf.get(0)!);
}

function checkAverages(root: SvgNode) {
  const averages = findAll(root, byClass('stage-average'));
  expect(averages.map((a) => a.attributes['data-stage-id'])).toEqual(input.stages.map((s) => s.id));
  averages.forEach((average, i) => {
    const stage = input.stages[i]!;
    expect(numberAttribute(average, 'data-average')).toBeCloseTo(stage.averageEmotion!, 2);
    expect(average.attributes['data-color']).toBe(emotionColorOfAverage(stage.averageEmotion));
  });
}

describe('Pictures: the emotion curve on the poster', () => {
  const root = parseSvg(renderPosterSvg(input));

  it('has one point per touchpoint, in journey order, placed and coloured by its score', () => {
    checkCurve(root);
  });

  it('puts each point under its own touchpoint’s column', () => {
    const columns = new Map(
      findAll(root, byClass('touchpoint')).map((t) => [
        t.attributes['data-touchpoint-id'],
        [
          numberAttribute(t, 'data-x'),
          numberAttribute(t, 'data-x') + numberAttribute(t, 'data-width'),
        ] as const,
      ]),
    );
    for (const point of findAll(root, byClass('emotion-point'))) {
      const [left, right] = columns.get(point.attributes['data-touchpoint-id'])!;
      expect(numberAttribute(point, 'cx')).toBeGreaterThan(left);
      expect(numberAttribute(point, 'cx')).toBeLessThan(right);
    }
  });

  it('shows each stage’s average with the stage’s colour', () => {
    checkAverages(root);
  });
});

describe('Pictures: the emotion curve alone', () => {
  const root = parseSvg(renderEmotionCurveSvg(input));

  it('has one point per touchpoint, in journey order, placed and coloured by its score', () => {
    checkCurve(root);
  });

  it('shows each stage’s average with the stage’s colour', () => {
    checkAverages(root);
  });

  it('names every touchpoint under the axis', () => {
    const labels = findAll(root, byClass('touchpoint-label'));
    expect(labels.map((l) => l.attributes['data-touchpoint-id'])).toEqual(journey.map((t) => t.id));
    expect(labels[8]!.text.replace(/\s+/g, ' ')).toContain('Démo commerciale en visio');
  });

  it('breaks the line at a touchpoint without a score', () => {
    const gap = demoPoster();
    gap.stages[0]!.touchpoints[2]!.emotionScore = null;
    gap.stages[0]!.touchpoints[2]!.emotionColor = null;
    const tree = parseSvg(renderEmotionCurveSvg(gap));
    expect(findAll(tree, byClass('emotion-point'))).toHaveLength(journey.length - 1);
    expect(findAll(tree, byClass('emotion-line'))).toHaveLength(2);
  });
});
