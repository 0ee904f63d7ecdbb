import { parseValue } from 'graphql';
import { EmailScalar } from './email.scalar';
import { MoneyScalar } from './money.scalar';
import { PhoneScalar } from './phone.scalar';

const literal = (source: string) => parseValue(source);

describe('Email scalar', () => {
  it('PLT-05 lower-cases and trims an address on input, from variables and literals', () => {
    expect(EmailScalar.parseValue('  Li.Wei@Example.COM ')).toBe('li.wei@example.com');
    expect(EmailScalar.parseLiteral(literal('"Li.Wei@Example.COM"'))).toBe('li.wei@example.com');
  });

  it('PLT-05 refuses text that is not an e-mail address', () => {
    expect(() => EmailScalar.parseValue('not-an-email')).toThrow(/email/i);
    expect(() => EmailScalar.parseLiteral(literal('42'))).toThrow();
  });

  it('PLT-05 is named Email in the schema', () => {
    expect(EmailScalar.name).toBe('Email');
  });
});

describe('Phone scalar', () => {
  it.each([
    ['13812345678', '+8613812345678'],
    ['138-1234-5678', '+8613812345678'],
    ['(010) 6552 9988', '+861065529988'],
    ['+86 138 1234 5678', '+8613812345678'],
    ['+1 (415) 555-2671', '+14155552671'],
  ])('PLT-05 reads %s as %s', (input, e164) => {
    expect(PhoneScalar.parseValue(input)).toBe(e164);
  });

  it('PLT-05 refuses numbers that cannot exist', () => {
    expect(() => PhoneScalar.parseValue('12345')).toThrow(/not a valid phone number/);
    expect(() => PhoneScalar.parseValue(13812345678)).toThrow(/must be a string/);
  });

  it('PLT-05 outputs E.164', () => {
    expect(PhoneScalar.serialize('+86 138 1234 5678')).toBe('+8613812345678');
  });
});

describe('Money scalar', () => {
  it('PLT-05 reads integer minor units with an ISO 4217 currency, as bigint', () => {
    expect(MoneyScalar.parseValue({ amountMinor: '12345', currency: 'CNY' })).toEqual({ amountMinor: 12345n, currency: 'CNY' });
    expect(MoneyScalar.parseValue({ amountMinor: '-900719925474099312345', currency: 'USD' })).toEqual({
      amountMinor: -900719925474099312345n,
      currency: 'USD',
    });
    expect(MoneyScalar.parseLiteral(literal('{amountMinor: "500", currency: "EUR"}'))).toEqual({ amountMinor: 500n, currency: 'EUR' });
  });

  it.each([
    [{ amountMinor: '123.45', currency: 'CNY' }, /whole number of minor units/],
    [{ amountMinor: 123.45, currency: 'CNY' }, /whole number of minor units/],
    [{ amountMinor: '1e5', currency: 'CNY' }, /whole number of minor units/],
    [{ amountMinor: '100', currency: 'cny' }, /ISO 4217 code in capitals/],
    [{ amountMinor: '100', currency: 'XYZ' }, /not an ISO 4217 currency/],
    [{ amountMinor: '100' }, /ISO 4217/],
    [{ amountMinor: '100', currency: 'CNY', rate: 1 }, /unknown field rate/],
    ['100 CNY', /expected an object/],
  ])('PLT-05 refuses %j with a clear message', (value, message) => {
    expect(() => MoneyScalar.parseValue(value)).toThrow(message);
  });

  it('PLT-05 writes the amount as a string so no client reads it as a float', () => {
    expect(MoneyScalar.serialize({ amountMinor: 12345n, currency: 'CNY' })).toEqual({ amountMinor: '12345', currency: 'CNY' });
    expect(MoneyScalar.serialize({ amountMinor: '99', currency: 'JPY' })).toEqual({ amountMinor: '99', currency: 'JPY' });
  });
});
