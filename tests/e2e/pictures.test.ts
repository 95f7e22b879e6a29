/**
 * The pictures and share pages as people get them, through the stack that
 * `npm start` runs (serverless-offline serving the pictures bundle behind the
 * front server): over plain HTTP (status codes, ETag and 304, the PDF's
 * bytes), and in headless Chromium (Debian's package) with the network cut,
 * which opens the demo map's share page, its poster SVG and its matrix and
 * checks what it draws: 5 columns in order, 22 touchpoints, the curve's
 * points in their colours, accents intact, no text wider than its box, no
 * script, nothing loaded.
 *
 * Leaves screenshots in test-artifacts/ (git-ignored): share-page.png,
 * poster.png, matrix.png, or <name>-failure.png when an assertion failed.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startLocalStack, type LocalStack } from '../../functions/local/localStack';
import { launchOfflineChromium, type OfflineChromium } from '../support/offlineChromium';
import { localStackGraphQL } from '../support/localStackGraphQL';
import type { Json } from '../support/testApi';

/**
 * The few DOM members the checks below use, in the page (the project compiles without the DOM
 * library; these declarations are this module's own).
 */
interface PageNode {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): PageNode | null;
  querySelectorAll(selectors: string): ArrayLike<PageNode> & Iterable<PageNode>;
  /** SVG text content elements: the width the browser laid the text out with. */
  getComputedTextLength(): number;
}
declare const document: PageNode & { scripts: { length: number } };
declare function getComputedStyle(node: PageNode): { fill: string };

const FILLS: Record<string, string> = {
  GREEN: 'rgb(47, 158, 68)',
  ORANGE: 'rgb(240, 140, 0)',
  RED: 'rgb(224, 49, 49)',
};

let stack: LocalStack;
let dataDir: string;
let browser: OfflineChromium;
let shareUrl: string;
let pictures: Json;
const graphql = (query: string, variables?: Record<string, unknown>) =>
  localStackGraphQL(stack, query, variables);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'journey-map-pictures-'));
  [stack, browser] = await Promise.all([
    startLocalStack({
      dataDir,
      port: 0,
      // Note: a free WebSocket port too: another file's stack may hold 4001 at the same time.
      websocketPort: 0,
      dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT!,
      tableName: `e2e-${randomUUID()}`,
      role: 'EDITOR',
    }),
    launchOfflineChromium({ viewport: { width: 1400, height: 900 } }),
  ]);
  const data = await graphql(
    `
      mutation ($i: CreateShareLinkInput!) {
        createShareLink(input: $i) {
          url
        }
      }
    `,
    { i: { mapId: stack.mapId } },
  );
  shareUrl = data.createShareLink.url;
  pictures = (
    await graphql(
      `
        query ($id: ID!) {
          journeyMap(id: $id) {
            pictures {
              posterSvg
              posterPdf
              matrixSvg
              emotionCurveSvg
            }
          }
        }
      `,
      { id: stack.mapId },
    )
  ).journeyMap.pictures;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

/** Runs `check` on a fresh page, keeping a screenshot of it when it fails. */
async function withPage(name: string, check: (page: Page) => Promise<void>): Promise<void> {
  const page = await browser.newPage();
  try {
    await check(page);
  } catch (error) {
    await browser.screenshot(page, `${name}-failure.png`).catch(() => undefined);
    throw error;
  } finally {
    await page.close();
  }
}

/** What the browser drew of a poster, read from its DOM. */
async function readPoster(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.journey-map-poster');
    const stages = [...document.querySelectorAll('g.stage')].map((g) => ({
      name: g.querySelector('text')?.textContent ?? '',
      position: Number(g.getAttribute('data-position')),
      x: Number(g.getAttribute('data-x')),
    }));
    const points = [...document.querySelectorAll('circle.emotion-point')].map((c) => ({
      score: Number(c.getAttribute('data-score')),
      color: c.getAttribute('data-color'),
      fill: getComputedStyle(c).fill,
    }));
    // Note: every line of every text box, measured by the browser in the SVG's own units.
    const overflowing: string[] = [];
    for (const text of document.querySelectorAll('text[data-box-width]')) {
      const box = Number(text.getAttribute('data-box-width'));
      for (const line of text.querySelectorAll('tspan')) {
        const width = line.getComputedTextLength();
        if (width > box * 1.01 + 0.5) overflowing.push(`${line.textContent} (${width} > ${box})`);
      }
    }
    return {
      found: svg !== null,
      text: svg?.textContent ?? '',
      stages,
      touchpoints: document.querySelectorAll('g.touchpoint').length,
      points,
      overflowing,
      texts: document.querySelectorAll('text[data-box-width]').length,
    };
  });
}

function expectDemoPoster(poster: Awaited<ReturnType<typeof readPoster>>): void {
  expect(poster.found).toBe(true);
  expect(poster.stages.map((s) => s.position)).toEqual([1, 2, 3, 4, 5]);
  const xs = poster.stages.map((s) => s.x);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  expect(poster.touchpoints).toBe(22);
  expect(poster.points).toHaveLength(22);
  for (const point of poster.points) {
    const expected = point.score > 0 ? 'GREEN' : point.score < 0 ? 'RED' : 'ORANGE';
    expect(point.color).toBe(expected);
    expect(point.fill).toBe(FILLS[expected]);
  }
  // Accents intact, as text.
  for (const words of ['Découverte', 'Expérience d’usage', 'Recommandation', 'Hotline']) {
    expect(poster.text).toContain(words);
  }
  expect(poster.texts).toBeGreaterThan(100);
  expect(poster.overflowing).toEqual([]);
}

describe('pictures over HTTP (serverless-offline)', () => {
  it('serves the poster SVG with a strong ETag, and 304 when it is sent back', async () => {
    const headers = { authorization: `Bearer ${stack.token}` };
    const first = await fetch(pictures.posterSvg, { headers });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(await first.text()).toContain('journey-map-poster');
    const again = await fetch(pictures.posterSvg, {
      headers: { ...headers, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(await fetch(pictures.posterSvg)).toHaveProperty('status', 401);
  });

  it('serves the PDF as bytes, named after the map', async () => {
    const response = await fetch(pictures.posterPdf, {
      headers: { authorization: `Bearer ${stack.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="Souscription/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('serves a share page without credentials, and 404 for an unknown secret', async () => {
    const response = await fetch(shareUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await fetch(`${stack.baseUrl}/share/${'z'.repeat(43)}`)).status).toBe(404);
  });
});

describe('pictures in headless Chromium, offline', () => {
  it('opens the share page: the poster renders, the map as text, no script and nothing loaded', async () => {
    await withPage('share-page', async (page) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      const response = await page.goto(shareUrl);
      expect(response?.status()).toBe(200);
      expectDemoPoster(await readPoster(page));
      expect(await page.locator('section.quick-wins li').count()).toBeGreaterThan(0);
      expect(await page.locator('section.map-text').textContent()).toContain(
        'Formulaire de demande de devis',
      );
      expect(await page.evaluate(() => document.scripts.length)).toBe(0);
      expect(requested).toEqual([shareUrl]);
      expect(browser.outside).toEqual([]);
      await browser.screenshot(page, 'share-page.png');
    });
  }, 60_000);

  it("opens the poster SVG itself, with the viewer's token", async () => {
    await withPage('poster', async (page) => {
      await page.setExtraHTTPHeaders({ authorization: `Bearer ${stack.token}` });
      const response = await page.goto(pictures.posterSvg);
      expect(response?.status()).toBe(200);
      expectDemoPoster(await readPoster(page));
      await browser.screenshot(page, 'poster.png');
    });
  }, 60_000);

  it('opens the matrix: four quadrants, the 12 improvements, titles inside their boxes', async () => {
    await withPage('matrix', async (page) => {
      await page.setExtraHTTPHeaders({ authorization: `Bearer ${stack.token}` });
      await page.goto(pictures.matrixSvg);
      const matrix = await page.evaluate(() => ({
        quadrants: [...document.querySelectorAll('g.quadrant')].map((q) =>
          q.getAttribute('data-quadrant'),
        ),
        improvements: document.querySelectorAll('g.improvement').length,
        overflowing: [...document.querySelectorAll('text[data-box-width]')].filter((text) =>
          [...text.querySelectorAll('tspan')].some(
            (line) =>
              line.getComputedTextLength() >
              Number(text.getAttribute('data-box-width')) * 1.01 + 0.5,
          ),
        ).length,
      }));
      expect([...matrix.quadrants].sort()).toEqual([
        'AVOID',
        'FILL_IN',
        'QUICK_WIN',
        'STRATEGIC_PROJECT',
      ]);
      expect(matrix.improvements).toBe(12);
      expect(matrix.overflowing).toBe(0);
      await browser.screenshot(page, 'matrix.png');
    });
  }, 60_000);
});
