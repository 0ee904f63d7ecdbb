import { displayValue, toEditValues, toUpdateAccountInput, type EditableAccount } from './account-edit';

const account: EditableAccount = {
  id: 'a1',
  version: 4,
  name: '上海宏达贸易有限公司',
  lifecycleStage: 'CUSTOMER',
  industry: '批发贸易',
  source: null,
  website: null,
  taxId: '91310000MA1FL0000X',
  creditTermsDays: 30,
  tier: null,
  tags: ['vip'],
  notes: '',
};

describe('the customer edit form', () => {
  it('CUS-01 DQ-04 unchanged fields are not sent, so an untouched protected field never asks for approval; the version always is', () => {
    expect(toUpdateAccountInput(account, toEditValues(account))).toEqual({ id: 'a1', version: 4 });
    const input = toUpdateAccountInput(account, { ...toEditValues(account), creditTermsDays: 60, industry: '  ', tags: ['vip', ' 华东 '] });
    expect(input).toEqual({ id: 'a1', version: 4, creditTermsDays: 60, industry: null, tags: ['vip', '华东'] });
  });

  it('DQ-02 "save anyway" sends allowDuplicate with the rename', () => {
    expect(toUpdateAccountInput(account, { ...toEditValues(account), name: ' 上海宏达贸易股份有限公司 ' }, true)).toEqual({
      id: 'a1',
      version: 4,
      name: '上海宏达贸易股份有限公司',
      allowDuplicate: true,
    });
  });

  it('CUS-02 DQ-05 phones and e-mails go as the whole list when a row changed, keeping labels; a phone given replaces "phone unknown"', () => {
    const withPoints: EditableAccount = {
      ...account,
      contactPoints: [{ kind: 'MOBILE', value: '13900139000', label: '销售', isPrimary: true }],
      unknownFields: ['email', 'address'],
      addresses: [],
    };
    const values = toEditValues(withPoints);
    expect(toUpdateAccountInput(withPoints, values)).toEqual({ id: 'a1', version: 4 });
    const edited = toUpdateAccountInput(withPoints, {
      ...values,
      contactPoints: [...values.contactPoints!, { kind: 'EMAIL', value: ' info@hongda.example.com ' }],
      unknown: { ...values.unknown, phone: true },
    });
    expect(edited).toEqual({
      id: 'a1',
      version: 4,
      unknownFields: ['address'],
      contactPoints: [
        { kind: 'MOBILE', value: '13900139000', label: '销售', isPrimary: true },
        { kind: 'EMAIL', value: 'info@hongda.example.com', label: null, isPrimary: false },
      ],
    });
    // an address on the page: "address unknown" cannot stay
    expect(toUpdateAccountInput({ ...withPoints, addresses: [{}] }, values).unknownFields).toEqual(['email']);
  });

  it('DQ-04 requested values read as text: JSON strings bare, null as a dash', () => {
    expect(displayValue('"91310000MA1FL0000X"')).toBe('91310000MA1FL0000X');
    expect(displayValue('90')).toBe('90');
    expect(displayValue(null)).toBe('—');
    expect(displayValue('null')).toBe('—');
    expect(displayValue('["a","b"]')).toBe('a, b');
  });
});
