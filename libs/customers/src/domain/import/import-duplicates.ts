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
