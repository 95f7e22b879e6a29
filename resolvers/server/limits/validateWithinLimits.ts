/**
 * graphql-js's `validate`, limits first: the query limit rules (linear in the
 * document) run on their own, and only a document within them meets
 * graphql-js's specified rules, some of which cost more than linear time on
 * hostile documents (OverlappingFieldsCanBeMerged compares fields pairwise).
 * A document over a limit is answered with the limits it crosses alone.
 */
import { validate, type GraphQLSchema, type DocumentNode, type ValidationRule } from 'graphql';
import { queryLimitRules } from './queryLimitRules';

/** A `validate` for graphql-http: `rules` (graphql-js's and the server's) run once the limits hold. */
export function validateWithinLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules?: readonly ValidationRule[],
): ReturnType<typeof validate> {
  const overLimits = validate(schema, document, queryLimitRules);
  return overLimits.length > 0 ? overLimits : validate(schema, document, rules);
}
