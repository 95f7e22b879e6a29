import { ifNoneMatchHits } from '../../../../functions/pictures/conditionalRequest';

const ETAG = '"abc_DEF-123"';

describe('ifNoneMatchHits', () => {
  it.each([ETAG, `W/${ETAG}`, `"x", ${ETAG}`, `"x",${ETAG} , "y"`, '*', ' * '])(
    'hits for %s',
    (header) => {
      expect(ifNoneMatchHits(header, ETAG)).toBe(true);
    },
  );

  it.each([undefined, '', '"x"', 'abc_DEF-123', '"abc_DEF-12"', `"${ETAG}"`])(
    'misses for %s',
    (header) => {
      expect(ifNoneMatchHits(header, ETAG)).toBe(false);
    },
  );
});
