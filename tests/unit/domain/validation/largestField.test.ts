import { largestField, storedBytes } from '../../../../domain/validation/largestField';

describe('largestField', () => {
  it('names the field that weighs the most in UTF-8, not in characters', () => {
    expect(
      largestField({
        name: 'Marie',
        goals: Array.from({ length: 10 }, () => '語'.repeat(100)),
        frustrations: Array.from({ length: 10 }, () => 'a'.repeat(200)),
      }),
    ).toEqual(['input', 'goals']);
  });

  it('goes into nested objects, and names a list whole', () => {
    expect(
      largestField({ title: 'Carte', scope: { objective: 'x', stakeholders: ['a'.repeat(50)] } }),
    ).toEqual(['input', 'scope', 'stakeholders']);
  });

  it('takes the first field on a tie, skips absent fields, and starts at the given prefix', () => {
    expect(largestField({ a: 'xx', b: 'yy', c: undefined }, ['input', 'measurements', 2])).toEqual([
      'input',
      'measurements',
      2,
      'a',
    ]);
  });

  it('answers the prefix alone when there is no field to name', () => {
    expect(largestField({})).toEqual(['input']);
    expect(largestField('text')).toEqual(['input']);
    expect(largestField(null, [])).toEqual([]);
  });

  it('weighs values as their JSON in bytes', () => {
    expect(storedBytes('é')).toBe(4);
    expect(storedBytes(['a', 'b'])).toBe(9);
    expect(storedBytes(undefined)).toBe(0);
  });
});
