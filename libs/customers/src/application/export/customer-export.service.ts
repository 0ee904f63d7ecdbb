import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { assertCan, AuditService, requirePrincipal, SortColumn, TenantDb, UserEntity } from '@crm/platform';
import type { AccountEntity } from '../../infrastructure/account.entity';
import { AddressEntity } from '../../infrastructure/address.entity';
import type { ContactPointEntity } from '../../infrastructure/contact-point.entity';
import { applyAccountFilter } from '../account-filter';
import type { AccountFilter } from '../account.service';
import { CUSTOMER_RECORD, visibleAccounts } from '../visible-accounts';
import { contactPointCells, contactPointsByParty, exportPage } from './export-parts';
import { auditedFilter, ExportBatch, ExportFile, ExportFormat, streamTabularExport } from './tabular-export';

export type { ExportFormat } from './tabular-export';

export interface ExportAccountsQuery {
  format: ExportFormat;
  filter: AccountFilter;
  orderBy: SortColumn[];
}

/**
 * The export's columns. Their headers are ones the import recognises (`suggestMapping`), so an exported
 * file imports back with the suggested mapping; the last columns are for reading only.
 */
export const EXPORT_HEADERS = [
  'name', 'kind', 'stage', 'email', 'phone', 'mobile', 'wechat', 'country', 'province', 'city', 'street', 'postcode',
  'industry', 'source', 'website', 'tax id', 'tags', 'owner email', 'notes', 'other contacts', 'id', 'created at', 'updated at',
] as const;

/**
 * CUS-04 export: every account the caller may see (the one visibility predicate, ACC-01) under the
 * accounts list's own filters and order, streamed in keyset batches as CSV or XLSX (`streamTabularExport`).
 * One audit row records who exported what filter and how many rows left.
 */
@Injectable()
export class CustomerExportService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  export(query: ExportAccountsQuery): ExportFile {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'export');
    return streamTabularExport(this.db, this.audit, {
      format: query.format,
      fileStem: 'customers',
      headers: EXPORT_HEADERS,
      auditRecordType: CUSTOMER_RECORD,
      auditDetails: { filter: auditedFilter(query.filter), orderBy: query.orderBy },
      readBatch: (em, after) => this.readBatch(em, query, after),
    });
  }

  private async readBatch(em: EntityManager, query: ExportAccountsQuery, after: string | null): Promise<ExportBatch> {
    const { nodes: accounts, next } = await exportPage(applyAccountFilter(visibleAccounts(em, requirePrincipal()), query.filter), query.orderBy, after);
    const ids = accounts.map((a) => a.id);
    const ownerIds = [...new Set(accounts.map((a) => a.ownerId).filter((id): id is string => !!id))];
    // one after another: the queries share the transaction's connection
    const points = await contactPointsByParty(em, 'account', ids);
    const addresses = ids.length ? await em.find(AddressEntity, { where: { partyType: 'account', partyId: In(ids) }, order: { isPrimary: 'DESC' } }) : [];
    const owners = ownerIds.length ? await em.find(UserEntity, { where: { id: In(ownerIds) }, select: { id: true, email: true } }) : [];
    const firstAddress = new Map<string, AddressEntity>();
    for (const a of addresses) if (!firstAddress.has(a.partyId)) firstAddress.set(a.partyId, a);
    const ownerEmail = new Map(owners.map((u) => [u.id, u.email]));
    return {
      rows: accounts.map((account) => exportRow(account, points.get(account.id) ?? [], firstAddress.get(account.id), account.ownerId ? ownerEmail.get(account.ownerId) : undefined)),
      next,
    };
  }
}

/** One account as export cells, in EXPORT_HEADERS order: the first (primary) point of each kind in its column. */
export function exportRow(account: AccountEntity, points: ContactPointEntity[], address: AddressEntity | undefined, ownerEmail: string | undefined): string[] {
  const { cells: pointCells, others } = contactPointCells(points, ['email', 'phone', 'mobile', 'wechat']);
  const cells = [
    account.name,
    account.kind,
    account.lifecycleStage,
    ...pointCells,
    address?.country ?? '',
    address?.province ?? '',
    address?.city ?? '',
    address?.street ?? '',
    address?.postcode ?? '',
    account.industry ?? '',
    account.source ?? '',
    account.website ?? '',
    account.taxId ?? '',
    account.tags.join(', '),
    ownerEmail ?? '',
    account.notes ?? '',
  ];
  return [...cells, others, account.id, account.createdAt.toISOString(), account.updatedAt.toISOString()];
}
