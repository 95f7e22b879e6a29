/**
 * The local explorer as a person sees it, with the network cut: the stack
 * that `npm start` runs, and headless Chromium (Debian's package) allowed to
 * reach localhost only. The editor must render with the preset query and
 * header, running the query must show the demo map, and the schema's
 * documentation must be there.
 *
 * Leaves a screenshot in test-artifacts/ (git-ignored): explorer.png, or
 * explorer-failure.png when an assertion failed.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { startLocalStack, type LocalStack } from '../../functions/local/localStack';
import { PROJECT_ROOT } from '../../functions/local/projectRoot';
import { DEMO_MAP } from '../../infra/seed/demo/journeyMap';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

let stack: LocalStack;
let dataDir: string;
let profileDir: string;
let context: BrowserContext;
/** Every request for another host than localhost (refused), and every CSP refusal. */
const outside: string[] = [];

const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || LOCAL_HOSTS.has(hostname);
};

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the explorer test needs it. Install Debian's package: ` +
        '`apt-get install -y --no-install-recommends chromium fonts-liberation` ' +
        '(.ci/run does), or set CHROMIUM_PATH to another Chromium or Chrome.',
    );
  }
  dataDir = mkdtempSync(join(tmpdir(), 'journey-map-explorer-'));
  profileDir = mkdtempSync(join(tmpdir(), 'journey-map-chromium-'));
  const [started, browser] = await Promise.all([
    startLocalStack({
      dataDir,
      port: 0,
      dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT!,
      tableName: `e2e-${randomUUID()}`,
    }),
    chromium.launchPersistentContext(profileDir, {
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
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    }),
  ]);
  stack = started;
  context = browser;
  // Note: the network is cut for the page: anything but localhost is refused, and counted.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    outside.push(url);
    return route.abort('internetdisconnected');
  });
  context.on('request', (request: Request) => {
    if (!isLocal(request.url()) && !outside.includes(request.url())) outside.push(request.url());
  });
}, 90_000);

afterAll(async () => {
  await context?.close();
  await stack?.stop();
  for (const dir of [dataDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, name) });
}

describe('the local explorer, offline', () => {
  it('opens GraphiQL with the demo query and the token preset, and runs the query', async () => {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) outside.push(message.text());
    });
    try {
      await page.goto(stack.url);
      // The note works without scripts.
      expect(await page.locator('#token').textContent()).toBe(stack.token);
      expect(await page.locator('#curl').textContent()).toContain(`Bearer ${stack.token}`);

      const query = page.locator('.graphiql-query-editor .view-lines');
      await query.filter({ hasText: 'journeyMap(id: $id)' }).waitFor({ timeout: 20_000 });

      await page.getByRole('button', { name: 'Headers', exact: true }).click();
      await page
        .locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines')
        .filter({ hasText: `"Authorization": "Bearer ` })
        .waitFor();

      await page.locator('.graphiql-execute-button').click();
      await page
        .locator('.graphiql-response .view-lines')
        .filter({ hasText: DEMO_MAP.title })
        .waitFor({ timeout: 20_000 });

      await screenshot(page, 'explorer.png');

      // The schema's documentation, from introspection (on locally).
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      await page
        .locator('.graphiql-doc-explorer-root-type')
        .filter({ hasText: 'Query' })
        .first()
        .waitFor();
      // Each mutation's role, in the description the list of mutations shows.
      await page.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Mutation$/ }).click();
      await page
        .locator('.graphiql-markdown-description')
        .filter({ hasText: 'history. Required role: OWNER.' })
        .first()
        .waitFor();
      expect(outside).toEqual([]);
    } catch (error) {
      await screenshot(page, 'explorer-failure.png').catch(() => undefined);
      throw error;
    }
  }, 60_000);
});
