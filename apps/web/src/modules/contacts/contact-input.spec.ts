import { composeName, contactCandidates, toCreateContactInput, toUpdateContactInput } from './contact-input';

describe('contact form (CUS-01, DQ-02)', () => {
  it('CUS-01 sends trimmed names and keeps contact-point rows in place so server errors land on them', () => {
    expect(toCreateContactInput('acc', { familyName: ' 张 ', givenName: '伟', contactPoints: [{ kind: 'MOBILE', value: ' 139 ' }, { kind: 'EMAIL' }] })).toEqual({
      accountId: 'acc',
      familyName: '张',
      givenName: '伟',
      displayName: null,
      jobTitle: null,
      department: null,
      contactPoints: [
        { kind: 'MOBILE', value: '139' },
        { kind: 'EMAIL', value: '' },
      ],
    });
    expect(toCreateContactInput('acc', { familyName: 'x' }, true).allowDuplicate).toBe(true);
  });

  it('CUS-01 lets the server recompose a display name that only repeated the name parts', () => {
    const contact = { id: 'c', version: 3, familyName: '张', givenName: '伟', displayName: '张伟' };
    expect(toUpdateContactInput(contact, { familyName: '章', givenName: '伟', displayName: '张伟' }).displayName).toBeNull();
    expect(toUpdateContactInput(contact, { familyName: '张', givenName: '伟', displayName: '伟哥' }).displayName).toBe('伟哥');
    expect(composeName('Zhang', 'Wei')).toBe('Wei Zhang');
  });

  it('DQ-02 reads the candidates of a refused save', () => {
    const error = { graphQLErrors: [{ message: 'dup', extensions: { code: 'DUPLICATE_SUSPECTED', candidates: [{ contactId: 'c1', name: '张伟', accountName: null, score: 0.7, visible: false, reasons: [{ code: 'SAME_NAME', weight: 0.7 }] }, { bad: true }] } }] };
    expect(contactCandidates(error)).toEqual([{ contactId: 'c1', name: '张伟', accountName: null, score: 0.7, visible: false, reasons: ['SAME_NAME'] }]);
  });
});
