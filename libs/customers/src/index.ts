export { companyNameKey, foldText, normalizeEmail, normalizePhone, personNameKeys } from './domain/dedup/normalize';
export type { PersonNameKeys } from './domain/dedup/normalize';
export { matchReasons, SIMILAR_NAME_THRESHOLD } from './domain/dedup/match-reasons';
export type { DedupProbe, MatchReason, MatchReasonCode } from './domain/dedup/match-reasons';
export { trigramSimilarity } from './domain/dedup/similarity';
export { customersDatabaseParts } from './infrastructure/database-parts';
