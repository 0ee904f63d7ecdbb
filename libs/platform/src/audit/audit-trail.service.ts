import { Injectable } from '@nestjs/common';
import { can, assertCan } from '../access/permissions';
import { RecordVisibilityRegistry } from '../access/record-visibility.registry';
import { AppConfig } from '../config/app-config';
import { AppError } from '../errors/app-error';
import { PageArgs, Page, paginate, SortDirection } from '../graphql/connection/paginate';
import { RequestContext } from '../tenancy/request-context';
import { TenantDb } from '../tenancy/tenant-db';
import { AuditLogEntity } from './audit-log.entity';

export interface TrailPageOptions extends PageArgs {
  withTotalCount?: boolean;
  /**
   * Runs in the page's own transaction once the page is read, e.g. to fill a DataLoader with what the
   * page's nested fields will ask for, so they need no transaction of their own.
   */
  alongside?: (page: Page<AuditLogEntity>) => Promise<unknown>;
}

/** The read side of the audit log: one record's history, newest first, a page at a time. */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly db: TenantDb,
    private readonly config: AppConfig,
    private readonly visibility: RecordVisibilityRegistry,
  ) {}

  /**
   * Needs `audit:view` (auditors read any record's history in their tenant), or the right to view records
   * of that type and to see this record (ACC-01: its context's rule); otherwise NOT_FOUND, as for the record.
   */
  async page(recordType: string, recordId: string, args: TrailPageOptions): Promise<Page<AuditLogEntity>> {
    const principal = RequestContext.principal();
    if (!principal) throw AppError.unauthenticated();
    const auditor = can(principal, 'audit', 'view');
    if (!auditor) assertCan(principal, recordType, 'view');
    const { alongside, ...pageArgs } = args;
    return this.db.transaction(async (em) => {
      if (!auditor && !(await this.visibility.canSee(em, principal, recordType, recordId))) throw AppError.notFound(recordType, recordId, 'recordId');
      const page = await paginate(
        em
          .getRepository(AuditLogEntity)
          .createQueryBuilder('audit')
          .where('audit.recordType = :recordType', { recordType })
          .andWhere('audit.recordId = :recordId', { recordId }),
        { ...pageArgs, orderBy: [{ column: 'occurredAt', direction: SortDirection.DESC }], maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE },
      );
      if (alongside) await alongside(page);
      return page;
    });
  }
}
