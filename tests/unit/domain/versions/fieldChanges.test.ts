import { fieldChanges } from '../../../../domain/versions/fieldChanges';

interface Sample {
  name: string;
  score: number | null;
  done: boolean;
  tags: string[];
  scope: { objective: string | null } | null;
  note?: string | null;
}

const sample = (fields: Partial<Sample> = {}): Sample => ({
  name: 'Site web',
  score: 1,
  done: false,
  tags: ['web'],
  scope: { objective: 'Réduire l’abandon' },
  ...fields,
});

const ALL = ['name', 'score', 'done', 'tags', 'scope', 'note'] as const;

describe('fieldChanges', () => {
  it('reports nothing for equal records, lists and objects compared by value', () => {
    expect(fieldChanges(sample(), sample(), ALL)).toEqual([]);
  });

  it('reports each changed scalar with its value before and after', () => {
    expect(fieldChanges(sample(), sample({ name: 'Site', score: null, done: true }), ALL)).toEqual([
      { field: 'name', before: 'Site web', after: 'Site' },
      { field: 'score', before: 1, after: null },
      { field: 'done', before: false, after: true },
    ]);
  });

  it('reports lists and objects as JSON-encoded strings', () => {
    expect(
      fieldChanges(sample(), sample({ tags: ['web', 'seo'], scope: { objective: null } }), [
        'tags',
        'scope',
      ]),
    ).toEqual([
      { field: 'tags', before: '["web"]', after: '["web","seo"]' },
      { field: 'scope', before: '{"objective":"Réduire l’abandon"}', after: '{"objective":null}' },
    ]);
  });

  it('reads an absent field as null, so absent and null are no change', () => {
    expect(fieldChanges(sample(), sample({ note: null }), ALL)).toEqual([]);
    expect(fieldChanges(sample(), sample({ note: 'x' }), ALL)).toEqual([
      { field: 'note', before: null, after: 'x' },
    ]);
  });

  it('compares only the fields listed, in the order listed', () => {
    const after = sample({ name: 'Site', score: 2 });
    expect(fieldChanges(sample(), after, ['score']).map((c) => c.field)).toEqual(['score']);
    expect(fieldChanges(sample(), after, ['score', 'name']).map((c) => c.field)).toEqual([
      'score',
      'name',
    ]);
  });
});
