import { companyNameKey, normalizeEmail, normalizePhone, personNameKeys } from './normalize';
import { trigramSimilarity } from './similarity';

/** Why two records look like the same customer; codes are stable, the web app words them. */
export type MatchReasonCode =
  | 'SAME_EMAIL'
  | 'SAME_PHONE'
  | 'SAME_COMPANY_NAME'
  | 'SAME_NAME'
  | 'SAME_NAME_PINYIN'
  | 'SWAPPED_NAME_ORDER'
  | 'SIMILAR_NAME';

export interface MatchReason {
  code: MatchReasonCode;
  /** 0..1: how strongly this reason alone suggests a duplicate. */
  weight: number;
}

export interface DedupProbe {
  kind: 'company' | 'person';
  name: string;
  emails?: string[];
  phones?: string[];
}

const WEIGHTS: Record<MatchReasonCode, number> = {
  SAME_EMAIL: 0.95,
  SAME_PHONE: 0.9,
  SAME_COMPANY_NAME: 0.9,
  SAME_NAME: 0.7,
  SAME_NAME_PINYIN: 0.6,
  SWAPPED_NAME_ORDER: 0.65,
  SIMILAR_NAME: 0.5,
};

/** Below this trigram similarity two names are not called similar. */
export const SIMILAR_NAME_THRESHOLD = 0.45;

const setOf = (values: (string | null)[]) => new Set(values.filter((v): v is string => !!v));

function nameReasons(kind: DedupProbe['kind'], a: string, b: string): MatchReasonCode[] {
  if (kind === 'company') {
    const ka = companyNameKey(a);
    const kb = companyNameKey(b);
    if (ka && ka === kb) return ['SAME_COMPANY_NAME'];
    return trigramSimilarity(ka, kb) >= SIMILAR_NAME_THRESHOLD ? ['SIMILAR_NAME'] : [];
  }
  const pa = personNameKeys(a);
  const pb = personNameKeys(b);
  if (pa.folded === pb.folded) return ['SAME_NAME'];
  if (pa.pinyin && pb.pinyin && pa.pinyin === pb.pinyin) return ['SAME_NAME_PINYIN'];
  if (pa.sortedParts === pb.sortedParts) return ['SWAPPED_NAME_ORDER'];
  return trigramSimilarity(pa.sortedParts, pb.sortedParts) >= SIMILAR_NAME_THRESHOLD ? ['SIMILAR_NAME'] : [];
}

/** Every reason the candidate matches the probe, and a combined score (noisy-or of the weights). */
export function matchReasons(probe: DedupProbe, candidate: DedupProbe): { reasons: MatchReason[]; score: number } {
  const codes: MatchReasonCode[] = [];
  const emails = setOf((probe.emails ?? []).map(normalizeEmail));
  if ((candidate.emails ?? []).some((e) => emails.has(normalizeEmail(e)))) codes.push('SAME_EMAIL');
  const phones = setOf((probe.phones ?? []).map((p) => normalizePhone(p)));
  if ((candidate.phones ?? []).some((p) => phones.has(normalizePhone(p) ?? ''))) codes.push('SAME_PHONE');
  codes.push(...nameReasons(probe.kind, probe.name, candidate.name));

  const reasons = codes.map((code) => ({ code, weight: WEIGHTS[code] }));
  const score = 1 - reasons.reduce((miss, r) => miss * (1 - r.weight), 1);
  return { reasons, score: Math.round(score * 1000) / 1000 };
}
