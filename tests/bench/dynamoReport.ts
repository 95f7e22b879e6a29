/**
 * The typical-operations section: DynamoDB requests and latency of the
 * backlog page, a version read, publishing, a diff and more (dynamoBench.ts),
 * and what a publication writes.
 */
import type { DynamoBenchResult } from './dynamoBench';
import { bytesAndKib, heading, list, ms, note, ratio, table } from './report';

export function dynamoSection(result: DynamoBenchResult, endpoint: string, runs: number): string {
  const lines: string[] = [];
  const d = result.demo;
  lines.push(
    heading('Typical operations: DynamoDB requests and latency (DynamoDB Local, indicative)'),
  );
  lines.push(
    note(
      `DynamoDB Local (in memory, ${endpoint}); table ${result.tableName} created with ` +
        `ensureTable; demo workspace seeded with seedDemoWorkspace in ${ms(result.seedMs, 0)} ` +
        `(${d.personas} persona(s), ${d.stages} stages, ${d.touchpoints} touchpoints, ${d.painPoints} ` +
        `pain points, ${d.kpis} KPIs, ${d.improvements} improvements). The real handler ` +
        '(functions/graphql.ts) is invoked in-process with API Gateway v2 events and an EDITOR dev ' +
        'token; requests are counted by an SDK middleware on its own DynamoDB client ' +
        `(tests/support/requestCounter.ts). Each operation: 1 warm-up, then ${runs} runs; ` +
        'latency = wall time of the handler call (JWT check, GraphQL, HTTP to DynamoDB Local on ' +
        'localhost), so only relative figures mean anything. Run in the order listed: ' +
        'publishing comes before the two writes so that version 1 is the demo as seeded and the ' +
        'comparison has the writes to report.',
    ),
  );
  lines.push('');
  lines.push(
    table(
      ['operation', 'DynamoDB requests per run', 'total', 'median', 'p95'],
      result.operations.map((op) => [
        op.label,
        op.requests,
        op.requestTotal,
        ms(op.medianMs),
        ms(op.p95Ms),
      ]),
    ),
  );
  lines.push(
    note(
      '\nSelections matter for writes: a part payload serves the fields its write knows and ' +
        'reads the map (one more Query) for the others. Asking `position` after an append, or ' +
        '`revision` after an update without expectedRevision, costs that Query; the selections ' +
        'below avoid it, as an editing client that tracks revisions would.',
    ),
  );
  lines.push('\n  What each operation selects (and what the last run returned):');
  lines.push(
    list(
      result.operations.map(
        (op) =>
          [op.label, op.returned ? `${op.selection} → ${op.returned}` : op.selection] as const,
      ),
      4,
    ),
  );

  const p = result.publish;
  lines.push(heading('Publishing the demo map: snapshot size and write cost'));
  lines.push(
    note(
      'Snapshot: the demo map read through the store (stores.maps.read) with its personas, ' +
        'encoded by store/versions/snapshotCodec.ts encodeSnapshot (JSON, Brotli quality 9).',
    ),
  );
  lines.push('');
  lines.push(
    list([
      ['snapshot, raw JSON', bytesAndKib(p.rawBytes)],
      [
        'snapshot, compressed',
        `${bytesAndKib(p.compressedBytes)} (${ratio(p.rawBytes / p.compressedBytes)} smaller)`,
      ],
      ['chunks', String(p.chunks)],
    ]),
  );
  lines.push('');
  lines.push(
    note(
      'Write cost: the TransactWriteItems body of one publication, captured on the wire (SDK ' +
        "middleware at the build step). Each Put's item size is computed from its attributes by " +
        "AWS's item-size rules (names + values in UTF-8, binary by raw bytes, numbers ~1 byte per 2 " +
        'digits + 1, lists/maps 3 bytes + 1 per element); the Update of the map header is sized by ' +
        'the stored header item (GetItem before and after, the larger). WRU = 2 per started KB per ' +
        'item (transactional writes cost double).',
    ),
  );
  lines.push('');
  lines.push(
    table(
      ['item', 'size', 'rounded', 'WRU'],
      [
        ...p.items.map((i) => [
          i.action,
          `${i.bytes.toLocaleString('en-US')} B`,
          `${Math.max(1, Math.ceil(i.bytes / 1024))} KB`,
          String(i.wru),
        ]),
        ['total', '', '', String(p.totalWru)],
      ],
    ),
  );
  lines.push('');
  lines.push(
    note(
      `Not counted above: the map header is also in the Workspace GSI (projection ALL), so updating ` +
        `its latestVersion rewrites its index entry (~${Math.max(1, Math.ceil(p.headerIndexBytes / 1024))} ` +
        'KB), billed as a separate index write; the reads before the transaction (the map Query, the ' +
        'personas BatchGetItem) cost read units.',
    ),
  );
  const local = p.localConsumedCapacity;
  lines.push(
    note(
      local
        ? `Cross-check: DynamoDB Local's own ConsumedCapacity for the same request (the bench adds ` +
            `ReturnConsumedCapacity INDEXES to it): ${local.total} WCU in all, ${local.table} for ` +
            `the table${Object.entries(local.indexes)
              .map(([name, units]) => `, ${units} for the ${name} index`)
              .join('')}. ${
              local.table === p.totalWru
                ? 'Its table figure equals the estimate.'
                : `Its table figure differs from the estimate (${p.totalWru}): DynamoDB Local is ` +
                  "an emulator, not AWS's billing; the estimate follows the published rules."
            }`
        : 'DynamoDB Local returned no ConsumedCapacity for that request (asked with ' +
            'ReturnConsumedCapacity INDEXES), so the figure above is the estimate only.',
    ),
  );
  return lines.join('\n');
}
