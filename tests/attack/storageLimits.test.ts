/**
 * Inputs the storage cannot hold are BAD_USER_INPUT with their path, never an
 * internal error (issue 9): numbers past 2^53 − 1 or under 1e-130 in
 * magnitude, text that is not well-formed Unicode or holds control
 * characters, items past DynamoDB's 400 KB. Values at the bounds are stored
 * and read back exactly.
 */
import { codes, createMap, addStage, addTouchpoint, addKpi } from '../support/fixtures';
import { mapPartitionItems } from '../support/rawTable';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;
let mapId: string;
let stageId: string;

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR');
  mapId = (await createMap(editor)).id;
  stageId = (await addStage(editor, mapId, 'Découverte')).id;
}, 60_000);

const ADD_KPI = `mutation($i: AddKpiInput!) { addKpi(input: $i) { kpi { id baseline target current history { value } } } }`;
const RECORD = `mutation($i: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $i) { kpi { current } } }`;

const issues = (result: { errors?: Json[] }) =>
  (result.errors ?? []).flatMap((e: Json) => e.extensions?.issues ?? []);

describe('Numbers', () => {
  it.each([
    ['2^53', 2 ** 53],
    ['-2^53', -(2 ** 53)],
    ['1e300', 1e300],
    ['1e-131', 1e-131],
    ['-1e-200', -1e-200],
    ['5e-324 (the smallest double)', 5e-324],
  ])(
    'refuses a KPI baseline of %s with BAD_USER_INPUT at input.baseline, writing nothing',
    async (_, baseline) => {
      const before = await mapPartitionItems(api, editor.workspaceId, mapId);
      const result = await editor.send(ADD_KPI, {
        i: { mapId, stageId, name: 'NPS', type: 'NPS', baseline },
      });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(issues(result).map((i: Json) => i.path)).toEqual([['input', 'baseline']]);
      expect(await mapPartitionItems(api, editor.workspaceId, mapId)).toEqual(before);
    },
  );

  it('refuses a measured value and a target DynamoDB cannot hold, each at its path', async () => {
    const kpi = await addKpi(editor, mapId, stageId, 'CSAT', 'CSAT');
    const record = await editor.send(RECORD, { i: { mapId, kpiId: kpi.id, value: 1e300 } });
    expect(issues(record)).toEqual([
      {
        path: ['input', 'value'],
        message: `must be between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`,
      },
    ]);
    const update = await editor.send(
      `mutation($i: UpdateKpiInput!) { updateKpi(input: $i) { kpi { id } } }`,
      { i: { mapId, kpiId: kpi.id, target: 1e-140, baseline: 2 ** 60 } },
    );
    expect(issues(update).map((i: Json) => [i.path.join('.'), i.message])).toEqual([
      [
        'input.baseline',
        `must be between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`,
      ],
      ['input.target', 'must be 0 or at least 1e-130 in magnitude'],
    ]);
  });

  it('stores the values at the bounds and reads them back exactly', async () => {
    const kpi = (
      await editor.ok(ADD_KPI, {
        i: {
          mapId,
          stageId,
          name: 'Bornes',
          type: 'CUSTOM',
          baseline: Number.MAX_SAFE_INTEGER,
          target: -Number.MAX_SAFE_INTEGER,
          current: 1e-130,
        },
      })
    ).addKpi.kpi;
    await editor.ok(RECORD, { i: { mapId, kpiId: kpi.id, value: -1e-130 } });
    await editor.ok(RECORD, { i: { mapId, kpiId: kpi.id, value: 0 } });
    await editor.ok(RECORD, { i: { mapId, kpiId: kpi.id, value: 0.1 + 0.2 } });
    const read = await editor.ok(
      `query($id: ID!) { journeyMap(id: $id) { stages { kpis { id baseline target history { value } } } } }`,
      { id: mapId },
    );
    const stored = read.journeyMap.stages[0].kpis.find((k: Json) => k.id === kpi.id);
    expect(stored).toEqual({
      id: kpi.id,
      baseline: Number.MAX_SAFE_INTEGER,
      target: -Number.MAX_SAFE_INTEGER,
      history: [{ value: 1e-130 }, { value: -1e-130 }, { value: 0 }, { value: 0.1 + 0.2 }],
    });
  });
});

describe('Text', () => {
  const CREATE = `mutation($i: CreatePersonaInput!) { createPersona(input: $i) { persona { id name description goals } } }`;

  it.each([
    ['a lone high surrogate', { name: 'Marie \ud83d' }, 'input.name', /lone surrogate U\+D83D/],
    [
      'a lone low surrogate',
      { name: 'ok', goals: ['a', '\ude00b'] },
      'input.goals.1',
      /lone surrogate U\+DE00/,
    ],
    ['a NUL', { name: 'ok', description: 'avant\u0000après' }, 'input.description', /U\+0000/],
    ['an escape sequence', { name: '\u001b[2JMarie' }, 'input.name', /U\+001B/],
    ['a line break in a name', { name: 'Marie\nDupont' }, 'input.name', /U\+000A/],
  ])(
    'refuses %s with BAD_USER_INPUT at its path, writing nothing',
    async (_, input, path, message) => {
      const result = await editor.send(CREATE, { i: input });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(issues(result).map((i: Json) => i.path.join('.'))).toEqual([path]);
      expect(issues(result)[0].message).toMatch(message);
      expect((await editor.ok(`{ personas { totalCount } }`)).personas.totalCount).toBe(0);
    },
  );

  it('keeps tabs, line breaks and characters outside the BMP in free text, unchanged', async () => {
    const description = 'Ligne 1\n\tLigne 2\r\nFin 😀 語';
    const persona = (await editor.ok(CREATE, { i: { name: 'Élodie 😀', description } }))
      .createPersona.persona;
    expect(persona).toMatchObject({ name: 'Élodie 😀', description });
    await editor.ok(
      `mutation($i: DeletePersonaInput!) { deletePersona(input: $i) { deletedId } }`,
      {
        i: { id: persona.id },
      },
    );
  });
});

describe('Items past 400 KB', () => {
  /** 5,000 four-byte characters: 20 KB. */
  const HEAVY_TEXT = '😀'.repeat(5_000);
  /** 100 items of 500 four-byte characters: within the list limits, 200 KB of UTF-8 (two fit in an item, just). */
  const heavyList = (seed: string, last = '😀') =>
    Array.from({ length: 100 }, (_, i) => {
      const prefix = `${seed}${i}`;
      return `${prefix}${'😀'.repeat(499 - prefix.length)}${last}`;
    });

  it('names the heaviest field of a touchpoint that would not fit, and writes nothing', async () => {
    const before = await mapPartitionItems(api, editor.workspaceId, mapId);
    const result = await editor.send(
      `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { touchpoint { id } } }`,
      {
        i: {
          mapId,
          stageId,
          name: 'Trop lourd',
          channel: 'WEBSITE',
          description: HEAVY_TEXT,
          actions: heavyList('a', 'a'),
          thoughts: heavyList('t'),
        },
      },
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(issues(result)).toEqual([
      {
        path: ['input', 'thoughts'],
        message: "the change would make an item larger than DynamoDB's 400 KB limit",
      },
    ]);
    expect(await mapPartitionItems(api, editor.workspaceId, mapId)).toEqual(before);
  });

  it('names the field an update makes too heavy', async () => {
    const touchpoint = await addTouchpoint(editor, mapId, stageId, 'Presque plein', {
      actions: heavyList('a'),
    });
    const result = await editor.send(
      `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { touchpoint { id } } }`,
      {
        i: {
          mapId,
          touchpointId: touchpoint.id,
          description: HEAVY_TEXT,
          thoughts: heavyList('t'),
        },
      },
    );
    expect(issues(result).map((i: Json) => i.path)).toEqual([['input', 'thoughts']]);
  });

  it('names a nested field of a map that would not fit', async () => {
    const result = await editor.send(
      `mutation($i: CreateJourneyMapInput!) { createJourneyMap(input: $i) { journeyMap { id } } }`,
      {
        i: {
          title: 'Trop lourde',
          description: HEAVY_TEXT,
          tags: heavyList('t', 'a'),
          scope: { stakeholders: heavyList('s') },
        },
      },
    );
    expect(issues(result).map((i: Json) => i.path)).toEqual([['input', 'scope', 'stakeholders']]);
    expect((await editor.ok(`{ journeyMaps { totalCount } }`)).journeyMaps.totalCount).toBe(1);
  });
});
