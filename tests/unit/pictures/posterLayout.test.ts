import { layoutPoster } from '../../../domain/pictures/posterLayout';
import { renderPosterSvg } from '../../../domain/pictures/renderPoster';
import { textWidth } from '../../../domain/pictures/textMetrics';
import { demoPoster } from './fixtures/demoPoster';
import { byClass, findAll, numberAttribute, parseSvg, type SvgNode } from './support/svgTree';

const input = demoPoster();
const svg = renderPosterSvg(input);
const root = parseSvg(svg);

const bold = (node: SvgNode) => node.attributes['font-weight'] === 'bold';
/** Text as a reader sees it: no-break spaces and line breaks read as plain spaces. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('Pictures: the map poster', () => {
  it('draws the demo map: 5 stages and 22 touchpoints', () => {
    expect(findAll(root, byClass('stage'))).toHaveLength(5);
    expect(findAll(root, byClass('touchpoint'))).toHaveLength(22);
  });

  describe('stage columns', () => {
    const stages = findAll(root, byClass('stage'));

    it('come in journey order, numbered from 1', () => {
      expect(stages.map((s) => s.attributes['data-stage-id'])).toEqual(
        input.stages.map((s) => s.id),
      );
      expect(stages.map((s) => s.attributes['data-position'])).toEqual(['1', '2', '3', '4', '5']);
    });

    it('sit left to right without overlapping', () => {
      for (let i = 1; i < stages.length; i++) {
        const previous = stages[i - 1]!;
        const current = stages[i]!;
        expect(numberAttribute(current, 'data-x')).toBeCloseTo(
          numberAttribute(previous, 'data-x') + numberAttribute(previous, 'data-width'),
        );
      }
    });

    it('are as wide as their touchpoints need', () => {
      const widths = stages.map((s) => numberAttribute(s, 'data-width'));
      const counts = input.stages.map((s) => s.touchpoints.length);
      const perTouchpoint = widths.map((w, i) => w / counts[i]!);
      expect(new Set(perTouchpoint.map((w) => Math.round(w))).size).toBe(1);
    });

    it('hold their own touchpoints, in order', () => {
      stages.forEach((stage, i) => {
        const ids = findAll(stage, byClass('touchpoint')).map(
          (t) => t.attributes['data-touchpoint-id'],
        );
        expect(ids).toEqual(input.stages[i]!.touchpoints.map((t) => t.id));
      });
    });

    it('give an empty stage a minimum width instead of none', () => {
      const empty = demoPoster();
      empty.stages[1]!.touchpoints = [];
      const columns = findAll(parseSvg(renderPosterSvg(empty)), byClass('stage'));
      expect(numberAttribute(columns[1]!, 'data-width')).toBeGreaterThanOrEqual(200);
    });
  });

  describe('text boxes', () => {
    const texts = findAll(root, (n) => n.name === 'text');

    it('declare the width they were fitted to, and no line exceeds it', () => {
      expect(texts.length).toBeGreaterThan(300);
      for (const text of texts) {
        const box = numberAttribute(text, 'data-box-width');
        const size = numberAttribute(text, 'font-size');
        for (const line of text.children.filter((c) => c.name === 'tspan')) {
          expect(textWidth(line.text, size, bold(text) ? 'bold' : 'normal')).toBeLessThanOrEqual(
            box + 1e-6,
          );
        }
      }
    });

    it('are never cut silently: the demo fits whole, and anything shortened carries its full text', () => {
      expect(findAll(root, (n) => n.attributes['data-truncated'] === 'true')).toHaveLength(0);
      const long = demoPoster();
      long.stages[0]!.touchpoints[0]!.name = 'Campagne '.repeat(40);
      const shortened = findAll(
        parseSvg(renderPosterSvg(long)),
        (n) => n.attributes['data-truncated'] === 'true',
      );
      expect(shortened).toHaveLength(1);
      const tooltip = shortened[0]!.children.find((c) => c.name === 'title');
      expect(tooltip?.text).toBe('Campagne '.repeat(40).trim());
    });

    it('keep text as selectable text, accents intact', () => {
      expect(plain(root.text)).toContain('Démo commerciale en visio');
      expect(plain(root.text)).toContain('Recommandation à une consœur');
      expect(svg).toContain('>Démo commerciale<');
    });
  });

  describe('the header', () => {
    it('shows « Brouillon » for the draft and the version label for a published version', () => {
      expect(findAll(root, byClass('map-version'))[0]!.attributes['data-version']).toBe('draft');
      expect(svg).toContain('>Brouillon<');
      const published = renderPosterSvg(
        demoPoster({ version: { number: 2, label: 'v2 2025' }, revision: 57 }),
      );
      expect(published).toContain('Version 2 · v2 2025');
      expect(published).toContain('Révision 57');
      expect(published).not.toContain('>Brouillon<');
    });

    it('shows the scope and the persona', () => {
      for (const field of ['objectif', 'périmètre', 'segment', 'horizon', 'parties prenantes']) {
        expect(
          findAll(root, (n) => byClass('scope-field')(n) && n.attributes['data-field'] === field),
        ).toHaveLength(1);
      }
      expect(findAll(root, byClass('persona'))[0]!.text).toContain(
        'Marie, responsable marketing PME',
      );
    });
  });

  describe('touchpoints', () => {
    const touchpoints = findAll(root, byClass('touchpoint'));
    const momentsOfTruth = input.stages
      .flatMap((s) => s.touchpoints)
      .filter((t) => t.isMomentOfTruth);

    it('mark moments of truth with a star, the words and a distinct border', () => {
      const marked = touchpoints.filter((t) => t.attributes['data-moment-of-truth'] === 'true');
      expect(marked.map((t) => t.attributes['data-touchpoint-id'])).toEqual(
        momentsOfTruth.map((t) => t.id),
      );
      for (const touchpoint of marked) {
        expect(findAll(touchpoint, byClass('moment-of-truth-star'))).toHaveLength(1);
        expect(touchpoint.text).toContain('Moment de vérité');
        const card = findAll(touchpoint, byClass('touchpoint-card'))[0]!;
        expect(numberAttribute(card, 'stroke-width')).toBeGreaterThan(1);
      }
    });

    it('show the channel and whether it is online or offline', () => {
      const demo = touchpoints.find((t) => t.text.includes('Démo commerciale en visio'))!;
      expect(demo.attributes['data-channel']).toBe('SALES_MEETING');
      expect(demo.attributes['data-mode']).toBe('ONLINE');
      expect(demo.text).toContain('Rendez-vous commercial');
      expect(demo.text).toContain('En ligne');
      const fair = touchpoints.find((t) => t.text.includes('Salon professionnel'))!;
      expect(fair.text).toContain('Hors ligne');
    });

    it('carry their pain points with their severity', () => {
      const form = touchpoints.find((t) => t.text.includes('Formulaire de demande de devis'))!;
      expect(
        findAll(form, byClass('pain-point')).map((p) => p.attributes['data-severity']),
      ).toEqual(['CRITICAL', 'HIGH']);
      expect(form.text).toContain('Critique');
    });
  });

  it('shows each KPI with its current value, its target and whether it is reached', () => {
    const kpis = findAll(root, byClass('kpi'));
    expect(kpis).toHaveLength(input.stages.flatMap((s) => s.kpis).length);
    const quoteForm = kpis.find((k) => k.text.includes('Taux d’abandon du formulaire de devis'))!;
    expect(plain(quoteForm.text)).toContain('Actuel : 65 · Cible : 35');
    expect(quoteForm.attributes['data-target-reached']).toBe('false');
    expect(quoteForm.text).toContain('Cible non atteinte');
  });

  it('grows to fit its content: every item lies inside the poster', () => {
    const picture = layoutPoster(input);
    const texts = findAll(root, (n) => n.name === 'text');
    for (const text of texts) {
      const tspans = text.children.filter((c) => c.name === 'tspan');
      for (const tspan of tspans) expect(numberAttribute(tspan, 'y')).toBeLessThan(picture.height);
    }
    expect(picture.width).toBeGreaterThan(22 * 150);
  });

  it('is an accessible, French SVG image', () => {
    expect(root.attributes.role).toBe('img');
    expect(root.attributes.lang).toBe('fr');
    expect(root.children[0]!.name).toBe('title');
    expect(root.children[0]!.text).toBe('Carte du parcours client : Souscription SaaS – Marie');
    expect(root.children[1]!.name).toBe('desc');
    expect(root.children[1]!.text).toContain('5 étapes');
    expect(root.children[1]!.text).toContain('22 points de contact');
    expect(root.attributes['font-family']).toBe('Liberation Sans, Arial, Helvetica, sans-serif');
  });

  it('draws a map with no stage, persona or scope without failing', () => {
    const empty = {
      ...demoPoster(),
      stages: [],
      personas: [],
      improvements: [],
      description: null,
    };
    empty.scope = {
      objective: null,
      perimeter: null,
      segment: null,
      horizon: null,
      stakeholders: [],
    };
    const tree = parseSvg(renderPosterSvg(empty));
    expect(findAll(tree, byClass('stage'))).toHaveLength(0);
    expect(tree.text).toContain('Non renseigné');
  });
});
