import { reviewsInteractions } from './reviewer';

describe('INT-02 who sees the review queue in the menu', () => {
  it('INT-02 a team manager or a customer admin reviews; a rep does not, nor anyone without interaction:edit', () => {
    const rep = { permissions: ['customer:view', 'interaction:*'], roles: [{ dataScope: 'OWN' }] };
    const manager = { permissions: ['customer:*', 'interaction:*'], roles: [{ dataScope: 'SUBTREE' }] };
    const admin = { permissions: ['*:*'], roles: [{ dataScope: 'ALL' }] };
    const customerAdminRep = { permissions: ['customer:admin', 'interaction:edit'], roles: [{ dataScope: 'OWN' }] };
    const viewer = { permissions: ['customer:view', 'interaction:view'], roles: [{ dataScope: 'SUBTREE' }] };
    expect([rep, manager, admin, customerAdminRep, viewer].map(reviewsInteractions)).toEqual([false, true, true, true, false]);
  });
});
