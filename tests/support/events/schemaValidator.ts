/** Validates event details against the JSON Schemas in schema/events/ (the files, as integrators get them). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { DETAIL_TYPES } from '../../../domain/events/eventDetails';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validators = new Map<string, ValidateFunction>(
  DETAIL_TYPES.map((detailType) => {
    const file = join(__dirname, '..', '..', '..', 'schema', 'events', `${detailType}.schema.json`);
    return [detailType, ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object)];
  }),
);

/** The schema errors of one event's detail (empty when it validates), or a missing schema. */
export function schemaErrors(detailType: string, detail: unknown): string[] {
  const validate = validators.get(detailType);
  if (!validate) return [`no schema for ${detailType}`];
  if (validate(detail)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
