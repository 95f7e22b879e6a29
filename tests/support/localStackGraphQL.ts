/** GraphQL over HTTP to a local stack (`npm start`'s), as the caller of its token. */
import type { LocalStack } from '../../functions/local/localStack';
import type { Json } from './testApi';

/** The answer's data; its errors, if any, thrown. */
export async function localStackGraphQL(
  stack: LocalStack,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Json> {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Json;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
