/**
 * The JSON Schema (draft 2020-12) of the exchange format, generated from its
 * zod declaration (exchangeFormat.ts) and kept in the repository as
 * `schema/export/journey-map.schema.json` (`npm run export-schema` writes it).
 * What JSON Schema cannot say (trimmed lengths, distinct lists, links between
 * ids, real calendar days) the import checks and reports with paths.
 */
import * as z from 'zod';
import { buildJourneyMapDocument, FORMAT_VERSION } from './exchangeFormat';

/** Where the schema lives in the repository (also its `$id`, relative). */
export const DOCUMENT_SCHEMA_PATH = 'schema/export/journey-map.schema.json';

export function documentJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(buildJourneyMapDocument(), {
    io: 'input',
    target: 'draft-2020-12',
    // Note: refinements (a real date, distinct items) cannot be said in JSON Schema; the import checks them.
    unrepresentable: 'any',
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `https://journey-map-api.local/${DOCUMENT_SCHEMA_PATH}`,
    $comment: `Generated from domain/exchange/exchangeFormat.ts by npm run export-schema; format version ${FORMAT_VERSION}. Do not edit.`,
    ...rest,
  };
}
