import { matchReasons } from '../dedup/match-reasons';
import { headerSetText, mappingFits, mapRow, suggestMapping } from './column-mapping';
import { existingDuplicateMessage, isStrongDuplicate } from './import-duplicates';
import { validateImportRow } from './import-row';

describe('CUS-04 import column mapping', () => {
  it('CUS-04 proposes a mapping from Chinese and English headers', () => {
    expect(suggestMapping(['客户名称', '联系人', '手机', 'E-mail', '邮编', 'Unrelated', '電話'])).toEqual({
      0: 'name',
      1: 'contactName',
      2: 'mobile',
      3: 'email',
      4: 'postcode',
      6: 'phone',
    });
  });

  it('CUS-04 maps a row, trimming cells and leaving empty ones out', () => {
    expect(mapRow([' Acme ', '', '13800138000'], { 0: 'name', 1: 'email', 2: 'mobile' })).toEqual({ name: 'Acme', mobile: '13800138000' });
  });
});

describe('CUS-04 DQ-01 import row validation', () => {
  it('CUS-04 accepts a good row and normalises it', () => {
    const result = validateImportRow({ name: '上海宏达贸易有限公司', mobile: '138 0013 8000', email: 'Li@HongDa.cn', postcode: '200120', tags: 'vip，华东', lifecycleStage: '客户' }, 'CNY');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nameKey).toBe('上海宏达贸易');
    expect(result.value.contactPoints.map((p) => p.normalized)).toEqual(['li@hongda.cn', '+8613800138000']);
    expect(result.value.tags).toEqual(['vip', '华东']);
    expect(result.value.lifecycleStage).toBe('customer');
  });

  it('CUS-04 DQ-01 reports every problem of a bad row by its field', () => {
    const result = validateImportRow({ email: 'nope', mobile: '12', postcode: '1', kind: 'alien' }, 'CNY');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field).sort()).toEqual(['email', 'kind', 'mobile', 'name', 'postcode']);
  });
});

describe('CUS-04 DQ-02 bulk-import duplicates', () => {
  const company = (name: string, extra: { emails?: string[]; phones?: string[] } = {}) => ({ kind: 'company' as const, name, ...extra });

  it('CUS-04 DQ-02 two companies whose names are only trigram-similar are not duplicates for an import', () => {
    const match = matchReasons(company('杭州导入甲有限公司'), company('杭州导入丙有限公司'));
    expect(match.reasons.map((r) => r.code)).toEqual(['SIMILAR_NAME']); // the interactive check still shows it
    expect(isStrongDuplicate(match)).toBe(false);
  });

  it('CUS-04 DQ-02 the same company name key, e-mail or phone is a duplicate for an import', () => {
    expect(isStrongDuplicate(matchReasons(company('杭州导入甲有限公司'), company('杭州导入甲公司')))).toBe(true);
    expect(isStrongDuplicate(matchReasons(company('甲', { emails: ['A@x.cn'] }), company('乙', { emails: ['a@x.cn'] })))).toBe(true);
    expect(isStrongDuplicate(matchReasons(company('甲', { phones: ['138 0013 8000'] }), company('乙', { phones: ['+8613800138000'] })))).toBe(true);
    expect(isStrongDuplicate(matchReasons({ kind: 'person', name: '张伟', phones: ['13800138000'] }, { kind: 'person', name: '張偉', phones: ['+86 138 0013 8000'] }))).toBe(true);
  });

  it('CUS-04 DQ-02 two people who only share a name are not duplicates for an import (张伟 is one of the commonest names)', () => {
    const match = matchReasons({ kind: 'person', name: '张伟' }, { kind: 'person', name: '张 伟' });
    expect(match.reasons.map((r) => r.code)).toEqual(['SAME_NAME']); // the interactive check still asks a person
    expect(isStrongDuplicate(match)).toBe(false);
  });
});

describe('CUS-04 DQ-02 a skipped duplicate in the report', () => {
  it('CUS-04 DQ-02 names a visible record, and a hidden one as the duplicate check does: by name, flagged, for customers and contacts alike', () => {
    expect(existingDuplicateMessage('customer', { name: '甲有限公司', visible: true }, ['SAME_PHONE'])).toBe('duplicates existing customer "甲有限公司" (SAME_PHONE); skipped');
    expect(existingDuplicateMessage('customer', { name: '乙有限公司', visible: false }, ['SAME_PHONE', 'SAME_EMAIL'])).toBe(
      'duplicates "乙有限公司" (SAME_PHONE, SAME_EMAIL), a customer you may not see (ask its owner); skipped',
    );
    expect(existingDuplicateMessage('contact', { name: '王芳', visible: false }, ['SAME_EMAIL'])).toBe('duplicates "王芳" (SAME_EMAIL), a contact you may not see (ask its owner); skipped');
  });
});

describe('CUS-04 remembered mapping keys', () => {
  it('CUS-04 the same headers in other case, width or script make the same header set; another order does not', () => {
    expect(headerSetText(['Company', ' 電話 ', 'ＥＭＡＩＬ'])).toBe(headerSetText(['company', '电话', 'email']));
    expect(headerSetText(['电话', 'company'])).not.toBe(headerSetText(['company', '电话']));
  });

  it('CUS-04 a remembered mapping fits only a file that has every column it names', () => {
    expect(mappingFits({ 0: 'name', 2: 'email' }, 3)).toBe(true);
    expect(mappingFits({ 0: 'name', 3: 'email' }, 3)).toBe(false);
    expect(mappingFits({ 0: 'nonsense' as never }, 3)).toBe(false);
  });
});

describe('CUS-07 CUS-04 DQ-05 import value columns', () => {
  const valueOf = (cells: { valueAmount?: string; valueCurrency?: string }, baseCurrency = 'CNY') => validateImportRow({ name: 'Acme', ...cells }, baseCurrency);
  const problemsOf = (cells: { valueAmount?: string; valueCurrency?: string }) => {
    const result = valueOf(cells);
    return result.ok ? [] : result.problems;
  };

  it('CUS-07 CUS-04 suggests the value and currency columns from Chinese and English headers', () => {
    expect(suggestMapping(['客户名称', '客户价值', '币种'])).toEqual({ 0: 'name', 1: 'valueAmount', 2: 'valueCurrency' });
    expect(suggestMapping(['Name', 'Customer value', 'Currency'])).toEqual({ 0: 'name', 1: 'valueAmount', 2: 'valueCurrency' });
  });

  it('CUS-07 reads an amount as minor units of the currency column, else of the tenant base currency', () => {
    const cases: [{ valueAmount?: string; valueCurrency?: string }, string, { amountMinor: bigint; currency: string } | null][] = [
      [{ valueAmount: '1,234.5' }, 'CNY', { amountMinor: 123450n, currency: 'CNY' }],
      [{ valueAmount: '1234.5' }, 'EUR', { amountMinor: 123450n, currency: 'EUR' }],
      [{ valueAmount: '5000', valueCurrency: 'usd' }, 'CNY', { amountMinor: 500000n, currency: 'USD' }],
      [{ valueAmount: '１２３４', valueCurrency: '人民币' }, 'USD', { amountMinor: 123400n, currency: 'CNY' }],
      [{ valueAmount: '120000', valueCurrency: 'JPY' }, 'CNY', { amountMinor: 120000n, currency: 'JPY' }],
      [{ valueAmount: '0' }, 'CNY', { amountMinor: 0n, currency: 'CNY' }],
      [{}, 'CNY', null],
    ];
    for (const [cells, base, money] of cases) {
      const result = valueOf(cells, base);
      if (!result.ok) throw new Error(`${JSON.stringify(cells)}: ${JSON.stringify(result.problems)}`);
      expect(result.value.value).toEqual(money);
      expect(result.value.valueUnknown).toBe(false);
    }
  });

  it('DQ-05 CUS-07 "unknown" / "未知" in the value column records the value as explicitly unknown', () => {
    for (const word of ['unknown', 'Unknown', '未知']) {
      const result = valueOf({ valueAmount: word });
      expect(result.ok && result.value).toMatchObject({ value: null, valueUnknown: true });
    }
  });

  it('CUS-07 CUS-04 refuses a bad value naming its column: not an amount, negative, too many decimals, unknown currency, a currency without an amount', () => {
    expect(problemsOf({ valueAmount: 'lots' })).toEqual([{ field: 'valueAmount', message: '"lots" is not an amount' }]);
    expect(problemsOf({ valueAmount: '-100' })).toEqual([{ field: 'valueAmount', message: '"-100" must not be negative' }]);
    expect(problemsOf({ valueAmount: '10.005' })).toEqual([{ field: 'valueAmount', message: '"10.005" has more decimals than CNY has (2)' }]);
    expect(problemsOf({ valueAmount: '100', valueCurrency: 'XYZ' })).toEqual([{ field: 'valueCurrency', message: '"XYZ" is not an ISO 4217 currency code (e.g. CNY, USD)' }]);
    expect(problemsOf({ valueCurrency: 'USD' })).toEqual([{ field: 'valueCurrency', message: 'is given without a value amount' }]);
    expect(problemsOf({ valueAmount: '未知', valueCurrency: 'USD' }).map((p) => p.field)).toEqual(['valueCurrency']);
    expect(problemsOf({ valueAmount: '1'.repeat(20) }).map((p) => p.field)).toEqual(['valueAmount']);
  });
});
