import { buildMapView } from '../../../../domain/maps/mapView';
import { posterInputFromView } from '../../../../domain/pictures/posterInputFromView';
import {
  escapeHtml,
  renderSharePage,
  SHARE_PAGE_HEADERS,
} from '../../../../functions/pictures/sharePage';
import { make, testId } from '../../support/records';

const HOSTILE = '<img src=x onerror="alert(1)"> & \'Ça\'';
const STAGE = testId(10);

function page(
  title = 'Souscription – Marie',
  version: { number: number; label: string } | null = null,
) {
  const view = buildMapView(
    make.contents({
      header: make.header({ title, description: HOSTILE }),
      stages: [make.stage({ id: STAGE, name: `Étape ${HOSTILE}` })],
      touchpoints: [
        make.touchpoint({
          id: testId(20),
          stageId: STAGE,
          name: HOSTILE,
          actions: [HOSTILE],
          emotionScore: -2,
        }),
      ],
      improvements: [
        make.improvement({
          id: `${testId(1)}:${testId(50)}`,
          title: 'Raccourcir le formulaire',
          impact: 5,
          effort: 1,
        }),
        make.improvement({
          id: `${testId(1)}:${testId(51)}`,
          title: 'Refonte du CRM',
          impact: 5,
          effort: 5,
        }),
      ],
    }),
  );
  const input = posterInputFromView(view, [], version);
  return renderSharePage(
    input,
    view,
    '<?xml version="1.0" encoding="UTF-8"?>\n<svg class="poster"></svg>',
  );
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

describe('renderSharePage', () => {
  it('escapes every text of the map', () => {
    const html = page(HOSTILE);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;Ça&#39;');
  });

  it('inlines the poster without its XML declaration', () => {
    const html = page();
    expect(html).toContain('<svg class="poster"></svg>');
    expect(html).not.toContain('<?xml');
  });

  it('lists the quick wins only', () => {
    const html = page();
    expect(html).toContain('Raccourcir le formulaire');
    expect(html).not.toContain('Refonte du CRM');
  });

  it('says which version it shows, or that it is the draft', () => {
    expect(page('Carte', { number: 2, label: 'v2 2025' })).toContain(
      '<title>Carte · Version 2 · v2 2025</title>',
    );
    expect(page('Carte')).toContain('<title>Carte · Brouillon</title>');
  });

  it('writes the map as text: stages, touchpoints, emotions', () => {
    const html = page();
    expect(html).toContain('<h3>1. Étape &lt;img');
    expect(html).toContain('émotion -2 (rouge)');
  });

  it('asks for no index, no script, no framing, no cache', () => {
    const html = page();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow, noarchive">');
    expect(html).not.toMatch(/<script|href=|src="/);
    expect(SHARE_PAGE_HEADERS['content-security-policy']).toMatch(/^default-src 'none';/);
    expect(SHARE_PAGE_HEADERS['content-security-policy']).not.toContain('script-src');
    expect(SHARE_PAGE_HEADERS).toMatchObject({
      'x-robots-tag': 'noindex, nofollow, noarchive',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    });
  });
});
