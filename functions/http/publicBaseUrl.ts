/**
 * The API's public base URL (`https://abc123.execute-api.eu-west-1.amazonaws.com`,
 * or `http://localhost:4000` under `npm start`), which absolute links (the
 * pictures' URLs, share links) start with. A configured `PUBLIC_BASE_URL`
 * (a custom domain, a path behind a CDN) wins; else it is the request's own
 * host as API Gateway received it (the Host header locally), with the stage's path when the stage is
 * not `$default`.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export function publicBaseUrl(
  event: APIGatewayProxyEventV2,
  configured: string | null,
  local: boolean,
): string {
  if (configured) return configured.replace(/\/+$/, '');
  const headers = event.headers;
  // Note: in AWS, API Gateway says which host it was called on; locally the Host header does
  // (serverless-offline behind the local front server, which keeps the browser's Host).
  const host = local
    ? (headers.host ?? event.requestContext.domainName)
    : event.requestContext.domainName;
  const forwarded = headers['x-forwarded-proto'] ?? headers['X-Forwarded-Proto'];
  const protocol =
    forwarded === 'http' || forwarded === 'https' ? forwarded : local ? 'http' : 'https';
  const stage = event.requestContext.stage;
  const stagePath = stage && stage !== '$default' && !local ? `/${stage}` : '';
  return `${protocol}://${host}${stagePath}`;
}
