import { codes } from '../support/fixtures';
import { startTestApi, type Caller, type TestApi } from '../support/testApi';

const PERSONA_FIELDS = `id name description jobTitle age segment goals frustrations preferredChannels
  decisionProcess quote dataSources revision createdAt updatedAt`;

let api: TestApi;
let editor: Caller;

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
});

const create = (input: Record<string, unknown>) =>
  editor.send(
    `mutation($input: CreatePersonaInput!) { createPersona(input: $input) { persona { ${PERSONA_FIELDS} } } }`,
    {
      input,
    },
  );

describe('Personas', () => {
  it('creates a persona with every field and reads it back', async () => {
    const input = {
      name: '  Marie, responsable marketing PME ',
      description: 'Responsable marketing dans une PME de 40 salariés.',
      jobTitle: 'Responsable marketing',
      age: 42,
      segment: 'PME, 10–50 salariés',
      goals: ['Générer plus de leads qualifiés'],
      frustrations: ['Les outils trop complexes'],
      preferredChannels: ['SOCIAL_MEDIA', 'EMAIL', 'WEBINAR'],
      decisionProcess: 'Compare 3 solutions, avis G2, essai gratuit.',
      quote: '« Je veux un outil que mon équipe adopte en une semaine. »',
      dataSources: ['Interviews', 'CRM'],
    };
    const { data } = await create(input);
    const persona = data?.createPersona.persona;
    expect(persona).toMatchObject({
      ...input,
      name: 'Marie, responsable marketing PME',
      revision: 1,
    });
    expect(persona.createdAt).toBe(persona.updatedAt);

    const read = await editor.ok(`query($id: ID!) { persona(id: $id) { ${PERSONA_FIELDS} } }`, {
      id: persona.id,
    });
    expect(read.persona).toEqual(persona);
  });

  it('rejects invalid input with every offending path and writes nothing', async () => {
    const before = await editor.ok(`{ personas { totalCount } }`);
    const result = await create({
      name: '   ',
      age: 131,
      goals: Array.from({ length: 101 }, (_, i) => `but ${i}`),
      quote: 'x'.repeat(5001),
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    const paths = result.errors?.[0]?.extensions?.issues?.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['input.name', 'input.age', 'input.goals', 'input.quote']),
    );
    const after = await editor.ok(`{ personas { totalCount } }`);
    expect(after.personas.totalCount).toBe(before.personas.totalCount);
  });

  it('updates some fields, clears others with null, and bumps the revision', async () => {
    const { data } = await create({ name: 'Youssef', jobTitle: 'Dirigeant de TPE', age: 35 });
    const id = data?.createPersona.persona.id;
    const updated = await editor.ok(
      `mutation($input: UpdatePersonaInput!) { updatePersona(input: $input) { persona { name jobTitle age revision } } }`,
      { input: { id, expectedRevision: 1, age: 36, jobTitle: null } },
    );
    expect(updated.updatePersona.persona).toEqual({
      name: 'Youssef',
      jobTitle: null,
      age: 36,
      revision: 2,
    });
  });

  it('answers CONFLICT with the current revision to a stale expectedRevision, and writes nothing', async () => {
    const { data } = await create({ name: 'Claire' });
    const id = data?.createPersona.persona.id;
    const update = (expectedRevision: number, name: string) =>
      editor.send(
        `mutation($input: UpdatePersonaInput!) { updatePersona(input: $input) { persona { revision } } }`,
        {
          input: { id, expectedRevision, name },
        },
      );
    await update(1, 'Claire, DAF');
    const stale = await update(1, 'Claire, DAF de groupe industriel');
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.extensions?.currentRevision).toBe(2);
    const read = await editor.ok(`query($id: ID!) { persona(id: $id) { name revision } }`, { id });
    expect(read.persona).toEqual({ name: 'Claire, DAF', revision: 2 });
  });

  it('makes a create with a client-chosen id safe to retry', async () => {
    const id = '01JAAAAAAAAAAAAAAAAAAAAAAA';
    const first = await create({ id, name: 'Persona idempotente' });
    expect(first.data?.createPersona.persona.id).toBe(id);
    const retry = await create({ id, name: 'Persona idempotente' });
    expect(codes(retry)).toEqual(['CONFLICT']);
  });

  it('answers NOT_FOUND for an unknown id, on read, update and delete', async () => {
    const id = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
    const read = await editor.send(`query($id: ID!) { persona(id: $id) { id } }`, { id });
    const update = await editor.send(
      `mutation($input: UpdatePersonaInput!) { updatePersona(input: $input) { persona { id } } }`,
      { input: { id, name: 'x' } },
    );
    const remove = await editor.send(
      `mutation($input: DeletePersonaInput!) { deletePersona(input: $input) { deletedId } }`,
      { input: { id } },
    );
    expect([codes(read), codes(update), codes(remove)]).toEqual([
      ['NOT_FOUND'],
      ['NOT_FOUND'],
      ['NOT_FOUND'],
    ]);
  });

  it('pages through personas oldest first with opaque cursors and a total count', async () => {
    const owner = api.caller('OWNER');
    const names = ['P1', 'P2', 'P3', 'P4', 'P5'];
    for (const name of names) {
      await owner.ok(
        `mutation($input: CreatePersonaInput!) { createPersona(input: $input) { persona { id } } }`,
        {
          input: { name },
        },
      );
    }
    const page = (after: string | null) =>
      owner.ok(
        `query($after: String) { personas(first: 2, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { personas } = await page(after);
      expect(personas.totalCount).toBe(5);
      seen.push(...personas.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!personas.pageInfo.hasNextPage) break;
      after = personas.pageInfo.endCursor;
    }
    expect(seen).toEqual(names);
    const tooMany = await owner.send(`{ personas(first: 101) { totalCount } }`);
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    const forged = await owner.send(`{ personas(after: "not-a-cursor") { totalCount } }`);
    expect(forged.errors?.[0]?.extensions?.issues?.[0]?.path).toEqual(['after']);
  });

  it('unlinks a deleted persona from the maps that listed it', async () => {
    const owner = api.caller('OWNER');
    const personaId = (
      await owner.ok(`mutation { createPersona(input: { name: "Temporaire" }) { persona { id } } }`)
    ).createPersona.persona.id;
    const mapId = (
      await owner.ok(
        `mutation($input: CreateJourneyMapInput!) { createJourneyMap(input: $input) { journeyMap { id personas { id } } } }`,
        { input: { title: 'Carte', personaIds: [personaId] } },
      )
    ).createJourneyMap.journeyMap.id;
    await owner.ok(`mutation($id: ID!) { deletePersona(input: { id: $id }) { deletedId } }`, {
      id: personaId,
    });
    const map = await owner.ok(
      `query($id: ID!) { journeyMap(id: $id) { personas { id } revision } }`,
      { id: mapId },
    );
    expect(map.journeyMap).toEqual({ personas: [], revision: 2 });
    const filtered = await owner.ok(
      `query($p: ID!) { journeyMaps(filter: { personaId: $p }) { totalCount } }`,
      {
        p: personaId,
      },
    );
    expect(filtered.journeyMaps.totalCount).toBe(0);
  });
});
