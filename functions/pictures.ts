/**
 * The Lambda entry point of the pictures and the share pages: its own
 * function and bundle, so that neither the GraphQL function's bundle nor its
 * cold start carries the drawing code, and pdfkit is loaded by the first PDF
 * request only. It only wires: the container's runtime, authentication (as
 * /graphql), a use-case context per request with its one retry budget.
 *
 * | route | handler |
 * |---|---|
 * | `GET /maps/{id}/poster.svg`, `poster.pdf`, `curve.svg`, `matrix.svg` | pictures/servePicture.ts |
 * | `GET /share/{token}` | pictures/serveSharePage.ts |
 *
 * Each request writes one log line and its metrics (http/requestLog.ts).
 */
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context as LambdaContext,
} from 'aws-lambda';
import './zodRuntime';
import { systemClock } from '../domain/context/clock';
import type { UseCaseContext } from '../domain/context/useCaseContext';
import type { Viewer } from '../domain/context/viewer';
import { SHARE_PATH } from '../domain/pictures/pictureLinks';
import { RetryBudget } from '../domain/shared/retryBudget';
import { verifyApiKey } from '../domain/apiKeys/verifyApiKey';
import { authenticate } from './auth/authenticate';
import { errorResponse } from './http/errorResponse';
import { noteOperation, noteViewer } from './http/requestFacts';
import { withRequestLog } from './http/requestLog';
import { log, logger } from './log';
import { createMetrics } from './metrics';
import { servePicture } from './pictures/servePicture';
import { serveSharePage } from './pictures/serveSharePage';
import { runtime } from './runtime';

async function answer(
  event: APIGatewayProxyEventV2,
  _lambda?: LambdaContext,
): Promise<APIGatewayProxyStructuredResultV2> {
  const retry = new RetryBudget();
  const stores = runtime.storesFor(retry);
  const useCaseContext = (viewer: Viewer): UseCaseContext => ({
    viewer,
    stores,
    clock: systemClock,
    retry,
  });
  try {
    if (event.rawPath.includes(SHARE_PATH)) {
      noteOperation('sharePage');
      return await serveSharePage(event, {
        shareLinks: stores.shareLinks,
        useCaseContext,
        now: () => systemClock.now(),
      });
    }
    return await servePicture(event, {
      // As /graphql: `Bearer <JWT>` or `ApiKey <key>` (one consistent GetItem).
      authenticate: async (authorization) => {
        const viewer = await authenticate(authorization, runtime.verifier, (key) =>
          verifyApiKey({ apiKeys: stores.apiKeys, clock: systemClock }, key),
        );
        noteViewer(viewer);
        return viewer;
      },
      useCaseContext,
    });
  } catch (error) {
    return errorResponse(error, {
      requestId: event.requestContext.requestId,
      exposeInternals: runtime.config.local,
      log,
    });
  }
}

/**
 * One log line and the metrics of each request, as /graphql's: the operation
 * is the route (`posterSvg`, `posterPdf`, `emotionCurveSvg`, `matrixSvg`,
 * `sharePage`), never the path, which holds a share link's secret.
 */
export const handler = withRequestLog(answer, {
  logger,
  metrics: createMetrics(runtime.config),
  message: 'pictures request',
});
