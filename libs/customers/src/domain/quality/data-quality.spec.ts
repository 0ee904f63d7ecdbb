import { canChangeStage, stageChangeProblem, STAGE_TRANSITIONS } from '../lifecycle/stage-transitions';
import { tierFor, tierRulesProblems } from '../value/tier';
import { clusterDuplicates, reasonShown } from './duplicate-clusters';
import { partyFacts, settleUnknownFields, unknownFieldProblems } from './unknown-fields';

describe('explicit unknowns (DQ-05)', () => {
  it('DQ-05 a field set to a value leaves the unknown list; blank ones stay unknown', () => {
    expect(settleUnknownFields(['industry', 'taxId'], undefined, { industry: 'Retail', taxId: null })).toEqual(['taxId']);
    expect(settleUnknownFields(['industry'], ['source', 'industry', 'source'], { industry: '', source: null })).toEqual(['industry', 'source']);
    expect(settleUnknownFields(['industry'], [], { industry: null })).toEqual([]);
  });

  it('DQ-05 a field cannot be unknown and have a value at once, and only optional facts can be unknown', () => {
    expect(unknownFieldProblems(['industry'], { industry: 'Retail' })).toEqual([{ field: 'input.industry', message: expect.stringContaining('choose one') }]);
    expect(unknownFieldProblems(['name'], {})).toEqual([{ field: 'input.unknownFields', message: expect.stringContaining('name cannot be marked unknown') }]);
    expect(unknownFieldProblems(['industry', 'creditTermsDays', 'value'], { industry: null })).toEqual([]);
  });

  it('DQ-05 phone, e-mail and address can be unknown only while the customer has none; a phone or address added replaces "unknown"', () => {
    const facts = partyFacts(['mobile', 'wechat'], 0);
    expect(facts).toEqual({ phone: true, email: null, address: null });
    expect(partyFacts(['fax'], 1)).toEqual({ phone: null, email: null, address: true });
    expect(unknownFieldProblems(['email', 'address'], facts)).toEqual([]);
    expect(unknownFieldProblems(['phone'], facts)).toEqual([{ field: 'input.contactPoints', message: 'gives a phone while phone is marked unknown; choose one' }]);
    expect(unknownFieldProblems(['address'], partyFacts([], 2))).toEqual([{ field: 'input.addresses', message: 'gives an address while address is marked unknown; choose one' }]);
    expect(settleUnknownFields(['address', 'email', 'phone'], undefined, partyFacts(['email'], 1))).toEqual(['phone']);
  });
});

describe('lifecycle stages (CUS-07)', () => {
  it('CUS-07 a prospect becomes a customer, a customer goes inactive or churns, a churned one can be won back', () => {
    expect(canChangeStage('prospect', 'customer')).toBe(true);
    expect(canChangeStage('customer', 'inactive')).toBe(true);
    expect(canChangeStage('customer', 'churned')).toBe(true);
    expect(canChangeStage('churned', 'customer')).toBe(true);
    expect(canChangeStage('customer', 'customer')).toBe(true);
  });

  it('CUS-07 impossible moves are refused with the allowed next stages named', () => {
    expect(canChangeStage('prospect', 'inactive')).toBe(false);
    expect(canChangeStage('customer', 'prospect')).toBe(false);
    expect(canChangeStage('customer', 'unknown')).toBe(false);
    expect(stageChangeProblem('customer', 'prospect')).toBe('cannot go from customer to prospect; from customer a customer can become inactive or churned');
    expect(stageChangeProblem('prospect', 'customer')).toBeNull();
  });

  it('CUS-07 no stage leads back to unknown and every stage has a way forward', () => {
    for (const [from, to] of Object.entries(STAGE_TRANSITIONS)) {
      expect(to).not.toContain('unknown');
      expect(to).not.toContain(from);
      expect(to.length).toBeGreaterThan(0);
    }
  });
});

describe('tiers from customer value (CUS-05)', () => {
  const rules = { currency: 'CNY', thresholds: [{ tier: 'C', minMinor: 0n }, { tier: 'A', minMinor: 100_000_000n }, { tier: 'B', minMinor: 10_000_000n }] };

  it('CUS-05 the tier is the highest threshold the value reaches', () => {
    expect(tierFor({ amountMinor: 100_000_000n, currency: 'CNY' }, rules)).toBe('A');
    expect(tierFor({ amountMinor: 99_999_999n, currency: 'CNY' }, rules)).toBe('B');
    expect(tierFor({ amountMinor: 5n, currency: 'CNY' }, rules)).toBe('C');
  });

  it('CUS-05 no tier without rules, without a value, below every threshold or in another currency', () => {
    expect(tierFor({ amountMinor: 5n, currency: 'CNY' }, null)).toBeNull();
    expect(tierFor(null, rules)).toBeNull();
    expect(tierFor({ amountMinor: -1n, currency: 'CNY' }, rules)).toBeNull();
    expect(tierFor({ amountMinor: 999_999_999n, currency: 'USD' }, rules)).toBeNull();
  });

  it('CUS-05 rules naming a tier twice, sharing a threshold or going negative are refused per row', () => {
    const problems = tierRulesProblems({ currency: 'CNY', thresholds: [{ tier: 'A', minMinor: 10n }, { tier: 'A', minMinor: 10n }, { tier: ' ', minMinor: -1n }] });
    expect(problems.map((p) => p.field)).toEqual(['input.thresholds.1.tier', 'input.thresholds.1.minValue', 'input.thresholds.2.tier', 'input.thresholds.2.minValue']);
  });
});

describe('duplicate clusters (DQ-05)', () => {
  it('DQ-05 groups sharing an account join into one cluster with every reason; largest first', () => {
    const clusters = clusterDuplicates([
      { reason: 'SAME_PHONE', key: '+862168881234', accountIds: ['b', 'a'] },
      { reason: 'SAME_COMPANY_NAME', key: '宏达贸易', accountIds: ['c', 'b'] },
      { reason: 'SAME_EMAIL', key: 'x@y.cn', accountIds: ['e', 'd'] },
    ]);
    expect(clusters).toEqual([
      {
        id: 'a',
        accountIds: ['a', 'b', 'c'],
        reasons: [
          { reason: 'SAME_PHONE', key: '+862168881234', accountIds: ['a', 'b'] },
          { reason: 'SAME_COMPANY_NAME', key: '宏达贸易', accountIds: ['b', 'c'] },
        ],
      },
      { id: 'd', accountIds: ['d', 'e'], reasons: [{ reason: 'SAME_EMAIL', key: 'x@y.cn', accountIds: ['d', 'e'] }] },
    ]);
  });

  it('DQ-05 a group of one account is no cluster', () => {
    expect(clusterDuplicates([{ reason: 'SAME_NAME', key: '张伟', accountIds: ['a'] }])).toEqual([]);
  });

  it('DQ-05 similar names join clusters, most similar first, only while the cluster stays within the cap', () => {
    const pair = (a: string, b: string, similarity: number) => ({ a: { id: a, nameKey: `${a} co` }, b: { id: b, nameKey: `${b} co` }, similarity });
    const clusters = clusterDuplicates(
      [{ reason: 'SAME_PHONE', key: '+8613900000000', accountIds: ['a', 'b'] }],
      [pair('b', 'c', 0.9), pair('c', 'd', 0.8), pair('x', 'y', 0.75)],
      3,
    );
    expect(clusters).toEqual([
      {
        id: 'a',
        accountIds: ['a', 'b', 'c'],
        reasons: [
          { reason: 'SAME_PHONE', key: '+8613900000000', accountIds: ['a', 'b'] },
          { reason: 'SIMILAR_NAME', key: 'b co ≈ c co', accountIds: ['b', 'c'] },
        ],
      },
      { id: 'x', accountIds: ['x', 'y'], reasons: [{ reason: 'SIMILAR_NAME', key: 'x co ≈ y co', accountIds: ['x', 'y'] }] },
    ]);
  });

  it('DQ-05 ACC-01 a shared key shows when one of its members is visible, a similar pair only when both are', () => {
    const visible = new Set(['a']);
    expect(reasonShown({ reason: 'SAME_EMAIL', key: 'x@y.cn', accountIds: ['a', 'b'] }, visible)).toBe(true);
    expect(reasonShown({ reason: 'SAME_EMAIL', key: 'z@y.cn', accountIds: ['b', 'c'] }, visible)).toBe(false);
    expect(reasonShown({ reason: 'SIMILAR_NAME', key: 'a ≈ b', accountIds: ['a', 'b'] }, visible)).toBe(false);
    expect(reasonShown({ reason: 'SIMILAR_NAME', key: 'a ≈ b', accountIds: ['a', 'b'] }, new Set(['a', 'b']))).toBe(true);
  });
});
