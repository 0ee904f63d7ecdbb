import type { FieldProblem } from '@crm/platform';

export const RELATIONSHIP_ROLES = ['decision_maker', 'influencer', 'partner', 'referred_by', 'parent_company', 'employee', 'other'] as const;
export type RelationshipRoleName = (typeof RELATIONSHIP_ROLES)[number];

export interface PartyRef {
  type: 'account' | 'contact';
  id: string;
}

/** DQ-06: a relationship links two different parties; "from is <role> of to" (张伟 is decision maker at 宏达). */
export function relationshipProblems(from: PartyRef, to: PartyRef, path = 'input'): FieldProblem[] {
  if (from.type === to.type && from.id === to.id) return [{ field: `${path}.toId`, message: 'a record cannot be related to itself' }];
  return [];
}

export type RelationshipDirection = 'outgoing' | 'incoming';

export interface StoredRelationship {
  id: string;
  fromType: PartyRef['type'];
  fromId: string;
  toType: PartyRef['type'];
  toId: string;
}

/** The relationship as seen from one party: which way it points and who is at the other end. */
export function seenFrom<R extends StoredRelationship>(relationship: R, party: PartyRef): { direction: RelationshipDirection; other: PartyRef } {
  const outgoing = relationship.fromType === party.type && relationship.fromId === party.id;
  return outgoing
    ? { direction: 'outgoing', other: { type: relationship.toType, id: relationship.toId } }
    : { direction: 'incoming', other: { type: relationship.fromType, id: relationship.fromId } };
}
