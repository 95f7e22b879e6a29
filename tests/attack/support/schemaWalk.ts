/**
 * The attack suite's view of the API, read from the schema the Lambda serves
 * (resolvers/server/buildSchema.ts), so that a new operation or input cannot
 * escape it: every root field with the role its SDL requires, a selection of
 * what it returns, and arguments that GraphQL accepts.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { Role } from '../../../domain/shared/enums';
import { buildSchema } from '../../../resolvers/server/buildSchema';

/** The schema as the handler builds it, checked. */
export const servedSchema: GraphQLSchema = buildSchema({ validate: true });

export interface RootOperation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
  /** The least role, as `@requiresRole` states it in the SDL (queries default to VIEWER). */
  role: Role;
}

function sdlRole(field: GraphQLField<unknown, unknown>): Role | null {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'requiresRole');
  const value = directive?.arguments?.find((a) => a.name.value === 'role')?.value;
  return value?.kind === Kind.ENUM ? (value.value as Role) : null;
}

/** Every Query and Mutation field of the schema. */
export function rootOperations(schema: GraphQLSchema = servedSchema): RootOperation[] {
  const operations: RootOperation[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const role = sdlRole(field) ?? (kind === 'query' ? 'VIEWER' : null);
      if (!role) throw new Error(`${field.name} has no @requiresRole`);
      operations.push({ kind, name: field.name, field, role });
    }
  }
  return operations;
}

/**
 * What to select of a type: every field without required arguments, objects
 * `depth` levels down (ids and names are enough to see a leak).
 */
export function selectionOf(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (isInterfaceType(named)) {
    // An interface (Node): its own fields, and each implementation's scalars, but for those
    // whose name another implementation gives another type (GraphQL refuses to merge them).
    const implementationTypes = servedSchema.getPossibleTypes(named);
    const scalarsOf = (t: GraphQLObjectType | GraphQLInterfaceType) =>
      Object.values(t.getFields()).filter(
        (f) => !f.args.length && isScalarType(getNamedType(f.type)),
      );
    const typesByName = new Map<string, Set<string>>();
    for (const f of implementationTypes.flatMap((t) => scalarsOf(t))) {
      typesByName.set(f.name, (typesByName.get(f.name) ?? new Set()).add(String(f.type)));
    }
    const own = scalarsOf(named).map((f) => f.name);
    const implementations = implementationTypes.map((t) => {
      const fields = scalarsOf(t)
        .filter((f) => typesByName.get(f.name)?.size === 1)
        .map((f) => f.name);
      return `... on ${t.name} { __typename ${fields.join(' ')} }`;
    });
    return ['__typename', ...own, ...implementations].join(' ');
  }
  if (!isObjectType(named)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(field.type);
    if (isScalarType(inner) || isEnumType(inner)) parts.push(field.name);
    else if (depth > 0 && isObjectType(inner)) {
      const sub = selectionOf(field.type, depth - 1);
      if (sub) parts.push(`${field.name} { ${sub} }`);
    }
  }
  return parts.join(' ');
}

/** A document that calls one root field with every argument as a variable of the same name. */
export function documentFor(operation: RootOperation, depth = 2): string {
  const { field } = operation;
  const variables = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = selectionOf(field.type, depth);
  return `${operation.kind} Attack${variables ? `(${variables})` : ''} { ${field.name}${
    args ? `(${args})` : ''
  }${selection ? ` { ${selection} }` : ''} }`;
}

/** Ids of the entities of a workspace, by what they are. */
export interface IdBook {
  personaId: string;
  mapId: string;
  stageId: string;
  touchpointId: string;
  painPointId: string;
  kpiId: string;
  improvementId: string;
  apiKeyId: string;
  shareLinkId: string;
}

/** The id an `ID` field names: by its own name, else by the input it belongs to. */
function idFor(fieldName: string, owner: string, ids: IdBook): string {
  if (fieldName in ids) return ids[fieldName as keyof IdBook];
  if (fieldName === 'personaIds') return ids.personaId;
  if (fieldName === 'touchpointIds') return ids.touchpointId;
  if (fieldName === 'painPointIds') return ids.painPointId;
  if (/persona/i.test(owner)) return ids.personaId;
  if (/improvement/i.test(owner)) return ids.improvementId;
  if (/apiKey/i.test(owner)) return ids.apiKeyId;
  if (/shareLink/i.test(owner)) return ids.shareLinkId;
  return ids.mapId;
}

const SCALARS: Record<string, (name: string) => unknown> = {
  String: () => 'Attaque',
  Boolean: () => false,
  Float: () => 1,
  Int: (name) => ({ version: 1, from: 1, position: 0, impact: 3, effort: 3 })[name] ?? 1,
  DateTime: () => '2025-01-01T00:00:00.000Z',
  Date: () => '2025-01-01',
  // The only JSON input is importJourneyMap's document: the smallest one it accepts.
  JSON: (name) =>
    name === 'document' ? { formatVersion: 1, map: { title: 'Attaque', stages: [] } } : {},
};

/**
 * A value GraphQL accepts for a type: required fields only (optional ones are
 * left out), ids taken from `ids` by name. It gets past the transport, so what
 * answers is the resolver: the role check, the tenant's keys, the domain.
 */
export function valueFor(
  type: GraphQLInputType,
  name: string,
  owner: string,
  ids: IdBook,
): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [valueFor(nullable.ofType, name, owner, ids)];
  if (isInputObjectType(nullable)) return requiredFieldsOf(nullable, ids);
  if (isEnumType(nullable)) return nullable.getValues()[0]?.value;
  if (nullable.name === 'ID') return idFor(name, owner, ids);
  const scalar = SCALARS[nullable.name];
  if (!scalar) throw new Error(`No value for the scalar ${nullable.name}: add one to SCALARS`);
  return scalar(name);
}

/** An input object with its required fields, as `valueFor` makes them. */
export function requiredFieldsOf(
  type: GraphQLInputObjectType,
  ids: IdBook,
): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    if (isNonNullType(field.type) && field.defaultValue === undefined) {
      value[field.name] = valueFor(field.type, field.name, type.name, ids);
    }
  }
  return value;
}

/** The required arguments of a root field, as `valueFor` makes them. */
export function requiredArgumentsOf(
  operation: RootOperation,
  ids: IdBook,
): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of operation.field.args) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      args[arg.name] = valueFor(arg.type, arg.name, operation.name, ids);
    }
  }
  return args;
}

/** Every input object type of the schema (nested ones included), by name. */
export function inputObjectTypes(
  schema: GraphQLSchema = servedSchema,
): Map<string, GraphQLInputObjectType> {
  const types = new Map<string, GraphQLInputObjectType>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type) && !type.name.startsWith('__')) types.set(type.name, type);
  }
  return types;
}
