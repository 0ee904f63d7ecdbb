import { automaticStage, lifecycleCutoffs, lifecycleThresholdProblems, monthsBefore } from './automatic-stage';

const NOW = new Date('2026-11-23T02:30:00Z');
const at = (iso: string) => new Date(iso);

describe('automatic lifecycle stages (CUS-07)', () => {
  const cutoffs = lifecycleCutoffs(NOW, { inactiveAfterMonths: 12, churnedAfterMonths: 24 });

  it('CUS-07 a customer quiet for longer than the inactive threshold becomes inactive, past the churn threshold churned', () => {
    expect(automaticStage('customer', at('2025-11-22T00:00:00Z'), cutoffs)).toBe('inactive');
    expect(automaticStage('customer', at('2024-11-22T00:00:00Z'), cutoffs)).toBe('churned');
    expect(automaticStage('inactive', at('2024-11-22T00:00:00Z'), cutoffs)).toBe('churned');
  });

  it('CUS-07 a customer with an interaction within the threshold stays; an inactive one not yet past churn stays', () => {
    expect(automaticStage('customer', at('2025-11-24T00:00:00Z'), cutoffs)).toBeNull();
    expect(automaticStage('customer', at('2026-11-01T00:00:00Z'), cutoffs)).toBeNull();
    expect(automaticStage('inactive', at('2025-06-01T00:00:00Z'), cutoffs)).toBeNull();
  });

  it('CUS-07 prospects, churned and unsettled accounts are never moved; nothing moves back', () => {
    const old = at('2020-01-01T00:00:00Z');
    expect(automaticStage('prospect', old, cutoffs)).toBeNull();
    expect(automaticStage('churned', old, cutoffs)).toBeNull();
    expect(automaticStage('unknown', old, cutoffs)).toBeNull();
    expect(automaticStage('inactive', at('2026-11-22T00:00:00Z'), cutoffs)).toBeNull();
  });

  it('CUS-07 without a churn threshold customers only go inactive; with detection off nothing moves', () => {
    const noChurn = lifecycleCutoffs(NOW, { inactiveAfterMonths: 6, churnedAfterMonths: null });
    expect(automaticStage('customer', at('2010-01-01T00:00:00Z'), noChurn)).toBe('inactive');
    expect(automaticStage('inactive', at('2010-01-01T00:00:00Z'), noChurn)).toBeNull();
    const off = lifecycleCutoffs(NOW, { inactiveAfterMonths: null, churnedAfterMonths: null });
    expect(automaticStage('customer', at('2010-01-01T00:00:00Z'), off)).toBeNull();
  });

  it('CUS-07 months are calendar months, the day clamped to the month end', () => {
    expect(monthsBefore(at('2026-03-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(monthsBefore(at('2026-11-23T02:30:00Z'), 12).toISOString()).toBe('2025-11-23T02:30:00.000Z');
    expect(monthsBefore(at('2024-02-29T00:00:00Z'), 12).toISOString()).toBe('2023-02-28T00:00:00.000Z');
    expect(monthsBefore(at('2026-01-15T00:00:00Z'), 14).toISOString()).toBe('2024-11-15T00:00:00.000Z');
  });

  it('CUS-07 thresholds are whole months in range, churned after inactive, and each problem names its field', () => {
    expect(lifecycleThresholdProblems({ inactiveAfterMonths: 12, churnedAfterMonths: 24 })).toEqual([]);
    expect(lifecycleThresholdProblems({ inactiveAfterMonths: null, churnedAfterMonths: null })).toEqual([]);
    expect(lifecycleThresholdProblems({ inactiveAfterMonths: 0, churnedAfterMonths: null }).map((p) => p.field)).toEqual(['input.inactiveAfterMonths']);
    expect(lifecycleThresholdProblems({ inactiveAfterMonths: 1.5, churnedAfterMonths: null }).map((p) => p.field)).toEqual(['input.inactiveAfterMonths']);
    expect(lifecycleThresholdProblems({ inactiveAfterMonths: 12, churnedAfterMonths: 12 })).toEqual([{ field: 'input.churnedAfterMonths', message: expect.stringContaining('more than inactiveAfterMonths') }]);
    expect(lifecycleThresholdProblems({ inactiveAfterMonths: null, churnedAfterMonths: 24 })).toEqual([{ field: 'input.churnedAfterMonths', message: expect.stringContaining('needs inactiveAfterMonths') }]);
    expect(lifecycleThresholdProblems({ inactiveAfterMonths: 12, churnedAfterMonths: 121 }).map((p) => p.field)).toEqual(['input.churnedAfterMonths']);
  });
});
