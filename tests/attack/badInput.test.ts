/**
 * Bad input, property-based (fast-check): for every input of the served
 * schema (each input object type, each root field's scalar arguments), values
 * generated just past each limit the domain declares — lengths, list sizes,
 * number magnitudes, enums, ids, dates, control characters, lone surrogates,
 * wrong types — answer BAD_USER_INPUT with the path of the field, and nothing
 * is written. Most cases run against the domain parsers directly (fast); a
 * sample goes through the Lambda handler, with the request counter and a dump
 * of the workspace watching the table.
 *
 * The seed is fixed and printed; `ATTACK_SEED=<n>` replays or varies a run.
 */
import { isDeepStrictEqual } from 'node:util';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DomainError } from '../../domain/shared/errors';
import { newId } from '../../domain/shared/ids';
import { parseInput } from '../../domain/validation/parseInput';
import { workspaceDump } from '../support/rawTable';
import { startTestApi, type Caller, type TestApi } from '../support/testApi';
import { badValues, type BadCase } from './support/badValues';
import { inputTargets, validValue, type InputTarget } from './support/inputTargets';
import type { IdBook } from './support/schemaWalk';
import { populateWorkspace, type Workspace } from './support/workspace';

const SEED = Number(process.env.ATTACK_SEED ?? 20_250_909);
/** Cases per slot (field or argument) against the domain parsers, and per target through the handler. */
const RUNS_PER_SLOT = 8;
const HANDLER_CASES_PER_TARGET = 4;

const targets = inputTargets();
const mapId = newId();
const unitIds: IdBook = {
  personaId: newId(),
  mapId,
  stageId: newId(),
  touchpointId: newId(),
  painPointId: newId(),
  kpiId: newId(),
  improvementId: `${mapId}:${newId()}`,
  apiKeyId: newId(),
  shareLinkId: `${mapId}:${newId()}`,
};

interface InputCase extends BadCase {
  /** The whole value sent: the target's valid base with the bad value in place. */
  input: Record<string, unknown>;
}

function casesOf(target: InputTarget, ids: IdBook): fc.Arbitrary<InputCase> {
  const base = target.base(ids);
  const valid = validValue(ids);
  return fc.oneof(
    ...target.slots.map((slot) => {
      const shape = target.shape.fields[slot.name];
      if (!shape) throw new Error(`${target.name}.${slot.name} is not checked by the domain`);
      return badValues(slot, shape, valid).map((bad) => ({
        ...bad,
        input: { ...base, [slot.name]: bad.value },
      }));
    }),
  );
}

const startsWith = (path: (string | number)[], prefix: (string | number)[]) =>
  prefix.every((part, i) => path[i] === part);

const tally = (counts: Record<string, number>, attack: string) => {
  const kind = attack.replace(/^list item: /, '');
  counts[kind] = (counts[kind] ?? 0) + 1;
};

const figures = { unit: 0, handler: 0, byAttack: {} as Record<string, number> };

beforeAll(() => {
  console.log(
    `Bad input: seed ${SEED} (replay with ATTACK_SEED=${SEED} npx jest tests/attack/badInput.test.ts)`,
  );
});

afterAll(() => {
  console.log(
    `Bad input: ${targets.length} inputs (${targets.reduce((n, t) => n + t.slots.length, 0)} fields and arguments), ${
      figures.unit + figures.handler
    } bad values tried (${figures.unit} against the domain parsers, ${figures.handler} through the handler), all BAD_USER_INPUT with their path; by attack: ${JSON.stringify(
      figures.byAttack,
    )}`,
  );
});

describe('Bad input, against the domain parsers', () => {
  it('knows every input of the schema, and every field of each declares its limits', () => {
    // inputTargets() and casesOf() throw on an input without a parser, a field the parser does
    // not check, or a string, list or number without a bound.
    expect(targets.length).toBeGreaterThan(30);
    for (const target of targets) {
      expect(() => casesOf(target, unitIds)).not.toThrow();
      expect(() => parseInput(target.parser, target.base(unitIds), target.prefix)).not.toThrow();
    }
  });

  it.each(targets.map((t) => [t.name, t] as const))(
    '%s: every generated value past a limit is BAD_USER_INPUT at its path',
    (_, target) => {
      fc.assert(
        fc.property(casesOf(target, unitIds), (c) => {
          figures.unit += 1;
          tally(figures.byAttack, c.attack);
          let error: unknown = null;
          try {
            parseInput(target.parser, c.input, target.prefix);
          } catch (thrown) {
            error = thrown;
          }
          const expected = [...target.prefix, ...c.path];
          if (!(error instanceof DomainError) || error.code !== 'BAD_USER_INPUT') {
            throw new Error(`${c.attack} at ${expected.join('.')} was accepted`);
          }
          const issues = error.details.issues ?? [];
          if (!issues.length || !issues.every((i) => startsWith(i.path, expected))) {
            throw new Error(
              `expected issues at ${expected.join('.')}, got ${JSON.stringify(issues)}`,
            );
          }
        }),
        { seed: SEED, numRuns: RUNS_PER_SLOT * target.slots.length },
      );
    },
  );
});

describe('Bad input, through the handler', () => {
  let api: TestApi;
  let workspace: Workspace;
  let editor: Caller;

  beforeAll(async () => {
    api = await startTestApi();
    const owner = api.caller('OWNER');
    workspace = await populateWorkspace(owner, `input-${randomUUID().slice(0, 8)}`);
    // OWNER: every operation is allowed, so what answers is the input check.
    editor = owner;
  }, 60_000);

  /** What JSON can carry unchanged (no NaN or Infinity): the rest only reaches the domain from code. */
  const survivesJson = (c: InputCase) =>
    isDeepStrictEqual(JSON.parse(JSON.stringify(c.input)) as unknown, c.input);

  it('answers BAD_USER_INPUT with the path to a sample of every input, sends no write (no request at all for a root field), and leaves the workspace byte-identical', async () => {
    const before = await workspaceDump(api, workspace.workspaceId);
    const failures: string[] = [];
    for (const [index, target] of targets.entries()) {
      const cases = fc.sample(casesOf(target, workspace).filter(survivesJson), {
        seed: SEED + index,
        numRuns: HANDLER_CASES_PER_TARGET,
      });
      for (const c of cases) {
        const { document, variables } = target.request(c.input, workspace);
        api.requests.reset();
        const result = await editor.send(document, variables);
        figures.handler += 1;
        tally(figures.byAttack, c.attack);
        const expected = [...target.prefix, ...c.path];
        const errors = result.errors ?? [];
        const issues = errors.flatMap((e) => e.extensions?.issues ?? []);
        const sent = api.requests.commands;
        const problem = !errors.length
          ? 'accepted'
          : errors.some((e) => e.extensions?.code !== 'BAD_USER_INPUT')
            ? `answered ${JSON.stringify(errors)}`
            : !issues.length || !issues.every((i) => startsWith(i.path, expected))
              ? `issues at ${JSON.stringify(issues.map((i) => i.path))}`
              : sent.some((command) => !/^(Get|BatchGet|Query)/.test(command))
                ? `sent writes: ${sent.join(', ')}`
                : target.atRoot && sent.length
                  ? `read before checking its input: ${sent.join(', ')}`
                  : null;
        if (problem) {
          failures.push(`${target.name} ${c.attack} at ${expected.join('.')}: ${problem}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await workspaceDump(api, workspace.workspaceId)).toBe(before);
  }, 120_000);
});
