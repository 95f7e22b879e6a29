/**
 * The limits every GraphQL document meets before anything runs, in one place
 * so that the README and docs/queryLimits.md can quote them. Each is far
 * above what the documented queries need (the heaviest: 163 tokens, depth 6,
 * cost 345, no alias, no directive) and far below what would cost the server.
 */
import { LIMITS } from '../../../domain/validation/limits';

export const QUERY_LIMITS = {
  /** Characters of the `query` text; a longer one is refused before it is parsed. */
  maxDocumentLength: 15_000,
  /** Lexical tokens of the document (graphql-js stops parsing past it). */
  maxTokens: 2_000,
  /**
   * Nesting of `{`, `[` and `(` in the document, checked while counting its tokens,
   * before the parser (which recurses once per level) sees it.
   */
  maxNesting: 64,
  /** Fields nested in one another (a top-level field is depth 1; introspection not counted). */
  maxDepth: 12,
  /** Aliased fields in an operation, fragments included (`__typename` not counted). */
  maxAliases: 30,
  /** Directives in an operation, fragments included. */
  maxDirectives: 50,
  /**
   * graphql-armor's cost: 2 per object field and 1 per scalar, each level 1.5 times
   * the cost of the one above, times a literal `first`.
   */
  maxCost: 20_000,
  /**
   * Fields of an operation once its fragments are expanded (each spread counts
   * its fragment's fields again), as execution would see them.
   */
  maxExpandedFields: 5_000,
  /**
   * Pairs of fields that meet at the same place of the response (same path,
   * same response key: `id` asked by three fragments is 3 pairs), which
   * graphql-js compares one by one (fieldMerges.ts).
   */
  maxFieldMerges: 2_000,
  /**
   * DynamoDB requests an operation may cause, estimated before it runs
   * (storageReads.ts): one per top-level field, then one per listed object
   * for each storage read its fields need.
   */
  maxStorageReads: 50,
  /** Assumed length of a plain list (the versions of a map) in the storage estimate. */
  defaultListSize: 10,
  /** Assumed `first` when it is a variable (unknown during validation): the largest page. */
  variablePageSize: LIMITS.pageSizeMax,
  /**
   * What the limits guarantee: any document the server parses (at most
   * `maxDocumentLength` characters) is parsed and validated within this many
   * milliseconds on one core (tests/attack/hostileDocuments.test.ts measures it).
   */
  validationBoundMs: 20,
} as const;
