/**
 * The validation rules that hold an operation within QUERY_LIMITS: depth,
 * aliases, directives and a generic cost from graphql-armor (maintained, each
 * linear in the document: fragments are followed once and memoised, cycles
 * stop).
 *
 * graphql-armor throws its rejection out of `validate` by default; here each
 * is reported like any validation error instead, so that every limit crossed
 * is listed and the API answers GRAPHQL_VALIDATION_FAILED. Our two rules
 * cover what graphql-armor does not: DynamoDB reads per listed object
 * (storageReads.ts) and the pairwise comparisons of graphql-js's own
 * validation (fieldMerges.ts).
 */
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { QUERY_LIMITS } from './queryLimits';
import { fieldMergesRule } from './fieldMerges';
import { storageReadsRule } from './storageReads';

/** graphql-armor's options to report a rejection (without its "Syntax Error:" prefix) rather than throw it. */
const reportRejection = {
  propagateOnRejection: false,
  exposeLimits: true,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
    },
  ],
};

export const queryLimitRules: readonly ValidationRule[] = [
  // Fragments count as the fields they hold, not as a level (or two) of their own.
  maxDepthRule({ n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...reportRejection }),
  maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...reportRejection }),
  maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, ...reportRejection }),
  costLimitRule({ maxCost: QUERY_LIMITS.maxCost, flattenFragments: true, ...reportRejection }),
  storageReadsRule(QUERY_LIMITS.maxStorageReads),
  fieldMergesRule(QUERY_LIMITS.maxFieldMerges, QUERY_LIMITS.maxExpandedFields),
];
