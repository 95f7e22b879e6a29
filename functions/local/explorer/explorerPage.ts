/**
 * The HTML page of the local explorer. It carries the preset (the demo query
 * and the development token) as inline JSON for the script, and shows the
 * token and a curl line as plain text above the editor, so that the page is
 * still useful when its scripts do not run.
 */
import type { Role } from '../../../domain/shared/enums';
import { DEMO_MAP_QUERY } from '../../demoMapQuery';
import { curlCommand } from '../curlExample';
import { EXPLORER_ASSETS_PATH, EXPLORER_CONFIG_ID, type ExplorerConfig } from './explorerConfig';

export interface ExplorerPageInput {
  /** The GraphQL endpoint's absolute URL (`http://localhost:4000/graphql`), for the curl line. */
  url: string;
  token: string;
  role: Role;
  workspaceId: string;
  /** The demo map, the preset query's `id`. */
  mapId: string;
  /** Where Apollo Sandbox is (it needs the internet). */
  sandboxPath: string;
}

/**
 * The page's response headers. The Content-Security-Policy lets the page
 * load from its own origin only: were a dependency to reach for a CDN (fonts,
 * workers), the browser would refuse, and the explorer test would see it.
 * Monaco sets inline styles and uses data: URLs for a few icons.
 */
export const EXPLORER_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/**
 * JSON that is safe inside a `<script>` element: no `</script>`, `<!--` or
 * line separator can end or confuse it, whatever the strings hold.
 */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

const STYLE = `
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font: 14px/1.4 system-ui, sans-serif; color: #1b2240; }
.note { flex: none; padding: 8px 16px; background: #f4f6fb; border-bottom: 1px solid #d8dcea; }
.note p { margin: 2px 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.note code { font: 12px/1.4 ui-monospace, monospace; background: #fff; padding: 1px 4px; user-select: all; }
.note label { display: inline-block; min-width: 11em; font-weight: 600; }
#explorer { flex: 1; min-height: 0; }
#explorer > .fallback { padding: 16px; }
`;

export function renderExplorerPage(input: ExplorerPageInput): string {
  const config: ExplorerConfig = {
    endpoint: new URL(input.url).pathname,
    query: DEMO_MAP_QUERY,
    variables: JSON.stringify({ id: input.mapId }, null, 2),
    headers: JSON.stringify({ Authorization: `Bearer ${input.token}` }, null, 2),
  };
  const assets = escapeHtml(EXPLORER_ASSETS_PATH);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Journey Map API · local explorer</title>
<link rel="stylesheet" href="${assets}main.css">
<style>${STYLE}</style>
</head>
<body>
<header class="note">
<p><strong>Journey Map API</strong>, local GraphiQL (no internet needed): the demo map's query and
the Authorization header are preset, press ▶ or Ctrl-Enter. Online, <a href="${escapeHtml(input.sandboxPath)}">Apollo Sandbox</a> works too.</p>
<p><label>Bearer token</label><code id="token">${escapeHtml(input.token)}</code></p>
<p><label>Or, in a terminal</label><code id="curl">${escapeHtml(curlCommand(input.url, input.token))}</code></p>
<p><label>Token's identity</label>${escapeHtml(input.role)} in workspace "${escapeHtml(input.workspaceId)}"; other roles: <code>npm run --silent token -- --workspace ${escapeHtml(input.workspaceId)} --role VIEWER</code></p>
</header>
<main id="explorer"><p class="fallback">Loading GraphiQL… If this stays, the explorer's scripts did not run; the token and the curl line above work without them.</p></main>
<script id="${EXPLORER_CONFIG_ID}" type="application/json">${scriptJson(config)}</script>
<script src="${assets}main.js"></script>
</body>
</html>
`;
}
