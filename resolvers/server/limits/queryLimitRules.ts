/**
 * Limits on what one operation may ask for, checked before anything runs:
 * depth, aliases and an estimated cost. Over a limit, the operation fails with
 * GRAPHQL_VALIDATION_FAILED and a message that says which limit and by how much.
 */
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  type ASTVisitor,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { childrenOf, fieldsOf, isEdgeList, isListField, type TypedField } from './operationWalk';

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 50_000,
  /** Assumed length of a plain list (the parts of one map). */
  defaultListSize: 10,
  /** Assumed `first` when it is a variable (unknown during validation): the maximum page. */
  variablePageSize: 100,
} as const;

/** Nesting depth of the deepest field (a top-level field is depth 1). */
function depthOf(fields: readonly TypedField[], context: ValidationContext): number {
  let deepest = 0;
  for (const field of fields)
    deepest = Math.max(deepest, 1 + depthOf(childrenOf(field, context), context));
  return deepest;
}

function aliasCount(fields: readonly TypedField[], context: ValidationContext): number {
  let count = 0;
  for (const field of fields) {
    const { alias, name } = field.node;
    if (alias && alias.value !== name.value) count++;
    count += aliasCount(childrenOf(field, context), context);
  }
  return count;
}

/**
 * How many items a field stands for: its `first` argument (or that argument's
 * default), else a default for plain lists. A connection's `edges` stand for
 * one: its `first` already counted.

 */
function multiplier(field: TypedField): number {
  const first = field.node.arguments?.find((a) => a.name.value === 'first');
  if (first?.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
  if (first?.value.kind === Kind.VARIABLE) return QUERY_LIMITS.variablePageSize;
  if (!first && field.defaultFirst !== null) return Math.max(1, field.defaultFirst);
  if (isEdgeList(field)) return 1;
  return isListField(field) ? QUERY_LIMITS.defaultListSize : 1;
}

/**
 * Fields that may read storage once per parent object (a map, a version), on
 * top of what their items cost: listed maps are not read whole, so asking for
 * their parts costs a Query each.
 */
export const IO_WEIGHTS: Readonly<Record<string, number>> = {
  'JourneyMap.stages': 300,
  'JourneyMap.emotionCurve': 300,
  'JourneyMap.improvementCounts': 300,
  'JourneyMap.improvements': 300,
  'JourneyMap.versions': 300,
  'JourneyMap.history': 300,
  'JourneyMap.latestVersion': 50,
  'JourneyMapVersion.map': 500,
  'Improvement.stage': 300,
  'Improvement.touchpoints': 300,
  'Improvement.painPoints': 300,
  'Improvement.kpi': 300,
};

/**
 * Each object field costs 1, times the number of items it and its ancestors
 * stand for, plus its storage weight once per parent.
 */
function costOf(fields: readonly TypedField[], context: ValidationContext): number {
  let cost = 0;
  for (const field of fields) {
    const io = IO_WEIGHTS[field.coordinate] ?? 0;
    if (!field.node.selectionSet) {
      cost += io;
      continue;
    }
    cost += io + multiplier(field) * (1 + costOf(childrenOf(field, context), context));
  }
  return cost;
}

const limitRule =
  (
    measure: (fields: TypedField[], context: ValidationContext) => number,
    limit: number,
    what: string,
  ): ValidationRule =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root =
        operation.operation === OperationTypeNode.MUTATION
          ? schema.getMutationType()
          : operation.operation === OperationTypeNode.SUBSCRIPTION
            ? schema.getSubscriptionType()
            : schema.getQueryType();
      const value = measure(fieldsOf(operation.selectionSet, root ?? null, context), context);
      if (value > limit) {
        context.reportError(
          new GraphQLError(`The operation's ${what} is ${value}, over the limit of ${limit}.`, {
            nodes: [operation],
          }),
        );
      }
    },
  });

export const maxDepthRule = limitRule(depthOf, QUERY_LIMITS.maxDepth, 'depth');
export const maxAliasesRule = limitRule(aliasCount, QUERY_LIMITS.maxAliases, 'number of aliases');
export const maxCostRule = limitRule(costOf, QUERY_LIMITS.maxCost, 'estimated cost');

export const queryLimitRules: ValidationRule[] = [maxDepthRule, maxAliasesRule, maxCostRule];
