/**
 * Roles, enforced in one place. Each root field states the least role it
 * needs with `@requiresRole` in the SDL; queries without it need VIEWER, and a
 * mutation without it makes the schema fail to build (fail closed).
 */
import {
  Kind,
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { ROLES, type Role } from '../../domain/shared/enums';
import { DomainError } from '../../domain/shared/errors';
import { hasRole } from '../../domain/context/viewer';
import type { RequestContext } from '../context/requestContext';

function requiredRole(field: GraphQLField<unknown, unknown>): Role | null {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'requiresRole');
  const argument = directive?.arguments?.find((a) => a.name.value === 'role');
  if (!argument || argument.value.kind !== Kind.ENUM) return null;
  const role = argument.value.value as Role;
  if (!ROLES.includes(role)) throw new Error(`Unknown role ${role} on ${field.name}`);
  return role;
}

function guard(type: GraphQLObjectType, defaultRole: Role | null): void {
  for (const field of Object.values(type.getFields())) {
    const role = requiredRole(field) ?? defaultRole;
    if (!role) throw new Error(`${type.name}.${field.name} has no @requiresRole`);
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx: RequestContext, info) => {
      if (!hasRole(ctx.viewer, role)) {
        throw new DomainError(
          'FORBIDDEN',
          `${info.fieldName} needs the ${role} role; you are ${ctx.viewer.role}.`,
        );
      }
      return resolve(source, args, ctx, info);
    };
  }
}

/** Wraps every root field with its role check (mutates and returns the schema). */
export function enforceRoles(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) guard(query, 'VIEWER');
  if (mutation) guard(mutation, null);
  return schema;
}
