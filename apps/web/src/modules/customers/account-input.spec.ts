import { duplicateCandidates, toCreateAccountInput, toDuplicateCheckInput } from './account-input';

describe('the customer form as API input', () => {
  it('CUS-01 trims text, drops empty optional facts and keeps list rows in place', () => {
    const input = toCreateAccountInput({
      kind: 'COMPANY',
      name: '  杭州远景贸易有限公司 ',
      industry: ' ',
      website: 'https://yuanjing.example.cn',
      tags: ['vip', ' '],
      contactPoints: [{ kind: 'MOBILE', value: ' 139 1234 5678 ' }, { kind: 'EMAIL' }],
      addresses: [{ kind: 'OFFICE', street: '世纪大道 1 号', country: 'cn' }],
    });
    expect(input).toEqual({
      kind: 'COMPANY',
      name: '杭州远景贸易有限公司',
      lifecycleStage: undefined,
      industry: undefined,
      source: undefined,
      website: 'https://yuanjing.example.cn',
      tags: ['vip'],
      contactPoints: [
        { kind: 'MOBILE', value: '139 1234 5678' },
        { kind: 'EMAIL', value: '' },
      ],
      addresses: [{ kind: 'OFFICE', street: '世纪大道 1 号', city: undefined, postcode: undefined, country: 'CN' }],
    });
    expect(toCreateAccountInput({ kind: 'INDIVIDUAL', name: 'Li Na' }, true)).toMatchObject({ allowDuplicate: true });
  });

  it('DQ-02 the duplicate check gets the name with the phones and e-mails entered so far', () => {
    expect(toDuplicateCheckInput({ kind: 'COMPANY', name: ' ' })).toBeUndefined();
    expect(
      toDuplicateCheckInput({
        kind: 'COMPANY',
        name: '远景',
        contactPoints: [{ kind: 'MOBILE', value: '139' }, { kind: 'EMAIL', value: 'a@b.cn' }, { kind: 'WECHAT', value: 'x' }, { kind: 'PHONE' }],
      }),
    ).toEqual({ kind: 'COMPANY', name: '远景', phones: ['139'], emails: ['a@b.cn'] });
  });

  it('DQ-02 the candidates of a refused create are read from extensions.candidates, malformed ones skipped', () => {
    const error = {
      graphQLErrors: [
        {
          message: 'dup',
          extensions: {
            code: 'DUPLICATE_SUSPECTED',
            candidates: [{ accountId: 'a1', name: '杭州远景贸易有限公司', ownerId: 'u1', score: 0.9, visible: true, reasons: [{ code: 'SAME_COMPANY_NAME', weight: 0.9 }] }, { name: 'no id' }],
          },
        },
      ],
      networkError: null,
    };
    expect(duplicateCandidates(error)).toEqual([
      { accountId: 'a1', name: '杭州远景贸易有限公司', ownerId: 'u1', score: 0.9, visible: true, reasons: [{ code: 'SAME_COMPANY_NAME', weight: 0.9 }] },
    ]);
    expect(duplicateCandidates(new Error('x'))).toEqual([]);
  });
});
