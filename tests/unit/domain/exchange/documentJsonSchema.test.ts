import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  DOCUMENT_SCHEMA_PATH,
  documentJsonSchema,
} from '../../../../domain/exchange/documentJsonSchema';

const committed = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', '..', DOCUMENT_SCHEMA_PATH), 'utf8'),
) as Record<string, unknown>;

describe('The JSON Schema of the exchange format', () => {
  it('is the one generated from the format (run npm run export-schema when this fails)', () => {
    expect(committed).toEqual(documentJsonSchema());
  });

  it('compiles as JSON Schema 2020-12, strictly', () => {
    const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
    expect(() => ajv.compile(committed)).not.toThrow();
  });

  it('accepts a minimal hand-made document and refuses what the format refuses', () => {
    const validate = addFormats(new Ajv2020({ allErrors: true })).compile(committed);
    const minimal = {
      formatVersion: 1,
      map: {
        title: 'Atelier du 12 mars',
        stages: [
          { name: 'Découverte', touchpoints: [{ id: 'tp-1', name: 'Salon', channel: 'EVENT' }] },
        ],
        improvements: [{ title: 'Badge QR', impact: 4, effort: 2, touchpointIds: ['tp-1'] }],
      },
    };
    expect(validate(minimal)).toBe(true);
    const wrong = {
      formatVersion: 2,
      map: {
        ...minimal.map,
        stages: [{ name: 'X', touchpoints: [{ name: 'Y', channel: 'FAX' }] }],
      },
      extra: true,
    };
    expect(validate(wrong)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual(
      expect.arrayContaining(['/formatVersion', '/map/stages/0/touchpoints/0/channel']),
    );
  });
});
