import { combineConsents, type ConsentAnswer } from './consent-merge';
import { planContactMerge, type ContactMergeCandidate } from './contact-merge-plan';
import { MergePlanError } from './merge-plan';

const person = (id: string, values: Partial<ContactMergeCandidate['values']>, unknownFields: string[] = []): ContactMergeCandidate => ({
  id,
  unknownFields,
  values: {
    name: { givenName: '伟', familyName: '张', displayName: '张伟' },
    jobTitle: null,
    department: null,
    birthday: null,
    profileNotes: '',
    tags: [],
    ...values,
  },
});

describe('DQ-03 contact merge plan', () => {
  const a = person('a', { jobTitle: '总经理', tags: ['vip'] }, ['birthday', 'department']);
  const b = person('b', { name: { givenName: 'Wei', familyName: 'Zhang', displayName: 'Wei Zhang' }, department: '销售部', jobTitle: 'CEO', tags: ['north', 'vip'] });

  it('DQ-03 keeps the survivor’s values, fills its blanks from the duplicate, unions tags and explains each field', () => {
    const plan = planContactMerge(a, [b]);
    expect(plan.values).toMatchObject({ name: { displayName: '张伟' }, jobTitle: '总经理', department: '销售部', tags: ['vip', 'north'] });
    expect(plan.provenance).toContainEqual({ field: 'department', fromId: 'b', value: '销售部' });
    expect(plan.provenance).toContainEqual({ field: 'jobTitle', fromId: 'a', value: '总经理' });
  });

  it('DQ-03 the name’s parts move together when the user picks the other record’s name', () => {
    const plan = planContactMerge(a, [b], { name: 'b', jobTitle: 'b' });
    expect(plan.values.name).toEqual({ givenName: 'Wei', familyName: 'Zhang', displayName: 'Wei Zhang' });
    expect(plan.values.jobTitle).toBe('CEO');
  });

  it('DQ-03 DQ-05 a fact stays "unknown" only while the merged person still has no value for it', () => {
    expect(planContactMerge(a, [b]).unknownFields).toEqual(['birthday']);
    expect(planContactMerge(b, [a]).unknownFields).toEqual(['birthday']);
  });

  it('DQ-03 refuses a field that cannot be chosen and a record outside the merge, naming the input', () => {
    const field = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof MergePlanError ? e.field : 'other';
      }
      return 'none';
    };
    expect(field(() => planContactMerge(a, [b], { ownerId: 'b' }))).toBe('fieldChoices');
    expect(field(() => planContactMerge(a, [b], { jobTitle: 'c' }))).toBe('choices.jobTitle');
    expect(field(() => planContactMerge(a, [a]))).toBe('mergedIds');
  });
});

describe('CUS-06 DQ-03 consents of merged people', () => {
  const at = (iso: string) => new Date(iso);
  const answer = (contactId: string, channel: string, status: ConsentAnswer['status'], when: string, source = 'form'): ConsentAnswer => ({
    contactId,
    channel,
    status,
    source,
    updatedAt: at(when),
  });
  const byChannel = (list: ReturnType<typeof combineConsents<Date>>) => Object.fromEntries(list.map((c) => [c.channel, c]));

  it('CUS-06 DQ-03 a "no" on either record stays a "no", even when the other said "yes" later', () => {
    const out = byChannel(combineConsents('s', [answer('s', 'email', 'granted', '2026-05-01'), answer('d', 'email', 'denied', '2024-01-01', 'unsubscribe link')]));
    expect(out.email).toMatchObject({ status: 'denied', contactId: 'd', source: 'unsubscribe link', changed: true });
  });

  it('CUS-06 DQ-03 among equal answers the newest wins; an explicit answer beats "unknown"; the survivor’s unchanged answer is not a change', () => {
    const out = byChannel(
      combineConsents('s', [
        answer('s', 'phone', 'granted', '2025-01-01', 'call'),
        answer('d', 'phone', 'granted', '2026-01-01', 'visit'),
        answer('s', 'sms', 'unknown', '2026-06-01'),
        answer('d', 'sms', 'granted', '2025-06-01'),
        answer('s', 'wechat', 'denied', '2025-01-01'),
      ]),
    );
    expect(out.phone).toMatchObject({ status: 'granted', source: 'visit', contactId: 'd', changed: true });
    expect(out.sms).toMatchObject({ status: 'granted', contactId: 'd' });
    expect(out.wechat).toMatchObject({ status: 'denied', contactId: 's', changed: false });
    expect(out.mail).toBeUndefined(); // nobody answered: stays unknown
  });
});
