import type { ConsentChannel, ConsentStatus } from '../../gql/graphql';

/** Person fields the merger picks a winner for (the name's parts together); tags are combined. */
export const CONTACT_MERGE_FIELDS = ['name', 'jobTitle', 'department', 'birthday', 'profileNotes'] as const;
export type ContactMergeField = (typeof CONTACT_MERGE_FIELDS)[number];

const STRICTNESS: Record<ConsentStatus, number> = { UNKNOWN: 0, GRANTED: 1, DENIED: 2 };

/** The consent the merged person will have per channel, for the preview: the most restrictive answer (the server also keeps the newest source). */
export function previewConsents(people: readonly { consents: readonly { channel: ConsentChannel; status: ConsentStatus }[] }[]): { channel: ConsentChannel; status: ConsentStatus }[] {
  const best = new Map<ConsentChannel, ConsentStatus>();
  for (const c of people.flatMap((p) => p.consents)) {
    if (STRICTNESS[c.status] >= STRICTNESS[best.get(c.channel) ?? 'UNKNOWN']) best.set(c.channel, c.status);
  }
  return (people[0]?.consents ?? []).map((c) => ({ channel: c.channel, status: best.get(c.channel) ?? 'UNKNOWN' }));
}

