/**
 * Tells Monaco (GraphiQL 5's editor) where its web workers are: files of the
 * same bundle, served by the launcher. Without this, GraphiQL's setup would
 * load them from a CDN (setup-workers/esm.sh) or need a Vite/webpack worker
 * loader, which esbuild does not have.
 *
 * Note: imported first by main.tsx, since Monaco reads `MonacoEnvironment`
 * when it starts its first worker.
 */
import { EXPLORER_ASSETS_PATH, MONACO_WORKERS } from '../explorerConfig';

type WorkerName = (typeof MONACO_WORKERS)[number];

const isWorkerName = (label: string): label is WorkerName =>
  (MONACO_WORKERS as readonly string[]).includes(label);

window.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    const name: WorkerName = isWorkerName(label) ? label : 'editor';
    return new Worker(`${EXPLORER_ASSETS_PATH}${name}.worker.js`, { name });
  },
};
