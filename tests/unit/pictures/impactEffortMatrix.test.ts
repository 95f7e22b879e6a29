import { quadrant } from '../../../domain/backlog/priority';
import { renderImpactEffortMatrixSvg } from '../../../domain/pictures/renderPoster';
import { demoPoster } from './fixtures/demoPoster';
import { byClass, findAll, parseSvg } from './support/svgTree';

const input = demoPoster();
const root = parseSvg(renderImpactEffortMatrixSvg(input));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxOf = (node: { children: { name: string; attributes: Record<string, string> }[] }): Box => {
  const rect = node.children.find((c) => c.name === 'rect')!;
  return {
    x: Number(rect.attributes.x),
    y: Number(rect.attributes.y),
    width: Number(rect.attributes.width),
    height: Number(rect.attributes.height),
  };
};

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('Pictures: the impact / effort matrix', () => {
  const quadrants = findAll(root, byClass('quadrant'));

  it('has the four quadrants of seed 004, in French', () => {
    expect(quadrants.map((q) => q.attributes['data-quadrant'])).toEqual([
      'QUICK_WIN',
      'STRATEGIC_PROJECT',
      'FILL_IN',
      'AVOID',
    ]);
    const titles = findAll(root, byClass('quadrant-title')).map((t) => t.text.replace(/\s+/g, ' '));
    expect(titles).toEqual([
      'Quick wins (6)',
      'Projets stratégiques (2)',
      'À faire si temps disponible (2)',
      'À éviter ou repousser (2)',
    ]);
  });

  it('puts every improvement in its quadrant (impact ≥ 3 high, effort ≥ 3 high), inside its area', () => {
    const cards = findAll(root, byClass('improvement'));
    expect(cards).toHaveLength(12);
    for (const q of quadrants) {
      const area = boxOf(q);
      for (const card of findAll(q, byClass('improvement'))) {
        const impact = Number(card.attributes['data-impact']);
        const effort = Number(card.attributes['data-effort']);
        expect(quadrant(impact, effort)).toBe(q.attributes['data-quadrant']);
        expect(card.attributes['data-quadrant']).toBe(q.attributes['data-quadrant']);
        expect(inside(boxOf(card), area)).toBe(true);
      }
    }
  });

  it('orders columns by effort and rows by impact', () => {
    const cards = findAll(root, byClass('improvement')).map((c) => ({
      impact: Number(c.attributes['data-impact']),
      effort: Number(c.attributes['data-effort']),
      box: boxOf(c),
    }));
    for (const a of cards) {
      for (const b of cards) {
        if (a.effort < b.effort) expect(a.box.x).toBeLessThan(b.box.x);
        if (a.impact > b.impact) expect(a.box.y).toBeLessThan(b.box.y);
      }
    }
  });

  it('stacks improvements that share a cell, in priority order, without overlaps', () => {
    const crowded = demoPoster();
    crowded.improvements = crowded.improvements.map((item, i) => ({
      ...item,
      id: item.id,
      impact: 5,
      effort: 1,
      quadrant: 'QUICK_WIN' as const,
      priorityScore: 25 - i,
    }));
    const cards = findAll(parseSvg(renderImpactEffortMatrixSvg(crowded)), byClass('improvement'));
    expect(cards.map((c) => c.attributes['data-improvement-id'])).toEqual(
      crowded.improvements.map((i) => i.id),
    );
    const boxes = cards.map(boxOf);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    }
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y);
  });

  it('shows each improvement’s title, wrapped whole, and its status in French', () => {
    const card = findAll(root, byClass('improvement')).find(
      (c) => c.attributes['data-status'] === 'IN_PROGRESS',
    )!;
    expect(card.text.replace(/\s+/g, ' ')).toContain(
      'Raccourcir le formulaire de devis à 5 champs',
    );
    expect(card.text).toContain('En cours');
  });
});
