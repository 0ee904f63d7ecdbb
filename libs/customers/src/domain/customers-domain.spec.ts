import { splitProtectedChanges } from './change-approval/protected-fields';
import { planMerge, MergePlanError } from './merge/merge-plan';
import { addressProblems, normalizeContactPoints } from './validation/contact-data';
import { isValidPostcode } from './validation/postcode';

describe('DQ-01 validation of contact data', () => {
  it('DQ-01 normalises valid phones and e-mails and names each bad one by its path', () => {
    const { points, problems } = normalizeContactPoints(
      [
        { kind: 'mobile', value: '138 0013 8000' },
        { kind: 'email', value: 'Li@Example.com' },
        { kind: 'email', value: 'not-an-email' },
        { kind: 'phone', value: '12' },
        { kind: 'wechat', value: 'LiLei_88' },
      ],
      'input.contactPoints',
    );
    expect(points.map((p) => p.normalized)).toEqual(['+8613800138000', 'li@example.com', 'lilei_88']);
    expect(problems.map((p) => p.field)).toEqual(['input.contactPoints.2.value', 'input.contactPoints.3.value']);
    expect(problems[0].message).toMatch(/not a valid e-mail/);
  });

  it('DQ-01 checks postcodes by country', () => {
    expect(isValidPostcode('CN', '200120')).toBe(true);
    expect(isValidPostcode('CN', '20012')).toBe(false);
    expect(isValidPostcode('US', '94105-1234')).toBe(true);
    expect(isValidPostcode('GB', 'SW1A 1AA')).toBe(true);
    expect(addressProblems([{ country: 'CN', street: '', postcode: 'abc' }], 'input.addresses')).toEqual([
      { field: 'input.addresses.0.street', message: 'must not be empty' },
      { field: 'input.addresses.0.postcode', message: '"abc" is not a valid postcode for CN' },
    ]);
  });
});

describe('DQ-03 merge plan', () => {
  type V = { name: string; website: string | null; industry: string | null; tags: string[] };
  const a = { id: 'a', values: { name: 'Acme', website: null, industry: 'Retail', tags: ['vip'] } as V };
  const b = { id: 'b', values: { name: 'ACME Ltd', website: 'acme.cn', industry: 'Wholesale', tags: ['north'] } as V };

  it('DQ-03 keeps the survivor’s values, fills its blanks from the others and explains each field', () => {
    const plan = planMerge(a, [b], ['name', 'website', 'industry', 'tags'], {}, ['tags']);
    expect(plan.values).toEqual({ name: 'Acme', website: 'acme.cn', industry: 'Retail', tags: ['vip', 'north'] });
    expect(plan.provenance.find((p) => p.field === 'website')).toEqual({ field: 'website', fromId: 'b', value: 'acme.cn' });
  });

  it('DQ-03 applies the user’s field-by-field choices', () => {
    const plan = planMerge(a, [b], ['name', 'industry'], { industry: 'b' });
    expect(plan.values.industry).toBe('Wholesale');
  });

  it('DQ-03 refuses a choice of a record outside the merge, naming the field', () => {
    expect(() => planMerge(a, [b], ['name'], { name: 'zzz' })).toThrow(MergePlanError);
    try {
      planMerge(a, [b], ['name'], { name: 'zzz' });
    } catch (e) {
      expect((e as MergePlanError).field).toBe('choices.name');
    }
    expect(() => planMerge(a, [a], ['name'])).toThrow(/merged into itself/);
  });
});

describe('DQ-04 protected fields', () => {
  const current = { name: 'Acme', creditTermsDays: 30, taxId: null as string | null };

  it('DQ-04 holds back protected changes of staff without the right and applies the rest', () => {
    const split = splitProtectedChanges(current, { name: 'Acme Co', creditTermsDays: 90 }, ['creditTermsDays'], false);
    expect(split).toEqual({ apply: { name: 'Acme Co' }, hold: { creditTermsDays: 90 } });
  });

  it('DQ-04 applies everything for someone with the right, and ignores unchanged fields', () => {
    const split = splitProtectedChanges(current, { name: 'Acme', creditTermsDays: 90 }, ['creditTermsDays'], true);
    expect(split).toEqual({ apply: { creditTermsDays: 90 }, hold: {} });
  });
});
