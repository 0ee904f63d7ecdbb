import { accountNameKeys } from '../../domain/account-keys';
import { checkRows, nameKeysOf } from './import-batch';
import { timeOrderedUuid } from './time-ordered-id';

describe('CUS-04 import batch (pure part)', () => {
  const mapping = { 0: 'name', 1: 'kind', 2: 'mobile' } as const;

  it('CUS-04 checks every row of a batch: good rows carry their value, bad ones every problem by field', () => {
    const rows = checkRows(
      [
        { rowNumber: 1, cells: ['杭州远山茶叶有限公司', '企业', '139 1234 0001'] },
        { rowNumber: 2, cells: ['', 'robot', '12'] },
      ],
      mapping,
      { baseCurrency: 'CNY' },
    );
    expect(rows[0]).toMatchObject({ rowNumber: 1, ok: true, value: { kind: 'company', contactPoints: [{ kind: 'mobile', normalized: '+8613912340001' }] } });
    expect(rows[1]).toMatchObject({ rowNumber: 2, ok: false });
    expect(rows[1].ok ? [] : rows[1].problems.map((p) => p.field).sort()).toEqual(['kind', 'mobile', 'name']);
  });

  it('CUS-04 DQ-02 the stored name keys of an imported customer are those of any other customer (accountNameKeys)', () => {
    for (const [name, kind] of [
      ['華為技術股份有限公司', '公司'],
      ['Huawei Technologies Co., Ltd.', 'company'],
      ['深圳（南山）光明电子有限公司', 'company'],
      ['张 伟', 'individual'],
      ['Zhang Wei', 'person'],
    ]) {
      const [row] = checkRows([{ rowNumber: 1, cells: [name, kind, ''] }], mapping, { baseCurrency: 'CNY' });
      if (!row.ok) throw new Error(`${name}: ${JSON.stringify(row.problems)}`);
      expect(nameKeysOf(row.value)).toEqual(accountNameKeys(row.value.kind, name));
    }
  });
});

describe('CUS-04 import ids', () => {
  it('CUS-04 ids of imported records are version-7 UUIDs, ordered by their millisecond', () => {
    const a = timeOrderedUuid(1_700_000_000_000);
    const b = timeOrderedUuid(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.slice(0, 13)).toBe('018bcfe5-6800');
    expect(a < b).toBe(true);
  });

  it('CUS-04 ids drawn from the pooled random bytes stay distinct and well-formed across refills of the pool', () => {
    const now = 1_700_000_000_000;
    const ids = Array.from({ length: 2_000 }, () => timeOrderedUuid(now));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^018bcfe5-6800-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
