import { displayValue, toEditValues, toUpdateAccountInput, type EditableAccount } from '../customers/account-edit';
import { toCreateAccountInput } from '../customers/account-input';
import { formatMoney, fromMinorUnits, toMinorUnits } from './money';
import { flagsOf, listOf, sameList } from './unknown-fields';

describe('money in the forms (CUS-07)', () => {
  it('CUS-07 amounts become whole minor units by string arithmetic, never floats', () => {
    expect(toMinorUnits('1234.5', 'CNY')).toBe('123450');
    expect(toMinorUnits('0.07', 'CNY')).toBe('7');
    expect(toMinorUnits('12', 'JPY')).toBe('12');
    expect(toMinorUnits('90071992547409931.23', 'CNY')).toBe('9007199254740993123');
    expect(toMinorUnits('1.234', 'CNY')).toBeNull();
    expect(toMinorUnits('1.5', 'JPY')).toBeNull();
    expect(toMinorUnits('abc', 'CNY')).toBeNull();
  });

  it('CUS-07 minor units read back as the decimal amount and format in the reader’s language', () => {
    expect(fromMinorUnits('123450', 'CNY')).toBe('1234.50');
    expect(fromMinorUnits('7', 'CNY')).toBe('0.07');
    expect(fromMinorUnits('-7', 'CNY')).toBe('-0.07');
    expect(fromMinorUnits('12', 'JPY')).toBe('12');
    expect(formatMoney({ amountMinor: '128000000', currency: 'CNY' }, 'en')).toBe('CN¥1,280,000.00');
  });
});

describe('unknown flags (DQ-05)', () => {
  it('DQ-05 the unknown list and the form’s checkboxes map both ways, ignoring names the form does not know', () => {
    expect(flagsOf(['industry', 'taxId', 'somethingElse'])).toEqual({ industry: true, taxId: true });
    expect(listOf({ taxId: true, industry: true, source: false })).toEqual(['industry', 'taxId']);
    expect(sameList(['b', 'a'], ['a', 'b'])).toBe(true);
    expect(sameList(['a'], [])).toBe(false);
  });
});

describe('the customer forms with unknowns and value (DQ-05, CUS-07)', () => {
  const account: EditableAccount = {
    id: 'a1',
    version: 2,
    name: 'Unknowns Ltd',
    lifecycleStage: 'PROSPECT',
    industry: 'Retail',
    source: null,
    website: null,
    taxId: null,
    creditTermsDays: null,
    tier: null,
    tags: [],
    notes: '',
    unknownFields: ['source'],
    value: { amountMinor: '123450', currency: 'CNY' },
  };

  it('DQ-05 ticking "unknown" clears the value and sends the whole unknown list; untouched, nothing is sent', () => {
    const values = toEditValues(account);
    expect(values).toMatchObject({ unknown: { source: true }, valueAmount: '1234.50', valueCurrency: 'CNY' });
    expect(toUpdateAccountInput(account, values)).toEqual({ id: 'a1', version: 2 });
    expect(toUpdateAccountInput(account, { ...values, unknown: { source: true, industry: true } })).toEqual({ id: 'a1', version: 2, industry: null, unknownFields: ['industry', 'source'] });
    expect(toUpdateAccountInput(account, { ...values, unknown: {}, source: 'Fair' })).toEqual({ id: 'a1', version: 2, source: 'Fair', unknownFields: [] });
  });

  it('CUS-07 a changed value goes as minor units; an emptied one clears it', () => {
    expect(toUpdateAccountInput(account, { ...toEditValues(account), valueAmount: '2000' })).toEqual({ id: 'a1', version: 2, value: { amountMinor: '200000', currency: 'CNY' } });
    expect(toUpdateAccountInput(account, { ...toEditValues(account), valueAmount: '' })).toEqual({ id: 'a1', version: 2, value: null });
  });

  it('DQ-05 the create form sends unknown facts as a list and never their text', () => {
    const input = toCreateAccountInput({ kind: 'COMPANY', name: 'New Co', industry: 'typed before ticking', source: 'Fair', unknown: { industry: true } });
    expect(input).toMatchObject({ industry: undefined, source: 'Fair', unknownFields: ['industry'] });
  });
});

describe('billing address changes waiting for approval (DQ-04)', () => {
  it('DQ-04 a requested address reads as one line; a removed one as a dash', () => {
    expect(displayValue(JSON.stringify({ id: 'x', kind: 'billing', street: '新地址路 99 号', city: '杭州', province: null, postcode: '310000', country: 'CN' }))).toBe('新地址路 99 号, 杭州, 310000, CN');
    expect(displayValue('null')).toBe('—');
  });
});
