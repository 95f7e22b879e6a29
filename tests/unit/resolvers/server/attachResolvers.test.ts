import { buildSchema as buildSdlSchema, graphql, GraphQLScalarType } from 'graphql';
import { attachResolvers } from '../../../../resolvers/server/attachResolvers';

const sdl = 'scalar Upper type Query { hello(name: Upper): String }';

describe('Attaching resolvers to an SDL schema', () => {
  it('runs the field resolvers and the custom scalars', async () => {
    const schema = attachResolvers(buildSdlSchema(sdl), {
      Upper: new GraphQLScalarType({
        name: 'Upper',
        serialize: String,
        parseValue: (v) => String(v).toUpperCase(),
        parseLiteral: () => 'LITERAL',
      }),
      Query: { hello: (_: unknown, { name }: { name: string }) => `hello ${name}` },
    });
    expect(await graphql({ schema, source: '{ hello(name: "x") }' })).toEqual({
      data: { hello: 'hello LITERAL' },
    });
    expect(
      await graphql({
        schema,
        source: 'query($n: Upper) { hello(name: $n) }',
        variableValues: { n: 'marie' },
      }),
    ).toEqual({ data: { hello: 'hello MARIE' } });
  });

  it('fails for a resolver of a field or type the schema does not have', () => {
    expect(() => attachResolvers(buildSdlSchema(sdl), { Query: { goodbye: () => 'x' } })).toThrow(
      'Query.goodbye',
    );
    expect(() => attachResolvers(buildSdlSchema(sdl), { Missing: { x: () => 1 } })).toThrow(
      'Missing',
    );
  });

  it('tells an interface’s types apart with its __resolveType', async () => {
    const schema = attachResolvers(
      buildSdlSchema(
        'interface Node { id: ID! } type A implements Node { id: ID! a: Int } type Query { node: Node }',
      ),
      {
        Node: { __resolveType: () => 'A' },
        Query: { node: () => ({ id: '1', a: 2 }) },
      },
    );
    expect(await graphql({ schema, source: '{ node { __typename id ... on A { a } } }' })).toEqual({
      data: { node: { __typename: 'A', id: '1', a: 2 } },
    });
    expect(() =>
      attachResolvers(buildSdlSchema('interface Node { id: ID! } type Query { x: Int }'), {
        Node: { id: () => '1' },
      }),
    ).toThrow('Node');
  });
});
