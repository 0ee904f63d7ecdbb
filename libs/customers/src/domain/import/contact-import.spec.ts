import { importFieldsOf, mappingFits, mappingProblem, mapRow, suggestMapping } from './column-mapping';
import { validateContactImportRow } from './contact-import-row';

describe('CUS-04 contacts import column mapping', () => {
  it('CUS-04 proposes a contacts mapping from the contacts export headers and Chinese ones', () => {
    expect(suggestMapping(['name', 'family name', 'given name', 'customer', 'job title', 'email', 'mobile', 'id', 'customer id'], 'contacts')).toEqual({
      0: 'displayName',
      1: 'familyName',
      2: 'givenName',
      3: 'customerName',
      4: 'jobTitle',
      5: 'email',
      6: 'mobile',
      8: 'customerId',
    });
    expect(suggestMapping(['姓名', '所属客户', '职位', '手机', '邮箱', '部门', '备注'], 'contacts')).toEqual({
      0: 'displayName',
      1: 'customerName',
      2: 'jobTitle',
      3: 'mobile',
      4: 'email',
      5: 'department',
      6: 'notes',
    });
    // the same header means the customer's name in an accounts import
    expect(suggestMapping(['客户名称'], 'accounts')).toEqual({ 0: 'name' });
    expect(suggestMapping(['客户名称'], 'contacts')).toEqual({ 0: 'customerName' });
  });

  it('CUS-04 each target describes its fields for the mapping screen, the needed ones first and grouped', () => {
    const accounts = importFieldsOf('accounts');
    expect(accounts[0]).toEqual({ key: 'name', required: true, requiredGroup: 'name', labelKey: 'importExport.fields.name' });
    expect(accounts.filter((f) => f.required).map((f) => f.key)).toEqual(['name']);
    expect(accounts.map((f) => f.key)).toContain('ownerEmail');
    const contacts = importFieldsOf('contacts');
    expect(contacts.filter((f) => f.required).map((f) => [f.key, f.requiredGroup])).toEqual([
      ['displayName', 'contactName'],
      ['familyName', 'contactName'],
      ['givenName', 'contactName'],
      ['customerName', 'customer'],
      ['customerId', 'customer'],
    ]);
    expect(contacts.map((f) => f.key)).not.toContain('name');
  });

  it('CUS-04 a contacts mapping needs a name and the customer; fields of the other target are refused naming them', () => {
    expect(mappingProblem({ 0: 'displayName', 1: 'customerName' }, 2, 'contacts')).toBeNull();
    expect(mappingProblem({ 0: 'familyName', 1: 'customerId' }, 2, 'contacts')).toBeNull();
    expect(mappingProblem({ 0: 'displayName' }, 2, 'contacts')).toMatch(/customerName \(or customerId\)/);
    expect(mappingProblem({ 1: 'customerName' }, 2, 'contacts')).toMatch(/displayName/);
    expect(mappingProblem({ 0: 'displayName', 1: 'customerName', 2: 'industry' }, 3, 'contacts')).toMatch(/"industry" is not one of/);
    expect(mappingProblem({ 0: 'name', 1: 'displayName' }, 2, 'accounts')).toMatch(/"displayName" is not one of/);
    expect(mappingProblem({ 0: 'displayName', 1: 'displayName' } as never, 2, 'contacts')).toBeTruthy();
    expect(mappingFits({ 0: 'displayName', 1: 'customerName' }, 2, 'contacts')).toBe(true);
    expect(mappingFits({ 0: 'name' }, 2, 'contacts')).toBe(false);
  });
});

describe('CUS-04 DQ-01 contacts import row validation', () => {
  it('CUS-04 accepts a good row: phones in E.164, e-mail folded, the customer by name, tags split', () => {
    const row = mapRow(['王芳', '上海宏达贸易有限公司', '采购经理', '138 0013 8000', 'Wang.Fang@HongDa.cn', 'vip，华东'], {
      0: 'displayName',
      1: 'customerName',
      2: 'jobTitle',
      3: 'mobile',
      4: 'email',
      5: 'tags',
    });
    const result = validateContactImportRow(row);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name.displayName).toBe('王芳');
    expect(result.value.customer).toEqual({ by: 'name', name: '上海宏达贸易有限公司' });
    expect(result.value.contactPoints.map((p) => p.normalized)).toEqual(['wang.fang@hongda.cn', '+8613800138000']);
    expect(result.value.tags).toEqual(['vip', '华东']);
    expect(result.value.jobTitle).toBe('采购经理');
  });

  it('CUS-04 composes the shown name from family and given name; a customer id wins over a name', () => {
    const result = validateContactImportRow({ familyName: '张', givenName: '伟', customerId: '0190F2A0-0000-7000-8000-000000000001', customerName: 'ignored' });
    expect(result.ok && result.value.name).toEqual({ familyName: '张', givenName: '伟', displayName: '张伟' });
    expect(result.ok && result.value.customer).toEqual({ by: 'id', id: '0190f2a0-0000-7000-8000-000000000001' });
  });

  it('CUS-04 DQ-01 reports every problem of a bad row by the column it came from', () => {
    const result = validateContactImportRow({ email: 'not-an-email', phone: '12', customerId: 'acme' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field).sort()).toEqual(['customerId', 'displayName', 'email', 'phone']);
    expect(result.problems.find((p) => p.field === 'email')!.message).toContain('not-an-email');
    const noCustomer = validateContactImportRow({ displayName: '李雷' });
    expect(!noCustomer.ok && noCustomer.problems).toEqual([{ field: 'customerName', message: expect.stringContaining('is required') }]);
  });
});
