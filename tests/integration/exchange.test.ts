/**
 * Whole maps out and in through the real handler: the export validates
 * against the JSON Schema in the repository, import(export(m)) reproduces m
 * field by field (the demo map and a generated large one), an invalid
 * document is refused with every path and writes nothing, a large import is
 * never seen half-done, and the CSV tables are what a spreadsheet expects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { newImprovementId } from '../../domain/backlog/improvementIds';
import { newId } from '../../domain/shared/ids';
import { DEMO_MAP_ID, seedDemoWorkspace } from '../../infra/seed/seedDemoWorkspace';
import { comparable } from '../support/exchange';
import { largeDocument } from '../support/exchangeDocuments';
import { startTestApi, type Caller, type Json, type TestApi } from '../support/testApi';

let api: TestApi;
let editor: Caller;

const schema = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'schema', 'export', 'journey-map.schema.json'), 'utf8'),
) as object;
const validate = addFormats(new Ajv2020({ allErrors: true })).compile(schema);

const EXPORT =
  'query Export($id: ID!, $version: Int) { exportJourneyMap(id: $id, version: $version) }';
const IMPORT = /* GraphQL */ `
  mutation Import($input: ImportJourneyMapInput!) {
    importJourneyMap(input: $input) {
      journeyMap {
        id
        title
        stages {
          id
        }
      }
    }
  }
`;
const CSV = /* GraphQL */ `
  query Csv($id: ID!, $version: Int, $table: CsvTable!, $separator: CsvSeparator) {
    exportJourneyMapCsv(id: $id, version: $version, table: $table, separator: $separator)
  }
`;

const exportOf = async (caller: Caller, id: string, version?: number): Promise<Json> =>
  (await caller.ok(EXPORT, { id, ...(version ? { version } : {}) })).exportJourneyMap;

const importOf = (caller: Caller, document: Json, keepIds = false) =>
  caller.send(IMPORT, { input: { document, keepIds } });

/** Every item of the table (to show that a refused import wrote nothing). */
async function dump(): Promise<string[]> {
  const keys: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await api.raw.send(
      new ScanCommand({ TableName: api.runtime.dynamo.tableName, ExclusiveStartKey: start }),
    );
    keys.push(...(page.Items ?? []).map((i) => JSON.stringify(i)));
    start = page.LastEvaluatedKey;
  } while (start);
  return keys.sort();
}

beforeAll(async () => {
  api = await startTestApi();
  editor = api.caller('EDITOR', 'exchange-demo');
  await seedDemoWorkspace(api.runtime.storesFor, { workspaceId: 'exchange-demo' });
}, 60_000);

describe('exportJourneyMap', () => {
  it('writes the whole demo map as a document the JSON Schema accepts, in one Query and one BatchGetItem', async () => {
    api.requests.reset();
    const doc = await exportOf(editor, DEMO_MAP_ID);
    expect(api.requests.byCommand()).toEqual({ Query: 1, BatchGetItem: 1 });
    expect(validate(doc)).toBe(true);
    expect(validate.errors ?? null).toBeNull();
    expect(doc).toMatchObject({ formatVersion: 1, source: { mapId: DEMO_MAP_ID, version: null } });
    const { map } = doc;
    expect(map.personas.map((p: Json) => p.name)).toEqual(['Marie, responsable marketing PME']);
    expect(map.stages).toHaveLength(5);
    const touchpoints = map.stages.flatMap((s: Json) => s.touchpoints);
    expect(touchpoints.length).toBeGreaterThan(10);
    expect(touchpoints.some((t: Json) => t.painPoints.length > 0)).toBe(true);
    expect(map.stages[0].kpis[0].history.length).toBeGreaterThan(1);
    expect(map.improvements).toHaveLength(12);
    expect(map.improvements.some((i: Json) => i.touchpointIds.length > 0)).toBe(true);
  });

  it('writes a published version as it was', async () => {
    const owner = api.caller('OWNER', 'exchange-demo');
    await owner.ok(
      'mutation P($i: PublishJourneyMapVersionInput!) { publishJourneyMapVersion(input: $i) { version { number } } }',
      { i: { mapId: DEMO_MAP_ID, label: 'v1 export' } },
    );
    await owner.ok(
      'mutation U($i: UpdateJourneyMapInput!) { updateJourneyMap(input: $i) { journeyMap { id } } }',
      { i: { id: DEMO_MAP_ID, title: 'Titre changé après v1' } },
    );
    const v1 = await exportOf(editor, DEMO_MAP_ID, 1);
    expect(validate(v1)).toBe(true);
    expect(v1.source).toEqual({ mapId: DEMO_MAP_ID, version: 1 });
    expect(v1.map.title).not.toBe('Titre changé après v1');
    expect((await exportOf(editor, DEMO_MAP_ID)).map.title).toBe('Titre changé après v1');
    const missing = await editor.send(EXPORT, { id: DEMO_MAP_ID, version: 9 });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('importJourneyMap', () => {
  it('reproduces the demo map field by field: import(export(m)) exports as m, modulo ids and timestamps', async () => {
    const doc = await exportOf(editor, DEMO_MAP_ID);
    const other = api.caller('EDITOR');
    const imported = await importOf(other, doc);
    expect(imported.errors).toBeUndefined();
    const copy = imported.data.importJourneyMap.journeyMap;
    expect(copy.id).not.toBe(DEMO_MAP_ID);
    const again = await exportOf(other, copy.id);
    expect(validate(again)).toBe(true);
    expect(comparable(again)).toEqual(comparable(doc));
  });

  it('keeps the ids when asked, and answers CONFLICT when the map exists (writing nothing)', async () => {
    const doc = await exportOf(editor, DEMO_MAP_ID);
    const elsewhere = api.caller('EDITOR');
    const kept = await importOf(elsewhere, doc, true);
    expect(kept.data.importJourneyMap.journeyMap.id).toBe(DEMO_MAP_ID);
    const again = await exportOf(elsewhere, DEMO_MAP_ID);
    expect({ ...again, exportedAt: null, map: { ...again.map, updatedAt: null } }).toEqual({
      ...doc,
      exportedAt: null,
      map: { ...doc.map, updatedAt: null },
    });

    const before = await dump();
    const conflict = await importOf(editor, doc, true);
    expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await dump()).toEqual(before);
  });

  it('links a persona of the workspace by its id, and creates the others', async () => {
    const doc = await exportOf(editor, DEMO_MAP_ID);
    const before = (await editor.ok('query P { personas { totalCount } }')).personas.totalCount;
    const imported = await importOf(editor, doc);
    const copy = await editor.ok('query M($id: ID!) { journeyMap(id: $id) { personas { id } } }', {
      id: imported.data.importJourneyMap.journeyMap.id,
    });
    expect(copy.journeyMap.personas.map((p: Json) => p.id)).toEqual(
      doc.map.personas.map((p: Json) => p.id),
    );
    expect((await editor.ok('query P { personas { totalCount } }')).personas.totalCount).toBe(
      before,
    );
  });

  it('refuses an invalid document with the path of every issue, and writes nothing', async () => {
    const doc = await exportOf(editor, DEMO_MAP_ID);
    doc.map.stages[1].name = '';
    doc.map.stages[2].touchpoints[0].emotionScore = 5;
    doc.map.stages[2].touchpoints[1].channel = 'FAX';
    doc.map.improvements[3].impact = 9;
    doc.map.unknownField = true;
    const before = await dump();
    const refused = await importOf(editor, doc);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = refused.errors?.[0]?.extensions?.issues?.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'input.document.map.stages.1.name',
        'input.document.map.stages.2.touchpoints.0.emotionScore',
        'input.document.map.stages.2.touchpoints.1.channel',
        'input.document.map.improvements.3.impact',
        'input.document.map',
      ]),
    );
    const dangling = await exportOf(editor, DEMO_MAP_ID);
    dangling.map.improvements[0].touchpointIds = ['inconnu'];
    dangling.formatVersion = 2;
    const second = await importOf(editor, dangling);
    expect(second.errors?.[0]?.extensions?.issues?.map((i) => i.path.join('.'))).toEqual([
      'input.document.formatVersion',
    ]);
    dangling.formatVersion = 1;
    const third = await importOf(editor, dangling);
    expect(third.errors?.[0]?.extensions?.issues).toEqual([
      {
        path: ['input', 'document', 'map', 'improvements', 0, 'touchpointIds', 0],
        message: 'no touchpoint with id inconnu in the document',
      },
    ]);
    expect(await dump()).toEqual(before);
  });

  it('imports a small map in one BatchGetItem (its personas) and one transaction', async () => {
    const doc = largeDocument({ stages: 3, touchpointsPerStage: 4, improvements: 5 });
    const caller = api.caller('EDITOR');
    api.requests.reset();
    const imported = await importOf(caller, doc);
    expect(imported.errors).toBeUndefined();
    // The hand-made persona id ("marie") is no ULID: no persona to look up.
    expect(api.requests.byCommand()).toEqual({ TransactWriteItems: 1 });
  });
});

describe('A large import (50 stages, 1,000 touchpoints, 1,000 improvements)', () => {
  it('is never seen half-done by a concurrent reader, and round-trips', async () => {
    const caller = api.caller('EDITOR');
    const mapId = newId();
    const doc = largeDocument({
      stages: 50,
      touchpointsPerStage: 20,
      improvements: 1000,
      id: mapId,
      partId: () => newId(),
      improvementId: () => newImprovementId(mapId),
    });
    const seen: number[] = [];
    let done = false;
    const reader = (async () => {
      while (!done) {
        const read = await caller.send(
          'query R($id: ID!) { journeyMap(id: $id) { stages { touchpoints { id } } } }',
          { id: mapId },
        );
        if (read.errors) expect(read.errors[0]?.extensions?.code).toBe('NOT_FOUND');
        else seen.push(read.data.journeyMap.stages.flatMap((s: Json) => s.touchpoints).length);
        // Note: each read of a pending map still reads its whole partition; one a second suffices.
        await new Promise((r) => setTimeout(r, 1000));
      }
    })();
    api.requests.reset();
    const started = performance.now();
    const imported = await importOf(caller, doc, true);
    const elapsed = performance.now() - started;
    const requests = api.requests.byCommand();
    done = true;
    await reader;
    expect(imported.errors).toBeUndefined();
    for (const count of seen) expect(count).toBe(1000);

    const body = Buffer.byteLength(JSON.stringify(doc));
    const exportStarted = performance.now();
    api.requests.reset();
    const again = await exportOf(caller, mapId);
    const exportRequests = api.requests.byCommand();
    const exportElapsed = performance.now() - exportStarted;
    console.log(
      JSON.stringify({
        largeImport: { documentBytes: body, ms: Math.round(elapsed), requests },
        largeExport: { ms: Math.round(exportElapsed), requests: exportRequests },
        readsDuringImport: seen.length,
      }),
    );
    expect(validate(again)).toBe(true);
    expect(again.map.stages).toHaveLength(50);
    expect(again.map.improvements).toHaveLength(1000);
    const touchpointNames = (d: Json) =>
      d.map.stages.flatMap((s: Json) => s.touchpoints.map((t: Json) => t.name));
    expect(touchpointNames(again)).toEqual(touchpointNames(doc));
    // export → import → export: the same document, modulo ids and timestamps.
    api.requests.reset();
    const quietStart = performance.now();
    const copy = await importOf(caller, again);
    console.log(
      JSON.stringify({
        largeImportWithoutReaders: {
          ms: Math.round(performance.now() - quietStart),
          requests: api.requests.byCommand(),
        },
      }),
    );
    expect(copy.errors).toBeUndefined();
    const twice = await exportOf(caller, copy.data.importJourneyMap.journeyMap.id);
    expect(comparable(twice)).toEqual(comparable(again));
    // Batched writes: 25 items per BatchWriteItem, never one request per item.
    expect(requests.BatchWriteItem).toBeLessThan(200);
    expect(requests.PutItem ?? 0).toBe(0);
  }, 180_000);
});

describe('exportJourneyMapCsv', () => {
  it('gives the touchpoints in journey order: BOM, header, one row each, RFC 4180 quoting', async () => {
    const stageId = (await exportOf(editor, DEMO_MAP_ID)).map.stages[0].id;
    await editor.ok(
      'mutation A($i: AddTouchpointInput!) { addTouchpoint(input: $i) { touchpoint { id } } }',
      {
        i: {
          mapId: DEMO_MAP_ID,
          stageId,
          name: 'Webinaire "découverte", épisode 2',
          description: 'Première ligne\nDeuxième ligne',
          channel: 'WEBINAR',
          actions: ['=1+1'],
        },
      },
    );
    api.requests.reset();
    const csv: string = (await editor.ok(CSV, { id: DEMO_MAP_ID, table: 'TOUCHPOINTS' }))
      .exportJourneyMapCsv;
    expect(api.requests.byCommand()).toEqual({ Query: 1 });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const header = csv.slice(1, csv.indexOf('\r\n'));
    expect(header.split(',').slice(0, 5)).toEqual([
      'Stage position',
      'Stage',
      'Position',
      'Touchpoint id',
      'Touchpoint',
    ]);
    const touchpoints = (await exportOf(editor, DEMO_MAP_ID)).map.stages.flatMap(
      (s: Json) => s.touchpoints,
    );
    expect(csv.match(/\r\n(?=\d+,)/g)?.length).toBe(touchpoints.length);
    expect(csv).toContain(
      '"Webinaire ""découverte"", épisode 2","Première ligne\nDeuxième ligne",WEBINAR,ONLINE',
    );
    expect(csv).toContain(",'=1+1,");
  });

  it('gives the backlog in backlog order, with semicolons when asked', async () => {
    const csv: string = (
      await editor.ok(CSV, { id: DEMO_MAP_ID, table: 'BACKLOG', separator: 'SEMICOLON' })
    ).exportJourneyMapCsv;
    const rows = csv.slice(1).split('\r\n').filter(Boolean);
    expect(rows[0]?.split(';').slice(0, 6)).toEqual([
      'Rank',
      'Improvement id',
      'Title',
      'Description',
      'Quadrant',
      'Priority score',
    ]);
    const backlog = await editor.ok(
      'query B($id: ID!) { improvements(filter: { mapId: $id }, first: 100) { edges { node { id } } } }',
      { id: DEMO_MAP_ID },
    );
    const ids = backlog.improvements.edges.map((e: Json) => e.node.id);
    const csvIds = rows.slice(1).map((r) => r.split(';')[1]);
    expect(csvIds).toEqual(ids);
  });
});
