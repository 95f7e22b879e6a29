/**
 * The one whole-map query both handlers answer: the selection the stock
 * baseline's README gives, which our schema serves with the same field names
 * (schema/journeyMap.graphql, stage.graphql, touchpoint.graphql,
 * painPoint.graphql, kpi.graphql, persona.graphql). Both sides get the same
 * query text and variables; only our event carries a bearer token.
 */
import { writeFileSync } from 'node:fs';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { apiGatewayEvent } from '../support/apiGatewayEvent';
import { countsOf, type CountableMap, type MapCounts } from './benchMaps';

export const MAP_SELECTION =
  'journeyMap(id: $id) { id title personas { id name } stages { id name position averageEmotion ' +
  'kpis { id name current target } touchpoints { id name channel emotionScore emotionColor ' +
  'painPoints { id description severity } } } }';

export const MAP_QUERY = `query WholeMap($id: ID!) { ${MAP_SELECTION} }`;

/** An API Gateway HTTP API (payload 2.0) POST /graphql of the whole-map query. */
export function mapEvent(mapId: string, authorization?: string): APIGatewayProxyEventV2 {
  return apiGatewayEvent({
    headers: authorization ? { authorization } : {},
    body: JSON.stringify({ query: MAP_QUERY, variables: { id: mapId } }),
  });
}

export function writeMapEvent(file: string, mapId: string, authorization?: string): string {
  writeFileSync(file, JSON.stringify(mapEvent(mapId, authorization)));
  return file;
}

interface MapData {
  journeyMap: CountableMap | null;
}

/**
 * Checks a handler's answer (200, data, no errors) and counts what it holds,
 * so that the bench can tell both sides answered the whole map.
 */
export function countsOfResponse(response: unknown): MapCounts {
  const result = response as { statusCode?: number; body?: string };
  const body = JSON.parse(String(result.body)) as { data?: MapData; errors?: unknown[] };
  const map = body.data?.journeyMap;
  if (result.statusCode !== 200 || body.errors?.length || !map) {
    throw new Error(`unexpected answer ${result.statusCode}: ${String(result.body).slice(0, 500)}`);
  }
  return countsOf(map);
}
