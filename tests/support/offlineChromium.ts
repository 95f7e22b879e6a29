/**
 * Headless Chromium (Debian's package) with the network cut, as the e2e
 * tests look at what a person sees: anything but localhost is refused and
 * noted in `outside`, with every Content-Security-Policy refusal of a page.
 * Screenshots go to test-artifacts/ (git-ignored).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../functions/local/projectRoot';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface OfflineChromium {
  context: BrowserContext;
  /** Every request for another host than localhost (refused), and every CSP refusal. */
  outside: string[];
  /** A fresh page whose CSP refusals land in `outside`. */
  newPage(): Promise<Page>;
  /** Saves a screenshot of `page` as test-artifacts/<name>. */
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export interface OfflineChromiumOptions {
  viewport: { width: number; height: number };
  /** URL schemes that stay in the page (data: always does). */
  localSchemes?: string[];
}

export async function launchOfflineChromium({
  viewport,
  localSchemes = [],
}: OfflineChromiumOptions): Promise<OfflineChromium> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: install Debian's package ` +
        '`apt-get install -y --no-install-recommends chromium fonts-liberation` (.ci/run does), ' +
        'or set CHROMIUM_PATH to another Chromium or Chrome.',
    );
  }
  const schemes = new Set(['data:', ...localSchemes]);
  const isLocal = (url: string) => {
    const { protocol, hostname } = new URL(url);
    return schemes.has(protocol) || LOCAL_HOSTS.has(hostname);
  };
  const profileDir = mkdtempSync(join(tmpdir(), 'journey-map-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport,
    serviceWorkers: 'block',
  });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    outside.push(url);
    return route.abort('internetdisconnected');
  });
  context.on('request', (request) => {
    if (!isLocal(request.url()) && !outside.includes(request.url())) outside.push(request.url());
  });
  return {
    context,
    outside,
    async newPage() {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) outside.push(message.text());
      });
      return page;
    },
    async screenshot(page, name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, name) });
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
