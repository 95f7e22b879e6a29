import { startTestApi, type TestApi } from '../support/testApi';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});

it('creates and reads a persona', async () => {
  const editor = api.caller('EDITOR');
  const created = await editor.ok(
    `mutation { createPersona(input: { name: "Marie" }) { persona { id name revision } } }`,
  );
  const read = await editor.ok(
    `query($id: ID!) { persona(id: $id) { name } viewer { workspaceId role } }`,
    {
      id: created.createPersona.persona.id,
    },
  );
  expect(read.persona.name).toBe('Marie');
});
