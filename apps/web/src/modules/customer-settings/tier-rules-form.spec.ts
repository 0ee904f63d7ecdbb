import { isTierAmount, toTierRulesValues, toTierThresholdsInput } from './tier-rules-form';

describe('tier rules form (CUS-05)', () => {
  it('CUS-05 stored rules show as decimal amounts and go back as minor units, names trimmed', () => {
    const values = toTierRulesValues({ currency: 'CNY', thresholds: [{ tier: 'Gold', minValue: { amountMinor: '100000000', currency: 'CNY' } }] });
    expect(values).toEqual({ currency: 'CNY', thresholds: [{ tier: 'Gold', minValue: '1000000.00' }] });
    expect(toTierThresholdsInput({ currency: 'CNY', thresholds: [{ tier: ' Silver ', minValue: '9999.5' }] })).toEqual([
      { tier: 'Silver', minValue: { amountMinor: '999950', currency: 'CNY' } },
    ]);
  });

  it('CUS-05 no rules is an empty list; amounts must be whole minor units and not negative', () => {
    expect(toTierRulesValues(null)).toEqual({ currency: 'CNY', thresholds: [] });
    expect(isTierAmount('10.5', 'CNY')).toBe(true);
    expect(isTierAmount('10.555', 'CNY')).toBe(false);
    expect(isTierAmount('-1', 'CNY')).toBe(false);
    expect(isTierAmount('abc', 'CNY')).toBe(false);
    expect(isTierAmount('10.5', 'JPY')).toBe(false);
  });
});
