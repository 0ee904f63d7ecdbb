import { consentAllows, consentsOfEveryChannel } from './consent';
import { contactName, contactNameKeys } from './contact-name';
import { relationshipProblems, seenFrom } from './relationship-rules';

describe('CUS-01 DQ-01 contact names', () => {
  it('CUS-01 composes Chinese names family first without a space, others given name first', () => {
    expect(contactName({ familyName: '张', givenName: '伟' }).name.displayName).toBe('张伟');
    expect(contactName({ familyName: 'Zhang', givenName: 'Wei' }).name.displayName).toBe('Wei Zhang');
    expect(contactName({ familyName: 'Zhang', givenName: 'Wei', displayName: '  Mr.   Zhang ' }).name.displayName).toBe('Mr. Zhang');
  });

  it('DQ-01 refuses a person without any name, naming the family-name field', () => {
    expect(contactName({ givenName: ' ', familyName: '' }).problems).toEqual([
      { field: 'input.familyName', message: 'a family name, a given name or a display name is required' },
    ]);
  });

  it('DQ-02 stores the same keys for 张伟, 張偉, Zhang Wei and Wei Zhang', () => {
    const key = contactNameKeys('张伟').nameKey;
    expect(contactNameKeys('張偉').nameKey).toBe(key);
    expect(contactNameKeys('Zhang Wei').nameKey).toBe(key);
    expect(contactNameKeys('Wei Zhang').nameKey).toBe(key);
    expect(contactNameKeys('张伟').namePinyin).toBe('zhangwei');
  });
});

describe('CUS-06 consent', () => {
  it('CUS-06 a denied channel is refused for every purpose', () => {
    expect(consentAllows('denied', 'marketing')).toBe(false);
    expect(consentAllows('denied', 'service')).toBe(false);
  });

  it('CUS-06 an unknown channel may serve the person but not market to them', () => {
    expect(consentAllows('unknown', 'service')).toBe(true);
    expect(consentAllows('unknown', 'marketing')).toBe(false);
    expect(consentAllows('granted', 'marketing')).toBe(true);
  });

  it('CUS-06 DQ-05 lists every channel, explicit unknown where nothing was recorded', () => {
    const all = consentsOfEveryChannel([{ channel: 'email', status: 'denied', source: 'call', updatedAt: 1 }]);
    expect(all.map((c) => `${c.channel}:${c.status}`)).toEqual(['phone:unknown', 'email:denied', 'sms:unknown', 'wechat:unknown', 'mail:unknown', 'visit:unknown']);
  });
});

describe('DQ-06 relationship rules', () => {
  it('DQ-06 refuses a self-link but allows an account and a contact sharing nothing', () => {
    expect(relationshipProblems({ type: 'contact', id: 'x' }, { type: 'contact', id: 'x' })).toEqual([{ field: 'input.toId', message: 'a record cannot be related to itself' }]);
    expect(relationshipProblems({ type: 'contact', id: 'x' }, { type: 'account', id: 'x' })).toEqual([]);
  });

  it('DQ-06 reads a relationship from either end', () => {
    const r = { id: 'r', fromType: 'contact' as const, fromId: 'c', toType: 'account' as const, toId: 'a' };
    expect(seenFrom(r, { type: 'contact', id: 'c' })).toEqual({ direction: 'outgoing', other: { type: 'account', id: 'a' } });
    expect(seenFrom(r, { type: 'account', id: 'a' })).toEqual({ direction: 'incoming', other: { type: 'contact', id: 'c' } });
  });
});
