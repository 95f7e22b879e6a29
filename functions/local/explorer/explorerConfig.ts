/**
 * What the launcher hands the explorer page's script (browser/main.tsx): one
 * JSON object inlined in the page, so the page needs no second request and
 * the preset is there before GraphiQL first renders.
 *
 * Shared by the Node side (explorerPage.ts) and the browser bundle, so it
 * holds types and constants only.
 */

/** The id of the `<script type="application/json">` element that holds the config. */
export const EXPLORER_CONFIG_ID = 'explorer-config';

/** Where the front server serves the bundle's files (main.js, main.css, the Monaco workers). */
export const EXPLORER_ASSETS_PATH = '/explorer/';

/** The Monaco web workers the bundle builds, by the label Monaco asks for (`editor` for any other). */
export const MONACO_WORKERS = ['editor', 'json', 'graphql'] as const;

export interface ExplorerConfig {
  /** The GraphQL endpoint, a path on the page's own origin (`/graphql`). */
  endpoint: string;
  /** The operation editor's initial text. */
  query: string;
  /** The variables editor's initial text (JSON). */
  variables: string;
  /** The headers editor's initial text (JSON): the development token's Authorization header. */
  headers: string;
}
