import { In } from 'typeorm';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { paginate, SortColumn } from '@crm/platform';
import { ContactPointEntity, type PartyType } from '../../infrastructure/contact-point.entity';
import { EXPORT_BATCH } from './tabular-export';

/** One keyset batch of a list's own (already visibility-filtered) query, and the cursor of the next (null: last). */
export async function exportPage<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, orderBy: SortColumn[], after: string | null): Promise<{ nodes: E[]; next: string | null }> {
  const page = await paginate(qb, { first: EXPORT_BATCH, after, orderBy, maxPageSize: EXPORT_BATCH, withTotalCount: false });
  return { nodes: page.edges.map((e) => e.node), next: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null };
}

/** The phones, e-mails and handles of these parties, primary first, by party id. */
export async function contactPointsByParty(em: EntityManager, partyType: PartyType, ids: string[]): Promise<Map<string, ContactPointEntity[]>> {
  const byParty = new Map<string, ContactPointEntity[]>();
  if (ids.length === 0) return byParty;
  const points = await em.find(ContactPointEntity, { where: { partyType, partyId: In(ids) }, order: { isPrimary: 'DESC' } });
  for (const p of points) byParty.set(p.partyId, [...(byParty.get(p.partyId) ?? []), p]);
  return byParty;
}

/** The first (primary) point of each kind as a cell, in the kinds' order; every other point as `kind: value; …`. */
export function contactPointCells(points: ContactPointEntity[], kinds: readonly string[]): { cells: string[]; others: string } {
  const shown = new Set<ContactPointEntity>();
  const cells = kinds.map((kind) => {
    const point = points.find((p) => p.kind === kind);
    if (point) shown.add(point);
    return point?.value ?? '';
  });
  const others = points.filter((p) => !shown.has(p)).map((p) => `${p.kind}: ${p.value}`).join('; ');
  return { cells, others };
}
