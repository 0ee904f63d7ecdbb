import type { ContactName } from '../contacts/contact-name';
import { planMerge, type MergeCandidate, type MergePlan } from './merge-plan';

/** What the merger chooses among for people; the name's parts move together, tags are unioned. */
export const MERGEABLE_CONTACT_FIELDS = ['name', 'jobTitle', 'department', 'birthday', 'profileNotes', 'tags'] as const;
export type MergeableContactField = (typeof MERGEABLE_CONTACT_FIELDS)[number];

export interface ContactMergeValues extends Record<string, unknown> {
  name: ContactName;
  jobTitle: string | null;
  department: string | null;
  birthday: string | null;
  profileNotes: string;
  tags: string[];
}

export interface ContactMergeCandidate extends MergeCandidate<ContactMergeValues> {
  /** Facts marked explicitly unknown on this record (DQ-05). */
  unknownFields: string[];
}

/**
 * DQ-03 for people: the generic plan over the contact's fields, plus the facts still unknown
 * afterwards (marked unknown on any of them and without a value in the result).
 */
export function planContactMerge(
  survivor: ContactMergeCandidate,
  others: ContactMergeCandidate[],
  choices: Partial<Record<string, string>> = {},
): MergePlan<ContactMergeValues> & { unknownFields: string[] } {
  const plan = planMerge(survivor, others, MERGEABLE_CONTACT_FIELDS, choices as Partial<Record<MergeableContactField, string>>, ['tags']);
  const values = plan.values as Record<string, unknown>;
  const unknownFields = [...new Set([survivor, ...others].flatMap((c) => c.unknownFields))].filter((f) => values[f] === null || values[f] === undefined || values[f] === '');
  return { ...plan, unknownFields };
}
