import { parsePictureRequest } from '../../../../functions/pictures/pictureRequest';
import { apiGatewayEvent } from '../../../support/apiGatewayEvent';
import { testId } from '../../support/records';

const MAP = testId(1);
const parse = (path: string, query?: Record<string, string>) =>
  parsePictureRequest(apiGatewayEvent({ method: 'GET', path, ...(query ? { query } : {}) }));
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string; details?: { issues?: unknown } }).code;
  }
  return null;
};

describe('parsePictureRequest', () => {
  it.each([
    ['poster.svg', 'posterSvg', null],
    ['poster.pdf', 'posterPdf', 'A4'],
    ['curve.svg', 'emotionCurveSvg', null],
    ['matrix.svg', 'matrixSvg', null],
  ])('reads /maps/{id}/%s as %s', (file, kind, format) => {
    expect(parse(`/maps/${MAP}/${file}`)).toEqual({
      mapId: MAP,
      kind,
      version: null,
      format,
      download: false,
    });
  });

  it('reads a version, a PDF format (any case) and download', () => {
    expect(
      parse(`/maps/${MAP}/poster.pdf`, { version: '12', format: 'a0', download: '1' }),
    ).toEqual({
      mapId: MAP,
      kind: 'posterPdf',
      version: 12,
      format: 'A0',
      download: true,
    });
  });

  it('reads the route behind a stage prefix', () => {
    expect(parse(`/dev/maps/${MAP}/matrix.svg`).kind).toBe('matrixSvg');
  });

  it.each([`/maps/${MAP}/poster.png`, '/maps/not-a-ulid/poster.svg', `/maps/${MAP}/poster.svg/x`])(
    'answers NOT_FOUND for %s',
    (path) => {
      expect(codeOf(() => parse(path))).toBe('NOT_FOUND');
    },
  );

  it.each([{ version: '0' }, { version: '01' }, { version: 'x' }, { version: '1e3' }])(
    'answers BAD_USER_INPUT for %o',
    (query) => {
      expect(codeOf(() => parse(`/maps/${MAP}/poster.svg`, query))).toBe('BAD_USER_INPUT');
    },
  );

  it('answers BAD_USER_INPUT for a format other than A4 or A0, or a parameter given twice', () => {
    expect(codeOf(() => parse(`/maps/${MAP}/poster.pdf`, { format: 'letter' }))).toBe(
      'BAD_USER_INPUT',
    );
    const twice = apiGatewayEvent({ method: 'GET', path: `/maps/${MAP}/poster.svg` });
    twice.rawQueryString = 'version=1&version=2';
    expect(codeOf(() => parsePictureRequest(twice))).toBe('BAD_USER_INPUT');
  });

  it('ignores format on the SVGs', () => {
    expect(parse(`/maps/${MAP}/poster.svg`, { format: 'letter' }).format).toBeNull();
  });
});
