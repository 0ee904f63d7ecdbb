import type { ConsentStatusName } from '../contacts/consent';

export interface ConsentAnswer<D = Date> {
  contactId: string;
  channel: string;
  status: ConsentStatusName;
  source: string | null;
  updatedAt: D;
}

export interface CombinedConsent<D = Date> extends ConsentAnswer<D> {
  /** True when the answer the survivor ends up with is not the one it had. */
  changed: boolean;
}

const STRICTNESS: Record<ConsentStatusName, number> = { unknown: 0, granted: 1, denied: 2 };

/**
 * CUS-06 × DQ-03: the consent a merged person keeps, per channel (ADR 0014). Only explicit answers count
 * ('unknown' never overrides one). The most restrictive answer wins: a "no" given on any of the duplicates
 * stays a "no", because a merge must never widen what may be sent to someone. Among answers of the same
 * strictness the newest wins, with its source and date.
 */
export function combineConsents<D extends Date | string>(survivorId: string, answers: readonly ConsentAnswer<D>[]): CombinedConsent<D>[] {
  const best = new Map<string, ConsentAnswer<D>>();
  for (const answer of answers) {
    if (answer.status === 'unknown') continue;
    const held = best.get(answer.channel);
    if (!held || beats(answer, held, survivorId)) best.set(answer.channel, answer);
  }
  const survivorHad = new Map(answers.filter((a) => a.contactId === survivorId).map((a) => [a.channel, a.status]));
  return [...best.values()].map((a) => ({ ...a, changed: (survivorHad.get(a.channel) ?? 'unknown') !== a.status || a.contactId !== survivorId }));
}

function beats<D extends Date | string>(a: ConsentAnswer<D>, b: ConsentAnswer<D>, survivorId: string): boolean {
  if (STRICTNESS[a.status] !== STRICTNESS[b.status]) return STRICTNESS[a.status] > STRICTNESS[b.status];
  const [ta, tb] = [new Date(a.updatedAt).getTime(), new Date(b.updatedAt).getTime()];
  if (ta !== tb) return ta > tb;
  return a.contactId === survivorId; // same answer, same moment: keep the survivor's own row
}
