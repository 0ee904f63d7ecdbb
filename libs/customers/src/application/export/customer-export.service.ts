import { PassThrough, Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { assertCan, AuditService, paginate, RequestContext, requirePrincipal, SortColumn, TenantDb, UserEntity } from '@crm/platform';
import type { AccountEntity } from '../../infrastructure/account.entity';
import { AddressEntity } from '../../infrastructure/address.entity';
import { ContactPointEntity } from '../../infrastructure/contact-point.entity';
import { applyAccountFilter } from '../account-filter';
import type { AccountFilter } from '../account.service';
import { CUSTOMER_RECORD, visibleAccounts } from '../visible-accounts';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportAccountsQuery {
  format: ExportFormat;
  filter: AccountFilter;
  orderBy: SortColumn[];
}

/** Accounts read per transaction while streaming: memory holds one batch, never the whole list. */
const EXPORT_BATCH = 500;

/**
 * The export's columns. Their headers are ones the import recognises (`suggestMapping`), so an exported
 * file imports back with the suggested mapping; the last columns are for reading only.
 */
export const EXPORT_HEADERS = [
  'name', 'kind', 'stage', 'email', 'phone', 'mobile', 'wechat', 'country', 'province', 'city', 'street', 'postcode',
  'industry', 'source', 'website', 'tax id', 'tags', 'owner email', 'notes', 'other contacts', 'id', 'created at', 'updated at',
] as const;

type InContext = <T>(fn: (em: EntityManager) => Promise<T>) => Promise<T>;

interface Batch {
  accounts: AccountEntity[];
  points: Map<string, ContactPointEntity[]>;
  addresses: Map<string, AddressEntity>;
  owners: Map<string, string>;
}

/**
 * CUS-04 export: every account the caller may see (the one visibility predicate, ACC-01) under the
 * accounts list's own filters and order, streamed in keyset batches as CSV or XLSX. One audit row
 * records who exported what filter and how many rows left.
 */
@Injectable()
export class CustomerExportService {
  private readonly logger = new Logger(CustomerExportService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  export(query: ExportAccountsQuery): { fileName: string; contentType: string; body: Readable } {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'export');
    // the body is read after the handler returned, from socket events outside the request's context:
    // each batch runs in a context of its own with the same principal and request id
    const requestId = RequestContext.current()?.requestId ?? `export-${Date.now()}`;
    const inContext = <T>(fn: (em: EntityManager) => Promise<T>) => RequestContext.run({ requestId, principal }, () => this.db.transaction(fn, principal));
    const rows = this.rows(query, inContext);
    const date = new Date().toISOString().slice(0, 10);
    if (query.format === 'xlsx') {
      return {
        fileName: `customers-${date}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: xlsxStream(rows),
      };
    }
    return { fileName: `customers-${date}.csv`, contentType: 'text/csv; charset=utf-8', body: Readable.from(rows).pipe(stringify({ bom: true })) };
  }

  /** Header, then one line per account; audits when the last row has gone (or the download stopped). */
  private async *rows(query: ExportAccountsQuery, inContext: InContext): AsyncGenerator<string[]> {
    let count = 0;
    let complete = false;
    try {
      yield [...EXPORT_HEADERS];
      let after: string | null = null;
      for (;;) {
        const batch = await inContext((em) => this.readBatch(em, query, after));
        for (const account of batch.accounts) {
          count += 1;
          yield exportRow(account, batch.points.get(account.id) ?? [], batch.addresses.get(account.id), account.ownerId ? batch.owners.get(account.ownerId) : undefined);
        }
        if (!batch.endCursor) break;
        after = batch.endCursor;
      }
      complete = true;
    } finally {
      const filter = Object.fromEntries(Object.entries(query.filter).filter(([, v]) => v !== null && v !== undefined && v !== ''));
      await inContext((em) =>
        this.audit.record(em, {
          recordType: CUSTOMER_RECORD,
          recordId: 'export',
          action: 'export',
          after: { format: query.format, filter, orderBy: query.orderBy, count, complete },
        }),
      ).catch((error: Error) => this.logger.error(`export audit not written: ${error.message}`));
    }
  }

  private async readBatch(em: EntityManager, query: ExportAccountsQuery, after: string | null): Promise<Batch & { endCursor: string | null }> {
    const principal = requirePrincipal();
    const page = await paginate(applyAccountFilter(visibleAccounts(em, principal), query.filter), {
      first: EXPORT_BATCH,
      after,
      orderBy: query.orderBy,
      maxPageSize: EXPORT_BATCH,
      withTotalCount: false,
    });
    const accounts = page.edges.map((e) => e.node);
    const ids = accounts.map((a) => a.id);
    const ownerIds = [...new Set(accounts.map((a) => a.ownerId).filter((id): id is string => !!id))];
    // one after another: the queries share the transaction's connection
    const points = ids.length ? await em.find(ContactPointEntity, { where: { partyType: 'account', partyId: In(ids) }, order: { isPrimary: 'DESC' } }) : [];
    const addresses = ids.length ? await em.find(AddressEntity, { where: { partyType: 'account', partyId: In(ids) }, order: { isPrimary: 'DESC' } }) : [];
    const owners = ownerIds.length ? await em.find(UserEntity, { where: { id: In(ownerIds) }, select: { id: true, email: true } }) : [];
    const byParty = new Map<string, ContactPointEntity[]>();
    for (const p of points) byParty.set(p.partyId, [...(byParty.get(p.partyId) ?? []), p]);
    const firstAddress = new Map<string, AddressEntity>();
    for (const a of addresses) if (!firstAddress.has(a.partyId)) firstAddress.set(a.partyId, a);
    return {
      accounts,
      points: byParty,
      addresses: firstAddress,
      owners: new Map(owners.map((u) => [u.id, u.email])),
      endCursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
    };
  }
}

/** One account as export cells, in EXPORT_HEADERS order: the first (primary) point of each kind in its column. */
export function exportRow(account: AccountEntity, points: ContactPointEntity[], address: AddressEntity | undefined, ownerEmail: string | undefined): string[] {
  const shown = new Set<ContactPointEntity>();
  const first = (kind: string) => {
    const point = points.find((p) => p.kind === kind);
    if (point) shown.add(point);
    return point?.value ?? '';
  };
  const cells = [
    account.name,
    account.kind,
    account.lifecycleStage,
    first('email'),
    first('phone'),
    first('mobile'),
    first('wechat'),
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
  const others = points.filter((p) => !shown.has(p)).map((p) => `${p.kind}: ${p.value}`).join('; ');
  return [...cells, others, account.id, account.createdAt.toISOString(), account.updatedAt.toISOString()];
}

/** An XLSX written row by row into the returned stream (exceljs' streaming writer, no shared strings). */
function xlsxStream(rows: AsyncGenerator<string[]>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('customers');
  void (async () => {
    for await (const row of rows) {
      sheet.addRow(row).commit();
      // let the zip catch up with a slow client instead of buffering the whole file
      if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: Error) => out.destroy(error));
  out.on('close', () => void rows.return(undefined));
  return out;
}
