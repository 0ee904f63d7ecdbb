import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditLogEntity, can } from '@crm/platform';
import { isoMicros, TimelineEntry } from '../../domain/timeline/timeline';
import { DocumentEntity } from '../../infrastructure/document.entity';
import { INTERACTION_KINDS, InteractionEntity } from '../../infrastructure/interaction.entity';
import { DOCUMENT_RECORD } from '../documents/document.service';
import { INTERACTION_RECORD } from '../interactions/interaction.service';
import { CUSTOMER_RECORD } from '../visible-accounts';
import { seekBefore, TimelineProvider, TimelineSlice } from './timeline-registry';

type Raw = Record<string, string | null>;

/** Narrows a query to the slice's kinds (when the kind is a column) and applies the keyset. */
function sliced<E extends object>(qb: SelectQueryBuilder<E>, slice: TimelineSlice, source: string, time: string, id: string, kindColumn?: string): SelectQueryBuilder<E> {
  if (kindColumn && slice.kinds) qb.andWhere(`${kindColumn} IN (:...kinds)`, { kinds: [...slice.kinds] });
  const seek = seekBefore(time, id, source, slice.before, 'seek');
  return qb
    .andWhere(seek.sql, seek.params)
    .orderBy(time, 'DESC')
    .addOrderBy(id, 'DESC')
    .limit(slice.limit);
}

/** INT-01: calls, e-mails, meetings, visits, notes, web, fax and partner contacts. */
@Injectable()
export class InteractionTimelineProvider implements TimelineProvider {
  readonly source = 'customers.interaction';
  readonly kinds = INTERACTION_KINDS;

  private base(em: EntityManager, slice: Pick<TimelineSlice, 'accountId'>): SelectQueryBuilder<InteractionEntity> {
    return em.getRepository(InteractionEntity).createQueryBuilder('i').where('i.account_id = :account', { account: slice.accountId });
  }

  async entries(em: EntityManager, slice: TimelineSlice): Promise<TimelineEntry[]> {
    if (!can(slice.principal, INTERACTION_RECORD, 'view')) return [];
    const rows: Raw[] = await sliced(this.base(em, slice), slice, this.source, 'i.occurred_at', 'i.id', 'i.kind')
      .select(['i.id AS id', 'i.kind AS kind', 'i.occurred_at AS occurred_at', 'i.subject AS subject', 'i.summary AS summary', 'i.owner_id AS owner_id'])
      .addSelect(isoMicros('i.occurred_at'), 'at')
      .getRawMany();
    return rows.map((r) => ({
      id: `${this.source}:${r.id}`,
      kind: r.kind as string,
      occurredAt: new Date(r.occurred_at as string),
      at: r.at as string,
      title: r.subject as string,
      summary: r.summary || null,
      actorId: r.owner_id,
      source: this.source,
      link: { recordType: INTERACTION_RECORD, recordId: r.id as string },
    }));
  }

  async count(em: EntityManager, slice: Omit<TimelineSlice, 'before' | 'limit'>): Promise<number> {
    if (!can(slice.principal, INTERACTION_RECORD, 'view')) return 0;
    const qb = this.base(em, slice);
    if (slice.kinds) qb.andWhere('i.kind IN (:...kinds)', { kinds: [...slice.kinds] });
    return qb.getCount();
  }
}

/** CUS-08: documents filed under the customer, at the time they were filed. */
@Injectable()
export class DocumentTimelineProvider implements TimelineProvider {
  readonly source = 'customers.document';
  readonly kinds = ['document'] as const;

  private base(em: EntityManager, slice: Pick<TimelineSlice, 'accountId'>): SelectQueryBuilder<DocumentEntity> {
    return em.getRepository(DocumentEntity).createQueryBuilder('d').where('d.account_id = :account', { account: slice.accountId });
  }

  async entries(em: EntityManager, slice: TimelineSlice): Promise<TimelineEntry[]> {
    const rows: Raw[] = await sliced(this.base(em, slice), slice, this.source, 'd.created_at', 'd.id')
      .select(['d.id AS id', 'd.created_at AS created_at', 'd.title AS title', 'd.file_name AS file_name', 'd.category AS category', 'd.uploaded_by_id AS uploaded_by_id'])
      .addSelect(isoMicros('d.created_at'), 'at')
      .getRawMany();
    return rows.map((r) => ({
      id: `${this.source}:${r.id}`,
      kind: 'document',
      occurredAt: new Date(r.created_at as string),
      at: r.at as string,
      title: (r.title || r.file_name) as string,
      summary: r.title ? r.file_name : null,
      actorId: r.uploaded_by_id,
      source: this.source,
      link: { recordType: DOCUMENT_RECORD, recordId: r.id as string, path: `/api/customers/documents/${r.id}/content` },
    }));
  }

  count(em: EntityManager, slice: Omit<TimelineSlice, 'before' | 'limit'>): Promise<number> {
    return this.base(em, slice).getCount();
  }
}

/** Actions of the account's own audit trail worth a place in its timeline. */
const MILESTONE_ACTIONS = ['create', 'merge', 'transfer', 'assign'];
const MILESTONE_FIELDS = ['lifecycleStage', 'ownerId'];

/**
 * The account's milestones from its audit trail: created, duplicates merged into it, owner or stage
 * changed. Read from the audit log's (tenant, record type, record id, time) index; no copy is kept.
 */
@Injectable()
export class AccountMilestoneTimelineProvider implements TimelineProvider {
  readonly source = 'customers.account';
  readonly kinds = ['milestone'] as const;

  private base(em: EntityManager, slice: Pick<TimelineSlice, 'accountId'>): SelectQueryBuilder<AuditLogEntity> {
    return em
      .getRepository(AuditLogEntity)
      .createQueryBuilder('l')
      .where('l.record_type = :customerType AND l.record_id = :account', { customerType: CUSTOMER_RECORD, account: slice.accountId })
      .andWhere(`(l.action IN (:...milestones) OR (l.action = 'update' AND l.changes ?| ARRAY[:...milestoneFields]::text[]))`, {
        milestones: MILESTONE_ACTIONS,
        milestoneFields: MILESTONE_FIELDS,
      });
  }

  async entries(em: EntityManager, slice: TimelineSlice): Promise<TimelineEntry[]> {
    const rows: (Raw & { changes: Record<string, { before: unknown; after: unknown }> })[] = await sliced(this.base(em, slice), slice, this.source, 'l.occurred_at', 'l.id')
      .select(['l.id AS id', 'l.occurred_at AS occurred_at', 'l.action AS action', 'l.changes AS changes', 'l.actor_user_id AS actor_user_id'])
      .addSelect(isoMicros('l.occurred_at'), 'at')
      .getRawMany();
    return rows.map((r) => {
      const { key, title, summary } = describeMilestone(r.action as string, r.changes ?? {});
      return {
        id: `${this.source}:${r.id}`,
        kind: 'milestone',
        occurredAt: new Date(r.occurred_at as string),
        at: r.at as string,
        title,
        titleKey: key,
        summary,
        actorId: r.actor_user_id,
        source: this.source,
        link: { recordType: CUSTOMER_RECORD, recordId: slice.accountId },
      };
    });
  }

  count(em: EntityManager, slice: Omit<TimelineSlice, 'before' | 'limit'>): Promise<number> {
    return this.base(em, slice).getCount();
  }
}

function describeMilestone(action: string, changes: Record<string, { before: unknown; after: unknown }>): { key: string; title: string; summary: string | null } {
  const change = (field: string) => (changes[field] ? `${String(changes[field].before ?? '—')} → ${String(changes[field].after ?? '—')}` : null);
  switch (action) {
    case 'create':
      return { key: 'customer.created', title: 'Customer created', summary: null };
    case 'merge':
      return { key: 'customer.merged', title: 'Duplicates merged into this customer', summary: null };
    case 'transfer':
    case 'assign':
      return { key: 'customer.ownerChanged', title: 'Owner changed', summary: change('ownerId') };
    default:
      if (changes.lifecycleStage) return { key: 'customer.stageChanged', title: 'Lifecycle stage changed', summary: change('lifecycleStage') };
      return { key: 'customer.ownerChanged', title: 'Owner changed', summary: change('ownerId') };
  }
}
