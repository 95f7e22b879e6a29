import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, type GraphQLField } from 'graphql';
import { buildSchema } from '../../../../resolvers/server/buildSchema';

const schema = buildSchema({ validate: true });

/** The role a field declares with @requiresRole in the SDL. */
function declaredRole(field: GraphQLField<unknown, unknown>): string | null {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'requiresRole');
  const argument = directive?.arguments?.find((a) => a.name.value === 'role');
  return argument?.value.kind === Kind.ENUM ? argument.value.value : null;
}

const ABOVE: Record<string, string> = {
  VIEWER: ' (or EDITOR, OWNER).',
  EDITOR: ' (or OWNER).',
  OWNER: '.',
};

describe('Roles in introspection', () => {
  it('states at the end of every mutation’s first paragraph the role its @requiresRole declares', () => {
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(20);
    const wrong = mutations
      .map((field) => ({ field, role: declaredRole(field) }))
      .filter(
        ({ field, role }) =>
          role === null ||
          !field.description?.split('\n\n')[0]?.endsWith(` Required role: ${role}${ABOVE[role]}`),
      )
      .map(({ field, role }) => `${field.name} (${String(role)}): ${String(field.description)}`);
    expect(wrong).toEqual([]);
  });

  it('says so for OWNER-only mutations without offering a higher role', () => {
    const deleteMap = schema.getMutationType()?.getFields().deleteJourneyMap;
    expect(deleteMap?.description).toBe(
      'Deletes a map with all its parts, published versions and history. Required role: OWNER.',
    );
  });

  it('generates the sentence from the directive: no SDL file writes it by hand', () => {
    const dir = join(__dirname, '../../../../schema');
    const handWritten = readdirSync(dir).filter(
      (file) =>
        file.endsWith('.graphql') &&
        readFileSync(join(dir, file), 'utf8').includes('Required role'),
    );
    expect(handWritten).toEqual([]);
  });

  it('leaves the deployed schema, built without descriptions, without them', () => {
    const deployed = buildSchema({ descriptions: false });
    expect(deployed.getMutationType()?.getFields().deleteJourneyMap?.description).toBeUndefined();
  });
});
