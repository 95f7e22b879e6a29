import { readFileSync } from 'node:fs';
import {
  DETAIL_TYPES,
  detailJsonSchema,
  EVENT_DETAILS,
} from '../../../../domain/events/eventDetails';
import { eventSchemaFile } from '../../../../infra/eventSchemas';

describe('The JSON Schemas of the events in schema/events/', () => {
  it.each(DETAIL_TYPES)(
    '%s: the file is what its declaration gives (npm run events:schemas)',
    (type) => {
      // The content is compared, not the text: Prettier formats the file (npm run lint checks
      // it) and cannot run inside jest (it imports modules dynamically).
      expect(JSON.parse(readFileSync(eventSchemaFile(type), 'utf8'))).toEqual(
        detailJsonSchema(type),
      );
    },
  );

  it.each(DETAIL_TYPES)('%s: requires the common fields and refuses others', (type) => {
    const schema = JSON.parse(readFileSync(eventSchemaFile(type), 'utf8'));
    expect(schema.required).toEqual(
      expect.arrayContaining(['eventId', 'workspaceId', 'mapId', 'actor', 'at']),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(
      Object.keys(EVENT_DETAILS[type].shape).sort(),
    );
  });
});
