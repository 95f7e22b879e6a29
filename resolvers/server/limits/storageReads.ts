/**
 * What graphql-armor's generic limits cannot know: how many DynamoDB requests
 * an operation may cause. A whole map is one read whatever its size, but a
 * listed map's stages, a listed improvement's stage or a version's map each
 * cost a read per object, so `journeyMaps(first: 100) { edges { node { stages
 * { id } } } }` is 101 reads although its fields are few.
 *
 * The estimate, before anything runs: one read per top-level field (but
 * `viewer`), and for each object, one read per distinct storage source its
 * fields need (`READ_SOURCES`: fields served by the same loader share it),
 * times the number of such objects: a connection's page size (its `first`,
 * the largest page for a variable, the argument's default when absent), 10
 * for a plain list. Batched loads (personas, map headers) are one request per
 * response and not counted.
 *
 * Linear in the document: each fragment is summarised once (memoised, its
 * summary does not depend on where it is spread) and a fragment that spreads
 * itself, directly or not, counts as empty (graphql-js's NoFragmentCycles
 * rejects the document anyway). Recursion follows the document's nesting and
 * fragment chains, which parseWithinLimits bounds (64 levels, 2,000 tokens).
 */
import {
  GraphQLError,
  Kind,
  TypeInfo,
  ValidationContext,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { QUERY_LIMITS } from './queryLimits';

/**
 * Fields that read storage once per parent object, by the source they read:
 * fields of one parent with the same source share one read (a DataLoader).
 */
export const READ_SOURCES: Readonly<Record<string, string>> = {
  'JourneyMap.stages': 'map',
  'JourneyMap.emotionCurve': 'map',
  'JourneyMap.improvementCounts': 'map',
  'JourneyMap.improvements': 'backlog',
  'JourneyMap.versions': 'versions',
  'JourneyMap.latestVersion': 'latestVersion',
  'JourneyMap.history': 'history',
  'JourneyMapVersion.map': 'version',
  'Improvement.stage': 'map',
  'Improvement.touchpoints': 'map',
  'Improvement.painPoints': 'map',
  'Improvement.kpi': 'map',
};

/** Top-level fields that read nothing. */
const FREE_ROOT_FIELDS = new Set(['Query.viewer']);

/** What a selection set costs, for one object of its type. */
interface ReadSummary {
  /** Distinct sources the object's own fields read: one read each. */
  readonly sources: ReadonlySet<string>;
  /** Reads of the objects beneath it. */
  readonly nested: number;
  /** Reads per item of a page beneath it (under `edges`), to multiply by the page's `first`. */
  readonly perPageItem: number;
}

/** The summary of an empty selection. */
const NOTHING: ReadSummary = { sources: new Set(), nested: 0, perPageItem: 0 };

const totalOf = (summary: ReadSummary) => summary.sources.size + summary.nested;

/** Estimates the storage reads of an operation's selections, memoising fragments. */
class StorageReadEstimator {
  private readonly fragments = new Map<string, ReadSummary | 'visiting'>();

  constructor(private readonly context: ValidationContext) {}

  operation(operation: OperationDefinitionNode): number {
    const schema = this.context.getSchema();
    const root = schema.getRootType(operation.operation) ?? null;
    return totalOf(this.summarise(operation.selectionSet, root));
  }

  private summarise(selectionSet: SelectionSetNode, type: GraphQLNamedType | null): ReadSummary {
    const sources = new Set<string>();
    let nested = 0;
    let perPageItem = 0;
    const add = (summary: ReadSummary) => {
      for (const source of summary.sources) sources.add(source);
      nested += summary.nested;
      perPageItem += summary.perPageItem;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field = fieldOf(type, selection.name.value);
        const source = this.sourceOf(selection, type);
        if (source) sources.add(source);
        if (!selection.selectionSet) continue;
        const child = this.summarise(
          selection.selectionSet,
          field ? getNamedType(field.type) : null,
        );
        const items = this.itemsOf(selection, field, type);
        if (items === 'pageItems') perPageItem += totalOf(child) + child.perPageItem;
        else if (items === 'page')
          nested += totalOf(child) + pageSize(selection, field) * child.perPageItem;
        else nested += items * (totalOf(child) + child.perPageItem);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        add(this.summarise(selection.selectionSet, condition ? this.typeNamed(condition) : type));
      } else {
        add(this.fragment(selection.name.value));
      }
    }
    return { sources, nested, perPageItem };
  }

  /** A named fragment's summary, computed once; a fragment within its own expansion adds nothing. */
  private fragment(name: string): ReadSummary {
    const known = this.fragments.get(name);
    if (known === 'visiting') return NOTHING;
    if (known) return known;
    const definition = this.context.getFragment(name);
    if (!definition) return NOTHING;
    this.fragments.set(name, 'visiting');
    const summary = this.summarise(
      definition.selectionSet,
      this.typeNamed(definition.typeCondition.name.value),
    );
    this.fragments.set(name, summary);
    return summary;
  }

  private sourceOf(selection: FieldNode, type: GraphQLNamedType | null): string | null {
    const coordinate = `${type?.name ?? '?'}.${selection.name.value}`;
    const schema = this.context.getSchema();
    const isRoot =
      type !== null &&
      (type === schema.getQueryType() ||
        type === schema.getMutationType() ||
        type === schema.getSubscriptionType());
    // Each top-level field runs on its own: one read per response key.
    if (isRoot) return FREE_ROOT_FIELDS.has(coordinate) ? null : `root:${responseKey(selection)}`;
    if (selection.name.value === 'totalCount' && type?.name.endsWith('Connection')) return 'count';
    return READ_SOURCES[coordinate] ?? null;
  }

  /** How many objects a field's selection is for, per parent object. */
  private itemsOf(
    selection: FieldNode,
    field: GraphQLField<unknown, unknown> | null,
    parent: GraphQLNamedType | null,
  ): number | 'page' | 'pageItems' {
    if (field?.args.some((arg) => arg.name === 'first')) return 'page';
    if (selection.arguments?.some((arg) => arg.name.value === 'first')) return 'page';
    const isList = field !== null && isListType(getNullableType(field.type));
    if (isList && parent?.name.endsWith('Connection')) return 'pageItems';
    return isList ? QUERY_LIMITS.defaultListSize : 1;
  }

  private typeNamed(name: string): GraphQLNamedType | null {
    return this.context.getSchema().getType(name) ?? null;
  }
}

const responseKey = (selection: FieldNode) => selection.alias?.value ?? selection.name.value;

function fieldOf(type: GraphQLNamedType | null, name: string) {
  return type && (isObjectType(type) || isInterfaceType(type))
    ? (type.getFields()[name] ?? null)
    : null;
}

/** The page a field with `first` asks for: the literal, the largest page for a variable, else the default. */
function pageSize(selection: FieldNode, field: GraphQLField<unknown, unknown> | null): number {
  const first = selection.arguments?.find((arg) => arg.name.value === 'first')?.value;
  if (first?.kind === Kind.INT) return Math.max(0, Number(first.value));
  if (first?.kind === Kind.VARIABLE) return QUERY_LIMITS.variablePageSize;
  const fallback = field?.args.find((arg) => arg.name === 'first')?.defaultValue;
  return typeof fallback === 'number' ? fallback : QUERY_LIMITS.variablePageSize;
}

/** Rejects an operation whose estimated storage reads exceed `limit`. */
export const storageReadsRule =
  (limit: number = QUERY_LIMITS.maxStorageReads): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    const estimator = new StorageReadEstimator(context);
    return {
      OperationDefinition(operation) {
        const reads = estimator.operation(operation);
        if (reads > limit) {
          context.reportError(
            new GraphQLError(
              `The operation may cause about ${reads} storage reads, over the limit of ${limit}: ` +
                'ask for a smaller page (`first`) or for fewer fields that read each listed object.',
              { nodes: [operation] },
            ),
          );
        }
      },
    };
  };

/** The estimated storage reads of each operation of a document (for tests and docs). */
export function storageReadsOf(schema: GraphQLSchema, document: DocumentNode): number[] {
  const context = new ValidationContext(schema, document, new TypeInfo(schema), () => undefined);
  const estimator = new StorageReadEstimator(context);
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => estimator.operation(operation));
}
