import { canEditInteraction } from './interaction-editing';

describe('canEditInteraction', () => {
  const me = { id: 'u1', permissions: ['interaction:edit'] };

  it('INT-01 the author may edit an interaction not yet reviewed', () => {
    expect(canEditInteraction(me, { author: { id: 'u1' }, reviewedAt: null })).toBe(true);
  });

  it('INT-01 nobody edits a reviewed interaction, someone else’s, or without the permission', () => {
    expect(canEditInteraction(me, { author: { id: 'u1' }, reviewedAt: '2026-01-01T00:00:00Z' })).toBe(false);
    expect(canEditInteraction(me, { author: { id: 'u2' }, reviewedAt: null })).toBe(false);
    expect(canEditInteraction(me, { author: null, reviewedAt: null })).toBe(false);
    expect(canEditInteraction({ id: 'u1', permissions: ['interaction:view'] }, { author: { id: 'u1' }, reviewedAt: null })).toBe(false);
  });
});
