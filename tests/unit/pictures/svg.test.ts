import { element, escapeXml, serialize } from '../../../domain/pictures/svg';
import { renderPosterSvg } from '../../../domain/pictures/renderPoster';
import { demoPoster } from './fixtures/demoPoster';
import { byClass, findAll, parseSvg } from './support/svgTree';

describe('Pictures: SVG escaping', () => {
  it('escapes <, >, &, double and single quotes', () => {
    expect(escapeXml(`<b> & "x" 'y'`)).toBe('&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;');
  });

  it('replaces code points XML cannot hold instead of writing an invalid document', () => {
    expect(escapeXml('a\u0000b\u0007c\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });

  it('escapes attribute values and text content alike', () => {
    const svg = serialize(
      element('text', { 'data-x': '"><script>' }, ['</text><script>alert(1)</script>']),
    );
    expect(svg).toBe(
      '<text data-x="&quot;&gt;&lt;script&gt;">&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text>',
    );
  });

  it('leaves out null and undefined attributes and rounds numbers to two decimals', () => {
    expect(serialize(element('circle', { cx: 1 / 3, cy: -0.001, r: null, fill: undefined }))).toBe(
      '<circle cx="0.33" cy="0"/>',
    );
  });

  describe('a poster whose every field is hostile', () => {
    const hostile = `<script>alert("x")</script> & 'Œuvre' «\u00A0été\u00A0»`;
    const input = demoPoster();
    input.title = hostile;
    input.personas = [{ name: hostile, jobTitle: hostile, quote: hostile }];
    input.stages[0]!.name = hostile;
    input.stages[0]!.touchpoints[0]!.name = hostile;
    input.stages[0]!.touchpoints[0]!.id = `"><g id="x`;
    const svg = renderPosterSvg(input);

    it('is still well-formed XML with no injected element', () => {
      const root = parseSvg(svg);
      expect(findAll(root, (n) => n.name === 'script')).toHaveLength(0);
      expect(svg).not.toContain('<script>');
    });

    it('shows the text exactly as typed, accents and quotes included', () => {
      const root = parseSvg(svg);
      const title = findAll(root, byClass('map-title'))[0]!;
      expect(title.text.replace(/\s+/g, ' ')).toBe(hostile.replace(/\s+/g, ' '));
      const touchpoint = findAll(root, byClass('touchpoint'))[0]!;
      expect(touchpoint.attributes['data-touchpoint-id']).toBe(`"><g id="x`);
    });
  });
});
