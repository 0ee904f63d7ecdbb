import { toAddressFormValues, toSaveAddressInput } from './address-form';

describe('the address form as API input', () => {
  it('CUS-02 a new address starts as an office address in China and is sent trimmed, blanks as null', () => {
    const values = { ...toAddressFormValues(null), street: '  世纪大道 1 号 ', city: ' 上海 ', province: ' ', postcode: ' 200120 ' };
    expect(toSaveAddressInput('acc-1', null, values)).toEqual({
      accountId: 'acc-1',
      kind: 'OFFICE',
      country: 'CN',
      province: null,
      city: '上海',
      district: null,
      street: '世纪大道 1 号',
      postcode: '200120',
      isPrimary: false,
    });
  });

  it('CUS-02 DQ-04 an edited address keeps its id and kind; a cleared field is cleared, the country upper-cased or CN when blank', () => {
    const address = { id: 'addr-1', kind: 'BILLING' as const, country: 'CN', province: '浙江', city: '杭州', district: '西湖区', street: '文三路 1 号', postcode: '310000', isPrimary: true };
    const values = toAddressFormValues(address);
    expect(values).toEqual({ kind: 'BILLING', country: 'CN', province: '浙江', city: '杭州', district: '西湖区', street: '文三路 1 号', postcode: '310000', isPrimary: true });
    expect(toSaveAddressInput('acc-1', address.id, { ...values, district: '', country: 'hk', postcode: undefined })).toEqual({
      accountId: 'acc-1',
      id: 'addr-1',
      kind: 'BILLING',
      country: 'HK',
      province: '浙江',
      city: '杭州',
      district: null,
      street: '文三路 1 号',
      postcode: null,
      isPrimary: true,
    });
    expect(toSaveAddressInput('acc-1', 'addr-1', { ...values, country: '  ' }).country).toBe('CN');
  });

  it('DQ-01 a blank street is still sent, so the server names input.street', () => {
    expect(toSaveAddressInput('acc-1', undefined, { kind: 'HOME', street: '   ' })).toMatchObject({ street: '', kind: 'HOME' });
    expect(toSaveAddressInput('acc-1', undefined, {})).not.toHaveProperty('id');
  });
});
