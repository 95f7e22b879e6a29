/**
 * The local explorer: GraphiQL with the demo query and the development
 * token preset, bundled with everything it needs (editor, workers, styles,
 * icons) by buildExplorer.ts, so it works with no network but localhost.
 */
import './monacoWorkers';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { EXPLORER_CONFIG_ID, type ExplorerConfig } from '../explorerConfig';

function readConfig(): ExplorerConfig {
  const element = document.getElementById(EXPLORER_CONFIG_ID);
  if (!element?.textContent) throw new Error(`#${EXPLORER_CONFIG_ID} is missing from the page`);
  return JSON.parse(element.textContent) as ExplorerConfig;
}

const config = readConfig();
const fetcher = createGraphiQLFetcher({ url: new URL(config.endpoint, window.location.href).href });
const root = document.getElementById('explorer');
if (!root) throw new Error('#explorer is missing from the page');

createRoot(root).render(
  <GraphiQL
    fetcher={fetcher}
    initialQuery={config.query}
    initialVariables={config.variables}
    initialHeaders={config.headers}
    defaultEditorToolsVisibility="variables"
  />,
);
