import { draftStamp, pictureEtag, versionStamp } from '../../../domain/pictures/pictureStamp';
import { make, testId } from '../support/records';

const MAP = testId(1);
const header = make.header({ id: MAP, changeSeq: 7 });
const marie = make.persona({ id: testId(900), revision: 3 });

describe('pictureEtag', () => {
  const draft = pictureEtag(draftStamp('acme', header, [marie]), 'poster.svg');

  it('is a quoted strong tag of 27 base64url characters that reveals nothing', () => {
    expect(draft).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(draft).not.toContain('acme');
    expect(draft).not.toContain(MAP);
  });

  it('is the same for the same state', () => {
    expect(pictureEtag(draftStamp('acme', { ...header }, [{ ...marie }]), 'poster.svg')).toBe(
      draft,
    );
  });

  it.each([
    ['a write to the map', draftStamp('acme', { ...header, changeSeq: 8 }, [marie])],
    ['a persona change', draftStamp('acme', header, [{ ...marie, revision: 4 }])],
    ['a persona less', draftStamp('acme', header, [])],
    [
      'a map deleted and created again with the same id',
      draftStamp('acme', { ...header, createdAt: '2026-01-01T00:00:00.000Z' }, [marie]),
    ],
    ['another workspace', draftStamp('other', header, [marie])],
  ])('changes with %s', (_, stamp) => {
    expect(pictureEtag(stamp, 'poster.svg')).not.toBe(draft);
  });

  it('differs between pictures and PDF formats of one state', () => {
    const stamp = draftStamp('acme', header, [marie]);
    const tags = ['poster.svg', 'curve.svg', 'poster.pdf?format=A4', 'poster.pdf?format=A0'].map(
      (variant) => pictureEtag(stamp, variant),
    );
    expect(new Set(tags).size).toBe(4);
  });

  it('differs between the draft and a version, and between versions', () => {
    const v1 = pictureEtag(versionStamp('acme', MAP, 1, '2025-03-01T00:00:00.000Z'), 'poster.svg');
    const v2 = pictureEtag(versionStamp('acme', MAP, 2, '2025-03-01T00:00:00.000Z'), 'poster.svg');
    expect(new Set([draft, v1, v2]).size).toBe(3);
  });
});
