/**
 * `npm run export-schema`: writes the JSON Schema of the exchange format to
 * schema/export/journey-map.schema.json, formatted as the repository is
 * (tests/unit/domain/exchange/documentJsonSchema.test.ts checks it is up to date).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { DOCUMENT_SCHEMA_PATH, documentJsonSchema } from '../domain/exchange/documentJsonSchema';

async function main(): Promise<void> {
  const file = join(__dirname, '..', DOCUMENT_SCHEMA_PATH);
  mkdirSync(dirname(file), { recursive: true });
  const options = { ...(await resolveConfig(file)), filepath: file };
  writeFileSync(file, await format(JSON.stringify(documentJsonSchema(), null, 2), options));
  console.log(`wrote ${DOCUMENT_SCHEMA_PATH}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
