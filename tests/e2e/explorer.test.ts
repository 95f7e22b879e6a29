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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack, type LocalStack } from '../../functions/local/localStack';
import { DEMO_MAP } from '../../infra/seed/demo/journeyMap';
import { launchOfflineChromium, type OfflineChromium } from '../support/offlineChromium';

let stack: LocalStack;
let dataDir: string;
let browser: OfflineChromium;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'journey-map-explorer-'));
  // Note: the network is cut for the page: anything but localhost is refused, and counted.
  [stack, browser] = await Promise.all([
    startLocalStack({
      dataDir,
      port: 0,
      // Note: a free WebSocket port too: another file's stack may hold 4001 at the same time.
      websocketPort: 0,
      dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT!,
      tableName: `e2e-${randomUUID()}`,
    }),
    launchOfflineChromium({ viewport: { width: 1280, height: 800 }, localSchemes: ['blob:'] }),
  ]);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

describe('the local explorer, offline', () => {
  it('opens GraphiQL with the demo query and the token preset, and runs the query', async () => {
    const page = await browser.newPage();
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

      await browser.screenshot(page, 'explorer.png');

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
      expect(browser.outside).toEqual([]);
    } catch (error) {
      await browser.screenshot(page, 'explorer-failure.png').catch(() => undefined);
      throw error;
    }
  }, 60_000);
});
