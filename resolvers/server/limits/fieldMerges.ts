/**
 * A limit for a cost of validation itself. graphql-js checks that fields
 * sharing a response key at one place can be merged (OverlappingFieldsCanBeMerged)
 * by comparing them pairwise: `{ viewer { role } viewer { role } … }` 400
 * times (6 KB) takes a quarter of a second to validate, with every other
 * limit met. This rule counts those comparisons before graphql-js runs
 * (validateWithinLimits.ts): it expands the operation as execution would,
 * merges the fields of each place by response key, and sums k·(k−1)/2 over
 * the places where k fields meet.
 *
 * The walk stops at `maxExpandedFields` fields (a fan-out of fragments is
 * refused there, however large it would grow) and at a fragment already on
 * its path (a cycle, which graphql-js reports), so it is linear in the
 * document whatever its fragments do. Recursion follows the document's
 * nesting and fragment chains, which parseWithinLimits bounds.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { QUERY_LIMITS } from './queryLimits';

/** The fields met at one place of the response, by response key. */
type Place = Map<string, { count: number; below: Place }>;

class ExpansionTooLarge extends Error {}

/** Counts the expanded fields of an operation and the pairs graphql-js would compare. */
class FieldMergeCounter {
  fields = 0;
  pairs = 0;
  private readonly onPath = new Set<string>();

  constructor(
    private readonly context: ValidationContext,
    private readonly maxFields: number,
  ) {}

  walk(selectionSet: SelectionSetNode, place: Place): void {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (++this.fields > this.maxFields) throw new ExpansionTooLarge();
        const key = selection.alias?.value ?? selection.name.value;
        let entry = place.get(key);
        if (!entry) place.set(key, (entry = { count: 0, below: new Map() }));
        // The new field is compared with each one already here.
        this.pairs += entry.count++;
        if (selection.selectionSet) this.walk(selection.selectionSet, entry.below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        this.walk(selection.selectionSet, place);
      } else {
        const name = selection.name.value;
        const fragment = this.context.getFragment(name);
        if (!fragment || this.onPath.has(name)) continue;
        this.onPath.add(name);
        this.walk(fragment.selectionSet, place);
        this.onPath.delete(name);
      }
    }
  }
}

/** Rejects an operation too large once expanded, or whose fields would be compared too often. */
export const fieldMergesRule =
  (
    maxPairs: number = QUERY_LIMITS.maxFieldMerges,
    maxFields: number = QUERY_LIMITS.maxExpandedFields,
  ): ValidationRule =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const counter = new FieldMergeCounter(context, maxFields);
      try {
        counter.walk(operation.selectionSet, new Map());
      } catch (error) {
        if (!(error instanceof ExpansionTooLarge)) throw error;
        context.reportError(
          new GraphQLError(
            `The operation has more than ${maxFields} fields once its fragments are expanded, the limit.`,
            { nodes: [operation] },
          ),
        );
        return;
      }
      if (counter.pairs > maxPairs) {
        context.reportError(
          new GraphQLError(
            `The operation repeats fields at the same place ${counter.pairs} times (counted in pairs), ` +
              `over the limit of ${maxPairs}: ask for each field once.`,
            { nodes: [operation] },
          ),
        );
      }
    },
  });
