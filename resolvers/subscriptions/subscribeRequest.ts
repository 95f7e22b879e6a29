/**
 * Checks a `subscribe` message's GraphQL request before anything is stored:
 * it parses, validates against the schema (with the query limits), is one
 * subscription operation, and its variables coerce. Resolves with the map it
 * watches, or throws the GraphQL errors a client reads in an `error` message.
 */
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { DomainError } from '../../domain/shared/errors';
import type { SubscriptionRequest } from '../../domain/ports/connectionStore';
import { queryLimitRules } from '../server/limits/queryLimitRules';

/** A subscription's query is kept and run again on every change: keep it small. */
export const MAX_SUBSCRIPTION_QUERY_LENGTH = 10_000;

/** The errors of a request that cannot be subscribed. */
export class SubscribeRejected extends Error {
  constructor(readonly errors: readonly (GraphQLError | DomainError)[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'SubscribeRejected';
  }
}

export interface CheckedSubscription {
  document: DocumentNode;
  mapId: string;
}

/** Parses and validates a subscription request; throws SubscribeRejected. */
export function checkSubscription(
  schema: GraphQLSchema,
  request: SubscriptionRequest,
): CheckedSubscription {
  if (request.query.length > MAX_SUBSCRIPTION_QUERY_LENGTH) {
    throw new SubscribeRejected([
      new GraphQLError(
        `A subscription's query has at most ${MAX_SUBSCRIPTION_QUERY_LENGTH} characters.`,
      ),
    ]);
  }
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (error) {
    throw new SubscribeRejected([error as GraphQLError]);
  }
  const invalid = validate(schema, document, [...specifiedRules, ...queryLimitRules]);
  if (invalid.length > 0) throw new SubscribeRejected(invalid);
  const operation = getOperationAST(document, request.operationName);
  if (!operation) {
    throw new SubscribeRejected([new GraphQLError('Name the operation to run (operationName).')]);
  }
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    throw new SubscribeRejected([
      new DomainError(
        'BAD_USER_INPUT',
        'Only subscriptions are served over WebSocket: send queries and mutations to POST /graphql.',
      ),
    ]);
  }
  const subscriptionType = schema.getSubscriptionType();
  const field = operation.selectionSet.selections[0];
  const definition = subscriptionType?.getFields().journeyMapChanged;
  if (!definition || field?.kind !== Kind.FIELD || field.name.value !== 'journeyMapChanged') {
    throw new SubscribeRejected([new GraphQLError('Subscribe to journeyMapChanged.')]);
  }
  const variables = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    request.variables ?? {},
  );
  if (variables.errors) throw new SubscribeRejected(variables.errors);
  const args = getArgumentValues(definition, field, variables.coerced) as { id: string };
  return { document, mapId: args.id };
}
