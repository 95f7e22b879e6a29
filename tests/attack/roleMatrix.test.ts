/**
 * Role matrix: every mutation of the served schema, sent by a VIEWER, answers
 * FORBIDDEN; every mutation the SDL reserves to OWNER (`@requiresRole`),
 * sent by an EDITOR, answers FORBIDDEN; and the workspace, as DynamoDB holds
 * it, is byte-identical afterwards. Inputs are made from the schema with the
 * workspace's real ids, so a missing check would have written. Queries run
 * for the role they require, and are refused to a lesser one.
 */
import { randomUUID } from 'node:crypto';
import { codes } from '../support/fixtures';
import { workspaceDump } from '../support/rawTable';
import { startTestApi, type TestApi } from '../support/testApi';
import { documentFor, requiredArgumentsOf, rootOperations } from './support/schemaWalk';
import { populateWorkspace, type Workspace } from './support/workspace';

let api: TestApi;
let workspace: Workspace;

beforeAll(async () => {
  api = await startTestApi();
  workspace = await populateWorkspace(api.caller('OWNER'), `role-${randomUUID().slice(0, 8)}`);
}, 60_000);

const operations = rootOperations();
const mutations = operations.filter((o) => o.kind === 'mutation');

describe('Role matrix', () => {
  it('reads the role of every mutation from its @requiresRole, and finds each one', () => {
    expect(mutations.length).toBeGreaterThan(0);
    expect(mutations.every((m) => m.role === 'EDITOR' || m.role === 'OWNER')).toBe(true);
    expect(mutations.filter((m) => m.role === 'OWNER').map((m) => m.name)).toContain(
      'deleteJourneyMap',
    );
  });

  it('answers FORBIDDEN to every mutation a VIEWER sends, and to every OWNER-only one an EDITOR sends; nothing is written', async () => {
    const before = await workspaceDump(api, workspace.workspaceId);
    const viewer = api.caller('VIEWER', workspace.workspaceId);
    const editor = api.caller('EDITOR', workspace.workspaceId);
    const outcomes: Record<string, (string | undefined)[]> = {};
    const expected: Record<string, string[]> = {};
    for (const mutation of mutations) {
      const document = documentFor(mutation, 1);
      const variables = requiredArgumentsOf(mutation, workspace);
      outcomes[`${mutation.name} as VIEWER`] = codes(await viewer.send(document, variables));
      expected[`${mutation.name} as VIEWER`] = ['FORBIDDEN'];
      if (mutation.role === 'OWNER') {
        outcomes[`${mutation.name} as EDITOR`] = codes(await editor.send(document, variables));
        expected[`${mutation.name} as EDITOR`] = ['FORBIDDEN'];
      }
    }
    expect(outcomes).toEqual(expected);
    expect(await workspaceDump(api, workspace.workspaceId)).toBe(before);
    const ownerOnly = mutations.filter((m) => m.role === 'OWNER');
    console.log(
      `Role matrix: ${mutations.length} mutations enumerated, ${mutations.length} refused to a VIEWER, ${ownerOnly.length} OWNER-only (${ownerOnly
        .map((m) => m.name)
        .join(', ')}) refused to an EDITOR; workspace byte-identical`,
    );
  }, 120_000);

  it('lets the role a query requires (a VIEWER but for @requiresRole) run it with the same kind of arguments, without an error, and refuses it to a lesser role', async () => {
    const lesser = { VIEWER: [], EDITOR: ['VIEWER'], OWNER: ['VIEWER', 'EDITOR'] } as const;
    const answers: Record<string, (string | undefined)[]> = {};
    const expected: Record<string, string[]> = {};
    const queries = operations.filter((o) => o.kind === 'query');
    for (const query of queries) {
      const document = documentFor(query, 1);
      const variables = requiredArgumentsOf(query, workspace);
      const allowed = api.caller(query.role, workspace.workspaceId);
      answers[`${query.name} as ${query.role}`] = codes(await allowed.send(document, variables));
      expected[`${query.name} as ${query.role}`] = [];
      for (const role of lesser[query.role]) {
        const caller = api.caller(role, workspace.workspaceId);
        answers[`${query.name} as ${role}`] = codes(await caller.send(document, variables));
        expected[`${query.name} as ${role}`] = ['FORBIDDEN'];
      }
    }
    expect(answers).toEqual(expected);
    expect(queries.filter((q) => q.role === 'VIEWER').length).toBeGreaterThan(0);
  });
});
