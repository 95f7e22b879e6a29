/**
 * Every GraphQL example in README.md and docs/*.md runs: each ```graphql block
 * is one named operation, valid against the schema, and is executed, in the
 * order of its file, against a fresh workspace seeded with the demo (the one
 * `npm start` serves). A ```json block right after it holds its variables.
 * An HTML comment right before it may set the caller's role and the error
 * the example shows: `<!-- example: role=VIEWER expect=FORBIDDEN -->`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import type { Role } from '../../domain/shared/enums';
import { seedDemoWorkspace } from '../../infra/seed/seedDemoWorkspace';
import { startTestApi, type TestApi } from '../support/testApi';

const ROOT = join(__dirname, '..', '..');
const FILES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

interface Example {
  file: string;
  line: number;
  query: string;
  variables: Record<string, unknown> | undefined;
  role: Role;
  expect: string | null;
}

/** The examples of one Markdown file, in order. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const fence =
    /(?:<!--\s*example:([^>]*)-->\s*\n)?```graphql\n([\s\S]*?)```[ \t]*\n(?:\s*```json\n([\s\S]*?)```)?/g;
  const examples: Example[] = [];
  for (const match of text.matchAll(fence)) {
    const options = Object.fromEntries(
      (match[1] ?? '')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((pair) => pair.split('=') as [string, string]),
    );
    examples.push({
      file,
      line: text.slice(0, match.index).split('\n').length,
      query: match[2] ?? '',
      variables: match[3] ? (JSON.parse(match[3]) as Record<string, unknown>) : undefined,
      role: (options.role ?? 'OWNER') as Role,
      expect: options.expect ?? null,
    });
  }
  return examples;
}

const operationsOf = (document: DocumentNode) =>
  document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);

/** Each file's examples run in a demo workspace of their own. */
const workspaceOf = (file: string) => `docs-${file.replace(/\W/g, '-').toLowerCase()}`.slice(0, 60);

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  // Note: the seeds at once, as their requests mostly wait on DynamoDB Local's answers.
  const withExamples = FILES.filter((file) => examplesOf(file).length > 0);
  await Promise.all(
    withExamples.map((file) =>
      seedDemoWorkspace(api.runtime.storesFor, { workspaceId: workspaceOf(file) }),
    ),
  );
}, 120_000);

describe.each(FILES)('The GraphQL examples of %s', (file) => {
  const examples = examplesOf(file);
  const workspaceId = workspaceOf(file);

  it('are all found: every ```graphql block of the file is an example', () => {
    const blocks = readFileSync(join(ROOT, file), 'utf8').split('```graphql').length - 1;
    expect(examples).toHaveLength(blocks);
  });

  it('are each one named operation', () => {
    for (const example of examples) {
      const operations = operationsOf(parse(example.query));
      expect({ at: `${file}:${example.line}`, count: operations.length }).toEqual({
        at: `${file}:${example.line}`,
        count: 1,
      });
      expect(operations[0]?.name?.value).toBeTruthy();
    }
  });

  it('run against the demo, in order, with the answer they describe', async () => {
    for (const example of examples) {
      const result = await api
        .caller(example.role, workspaceId)
        .send(example.query, example.variables);
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      const expected = example.expect ? [example.expect] : [];
      // The example's place and, on failure, what it answered.
      const at = `${file}:${example.line}`;
      const said = codes.length === expected.length ? null : result.errors;
      expect({ at, codes, said }).toEqual({ at, codes: expected, said: null });
    }
  }, 60_000);
});
