/**
 * Walks an operation's selections through fragments, with each field's type,
 * as the query limit rules need. Introspection fields (`__schema`, `__type`…)
 * are not walked: they cost little and the Sandbox's own query is deep.
 */
import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface TypedField {
  node: FieldNode;
  /** The field's type; null when the field is unknown (graphql-js reports that itself). */
  type: GraphQLOutputType | null;
  /** The default value of the field's `first` argument, when it has one. */
  defaultFirst: number | null;
  /** `Type.field`, e.g. `JourneyMap.stages`. */
  coordinate: string;
}

function typeNamed(
  context: ValidationContext,
  name: string | undefined,
): GraphQLCompositeType | null {
  const type = name ? context.getSchema().getType(name) : null;
  return type && isCompositeType(type) ? type : null;
}

/** The fields under a selection set, with fragments inlined (each fragment once per path). */
export function fieldsOf(
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType | null,
  context: ValidationContext,
  seenFragments: ReadonlySet<string> = new Set(),
): TypedField[] {
  const fields: TypedField[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const definition =
        parentType && (isObjectType(parentType) || isInterfaceType(parentType))
          ? parentType.getFields()[selection.name.value]
          : undefined;
      const first = definition?.args.find((a) => a.name === 'first')?.defaultValue;
      fields.push({
        node: selection,
        type: definition?.type ?? null,
        defaultFirst: typeof first === 'number' ? first : null,
        coordinate: `${parentType?.name ?? '?'}.${selection.name.value}`,
      });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? typeNamed(context, selection.typeCondition.name.value)
        : parentType;
      fields.push(...fieldsOf(selection.selectionSet, type, context, seenFragments));
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // Note: fragment cycles are reported by graphql-js's own rule; just do not loop.
      if (fragment && !seenFragments.has(name)) {
        const type = typeNamed(context, fragment.typeCondition.name.value);
        fields.push(
          ...fieldsOf(fragment.selectionSet, type, context, new Set([...seenFragments, name])),
        );
      }
    }
  }
  return fields;
}

/** The fields selected under a field, typed. */
export function childrenOf(field: TypedField, context: ValidationContext): TypedField[] {
  if (!field.node.selectionSet) return [];
  const named = field.type ? getNamedType(field.type) : null;
  return fieldsOf(field.node.selectionSet, named && isCompositeType(named) ? named : null, context);
}

export const isListField = (field: TypedField): boolean =>
  field.type !== null && isListType(getNullableType(field.type));

/** The `edges` of a Relay connection (a list of `…Edge`). */
export const isEdgeList = (field: TypedField): boolean =>
  isListField(field) && field.type !== null && getNamedType(field.type).name.endsWith('Edge');
