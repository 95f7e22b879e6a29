/**
 * Apollo Sandbox, for those who prefer it and are online: a page of the local
 * launcher that embeds it from Apollo's CDN, pointed at the local endpoint
 * with the demo query and the development token preset. Never part of the
 * Lambda; the offline explorer (explorerPage.ts) needs none of this.
 */
import { DEMO_MAP_QUERY } from '../../demoMapQuery';
import { escapeHtml, scriptJson } from './explorerPage';

const EMBED_SCRIPT =
  'https://embeddable-sandbox.cdn.apollographql.com/_latest/embeddable-sandbox.umd.production.min.js';

export const SANDBOX_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

export function renderSandboxPage(input: { url: string; token: string; mapId: string }): string {
  const options = {
    target: '#sandbox',
    initialEndpoint: input.url,
    endpointIsEditable: false,
    initialState: {
      document: DEMO_MAP_QUERY,
      variables: { id: input.mapId },
      headers: { Authorization: `Bearer ${input.token}` },
    },
  };
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Apollo Sandbox – ${escapeHtml(input.url)}</title></head>
<body style="margin:0">
<div id="sandbox" style="position:absolute;inset:0"></div>
<script src="${EMBED_SCRIPT}"></script>
<script>new window.EmbeddedSandbox(${scriptJson(options)});</script>
</body>
</html>
`;
}
