import { makeExecutableSchema } from '@graphql-tools/schema';
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Role } from '../../../../domain/shared/enums';
import { DomainError } from '../../../../domain/shared/errors';
import { enforceRoles } from '../../../../resolvers/server/authorization';
import { buildSchema } from '../../../../resolvers/server/buildSchema';
import { requestContext, stubStores } from '../../support/requestContext';
import { testId } from '../../support/records';

const PRELUDE = /* GraphQL */ `
  directive @requiresRole(role: Role!) on FIELD_DEFINITION
  enum Role {
    VIEWER
    EDITOR
    OWNER
  }
`;

/** A tiny schema whose resolvers record that they ran. */
function tinySchema(sdl: string, ran: string[] = []): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: PRELUDE + sdl,
    resolvers: {
      Query: {
        read: () => (ran.push('read'), 'read'),
        audit: () => (ran.push('audit'), 'audit'),
      },
      Mutation: {
        write: () => (ran.push('write'), 'written'),
        purge: () => (ran.push('purge'), 'purged'),
      },
    },
  });
}

const GUARDED = /* GraphQL */ `
  type Query {
    read: String
    audit: String @requiresRole(role: OWNER)
  }
  type Mutation {
    write: String @requiresRole(role: EDITOR)
    purge: String @requiresRole(role: OWNER)
  }
`;

function run(schema: GraphQLSchema, source: string, role: Role): Promise<ExecutionResult> {
  return Promise.resolve(graphql({ schema, source, contextValue: requestContext(role) }));
}

const codeOf = (result: ExecutionResult): unknown => {
  const original = result.errors?.[0]?.originalError;
  return original instanceof DomainError ? original.code : undefined;
};

describe('Role enforcement', () => {
  describe('enforceRoles', () => {
    it('fails closed: a mutation without @requiresRole stops the schema from building', () => {
      const schema = tinySchema(/* GraphQL */ `
        type Query {
          read: String
          audit: String
        }
        type Mutation {
          write: String @requiresRole(role: EDITOR)
          purge: String
        }
      `);
      expect(() => enforceRoles(schema)).toThrow(/Mutation\.purge has no @requiresRole/);
    });

    it('accepts queries without @requiresRole', () => {
      expect(() => enforceRoles(tinySchema(GUARDED))).not.toThrow();
    });

    it('lets a role at least as high as the required one run a mutation', async () => {
      const ran: string[] = [];
      const schema = enforceRoles(tinySchema(GUARDED, ran));
      expect((await run(schema, 'mutation { write }', 'EDITOR')).data).toEqual({
        write: 'written',
      });
      expect((await run(schema, 'mutation { write }', 'OWNER')).data).toEqual({ write: 'written' });
      expect(ran).toEqual(['write', 'write']);
    });

    it('refuses a lower role with FORBIDDEN, without running the resolver', async () => {
      const ran: string[] = [];
      const schema = enforceRoles(tinySchema(GUARDED, ran));
      const viewer = await run(schema, 'mutation { write }', 'VIEWER');
      const editor = await run(schema, 'mutation { purge }', 'EDITOR');
      expect(codeOf(viewer)).toBe('FORBIDDEN');
      expect(codeOf(editor)).toBe('FORBIDDEN');
      expect(editor.errors?.[0]?.message).toContain('OWNER');
      expect(ran).toEqual([]);
    });

    it('lets every role read a query without @requiresRole (VIEWER by default)', async () => {
      const schema = enforceRoles(tinySchema(GUARDED));
      expect((await run(schema, '{ read }', 'VIEWER')).data).toEqual({ read: 'read' });
    });

    it('applies @requiresRole on a query too', async () => {
      const schema = enforceRoles(tinySchema(GUARDED));
      expect(codeOf(await run(schema, '{ audit }', 'EDITOR'))).toBe('FORBIDDEN');
      expect((await run(schema, '{ audit }', 'OWNER')).data).toEqual({ audit: 'audit' });
    });
  });

  describe('the API schema', () => {
    const schema = buildSchema();
    const deleteMap = /* GraphQL */ `
      mutation ($id: ID!) {
        deleteJourneyMap(input: { id: $id }) {
          deletedId
        }
      }
    `;

    it('lets a VIEWER read who it is', async () => {
      const result = await graphql({
        schema,
        source: '{ viewer { workspaceId role } }',
        contextValue: requestContext('VIEWER'),
      });
      expect(result.data).toEqual({ viewer: { workspaceId: 'acme', role: 'VIEWER' } });
    });

    it('refuses a write to a VIEWER before any storage call', async () => {
      const result = await graphql({
        schema,
        source: /* GraphQL */ `
          mutation {
            createPersona(input: { name: "Marie" }) {
              persona {
                id
              }
            }
          }
        `,
        contextValue: requestContext('VIEWER'),
      });
      expect(codeOf(result)).toBe('FORBIDDEN');
    });

    it('refuses deleting a map to an EDITOR, and lets an OWNER do it', async () => {
      const deleted: string[] = [];
      const stores = stubStores({
        maps: {
          delete: async (workspaceId, mapId) => {
            deleted.push(`${workspaceId}/${mapId}`);
            return { ok: true, value: undefined };
          },
        },
      });
      const variableValues = { id: testId(1) };
      const editor = await graphql({
        schema,
        source: deleteMap,
        variableValues,
        contextValue: requestContext('EDITOR', stores),
      });
      expect(codeOf(editor)).toBe('FORBIDDEN');
      expect(deleted).toEqual([]);

      const owner = await graphql({
        schema,
        source: deleteMap,
        variableValues,
        contextValue: requestContext('OWNER', stores),
      });
      expect(owner.errors).toBeUndefined();
      expect(owner.data).toEqual({ deleteJourneyMap: { deletedId: testId(1) } });
      expect(deleted).toEqual([`acme/${testId(1)}`]);
    });
  });
});
