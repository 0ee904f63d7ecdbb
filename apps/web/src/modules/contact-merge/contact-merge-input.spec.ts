import { choiceList, defaultChoices } from '../customers/merge-input';
import { CONTACT_MERGE_FIELDS, previewConsents } from './contact-merge-input';

describe('merging people in the web client', () => {
  it('DQ-03 the survivor’s values win by default; an empty one goes to the other person', () => {
    const a = { id: 'a', name: '李娜', jobTitle: '采购经理', department: null, birthday: null, profileNotes: '' };
    const b = { id: 'b', name: '李娜', jobTitle: '经理', department: '采购部', birthday: '1990-05-01', profileNotes: '喜欢喝茶' };
    const choices = defaultChoices([a, b], 'a', CONTACT_MERGE_FIELDS);
    expect(choices).toEqual({ name: 'a', jobTitle: 'a', department: 'b', birthday: 'b', profileNotes: 'b' });
    expect(choiceList(choices, CONTACT_MERGE_FIELDS)).toContainEqual({ field: 'department', fromId: 'b' });
  });

  it('CUS-06 DQ-03 the consent preview shows the most restrictive answer per channel', () => {
    const preview = previewConsents([
      { consents: [{ channel: 'EMAIL', status: 'GRANTED' }, { channel: 'SMS', status: 'UNKNOWN' }, { channel: 'PHONE', status: 'UNKNOWN' }] },
      { consents: [{ channel: 'EMAIL', status: 'DENIED' }, { channel: 'SMS', status: 'GRANTED' }, { channel: 'PHONE', status: 'UNKNOWN' }] },
    ]);
    expect(preview).toEqual([
      { channel: 'EMAIL', status: 'DENIED' },
      { channel: 'SMS', status: 'GRANTED' },
      { channel: 'PHONE', status: 'UNKNOWN' },
    ]);
  });
});
