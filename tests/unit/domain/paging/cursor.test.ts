import { DomainError } from '../../../../domain/errors';
import { decodeCursor, encodeCursor } from '../../../../domain/paging/cursor';
import { domainError } from '../../support/errors';

const encodeJson = (value: unknown): string =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

function expectRejected(cursor: string, fields: readonly string[] = ['mapId']): void {
  const error = domainError(() => decodeCursor(cursor, fields));
  expect(error).toBeInstanceOf(DomainError);
  expect(error.code).toBe('BAD_USER_INPUT');
  expect(error.details.issues?.map((i) => i.path)).toEqual([['after']]);
}

describe('Page cursors', () => {
  it('decode to the position they were made from', () => {
    const cursor = encodeCursor({ mapId: '01JAAAAAAA0000000000000001' });
    expect(decodeCursor(cursor, ['mapId'])).toEqual({ mapId: '01JAAAAAAA0000000000000001' });
  });

  it('round-trip positions of several fields, with any characters', () => {
    const position = { sk: 'PERSONA#01JAAAAAAA0000000000000001', name: 'Zoë / "quoted" #1' };
    expect(decodeCursor(encodeCursor(position), ['sk', 'name'])).toEqual(position);
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
      expectRejected(encodeJson({ sk: 'x' }), ['sk', 'name']);
    });

    it('when they carry a field the list does not use', () => {
      expectRejected(encodeJson({ mapId: 'x', PK: 'W#other#MAP#x' }));
    });

    it('when they were made for another list', () => {
      expectRejected(encodeCursor({ sk: 'PERSONA#x' }), ['mapId']);
    });

    it('when a field is not a string', () => {
      expectRejected(encodeJson({ mapId: 7 }));
      expectRejected(encodeJson({ mapId: { S: 'x' } }));
    });

    it('when a field holds a NUL character', () => {
      expectRejected(encodeJson({ mapId: 'x\u0000y' }));
    });
  });
});
