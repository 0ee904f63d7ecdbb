import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { assertCan, AuditService, requirePrincipal, SortColumn, TenantDb } from '@crm/platform';
import { AccountEntity } from '../../infrastructure/account.entity';
import type { ContactPointEntity } from '../../infrastructure/contact-point.entity';
import type { ContactEntity } from '../../infrastructure/contact.entity';
import { applyContactFilter, type ContactFilter } from '../contact-filter';
import { CONTACT_RECORD, visibleContacts } from '../visible-contacts';
import { CUSTOMER_RECORD } from '../visible-accounts';
import { contactPointCells, contactPointsByParty, exportPage } from './export-parts';
import { auditedFilter, ExportBatch, ExportFile, ExportFormat, streamTabularExport } from './tabular-export';

export interface ExportContactsQuery {
  format: ExportFormat;
  filter: ContactFilter;
  orderBy: SortColumn[];
}

/** The contacts export's columns; the first (primary) phone, mobile, e-mail and WeChat each have one. */
export const CONTACT_EXPORT_HEADERS = [
  'name', 'family name', 'given name', 'customer', 'job title', 'department', 'email', 'phone', 'mobile', 'wechat',
  'other contacts', 'tags', 'birthday', 'archived at', 'id', 'customer id', 'created at', 'updated at',
] as const;

/**
 * CUS-04 export of the contacts list: every person the caller may see (through their customer, ACC-01)
 * under the list's filters and order, streamed as CSV or XLSX. Needs `customer:export`; audited.
 */
@Injectable()
export class ContactExportService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  export(query: ExportContactsQuery): ExportFile {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'export');
    assertCan(principal, CONTACT_RECORD, 'view');
    return streamTabularExport(this.db, this.audit, {
      format: query.format,
      fileStem: 'contacts',
      headers: CONTACT_EXPORT_HEADERS,
      auditRecordType: CONTACT_RECORD,
      auditDetails: { filter: auditedFilter(query.filter), orderBy: query.orderBy },
      readBatch: (em, after) => this.readBatch(em, query, after),
    });
  }

  private async readBatch(em: EntityManager, query: ExportContactsQuery, after: string | null): Promise<ExportBatch> {
    const { nodes: contacts, next } = await exportPage(applyContactFilter(visibleContacts(em, requirePrincipal()), query.filter), query.orderBy, after);
    const accountIds = [...new Set(contacts.map((c) => c.accountId).filter((id): id is string => !!id))];
    // one after another: the queries share the transaction's connection
    const points = await contactPointsByParty(em, 'contact', contacts.map((c) => c.id));
    // a contact is visible through its customer, so the customer's name is too
    const accounts = accountIds.length ? await em.find(AccountEntity, { where: { id: In(accountIds) }, select: { id: true, name: true } }) : [];
    const accountName = new Map(accounts.map((a) => [a.id, a.name]));
    return { rows: contacts.map((c) => contactExportRow(c, points.get(c.id) ?? [], c.accountId ? accountName.get(c.accountId) : undefined)), next };
  }
}

/** One person as export cells, in CONTACT_EXPORT_HEADERS order. */
export function contactExportRow(contact: ContactEntity, points: ContactPointEntity[], accountName: string | undefined): string[] {
  const { cells: pointCells, others } = contactPointCells(points, ['email', 'phone', 'mobile', 'wechat']);
  const cells = [contact.displayName, contact.familyName, contact.givenName, accountName ?? '', contact.jobTitle ?? '', contact.department ?? '', ...pointCells];
  return [
    ...cells,
    others,
    contact.tags.join(', '),
    contact.birthday ?? '',
    contact.archivedAt?.toISOString() ?? '',
    contact.id,
    contact.accountId ?? '',
    contact.createdAt.toISOString(),
    contact.updatedAt.toISOString(),
  ];
}
