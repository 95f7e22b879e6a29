/**
 * The explorer page carries the preset as inline JSON and the token and curl
 * line as text: whatever those strings hold, they stay data.
 */
import { DEMO_MAP_QUERY } from '../../../functions/demoMapQuery';
import {
  EXPLORER_CONFIG_ID,
  type ExplorerConfig,
} from '../../../functions/local/explorer/explorerConfig';
import { renderExplorerPage } from '../../../functions/local/explorer/explorerPage';

const HOSTILE = `t</script><script>alert(1)</script><!--'"&\u2028`;

function page(token: string) {
  return renderExplorerPage({
    url: 'http://localhost:4000/graphql',
    token,
    role: 'OWNER',
    workspaceId: 'demo',
    mapId: 'MAP-1',
    sandboxPath: '/sandbox',
  });
}

function configOf(html: string): ExplorerConfig {
  const match = new RegExp(
    `<script id="${EXPLORER_CONFIG_ID}" type="application/json">(.*?)</script>`,
    's',
  ).exec(html);
  if (!match?.[1]) throw new Error('no config element');
  return JSON.parse(match[1]) as ExplorerConfig;
}

describe('explorer page', () => {
  it('presets the demo query, its map id and the Authorization header', () => {
    const config = configOf(page('the.token'));
    expect(config).toEqual({
      endpoint: '/graphql',
      query: DEMO_MAP_QUERY,
      variables: JSON.stringify({ id: 'MAP-1' }, null, 2),
      headers: JSON.stringify({ Authorization: 'Bearer the.token' }, null, 2),
    });
  });

  it('shows the token and a curl line as text, for when scripts do not run', () => {
    const html = page('the.token');
    expect(html).toContain('<code id="token">the.token</code>');
    expect(html).toMatch(
      /<code id="curl">curl -s http:\/\/localhost:4000\/graphql .*Authorization: Bearer the\.token/,
    );
  });

  it('keeps any string inside its element', () => {
    const html = page(HOSTILE);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(JSON.parse(configOf(html).headers)).toEqual({ Authorization: `Bearer ${HOSTILE}` });
    expect(html).toContain('<code id="token">t&lt;/script&gt;&lt;script&gt;alert(1)');
  });
});
