/**
 * `npm run events:schemas`: writes the JSON Schema of each domain event's
 * detail (domain/events/eventDetails.ts) to schema/events/<detail-type>.schema.json,
 * formatted by Prettier, where integrators find them.
 * tests/unit/domain/events/eventSchemas.test.ts fails when a file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DETAIL_TYPES, detailJsonSchema, type DetailType } from '../domain/events/eventDetails';

export const EVENT_SCHEMA_DIR = resolve(__dirname, '..', 'schema', 'events');

export const eventSchemaFile = (detailType: DetailType) =>
  join(EVENT_SCHEMA_DIR, `${detailType}.schema.json`);

/** The file's text: the schema as Prettier formats it. */
async function eventSchemaText(detailType: DetailType): Promise<string> {
  const { format, resolveConfig } = await import('prettier');
  const file = eventSchemaFile(detailType);
  const options = (await resolveConfig(file)) ?? {};
  return format(JSON.stringify(detailJsonSchema(detailType)), { ...options, filepath: file });
}

async function main(): Promise<void> {
  mkdirSync(EVENT_SCHEMA_DIR, { recursive: true });
  for (const detailType of DETAIL_TYPES) {
    writeFileSync(eventSchemaFile(detailType), await eventSchemaText(detailType));
    console.log(`wrote ${eventSchemaFile(detailType)}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
