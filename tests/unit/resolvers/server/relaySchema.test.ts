import { isInterfaceType, isObjectType } from 'graphql';
import { buildSchema } from '../../../../resolvers/server/buildSchema';
import { VERSIONED_TYPES } from '../../../../domain/versions/versionObjectIds';

const schema = buildSchema({ validate: true });

describe('Relay conventions in the schema', () => {
  it('gives every connection edges with cursors and the full PageInfo', () => {
    const connections = Object.values(schema.getTypeMap()).filter(
      (type) => isObjectType(type) && type.name.endsWith('Connection'),
    );
    expect(connections.length).toBeGreaterThanOrEqual(4);
    for (const connection of connections) {
      if (!isObjectType(connection)) continue;
      const fields = connection.getFields();
      expect([connection.name, String(fields.pageInfo?.type)]).toEqual([
        connection.name,
        'PageInfo!',
      ]);
      expect(String(fields.edges?.type)).toMatch(/^\[\w+Edge!\]!$/);
    }
    const pageInfo = schema.getType('PageInfo');
    if (!isObjectType(pageInfo)) throw new Error('PageInfo is not an object type');
    expect(Object.values(pageInfo.getFields()).map((f) => `${f.name}: ${String(f.type)}`)).toEqual([
      'hasNextPage: Boolean!',
      'hasPreviousPage: Boolean!',
      'startCursor: String',
      'endCursor: String',
    ]);
  });

  it('lets node(id:) read maps, personas, improvements and published versions', () => {
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('Node is not an interface');
    const implementations = schema
      .getImplementations(node)
      .objects.map((type) => type.name)
      .sort();
    expect(implementations).toEqual(['Improvement', 'JourneyMap', 'JourneyMapVersion', 'Persona']);
    const query = schema.getQueryType()?.getFields();
    expect(String(query?.node?.type)).toBe('Node');
    expect(String(query?.nodes?.type)).toBe('[Node]!');
  });

  // A published version's copies have ids of their own (versionObjectIds.ts), so each of
  // those types says its entity's id apart.
  it('gives every type a version holds its entityId beside its id', () => {
    expect(VERSIONED_TYPES.length).toBeGreaterThanOrEqual(7);
    for (const name of VERSIONED_TYPES) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      expect([name, String(type.getFields().entityId?.type)]).toEqual([name, 'ID!']);
    }
  });
});
