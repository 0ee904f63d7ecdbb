import { mapRow, suggestMapping } from './column-mapping';
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
    const result = validateImportRow({ name: '上海宏达贸易有限公司', mobile: '138 0013 8000', email: 'Li@HongDa.cn', postcode: '200120', tags: 'vip，华东', lifecycleStage: '客户' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nameKey).toBe('上海宏达贸易');
    expect(result.value.contactPoints.map((p) => p.normalized)).toEqual(['li@hongda.cn', '+8613800138000']);
    expect(result.value.tags).toEqual(['vip', '华东']);
    expect(result.value.lifecycleStage).toBe('customer');
  });

  it('CUS-04 DQ-01 reports every problem of a bad row by its field', () => {
    const result = validateImportRow({ email: 'nope', mobile: '12', postcode: '1', kind: 'alien' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field).sort()).toEqual(['email', 'kind', 'mobile', 'name', 'postcode']);
  });
});
