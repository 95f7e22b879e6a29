/**
 * resolvers/server/compactDocument.ts against graphql-js's own parser: the
 * stored compact tree must give the very schema the SDL gives, less its
 * descriptions.
 */
import { buildASTSchema, Kind, parse, print, printSchema, visit, type DocumentNode } from 'graphql';
import { compactSchemaJson, typeDefs } from '../../../../resolvers/__generated__/typeDefs';
import { inflateDocument, typeNode } from '../../../../resolvers/server/compactDocument';

const withoutDescriptions = (document: DocumentNode): DocumentNode =>
  visit(document, {
    enter: (node) =>
      'description' in node && node.description ? { ...node, description: undefined } : undefined,
  });

describe('inflateDocument', () => {
  const inflated = inflateDocument(JSON.parse(compactSchemaJson));
  const parsed = withoutDescriptions(parse(typeDefs, { noLocation: true }));

  it('gives the document of the SDL, less its descriptions', () => {
    expect(print(inflated)).toBe(print(parsed));
  });

  it('gives the schema the SDL gives', () => {
    const options = { assumeValid: true, assumeValidSDL: true };
    expect(printSchema(buildASTSchema(inflated, options))).toBe(
      printSchema(buildASTSchema(parsed, options)),
    );
  });

  it('restores names, type references and arguments as graphql-js makes them', () => {
    const query = inflated.definitions.find(
      (d) => d.kind === Kind.OBJECT_TYPE_EXTENSION && d.name.value === 'Query',
    );
    expect(query).toMatchObject({ kind: Kind.OBJECT_TYPE_EXTENSION, name: { kind: Kind.NAME } });
  });

  it('refuses what is not a document', () => {
    expect(() => inflateDocument({ kind: 'Field' })).toThrow(/compact syntax tree/);
    expect(() => inflateDocument(null)).toThrow(/compact syntax tree/);
  });
});

describe('typeNode', () => {
  it('reads a type reference as SDL writes it', () => {
    expect(print(typeNode('[Stage!]!'))).toBe('[Stage!]!');
    expect(typeNode('ID!')).toEqual({
      kind: Kind.NON_NULL_TYPE,
      type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } },
    });
  });

  it('refuses a reference that is non-null twice', () => {
    expect(() => typeNode('ID!!')).toThrow(/Not a type reference/);
  });
});
