import { DomainError } from '../../../../domain/shared/errors';
import { ULID_PATTERN } from '../../../../domain/shared/ids';
import { decodeCursor, encodeCursor } from '../../../../domain/paging/cursor';
import { domainError } from '../../support/errors';

const encodeJson = (value: unknown): string =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const MAP = { mapId: ULID_PATTERN };
const ANY = /^[\s\S]*$/;

function expectRejected(cursor: string, fields: Record<string, RegExp> = MAP): void {
  const error = domainError(() => decodeCursor(cursor, fields));
  expect(error).toBeInstanceOf(DomainError);
  expect(error.code).toBe('BAD_USER_INPUT');
  expect(error.details.issues?.map((i) => i.path)).toEqual([['after']]);
}

describe('Page cursors', () => {
  it('decode to the position they were made from', () => {
    const cursor = encodeCursor({ mapId: '01JAAAAAAA0000000000000001' });
    expect(decodeCursor(cursor, MAP)).toEqual({ mapId: '01JAAAAAAA0000000000000001' });
  });

  it('round-trip positions of several fields, with any characters', () => {
    const position = { sk: 'PERSONA#01JAAAAAAA0000000000000001', name: 'Zoë / "quoted" #1' };
    expect(decodeCursor(encodeCursor(position), { sk: ANY, name: ANY })).toEqual(position);
  });

  it('are URL-safe strings', () => {
    expect(encodeCursor({ sk: '???>>>~~~' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  describe('are rejected as BAD_USER_INPUT at path after', () => {
    it('when they are garbage', () => {
      expectRejected('not a cursor!');
      expectRejected('');
    });

    it('when they are not JSON objects', () => {
      expectRejected(encodeJson(null));
      expectRejected(encodeJson('mapId'));
      expectRejected(encodeJson(['x']));
      expectRejected(encodeJson(42));
    });

    it('when a field is missing', () => {
      expectRejected(encodeJson({ sk: 'x' }), { sk: ANY, name: ANY });
    });

    it('when they carry a field the list does not use', () => {
      expectRejected(encodeJson({ mapId: '01JAAAAAAA0000000000000001', PK: 'W#other#MAP#x' }));
    });

    it('when they were made for another list', () => {
      expectRejected(encodeCursor({ sk: 'PERSONA#x' }));
    });

    it('when a field is not a string', () => {
      expectRejected(encodeJson({ mapId: 7 }));
      expectRejected(encodeJson({ mapId: { S: 'x' } }));
    });

    it('when a field does not have the shape its list makes', () => {
      expectRejected(encodeJson({ mapId: '' }));
      expectRejected(encodeJson({ mapId: 'x\u0000y' }));
      expectRejected(encodeJson({ mapId: '01JAAAAAAA0000000000000001#C#!MAP' }));
    });
  });
});
