import type { MatchReason, MatchReasonCode } from '../dedup/match-reasons';

/**
 * Reasons strong enough for a bulk import to treat a row as an existing customer without a person
 * looking: the same normalised e-mail or phone, or the same company name key. A similar name alone is
 * not (杭州导入甲有限公司 and 杭州导入丙有限公司 are trigram-similar and two companies), and neither is a
 * person's name (thousands of people are called 张伟); the interactive duplicate check still shows such
 * candidates to a person, who decides.
 */
export const STRONG_IMPORT_REASONS: ReadonlySet<MatchReasonCode> = new Set<MatchReasonCode>(['SAME_EMAIL', 'SAME_PHONE', 'SAME_COMPANY_NAME']);

export function isStrongDuplicate(candidate: { reasons: MatchReason[] }): boolean {
  return candidate.reasons.some((r) => STRONG_IMPORT_REASONS.has(r.code));
}

/**
 * The report's words for a row skipped as a duplicate of an existing record, the same rule for customers
 * and contacts and the same as DQ-02's interactive check (ADR 0006): a record the importer may see is named;
 * one they may not see is named too (the check returns a hidden candidate's name, so the rep can ask its
 * owner instead of creating a second one) and flagged as hidden, with nothing more of it: no id, no owner,
 * and for a person not the customer they work at.
 */
export function existingDuplicateMessage(record: 'customer' | 'contact', duplicate: { name: string; visible: boolean }, reasons: readonly string[]): string {
  const why = reasons.join(', ');
  return duplicate.visible
    ? `duplicates existing ${record} "${duplicate.name}" (${why}); skipped`
    : `duplicates "${duplicate.name}" (${why}), a ${record} you may not see (ask its owner); skipped`;
}
